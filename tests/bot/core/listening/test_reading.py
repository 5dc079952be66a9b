"""The listening layer: its classifier artifact, and readings at real dialogue steps."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from rapidfuzz import fuzz

from bot.core.dialogue.spec import load_dialogues
from bot.core.listening import Reading, question_of, read
from bot.training.listening import load_corpus

ROOT = Path(__file__).resolve().parents[4]
DIALOGUES = load_dialogues()


def at(where: str, text: str, **slots: object) -> Reading:
    dialogue, _, state = where.partition(".")
    return read(text, question_of(dialogue, DIALOGUES.dialogues[dialogue].states[state]), slots)


def test_the_shipped_model_is_what_training_gives() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot.training.listening", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_reading_never_imports_the_training_library() -> None:
    code = "import bot.core.listening, bot.core.engine, sys; print('sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_the_corpus_holds_nothing_from_the_heldout_set() -> None:
    heldout = yaml.safe_load((ROOT / "tests" / "heldout" / "listening.yaml").read_text("utf-8"))
    held = set()
    for spec in heldout["groups"].values():
        for item in spec["items"]:
            held.add(str(item[0] if isinstance(item, list) else item["text"]).lower())
    corpus = [ex.text.lower() for ex in load_corpus()]
    near = [(c, h) for c in corpus for h in held if len(c) > 12 and fuzz.ratio(c, h) >= 92]
    assert not near, near[:5]


@pytest.mark.parametrize(
    ("where", "text", "kind", "value"),
    [
        ("menu.nog_iets", "doei, tot morgen", "intent", "afscheid"),
        # Someone close gone since is missing someone, not loneliness beside them.
        ("eenzaam.soort", "ik voel me zo alleen sinds mijn vrouw weg is", "choice", "missen"),
        ("eenzaam.soort", "sinds mn vent weg is voel ik me zo alleen", "choice", "missen"),
        ("eenzaam.soort", "ik voel me alleen naast mijn vrouw", "choice", "relatie"),
        # Where the feeling is asked, a place in the body is no feeling to keep.
        ("gevoelens.verfijn_verdrietig", "in mijn borst", "unclear", None),
        ("gevoelens.verfijn_boos", "op mijn broer", "unclear", None),
        # "dag!" alone is a goodbye, not the "Dagelijkse vraag" button it resembles.
        ("menu.nog_iets", "dag!", "intent", "afscheid"),
        # "ik durf niet X": the verb after "ik" is negated, so no "kan wel" button; asked
        # about a step, the fear is what is said (at the menu it is the contact topic).
        ("eenzaam.ruimte", "ik durf niet goed contact te zoeken", "intent", "bang"),
        ("eenzaam.ruimte", "ik durf geen contact te zoeken", "intent", "bang"),
        ("menu.hoofdmenu", "ik durf niet goed contact te zoeken", "choice", "opmerken"),
        # "Not ready" is too much now; "wel aan toe" can; "niet aan toe" cannot.
        ("eenzaam.ruimte", "ik ben er nog niet klaar voor", "choice", "te_veel"),
        ("eenzaam.ruimte", "daar ben ik niet aan toe", "choice", "te_veel"),
        ("eenzaam.ruimte", "daar ben ik wel aan toe", "choice", "kan"),
        # Where a feeling is asked, an amount alone is no feeling (never stored).
        ("gevoelens.verfijn_verdrietig", "niet zo heel erg, een 4 ofzo", "unclear", None),
        (
            "gevoelens.verfijn_verdrietig",
            "alsof ik er niet bij hoor",
            "text",
            "alsof ik er niet bij hoor",
        ),
        # A bad outcome wins over a kinder button the words point at loosely.
        ("opmerken.hoe_ging", "we kregen woorden", "choice", "lastig"),
        ("gevoelens.nazorg", "het ging helemaal mis", "choice", "slechter"),
        ("gevoelens.lichaam", "ben je een robot?", "intent", "ben_je_mens"),
        ("rust.horen", "ik wil liever met een mens praten", "intent", "wil_mens"),
        ("menu.hoofdmenu", "mijn vader is vorige maand gestorven", "intent", "verlies"),
        ("herkaderen.gedachte", "ga een stap terug", "intent", "terug"),
        ("gevoelens.intensiteit", "weet ik niet", "choice", "weet_niet"),
        ("gevoelens.intensiteit", "behoorlijk sterk", "number", 7),
        ("herkaderen.geloof", "een 7", "number", 70),
        ("herkaderen.geloof", "voor de helft", "number", 50),
        # "Bijna helemaal" is just under the top, not the top; parts of a whole in words.
        ("herkaderen.geloof", "bijna helemaal", "number", 90),
        ("herkaderen.geloof", "het grootste deel", "number", 75),
        ("herkaderen.geloof", "meer dan de helft", "number", 65),
        # "Zeker weten" is sure, not "weet ik niet"; "niet helemaal" is not the top.
        ("herkaderen.geloof", "zeker weten", "number", 100),
        ("herkaderen.geloof", "ik weet het zeker", "number", 100),
        ("herkaderen.geloof", "niet helemaal", "number", 60),
        ("herkaderen.geloof", "ik weet het niet zeker", "number", 50),
        ("herkaderen.geloof", "eigenlijk niet", "number", 15),
        ("gevoelens.intensiteit", "ergens in het midden", "number", 5),
        # Leaving for the night or the door, and giving up on the questions.
        ("menu.nog_iets", "slaap lekker", "intent", "afscheid"),
        # Free text at the menu goes to the conversation it belongs to.
        ("menu.hoofdmenu", "ik kan niet slapen, ik pieker", "choice", "rust"),
        ("menu.hoofdmenu", "laat mijn dagboek zien", "choice", "dagboek"),
        ("menu.hoofdmenu", "hoe maak ik vrienden", "intent", "niemand"),
        ("herkaderen.gedachte", "kunnen we ophouden", "intent", "stop"),
        ("herkaderen.gedachte", "help me", "intent", "help"),
        # A clause-final "niet" negates the verb: "ik durf niet" is no yes.
        ("eenzaam.ruimte_niemand", "ik durf niet", "intent", "bang"),
        ("eenzaam.ruimte_niemand", "dat lukt me niet", "choice", "te_veel"),
        ("eenzaam.ruimte_niemand", "kan wel denk ik", "choice", "kan"),
        ("eenzaam.ruimte_niemand", "vandaag niet", "choice", "te_veel"),
        ("menu.nog_iets", "ik moet gaan, de bel gaat", "intent", "afscheid"),
        ("menu.nog_iets", "tot over twee dagen", "intent", "afscheid"),
        ("gevoelens.lichaam", "ik heb geen zin meer in die vragen", "intent", "stop"),
        ("welkom.regio", "ik woon in Leuven", "choice", "be"),
        ("welkom.regio", "Zwolle", "choice", "nl"),
        # A town with one slip; a name both countries have is asked, never guessed (the
        # country decides the crisis line).
        ("welkom.regio", "ik woon in leuvn", "choice", "be"),
        ("welkom.regio", "amsterdm", "choice", "nl"),
        ("welkom.regio", "ik woon in limburg", "unclear", None),
        ("welkom.regio", "brabant", "unclear", None),
        ("welkom.regio", "noord-brabant", "choice", "nl"),
        ("welkom.regio", "in belgisch limburg", "choice", "be"),
        ("welkom.regio", "ik woon in een flatje", "unclear", None),
        ("welkom.regio", "zeg ik liever niet", "choice", "geen"),
        ("opmerken.naam", "ze heet Mieke", "text", "Mieke"),
        ("opmerken.naam", "ja", "unclear", None),
        ("opmerken.naam", "weet ik niet", "intent", "weet_niet"),
        ("opmerken.hoe_ging", "hij reageerde kortaf", "choice", "lastig"),
        ("opmerken.hoe_ging", "nog niks gehoord", "choice", "stil"),
        # Scolded is bad; read but no answer is silence; not done is not thanked as a step.
        ("opmerken.hoe_ging", "ze heeft me uitgescholden", "choice", "lastig"),
        ("opmerken.hoe_ging", "hij las het maar antwoordde niet", "choice", "stil"),
        ("opmerken.hoe_ging", "ik durfde het toch niet", "choice", "niet_gedaan"),
        ("opmerken.hoe_ging", "we hebben een uur gekletst", "choice", "fijn"),
        ("opmerken.hoe_ging", "niet zo goed", "choice", "lastig"),
        # A call back is how it went, not "go back a question"; a letdown is not praised.
        ("opmerken.hoe_ging", "ze belde meteen terug", "choice", "fijn"),
        ("opmerken.hoe_ging", "viel tegen eigenlijk", "choice", "lastig"),
        ("opmerken.hoe_ging", "hij schreef terug dat hij het druk had", "choice", "lastig"),
        ("menu.hoofdmenu", "ik wil tot rust komen", "choice", "rust"),
        # Someone close died, said with loneliness (and a typo): the loss comes first.
        ("menu.hoofdmenu", "ik voel me zo aleen sinds mn vrouw dood is", "intent", "verlies"),
        ("menu.hoofdmenu", "ik ben zo eenzaam sinds mn hond dood is", "intent", "verlies"),
        ("menu.hoofdmenu", "ik voel me zo alleen, dood vanbinnen", "intent", "eenzaam"),
        # The same at the very first question: the loss, not only the loneliness.
        ("welkom.regio", "ik voel me zo alleen sinds mijn vrouw dood is", "intent", "verlies"),
        # "er nie meer" as spoken: a death, not loneliness beside a partner.
        ("welkom.regio", "ik voel me zo alleen sinds mn vrouw er nie meer is", "intent", "verlies"),
        ("menu.hoofdmenu", "ik ben zo eenzaam sinds mijn man er ni meer is", "intent", "verlies"),
        # Typed as people type, with the model unsure: still the loss, not "Nederland of België?".
        (
            "welkom.regio",
            "ik voel me zo aleen sinds mn vrouw dood is, elke avond is zo stil",
            "intent",
            "verlies",
        ),
        # Where a time is asked, a time said is the answer, also in words like a goodbye.
        ("dagelijks.tijd", "voor het slapengaan", "text", "voor het slapengaan"),
        ("dagelijks.tijd", "8pm", "text", "8pm"),
        ("dagelijks.tijd", "doei", "intent", "afscheid"),
        # "een" as an article is no one o'clock: the question about a person stays one.
        ("dagelijks.tijd", "kan ik met een echt persoon praten", "intent", "wil_mens"),
        ("dagelijks.tijd", "praat ik nu met een robot?", "intent", "ben_je_mens"),
        # A longer answer that names one option in full chooses it.
        (
            "eenzaam.soort",
            "ik voel me vaak alleen naast mijn man, hij zegt bijna nooit iets tegen mij",
            "choice",
            "relatie",
        ),
        # Coming back later is a goodbye, not "go back a question".
        ("gevoelens.intensiteit", "ik kom later terug", "intent", "afscheid"),
        ("gevoelens.intensiteit", "wat kun jij eigenlijk", "intent", "help"),
        # A command the engine runs itself is read as words here, never a crash.
        ("menu.hoofdmenu", "mijn dagboek", "choice", "dagboek"),
        ("menu.hoofdmenu", "ik ben gespannen", "choice", "rust"),
        # Wanting to stop ruminating is not the command "stop".
        ("menu.hoofdmenu", "ik wil stoppen met piekeren", "choice", "rust"),
        # A "niet" a few little words later still negates the verb ("lukt me nu echt
        # niet"), and "dat" right before it is the object, not a new clause.
        ("eenzaam.ruimte", "dat lukt me nu echt niet", "choice", "te_veel"),
        ("eenzaam.ruimte", "ik heb er de energie niet voor", "choice", "te_veel"),
        ("eenzaam.ruimte", "ik durf dat niet", "intent", "bang"),
        ("eenzaam.ruimte", "dat is een te grote stap", "choice", "te_veel"),
        ("eenzaam.ruimte", "nog niet", "choice", "te_veel"),
        ("eenzaam.ruimte", "ik sta ervoor open", "choice", "kan"),
        ("eenzaam.ruimte", "ik sta er niet voor open", "choice", "te_veel"),
        ("eenzaam.ruimte", "daar heb ik wel zin in", "choice", "kan"),
        # The kinds of loneliness in everyday words.
        ("eenzaam.soort", "mijn vrienden zijn allemaal weggevallen", "choice", "niemand"),
        ("eenzaam.soort", "de telefoon gaat nooit", "choice", "niemand"),
        ("eenzaam.soort", "ik ben getrouwd maar voel me toch alleen", "choice", "relatie"),
        ("eenzaam.soort", "we leven langs elkaar heen", "choice", "relatie"),
        ("eenzaam.soort", "op de verjaardag zat ik er maar wat bij", "choice", "groep"),
        ("eenzaam.soort", "mijn vrienden hebben me laten vallen", "choice", "afwijzing"),
        ("eenzaam.soort", "mijn zus heeft het contact verbroken", "choice", "afwijzing"),
        ("eenzaam.soort", "ze lachen me uit", "choice", "afwijzing"),
        # Free text at the menu in moodier words.
        ("menu.hoofdmenu", "alles voelt zo zwaar vandaag", "choice", "gevoelens"),
        ("menu.hoofdmenu", "we zouden koffie drinken maar ze cancelde", "choice", "afspraak"),
        ("menu.hoofdmenu", "de avonden zijn zo leeg en stil", "intent", "eenzaam"),
        # A death where a button would also fit is the loss first; a pet put to sleep too.
        ("opmerken.wie", "mijn man is net gestorven", "intent", "verlies"),
        ("rust.horen", "we moesten vandaag onze hond laten inslapen", "intent", "verlies"),
        # Giving up a question is stopping, never stored as the answer.
        ("herkaderen.feiten", "hier heb ik geen zin meer in", "intent", "stop"),
        # Yes/no in more words; the region question refused or answered from abroad.
        ("eenzaam.iemand", "niet dat ik weet", "choice", "nee"),
        ("eenzaam.iemand", "helaas niet", "choice", "nee"),
        ("welkom.regio", "gaat je niks aan", "choice", "geen"),
        ("welkom.regio", "ik woon in Duitsland", "choice", "geen"),
        # Not done, in words between which "uiteindelijk" stands.
        ("opmerken.hoe_ging", "ik durfde het uiteindelijk niet", "choice", "niet_gedaan"),
        ("opmerken.hoe_ging", "er is niks van gekomen", "choice", "niet_gedaan"),
    ],
)
def test_readings(where: str, text: str, kind: str, value: object) -> None:
    reading = at(where, text)
    assert (reading.kind, reading.value) == (kind, value)


def test_a_name_said_with_the_person() -> None:
    reading = at("opmerken.wie", "mijn zus Mieke")
    assert (reading.value, reading.name) == ("familie", "Mieke")


def test_an_empty_day_is_not_a_good_answer() -> None:
    reading = at("dagelijks.vraag", "met niemand gesproken vandaag", thema="contact")
    assert reading.outcome == "none"
    assert at("dagelijks.vraag", "het was een lege dag", thema="contact").outcome == "none"


def test_going_somewhere_is_not_a_bad_day() -> None:
    """ "naar" is also "to": "naar de markt" was read as "nasty" and got "Dat klinkt zwaar"."""
    reading = at("dagelijks.vraag", "goed, ik ben naar de markt geweest", thema="contact")
    assert reading.outcome == "good"
    assert at("dagelijks.vraag", "het voelde naar", thema="gevoel").outcome == "bad"


def test_a_time_relative_to_the_one_proposed() -> None:
    assert at("dagelijks.bevestig", "kan het een uur later", tijd="09:00").value == "10:00"
