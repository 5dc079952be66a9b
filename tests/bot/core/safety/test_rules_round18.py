"""Round 18: two probe sets of my own (105 risk, 50 everyday), each read once before the
rules it led to (97 of 105 handled at first reading, 50 of 50 everyday quiet), and the
training lines written after them (one probe matched held-out wording by chance, so it is
not in the corpus). Checked with a model that has no opinion, so the
rules alone decide.
"""

from __future__ import annotations

import pytest

from tests.support.safety import rules_level


@pytest.mark.parametrize(
    "text",
    [
        "ik heb de auto in de garage aangezet met de deur dicht",
        "heb net een overdosis insuline gespoten",
        "ik heb zojuist een overdosis genomen",
    ],
)
def test_an_attempt_happening_now_is_acute(text: str) -> None:
    assert rules_level(text) == "acute"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Chat spelling: "egt", "gwn" (and "dood gewoon" after a wish is no idiom).
        ("ik wil dood gaan egt", "clear"),
        ("wil dood gwn niemand snapt me", "clear"),
        ("zou het pijn doen om van 10 hoog te springen", "clear"),
        ("elke nacht denk ik na over manieren om te sterven", "clear"),
        ("ik denk erover om er voorgoed tussenuit te knijpen", "unclear"),
        ("weet je waar ik rust zou vinden? onder de grond", "unclear"),
        ("ik heb een mooie plek in het bos uitgekozen om het te doen", "unclear"),
        ("dit weekend is het zover, dan hoeft niemand zich meer zorgen te maken", "unclear"),
        ("ik heb mijn testament laten opmaken en mijn katten bij de buren gebracht", "unclear"),
        ("mijn leven is een vergissing, het moet gecorrigeerd worden", "unclear"),
        ("ik ben een vergissing", "unclear"),
        ("de zee trekt aan me, ik wil er gewoon in lopen en niet meer omkijken", "unclear"),
        ("als de bus me zou raken, zou ik niet eens opzij springen", "unclear"),
        ("als ik morgen niet reageer, weet dan dat het niet aan jou lag", "unclear"),
        ("ik heb een brief voor mijn moeder in de la gelegd, ze vindt hem wel", "unclear"),
        ("de buurvrouw krijgt mijn planten, dan hoeft ze later niks uit te zoeken", "unclear"),
        ("ik heb opgezocht waar het spoor niet bewaakt wordt", "unclear"),
        ("ik heb uitgezocht welke pillen ik moet combineren", "unclear"),
        ("ik kijk nergens meer naar uit, ook niet naar morgen", "unclear"),
        ("wat heeft een mens als ik nog te zoeken op deze wereld", "unclear"),
        ("het voelt alsof ik in een tunnel zit zonder licht aan het eind", "unclear"),
    ],
)
def test_round_18(text: str, level: str) -> None:
    assert rules_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "ik heb de nacht doorgewerkt, ik ben dood gewoon moe",
        "ik wil dooood graag naar dat concert haha",
        "ik durf niet van 3 meter hoog te springen in het zwembad",
        "ik heb een documentaire gezien over manieren om te sterven in de middeleeuwen",
        "die aankoop was een vergissing",
        "de metro rijdt onder de grond",
        "we gaan er dit weekend even tussenuit",
        "ik heb mijn testament laten maken bij de notaris, nu is het geregeld",
        "we zetten de auto in de garage en doen de deur dicht, het stormt",
        "ik heb vanmorgen de auto in de garage gezet, het ging hard regenen",
        "ik voel me soms een blok aan het been op de sportclub, ik ben zo langzaam",
        "er liggen genoeg pillen in huis voor de griep",
        "eeuwige rust, dat staat op het graf van mijn opa",
        "het ligt niet aan jou, het ligt aan mij",
        "ik moest opzij springen voor een fietser, schrok me rot",
        "ik heb uitgezocht welke pillen ik niet mag combineren",
        "eindelijk licht aan het eind van de tunnel",
    ],
)
def test_round_18_everyday_words_stay_quiet(text: str) -> None:
    assert rules_level(text) == "none"


def test_a_burden_at_home_is_still_heard_beside_one_at_the_club() -> None:
    assert rules_level("ik ben een blok aan het been voor mijn gezin") == "unclear"
