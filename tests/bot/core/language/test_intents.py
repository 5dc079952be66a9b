"""Intents in free text (bot/data/intents_nl.toml): every example is read as its intent."""

from __future__ import annotations

import pytest

from bot.core.language.understand import INTENT_NAMES, has_intent, intent_examples

CASES = [
    (name, example)
    for name in sorted(INTENT_NAMES - {"lonely"})
    for example in intent_examples(name)
]


def test_every_intent_has_examples() -> None:
    for name in INTENT_NAMES - {"lonely"}:
        assert intent_examples(name), name


@pytest.mark.parametrize(("name", "text"), CASES)
def test_examples_are_read_as_their_intent(name: str, text: str) -> None:
    assert has_intent(text, name)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("durf_niet_bellen", "ik ga bellen"),
        ("durf_niet_bellen", "ik bel 113"),
        ("lijn_bezet", "ik ga ze bellen"),
        ("groet", "dag, ik wil iets vragen over mijn moeder die ziek is en alleen woont"),
        ("weet_niet", "ik weet het wel"),
        ("ontkent", "ja"),
        ("stil", "ik ben verdrietig"),
    ],
)
def test_what_an_intent_is_not(name: str, text: str) -> None:
    assert not has_intent(text, name)
