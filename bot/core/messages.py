"""What flows into and out of the engine: platform-neutral, immutable messages.

Adapters translate platform events into :class:`Inbound` and carry out the
:data:`Action` values the runtime hands back. Nothing here does I/O.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

SlotValue = str | int
ChatType = Literal["private", "group"]
InboundKind = Literal["text", "choice", "unsupported", "followup", "checkin"]


ROOM_USER = "0"  # the "user" of a room's own conversation: never a real id


@dataclass(frozen=True, slots=True)
class ConversationKey:
    """One conversation: a user in a chat on a platform."""

    platform: str
    chat_id: str
    user_id: str

    @property
    def user(self) -> UserKey:
        return UserKey(self.platform, self.user_id)


@dataclass(frozen=True, slots=True)
class UserKey:
    """A person on a platform; their profile and journal hang off this."""

    platform: str
    user_id: str


@dataclass(frozen=True, slots=True)
class CheckinSetting:
    """A room's check-in as stored; the engine says it in words (common.yaml)."""

    days: str  # "0,2,4" (Monday is 0)
    time: str  # "HH:MM"
    zone: str
    window: int  # minutes to answer
    roundup: bool
    question_set: str


@dataclass(frozen=True, slots=True)
class CheckinFacts:
    """What the store knows about a room's check-in, looked up before a turn so the
    engine stays pure (see :func:`bot.runtime.enrich.prepare`)."""

    configured: CheckinSetting | None = None  # the room's check-in, when there is one
    round_open: bool = False  # a round is open in this room: a message is an answer
    question: str | None = None  # the open round's question
    private_answer: bool = False  # private chat: the user asked to answer a round here
    watch: bool = False  # the room's admins switched on the safety watch


# A scheduled turn sent ("daily", …), or the scheduler's decision about a due row
# without a turn (skip to the next occurrence, postpone, drop, cancel).
ScheduledKind = Literal[
    "daily",
    "daily_skip",
    "daily_postpone",
    "reminder",
    "reminder_cancel",
    "followup",
    "followup_drop",
    "followup_postpone",
    "checkin_open",
    "checkin_skip",
    "checkin_close",
]


@dataclass(frozen=True, slots=True)
class ScheduledTurn:
    """Bookkeeping for a turn the scheduler starts, committed together with that turn."""

    kind: ScheduledKind
    ref: str  # the schedule row it came from
    next_due: datetime | None = None  # when that row is due again (None: not again)
    info: Mapping[str, SlotValue] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Inbound:
    """One thing a user did.

    ``kind`` is "text" for typed text, "choice" for a pressed button (``choice_id``
    names it, ``text`` holds its label), "unsupported" for stickers, photos and the
    like, and "followup" when the scheduler resumes a conversation it promised.
    ``event_id`` lets the runtime recognise a platform re-delivering the same event.
    """

    key: ConversationKey
    text: str = ""
    kind: InboundKind = "text"
    choice_id: str | None = None
    event_id: str | None = None
    chat_type: ChatType = "private"
    display_name: str | None = None
    received_at: datetime | None = None
    # For "followup": where to resume and what to remember there.
    # For "checkin" (a bot post in a room): "open" or "roundup", with its context.
    target: str | None = None
    context: Mapping[str, SlotValue] = field(default_factory=dict)
    # Group messages: asked of the platform (never remembered) for check-in settings.
    is_admin: bool | None = None
    checkin: CheckinFacts | None = None
    # Turns the scheduler starts: what to mark done in the same commit.
    scheduled: ScheduledTurn | None = None
    # A platform edit of an earlier message: screened for safety, otherwise not an answer.
    edited: bool = False
    # A room message not addressed to the bot: a turn only where the room's safety
    # watch is on (screened for a risk sign, otherwise left alone, nothing stored).
    addressed: bool = True
    # Counts only as an answer to a room's open check-in round (a Matrix reaction to
    # the check-in question): nothing at all when no round is open.
    answer_only: bool = False
    # A private chat opened from the bot's offer in a group (a deep link): after a crisis
    # sign there, it opens in crisis support rather than with the menu. "reached": the
    # bot itself just wrote the person privately after a crisis sign in a group, so the
    # private conversation moves to crisis support (an old question is not answered).
    opened_for: Literal["crisis", "talk", "reached"] | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    """A message to show. ``choices`` become buttons or a numbered list."""

    text: str
    choices: tuple[str, ...] = ()
    # False where typed numbers mean something else (a 0-10 scale), so adapters
    # show the choices without numbers in front.
    numbered: bool = True
    # A text the person may want to copy (a message draft): never merged with the
    # texts around it into one chat bubble (see bot.core.bubbles).
    apart: bool = False


@dataclass(frozen=True, slots=True)
class SaveJournal:
    """Keep a mood entry in the user's private journal."""

    entry: Mapping[str, SlotValue]


@dataclass(frozen=True, slots=True)
class ShowJournal:
    """Show the user's journal: the last ``days`` days (None: everything)."""

    days: int | None


@dataclass(frozen=True, slots=True)
class DeleteJournal:
    """Delete from the user's journal: one local day ("YYYY-MM-DD"), the last entry, or all."""

    scope: Literal["day", "last", "all"]
    day: str | None = None


@dataclass(frozen=True, slots=True)
class ScheduleFollowUp:
    """Come back later at ``target`` ("dialogue.state") with ``context`` as slots."""

    target: str
    delay: timedelta
    context: Mapping[str, SlotValue]


DailyOp = Literal["start", "pause", "resume", "stop", "timezone", "answered"]


@dataclass(frozen=True, slots=True)
class DailyPrompt:
    """The user's daily question: start or change its time, pause, resume, stop, time zone."""

    op: DailyOp
    time: str | None = None  # "HH:MM", local time
    zone: str | None = None  # IANA time zone name
    days: int = 0  # pause: how many days


CheckinOp = Literal[
    "schedule",
    "zone",
    "questions",
    "window",
    "roundup",
    "stop",
    "now",
    "mute",
    "unmute",
    "answer",
    "private",
    "watch",
]


@dataclass(frozen=True, slots=True)
class CheckinCommand:
    """A room's check-in: settings (admins), muting oneself, an answer, a private answer."""

    op: CheckinOp
    days: str | None = None  # "0,2,4" (Monday is 0)
    time: str | None = None  # "HH:MM"
    value: str | int | None = None  # zone, question set, window minutes, round-up on/off
    zone: str | None = None  # default time zone for a new check-in


@dataclass(frozen=True, slots=True)
class ExportData:
    """The user asked for everything stored about them."""


@dataclass(frozen=True, slots=True)
class ForgetUser:
    """The user confirmed: delete everything stored about them."""


@dataclass(frozen=True, slots=True)
class OfferPrivateChat:
    """In a group: invite the person to continue one-to-one (deep link or DM)."""

    # "crisis": a risk sign (written privately at once, the chat moves to crisis support);
    # "naaste": worry about someone else (written privately); "write": something the
    # person asked for or must hear privately (a check-in answer, violence at home);
    # "talk": only an offer in the room, nobody is written unasked.
    reason: Literal["crisis", "naaste", "talk", "write"]
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """A file to hand to the user (the data export)."""

    filename: str
    content: bytes
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Picture:
    """An image to show (the journal chart). ``caption`` says in words what it shows, so
    it is also the alt text for screen readers; ``sketch`` is the same picture in a few
    lines of text, for places that cannot show images (the terminal)."""

    filename: str
    content: bytes
    caption: str
    sketch: str = ""
    width: int = 0
    height: int = 0


Action = (
    Reply
    | SaveJournal
    | ShowJournal
    | DeleteJournal
    | ScheduleFollowUp
    | ExportData
    | ForgetUser
    | OfferPrivateChat
    | Document
    | DailyPrompt
    | CheckinCommand
)
# What adapters deliver; the runtime resolves the rest itself.
Outbound = Reply | OfferPrivateChat | Document | Picture


@dataclass(frozen=True, slots=True)
class Profile:
    """What the bot keeps about a person across chats: the minimum it needs."""

    region: str | None = None  # "nl" or "be": picks the crisis lines
    welcomed: bool = False
    # "HH:MM" while the user gets a daily question (read from its schedule row).
    daily: str | None = None
    # The one yes (True) or no (False) to keeping daily answers and how follow-ups went
    # in the journal; None: never asked. Feelings are kept only when saved one by one.
    journal_more: bool | None = None


@dataclass(frozen=True, slots=True)
class ConversationState:
    """Where one conversation is. Stored between turns; replaced, never mutated."""

    dialogue: str
    state: str
    slots: Mapping[str, SlotValue] = field(default_factory=dict)
    resume: tuple[str, str] | None = None  # where to return after help or a safety check
    # A short digest of the last thing the bot said, so it never says it twice in a
    # row; a digest rather than the text, because the text can echo the user's words.
    last_said: str | None = None
    unclear_count: int = 0
    flagged: bool = False  # the previous message raised a safety concern
    turn: int = 0
    # The turn of the last risk sign or strong distress (0: none): context for the
    # screen, so "hoe hoog is die brug" after "ik voel me niks waard" is a clear sign.
    concern_turn: int = 0


def said_digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class TurnResult:
    state: ConversationState
    profile: Profile
    actions: tuple[Action, ...]
    # What the safety screen found in this message: "none", a level ("unclear",
    # "clear", "acute") or "violence". Counted for operators, never stored.
    risk: str = "none"
