"""One slip away from an everyday word: the typo repair's last resort (words_nl.txt)."""

from __future__ import annotations

import pytest

from bot.core.language.spelling import WORDS, nearest
from bot.core.safety.canonical import canonical


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("mihn", "mijn"),  # a neighbouring key
        ("rannd", "rand"),  # a doubled letter
        ("gegetn", "gegeten"),  # a dropped letter
        ("oged", "goed"),  # the first two swapped
        ("odod", "dood"),
        ("setm", "stem"),
    ],
)
def test_the_likeliest_word_one_slip_away(typed: str, meant: str) -> None:
    assert nearest(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("mjn", "mijn"), ("brg", "brug"), ("hnd", "hand"), ("pjn", "pijn")],
)
def test_three_letters_get_only_a_dropped_inner_letter_back(typed: str, meant: str) -> None:
    assert nearest(typed) == meant


@pytest.mark.parametrize("typed", ["ik", "mijn", "qqqq", "x1yz", "xqz", "ipv"])
def test_short_known_or_hopeless_tokens_are_left_alone(typed: str) -> None:
    assert nearest(typed) is None


def test_chat_words_are_not_repaired_into_other_words() -> None:
    assert "amai" in canonical("amai , ik ben kapot")
    # "idk" is a filler that says nothing: left out, never made into "ik". Chat spellings
    # are written out ("gwn" is "gewoon"; "hlml" is "helemaal", never "html").
    assert canonical("idk ik wil gwn niet meer") == " # ik wil gewoon niet meer # "
    assert canonical("hlml klaar wrm") == " # helemaal klaar waarom # "


def test_a_repaired_phrase_reads_as_typed_meant() -> None:
    assert "zit op de rand van het balkon" in canonical("ik zit op de rannd van het balkon")
    assert "de pillen zijn op" in canonical("vaarwel, de pillen izjn op")


def test_the_list_is_the_shipped_one() -> None:
    lines = WORDS.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# The 30,000 most frequent Dutch words")
    words = [w for w in lines[1:] if w]
    assert len(words) == 30_000 and len(set(words)) == 30_000
    assert words[0] == "de" and all(w.isascii() and w.isalpha() and w.islower() for w in words)


def test_rank_is_the_place_in_the_frequency_list() -> None:
    from bot.core.language.spelling import rank

    assert rank("de") == 0
    assert rank("zeggen") is not None and rank("zegge") is not None
    assert rank("zeggen") < rank("zegge")  # type: ignore[operator]
    assert rank("xqzw") is None
