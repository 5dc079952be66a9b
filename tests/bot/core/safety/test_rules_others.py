"""The rule screen, worry about someone else: a naaste at risk is heard as a naaste, the
person's own risk always wins, and the topic alone is not a sign."""

from __future__ import annotations

import time

import pytest

from bot.core.safety.rules import REASONS, Screening, screen

from .test_rules import NONE

# --------------------------------------------------------------------------
# someone else at risk: the user is a naaste
# --------------------------------------------------------------------------
SOMEONE_ELSE: list[str] = [
    # family, partner, friends, neighbours, colleagues, children
    "mijn zoon wil dood",
    "Mijn zoon van 16 wil dood.",
    "mijn dochter wil niet meer leven",
    "ik denk dat mijn zoon dood wil",
    "mijn vriendin zegt dat ze zelfmoord wil plegen",
    "ik maak me zorgen dat mijn moeder zichzelf iets aandoet",
    "mijn broer heeft het over een einde eraan maken",
    "mijn broer zegt steeds dat hij er een eind aan wil maken",
    "mijn maat wil er een eind aan maken",
    "mijn beste vriendin wil er niet meer zijn",
    "ik ben bang dat mijn man zelfmoord pleegt",
    "mijn vrouw heeft zelfmoordgedachten",
    "mijn vader is suïcidaal",
    "mijn buurman dreigt met zelfmoord",
    "mijn collega dreigt zichzelf iets aan te doen",
    "mijn dochter snijdt zichzelf",
    "mijn dochter doet zichzelf pijn",
    "mijn zus krast zichzelf weer",
    "mijn vriend denkt erover om zichzelf van kant te maken",
    "mijn zoon heeft een zelfmoordpoging gedaan",
    "ik ben bang voor een zelfmoordpoging van mijn zus",
    "mijn man praat over uit het leven stappen",
    "mijn dochter wil haar leven beëindigen",
    "mijn opa wil niet meer verder",
    "mijn zoon ziet het niet meer zitten",
    "mijn vriendin speelt met de gedachte om er een eind aan te maken",
    "mijn zus wil dood van de pijn",
    "een vriend van mij wil zelfmoord plegen",
    "een collega van mij heeft zelfmoordgedachten",
    "de buurman wil dood",
    "iemand die ik ken wil dood",
    "iemand in mijn klas wil dood",
    "ik ken iemand die dood wil",
    # he/she continuing a sentence about someone
    "Ik maak me zorgen om mijn broer. Hij heeft het over er een einde aan maken.",
    "Ik maak me zorgen om mijn moeder. Ze zegt dat ze niet meer wil leven.",
    "ik ben bang dat hij zich iets aandoet",
    "hij wil dood",
    "ze wil er niet meer zijn",
    "mijn moeder wil dood en ik weet niet wat ik moet doen",
    "ik weet niet wat ik moet doen, mijn zoon wil dood",
    # Flemish and chat forms
    "ons moeder wil niet meer leven",
    "onze pa wil niet meer leven",
    "ons moeder heeft het over zelfmoord",
    "mijne vriend wil dood",
    "mijn lief wil er een einde aan maken",
    "mijn maat zegt dat ie dood wil",
    "hij gaat zijn eigen iets aandoen",
    "ze gaat z'n eigen iets aandoen",
    "me zus wil dood",
    "mn zoon wil dood",
    "mn vriendin wilt dood",
    "mijn vriendin wilt er nie meer zijn",
    # typos
    "mijn dochtr wil dood",
    "mijn zoon wil doood",
    "mijn vriendin zegt dat ze zelfmoort wil plegen",
    "MIJN BROER WIL DOOD!!",
    # English
    "my son wants to die",
    "my friend wants to kill herself",
]

# Death as a fact or an exaggeration, threats, grief: no worry about suicide.
NOT_SOMEONE_ELSE: list[str] = [
    "mijn oma is vorig jaar dood gegaan",
    "mijn kat is dood",
    "mijn zus wil dood van verveling",
    "mijn dochter wil dood van het lachen",
    "mijn collega wil dood van de stress",
    "mijn kinderen willen dood van de hitte",
    "mijn zus gaat dood van de zenuwen",
    "hij gaat me vermoorden als ik te laat ben",
    "mijn moeder gaat dood, ze heeft kanker",
    "ons moeder is dood",
    "mijn vader is vorig jaar gestorven",
    "mijn vader wil thuis sterven",
    "mijn vader wil sterven in zijn eigen bed",
    "mijn oma wil in haar slaap sterven",
    "mijn zoon praat veel over doodgaan sinds opa overleed",
    "mijn broer heeft het over de dood van onze opa",
    "mijn vriendin denkt aan de dood van haar moeder",
    "mijn zoon wil die mug dood",
    "dat hij haar dood wil",
    "ze willen me dood",
    "mijn vriend wil me dood hebben",
    "mijn moeder zegt dat ik dood moet gaan",
    "mijn moeder wil er niet meer zijn voor mij",
    "mijn vriendin wil niet meer leven zo",
    "mijn zoon wil niet meer naar school",
    "mijn vriend wil niet meer met me praten",
    "hij wil er niet meer over praten",
    "mijn opa wil niet dood",
    "mijn zoon wil echt niet dood hoor",
    "mijn vriendin is bang om dood te gaan",
    "mijn buurman dreigt met de politie",
    "hij sneed zichzelf in zijn vinger",
    "mijn vriend snijdt zichzelf in de vinger bij het koken",
    "mijn dochter heeft zich gesneden aan een mes",
    "mijn man verveelt zich dood",
    "mijn zus schaamt zich dood",
    "hij lacht zich dood",
    "mijn zus maakt zich dood ongerust",
    "mijn dochter is dood moe",
    "de film gaat over een man die dood wil",
    "mijn kleinzoon wil een dood vogeltje begraven",
    "ik maak me dood ongerust over mijn zoon",
]

# The user's own risk wins when both are in one message.
OWN_RISK_WINS: list[tuple[str, str]] = [
    ("mijn zoon en ik willen allebei dood", "explicit"),
    ("ik wil dood, net als mijn broer", "explicit"),
    ("mijn zoon wil dood, en ik ook", "explicit"),
    ("mijn vriendin wil zelfmoord plegen en ik ook", "explicit"),
    ("mijn broer denkt aan zelfmoord. ik soms ook", "explicit"),
    ("mijn zus wil dood. ik wil zelf ook dood", "explicit"),
    ("mijn zoon wil dood, net als ik", "explicit"),
    ("ik wil dood, mijn broer ook", "explicit"),
    ("mijn broer heeft het over zelfmoord en ik wil er ook niet meer zijn", "explicit"),
    ("mijn broer en ik hebben zelfmoordgedachten", "explicit"),
    ("ik en mijn broer hebben zelfmoordgedachten", "explicit"),
    ("wij willen allebei dood", "explicit"),
    ("mijn vriend weet niet dat ik zelfmoordgedachten heb", "explicit"),
    ("mijn vriendin zegt: ik wil dood", "explicit"),
    ("ik snij mezelf en mijn zus doet zichzelf ook pijn", "self_harm"),
    ("mijn zoon wil dood en hoeveel pillen zijn dodelijk", "method"),
]
OWN_RISK_WINS_UNCLEAR: list[tuple[str, str]] = [
    ("mijn vriendin wil dood en ik kan niet meer", "hopeless"),
    ("mijn broer wil dood, ik zie het zelf ook niet meer zitten", "hopeless"),
]


@pytest.mark.parametrize("text", SOMEONE_ELSE)
def test_someone_else_at_risk(text: str) -> None:
    assert screen(text) == Screening("clear", "someone_else")


@pytest.mark.parametrize("text", SOMEONE_ELSE[:10])
def test_someone_else_after_a_flag_is_still_someone_else(text: str) -> None:
    assert screen(text, previous_flagged=True) == Screening("clear", "someone_else")


@pytest.mark.parametrize("text", NOT_SOMEONE_ELSE)
def test_not_someone_else(text: str) -> None:
    assert screen(text) == Screening("none", "none")


@pytest.mark.parametrize(("text", "reason"), OWN_RISK_WINS)
def test_own_risk_wins_over_someone_else(text: str, reason: str) -> None:
    assert screen(text) == Screening("clear", reason)


@pytest.mark.parametrize(("text", "reason"), OWN_RISK_WINS_UNCLEAR)
def test_own_unclear_sign_wins_over_someone_else(text: str, reason: str) -> None:
    assert screen(text) == Screening("unclear", reason)


@pytest.mark.parametrize(
    "text",
    [
        "mijn broer heeft zelfmoord gepleegd",  # grief after suicide: as before
        "mijn broer pleegde zelfmoord",
        "mijn opa is overleden door zelfmoord",
        "ik las een boek over iemand die zelfmoord pleegde",
    ],
)
def test_completed_suicide_is_not_a_worry_about_someone_else(text: str) -> None:
    # Not the naaste path; the topic word is left to the combined screen (grief, a book).
    assert screen(text) == Screening("unclear", "topic")


# The topic words on their own, typed every way: the rules flag them as a topic, and
# the combined screen (tests/bot/core/safety/test_screen.py) decides by length and model.
TOPIC_WORDS = [
    "zelfdoding",
    "suïcide",
    "zelfbeschadiging",
    "zelfmoort",
    "selfmoord",
    "zelfdodig",
    "z e l f m o o r d",
    "z.e.l.f.m.o.o.r.d",
    "z3lfm00rd",
    "zelf-moord",
    "zelf moord",
    "ZELFMOORD",
    "zelf\u200bmoord",
    "suicide",
    "self harm",
]


@pytest.mark.parametrize("text", TOPIC_WORDS)
def test_topic_words_alone_are_a_topic(text: str) -> None:
    assert screen(text) == Screening("unclear", "topic")


def test_someone_else_is_a_known_reason() -> None:
    assert "someone_else" in REASONS
    for text in SOMEONE_ELSE + NOT_SOMEONE_ELSE:
        assert screen(text).reason in REASONS


def test_fast_enough_with_someone_else() -> None:
    messages = SOMEONE_ELSE[:20] + NOT_SOMEONE_ELSE[:20] + NONE[:40]
    start = time.perf_counter()
    for _ in range(5):
        for message in messages:
            screen(message)
    per_message = (time.perf_counter() - start) / (5 * len(messages))
    assert per_message < 0.002  # the same generous bound as test_fast_enough
