"""Round 7 of listening (issue 11), from probe messages of my own: thanks said with how it
went, "doei" after a no, a message not sent, people who want nothing to do with you, a
fear of the night alone."""

from __future__ import annotations

import pytest

from bot.core.dialogue.spec import load_dialogues
from bot.core.listening import Reading, question_of, read

DIALOGUES = load_dialogues()


def at(where: str, text: str) -> Reading:
    dialogue, _, state = where.partition(".")
    return read(text, question_of(dialogue, DIALOGUES.dialogues[dialogue].states[state]), {})


@pytest.mark.parametrize(
    ("where", "text", "choice"),
    [
        ("gevoelens.nazorg", "veel beter, dank je", "beter"),
        ("gevoelens.nazorg", "slechter eigenlijk, maar bedankt", "slechter"),
        ("gevoelens.nazorg", "het lucht op", "beter"),
        ("opmerken.hoe_ging", "ik heb het toch niet verstuurd", "niet_gedaan"),
        ("eenzaam.soort", "ze willen niks met me te maken hebben", "afwijzing"),
        # A no in front of the button's own words is that button, not "terug".
        ("opmerken.concept", "nee ik wil het anders", "aanpassen"),
        ("opmerken.concept", "ja, zo is het goed", "goed"),
    ],
)
def test_the_answer_is_heard_in_everyday_words(where: str, text: str, choice: str) -> None:
    r = at(where, text)
    assert (r.kind, r.value) == ("choice", choice), r


def test_thanks_alone_is_still_a_goodbye_where_the_bot_asks_how_it_went() -> None:
    assert at("gevoelens.nazorg", "dank je wel, doei").value == "afscheid"


@pytest.mark.parametrize(
    ("where", "text", "intent"),
    [
        ("menu.nog_iets", "laat maar zitten, doei", "afscheid"),
        ("menu.hoofdmenu", "ik ben bang om alleen te zijn vannacht", "bang"),
    ],
)
def test_the_intent_is_heard(where: str, text: str, intent: str) -> None:
    r = at(where, text)
    assert (r.kind, r.value) == ("intent", intent), r


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("misschien mijn zus bellen", "stapje"),
        ("ik kan mijn dochter bellen", "stapje"),
        ("bellen", "mens"),
        ("de luisterlijn", "mens"),
    ],
)
def test_calling_someone_of_ones_own_is_a_step_towards_them_not_a_helpline(
    text: str, choice: str
) -> None:
    r = at("verlies.gehoord_keuze", text)
    assert (r.kind, r.value) == ("choice", choice), r


@pytest.mark.parametrize("text", ["misschien mijn zus bellen", "ik kan mijn dochter bellen"])
def test_where_free_text_is_taken_the_person_named_is_heard_in_full(text: str) -> None:
    # verlies.gehoord routes a named relative to "Fijn dat je aan iemand denkt".
    r = at("verlies.gehoord", text)
    assert (r.kind, r.value) == ("text", text), r


@pytest.mark.parametrize("text", ["nieuwe mensen leren kennen", "ik wil vrienden maken"])
def test_an_aim_on_the_way_to_new_people_is_the_answer_not_a_new_disclosure(text: str) -> None:
    assert at("nieuw.uitleg", text).kind == "text"


def test_having_nobody_said_there_is_still_acknowledged() -> None:
    assert at("nieuw.uitleg", "ik heb echt niemand").value == "niemand"


@pytest.mark.parametrize("text", ["ik mis onze gesprekken", "ik mis hoe het vroeger was"])
def test_missing_closeness_beside_a_partner_is_no_bereavement(text: str) -> None:
    assert at("relatie.erkennen", text).value != "verlies"


def test_a_death_told_in_the_relationship_branch_is_still_a_loss() -> None:
    assert at("relatie.erkennen", "mijn man is overleden").value == "verlies"


@pytest.mark.parametrize("text", ["iemand van het koor", "iemand van de kerk"])
def test_a_labels_generic_iemand_does_not_choose_family(text: str) -> None:
    r = at("opmerken.wie", text)
    assert (r.kind, r.value) == ("text", text), r


@pytest.mark.parametrize("text", ["iemand uit mijn familie", "familie"])
def test_family_itself_still_chooses_family(text: str) -> None:
    assert at("opmerken.wie", text).value == "familie"


@pytest.mark.parametrize(
    ("where", "text"),
    [
        ("opmerken.aanvullen", "ja is goed"),
        ("opmerken.aanvullen", "oké"),
        ("opmerken.naam", "ja"),
        ("opmerken.naam", "weet ik niet"),
    ],
)
def test_a_non_answer_is_never_kept_as_a_name_or_an_observation(where: str, text: str) -> None:
    # A draft once read "Hoi Lotte, het viel me op dat ja is goed."
    assert at(where, text).kind in ("unclear", "intent")


def test_an_observation_is_still_turned_to_the_other_person() -> None:
    assert at("opmerken.aanvullen", "ze lacht minder").value == "je minder lacht"


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("ze lacht minder dan vroeger", "je minder lacht dan vroeger"),
        ("ze lacht nie meer zo vaak", "je niet meer zo vaak lacht"),
    ],
)
def test_what_was_noticed_is_used_at_once_in_the_draft(text: str, clause: str) -> None:
    # Not asked for again in a set sentence ("Maak deze zin eens af").
    r = at("opmerken.opgemerkt", text)
    assert (r.kind, r.value) == ("text", clause), r


def test_something_else_asks_for_the_sentence() -> None:
    assert at("opmerken.opgemerkt", "iets anders").value == "anders"
