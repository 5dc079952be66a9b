"""The literal text a pattern cannot match without: certain, or nothing."""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.regex_literals import needs_of


def _needs(pattern: str) -> tuple[tuple[str, ...], ...]:
    return needs_of(_parser.parse(pattern, 0))


def test_words_next_to_each_other_are_one_need() -> None:
    assert _needs(r" ik wil dood") == ((" ik wil dood",),)


def test_one_of_the_alternatives_is_a_need() -> None:
    needs = _needs(r" (?:ik (?:wil|wou) (?:[^ #@]+ ){0,2}dood)(?= )")
    # re's parser takes the shared "w" out of "wil|wou": it joins the words before it.
    assert set(needs) == {(" ik w",), ("dood",), ("il", "ou")}
    assert _needs(r"(?:zelfmoord|suicide) x") == (("suicide", "zelfmoord"), (" x",))


def test_what_may_be_left_out_is_no_need() -> None:
    # Optional words, a repeat that may be empty, look-arounds and classes add nothing.
    assert _needs(r"(?:heel )?(?:erg ){0,3}[a-z]+(?= dood)(?<!x)") == ()
    assert _needs(r"(?:ab){1,3}c") == (("ab",), ("c",))


def test_an_alternative_without_a_need_cancels_the_branch() -> None:
    assert _needs(r"x(?:dood|\w+)y") == (("x",), ("y",))


def test_case_insensitive_patterns_have_no_needs() -> None:
    assert needs_of(_parser.parse("dood", re.IGNORECASE)) == ()
    assert _needs("(?i:dood)") == ()


def test_the_most_telling_needs_come_first_and_only_a_few() -> None:
    # Longest shortest string first; "x|y" is a character class, which needs nothing.
    needs = _needs(r"a b(?:x|y)cc (?:zelfmoord|suicide) d e(?:f|gg)")
    assert needs == (("suicide", "zelfmoord"), (" d e",), ("a b",))


PATTERNS = [
    r" (?:ik (?:wil|wou) (?:[^ #@]+ ){0,2}(?:dood|sterven))(?= )",
    r"(?:niet|geen) (?:meer )?(?:leven|zin)\w*",
    r"(?<=^ )# (?:stop|klaar)(?: met alles)? #",
    r"(?:de|het) (?:brug|dak){1,2} ?(?:af|op)",
    r"(?:pil|pillen){2}x?",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "ik",
                "wil",
                "wou",
                "dood",
                "sterven",
                "niet",
                "geen",
                "meer",
                "leven",
                "zin",
                "#",
                "stop",
                "klaar",
                "met",
                "alles",
                "de",
                "het",
                "brug",
                "dak",
                "af",
                "op",
                "pil",
                "pillen",
                "x",
                ",",
                "@lach",
                "levens",
            ]
        ),
        max_size=12,
    )
)
@pytest.mark.parametrize("pattern", PATTERNS)
def test_every_match_holds_every_need(pattern: str, words: list[str]) -> None:
    text = " " + " ".join(words) + " "
    if re.search(pattern, text):
        for need in _needs(pattern):
            assert any(part in text for part in need), (need, text)
