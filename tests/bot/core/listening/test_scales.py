"""Scales said in words: bot/core/listening/scales.py."""

from __future__ import annotations

import pytest

from bot.core.listening.scales import only_amount, read_scale


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The scale named in the answer is not the answer.
        ("op een schaal van 10 een 6", 6),
        ("van 1 tot 10 een 8", 8),
        # A word before a phrase turns it.
        ("niet zo heel erg", 3),
        ("niet sterk", 3),
        ("heel hoog", 9),
        ("erg laag", 1),
        # How people say a feeling is bearable or not.
        ("het valt wel mee", 3),
        ("het is te doen", 4),
        ("ondraaglijk", 10),
        ("niet meer te doen", 10),
        ("max", 10),
        # Far past the top is the top; a percentage on the wrong scale is a tenth.
        ("1000", 10),
        ("25", 10),
        ("80", 8),
        # Ranges, halves, a change, a bound.
        ("5-6", 6),
        ("5 6", 6),
        ("zevenenhalf", 8),
        ("7 1/2", 8),
        ("eerst 8 nu 6", 6),
        ("onder de 5", 4),
        ("boven de 8", 9),
        # Two number words side by side are a range too.
        ("zes zeven", 7),
    ],
)
def test_intensity_in_words(text: str, value: int) -> None:
    assert read_scale(text, 0, 10) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("meer wel dan niet", 60),
        ("meer niet dan wel", 40),
        # Out of ten in words on the 0-100 scale; "redelijk" turned by what follows.
        ("zes uit tien", 60),
        ("acht op tien", 80),
        ("redelijk sterk", 65),
        ("een beetje wel en een beetje niet", 50),
        ("voor geen meter", 0),
        ("het is gewoon zo", 100),
        ("ruim de helft", 60),
        ("drie kwart", 75),
        ("twee derde", 67),
        ("7,5", 75),  # a school mark
        ("een 7,5", 75),
        ("eerst 80 nu 60", 60),
        ("onder de 50", 45),
        ("110%", 100),
        ("op een schaal van 0 tot 100 zo'n 70", 70),
    ],
)
def test_belief_in_words(text: str, value: int) -> None:
    assert read_scale(text, 0, 100) == value


def test_just_past_the_top_is_asked_again() -> None:
    # "11" or "101" may be a slip of the finger: the step asks again, with the range.
    assert read_scale("11", 0, 10) is None
    assert read_scale("101", 0, 100) is None


@pytest.mark.parametrize(
    "text", ["ik weet het echt niet", "weet niet zo goed", "ik weet het niet zo goed", "geen idee"]
)
def test_not_knowing_is_no_number(text: str) -> None:
    # Words also on the scale ("echt niet", "niet zo") do not make not knowing a number.
    assert read_scale(text, 0, 10) is None
    assert read_scale(text, 0, 100) is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("niet zo heel erg, een 4 ofzo", True),
        ("heel erg", True),
        ("een 7", True),
        ("heel erg verdrietig", False),
        ("alsof ik er niet bij hoor", False),
        ("leeg", False),
    ],
)
def test_an_amount_alone_is_no_feeling(text: str, amount: bool) -> None:
    # Where a feeling is asked, "een 4" says how much, not what: asked again, not stored.
    assert only_amount(text) is amount
