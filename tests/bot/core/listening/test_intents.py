"""The listening classifier reads Dutch as people type it, not only as it is written."""

from __future__ import annotations

import pytest

from bot.core.dialogue.spec import load_dialogues
from bot.core.listening import question_of, read
from bot.core.listening.intents import SURE, _reading, canonical, classify

DIALOGUES = load_dialogues()


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        # Flemish and chat forms: a dropped -n, "k", "mn", "zen". As typed, the model
        # leans to loneliness (0.53), the words a person would hear last.
        ("k zen zo alleen sinds mn ventje gestorve is", "verlies"),
    ],
)
def test_a_message_typed_as_spoken_is_read_as_its_written_form(typed: str, label: str) -> None:
    as_typed = _reading(canonical(typed))
    assert as_typed.label != label or as_typed.p < SURE  # the model alone is unsure
    heard = classify(typed)
    assert heard.label == label
    assert heard.p >= SURE


@pytest.mark.parametrize(
    "text", ["ik ben zo alleen", "dag hoor", "ik wil stoppen", "ik weet het niet", "9"]
)
def test_a_sure_reading_as_written_is_kept(text: str) -> None:
    typed = _reading(canonical(text))
    if typed.p >= SURE:
        assert classify(text) == typed


def test_a_death_told_in_flemish_where_a_feeling_is_asked_is_the_loss() -> None:
    # Before, "k zen zo alleen sinds mn ventje gestorve is" became the feeling itself,
    # and the next question was how strong it was.
    q = question_of("gevoelens", DIALOGUES.dialogues["gevoelens"].states["familie"])
    r = read("k zen zo alleen sinds mn ventje gestorve is", q, {})
    assert (r.kind, r.value) == ("intent", "verlies")
    plain = read("ik ben zo alleen sinds mijn man gestorven is", q, {})
    assert (plain.kind, plain.value) == ("intent", "verlies")
