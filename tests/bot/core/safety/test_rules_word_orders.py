"""The readable rules on word orders and forms the model scored just under its thresholds
(round 4 of the rules, from the training corpus; never from the held-out sets)."""

from __future__ import annotations

import pytest

from bot.core.safety.rules import Screening, canonical, screen, without_idioms

# Round 4 of the rules: word orders and forms from the training corpus that the model
# scored just under its thresholds. Written here by hand, not from the held-out sets.
ROUND4_CLEAR = [
    ("ik maak mezelf van kant", "explicit"),
    ("ik wil mij van het leven beroven", "explicit"),
    ("ik heb besloten om te sterven", "explicit"),
    ("ik heb een plan om dood te gaan", "explicit"),
    ("ik wil een eind aan alles maken", "explicit"),
    ("zelfmoord lijkt me de enige uitweg", "explicit"),
    ("ik zie geen andere oplossing dan de dood", "explicit"),
    ("ik spring vanavond van de flat", "explicit"),
    ("ik ga me voor de trein gooien", "explicit"),
    ("ik wil mij verzuipen in het kanaal", "explicit"),
    ("er ligt een brief voor mijn zoon voor als ik er niet meer ben", "explicit"),
    ("ik heb een voorraad slaappillen verstopt", "explicit"),
    ("ik heb de drang om te snijden", "self_harm"),
    ("ik kan niet stoppen met krassen", "self_harm"),
    ("ik verwond mezelf", "self_harm"),
    ("wat is de minst pijnlijke manier om te sterven", "method"),
    ("hoe lang duurt verbloeden", "method"),
    ("in mijn hoofd zegt iemand dat ik moet springen", "command_voice"),
    ("wil dood fr", "explicit"),
    ("ik ga alle slaappillen nemen die ik nog heb", "explicit"),
    ("ik kan niet meer beloven dat ik mezelf niks aandoe", "explicit"),
    ("er ligt een strop in de schuur voor als het zover is", "explicit"),
    ("ik heb de hoogste flat van de stad opgezocht", "explicit"),
    ("krassen helpt me, echt", "self_harm"),
    ("ik wil mijn pols openhalen", "self_harm"),
    ("hoe lang duurt het voordat je verdrinkt", "method"),
]
ROUND4_NONE = [
    "de kat krabde me open",
    "ik moet me niet zo ophangen aan de details",
    "dood wil ik zeker niet, ik heb kleinkinderen",
    "ik snij mezelf niet, ik ben alleen somber",
    "ik wil niet stoppen met leven, wel met piekeren",
    "ik spring van de brug in het water, heerlijk",
    "de snelste manier naar het station is met de bus",
]


@pytest.mark.parametrize(("text", "reason"), ROUND4_CLEAR)
def test_round4_clear(text: str, reason: str) -> None:
    assert screen(text).level == "clear" and screen(text).reason == reason, screen(text)


@pytest.mark.parametrize("text", ROUND4_NONE)
def test_round4_none(text: str) -> None:
    assert screen(text).level == "none", screen(text)


ROUND4_UNCLEAR = [
    ("als ik vannacht doodga vind ik dat prima", "passive_wish"),
    ("doodgaan lijkt me een verlossing", "passive_wish"),
    ("ik denk de hele dag aan de dood", "passive_wish"),
    ("ik heb donkere gedachten", "passive_wish"),
    ("ik wil naar mijn vrouw in de hemel", "passive_wish"),
    ("ik acht mijn leven voltooid", "passive_wish"),
    ("het kan me niet schelen of ik morgen nog wakker word", "passive_wish"),
    ("ik ben een blok aan hun been", "burden"),
    ("op mijn begrafenis komt toch niemand", "burden"),
    ("jullie horen niks meer van me", "goodbye"),
    ("dit is misschien ons laatste gesprek", "goodbye"),
    ("game over voor mij", "slang"),
    ("als mijn vrouw op vakantie is doe ik het", "goodbye"),
    ("welke trein rijdt hier het hardst langs", "method"),
    ("ik ben het zat om te leven", "passive_wish"),
    ("na dit weekend hoef je je geen zorgen meer te maken", "goodbye"),
    ("ik wil voorgoed offline", "slang"),
    ("ik wil mijn leven deleten", "slang"),
]
ROUND4_NOT_UNCLEAR = [
    "dit is mijn laatste bericht voor vandaag",
    "ik denk soms aan de dood, hoe het voor mijn kinderen zal zijn later",
    "ik wil naar mijn zus toe, ze woont in Gent",
    "game over, ik heb verloren van mijn kleinzoon",
    "je hoeft je geen zorgen meer te maken, het is opgelost",
    "na vandaag hoef je geen zorgen meer te maken over de planning",
]


@pytest.mark.parametrize(("text", "reason"), ROUND4_UNCLEAR)
def test_round4_unclear(text: str, reason: str) -> None:
    assert screen(text) == Screening("unclear", reason)


@pytest.mark.parametrize("text", ROUND4_NOT_UNCLEAR)
def test_round4_not_unclear(text: str) -> None:
    assert screen(text).level == "none", screen(text)


# Round 7 of the rules: forms from the training corpus's seventh round, written by hand.
ROUND7_CLEAR = [
    ("het liefst zou ik vandaag nog sterven", "explicit"),
    ("ik wil weg uit dit leven", "explicit"),
    ("ik wil mezelf vergiftigen", "explicit"),
    ("is ophangen een snelle dood", "method"),
    ("hoe lang in een dichte garage met de motor aan", "method"),
    ("welk gif werkt het snelst bij mensen", "method"),
    ("snijden is het enige dat helpt", "self_harm"),
    ("ik heb weer gekerfd", "self_harm"),
]
ROUND7_NONE = [
    "ik heb mijn naam in de boom gekerfd",
    "ik wil weg uit dit dorp",
    "ik heb mezelf vergiftigd met oude mosselen",
]


@pytest.mark.parametrize(("text", "reason"), ROUND7_CLEAR)
def test_round7_clear(text: str, reason: str) -> None:
    assert screen(text) == Screening("clear", reason)


@pytest.mark.parametrize("text", ROUND7_NONE)
def test_round7_none(text: str) -> None:
    assert screen(text).level == "none", screen(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb mijn medicijnen voor de hele maand in een keer genomen",
        "ik heb de fles wijn met al mijn slaappillen op",
        "ik heb een mes in mijn buik gestoken",
    ],
)
def test_round7_attempts_are_acute(text: str) -> None:
    from bot.core.safety.situations import ACUTE

    assert ACUTE.search(without_idioms(canonical(text)))


def test_a_dive_from_the_board_is_not_an_attempt() -> None:
    from bot.core.safety.situations import ACUTE

    assert not ACUTE.search(without_idioms(canonical("ik ben net van de duikplank gesprongen")))
