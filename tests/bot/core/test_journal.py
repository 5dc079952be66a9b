"""Reading the journal back: which days, what the sentences say, the text sketch, days named."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.core import journal
from bot.core.dialogue.spec import load_dialogues
from bot.core.journal import DayRef, Entry, parse_day

AMS = ZoneInfo("Europe/Amsterdam")
TODAY = date(2026, 12, 5)  # a Saturday
COMMON = load_dialogues().common


def texts(key: str) -> str:
    return COMMON.get(key)[0]


def at(days_ago: int, hour: int) -> datetime:
    day = TODAY - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, hour, tzinfo=AMS).astimezone(UTC)


def feeling(family: str, strength: int) -> dict[str, Any]:
    return {"soort": "gevoel", "familie": family, "gevoel": family, "intensiteit": strength}


def view(
    rows: list[tuple[int, datetime, dict[str, Any]]], days: int | None = 7
) -> tuple[list[journal.Entry], journal.Period]:
    shown = journal.entries(rows, AMS)
    span = journal.period(days, TODAY, shown)
    return journal.within(shown, span), span


def test_the_sentences_say_what_was_felt_when_and_around_contact() -> None:
    rows = []
    for n, (ago, hour, family, strength) in enumerate(
        [
            (0, 21, "onrustig", 7),
            (1, 20, "onrustig", 8),
            (2, 22, "onrustig", 7),
            (3, 10, "verdrietig", 3),
            (4, 19, "onrustig", 4),
            (5, 11, "onrustig", 3),
        ]
    ):
        rows.append((n, at(ago, hour), feeling(family, strength)))
    # Contact on the days with the lower strength (3 and 4 and 5 days ago).
    rows += [(10 + ago, at(ago, 12), {"soort": "contact", "uitkomst": "stil"}) for ago in (3, 4, 5)]
    shown, span = view(rows)
    said = journal.sentences(shown, span, texts)
    assert said[0] == "De afgelopen week schreef je 6 keer op hoe je je voelde."
    assert said[1] == "Je voelde je vaak onrustig, meestal 's avonds."
    # 3.3 on contact days against 7.3 on the others: said as a fact, no praise, no blame.
    assert "minder sterk (3,3 tegen 7,3)" in said[2]


def test_no_usual_moment_and_no_comparison_from_too_little() -> None:
    rows = [
        (1, at(0, 9), feeling("bang", 5)),
        (2, at(1, 21), feeling("bang", 6)),
        (3, at(2, 15), {"soort": "stap", "uitkomst": "ja"}),
    ]
    shown, span = view(rows)
    said = journal.sentences(shown, span, texts)
    assert said[1] == "Je voelde je vaak bang."
    assert said[2] == "Op één dag had je contact met iemand of zette je een klein stapje."


def test_mixed_feelings_are_not_forced_into_one() -> None:
    rows = [(i, at(i, 12), feeling(f, 5)) for i, f in enumerate(["bang", "boos", "blij", "leeg"])]
    said = journal.sentences(*view(rows), texts)
    assert said[1] == "Je voelde verschillende dingen."


def test_only_notes_and_no_feelings() -> None:
    rows = [(1, at(0, 12), {"soort": "dag", "thema": "contact", "uitkomst": "good"})]
    said = journal.sentences(*view(rows), texts)
    assert said == ["Er staat de afgelopen week geen gevoel in je dagboek."]


def test_what_counts_as_contact_or_a_small_step() -> None:
    def reached(data: dict[str, Any]) -> bool:
        return Entry(1, at(0, 12), data).reached_out

    assert reached({"soort": "contact", "uitkomst": "lastig"})  # it went badly: still contact
    assert reached({"soort": "stap", "uitkomst": "half"})
    assert not reached({"soort": "stap", "uitkomst": "nee"})
    assert reached({"soort": "dag", "thema": "contact", "uitkomst": "good"})
    assert not reached({"soort": "dag", "thema": "contact", "uitkomst": "none"})
    assert not reached({"soort": "dag", "thema": "gevoel", "uitkomst": "good"})
    assert not reached(feeling("blij", 9))


def test_everything_starts_at_the_first_entry_and_names_the_year() -> None:
    rows = [(1, at(400, 12), feeling("leeg", 4)), (2, at(0, 12), feeling("leeg", 6))]
    shown, span = view(rows, None)
    assert span.first == TODAY - timedelta(days=400) and span.length == 401
    said = journal.sentences(shown, span, texts)
    assert said[0].startswith("Sinds vrijdag 31 oktober 2025 schreef je 2 keer")
    sketch = journal.sketch(shown, span, texts)
    assert "per week (31 okt 2025 tot 5 dec 2026)" in sketch
    assert len(sketch.splitlines()[1]) == 58  # 401 days in weeks


def test_the_sketch_has_a_bar_per_day_and_marks_contact() -> None:
    rows = [
        (1, at(6, 12), feeling("bang", 0)),
        (2, at(3, 12), feeling("bang", 10)),
        (3, at(3, 13), {"soort": "contact", "uitkomst": "fijn"}),
    ]
    lines = journal.sketch(*view(rows), texts).splitlines()
    assert lines[0] == "Hoe sterk je gevoel was, per dag (29 nov tot 5 dec):"
    assert lines[1] == "▁··█···"
    assert lines[2] == "   ●"
    assert lines[3] == "● contact of een klein stapje"


def test_local_days_follow_the_persons_time_zone() -> None:
    # 23:30 UTC on 4 December is already 5 December in Amsterdam.
    late = datetime(2026, 12, 4, 23, 30, tzinfo=UTC)
    [entry] = journal.entries([(1, late, feeling("bang", 3))], AMS)
    assert entry.at.date() == date(2026, 12, 5)


def test_chart_data_holds_words_and_positions() -> None:
    rows = [(1, at(0, 18), feeling("eigen", 4)), (2, at(0, 19), {"soort": "contact"})]
    shown, span = view(rows)
    data = journal.chart_data(shown, span, "Mijn dagboek", texts)
    assert data.length == 7 and data.marked == (6,)
    [(x, y, family)] = data.points
    assert 6.7 < x < 6.8 and y == 4 and family == "eigen"
    assert data.legend["eigen"] == "iets in je eigen woorden"
    assert [label for _, label in data.ticks][:2] == ["29 nov", "30 nov"]


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("vandaag", date(2026, 12, 5)),
        ("Gisteren", date(2026, 12, 4)),
        ("eergisteren", date(2026, 12, 3)),
        ("afgelopen dinsdag", date(2026, 12, 1)),
        ("zaterdag", date(2026, 12, 5)),
        ("op zondag", date(2026, 11, 29)),
        ("di", date(2026, 12, 1)),
        ("3 december", date(2026, 12, 3)),
        ("28 nov", date(2026, 11, 28)),
        ("24-12", date(2025, 12, 24)),  # not in the future: last year's
        ("1/12/2026", date(2026, 12, 1)),
        ("2026-11-30", date(2026, 11, 30)),
        ("3 dagen geleden", date(2026, 12, 2)),
        ("twee dagen geleden", date(2026, 12, 3)),
    ],
)
def test_days_as_people_name_them(said: str, day: date) -> None:
    found = parse_day(said)
    assert found is not None and found.resolve(TODAY) == day


@pytest.mark.parametrize(
    "said", ["volgende maand", "31-02", "morgen", "ik weet het niet", "30 februari", ""]
)
def test_not_a_day(said: str) -> None:
    assert parse_day(said) is None


def test_a_day_is_said_back_in_plain_words() -> None:
    assert DayRef(ago=1).words() == "gisteren"
    assert parse_day("afgelopen dinsdag") == DayRef(weekday=1)
    assert DayRef(weekday=1).words() == "dinsdag"
    assert DayRef(day=3, month=12).words() == "3 december"
    assert DayRef(day=2, month=1, year=2027).resolve(TODAY) is None  # in the future
