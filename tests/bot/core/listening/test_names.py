"""Names as people type them in chat, capitals or not."""

from __future__ import annotations

import pytest

from bot.core.listening.names import name_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mijn zus Ria", "Ria"),
        ("mijn zus ria", "Ria"),  # lower case, as typed on a phone
        ("mn vriend ahmed", "Ahmed"),
        ("mijn buurvrouw fatima, die ken ik al lang", "Fatima"),
    ],
)
def test_a_name_after_who_someone_is(text: str, name: str) -> None:
    assert name_in(text) == name


@pytest.mark.parametrize(
    "text",
    ["mijn broer", "mijn zus belt niet meer", "mijn zus die in gent woont", "ik mis mijn zus"],
)
def test_no_name_is_made_up(text: str) -> None:
    assert name_in(text) is None
