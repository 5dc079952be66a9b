"""Tests for the crisis lines data and texts (bot.core.crisis_lines)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.core.crisis_lines import (
    CrisisLine,
    RegionLines,
    format_lines,
    lines_for,
    listening_line,
    load_crisis_lines,
    nearby_help,
    short_line,
)

GOOD = """
[nl]
country = "Nederland"
main = "Hulplijn"
listening = "Luisterlijn"
nearby = "je huisarts"

[nl.acute]
name = "Alarmnummer"
phone = "112"
detail = "bij direct gevaar"

[nl.violence]
name = "Veilig Thuis"
phone = "0800-2000"
detail = "gratis"

[[nl.lines]]
name = "Hulplijn"
phone = "0800-1234"
detail = "gratis"
url = "hulp.nl"

[[nl.lines]]
name = "Luisterlijn"
phone = "0800-5678"
detail = ""
"""


def write(tmp_path: Path, text: str, name: str = "crisis_lines.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------
# The shipped file
# --------------------------------------------------------------------------


def test_both_regions_load() -> None:
    regions = load_crisis_lines()
    assert set(regions) == {"nl", "be"}
    for key, region in regions.items():
        assert isinstance(region, RegionLines)
        assert region.region == key
        assert region.lines
        assert region.acute.phone == "112"


@pytest.mark.parametrize(
    ("region", "numbers"),
    [
        ("nl", ["113", "0800-0113", "113.nl", "088-0767 000", "0800-0432", "112"]),
        ("be", ["1813", "zelfmoord1813.be", "106", "102", "112"]),
    ],
)
def test_numbers_present(region: str, numbers: list[str]) -> None:
    text = format_lines(region)
    for number in numbers:
        assert number in text


def test_dutch_block_matches_the_agreed_wording() -> None:
    text = format_lines("nl")
    assert text.splitlines()[0] == (
        "• Bel of chat met 113 Zelfmoordpreventie: 113 of 0800-0113 "
        "(gratis, dag en nacht, anoniem), of chat via 113.nl"
    )
    assert text.splitlines()[-1] == "• Bij direct gevaar: bel 112"
    assert "In Nederland:" not in text
    assert "1813" not in text


def test_belgian_block_has_no_dutch_numbers() -> None:
    text = format_lines("be")
    assert "Zelfmoordlijn 1813" in text and "Tele-Onthaal" in text and "Awel" in text
    assert "0800-0113" not in text and "In België:" not in text
    assert text.endswith("bel 112")


@pytest.mark.parametrize("region", [None, "", "xx", "de", "fr"])
def test_unknown_region_shows_both_with_labels(region: str | None) -> None:
    text = format_lines(region)
    lines = text.splitlines()
    assert lines[0] == "In Nederland:"
    assert "In België:" in lines
    assert lines.index("In België:") > lines.index("In Nederland:")
    assert "113" in text and "1813" in text
    assert text.count("112") == 1  # one shared emergency line, at the end
    assert lines[-1] == "• Bij direct gevaar: bel 112"


@pytest.mark.parametrize(
    ("region", "expected"),
    [("nl", "nl"), ("NL", "nl"), ("be", "be"), ("nl-BE", "be"), ("nl_NL", "nl"), ("België", "be")],
)
def test_region_spellings(region: str, expected: str) -> None:
    assert [r.region for r in lines_for(region)] == [expected]


def test_unknown_region_gives_nl_then_be() -> None:
    assert [r.region for r in lines_for(None)] == ["nl", "be"]
    assert [r.region for r in lines_for("onbekend")] == ["nl", "be"]


def test_every_line_is_short() -> None:
    for region in (None, "nl", "be"):
        for line in format_lines(region).splitlines():
            assert len(line) <= 120, line


def test_short_line_and_listening_line() -> None:
    assert "113" in short_line("nl") and "1813" not in short_line("nl")
    assert "1813" in short_line("be") and "0800-0113" not in short_line("be")
    both = short_line(None)
    assert "113" in both and "1813" in both and "Nederland" in both and "België" in both
    assert "088-0767 000" in listening_line("nl")
    assert "106" in listening_line("be")
    assert "088-0767 000" in listening_line(None) and "106" in listening_line(None)


def test_loader_is_cached_and_returns_a_copy() -> None:
    first = load_crisis_lines()
    first.clear()
    assert set(load_crisis_lines()) == {"nl", "be"}


def test_dataclasses_are_frozen() -> None:
    line = load_crisis_lines()["nl"].lines[0]
    assert isinstance(line, CrisisLine)
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.phone = "0"  # type: ignore[misc]


# --------------------------------------------------------------------------
# Other files, through the path parameter
# --------------------------------------------------------------------------


def test_good_file_from_path(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    region = load_crisis_lines(path)["nl"]
    assert region.main is not None and region.main.name == "Hulplijn"
    assert region.lines[1].url is None and region.lines[1].audience is None
    text = format_lines("nl", path=path)
    assert "• Bel of chat met Hulplijn: 0800-1234 (gratis), of chat via hulp.nl" in text
    assert "• Bel Luisterlijn: 0800-5678" in text  # empty detail: no "()"
    assert short_line("nl", path=path) == "Hulplijn (0800-1234, of chat via hulp.nl)"
    assert listening_line("nl", path=path) == "Luisterlijn (0800-5678)"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('phone = "0800-1234"\n', "", r"region 'nl', lines\[0\]: missing key 'phone'"),
        ('phone = "0800-1234"', "phone = 8001234", r"lines\[0\]: 'phone' must be a string"),
        ('phone = "0800-1234"', 'phone = "bel ons"', r"lines\[0\]: 'phone' has no digits"),
        ('name = "Hulplijn"\nphone', 'name = ""\nphone', r"lines\[0\]: 'name' must not be empty"),
        ('url = "hulp.nl"', 'site = "hulp.nl"', r"lines\[0\]: unknown key 'site'"),
        ('detail = ""\n', "", r"region 'nl', lines\[1\]: missing key 'detail'"),
        ('country = "Nederland"\n', "", r"region 'nl': missing key 'country'"),
        ('main = "Hulplijn"', 'main = "Andere lijn"', r"region 'nl': 'main' names 'Andere lijn'"),
        ('phone = "112"', 'phone = ""', r"region 'nl', acute: 'phone' must not be empty"),
        (
            'listening = "Luisterlijn"',
            'listen = "Luisterlijn"',
            r"region 'nl': unknown key 'listen'",
        ),
        ('nearby = "je huisarts"\n', "", r"region 'nl': missing key 'nearby'"),
    ],
)
def test_malformed_file_names_region_and_key(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ValueError, match=message):
        load_crisis_lines(path)


def test_missing_lines_and_acute(tmp_path: Path) -> None:
    no_lines = '[be]\ncountry = "België"\nmain = "x"\nlistening = "x"\n[be.acute]\n'
    with pytest.raises(ValueError, match=r"region 'be': 'lines' must be a non-empty list"):
        load_crisis_lines(write(tmp_path, no_lines))
    acute = '[nl.acute]\nname = "Alarmnummer"\nphone = "112"\ndetail = "bij direct gevaar"\n'
    assert acute in GOOD
    no_acute = GOOD.replace(acute, "")
    with pytest.raises(ValueError, match=r"region 'nl': missing key 'acute'"):
        load_crisis_lines(write(tmp_path, no_acute, "no_acute.toml"))


def test_region_that_is_not_a_table(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"region 'nl': must be a table"):
        load_crisis_lines(write(tmp_path, 'nl = "113"\n'))


def test_broken_toml_and_empty_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"crisis_lines\.toml: cannot read crisis lines"):
        load_crisis_lines(write(tmp_path, "[nl\nname = "))
    empty = tmp_path / "empty.toml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match=r"empty\.toml: no regions"):
        load_crisis_lines(empty)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot read crisis lines"):
        load_crisis_lines(tmp_path / "nope.toml")


def test_help_nearby_is_named_per_country() -> None:
    assert "POH-GGZ" in nearby_help("nl") and "CAW" not in nearby_help("nl")
    assert "CAW" in nearby_help("be") and "POH-GGZ" not in nearby_help("be")
    both = nearby_help(None)
    assert "POH-GGZ" in both and "CAW" in both and "Nederland" in both
