"""Round 6 of listening (issue 11), from probe messages of my own: strength in words,
yes and no said politely or in Flemish, the region question abroad or unsure, names
said back to front, how it went in plain words, and loneliness at the menu."""

from __future__ import annotations

import pytest

from bench.understanding import Item, correct
from bot.core.dialogue.spec import load_dialogues
from bot.core.listening import Reading, question_of, read
from bot.core.listening.drafts import second_person
from bot.core.listening.names import address_name
from bot.core.listening.places import region_of

DIALOGUES = load_dialogues()


def at(where: str, text: str) -> Reading:
    dialogue, _, state = where.partition(".")
    return read(text, question_of(dialogue, DIALOGUES.dialogues[dialogue].states[state]), {})


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("heftig", 8, 8),
        ("zwaar hoor", 7, 8),
        ("het ergste ooit", 9, 10),
        ("pittig", 6, 7),
        ("niet normaal meer zo erg", 9, 10),
        ("middel", 5, 5),
        ("gigantisch", 9, 10),
        ("best wel sterk eigenlijk", 7, 8),
        ("helemaal niks meer", 0, 0),
    ],
)
def test_strength_in_words(text: str, low: int, high: int) -> None:
    r = at("gevoelens.intensiteit", text)
    assert r.kind == "number" and low <= int(str(r.value)) <= high, r


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("ja echt, dat is zo", 90, 100),
        ("nee natuurlijk niet", 0, 10),
        ("ergens wel", 40, 60),
        ("ik denk het wel", 60, 80),
        ("nul", 0, 0),
    ],
)
def test_belief_in_words(text: str, low: int, high: int) -> None:
    r = at("herkaderen.geloof", text)
    assert r.kind == "number" and low <= int(str(r.value)) <= high, r


@pytest.mark.parametrize(
    ("where", "text", "choice"),
    [
        ("dagelijks.uitleg", "allez, goed", "ja"),
        ("opmerken.herinneren", "dat zou fijn zijn", "ja"),
        ("gevoelens.dagboek", "mag", "ja"),
        ("opmerken.herinneren", "niet nodig", "nee"),
        ("opmerken.herinneren", "hoeft niet hoor", "nee"),
    ],
)
def test_yes_and_no_said_politely(where: str, text: str, choice: str) -> None:
    assert at(where, text) == Reading("choice", choice)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("limburg (belgisch)", "be"),
        ("belgisch limburg", "be"),
        ("in de buurt van utrecht", "nl"),
        ("ergens anders, duitsland", None),  # abroad: never a town guessed near "anders"
        ("anders", None),
        ("limburg", None),  # both countries have one: asked
        ("amsterdam of antwerpen", None),
    ],
)
def test_the_country_of_places(text: str, region: str | None) -> None:
    assert region_of(text) == region


@pytest.mark.parametrize(
    "text", ["ergens anders, duitsland", "liever niet zeggen", "weet ik niet", "ik woon in spanje"]
)
def test_abroad_or_unsure_gets_both_countries(text: str) -> None:
    assert at("welkom.regio", text) == Reading("choice", "geen")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ria heet ze", "Ria"),
        ("het is Ria", "Ria"),
        ("zeg maar Jan", "Jan"),
        ("Ria, mijn zus", "Ria"),
        ("dat is lastig", None),  # how it is, not who
        ("het is moeilijk", None),
    ],
)
def test_names_said_back_to_front(text: str, name: str | None) -> None:
    assert address_name(text) == name


def test_not_saying_the_name_skips_it() -> None:
    assert at("opmerken.naam", "dat wil ik liever niet zeggen") == Reading("choice", "overslaan")


def test_an_old_school_friend_is_a_friend() -> None:
    assert at("opmerken.wie", "een oude schoolvriendin").value == "vriend"


@pytest.mark.parametrize(
    ("where", "text", "expect"),
    [
        ("opmerken.hoe_ging", "viel reuze mee eigenlijk", "outcome:good"),
        ("opmerken.hoe_ging", "hij leest zijn berichten niet", "outcome:none"),
        ("gevoelens.nazorg", "een stuk lichter", "choice:beter"),
        ("gevoelens.nazorg", "ik voel me opgeknapt", "choice:beter"),
        ("gevoelens.nazorg", "ik zit er helemaal doorheen", "choice:slechter"),
        ("gevoelens.nazorg", "niks veranderd", "choice:zelfde"),
        ("herkaderen.nazorg", "ja, we hebben een nieuwe datum", "choice:ja"),
        ("herkaderen.nazorg", "gelukt!", "choice:ja"),
        ("dagelijks.vraag", "een rotdag", "outcome:bad"),
        ("dagelijks.vraag", "rotterdam was gezellig", "outcome:good"),
    ],
)
def test_how_it_went_in_plain_words(where: str, text: str, expect: str) -> None:
    ok, r = correct(Item("test", where, text, expect, {}), DIALOGUES)
    assert ok, r


@pytest.mark.parametrize(
    "text",
    ["ik heb eigenlijk niemand meer", "niemand zit op mij te wachten", "wie praat er nou met mij"],
)
def test_loneliness_at_the_menu_is_the_lonely_conversation(text: str) -> None:
    r = at("menu.hoofdmenu", text)
    lonely = {("choice", "eenzaam"), ("intent", "eenzaam"), ("intent", "niemand")}
    assert (r.kind, r.value) in lonely


@pytest.mark.parametrize(
    ("where", "text", "choice"),
    [
        ("eenzaam.ruimte", "zit er niet in vandaag", "te_veel"),
        ("eenzaam.ruimte", "ik ben op", "te_veel"),
        ("eenzaam.ruimte", "kan wel denk ik", "kan"),
        ("eenzaam.ruimte", "ik ben er klaar voor", "kan"),
        ("eenzaam.ruimte", "ik wil het wel", "kan"),
        ("eenzaam.ruimte", "liever nog even niet", "te_veel"),
        ("eenzaam.ruimte", "ik voel me er nog niet sterk genoeg voor", "te_veel"),
        ("eenzaam.ruimte", "ik ben er nog niet klaar voor", "te_veel"),
        ("eenzaam.ruimte", "dubbel", "weet_niet"),
        ("eenzaam.ruimte", "half om half", "weet_niet"),
        ("eenzaam.soort", "ik pas nergens tussen", "groep"),
        ("eenzaam.soort", "sinds mijn dochter het huis uit is", "missen"),
        ("eenzaam.soort", "ze willen niks meer met me te maken hebben", "afwijzing"),
    ],
)
def test_loneliness_questions_in_own_words(where: str, text: str, choice: str) -> None:
    assert at(where, text).value == choice


def test_bench_counts_a_zero_said_as_zero() -> None:
    ok, r = correct(Item("test", "gevoelens.intensiteit", "nul", "number:0-1", {}), DIALOGUES)
    assert ok, r


@pytest.mark.parametrize(
    ("typed", "clause"),
    [
        # Said of her without "ze": the clause gets its "je".
        ("zit vaak thuis", "je vaak thuis zit"),
        ("reageert niet meer", "je niet meer reageert"),
        ("gaat niet meer naar koor", "je niet meer naar koor gaat"),
        # A word that ends the clause is part of the verb; "kwam" keeps its infinitive.
        ("ze staat er alleen voor", "je er alleen voor staat"),
        ("ze kwam niet opdagen", "je niet kwam opdagen"),
        # Not a verb: kept as typed.
        ("vaak alleen", "vaak alleen"),
        ("net verhuisd", "net verhuisd"),
    ],
)
def test_drafts_in_the_words_people_type(typed: str, clause: str) -> None:
    assert second_person(typed) == clause


@pytest.mark.parametrize("text", ["help mij", "help me aub"])
def test_help_me_is_the_help_command(text: str) -> None:
    assert at("opmerken.opgemerkt", text) == Reading("intent", "help")


@pytest.mark.parametrize(
    ("text", "at"), [("nee, liever om 10 uur", "10:00"), ("nee 's avonds om acht", "20:00")]
)
def test_no_with_another_time_is_that_time(text: str, at: str) -> None:
    ok, r = correct(
        Item("test", "dagelijks.bevestig", text, f"time:{at}", {"tijd": "09:00"}), DIALOGUES
    )
    assert ok, r


def test_a_plain_no_to_the_time_is_no() -> None:
    assert at("dagelijks.bevestig", "nee, dat klopt niet") == Reading("choice", "nee")


@pytest.mark.parametrize(
    ("where", "text", "choice"),
    [
        ("herkaderen.volgen", "ja, vraag maar", "ja"),
        ("gevoelens.volgen", "ja stuur maar", "ja"),
        ("vergeet.bevestig", "nee bewaar maar", "nee"),
    ],
)
def test_maar_at_the_end_is_a_particle(where: str, text: str, choice: str) -> None:
    assert at(where, text) == Reading("choice", choice)


@pytest.mark.parametrize("text", ["ja ja maar", "ja, maar ik weet het niet"])
def test_maar_before_more_is_but(text: str) -> None:
    assert at("herkaderen.volgen", text) != Reading("choice", "ja")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ik hou ermee op", "stop"),
        ("kappen", "stop"),
        ("ik wil niet meer praten", "stop"),
        ("terug naar het begin", "menu"),
        ("ander onderwerp", "menu"),
        ("wat moet ik doen", "help"),
        ("wat zijn de commando's", "help"),
    ],
)
def test_commands_in_everyday_words(text: str, intent: str) -> None:
    assert at("gevoelens.lichaam", text) == Reading("intent", intent)
