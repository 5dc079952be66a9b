"""Moving through the dialogues and saying their texts: what every part of the engine uses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from transitions import Machine

from bot.core import contract, listening, safety
from bot.core.dialogue.actions import QuietHours
from bot.core.dialogue.machines import (
    CONTINUE,
    TEXT,
    fire,
    pick_trigger,
)
from bot.core.dialogue.model import RESUME, Choice, CommonTexts, DialogueSpec, StateSpec
from bot.core.dialogue.spec import DialogueSet
from bot.core.engine.context import (
    _CARRY_WORDS,
    LINES_AT,
    LINES_GIVEN,
    MAX_HOPS,
    MAX_SLOT_CHARS,
    MENU,
    Turn,
    _Values,
)
from bot.core.language import understand as language
from bot.core.messages import (
    Reply,
    SlotValue,
    said_digest,
)

# A button answered in a few words of one's own ("boos denk ik"), not a story.
_BUTTON_WORDS = 4


class Moves:
    """The dialogue rulebooks, how a turn moves between their states, and their texts."""

    quiet: QuietHours
    dialogues: DialogueSet
    specs: Mapping[str, DialogueSpec]
    texts: CommonTexts
    machines: dict[str, Machine]

    # ----------------------------------------------------------------- moving around

    def _go(self, t: Turn, entry: contract.Entry) -> None:
        """Enter one of the places the code names (checked to exist at load)."""
        self._enter(t, entry.dialogue, entry.state or self.specs[entry.dialogue].start)

    def _screen(self, t: Turn, text: str, flagged: bool) -> safety.Screening:
        """Screen one text with the conversation's context, and remember what it showed."""
        result = safety.screen(text, previous_flagged=flagged, recent_risk=t.recent_concern())
        if result.level == "unclear" and result.reason == "model" and self._names_a_button(t, text):
            # "boos denk ik" asked which feeling: the model alone hears the hedge as a
            # sign; a few words that name one of the step's own buttons answer it.
            result = replace(result, level="none", reason="none", distress=False)
        elif (
            t.dialogue == contract.SAFETY
            and result.reason == "model"
            and self._names_a_button(t, text)
        ):
            # On the crisis path, "ok ik ga het doen" after "bel nu 113" names the button
            # "Ik ga bellen of chatten"; the model, which never saw the bot's question,
            # hears a plan. The button's step shows the line again all the same.
            result = replace(result, level="none", reason="none", distress=True)
        if result.distress:
            t.concern_turn = t.turn
        if result.level != "none":
            t.flagged = True
            t.risk = result.level
        elif result.violence:
            t.risk = "violence"
        return result

    def _names_a_button(self, t: Turn, text: str) -> bool:
        st = self.specs[t.dialogue].states.get(t.state) if t.dialogue in self.specs else None
        if st is None or not st.choices or len(text.split()) > _BUTTON_WORDS:
            return False
        return language.match_choice(text, st.choices) is not None

    def _enter(self, t: Turn, dialogue: str, state: str) -> None:
        self._arrive(t, dialogue, state)
        self._settle(t)

    def _arrive(self, t: Turn, dialogue: str, state: str) -> None:
        if dialogue == "menu":
            # A finished conversation leaves nothing behind: answers are not kept.
            t.slots.clear()
            t.resume = None
        t.dialogue, t.state = dialogue, state

    def _settle(self, t: Turn) -> None:
        """Follow jumps and self-moving states until the conversation waits for the user."""
        for _ in range(MAX_HOPS):
            if t.state.startswith("@"):
                self._jump(t, t.state)
                continue
            if (t.dialogue, t.state) in LINES_AT:
                t.slots[LINES_GIVEN] = "ja"  # also when reached by a step's own "then"
            st = self.specs[t.dialogue].states[t.state]
            carried = self._carried(t, st)
            if carried is not None:
                fire(self.machines[t.dialogue], pick_trigger(carried), t)
                continue
            if (story := self._story(t, st)) is not None:
                # The opening lines still acknowledge; the question is answered already.
                for i in range(len(st.say) - 1):
                    self._say(t, self._wording(t, st, i), apart=i in st.apart)
                fire(self.machines[t.dialogue], TEXT, t, value=story)
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

    @staticmethod
    def _opening(t: Turn) -> str | None:
        """The message that led into this dialogue from another one, taken (read once)."""
        if t.heard is None or t.heard[1] == t.dialogue:
            return None
        text, t.heard = t.heard[0], None
        return text

    def _carried(self, t: Turn, st: StateSpec) -> str | None:
        """The choice the message that led here already made, for a ``carry`` state."""
        text = self._opening(t) if st.carry else None
        return None if text is None else self._carry_choice(t, t.dialogue, st, text)

    def _story(self, t: Turn, st: StateSpec) -> str | None:
        """For a ``carry: story`` state: the sentence that led here, if it tells the answer."""
        text = self._opening(t) if st.carry_story else None
        if text is None or len(text.split()) < _CARRY_WORDS:
            return None  # "afspraak" chose the topic; only a sentence says more
        reading = listening.read(text, listening.question_of(t.dialogue, st), t.slots)
        # A story names who: "een afspraak ging niet door" only chose the topic.
        if reading.kind != "text" or not listening.names_someone(text):
            return None
        return str(reading.value)[:MAX_SLOT_CHARS]

    def _will_carry(self, t: Turn, dialogue: str, state: str) -> bool:
        """Whether the message just heard will choose at ``dialogue.state`` on arrival."""
        st = self.specs[dialogue].states[state]
        if not st.carry or t.heard is None or t.heard[1] == dialogue:
            return False
        return self._carry_choice(t, dialogue, st, t.heard[0]) is not None

    def _carry_choice(self, t: Turn, dialogue: str, st: StateSpec, text: str) -> str | None:
        if len(text.split()) < _CARRY_WORDS:
            return None  # "1" or "eenzaam" chose the topic; only a sentence says more
        reading = listening.read(text, listening.question_of(dialogue, st), t.slots)
        picked = reading.value if reading.kind == "choice" else None
        if any(c.id == picked and c.answer != "unsure" for c in st.choices):
            return str(picked)
        return None

    def _jump(self, t: Turn, target: str) -> None:
        if target == RESUME:
            dialogue, state = t.resume or MENU
            t.resume = None
        else:
            dialogue, _, state = target[1:].partition(".")
            state = state or self.specs[dialogue].start
        self._arrive(t, dialogue, state)

    def _reprompt(self, t: Turn) -> None:
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

    # ----------------------------------------------------------------- texts

    def _say(
        self,
        t: Turn,
        text: str,
        choices: Sequence[Choice] = (),
        *,
        numbered: bool = True,
        apart: bool = False,
    ) -> None:
        t.emit(Reply(text, tuple(c.label for c in choices), numbered=numbered, apart=apart))

    def _variant(self, t: Turn, key: str, extra: dict[str, SlotValue] | None = None) -> str:
        """One of the variants of a common text, never the one said just before."""
        return self._in_turn(t, self.texts.get(key), extra)

    def _wording(self, t: Turn, st: StateSpec, index: int) -> str:
        """A state's text; a line with several wordings (``one_of``) takes them in turn."""
        return self._in_turn(t, st.wordings(index))

    def _in_turn(
        self, t: Turn, wordings: Sequence[str], extra: dict[str, SlotValue] | None = None
    ) -> str:
        for i in range(len(wordings)):
            text = self._format(t, wordings[(t.turn + i) % len(wordings)], extra)
            if said_digest(text) != t.last_said:
                return text
        return self._format(t, wordings[0], extra)

    def _format(self, t: Turn, template: str, extra: dict[str, SlotValue] | None = None) -> str:
        values = _Values(t.slots, region=t.profile.region, quiet=t.quiet)
        if extra:
            values.update(extra)
        return template.format_map(values)
