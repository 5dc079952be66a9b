"""Asked for a feeling, "weet niet wat ik voel" is not knowing, never the feeling itself."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.listening import question_of, read


@pytest.fixture(scope="module")
def asked(engine: Engine):  # type: ignore[no-untyped-def]
    return question_of("gevoelens", engine.specs["gevoelens"].states["familie"])


@pytest.mark.parametrize(
    "text",
    [
        "ik weet niet goed wat ik voel",
        "geen idee wat ik voel",
        "een gevoel dat ik niet kan benoemen",
    ],
)
def test_not_knowing_is_not_stored_as_the_feeling(asked: object, text: str) -> None:
    reading = read(text, asked)  # type: ignore[arg-type]
    assert (reading.kind, reading.value) == ("intent", "weet_niet")


@pytest.mark.parametrize(
    "text", ["ik voel me klein", "een soort heimwee", "ik voel me onbegrepen, niemand snapt me"]
)
def test_a_feeling_in_own_words_stays_the_answer(asked: object, text: str) -> None:
    reading = read(text, asked)  # type: ignore[arg-type]
    assert (reading.kind, reading.value) == ("text", text)
