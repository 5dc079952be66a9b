"""One turn in the making (:class:`Turn`), and the values a text's {placeholders} get."""

from __future__ import annotations

import logging
from typing import Any

from bot.core import contract
from bot.core.crisis_lines import (
    chat_line,
    format_lines,
    listening_line,
    nearby_help,
    short_line,
    violence_line,
)
from bot.core.dialogue.actions import QuietHours
from bot.core.messages import (
    Action,
    ConversationState,
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
# Slot: the crisis lines were given in this conversation (it ends at the menu). A new
# unclear sign after them gets the lines and the safety question again, not the check
# question the person already answered.
LINES_GIVEN = "_lijnen"
LINES_AT = frozenset((e.dialogue, str(e.state)) for e in (contract.CRISIS, contract.ACUTE))
# A listening intent that a state may route itself (its `intents:` list).
# The listening classifier's meaning -> a state's own route for it. A goodbye in the
# crisis or violence path takes that path's closing (with the lines), not the cheerful one.
_STATE_INTENT = {"eenzaam": "lonely", "bang": "bang", "weet_niet": "weet_niet", "afscheid": "groet"}
# A message of fewer words only chose where to go; a sentence may answer the next question.
_CARRY_WORDS = 3
# The common text that answers an intent, where its name is not the text's key.
_TEXT_OF_INTENT = {"eenzaam": "eenzaam_erkennen", "niemand": "niemand_erkennen"}


class Turn:
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

    def recent_concern(self) -> bool:
        """A risk sign or strong distress within the last CONTEXT_TURNS turns."""
        return self.concern_turn > 0 and self.turn - self.concern_turn <= CONTEXT_TURNS

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
        if isinstance(stored := slots.get("tijd"), str):
            self["tijd"] = times.say_stored(stored)  # "9:00", as every text writes times

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
