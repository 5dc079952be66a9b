"""Dutch (and Flemish) as people really type it: answers, numbers, choices, commands."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.language import understand as language
from bot.core.language.normalise import plain
from bot.core.language.understand import (
    Answer,
    global_command,
    lemmas,
    match_choice,
    parse_number,
    parse_yes_no,
    wants_lonely_talk,
)


@dataclass(frozen=True)
class Opt:
    id: str
    label: str
    synonyms: tuple[str, ...] = ()
    answer: Answer | None = None


MOODS = (
    Opt("sad", "Verdrietig", ("😢", "down")),
    Opt("scared", "Bang", ("angstig",)),
    Opt("angry", "Boos", ("😠", "kwaad")),
    Opt("restless", "Onrustig"),
    Opt("fine", "Goed", ("🙂",)),
    Opt("meh", "Niet zo goed"),
)
YES_NO = (
    Opt("yes", "Ja, graag", answer="yes"),
    Opt("no", "Nee, liever niet", answer="no"),
)
ACTIVITIES = (
    Opt("walk", "Een wandeling maken", ("wandelen", "🚶")),
    Opt("call", "Iemand bellen", ("📞",)),
    Opt("coffee", "Koffie drinken"),
    Opt("other", "Iets anders"),
)


# --- parse_yes_no -----------------------------------------------------------------

YES = [
    "ja", "Ja!", "JA", "jaaaa", "ja hoor", "Ja hoor!", "jazeker", "ja zeker", "jawel", "jep",
    "jup", "yes", "ok", "OK", "oké", "Oké!", "okidoki", "goed", "prima", "graag", "doe maar",
    "zeker", "is goed", "'t is goed", "akkoord", "allee ja", "ja graag", "Ja, graag.", "👍",
    "✅", "👌", "👍🏻", "ja 👍", "ja, dat wil ik wel", "ja hoor, dank je", "ok doe maar",
    "ja prima", "uhm ja", "ja mijn zus", "akoord", "jazker", "natuurlijk", "dat is goed",
    "ik denk het wel", "klopt", "da's goed", "liever wel", "waarom niet", "ja hoor, waarom niet",
    "ja, prima, doe maar", "jazeker, graag", "is goed hoor", "nou, goed dan",
]  # fmt: skip
NO = [
    "nee", "Nee.", "neeee", "nee joh", "neen", "Neen merci", "nope", "nee hoor", "liever niet",
    "niet nu", "nah", "nee dank je", "nee, dank je wel", "neuh", "👎", "❌", "ik denk het niet",
    "nee, dat hoeft niet", "nee ik ben moe", "nu even niet", "geen zin", "laat maar",
    "nee bedankt", "eh nee", "zeker niet", "doe maar niet", "natuurlijk niet",
    "nee mijn zus komt morgen", "nou nee", "liever niet nee",
]  # fmt: skip
UNSURE = [
    "weet ik niet", "weet niet", "k weet het niet", "'k weet het niet", "'k weet het ni",
    "ik weet het niet", "geen idee", "misschien", "twijfel", "ik twijfel nog", "tja", "hmm",
    "hmmmm", "🤷", "🤷\u200d♀️", "weet ik veel", "nee, weet ik niet", "misschein", "mischien",
    "geen flauw idee", "misschien later", "ja en nee", "🤔",
]  # fmt: skip
NOT_AN_ANSWER = [
    "ja maar mijn zus zei dat ze ziek was", "ja nee", "hoi", "mijn zus is ziek 👍", "👍👎",
    "😢", "niet goed", "ja ik wil niet", "ok, wat bedoel je", "", "   ", "ik heb een hond",
    "nee 👍", "goed zo, en mijn dochter komt morgen ook nog langs", "jammer",
    "ja, behalve op zondag", "hoe werkt dit", "super moe", "mag ik iets vragen", "k ben moe",
    "niet slecht", "graag gedaan", "goed nieuws, mijn zoon komt", "pas morgen",
    "nee hoor, dat is goed", "ja ja maar", "👍 mijn zus is ziek",
]  # fmt: skip


@pytest.mark.parametrize("text", YES)
def test_yes(text: str) -> None:
    assert parse_yes_no(text) == "yes"


@pytest.mark.parametrize("text", NO)
def test_no(text: str) -> None:
    assert parse_yes_no(text) == "no"


@pytest.mark.parametrize("text", UNSURE)
def test_unsure(text: str) -> None:
    assert parse_yes_no(text) == "unsure"


@pytest.mark.parametrize("text", NOT_AN_ANSWER)
def test_not_an_answer(text: str) -> None:
    assert parse_yes_no(text) is None


# --- parse_number -----------------------------------------------------------------

NUMBERS = [
    ("7", 0, 10, 7), ("7/10", 0, 10, 7), ("7 / 10", 0, 10, 7), ("ongeveer 70", 0, 100, 70),
    ("70%", 0, 100, 70), ("een 8", 0, 10, 8), ("8,5", 0, 10, 9), ("8.5", 0, 10, 9),
    ("8,4", 0, 10, 8), ("6,49", 0, 10, 6), ("nul", 0, 10, 0), ("0", 0, 10, 0), ("een", 0, 10, 1),
    ("één", 0, 10, 1), ("Eén", 0, 10, 1), ("twee", 0, 10, 2), ("drie", 0, 10, 3),
    ("vier", 0, 10, 4), ("vijf", 0, 10, 5), ("zes", 0, 10, 6), ("zeven", 0, 10, 7),
    ("acht", 0, 10, 8), ("negen", 0, 10, 9), ("tien", 0, 10, 10), ("elf", 0, 100, 11),
    ("twaalf", 0, 100, 12), ("dertien", 0, 100, 13), ("veertien", 0, 100, 14),
    ("achttien", 0, 100, 18), ("negentien", 0, 100, 19), ("twintig", 0, 100, 20),
    ("eenentwintig", 0, 100, 21), ("tweeëntwintig", 0, 100, 22), ("drieëndertig", 0, 100, 33),
    ("vijfenzeventig", 0, 100, 75), ("negenennegentig", 0, 100, 99), ("honderd", 0, 100, 100),
    ("zeventig procent", 0, 100, 70), ("ongeveer zeventig procent", 0, 100, 70),
    ("vijf en zeventig", 0, 100, 75), ("een en twintig", 0, 100, 21), ("zeuven", 0, 10, 7),
    ("vijftg", 0, 100, 50), ("achtien", 0, 100, 18), ("zevenentwintg", 0, 100, 27),
    ("ik geef het een 7", 0, 10, 7), ("een goede 7", 0, 10, 7), ("7 van de 10", 0, 10, 7),
    ("zeven op tien", 0, 10, 7), ("een 6 denk ik", 0, 10, 6), ("zeven en een half", 0, 10, 8),
    ("7½", 0, 10, 8), ("-3", -5, 5, -3), ("min 3", -5, 5, -3), ("ongeveer een", 0, 10, 1),
    ("1.000", 0, 2000, 1000), ("8 (acht)", 0, 10, 8), ("  5  ", 1, 5, 5), ("5!", 1, 5, 5),
    ("nummer 4", 1, 5, 4),
]  # fmt: skip
NOT_A_NUMBER = [
    ("een beetje", 0, 10), ("7 of 8", 0, 10), ("tussen 6 en 7", 0, 10), ("11", 0, 10),
    ("-1", 0, 10), ("honderd", 0, 10), ("een of twee", 0, 10), ("7-8", 0, 10), ("tegen", 0, 10),
    ("hallo", 0, 10), ("", 0, 10), ("geen idee", 0, 10), ("twee of drie", 0, 10),
    ("ik heb drie kinderen en zeven kleinkinderen, allemaal lief", 0, 10),
    ("op een dag ging ik met mijn 3 honden naar het bos en toen", 0, 10),
]  # fmt: skip


@pytest.mark.parametrize(("text", "low", "high", "expected"), NUMBERS)
def test_number(text: str, low: int, high: int, expected: int) -> None:
    assert parse_number(text, low, high) == expected


@pytest.mark.parametrize(("text", "low", "high"), NOT_A_NUMBER)
def test_not_a_number(text: str, low: int, high: int) -> None:
    assert parse_number(text, low, high) is None


def test_every_number_word_round_trips() -> None:
    units = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    tens = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
    for t, ten in enumerate(tens, start=2):
        for u, unit in enumerate(units):
            word = f"{unit}{'ën' if unit.endswith('e') else 'en'}{ten}" if unit else ten
            assert parse_number(word, 0, 100) == 10 * t + u, word


# --- match_choice -----------------------------------------------------------------

MOOD_CASES = [
    ("Verdrietig", "sad"), ("verdrietig", "sad"), ("VERDRIETIG!", "sad"), ("verdrietige", "sad"),
    ("verdriet", "sad"), ("bange", "scared"), ("bang", "scared"), ("angstig", "scared"),
    ("verdrietg", "sad"), ("verdritig", "sad"), ("onrusitg", "restless"), ("onrustige", "restless"),
    ("😢", "sad"), ("😢😢", "sad"), ("😠", "angry"), ("kwaad", "angry"), ("down", "sad"),
    ("1", "sad"), ("2", "scared"), ("de eerste", "sad"), ("tweede", "scared"),
    ("nummer 3", "angry"), ("optie 2", "scared"), ("3.", "angry"), ("drie", "angry"),
    ("de laatste", "meh"), ("2e", "scared"), ("de 1ste", "sad"), ("doe maar de tweede", "scared"),
    ("alleen de eerste optie", "sad"), ("niet goed", "meh"), ("niet zo goed", "meh"),
    ("ik voel me niet zo goed", "meh"), ("goed", "fine"), ("🙂", "fine"),
    ("ik ben niet verdrietig maar wel boos", "angry"), ("ik ben bang", "scared"),
    ("ik voel me verdrietig 😢", "sad"), ("een beetje onrustig", "restless"),
    ("de tweede is goed", "scared"), ("boosheid", "angry"), ("onrust", "restless"),
    ("heel goed", "fine"), ("nummer twee graag", "scared"),
]  # fmt: skip
MOOD_NONE = [
    "bang boos", "rustig", "7", "0", "de zevende", "hallo", "ik wil even iets heel anders "
    "vertellen over mijn dag vandaag", "ik ben vandaag verdrietig want mijn poes is gisteren "
    "overleden", "😀", "", "    ", "twee of drie", "verdrietig 😠", "ja", "nee",
    "verdrietig maar ook boos", "niet bang", "goedemorgen", "slecht", "ik weet het niet",
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MOOD_CASES)
def test_match_mood(text: str, expected: str) -> None:
    assert match_choice(text, MOODS) == expected


@pytest.mark.parametrize("text", MOOD_NONE)
def test_match_mood_unclear(text: str) -> None:
    assert match_choice(text, MOODS) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ja hoor", "yes"), ("ja", "yes"), ("Ja, graag", "yes"), ("graag", "yes"),
        ("👍", "yes"), ("nee joh", "no"), ("neen", "no"), ("liever niet", "no"), ("1", "yes"),
        ("2", "no"), ("de tweede", "no"), ("misschien", None), ("weet ik niet", None),
        ("ik wil iets anders", None),
    ],
)  # fmt: skip
def test_match_answers(text: str, expected: str | None) -> None:
    assert match_choice(text, YES_NO) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wandelen", "walk"), ("een wandeling", "walk"), ("wandeling", "walk"), ("🚶", "walk"),
        ("ik ga wandelen", "walk"), ("bellen", "call"), ("ik wil mijn dochter bellen", "call"),
        ("koffie", "coffee"), ("iets anders", "other"), ("4", "other"), ("vierde", "other"),
        ("ik wil niet bellen", None), ("ik wil alleen even iets vragen", None),
        ("wandelen of bellen", None), ("koffie drinken", "coffee"), ("kofie", "coffee"),
        ("wandelne", "walk"), ("5", None), ("ik heb geen zin om te wandelen", None),
        ("iets anders graag", "other"), ("doe maar iets anders", "other"), ("anders", None),
    ],
)  # fmt: skip
def test_match_activities(text: str, expected: str | None) -> None:
    assert match_choice(text, ACTIVITIES) == expected


def test_match_ties_and_duplicates_are_none() -> None:
    twins = (Opt("a", "Koffie drinken"), Opt("b", "Thee drinken"))
    assert match_choice("drinken", twins) is None
    assert match_choice("thee", twins) == "b"
    assert match_choice("x", (Opt("a", "x"), Opt("b", "x"))) is None
    assert match_choice("ja", (Opt("a", "Ja", answer="yes"), Opt("b", "Jawel", answer="yes")))
    assert (
        match_choice("jep", (Opt("a", "Oké", answer="yes"), Opt("b", "Ok", answer="yes"))) is None
    )
    assert match_choice("1", ()) is None


def test_exact_label_beats_position() -> None:
    scale = tuple(Opt(f"s{n}", str(n)) for n in (3, 2, 1))
    assert match_choice("1", scale) == "s1"
    assert match_choice("de eerste", scale) == "s3"


def test_options_may_be_any_object_with_the_attributes() -> None:
    class Plain:
        def __init__(self, id: str, label: str) -> None:
            self.id, self.label = id, label
            self.synonyms: tuple[str, ...] = ("lekker",)
            self.answer: Answer | None = None

    assert match_choice("lekker", [Plain("a", "Goed"), Plain("b", "Slecht")]) is None
    assert match_choice("slecht", [Plain("a", "Goed"), Plain("b", "Slecht")]) == "b"


# --- global_command ---------------------------------------------------------------

COMMANDS = [
    ("stop", "stop"), ("Stop!", "stop"), ("STOP", "stop"), ("stoppen", "stop"), ("/stop", "stop"),
    ("ik wil stoppen", "stop"), ("stop nu", "stop"), ("menu", "menu"), ("/menu", "menu"),
    ("hoofdmenu", "menu"), ("terug naar menu", "menu"), ("terug naar het menu", "menu"),
    ("help", "help"), ("hulp", "help"), ("/help", "help"), ("?", "help"), ("??", "help"),
    ("Hulp?", "help"), ("privacy", "privacy"), ("/privacy", "privacy"),
    ("mijn gegevens", "export"), ("/gegevens", "export"), ("gegevens", "export"),
    ("export", "export"), ("/export", "export"), ("vergeet mij", "forget"),
    ("vergeet me", "forget"), ("/vergeet", "forget"), ("verwijder mijn gegevens", "forget"),
    ("/start", "start"), ("start", "start"), ("/start abc123", "start"), ("regio", "region"),
    ("/regio", "region"), ("mneu", "menu"), ("hlep", "help"), ("stpo", "stop"),
    ("/mneu", "menu"), ("privcay", "privacy"), ("/stop@VerbondenBot", "stop"),
    ("/menu@verbonden_bot", "menu"), ("!verbonden stop", "stop"), ("!verbonden menu", "menu"),
    ("!Verbonden: help", "help"), ("!verbonden", "help"), ("menu graag", "menu"),
    ("  menu  ", "menu"), ("me\u200bnu", "menu"), ("stop ermee", "stop"), ("/STOP", "stop"),
    ("start opnieuw", "start"), ("export mijn gegevens", "export"), ("hoofdmneu", "menu"),
    ("hulpp", "help"), ("gegevns", "export"), ("menu?", "menu"), ("wis alles", "forget"),
    ("/verwijder", "forget"), ("!verbonden /stop", "stop"), ("/help@bot extra", "help"),
]  # fmt: skip
NOT_COMMANDS = [
    "ik wil stoppen met roken", "ik heb hulp nodig bij mijn huis", "het menu van het restaurant",
    "stom", "top", "stap", "mens", "hele", "ja", "nee", "", "   ", "/onbekend", "stop met roken",
    "ik zoek hulp", "wat is jouw regio?", "kan ik hier stoppen of niet", "vergeten",
    "ik wil stappen", "hulp nodig", "terug", "stop met praten over mijn dochter",
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COMMANDS)
def test_command(text: str, expected: str) -> None:
    assert global_command(text) == expected


@pytest.mark.parametrize("text", NOT_COMMANDS)
def test_not_a_command(text: str) -> None:
    assert global_command(text) is None


# --- wants_lonely_talk ------------------------------------------------------------

LONELY = [
    "ik voel me eenzaam", "Ik voel me zo alleen.", "ik ben eenzaam", "niemand begrijpt me",
    "ik heb niemand", "eenzaamheid", "k voel me alleen", "'k voel me alleen",
    "ik voel mij eenzaam", "ik ben moederziel alleen", "ik mis gezelschap",
    "niemand die me echt kent", "voel me zo eenzaam vandaag 😢", "eenzaam", "Eenzaam...",
    "eenzam", "eensaam", "ik voel me zo eenzaaaaam", "ik ben zo alleen", "ik ben alleen",
    "ik heb geen vrienden", "ik voel me erg eenzame", "eenzaam sinds mijn vrouw overleed",
    "mijn moeder is eenzaam, en ik ook eenzaam", "ik hoor nergens bij",
    "ik voel me alleen op de wereld", "niemand komt ooit langs", "ik heb echt niemand meer",
    "ik voel me geïsoleerd", "ik sta er helemaal alleen voor", "ik wil praten over eenzaamheid",
    "iedereen laat me in de steek", "ik zit de hele dag alleen", "ik voel me vergeten",
    "ik heb het gevoel dat niemand om me geeft", "ik mis contact met mensen",
    "ik ben de laatste tijd zo eenzaam", "ik ben niet boos maar wel eenzaam",
    "ik voel me zo aleen", "voel me heel allleen",
]  # fmt: skip
NOT_LONELY = [
    "ik ben alleen thuis vanavond", "ik wil alleen even iets vragen", "alleen de eerste optie",
    "mijn moeder is eenzaam", "ik voel me niet eenzaam", "ik voel me niet meer zo alleen",
    "ik denk dat mijn vader eenzaam is", "ik ben nooit eenzaam",
    "ik voel me alleen een beetje moe", "mijn buurvrouw voelt zich eenzaam", "hallo",
    "niemand weet het", "ja", "", "ik woon alleen", "alleen", "ze is zo alleen",
    "ik ben alleen maar moe", "ik ben zo moe", "niemand", "ik ben aleen thuis",
    "ik wil aleen even iets vragen",
]  # fmt: skip


@pytest.mark.parametrize("text", LONELY)
def test_lonely(text: str) -> None:
    assert wants_lonely_talk(text) is True


@pytest.mark.parametrize("text", NOT_LONELY)
def test_not_lonely(text: str) -> None:
    assert wants_lonely_talk(text) is False


# --- lemmas -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("verdrietige", ("verdrietig",)), ("bange", ("bang",)), ("boze", ("boos",)),
        ("Ik voelde me eenzame", ("ik", "voelen", "me", "eenzaam")), ("", ()), ("😢", ()),
        ("eerste", ("een",)),
    ],
)  # fmt: skip
def test_lemmas(text: str, expected: tuple[str, ...]) -> None:
    assert lemmas(text) == expected


# --- the word list file ------------------------------------------------------------


def test_word_lists_are_in_plain_form_and_do_not_contradict() -> None:
    data = tomllib.loads((Path(__file__).parents[4] / "bot/data/language_nl.toml").read_text())
    seen: dict[str, str] = {}
    for kind in ("yes", "no", "unsure"):
        for phrase in data["answers"][kind]:
            assert plain(phrase) == phrase, phrase
            assert seen.setdefault(phrase, kind) == kind, phrase
    seen = {}
    for command, phrases in data["commands"].items():
        for phrase in phrases:
            assert plain(phrase) == phrase, phrase
            assert command == "fillers" or seen.setdefault(phrase, command) == command, phrase


# --- robustness -------------------------------------------------------------------

WEIRD = [
    "\x00\x01\x1b[31m", "\u202eja\u202c", "مرحبا", "שלום ja", "ja" * 5000, "👍" * 3000,
    "\t\n \r", "🤷‍♀️🤷🏽‍♂️", "9" * 400, "1" * 10_000, "een " * 2500, "\ud7ff\ue000\U0010ffff",
    "ﬀ ⅷ ²", "7" + "0" * 50 + "%", "/" * 100, "!verbonden " * 100,
]  # fmt: skip


def _call_all(text: str) -> None:
    assert parse_yes_no(text) in (None, "yes", "no", "unsure")
    number = parse_number(text, 0, 100)
    assert number is None or 0 <= number <= 100
    assert match_choice(text, MOODS) in (None, *(o.id for o in MOODS))
    assert match_choice(text, YES_NO) in (None, "yes", "no")
    assert global_command(text) in (None, "stop", "menu", "help", "privacy", "export", "forget",
                                    "start", "region", "journal")  # fmt: skip
    assert isinstance(wants_lonely_talk(text), bool)
    assert all(isinstance(w, str) for w in lemmas(text))


@pytest.mark.parametrize("text", WEIRD)
def test_weird_input_never_raises(text: str) -> None:
    _call_all(text)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.text(st.characters(codec="utf-8"), max_size=10_000),
        st.text(st.sampled_from("ja nee 7 een twee ,./%-½é👍😢🤷\u200b\u202e\x00"), max_size=60),
    )
)
def test_arbitrary_text_never_raises(text: str) -> None:
    _call_all(text)


@pytest.mark.parametrize(
    "text",
    [
        "dagboek",
        "/dagboek",
        "mijn dagboek aub",
        "laat me mijn dagboek even zien",
        "mn dagboekje?",
        "kan ik mijn gevoelsdagboek bekijken",
        "hoe ziet mijn dagboek eruit",
        "dagbok",
    ],
)
def test_asking_for_the_journal(text: str) -> None:
    assert language.global_command(text) == "journal"


@pytest.mark.parametrize(
    "text",
    [
        "ik schrijf 's avonds in mijn dagboek",
        "in mijn dagboek",  # the answer to "bewaren in je dagboek?"
        "ja, in mijn dagboek graag",
        "ik heb mijn oude dagboeken weggegooid",
    ],
)
def test_the_journal_named_in_a_sentence_is_not_a_request(text: str) -> None:
    assert language.global_command(text) is None


_KINDS = (
    Opt("niemand", "Niemand om echt mee te praten", ("niemand", "geen vrienden")),
    Opt("relatie", "Eenzaam naast partner of familie", ("naast mijn man", "mijn man")),
    Opt("groep", "Eenzaam in een groep of op werk", ("werk", "hoor er niet bij")),
    Opt("missen", "Ik mis iemand", ("missen", "overleden")),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik voel me eenzaam naast mijn man, hij zit altijd op zijn telefoon", "relatie"),
        ("sinds mijn vader is overleden is het zo stil in huis, elke avond weer", "missen"),
        # "niemand" said in a story about work is about the group there.
        ("op mijn werk praat niemand met mij en ik voel me er zo alleen door", "groep"),
        # Two kinds named, or only common words: none, the question is asked.
        ("sinds mijn man is overleden hoor ik er op mijn werk niet meer bij", None),
        ("het is moeilijk uit te leggen wat er precies aan de hand is met mij", None),
    ],
)
def test_a_longer_first_message_names_a_button_in_full(text: str, expected: str | None) -> None:
    assert language.match_choice(text, _KINDS) is None  # too long to be a button press
    assert language.named_in_story(text, _KINDS) == expected
