"""Negation as Dutch puts it: before a word ("niet goed") and, for a verb, at the end of
the clause ("ik durf niet", "dat lukt me niet")."""

from __future__ import annotations

import pytest

from bot.core.language.words import _negated


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("niet goed", "goed", True),
        ("ik durf niet", "durf", True),
        ("dat lukt me niet", "lukt", True),
        ("eenzaam ben ik niet", "eenzaam", True),
        ("ik kan niet meer", "kan", True),
        ("ik durf niet zo goed", "durf", True),
        # "niet" that belongs to a later word leaves this one alone.
        ("ik vind het niet leuk", "vind", False),
        ("mijn vrouw luistert niet", "vrouw", False),
        ("mijn vrouw luistert niet", "luistert", True),
        ("ik durf mijn buurvrouw niet te bellen", "durf", False),
        ("kan wel denk ik", "kan", False),
        # Not across a clause: "niet" after "maar" is about what follows.
        ("het lukt maar niet snel", "lukt", False),
    ],
)
def test_negation_before_and_at_the_end_of_a_clause(text: str, word: str, negated: bool) -> None:
    ws = text.split()
    assert _negated(ws, ws.index(word)) is negated
