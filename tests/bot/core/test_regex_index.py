"""Many patterns searched by their words: the same answers as one alternation."""

from __future__ import annotations

import re

import pytest

from bot.core.regex_index import RegexIndex
from bot.core.safety.others import CLEAR_SPECS, RULES, UNCLEAR_SPECS
from bot.core.safety.pattern_language import _compile
from bot.core.safety.rules import canonical, without_idioms

GROUPS = [
    [r" ik wil dood(?= )", r" (?:ik|#) (?:wil|wou) (?:[^ #@]+ ){0,2}sterven(?= )"],
    [r" pillen(?= )", r" [a-z]+ (?:genomen|geslikt)(?= )"],
    [r" .(?= )"],  # no literal need at all: always tried
]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (" ik wil dood ", 0),
        (" # wou gewoon sterven # ", 0),
        (" de pillen ", 1),
        (" alles geslikt ", 1),
        (" x ", 2),
        (" niets hier ", -1),
        ("", -1),
    ],
)
def test_the_first_group_with_a_match(text: str, group: int) -> None:
    assert RegexIndex(GROUPS).first(text) == group


def test_an_index_without_patterns_finds_nothing() -> None:
    assert RegexIndex([]).first(" ik wil dood ") == -1
    assert not RegexIndex([[]]).search(" ik wil dood ")


def test_order_of_the_groups_decides_not_order_in_the_text() -> None:
    index = RegexIndex([[r" b(?= )"], [r" a(?= )"]])
    assert index.first(" a b ") == 0


MESSAGES = [
    "ik wil dood",
    "soms denk ik aan zelfmoord",
    "ik heb al mijn pillen gespaard en de brief ligt klaar",
    "ik kan niet meer, alles is zwart",
    "ik lig dood van het lachen 😂",
    "de stemmen zeggen dat ik moet springen",
    "we hebben soep gegeten, gezellig",
    "mijn broer wil dood en ik ook",
    "het hoeft voor mij niet meer",
    "iedereen is beter af zonder mij",
    "hoeveel paracetamol is dodelijk",
    "ik snij mezelf weer",
    "ik geef het op",
    "niemand zou me missen",
]


@pytest.mark.parametrize("message", MESSAGES)
def test_the_safety_rules_answer_as_one_alternation_per_reason(message: str) -> None:
    scan = without_idioms(canonical(message))
    unions = [_compile(specs) for _, specs in (*CLEAR_SPECS, *UNCLEAR_SPECS)]
    expected = next((i for i, union in enumerate(unions) if union.search(scan)), -1)
    assert RULES.first(scan) == expected


def test_the_rules_are_indexed_and_almost_all_have_needs() -> None:
    # A pattern without needs is tried on every message: that is allowed, but the
    # speed of the screen rests on it being rare.
    assert len(RULES) == sum(len(specs) for _, specs in (*CLEAR_SPECS, *UNCLEAR_SPECS))
    assert len(RULES._always) <= len(RULES) // 50


def test_a_pattern_needing_an_emoji_token_is_found() -> None:
    index = RegexIndex([[re.escape(" @skull ") + r"(?:[^ ]+ )?#"]])
    assert index.search(" ik ben @skull # ")
    assert not index.search(" ik ben # ")
