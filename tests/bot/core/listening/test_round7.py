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
