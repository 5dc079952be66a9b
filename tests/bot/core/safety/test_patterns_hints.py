"""Goodbyes, burden and hints said in passing: each gets the check question, and the same
words in an everyday goodbye, a move or a joke about the kitchen stay quiet. Written by
hand from the training corpus's misses; never from the held-out sets."""

from __future__ import annotations

import pytest

from bot.core.safety.rules import screen

UNCLEAR = [
    ("de kerst haal ik toch niet", "goodbye"),
    ("ik weet niet of ik de zomer nog haal", "goodbye"),
    ("dit is misschien de laatste keer dat ik iets schrijf", "goodbye"),
    ("ik heb iedereen een laatste appje gestuurd", "goodbye"),
    ("onthoud me zoals ik was", "goodbye"),
    ("ik heb gezegd dat ik van ze hou, voor het geval dat", "goodbye"),
    ("zeg tegen mijn zoon dat ik van hem hou", "goodbye"),
    ("het was fijn om jullie te kennen", "goodbye"),
    ("ik ga voorgoed weg", "goodbye"),
    ("ik heb mijn besluit genomen en ik voel me rustig", "goodbye"),
    ("ik ben mijn sieraden aan het weggeven", "goodbye"),
    ("ik koop geen nieuwe agenda, die heb ik toch niet nodig", "goodbye"),
    ("ik zal jullie niet meer lastig vallen", "burden"),
    ("ik ben alleen maar een kostenpost", "burden"),
    ("ze hebben meer aan mijn verzekering dan aan mij", "burden"),
    ("zonder mij hebben de kinderen rust", "burden"),
    ("ik kijk steeds naar de slaappillen in de kast", "hopeless"),
    ("ik heb vandaag lang bij het kanaal gestaan", "hopeless"),
    ("ik heb opgezocht hoe hoog onze flat is", "hopeless"),
    ("ik ben bang dat ik mezelf iets aandoe", "self_harm"),
    ("ik ben bang dat ik iets doms doe met mezelf", "hopeless"),
]
NONE = [
    "dit is mijn laatste bericht voor vandaag",
    "bedankt voor alles, je was een fijne collega",
    "sorry voor alles, dag, tot morgen",
    "het was fijn je te kennen, succes in je nieuwe baan",
    "ik ga voorgoed weg uit Rotterdam, ik verhuis naar Groningen",
    "nog een keer naar Parijs, daarna is het goed geweest met reizen",
    "ik ben mijn spullen aan het wegdoen, ik ga kleiner wonen",
    "ik zal je niet meer lastig vallen met mijn vragen vandaag",
    "ik zit iedereen in de weg in die kleine keuken haha",
    "zonder mij is het feest beter, ik ben zo moe",
    "ik kijk naar de pillen die de dokter gaf, welke moet ik nemen",
    "we hebben lang bij het water gezeten, heerlijk in de zon",
    "ik zeg tegen mijn kleinzoon dat ik van hem hou",
    "ik weet niet of ik er morgen nog ben, misschien moet ik werken",
    "jaren geleden heb ik een poging gedaan, nu help ik anderen",
]


@pytest.mark.parametrize(("text", "reason"), UNCLEAR)
def test_goodbyes_burden_and_hints_get_the_check_question(text: str, reason: str) -> None:
    result = screen(text)
    assert result.level in ("unclear", "clear")
    assert result.reason == reason


@pytest.mark.parametrize("text", NONE)
def test_the_same_words_in_everyday_goodbyes_stay_quiet(text: str) -> None:
    assert screen(text).level == "none"


def test_every_rule_list_gives_a_known_reason() -> None:
    """The reasons are machine tags read by tests and logs; a new rule list needs one."""
    from bot.core.safety.others import CLEAR_SPECS, UNCLEAR_SPECS
    from bot.core.safety.rules import REASONS

    assert {reason for reason, _ in CLEAR_SPECS + UNCLEAR_SPECS} <= REASONS
    # The screen's own reasons after an earlier sign are tags too.
    from bot.core.safety import screen as full_screen

    assert full_screen("ik heb een touw gekocht", recent_risk=True).reason in REASONS
