"""Plans and preparation in everyday words, and the other round-6 rules: means readied
with what for, arrangements explained by one's own death, self-harm told in the present,
voices, wanting no longer to live. Hard negatives use the same words in everyday life.
Written by hand from the training corpus's misses; never from the held-out sets."""

from __future__ import annotations

import pytest

from bot.core.safety.rules import screen

CLEAR = [
    ("ik heb een scheermesje gekocht, niet om te scheren", "plans"),
    ("de slaappillen heb ik apart gelegd, genoeg voor mij", "plans"),
    # Found trying it as a person: the means and "apart gelegd" six words apart.
    ("de medicijnen van mijn moeder heb ik apart gelegd, genoeg voor mij", "plans"),
    ("ik heb een haak in het plafond geschroefd", "plans"),
    ("ik heb een stoel onder de balk gezet", "plans"),
    ("ik heb de buurman de sleutel gegeven, voor als ze me moeten vinden", "plans"),
    ("ik heb een methode gekozen", "plans"),
    ("ik heb uitgerekend hoeveel ik nodig heb", "plans"),
    ("ik heb de brug opgezocht die het hoogst is", "plans"),
    ("alles is geregeld, nu alleen ik nog", "plans"),
    ("ik stop ermee met leven", "plans"),
    ("ik wens niet langer te leven", "explicit"),
    ("ik denk serieus na over zelfdoding", "explicit"),
    ("ik wil de stekker uit mijn leven trekken", "explicit"),
    ("ik denk erover mijn pillen allemaal in te nemen", "explicit"),
    ("ik wil mijn polsen doorsnijden", "self_harm"),
    ("mijn armen zitten vol krassen van mezelf", "self_harm"),
    ("ik heb me met een scherf opengehaald", "self_harm"),
    ("ik knijp mezelf tot het bloedt", "self_harm"),
    ("ze fluisteren dat ik moet springen", "command_voice"),
]
UNCLEAR = [
    "mijn neef krijgt de auto als ik er niet meer ben, dat heb ik opgeschreven",
    "ik heb mijn uitvaart geregeld voor als ik er niet meer ben",
    "de middelen liggen klaar",
    "ik heb een plek uitgezocht",
    "over een paar minuten is het voorbij",
    "ik kom niet meer terug",
    "niemand weet van de littekens op mijn armen",
    "ik draag lange mouwen zodat niemand mijn polsen ziet",
    "het gaat als het weekend is, dan mist niemand me",
]
NONE = [
    "ik heb een touw gekocht voor de tent, voor als het gaat waaien",
    "de pillen liggen klaar voor morgenvroeg, anders vergeet ik ze",
    "ik heb mijn medicijnen klaargelegd voor de vakantie, genoeg voor mij voor twee weken",
    "we hebben een schommel aan de balk in de schuur gehangen",
    "ik heb de datum geprikt voor mijn verjaardag",
    "mijn plan is klaar voor de tuin",
    "over een paar minuten is het klaar, de soep",
    "ik stop met roken, ik stop ermee",
    "ik wil niet meer leven zonder muziek, haha",
    "ik wil niet stoppen met leven, ik wil stoppen met eenzaam zijn",
    "na vannacht ben ik weg, op vakantie naar Italie",
    "ik brand mezelf altijd aan de oven",
    "ik heb het geweer van opa gevonden op zolder, met kogels, dat moet naar de politie",
    "ik heb de dienstregeling van de treinen bekeken voor morgen",
    "ik heb de hoogste brug opgezocht voor mijn fotoproject",
    "waar is het spoor niet afgeschermd, daar lopen kinderen overheen",
    "ik sta bij het spoor te wachten tot de overweg opengaat",
    "de dokter zegt dat ik de pillen moet nemen",
    "god zegt dat ik naar hem toe moet komen in de kerk",
    "ik heb littekens op mijn buik van de operatie",
    "ik wens niet langer te wachten op de gemeente",
]


@pytest.mark.parametrize(("text", "reason"), CLEAR)
def test_plans_and_other_round6_signs_are_clear(text: str, reason: str) -> None:
    result = screen(text)
    assert (result.level, result.reason) == ("clear", reason)


@pytest.mark.parametrize("text", UNCLEAR)
def test_preparation_with_an_everyday_reading_gets_the_check_question(text: str) -> None:
    assert screen(text).level == "unclear"


@pytest.mark.parametrize("text", NONE)
def test_the_same_words_in_everyday_life_stay_quiet(text: str) -> None:
    assert screen(text).level == "none"


def test_medicine_put_aside_is_a_plan_after_a_sign() -> None:
    """Alone it can be tidying up; after "ik voel me niks waard" it is a plan."""
    from bot.core.safety import screen as full_screen

    text = "de pillen van mijn vader heb ik opzij gelegd"
    assert full_screen(text).level == "none"
    assert full_screen(text, recent_risk=True).level == "clear"


def test_own_medicine_kept_instead_of_taken_is_asked_about_alone() -> None:
    """One's own pills no longer taken but kept (round 13): the check question alone,
    the line after a sign."""
    from bot.core.safety import screen as full_screen

    text = "ik heb mijn pillen niet ingenomen maar bewaard"
    assert full_screen(text).level in ("unclear", "clear")
    assert full_screen(text, recent_risk=True).level == "clear"
