"""Tests for the readable safety rules (bot.core.safety.rules).

The examples are how people really type: Flemish, typos, capitals, emoji, glued
words. Every case is a plain Dutch (or English) message with the level we expect.
"""

from __future__ import annotations

import dataclasses
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.safety.rules import REASONS, Screening, screen

# --------------------------------------------------------------------------
# clear
# --------------------------------------------------------------------------
CLEAR: list[tuple[str, str]] = [
    # A hedge after the wish does not soften it.
    ("ik wil dood denk ik", "explicit"),
    ("ik wil dood soms", "explicit"),
    # explicit intent or wish
    ("ik wil dood", "explicit"),
    ("Ik wil dood.", "explicit"),
    ("IK WIL DOOD!!!", "explicit"),
    ("ik wil doooooood", "explicit"),
    ("soms wil ik gewoon dood", "explicit"),
    ("wil gewoon dood", "explicit"),
    ("ik denk dat ik dood wil", "explicit"),
    ("ik wil echt dood 😭", "explicit"),
    ("ik wil gewoon dood, echt", "explicit"),
    ("ik wil doodgaan", "explicit"),
    ("ik wil dood gaan", "explicit"),
    ("ik wil sterven", "explicit"),
    ("ik wil er niet meer zijn", "explicit"),
    ("eigenlijk wil ik er gewoon niet meer zijn", "explicit"),
    ("ik wil niet meer leven", "explicit"),
    ("ik wil niet langer leven", "explicit"),
    ("ik ga er een eind aan maken", "explicit"),
    ("ik maak er vanavond een einde aan", "explicit"),
    ("ik denk erover om er een eind aan te maken", "explicit"),
    ("ik denk er soms aan om er een eind aan te maken", "explicit"),
    ("ik heb zin om er een einde aan te maken", "explicit"),
    ("ik wil een einde aan mijn leven maken", "explicit"),
    ("ik wil mijn leven beëindigen", "explicit"),
    ("ik wil uit het leven stappen", "explicit"),
    ("ik wil zelfmoord plegen", "explicit"),
    ("ik heb suïcidale gedachten", "explicit"),
    ("ik heb zelfmoordgedachten", "explicit"),
    ("ik wil mezelf van kant maken", "explicit"),
    ("ik wil mijzelf van kant maken", "explicit"),
    ("ik ga me van kant maken", "explicit"),
    ("ik ga mezelf ophangen", "explicit"),
    ("ik ga me verhangen", "explicit"),
    ("ik wil mezelf doodmaken", "explicit"),
    ("ik ga mezelf door mijn kop schieten", "explicit"),
    ("ik wil stoppen met leven", "explicit"),
    ("ik ben klaar met het leven", "explicit"),
    ("ik ben klaar met leven", "explicit"),
    ("ik wil dood van de pijn", "explicit"),
    ("ik wil dood dood dood", "explicit"),
    ("doodgaan wil ik", "explicit"),
    ("het liefst wil ik dood", "explicit"),
    ("ik heb een plan om mezelf te doden", "explicit"),
    ("ik ga in het water springen en niet meer bovenkomen", "explicit"),
    ("Het leven hoeft voor mij niet meer, ik ga er een eind aan maken", "explicit"),
    # passive wish
    ("ik wil niet meer wakker worden", "passive_wish"),
    ("ik wou dat ik dood was", "passive_wish"),
    ("was ik maar dood", "passive_wish"),
    ("ik hoop dat ik morgen niet meer wakker word", "passive_wish"),
    ("ik wil slapen en nooit meer wakker worden", "passive_wish"),
    ("ik hoop dat ik snel doodga", "passive_wish"),
    ("ik heb geen reden meer om te leven", "passive_wish"),
    ("ik zou het liefst dood zijn", "passive_wish"),
    ("ik wou dat ik er niet meer was", "passive_wish"),
    ("ik ga slapen en hopelijk word ik niet meer wakker", "passive_wish"),
    ("ik hoop dat ik vannacht in mijn slaap doodga", "passive_wish"),
    # burden
    ("iedereen is beter af zonder mij", "burden"),
    ("de wereld is beter zonder mij", "burden"),
    ("mijn kinderen zijn beter af zonder mij", "burden"),
    ("iedereen zou opgelucht zijn als ik er niet meer was", "burden"),
    # goodbye
    ("dit is mijn afscheid", "goodbye"),
    ("dit is mijn afscheid. bedankt voor alles", "goodbye"),
    ("dit is mijn laatste bericht", "goodbye"),
    ("als jullie dit lezen ben ik er niet meer", "goodbye"),
    ("ik neem afscheid van iedereen", "goodbye"),
    ("vaarwel wereld", "goodbye"),
    ("ik heb een afscheidsbrief geschreven", "goodbye"),
    # self-harm
    ("ik snij mezelf", "self_harm"),
    ("ik snijd mezelf weer", "self_harm"),
    ("ik snij in mijn armen", "self_harm"),
    ("ik doe mezelf pijn", "self_harm"),
    ("ik kras weer", "self_harm"),
    ("ik kras", "self_harm"),
    ("ik ben weer aan het krassen", "self_harm"),
    ("ik heb weer gekrast", "self_harm"),
    ("ik heb mezelf expres gesneden", "self_harm"),
    ("ik wil mezelf iets aandoen", "self_harm"),
    ("ik wil mezelf pijn doen", "self_harm"),
    ("ik brand mezelf met sigaretten", "self_harm"),
    ("ik heb in mijn arm gesneden", "self_harm"),
    ("ik heb weer in m'n armen gekrast", "self_harm"),
    ("ik sla mezelf tot ik bloed", "self_harm"),
    ("ik heb mezelf opzettelijk verwond", "self_harm"),
    # method
    ("hoeveel pillen zijn dodelijk", "method"),
    ("hoeveel paracetamol is dodelijk?", "method"),
    ("hoe hoog moet een brug zijn", "method"),
    ("welke medicijnen om niet meer wakker te worden", "method"),
    ("hoeveel slaappillen heb je nodig om niet meer wakker te worden", "method"),
    ("is oxazepam dodelijk met alcohol", "method"),
    ("dodelijke dosis oxazepam", "method"),
    ("ik heb een overdosis genomen", "method"),
    ("wat is de pijnloze manier om dood te gaan", "method"),
    ("hoe knoop je een strop", "method"),
    ("hoe lang duurt het om te verdrinken", "method"),
    ("ik spring voor de trein", "method"),
    ("ik wil van een brug springen", "method"),
    ("van welke hoogte overleef je het niet", "method"),
    ("van welke flat moet ik springen", "method"),
    ("welke brug is hoog genoeg", "method"),
    ("ik sta op het dak en ik ga springen", "method"),
    ("ik ga voor de trein liggen", "method"),
    ("ik rij mijn auto tegen een boom", "method"),
    ("ik heb pillen gespaard", "method"),
    ("wat gebeurt er als je 50 paracetamol neemt", "method"),
    ("is een overdosis insuline pijnloos", "method"),
    ("ik wil niet meer wakker worden, hoeveel pillen moet ik nemen", "passive_wish"),
    # asking for a friend
    ("vraag voor een vriend: hoeveel paracetamol is te veel", "third_party_method"),
    ("Vraagje voor een vriendin, hoeveel pillen zijn dodelijk?", "third_party_method"),
    ("mijn vriendin wil weten hoeveel slaappillen dodelijk zijn", "third_party_method"),
    ("voor een werkstuk: welke dosis insuline is dodelijk", "third_party_method"),
    ("asking for a friend: how many pills is lethal", "third_party_method"),
    # disclosure followed by a joke in the same message
    ("ik wil dood haha grapje", "explicit"),
    ("ik wil dood 😂", "explicit"),
    ("ik wil er niet meer zijn... grapje hoor", "explicit"),
    # typos, glued words, spelling tricks
    ("ik wil dod", "explicit"),
    ("ik heb zelfmoortgedachten", "explicit"),
    ("ik wil er niet meer zjin", "explicit"),
    ("ikwildood", "explicit"),
    ("ikwilernietmeerzijn", "explicit"),
    ("ik wil zelfmoordplegen", "explicit"),
    ("ik wil zel\u200bfm\u200doord plegen", "explicit"),
    ("ik wil do\u00adod", "explicit"),
    ("ik wil mezelf unaliven", "explicit"),
    ("ik wil me zelf van kant maken", "explicit"),
    ("ik wil m'n eigen van kant maken", "explicit"),
    # Flemish
    ("'k wil dood", "explicit"),
    ("k wil dood", "explicit"),
    ("kwil dood", "explicit"),
    ("ik wil er nie meer zijn", "explicit"),
    ("'k wil er ni meer zijn", "explicit"),
    ("ik ga mij iets aandoen", "self_harm"),
    ("'k ga m'n eigen iets aandoen", "self_harm"),
    ("ik ga mijn eigen iets aandoen", "self_harm"),
    # English
    ("i want to die", "explicit"),
    ("I WANT TO DIE", "explicit"),
    ("i'm going to kill myself", "explicit"),
    ("ik wil gewoon kill myself", "explicit"),
    ("i don't want to live anymore", "explicit"),
    ("better off without me", "burden"),
    ("i cut myself again", "self_harm"),
    ("how many pills is lethal", "method"),
    ("i wanna die", "explicit"),
    ("I'm suicidal", "explicit"),
    ("i'm thinking of ending my life", "explicit"),
    ("i hate my life and want to die", "explicit"),
]

# --------------------------------------------------------------------------
# unclear
# --------------------------------------------------------------------------
UNCLEAR: list[tuple[str, str]] = [
    ("ik zie het niet meer zitten", "hopeless"),
    ("ik zie het echt niet meer zitten", "hopeless"),
    ("ik zie het ni meer zitten", "hopeless"),
    ("'k zie 't nie meer zitte", "hopeless"),
    ("ik zie da ni meer zitten", "hopeless"),
    ("ik kan niet meer", "hopeless"),
    ("ik kan niet meer.", "hopeless"),
    ("IK KAN NIET MEER", "hopeless"),
    ("ik k\u200ban niet meer", "hopeless"),
    ("ik kannie meer", "hopeless"),
    ("ik kan het niet meer aan", "hopeless"),
    ("ik kan niet meer 💀", "hopeless"),
    ("ik kan niet meer en niemand helpt", "hopeless"),
    ("het hoeft voor mij allemaal niet meer", "hopeless"),
    ("van mij hoeft het niet meer", "hopeless"),
    ("wat heeft het nog voor zin", "hopeless"),
    ("wat heeft het allemaal voor zin?", "hopeless"),
    ("heeft het leven nog wel zin?", "hopeless"),
    ("het leven heeft geen zin", "hopeless"),
    ("ik wil gewoon verdwijnen", "hopeless"),
    ("ik hou het niet meer vol", "hopeless"),
    ("ik houd het niet langer vol", "hopeless"),
    ("ik ben er klaar mee, met alles", "hopeless"),
    ("ik ben klaar met alles", "hopeless"),
    ("ik wil slapen en nooit meer...", "hopeless"),
    ("ik wil niet meer", "hopeless"),
    ("'k wil nie meer", "hopeless"),
    ("ik ga dood", "hopeless"),
    ("ik ga dood van eenzaamheid", "hopeless"),
    ("levensmoe", "hopeless"),
    ("ik ben het leven zat", "hopeless"),
    ("ik ben alles zat", "hopeless"),
    ("alles is uitzichtloos", "hopeless"),
    ("ik trek het niet meer", "hopeless"),
    ("waarom leef ik nog", "hopeless"),
    ("ik zie geen uitweg meer", "hopeless"),
    ("ik heb geen zin meer in het leven", "hopeless"),
    ("ik heb nergens meer zin in", "hopeless"),
    ("ik wil niet meer zo leven", "hopeless"),
    ("ik wil hier niet meer zijn", "hopeless"),
    ("was het maar voorbij", "hopeless"),
    ("alles is zinloos 💀", "hopeless"),
    ("💀 niemand snapt me", "hopeless"),
    ("mijn leven 💀💀", "hopeless"),
    ("i can't do this anymore", "hopeless"),
    ("what's the point", "hopeless"),
    # burden
    ("niemand zou me missen", "burden"),
    ("niemand zal me missen", "burden"),
    ("niemand zou het merken als ik er niet meer was", "burden"),
    ("ik ben een last voor iedereen", "burden"),
    ("ik ben iedereen tot last", "burden"),
    ("nobody would miss me", "burden"),
    # passive wish, softer
    ("ik wou dat ik nooit geboren was", "passive_wish"),
    ("ik ben liever dood", "passive_wish"),
    ("ik wil voor altijd slapen", "passive_wish"),
    ("ik hoop dat ik gauw mag gaan", "passive_wish"),
    ("het mag van mij allemaal voorbij zijn", "passive_wish"),
    ("ik mis haar zo, ik wil naar haar toe", "passive_wish"),
    ("mijn vrouw is overleden en ik wil weer bij haar zijn", "passive_wish"),
    # goodbye, softer
    ("vaarwel", "goodbye"),
    ("tot nooit meer", "goodbye"),
    # self-harm, ambiguous (plain "ik heb mezelf gesneden" is a clear sign since round 16:
    # tests/bot/core/safety/test_rules_round16.py)
    ("ik heb mezelf verwond", "self_harm"),
    # slang
    ("unalive", "slang"),
    ("ik denk steeds aan unalive", "slang"),
    ("ik ga gewoon kys", "slang"),
    ("kms", "slang"),
    ("sewerslide", "slang"),
    # more
    ("hoeveel slaappillen heb ik nodig?", "method"),
    ("ik heb al een touw klaarliggen", "method"),
    ("ik wil euthanasie", "passive_wish"),
    ("ik wil bij mijn overleden man zijn", "passive_wish"),
    ("ik wil naar mijn vrouw in de hemel", "passive_wish"),
    ("ik wil bloeden", "self_harm"),
    ("waarom zou ik nog leven", "hopeless"),
    ("wat moet ik nog op deze wereld", "hopeless"),
    ("ik wil er tussenuit, voorgoed", "hopeless"),
    ("ik wil dat alles stopt", "hopeless"),
    ("ik ben er morgen niet meer", "goodbye"),
    ("niemand zal me missen als ik dood ben", "burden"),
    ("I feel like dying", "hopeless"),
    # Giving away one's animals or everything one owns: the direct question.
    ("ik heb mijn testament gemaakt en mijn kat weggegeven", "goodbye"),
    ("ik heb mijn hond al weggegeven", "goodbye"),
    ("k heb al mijn spullen weggegeven", "goodbye"),
    ("ik heb mn katten al naar een nieuw thuis gebracht", "goodbye"),
]

# --------------------------------------------------------------------------
# none: idioms, everyday sadness, loneliness, grief, neighbours of risk words
# --------------------------------------------------------------------------
NONE: list[str] = [
    # idioms with death in them
    "ik ga dood van verveling",
    "ik ga dood van de hitte",
    "ik ga even dood van de zenuwen voor morgen",
    "ik sterf van de honger",
    "ik lig dood 😂",
    "ik lig dood",
    "ik lag dubbel",
    "ik lag dood van het lachen",
    "ik lag helemaal dood om die grap",
    "ik ga dood 😂",
    "ik ga dood van het lachen 😂",
    "ik kan niet meer 😂😂",
    "ik kan niet meer van het lachen",
    "doodmoe",
    "ik ben doodmoe",
    "ik ben dood-moe",
    "ik ben dood moe",
    "ik schrok me dood",
    "ik schaam me dood",
    "ik verveel me dood",
    "ik zou me dood schamen",
    "ik ben doodop",
    "dodelijk saai",
    "die les was dodelijk saai",
    "ik kan mezelf wel voor m'n kop slaan",
    "ik kan mezelf wel schieten",
    "ik ben kapot",
    "ik werk me kapot",
    "ik ben dood\u00adziek van die regen",
    "ik ben doodziek van die regen",
    "die film was killing",
    "ik maak me dood ongerust",
    "ik maak me dood ongerust over mijn zoon",
    "dat is doodzonde",
    "ik ben doodsbang voor spinnen",
    "het is doodstil in huis",
    "ik heb een doodgewone dag gehad",
    "ik ben dood",
    "i'm dead 😂",
    "this heat is killing me",
    # quitting, broken things, plants
    "ik wil stoppen met roken",
    "ik wil niet meer roken",
    "ik wil stoppen met werken",
    "mijn telefoon is dood",
    "de batterij van mijn telefoon is dood",
    "mijn telefoon wil niet meer",
    "de plant is doodgegaan",
    "mijn kat is doodgegaan en ik ben verdrietig",
    # grief, not risk
    "mijn opa is vorig jaar overleden",
    "mijn man is dood, ik mis hem",
    "mijn moeder is overleden aan kanker",
    "ik voel me zo alleen sinds mijn vrouw overleden is",
    "ik wil naar mijn dochter toe",
    "ik ga morgen naar het graf van mijn vrouw",
    # loneliness and everyday sadness
    "ik voel me eenzaam",
    "ik ben verdrietig",
    "ik ben zo moe",
    "ik ben zo moe 💀",
    "ik voel me alleen",
    "niemand belt me ooit",
    "ik heb niemand om mee te praten",
    "het is kut weer",
    "ik ben het zat met die buren",
    "ik ben er klaar mee",
    "ik ben het beu",
    "ik zie het niet zitten om morgen te gaan",
    "het hoeft niet meer, ik heb al gegeten",
    "ik ben 82 en woon alleen",
    "ik heb een mooie dag gehad",
    "zullen we vanavond gaan wandelen?",
    "ik mis mijn kinderen",
    # "ik kan niet meer ..." with an ordinary ending
    "ik kan niet meer wachten tot vrijdag",
    "ik kan niet meer slapen door de buren",
    "ik kan niet meer lopen zonder stok",
    "ik kan het niet meer vinden",
    "ik wil niet meer alleen zijn",
    "ik wil niet meer zo vroeg opstaan",
    # negation and other people
    "ik wil niet dood",
    "ik wil echt niet dood",
    "ik wil die mug dood",
    "ik wil een dood vogeltje begraven",
    "hij wil me vermoorden als ik te laat ben",
    "mijn baas gaat me vermoorden",
    # health and medicine questions
    "hoeveel paracetamol mag ik per dag",
    "hoeveel pillen mag ik nemen tegen hoofdpijn",
    "ik ben bang om dood te gaan",
    "ik wil thuis sterven als het zover is",
    "hoe hoog is de Erasmusbrug",
    "hoe laat gaat de trein",
    "er is iemand voor de trein gesprongen, daarom vertraging",
    "we springen in de zomer van de brug in het water",
    "wat heeft het voor zin om een jas mee te nemen",
    "dat was een dodelijk ongeluk",
    # news and figures of speech
    "een zelfmoordaanslag in het nieuws",
    "dat is politieke zelfmoord",
    # accidents
    "ik heb me gesneden aan een papiertje",
    "ik sneed me in mijn vinger bij het koken",
    "ik heb een kras op mijn auto",
    "er zit een kras op mijn telefoon",
    "ik heb gekrast op de auto van de buurman",
    # farewells that are not goodbye notes
    "dit is mijn afscheid van het werk, volgende week ga ik met pensioen",
    "dit is mijn laatste bericht voor vandaag",
    "morgen is mijn afscheidsreceptie",
    "ik neem afscheid van mijn collega's",
    "vraag voor een vriend: waar kan je goed eten in Gent",
    # "door" and "dood" must not collide, nor "geven" and "leven"
    "ik ga door",
    "ik wil door",
    "de deur is dicht",
    "ik wil iets geven",
    "ik wil weer leven!",
    # more everyday messages
    "Ik mis mijn vrouw heel erg. Ze is twee jaar geleden overleden.",
    "De dokter zegt dat ik nog maar een paar maanden heb",
    "ik ben bang voor de dood",
    "wat gebeurt er als je dood gaat?",
    "ik wil niet meer elke dag alleen eten",
    "ik kan niet meer autorijden, dus ik kom nergens",
    "Dat kan niet meer, de winkel is gesloten",
    "ik heb nergens zin in vandaag, alleen maar tv kijken",
    "ik ben klaar met alles voor de verhuizing",
    "Als ik er niet meer ben, krijgen mijn kinderen het huis",
    "Ik wil gecremeerd worden als ik doodga",
    "ik wil meer leven in de brouwerij",
    "ik kan die buren wel vermoorden",
    "Ik ga mezelf verwennen met een taartje",
    "Ik heb mezelf gebrand aan de oven",
    "Ik heb mezelf pijn gedaan bij het vallen",
    "De kat heeft me gekrast",
    "Morgen neem ik afscheid van mijn oude buren",
    "Dit is mijn laatste bericht vandaag, slaap lekker",
    "ik wil gewoon slapen",
    "Bedankt voor alles, tot morgen!",
    "ik lach me dood om jou",
    "ik ga nog dood van de stress met die verbouwing",
    "ik ben er morgen niet meer, ik ga op vakantie",
    "niemand zou het merken als ik een week niet buiten kom",
    "Ik ben een last voor mijn buurman met mijn hond die blaft",
    "ik ben een zelfmoordpiloot op de fiets haha",
    "wat heeft het voor zin om te bellen als niemand opneemt",
    "Ik heb gisteren een touw gekocht voor de waslijn",
    "hoeveel pillen moet ik nemen voor mijn bloeddruk",
    "Soms voel ik me zo alleen dat ik niet weet wat ik moet doen",
    # typos of ordinary words must not become risk words
    "ik wil niet meer eeven wachten",
    "het is moedlijk",
    "ik ga door, soms",
    # jokes without anything before them
    "grapje",
    "geintje",
    "haha",
    "jk",
    "nee hoor",
    "kys",
    "",
    "   ",
    "😂",
    "💀",
    # Giving away or sorting things out for ordinary reasons.
    "ik heb mijn oude spullen naar de kringloop gebracht",
    "ik heb een testament laten maken bij de notaris",
    "we hebben onze kat weggegeven omdat mijn zoon allergisch is",
    "mijn kat is weggelopen",
]

JOKES = [
    "grapje",
    "geintje",
    "haha grapje",
    "jk",
    "was een grap",
    "niet serieus hoor",
    "was maar een geintje hoor 😅",
    "ik zat maar te dollen",
    "😂😂",
    "haha nee",
    "GRAPJE",
    "ik meende het niet",
]


@pytest.mark.parametrize(("text", "reason"), CLEAR)
def test_clear(text: str, reason: str) -> None:
    assert screen(text) == Screening("clear", reason)


@pytest.mark.parametrize(("text", "reason"), UNCLEAR)
def test_unclear(text: str, reason: str) -> None:
    assert screen(text) == Screening("unclear", reason)


@pytest.mark.parametrize("text", NONE)
def test_none(text: str) -> None:
    assert screen(text) == Screening("none", "none")


@pytest.mark.parametrize("text", JOKES)
def test_joke_after_disclosure(text: str) -> None:
    assert screen(text, previous_flagged=True) == Screening("unclear", "joke_after_disclosure")


@pytest.mark.parametrize("text", JOKES)
def test_joke_without_disclosure_is_none(text: str) -> None:
    assert screen(text) == Screening("none", "none")


@pytest.mark.parametrize(
    "text",
    ["grapje, ik wil echt dood", "haha nee maar ik wil er niet meer zijn", "jk ik snij mezelf"],
)
def test_joke_with_new_disclosure_stays_clear(text: str) -> None:
    assert screen(text, previous_flagged=True).level == "clear"


@pytest.mark.parametrize("text", ["ik ga koffie zetten", "nee hoor", "ja", "dank je wel"])
def test_previous_flag_alone_does_not_flag(text: str) -> None:
    assert screen(text, previous_flagged=True) == Screening("none", "none")


def test_previous_flag_keeps_unclear_content() -> None:
    assert screen("ik kan niet meer", previous_flagged=True).level == "unclear"


def test_screening_is_frozen() -> None:
    result = screen("ik wil dood")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.level = "none"  # type: ignore[misc]


def test_reasons_are_known_tags() -> None:
    for text, _ in CLEAR + UNCLEAR:
        assert screen(text).reason in REASONS


def test_long_message_with_disclosure_at_the_end() -> None:
    text = "Het was een lange dag met de buren en de regen. " * 200 + "Ik wil dood."
    assert screen(text).level == "clear"


def test_fast_enough() -> None:
    messages = [text for text, _ in CLEAR[:20]] + NONE[:40] + [t for t, _ in UNCLEAR[:20]]
    start = time.perf_counter()
    for _ in range(5):
        for message in messages:
            screen(message)
    per_message = (time.perf_counter() - start) / (5 * len(messages))
    # Generous bound so a busy CI machine does not fail; typical is far lower.
    assert per_message < 0.002


_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]),
    max_size=300,
)
_RISKY_BITS = st.sampled_from(
    ["ik", "wil", "dood", "zelfmoord", "💀", "😂", "\u200b", "\u202e", "\x00", "#", "@", "~", "*"]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_TEXT, st.booleans())
def test_never_raises_on_any_text(text: str, flagged: bool) -> None:
    result = screen(text, previous_flagged=flagged)
    assert result.level in ("none", "unclear", "clear")
    assert result.reason in REASONS


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(_RISKY_BITS, _TEXT), max_size=30).map(" ".join))
def test_never_raises_on_mixed_fragments(text: str) -> None:
    assert screen(text).level in ("none", "unclear", "clear")


@pytest.mark.parametrize(
    "text",
    [
        "a" * 10_000,
        "ik wil " * 1_500,
        "\x00\x01\x02\x1b[31m" * 500,
        "\u202eדוד ik wil dood \u202c مرحبا",
        "💀" * 5_000,
        "z\u200be" * 3_000,
        " ".join(["zelfmoort"] * 1_000),
    ],
)
def test_never_raises_on_extreme_text(text: str) -> None:
    assert screen(text).level in ("none", "unclear", "clear")
