"""Dutch word order undone for the rules (bot/core/safety/clause_order.py)."""

from __future__ import annotations

import pytest

from bot.core.safety.canonical import canonical
from bot.core.safety.clause_order import main_order
from tests.support.safety import rules_level


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # The verb behind a fronted word, and at the end of a subordinate clause.
        ("soms denk ik aan zelfmoord", "soms ik denk aan zelfmoord"),
        ("ik denk dat ik niet meer wil leven", "dat ik wil niet meer leven"),
        ("omdat ik een last ben voor iedereen", "omdat ik ben een last voor iedereen"),
        ("is het raar dat ik aan zelfmoord denk?", "dat ik denk aan zelfmoord"),
        # The subordinate clause ends where the main clause's verb and "ik" begin.
        ("als ik dit lees word ik blij", "als ik dit lees ik word blij"),
        # A separable verb joined at the end; a story told in one breath.
        ("ik denk dat ik het niet meer volhou", "dat ik hou het niet meer vol"),
        (
            "ik was thuis en toen dacht ik dat ik het niet meer volhou",
            ", en toen dacht ik dat ik hou",
        ),
        # Only the sentences that change are read again; one mark stands for the others.
        (
            "Hoi. Soms denk ik aan zelfmoord. Fijne dag",
            "# @more # soms ik denk aan zelfmoord # @more #",
        ),
    ],
)
def test_clauses_are_read_in_main_clause_order(typed: str, read: str) -> None:
    assert read in main_order(canonical(typed))


@pytest.mark.parametrize(
    "typed",
    [
        "wil ik dood",  # a question: nothing fronted
        "ik wil dood",
        "vroeger dacht ik aan zelfmoord",  # a past time stays where it is
        "de huisarts vroeg of ik aan zelfmoord dacht",  # someone else's question
        "mijn hond is lief",
        "als ik doodga",  # mostly a natural death: "dood" is no particle here
    ],
)
def test_nothing_to_move_means_nothing_to_read_again(typed: str) -> None:
    assert main_order(canonical(typed)) == ""


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("soms denk ik aan zelfmoord", "clear"),
        ("na alles wat er gebeurd is denk ik aan zelfmoord", "clear"),
        ("ik heb het gevoel dat ik niet meer wil leven", "clear"),
        ("mijn ouders weten niet dat ik mezelf snijd", "clear"),
        ("het komt erop neer dat ik niet meer kan", "unclear"),
        ("ik bel niemand meer omdat ik een last ben voor iedereen", "unclear"),
        ("ik bel niemand meer omdat ik geen uitweg meer zie", "unclear"),
        (
            "ik was bij de bakker en toen dacht ik dat ik het niet meer volhou en toen ging ik",
            "unclear",
        ),
    ],
)
def test_signs_in_other_word_orders_are_read(text: str, level: str) -> None:
    assert rules_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "dit is de laatste keer dat ik naar die kapper ga",
        "ik denk dat ik morgen ga fietsen",
        "als ik moe ben ga ik vroeg slapen",
        "ik weet niet of ik zaterdag kan komen",
        "Ik wil gecremeerd worden als ik doodga",
        "ik ben bang dat ik doodga van de zenuwen",
    ],
)
def test_everyday_sentences_in_those_orders_stay_quiet(text: str) -> None:
    assert rules_level(text) == "none"
