"""Read one message at one step of a conversation: what does the person mean here?

:func:`read` is pure, like the engine that calls it. It checks, in this order:

1. a command said as a whole message ("stop", "/menu");
2. a button the message names exactly ("Nederland", "2", "ja hoor" at a yes/no);
3. a number at a scale, also in words ("de helft", "acht of negen", "een 8" on 0-100);
4. what the message says beyond the question (:mod:`bot.core.listening.intents`):
   goodbye, back, "are you a person", "I want a human", a loss, fear, loneliness,
   "weet ik niet", commands in one's own words, and at the menu the topic;
5. a button the message points at loosely (lemmas, synonyms, typos);
6. free text, checked against what the step expects (a time, a name, an
   observation about someone, a feeling word...): text that is not an answer of
   that kind is ``unclear`` and is never stored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from bot.core.language import understand as language
from bot.core.language.normalise import plain
from bot.core.listening import drafts, names, outcomes, places, scales
from bot.core.listening.intents import SURE, TOPICS, classify
from bot.core.safety.canonical import canonical

Kind = Literal["choice", "number", "intent", "text", "unclear"]
Expects = Literal["text", "feeling", "name", "observation", "thought", "time", "outcome"]

EXPECTS: tuple[Expects, ...] = get_args(Expects)
# Intents that are commands, and the language module's name for each command; the engine
# runs them as such. One table both ways ("start" is the menu too).
INTENT_COMMANDS = {
    "stop": "stop",
    "menu": "menu",
    "help": "help",
    "privacy": "privacy",
    "gegevens": "export",
    "vergeet": "forget",
    "regio": "region",
}
_COMMAND_INTENT = {cmd: intent for intent, cmd in INTENT_COMMANDS.items()} | {"start": "menu"}
# A yes or no in front of a button's own words ("nee, ik wil het anders"): the button.
_LEADING_YES_NO = re.compile(r"^(?:nee|neen|nee hoor|nee joh|ja|jawel|ja hoor|jaja)\b[\s,.!]*")
# A goodbye the greeting patterns also hear ("dag", "doei hoor") needs less certainty.
GREETING_SURE = 0.3
# Intents that are about the person: in a step that asks about someone else
# ("ze is bang", "haar hond is dood") they are part of the answer, not a disclosure.
_ABOUT_ME = frozenset({"verlies", "bang", "eenzaam"})
_MENU_STATES = frozenset({"hoofdmenu", "nog_iets", "rust"})
_FEAR = re.compile(
    r"\b(?:durf|durft|durven|eng|doodeng|bang|spannend|angst|angstig|zie er"
    r" tegenop|zie ertegen op|schrik)\b"
)


@dataclass(frozen=True, slots=True)
class Reading:
    kind: Kind
    value: str | int | None = None  # choice id, number, intent label, or text to store
    name: str | None = None  # a name said along with a choice ("mijn zus Ria")
    outcome: str | None = None  # good / neutral / bad / none, for "how did it go?"


@dataclass(frozen=True, slots=True)
class Question:
    """What a step of a dialogue accepts (built from a StateSpec by the engine)."""

    dialogue: str
    state: str
    choices: Sequence[language.Option]
    number: tuple[int, int] | None = None
    expects: Expects | None = None  # None: no free text at this step
    outcomes: Mapping[str, str] = field(default_factory=dict)  # outcome -> choice id


def question_of(dialogue: str, st: Any) -> Question:
    """The Question a dialogue state asks (``st`` is a bot.core.dialogue.spec.StateSpec)."""
    number = (st.number.low, st.number.high) if st.number else None
    expects = st.free_text.expects if st.free_text else None
    return Question(dialogue, st.name, st.choices, number, expects, st.outcomes)


def read(text: str, q: Question, slots: Mapping[str, object] | None = None) -> Reading:
    text = text.strip()
    if not text:
        return Reading("unclear")
    command = language.global_command(text)
    if command in _COMMAND_INTENT:
        return Reading("intent", _COMMAND_INTENT[command])
    # Other commands ("mijn dagboek") the engine runs before it reads; here they are
    # read like any words (the menu's own button).
    choice = language.exact_choice(text, q.choices) if q.choices else None
    if choice:
        return Reading("choice", choice, name=names.name_in(text))
    if q.number:
        value = scales.read_scale(text, *q.number)
        if value is not None:
            return Reading("number", value)
    ids = {o.id for o in q.choices}
    if places.asks_country(ids) and (country := places.region_of(text)):
        return Reading("choice", country)  # the region question: a town or province
    rest = _LEADING_YES_NO.sub("", text.casefold(), count=1)
    if q.choices and rest and rest != text.casefold():
        choice = language.exact_choice(rest, q.choices)
        if choice:
            return Reading("choice", choice, name=names.name_in(text))
    if q.choices and (answer := language.parse_yes_no(text)) is not None:
        if (
            q.expects == "time"
            and answer == "no"
            and (at := scales.read_time_answer(text, (slots or {}).get("tijd")))
        ):
            # "nee, liever om 10 uur" at "Dus om 9:00. Klopt dat?": the new time.
            return _time_said(text, at)
        same = [o.id for o in q.choices if o.answer == answer]
        if len(same) == 1:
            return Reading("choice", same[0], name=names.name_in(text))
    intent = _intent_of(text, q)
    if (
        q.expects == "time"
        and intent not in _COMMANDS
        and (at := scales.read_time_answer(text, (slots or {}).get("tijd")))
    ):
        # Where a time is asked, a time said is the answer, whatever else the words
        # resemble ("na het eten, voor ik ga slapen" is not a goodbye). Kept as said, so
        # the dialogue reads it against the configured quiet hours; a time relative to
        # the one on the table ("een uur later") is worked out here.
        return _time_said(text, at)
    unsure_here = intent is None and (q.dialogue == "menu" or q.expects is None)
    if (
        (intent in ("eenzaam", "niemand") or unsure_here)
        and q.dialogue != "verlies"
        and _a_death(text)
    ):
        # Someone close died, said with loneliness (at any step), or with the model
        # unsure at the menu or a step that takes only its buttons, such as the region
        # question ("zo aleen sinds mn vrouw dood is"): the loss is answered first.
        intent = "verlies"
    if intent is None and q.dialogue == "gevoelens" and _about_feelings(text):
        # "ik weet niet goed wat ik voel" where a feeling is asked: not knowing, not the
        # feeling itself (at the menu the same words choose this conversation).
        intent = "weet_niet"
    if (
        intent in ("eenzaam", "niemand")
        and q.dialogue in _ABOUT_NOBODY
        and _AIM.search(plain(text))
    ):
        # Already on the way that answers it: "nieuwe mensen leren kennen" there is the
        # person's aim (free text or a button), not a new disclosure to acknowledge.
        intent = None
    if intent == "verlies" and q.dialogue in _PARTNER_ALIVE and not _a_death(text):
        # "ik mis onze gesprekken" about one's partner: closeness missed, not a death.
        intent = None
    if intent == "afscheid" and q.outcomes and outcomes.said_outcome(text) in q.outcomes:
        # "veel beter, dank je" where the bot asks how it went: an answer with thanks.
        intent = None
    if intent is None and language.parse_yes_no(text) == "unsure":
        # "misschien", "tja", "kan zijn" where no button says it: not knowing, answered
        # kindly, never kept as the answer ("Dat begreep ik niet" was wrong: it was clear).
        intent = "weet_niet"
    if intent == "weet_niet":
        unsure = [o.id for o in q.choices if o.answer == "unsure"]
        if len(unsure) == 1:
            return Reading("choice", unsure[0])
    if intent and (
        intent not in _DISCLOSURES or _death_first(text, intent) or _lonely_at_menu(intent, q)
    ):
        return _intent_reading(intent, q)
    if (
        intent in ("eenzaam", "niemand", "verlies", None)
        and q.choices
        and _GONE.search(plain(text))
        and (missed := language.match_choice("gemis", q.choices))
    ):
        # "zo alleen sinds mijn vrouw weg is": someone close gone is missing someone,
        # not loneliness beside them (the button "mijn vrouw" would otherwise pick).
        return Reading("choice", missed, name=names.name_in(text))
    if q.choices:
        picked = language.match_choice(text, q.choices)
        if picked:
            return _loose_choice(text, q, picked)
    if intent:  # a loss, fear or loneliness the step's own buttons did not name
        return _intent_reading(intent, q)
    if (
        q.choices
        and q.expects in (None, "text", "feeling")
        and (story := language.named_in_story(text, q.choices))
    ):
        # A longer answer that names one option in full ("op mijn werk hoor ik er
        # gewoon niet bij, al jaren eigenlijk") chooses it, as a person would read it.
        return Reading("choice", story, name=names.name_in(text))
    return _free_text(text, q)


def _loose_choice(text: str, q: Question, picked: str) -> Reading:
    """A button the words point at loosely; where the step asks how it went, the outcome
    in the words wins over a kinder button ("we kregen woorden" is no "fijn antwoord")."""
    if not q.outcomes or picked not in q.outcomes.values():
        return Reading("choice", picked, name=names.name_in(text))
    said = outcomes.outcome_of(text)
    button = next(o for o, c in q.outcomes.items() if c == picked)
    if said in _WORSE.get(button, ()) and said in q.outcomes:
        return Reading("choice", q.outcomes[said], outcome=said)
    return Reading("choice", picked, name=names.name_in(text), outcome=button)


# A bad outcome is never praised, silence is not called neutral: these override a
# loosely matched button of the kinder kind.
_WORSE = {"good": ("bad", "none"), "neutral": ("bad",)}


# Read after the step's own buttons: "niemand begrijpt me" at "what kind of
# loneliness?" is that button, not a new topic.
_DISCLOSURES = frozenset({"verlies", "bang", "eenzaam", "niemand"})
# These end or change the conversation, so the classifier must be surer:
# "ik wil stoppen met piekeren" is not "stop".
_COMMANDS = frozenset(INTENT_COMMANDS) | {"dagelijks_stop"}
COMMAND_SURE = 0.75
_HOME = {"verlies": "verlies", "eenzaam": "eenzaam", "niemand": "eenzaam"}
# Dialogues that are themselves the answer to "ik heb niemand".
_ABOUT_NOBODY = frozenset({"nieuw"})
# Dialogues about someone alive and near: "ik mis ..." there is no bereavement.
_PARTNER_ALIVE = frozenset({"relatie"})
# What someone wants there, said in words the classifier reads as loneliness.
_AIM = re.compile(
    r"\b(?:leren kennen|ontmoeten|vrienden maken|onder de mensen|contact (?:maken|leggen)"
    r"|mensen zien|nieuwe mensen|nieuwe vrienden)\b"
)
# Someone close gone since ("sinds mijn vrouw weg is", "nu mn man er niet meer is"), not
# away for a while ("mijn man is altijd weg voor zijn werk").
_GONE = re.compile(
    r"\b(?:sinds|nu|nadat|sinds dat|sedert) (?:mijn|m'n|mn|onze|ons) (?:\w+ ){1,2}(?:weg"
    r"|er niet meer|niet meer|vertrokken|weggegaan|bij me weg|overleden|gestorven|dood)"
    r" (?:is|was|zijn|waren|ging|gingen)\b"
)
# Where in the body, said where the feeling itself is asked ("in mijn borst").
_BODY_PLACE = re.compile(
    r"(?:(?:ik voel het|het zit|voel het) )?(?:in|op|rond|achter) (?:mijn|m'n|mn|de|het|je)"
    r" (?:hoofd|keel|borst|borstkas|buik|maag|hart|nek|schouders|rug|lijf|lichaam|benen|armen"
    r"|ogen|kaak)"
)
# At whom, said where the kind of feeling is asked ("boos" -> "op mijn broer").
_AT_SOMEONE = re.compile(
    r"(?:op|tegen|over) (?:mijn|m'n|mn|de|die|dat|hem|haar|hen|ze|hun|iedereen|mezelf"
    r"|mijzelf|mij|me|zichzelf|jou|jullie)(?: \w+)?"
)
_STORY_WORDS = 25  # longer messages are stories: only what they disclose is read
# "1 dag", "twee dagen", "een week": a length of time, where "dag" is not a goodbye.
_SPAN = re.compile(
    r"\b(?:\d+|een|twee|drie|vier|vijf|zes|zeven|paar|aantal) (?:dag|dagen|dagje|dagjes|week"
    r"|weken|weekje)\b"
)


def disclosure(text: str) -> str | None:
    """The dialogue for what a message discloses ("verlies" or "eenzaam"), if sure.

    For a first message: a loss or loneliness is answered before anything practical.
    """
    intent = classify(text)
    if intent.label in _HOME and intent.p >= _FIRST_SURE and language.has_words(text):
        return "verlies" if _a_death(text) else _HOME[intent.label]
    return None


def _time_said(text: str, at: str) -> Reading:
    """A time as the answer: kept as typed, or worked out when relative ("een uur later")."""
    return Reading("text", at if scales.is_relative(text) else text)


def _lonely_at_menu(intent: str, q: Question) -> bool:
    """At the menu, loneliness said is the loneliness conversation, whatever button a
    word of it loosely fits ("ik heb niemand meer" is not "te veel", so not "rust")."""
    return q.dialogue == "menu" and _HOME.get(intent) == "eenzaam"


def _death_first(text: str, intent: str) -> bool:
    """A death said where a button would also fit ("mijn man is net gestorven" at "Aan
    wie denk je?") is the loss, not the button. What one noticed about another ("haar
    hond is dood") never gets here: :func:`_intent_of` drops the intent at that step."""
    return intent == "verlies" and _a_death(text)


def names_someone(text: str) -> bool:
    """Whether a message says who: someone close ("mijn dochter") or a name ("Sanne")."""
    return names.someone_close(text) or names.name_in(text) is not None


def loss_kind(text: str, repaired: str | None = None) -> str:
    """:func:`language.loss_kind`, also as typed in Flanders or in a hurry ("mn vrouw is
    vorig jaar gestorve"): read again in the safety screen's repaired form (``repaired``,
    when the caller has it already), which restores a dropped -n and one slip per word."""
    kind = language.loss_kind(text)
    if kind != "anders":
        return kind
    return language.loss_kind(canonical(text) if repaired is None else repaired)


def _a_death(text: str) -> bool:
    """Someone close died: said with loneliness ("zo alleen sinds mn vrouw dood is"),
    the loss is answered first, as a person would."""
    if language.loss_kind(text) == "dood" and names.someone_close(text):
        return True  # as written: no repair needed
    repaired = canonical(text)  # once, for both readings
    return loss_kind(text, repaired) == "dood" and (
        names.someone_close(text) or names.someone_close(repaired)
    )


# Lower than SURE: a wrong guess only changes the welcome's first words (both answers
# acknowledge), while a missed loss makes a widow read "Hoi, welkom" first.
_FIRST_SURE = 0.4


def _intent_of(text: str, q: Question) -> str | None:
    """The classifier's intent when it is sure enough and fits this step, else None."""
    intent = classify(text)
    label = intent.label
    sure = COMMAND_SURE if label in _COMMANDS else SURE
    if label == "afscheid" and language.has_intent(text, "groet"):
        sure = GREETING_SURE  # "dag!" alone: a goodbye, never the "Dagelijkse vraag" button
    if label == "geen" or intent.p < sure:
        return None
    n_words = len(text.split())
    if label == "afscheid" and _SPAN.search(said := plain(text)) and not said.startswith("tot "):
        return None
    if not language.has_words(text) and label not in _EMOJI_INTENTS:
        return None  # a face is read by the step's own buttons, not as a command
    if n_words > _STORY_WORDS and label not in _DISCLOSURES:
        return None
    if label in _ABOUT_ME and q.expects in ("observation", "name") and not names.first_person(text):
        return None  # "ze is bang", "haar hond is dood": part of the answer
    if q.expects == "outcome" and label in ("niemand", "eenzaam"):
        return None  # "niemand" is the answer itself where the step asks who or how
    if (
        label in ("eenzaam", "niemand")
        and q.dialogue in ("gevoelens", "herkaderen")
        and q.expects in ("text", "feeling")
    ):
        # Asked what one feels, "onbegrepen, niemand snapt me" is the feeling; asked
        # what one thought when a plan fell through, "niemand heeft ooit tijd voor mij"
        # is the thought.
        return None
    if _HOME.get(label) == q.dialogue:
        return None  # telling about a loss inside the loss conversation is the answer
    if label in TOPICS and not (q.dialogue == "menu" and q.state in _MENU_STATES):
        # At the menu "ik durf niet goed contact te zoeken" chooses the contact
        # conversation; asked about a step, the fear in it is what is said.
        return "bang" if _FEAR.search(plain(text)) else None
    return label


_NOT_KNOWING = frozenset({"weet", "idee", "benoemen", "vaag", "onduidelijk", "snap", "begrijp"})


def _about_feelings(text: str) -> bool:
    """Not knowing what one feels ("weet niet wat ik voel"), not a feeling ("ik voel me klein")."""
    said = plain(text).split()
    if not _NOT_KNOWING & set(said):
        return False
    if any(w.startswith(("voel", "gevoel")) for w in said):
        return True
    intent = classify(text)
    return intent.label == "gevoelens" and intent.p >= SURE


def _intent_reading(label: str, q: Question) -> Reading:
    if label in TOPICS:
        return Reading("choice", label)  # the menu's buttons carry the topics' names
    return Reading("intent", label)


_EMOJI_INTENTS = frozenset({"weet_niet", "afscheid"})


def _free_text(text: str, q: Question) -> Reading:
    if q.expects is None or q.expects == "time":
        return Reading("unclear")  # a time said was read in :func:`read` already
    if q.expects == "outcome":
        outcome = outcomes.outcome_of(text)
        if outcome in q.outcomes:
            return Reading("choice", q.outcomes[outcome], outcome=outcome)
        return Reading("text", text, outcome=outcome)
    if not language.has_content(text):
        # "ja is goed", "oké", "weet ik niet": no name, observation or story to keep
        # (a draft once read "het viel me op dat ja is goed").
        return Reading("unclear")
    if q.expects == "name":
        name = names.address_name(text)
        return Reading("text", name) if name else Reading("unclear")
    if q.expects == "observation":
        clause = drafts.second_person(text)
        return Reading("text", clause) if clause else Reading("unclear")
    if q.expects == "feeling" and (
        (said := plain(text)) and (_BODY_PLACE.fullmatch(said) or _AT_SOMEONE.fullmatch(said))
    ):
        # "in mijn borst" says where (asked next), "op mijn broer" at whom: not what.
        return Reading("unclear")
    if q.expects in ("feeling", "thought", "text") and scales.only_amount(text):
        # "niet zo heel erg, een 4" says how much, not what; "80" typed where the thought
        # is asked (the next question's scale, typed early) is no thought to repeat back.
        return Reading("unclear")
    return Reading("text", text)
