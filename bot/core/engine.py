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

import logging
from collections.abc import Sequence
from typing import Any

from bot.core import contract, listening, safety
from bot.core.crisis_lines import (
    chat_line,
    format_lines,
    listening_line,
    load_crisis_lines,
    nearby_help,
    short_line,
    violence_line,
)
from bot.core.dialogue.actions import QuietHours
from bot.core.dialogue.machines import (
    CONTINUE,
    NUMBER,
    TEXT,
    build_machine,
    fire,
    intent_trigger,
    pick_trigger,
)
from bot.core.dialogue.spec import RESUME, Choice, DialogueSet, StateSpec, load_dialogues
from bot.core.language import understand as language
from bot.core.messages import (
    Action,
    CheckinCommand,
    CheckinFacts,
    ConversationState,
    ExportData,
    Inbound,
    OfferPrivateChat,
    Profile,
    Reply,
    SlotValue,
    TurnResult,
    said_digest,
)
from bot.core.schedule import commands, times

MAX_SLOT_CHARS = 500  # keep what people type, but never store essays we do not need
MAX_HOPS = 50  # states that move on by themselves; the loader rejects loops
# How many turns a risk sign or strong distress colours later messages (a question
# about a high building, a dose, "how long does it take").
CONTEXT_TURNS = 12
log = logging.getLogger(__name__)
_SAFETY_TARGET = {
    "acute": contract.ACUTE,
    "clear": contract.CRISIS,
    "unclear": contract.SAFETY_CHECK,
}
MENU = (contract.MENU.dialogue, str(contract.MENU.state))
IDLE = (contract.IDLE.dialogue, str(contract.IDLE.state))
GROUP = (contract.GROUP.dialogue, str(contract.GROUP.state))
BACK = "_terug"  # slot: the question before this one, for "terug"
# A listening intent that a state may route itself (its `intents:` list).
_STATE_INTENT = {"eenzaam": "lonely", "bang": "bang", "weet_niet": "weet_niet"}
# A message of fewer words only chose where to go; a sentence may answer the next question.
_CARRY_WORDS = 3
# The common text that answers an intent, where its name is not the text's key.
_TEXT_OF_INTENT = {"eenzaam": "eenzaam_erkennen", "niemand": "niemand_erkennen"}


class _Turn:
    """The model handed to the shared Machine for one event (never registered with it)."""

    def __init__(self, stored: ConversationState, profile: Profile, quiet: QuietHours) -> None:
        self.dialogue = stored.dialogue
        self.state = stored.state  # the attribute `transitions` reads and writes
        self.slots: dict[str, SlotValue] = dict(stored.slots)
        self.resume = stored.resume
        self.profile = profile
        self.quiet = quiet  # read by the conditions time_ok and time_quiet
        self.last_said = stored.last_said
        self.unclear = stored.unclear_count
        self.flagged = False
        self.turn = stored.turn + 1
        self.concern_turn = stored.concern_turn
        self.actions: list[Action] = []
        self.after: dict[str, SlotValue] = {}  # slots read along with an answer
        # The typed message and the dialogue it was answered in, for a ``carry`` state
        # of another dialogue it leads into (used once, never stored).
        self.heard: tuple[str, str] | None = None
        self.risk = "none"  # what the safety screen found (see TurnResult.risk)

    def emit(self, action: Action) -> None:
        self.actions.append(action)
        if isinstance(action, Reply):
            self.last_said = said_digest(action.text)

    def result(self) -> TurnResult:
        state = ConversationState(
            dialogue=self.dialogue,
            state=self.state,
            slots=self.slots,
            resume=self.resume,
            last_said=self.last_said,
            unclear_count=self.unclear,
            flagged=self.flagged,
            turn=self.turn,
            concern_turn=self.concern_turn,
        )
        return TurnResult(state, self.profile, tuple(self.actions), self.risk)


class Engine:
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
        t = _Turn(stored or self.new_state(), profile or Profile(), self.quiet)
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

    def _private(self, t: _Turn, inbound: Inbound, flagged: bool, first_contact: bool) -> None:
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

    def _screen(self, t: _Turn, text: str, flagged: bool) -> safety.Screening:
        """Screen one text with the conversation's context, and remember what it showed."""
        recent = t.concern_turn > 0 and t.turn - t.concern_turn <= CONTEXT_TURNS
        result = safety.screen(text, previous_flagged=flagged, recent_risk=recent)
        if result.distress:
            t.concern_turn = t.turn
        if result.level != "none":
            t.flagged = True
            t.risk = result.level
        elif result.violence:
            t.risk = "violence"
        return result

    def _screened(self, t: _Turn, text: str, flagged: bool) -> bool:
        """Safety first: True when the screening took over this turn."""
        result = self._screen(t, text, flagged)
        in_veilig = t.dialogue == contract.SAFETY
        if result.level == "none":
            # Violence at home: its own calm path, never a draft to the person feared.
            if result.violence and not (in_veilig and t.state.startswith("geweld")):
                self._enter_safety(t, contract.VIOLENCE)
                return True
            return False
        # Worry about someone else gets the answer for naasten; once the user is
        # telling about it there (veilig.naaste*), their words are just listened to.
        naaste = result.reason == "someone_else"
        if naaste and in_veilig and t.state.startswith("naaste"):
            return False
        self._enter_safety(t, contract.SOMEONE_ELSE if naaste else _SAFETY_TARGET[result.level])
        return True

    def _enter_safety(self, t: _Turn, target: contract.Entry) -> None:
        if t.dialogue not in (contract.SAFETY, contract.FORGET.dialogue):
            t.resume = (t.dialogue, t.state)
        t.unclear = 0
        self._go(t, target)

    def _go(self, t: _Turn, entry: contract.Entry) -> None:
        """Enter one of the places the code names (checked to exist at load)."""
        self._enter(t, entry.dialogue, entry.state or self.specs[entry.dialogue].start)

    def _command(self, t: _Turn, command: str) -> None:
        t.unclear = 0
        if command == "stop":
            self._say(t, self._variant(t, "stopped"))
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

    def _answer(self, t: _Turn, inbound: Inbound) -> None:
        st = self.specs[t.dialogue].states[t.state]
        understood = self._understand(t, st, inbound)
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

    def _understand(
        self, t: _Turn, st: StateSpec, inbound: Inbound
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
        # But a plain "ja" or "ok" answers a yes/no question; it is not silence.
        answer = language.parse_yes_no(text)
        answers = answer is not None and any(c.answer == answer for c in st.choices)
        for intent in st.intents:
            if intent.intent == "lonely" or (answers and intent.intent == "stil"):
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

    def _listen(self, t: _Turn, st: StateSpec, intent: str) -> None:
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
                self._enter(t, *back.split(".", 1))
            else:
                self._say(t, self._variant(t, "terug_begin"))
                self._reprompt(t)
        elif intent == "dagelijks_stop":
            self._go(t, contract.DAILY_STOP)
        elif intent == "verlies":
            if t.dialogue not in ("menu", "welkom", contract.LOSS.dialogue, contract.SAFETY):
                t.resume = (t.dialogue, t.state)
            self._go(t, contract.LOSS)
        elif intent in ("eenzaam", "niemand") and t.dialogue not in (
            contract.LONELY.dialogue,
            contract.SAFETY,
        ):
            self._say(t, self._variant(t, _TEXT_OF_INTENT[intent]))
            self._go(t, contract.LONELY)
        elif intent == "weet_niet":
            self._say(t, self._variant(t, "weet_niet"))
            self._reprompt(t)
        else:  # ben_je_mens, wil_mens, bang, or eenzaam/niemand where that is the topic
            self._say(t, self._variant(t, _TEXT_OF_INTENT.get(intent, intent)))
            self._reprompt(t)

    def _unclear(self, t: _Turn, st: StateSpec) -> None:
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
            self._say(t, self._variant(t, "unclear_escape"))
        self._say(t, texts[pick], st.choices, numbered=st.number is None)

    # ----------------------------------------------------------------- moving around

    def _enter(self, t: _Turn, dialogue: str, state: str) -> None:
        self._arrive(t, dialogue, state)
        self._settle(t)

    def _arrive(self, t: _Turn, dialogue: str, state: str) -> None:
        if dialogue == "menu":
            # A finished conversation leaves nothing behind: answers are not kept.
            t.slots.clear()
            t.resume = None
        t.dialogue, t.state = dialogue, state

    def _settle(self, t: _Turn) -> None:
        """Follow jumps and self-moving states until the conversation waits for the user."""
        for _ in range(MAX_HOPS):
            if t.state.startswith("@"):
                self._jump(t, t.state)
                continue
            st = self.specs[t.dialogue].states[t.state]
            carried = self._carried(t, st)
            if carried is not None:
                fire(self.machines[t.dialogue], pick_trigger(carried), t)
                continue
            if not st.silent:
                for i in range(len(st.say)):
                    last = i == len(st.say) - 1
                    choices = st.choices if last else ()
                    self._say(
                        t,
                        self._wording(t, st, i),
                        choices,
                        numbered=st.number is None,
                        apart=i in st.apart,
                    )
            if st.waits:
                return
            fire(self.machines[t.dialogue], CONTINUE, t)
        raise RuntimeError(f"too many hops in {t.dialogue}.{t.state}")  # the loader prevents this

    def _carried(self, t: _Turn, st: StateSpec) -> str | None:
        """The choice the message that led here already made, for a ``carry`` state."""
        if not st.carry or t.heard is None or t.heard[1] == t.dialogue:
            return None
        text, t.heard = t.heard[0], None
        if len(text.split()) < _CARRY_WORDS:
            return None  # "1" or "eenzaam" chose the topic; only a sentence says more
        reading = listening.read(text, listening.question_of(t.dialogue, st), t.slots)
        picked = reading.value if reading.kind == "choice" else None
        if any(c.id == picked and c.answer != "unsure" for c in st.choices):
            return str(picked)
        return None

    def _jump(self, t: _Turn, target: str) -> None:
        if target == RESUME:
            dialogue, state = t.resume or MENU
            t.resume = None
        else:
            dialogue, _, state = target[1:].partition(".")
            state = state or self.specs[dialogue].start
        self._arrive(t, dialogue, state)

    def _reprompt(self, t: _Turn) -> None:
        """Ask the current question again (after help, privacy, a sticker...)."""
        if t.dialogue not in self.specs:
            return
        st = self.specs[t.dialogue].states[t.state]
        if st.silent or not st.say:
            return
        last = len(st.say) - 1
        self._say(
            t,
            self._wording(t, st, last),
            st.choices,
            numbered=st.number is None,
            apart=last in st.apart,
        )

    # ----------------------------------------------------------------- other contexts

    def _group_screened(self, t: _Turn, text: str, flagged: bool) -> bool:
        """Safety first in a room too: a short reply there, full support privately."""
        result = self._screen(t, text, flagged)
        if result.level == "none":
            if result.violence:
                self._say(t, self._variant(t, "group_geweld"))
                private = self._format(t, self._variant(t, "private_geweld_invite"))
                t.emit(OfferPrivateChat("write", private))
                return True
            return False
        if result.reason == "someone_else":  # lines for naasten, in the room too
            self._say(t, self._variant(t, "group_naaste"))
            t.emit(OfferPrivateChat("naaste", self._variant(t, "private_naaste_invite")))
            return True
        self._say(t, self._variant(t, "group_crisis"))
        private = self._format(t, self._variant(t, "private_crisis_invite"))
        t.emit(OfferPrivateChat("crisis", private))
        return True

    def _group(self, t: _Turn, inbound: Inbound, flagged: bool) -> None:
        """In a group the bot never runs a private dialogue; it offers to talk one-to-one."""
        t.dialogue, t.state = GROUP
        t.slots.clear()
        if inbound.kind not in ("text", "choice", "unsupported"):
            return
        if not inbound.addressed:
            # Said to the room, not to the bot: only where the safety watch is on, and
            # only screened; whatever else it says is none of the bot's business.
            if inbound.checkin is not None and inbound.checkin.watch and inbound.text.strip():
                self._group_screened(t, inbound.text, flagged)
            return
        if inbound.text.strip() and self._group_screened(t, inbound.text, flagged):
            return
        if inbound.edited or inbound.kind == "unsupported":
            return  # a caption or an edit is screened, and otherwise left alone
        if self._room_checkin(t, inbound):
            return
        command = language.global_command(inbound.text)
        private = ("menu", "start", "export", "forget", "journal")
        if command in private or language.wants_lonely_talk(inbound.text):
            self._say(t, self._variant(t, "group_private_invite"))
            t.emit(OfferPrivateChat("talk", self._variant(t, "private_talk_invite")))
        elif command == "privacy":
            self._say(t, self._variant(t, "privacy"))
        elif command != "stop":
            self._say(t, self._variant(t, "group_help"))

    # ----------------------------------------------------------------- scheduling

    def _schedule_command(self, t: _Turn, text: str) -> bool:
        """ "dagelijks" opens the daily question's settings; "checkin" explains check-ins."""
        command = commands.private_command(text)
        if command == "daily":
            t.unclear = 0
            self._go(t, contract.DAILY)
        elif command == "checkin":
            self._say(t, self._variant(t, "checkin_private_help"))
            self._reprompt(t)
        return command is not None

    def _private_checkin_answer(self, t: _Turn, inbound: Inbound, first_contact: bool) -> bool:
        """A private answer to a room's check-in, after the user asked to answer here."""
        facts = inbound.checkin
        text = inbound.text.strip()
        if facts is None or not facts.private_answer or inbound.kind != "text" or not text:
            return False
        if language.global_command(text):
            return False
        t.emit(CheckinCommand("answer", value="private"))
        self._say(t, self._variant(t, "checkin_private_thanks"))
        if first_contact:  # the answer counts, and the bot still introduces itself
            self._go(t, contract.WELCOME)
        else:
            self._reprompt(t)
        return True

    def _room_checkin(self, t: _Turn, inbound: Inbound) -> bool:
        """Check-in commands and answers in a room; True when this turn was one."""
        facts = inbound.checkin or CheckinFacts()
        command = commands.room_command(inbound.text)
        if command is None:
            if facts.round_open and language.global_command(inbound.text) is None:
                # An answer. The bot stays quiet: the round-up is the thank-you.
                t.emit(CheckinCommand("answer", value="room"))
                return True
            return False
        if command.admin and inbound.is_admin is not True:
            self._say(t, self._variant(t, "checkin_not_admin"))
            return True
        op = command.op
        extra: dict[str, SlotValue] = {}
        private: OfferPrivateChat | None = None
        if op == "unclear":
            key = command.problem or "checkin_unclear"
        elif op == "help":
            key = "checkin_help"
        elif op == "status":
            key = "checkin_status" if facts.configured else "checkin_none"
            extra["instelling"] = facts.configured or ""
        elif op in ("mute", "unmute"):
            t.emit(CheckinCommand(op))
            key = "checkin_muted" if op == "mute" else "checkin_unmuted"
        elif op == "private":
            if not facts.round_open:
                key = "checkin_no_round"
            else:
                t.emit(CheckinCommand("private"))
                invite = self._variant(t, "checkin_private_invite", {"vraag": facts.question or ""})
                private = OfferPrivateChat("write", invite)
                key = "checkin_private_room"
        elif op == "watch":
            t.emit(CheckinCommand("watch", value=command.value))
            key = "checkin_watch_on" if command.value else "checkin_watch_off"
        elif op == "schedule":
            zone = times.region_zone(t.profile.region)
            t.emit(CheckinCommand("schedule", days=command.days, time=command.time, zone=zone))
            days = times.days_from_text(command.days or "")
            extra["wanneer"] = f"{times.describe_days(days)} om {command.time}"
            key = "checkin_scheduled"
        elif not facts.configured:
            key = "checkin_none"  # settings, "nu" and "stop" need a check-in first
        elif op == "now" and facts.round_open:
            key = "checkin_already_open"
        else:
            t.emit(CheckinCommand(op, value=command.value))
            key, extra = _CHECKIN_DONE[op], _checkin_values(command)
            if op == "roundup":
                key = "checkin_roundup_on" if command.value else "checkin_roundup_off"
        self._say(t, self._variant(t, key, extra))
        if op == "status" and facts.watch:
            self._say(t, self._variant(t, "checkin_watch_is_on"))
        if private:
            t.emit(private)
        return True

    def _checkin_post(self, t: _Turn, inbound: Inbound) -> None:
        """The scheduler opens a round in a room, or rounds one up."""
        t.dialogue, t.state = GROUP
        t.slots.clear()
        values = dict(inbound.context)
        if inbound.target == "open":
            key = "checkin_open" if values.get("samenvatting", 1) else "checkin_open_no_roundup"
            button = self.texts.get("checkin_private_button")[0]
            t.emit(Reply(self._variant(t, key, values), (button,)))
        elif inbound.target == "roundup":
            joined, named = int(values.get("deelnemers", 0)), int(values.get("genoemd", 0))
            if joined == 0:
                key = "checkin_roundup_none"
            elif joined == 1:
                key = "checkin_roundup_one"
            else:
                key = "checkin_roundup_many" if named else "checkin_roundup_unnamed"
            self._say(t, self._variant(t, key, values))

    def _follow_up(self, t: _Turn, inbound: Inbound) -> None:
        """The scheduler keeps a promise ("Zal ik morgen vragen hoe het ging?")."""
        if not inbound.target or not t.profile.welcomed:
            return
        dialogue, _, state = inbound.target.partition(".")
        if dialogue not in self.specs or state not in self.specs[dialogue].states:
            # The dialogue changed since the promise: better silent than broken, but said.
            log.warning("a promised follow-up's place no longer exists; not sent")
            return
        t.resume = None
        t.unclear = 0
        t.slots = dict(inbound.context)
        self._enter(t, dialogue, state)

    # ----------------------------------------------------------------- texts

    def _say(
        self,
        t: _Turn,
        text: str,
        choices: Sequence[Choice] = (),
        *,
        numbered: bool = True,
        apart: bool = False,
    ) -> None:
        t.emit(Reply(text, tuple(c.label for c in choices), numbered=numbered, apart=apart))

    def _variant(self, t: _Turn, key: str, extra: dict[str, SlotValue] | None = None) -> str:
        """One of the variants of a common text, never the one said just before."""
        return self._in_turn(t, self.texts.get(key), extra)

    def _wording(self, t: _Turn, st: StateSpec, index: int) -> str:
        """A state's text; a line with several wordings (``one_of``) takes them in turn."""
        return self._in_turn(t, st.wordings(index))

    def _in_turn(
        self, t: _Turn, wordings: Sequence[str], extra: dict[str, SlotValue] | None = None
    ) -> str:
        for i in range(len(wordings)):
            text = self._format(t, wordings[(t.turn + i) % len(wordings)], extra)
            if said_digest(text) != t.last_said:
                return text
        return self._format(t, wordings[0], extra)

    def _format(self, t: _Turn, template: str, extra: dict[str, SlotValue] | None = None) -> str:
        values = _Values(t.slots, region=t.profile.region, quiet=t.quiet)
        if extra:
            values.update(extra)
        return template.format_map(values)


_CHECKIN_DONE = {
    "zone": "checkin_zone_set",
    "questions": "checkin_questions_set",
    "window": "checkin_window_set",
    "roundup": "checkin_roundup_on",
    "now": "checkin_now",
    "stop": "checkin_stopped",
}


def _checkin_values(command: commands.RoomCommand) -> dict[str, SlotValue]:
    value = command.value
    if command.op == "window" and isinstance(value, int):
        return {"venster": times.describe_minutes(value)}
    if command.op == "zone":
        return {"zone": str(value)}
    if command.op == "questions":
        return {"set": str(value)}
    return {}


class _Values(dict[str, Any]):
    """Slots for a text; crisis lines and quiet hours are filled in only when asked for."""

    def __init__(
        self, slots: dict[str, SlotValue], *, region: str | None, quiet: QuietHours
    ) -> None:
        super().__init__(slots)
        self.region = region
        self.quiet = quiet

    def __missing__(self, key: str) -> str:
        if key in ("stil_vanaf", "stil_tot"):
            return self.quiet.texts()[key]
        if key == "crisislijnen":
            return format_lines(self.region)
        if key == "crisislijn_kort":
            return short_line(self.region)
        if key == "luisterlijn":
            return listening_line(self.region)
        if key == "geweldlijn":
            return violence_line(self.region)
        if key == "crisischat":
            return chat_line(self.region)
        if key == "hulp_dichtbij":
            return nearby_help(self.region)
        return ""  # a missing slot renders as nothing rather than crashing a turn
