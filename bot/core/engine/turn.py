"""The pure dialogue engine: (inbound event, stored state) -> (new state, actions).

No I/O happens here. The runtime loads state, calls :meth:`Engine.turn`, commits
the result and only then hands the replies to an adapter.

Order of work in every turn, whatever the state:
1. safety screening (a clear sign interrupts with the crisis lines, an unclear
   sign with a direct check question);
2. global commands (stop, menu, help, privacy, export, forget, region);
3. the current dialogue state interprets the answer and the shared Machine moves on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from bot.core import contract, listening, safety
from bot.core.crisis_lines import (
    load_crisis_lines,
)
from bot.core.dialogue.actions import QuietHours
from bot.core.dialogue.machines import (
    NUMBER,
    TEXT,
    build_machine,
    fire,
    intent_trigger,
    pick_trigger,
)
from bot.core.dialogue.model import StateSpec
from bot.core.dialogue.spec import DialogueSet, load_dialogues
from bot.core.engine.context import (
    _SAFETY_TARGET,
    _STATE_INTENT,
    _TEXT_OF_INTENT,
    BACK,
    GROUP,
    IDLE,
    LINES_GIVEN,
    MAX_SLOT_CHARS,
    MENU,
    Turn,
)
from bot.core.engine.rooms import Rooms
from bot.core.language import understand as language
from bot.core.language.normalise import plain
from bot.core.listening.places import asks_country, region_of
from bot.core.messages import (
    ConversationState,
    ExportData,
    Inbound,
    Profile,
    SlotValue,
    TurnResult,
    said_digest,
)

# Turns within which distress already acknowledged is not acknowledged again.
_DISTRESS_AGAIN = 5
# "vlaanderen", "ik woon in Gent": a country said late is a short message of its own.
_LATE_REGION_WORDS = 4


_CHECK_PENDING = (contract.SAFETY_CHECK.dialogue, str(contract.SAFETY_CHECK.state))
# A greeting on its own, wherever it comes: a hello back and the question again (it was
# "Dat begreep ik niet helemaal"). Not a bare "morgen": it is "tomorrow" as often.
_HELLO = re.compile(
    r"(?:hoi|hallo|hey|hee|hai|hi|hallootjes|hoihoi|hoi hoi|(?:goede|goeie|goeden) ?morgen"
    r"|(?:goede|goeie|goeden) ?middag)(?: (?:verbonden|allemaal|daar|bot))?$"
)
# Words that say hello as well as goodbye: a hello where someone arrives (the conversation
# rests after an end, or the main menu waits; there a bare "dag" stays a goodbye).
_GREETS_TOO = re.compile(
    r"(?:dag|goeiedag|goeiendag|goedendag|goededag|(?:goede|goeie|goeden|goeien) ?avond)"
    r"(?: allemaal| verbonden)?$"
)


class Engine(Rooms):
    """Holds the dialogue rulebooks; every conversation shares them.

    ``quiet`` is the quiet hours of the configured scheduler: the daily question's
    dialogue refuses times in them and names them in its texts ({stil_vanaf},
    {stil_tot}). The engine reads no config itself; whoever builds it for real use
    passes [scheduler] quiet_hours_start/end (see bot/app/cli.py).
    """

    def __init__(
        self, dialogues: DialogueSet | None = None, *, quiet: QuietHours | None = None
    ) -> None:
        self.quiet = quiet or QuietHours()
        # Refuse to start with a broken crisis-lines file or safety model (each error
        # names the entry), rather than failing on the first person in crisis.
        load_crisis_lines()
        safety.load_model()
        self.dialogues = dialogues or load_dialogues()
        self.specs = self.dialogues.dialogues
        self.texts = self.dialogues.common
        self.machines = {name: build_machine(spec) for name, spec in self.specs.items()}

    # ----------------------------------------------------------------- entry points

    def new_state(self) -> ConversationState:
        return ConversationState(
            contract.WELCOME.dialogue, self.specs[contract.WELCOME.dialogue].start
        )

    def turn(
        self, inbound: Inbound, stored: ConversationState | None, profile: Profile | None
    ) -> TurnResult:
        first_contact = stored is None
        t = Turn(stored or self.new_state(), profile or Profile(), self.quiet)
        previous_flagged = stored.flagged if stored else False
        if inbound.kind == "followup":
            self._follow_up(t, inbound)
        elif inbound.kind == "checkin":
            self._checkin_post(t, inbound)
        elif inbound.chat_type == "group":
            self._group(t, inbound, previous_flagged)
        else:
            self._private(t, inbound, previous_flagged, first_contact)
        return t.result()

    # ----------------------------------------------------------------- private chats

    def _private(self, t: Turn, inbound: Inbound, flagged: bool, first_contact: bool) -> None:
        if (t.dialogue, t.state) == GROUP:  # a group conversation never carries over
            t.dialogue, t.state = self.new_state().dialogue, self.new_state().state
        text = inbound.text
        # Typed text, button labels, captions of photos and files, edits: all screened.
        if text and self._screened(t, text, flagged):
            return
        if inbound.edited:
            return  # an edit is screened; otherwise the conversation already moved on
        if self._private_checkin_answer(t, inbound, first_contact):
            return
        if inbound.opened_for in ("crisis", "reached"):
            # Opened from the crisis reply in a group, or written to by the bot after it:
            # support first, welcome later, and never the answer to an old question.
            t.flagged = True
            t.concern_turn = t.turn
            self._enter_safety(
                t, contract.FROM_GROUP if inbound.opened_for == "crisis" else contract.REACHED
            )
            return
        if first_contact:
            # What the first message already said decides how the welcome starts: a
            # loss or loneliness is answered before anything practical.
            first = listening.disclosure(text) if text else None
            if first == "verlies":
                t.slots["eerste_wens"] = "verlies"
                t.slots["verlies_soort"] = listening.loss_kind(text)
            elif first == "eenzaam" or language.wants_lonely_talk(text):
                t.slots["eerste_wens"] = "eenzaam"
            self._go(t, contract.WELCOME)
            return
        if inbound.kind == "unsupported":
            self._say(t, self._variant(t, "unsupported"))
            self._reprompt(t)
            return
        command = language.global_command(text) if inbound.kind == "text" else None
        if command:
            self._command(t, command)
            return
        if inbound.kind == "text" and self._schedule_command(t, text):
            return
        self._answer(t, inbound)

    def _screened(self, t: Turn, text: str, flagged: bool) -> bool:
        """Safety first: True when the screening took over this turn."""
        before = t.concern_turn
        result = self._screen(t, text, flagged)
        in_veilig = t.dialogue == contract.SAFETY
        if result.level == "none":
            # Violence at home: its own calm path, never a draft to the person feared.
            if result.violence and not (in_veilig and t.state.startswith("geweld")):
                self._enter_safety(t, contract.VIOLENCE)
                return True
            if result.distress and not in_veilig and self._first_distress(t, before, text):
                # "ik voel me zo waardeloos": heard before anything else, once in a while.
                self._say(t, self._variant(t, "zwaar_erkennen"))
            return False
        # Worry about someone else gets the answer for naasten; once the user is
        # telling about it there (veilig.naaste*), their words are just listened to.
        naaste = result.reason == "someone_else"
        if naaste and in_veilig and t.state.startswith("naaste"):
            return False
        if naaste:
            acute = result.level == "acute"
            self._enter_safety(t, contract.SOMEONE_ELSE_ACUTE if acute else contract.SOMEONE_ELSE)
        elif (
            result.level == "unclear"
            and in_veilig
            and t.slots.get(LINES_GIVEN)
            and result.reason != "joke_after_disclosure"
        ):
            # The check was answered and the lines given: asking it again would not listen.
            # ("grapje" after a sign is asked about directly: the sign is now in doubt.)
            self._enter_safety(t, contract.CRISIS)
        elif result.level == "unclear" and (t.dialogue, t.state) == _CHECK_PENDING:
            # The direct question already waits: this is its answer ("nee, gewoon even weg
            # van alles"). Asked again from the top, the person would not be heard.
            return False
        else:
            self._enter_safety(t, _SAFETY_TARGET[result.level])
        return True

    @staticmethod
    def _first_distress(t: Turn, before: int, text: str) -> bool:
        """Not said again within a few turns, nor where loneliness or a death is named
        (their own acknowledgement follows)."""
        if before and t.turn - before <= _DISTRESS_AGAIN:
            return False
        return not language.wants_lonely_talk(text) and listening.loss_kind(text) != "dood"

    def _enter_safety(self, t: Turn, target: contract.Entry) -> None:
        if t.dialogue not in (contract.SAFETY, contract.FORGET.dialogue):
            t.resume = (t.dialogue, t.state)
        t.unclear = 0
        self._go(t, target)

    @staticmethod
    def _stopped_text(t: Turn) -> str:
        """Stopping on the crisis path, or soon after a risk sign or strong distress
        elsewhere, still leaves the region's line behind."""
        if t.dialogue != contract.SAFETY:
            return "stopped_safety" if t.recent_concern() else "stopped"
        return "stopped_violence" if t.state.startswith("geweld") else "stopped_safety"

    def _command(self, t: Turn, command: str) -> None:
        t.unclear = 0
        if command == "stop":
            self._say(t, self._variant(t, self._stopped_text(t)))
            self._arrive(t, *IDLE)
        elif command in ("menu", "start"):
            if t.profile.welcomed:
                self._enter(t, *MENU)
            else:
                self._go(t, contract.WELCOME)
        elif command in ("help", "privacy"):
            self._say(t, self._variant(t, command))
            self._reprompt(t)
        elif command == "export":
            self._say(t, self._variant(t, "export_intro"))
            t.emit(ExportData())
            self._reprompt(t)
        elif command == "journal":
            self._go(t, contract.JOURNAL)
        elif command in ("forget", "region"):
            if t.dialogue not in (
                contract.SAFETY,
                contract.FORGET.dialogue,
                contract.WELCOME.dialogue,
            ):
                t.resume = (t.dialogue, t.state)
            self._go(t, contract.FORGET if command == "forget" else contract.REGION)

    def _answer(self, t: Turn, inbound: Inbound) -> None:
        st = self.specs[t.dialogue].states[t.state]
        if inbound.kind == "text" and self._late_region(t, st, inbound.text):
            return
        understood = self._understand(t, st, inbound)
        if understood in (None, "afscheid") and self._greeting(t, understood, inbound):
            self._hello(t, st)
            return
        if understood is None:
            self._unclear(t, st)
            return
        if inbound.kind == "text":
            t.heard = (inbound.text, t.dialogue)
        if isinstance(understood, str):
            self._listen(t, st, understood)
            return
        trigger, kwargs = understood
        t.unclear = 0
        if st.waits:
            t.slots[BACK] = f"{t.dialogue}.{t.state}"  # for "terug" at the next question
        fire(self.machines[t.dialogue], trigger, t, **kwargs)
        t.slots.update(t.after)
        self._settle(t)

    def _late_region(self, t: Turn, st: StateSpec, text: str) -> bool:
        """The country named after the region question went by (a loss said first
        skips it): kept for the crisis lines, and the current question comes again."""
        if t.profile.region is not None or len(text.split()) > _LATE_REGION_WORDS:
            return False
        if asks_country(c.id for c in st.choices):
            return False  # the region question itself reads it
        if st.free_text is not None and st.free_text.expects == "name":
            return False  # "Luuk" is a person here, not a place
        region = region_of(text)
        if region is None:
            return False
        t.profile = replace(t.profile, region=region)
        self._say(t, self._variant(t, "regio_onthouden"))
        self._reprompt(t)
        return True

    def _understand(
        self, t: Turn, st: StateSpec, inbound: Inbound
    ) -> tuple[str, dict[str, Any]] | str | None:
        """The trigger this answer fires here, an intent (str) for :meth:`_listen`, or None."""
        if inbound.kind == "choice" and inbound.choice_id:
            for choice in st.choices:
                if choice.id == inbound.choice_id:
                    return pick_trigger(choice.id), {}
            # A button from an older message: read its label like typed text.
        text = inbound.text.strip()
        # The crisis path's own intents come before a button they happen to name:
        # "bellen durf ik niet" is not the button "bellen".
        # But a plain "ja" or "ok" answers a yes/no question; it is not silence, and a
        # plain "nee" to "ben je op dit moment veilig?" is "not safe", never a denial.
        answer = language.parse_yes_no(text)
        answers = answer is not None and any(c.answer == answer for c in st.choices)
        for intent in st.intents:
            if intent.intent == "lonely" or (answers and intent.intent in ("stil", "ontkent")):
                continue
            if language.has_intent(text, intent.intent):
                return intent_trigger(intent.intent), {}
        reading = listening.read(text, listening.question_of(t.dialogue, st), t.slots)
        if reading.outcome:
            t.slots["uitkomst"] = reading.outcome
        if reading.kind == "choice" and isinstance(reading.value, str):
            if reading.name:  # after the step's own slots: "mijn zus Ria" keeps Ria
                t.after["naam"] = reading.name
            return pick_trigger(reading.value), {}
        if reading.kind == "number":
            return NUMBER, {"value": reading.value}
        if reading.kind == "text" and st.free_text:
            return TEXT, {"value": str(reading.value)[:MAX_SLOT_CHARS]}
        if reading.kind == "intent" and isinstance(reading.value, str):
            for intent in st.intents:  # a state's own route for it wins ("lonely" at the menu)
                if intent.intent == _STATE_INTENT.get(reading.value):
                    return intent_trigger(intent.intent), {}
            return reading.value
        # Nothing else understood it: the readable loneliness rules (typos, word orders)
        # still route "ik voel me zo eenzam de laatste tijd" where a state asks for it.
        if any(i.intent == "lonely" for i in st.intents) and language.has_intent(text, "lonely"):
            return intent_trigger("lonely"), {}
        return None

    def _listen(self, t: Turn, st: StateSpec, intent: str) -> None:
        """What people say beyond the question, in any state (bot.core.listening.intents)."""
        t.unclear = 0
        if intent in listening.INTENT_COMMANDS:
            self._command(t, listening.INTENT_COMMANDS[intent])
        elif intent == "afscheid":
            self._say(t, self._variant(t, "afscheid"))
            self._arrive(t, *IDLE)
        elif intent == "terug":
            back = t.slots.pop(BACK, None)
            if isinstance(back, str) and "." in back:
                self._say(t, self._variant(t, "terug"))
                dialogue, state = back.split(".", 1)
                self._arrive(t, dialogue, state)
                st_back = self.specs[dialogue].states.get(state)
                if st_back is not None and st_back.waits and not st_back.silent:
                    # Only the question again: "Dank je dat je het vertelt" thanked
                    # for the answer the person just took back.
                    self._reprompt(t)
                else:
                    self._settle(t)
            else:
                self._say(t, self._variant(t, "terug_begin"))
                self._reprompt(t)
        elif intent == "dagelijks_stop":
            self._go(t, contract.DAILY_STOP)
        elif intent == "verlies" and t.dialogue == contract.SAFETY:
            # On the crisis path a loss ("mijn man is er niet meer") is the weight behind
            # it, not a new topic: acknowledged, and the path's question stands (the loss
            # conversation would leave "ben je op dit moment veilig?" unanswered).
            self._say(t, self._variant(t, "verlies_veilig"))
            self._reprompt(t)
        elif intent == "verlies":
            if t.dialogue not in ("menu", "welkom", contract.LOSS.dialogue, contract.SAFETY):
                t.resume = (t.dialogue, t.state)
            # The kind of loss (a category, never the words) lets the reply fit it.
            t.slots["verlies_soort"] = listening.loss_kind(t.heard[0] if t.heard else "")
            self._go(t, contract.LOSS)
        elif intent in ("eenzaam", "niemand") and t.dialogue not in (
            contract.LONELY.dialogue,
            contract.NEW_PEOPLE.dialogue,
            contract.SAFETY,
        ):
            # Where the words already choose a kind ("ik ken hier niemand"), that answer
            # acknowledges them in its own words: no second "Dat is zwaar" before it.
            if not self._will_carry(t, contract.LONELY.dialogue, str(contract.LONELY.state)):
                self._say(t, self._variant(t, _TEXT_OF_INTENT[intent]))
            self._go(t, contract.LONELY)
        elif intent == "weet_niet":
            self._say(t, self._variant(t, "weet_niet"))
            self._reprompt(t)
        else:  # ben_je_mens, wil_mens, bang, or eenzaam/niemand where that is the topic
            self._say(t, self._variant(t, _TEXT_OF_INTENT.get(intent, intent)))
            self._reprompt(t)

    @staticmethod
    def _greeting(t: Turn, understood: object, inbound: Inbound) -> bool:
        """A hello on its own; "dag" or "goedenavond" only where someone arrives (at rest,
        or at the main menu, where a bare "dag" stays a goodbye)."""
        said = plain(inbound.text) if inbound.kind == "text" else ""
        if understood is None:
            return bool(_HELLO.match(said))
        here = (t.dialogue, t.state)
        arriving = here == IDLE or (here == MENU and said != "dag")
        return arriving and bool(_GREETS_TOO.match(said))

    def _hello(self, t: Turn, st: StateSpec) -> None:
        """A greeting: said back, then the question that waits (in Flanders "dag" and
        "goeiendag" are the usual hello; after an end, not a second goodbye)."""
        t.unclear = 0
        if (t.dialogue, t.state) == IDLE:
            self._unclear(t, st)  # the resting state's rephrasings are its hellos
            t.unclear = 0
            return
        self._say(t, self._variant(t, "hallo"))
        self._reprompt(t)

    def _unclear(self, t: Turn, st: StateSpec) -> None:
        """A kind rephrase with the options again; never the same sentence twice in a row."""
        # The state's own rephrasings first, then the general ones, in rotation.
        general = self.texts.get("unclear_number" if st.number else "unclear")
        variants: Sequence[str] = (*st.rephrase, *general)
        extra: dict[str, SlotValue] = {}
        if st.number:
            extra = {"min": st.number.low, "max": st.number.high}
        texts = [self._format(t, v, extra) for v in variants]
        pick = t.unclear % len(texts)
        if said_digest(texts[pick]) == t.last_said and len(texts) > 1:
            pick = (pick + 1) % len(texts)
        t.unclear += 1
        if t.unclear == 3:  # once, not on every further try
            # On the crisis path the way out is the line, not the menu.
            escape = "unclear_escape_safety" if t.dialogue == contract.SAFETY else "unclear_escape"
            self._say(t, self._variant(t, escape))
        self._say(t, texts[pick], st.choices, numbered=st.number is None)
