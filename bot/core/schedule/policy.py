"""What to do with a due job, decided without I/O: send, postpone, skip or cancel.

Due work comes from five places: daily questions, their one gentle reminder,
promised follow-ups, check-in rounds to open and rounds to close. :func:`decide`:

* **Missed window.** A daily question, reminder or check-in more than
  ``missed_window_minutes`` late (the bot was down) is not sent: it moves on to its
  next occurrence (a reminder is cancelled). Within the window it is sent late, once;
  the next occurrence is computed from *now*, so after downtime there is never a
  burst of stale prompts.
* **A promise is kept.** A follow-up the bot promised ("I'll ask tomorrow how it
  went") is never dropped for being late: it comes at the first allowed moment.
* **Quiet hours** (local to the user): follow-ups wait until they end; a daily
  question whose wait would exceed the window is skipped; a reminder is cancelled.
* **Busy**: someone who wrote within ``busy_minutes`` and is in the middle of a
  conversation is not interrupted: the job waits a little (within the window).
* **After a crisis**: no cheerful question within a day of a safety reply.
* **Reminders**: at most one per question and never again until the user answered
  one; only if they have not written since the question.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Literal

from bot.core import contract
from bot.core.messages import ConversationKey
from bot.core.schedule import times
from bot.core.schedule.times import iso

JobKind = Literal["daily", "reminder", "followup", "checkin_open", "checkin_close"]
Verdict = Literal["send", "postpone", "skip", "cancel"]
IDLE_DIALOGUES = contract.IDLE_DIALOGUES
IDLE_STATES = frozenset({(contract.DAILY_QUESTION.dialogue, contract.DAILY_QUESTION.state)})
CRISIS_QUIET = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Where the conversation is (read with the job), to avoid interrupting it."""

    dialogue: str
    state: str
    updated_at: datetime
    flagged: bool
    turn: int


@dataclass(frozen=True, slots=True)
class Job:
    kind: JobKind
    key: ConversationKey
    ref: str
    due: datetime  # when it is due now (maybe postponed)
    slot: datetime  # the occurrence it is for (lateness counts from here)
    zone: str
    data: Mapping[str, Any] = field(default_factory=dict)
    conversation: Snapshot | None = None

    @property
    def ident(self) -> tuple[str, str, str, str]:
        return (self.kind, self.key.platform, self.ref, iso(self.due))

    @property
    def row_slot(self) -> str:
        """The occurrence as stored in its row (guards the row's update)."""
        return str(self.data.get("row_slot", iso(self.slot)))


def catch_up(job: Job, now: datetime) -> Job:
    """After downtime, a recurring job is for its latest occurrence, not the first missed."""
    if job.kind not in ("daily", "checkin_open"):
        return job
    at = times.clock_time(str(job.data["local_time"]))
    days = times.days_from_text(str(job.data.get("days", "0,1,2,3,4,5,6")))
    latest = times.last_occurrence(at, times.zone(job.zone), now, days)
    if latest <= job.slot:
        return job
    return replace(job, slot=latest, data={**job.data, "row_slot": iso(job.slot)})


@dataclass(frozen=True, slots=True)
class Policy:
    window: timedelta
    quiet_start: int
    quiet_end: int
    busy: timedelta
    reminder_after: timedelta | None
    spread: timedelta = timedelta(0)  # daily questions: each person's fixed offset below it


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: Verdict
    until: datetime | None = None  # postpone: when to try again
    reason: str = ""


def _busy(conversation: Snapshot | None, now: datetime, policy: Policy) -> bool:
    if conversation is None or now - conversation.updated_at >= policy.busy:
        return False
    if conversation.dialogue in IDLE_DIALOGUES:
        return False
    return (conversation.dialogue, conversation.state) not in IDLE_STATES


def _after_crisis(conversation: Snapshot | None, now: datetime) -> bool:
    if conversation is None or now - conversation.updated_at >= CRISIS_QUIET:
        return False
    return conversation.flagged or conversation.dialogue == contract.SAFETY


def spread_offset(key: ConversationKey, spread: timedelta) -> timedelta:
    """A person's own delay within ``spread``: the same every day, even across workers."""
    if spread <= timedelta(0):
        return timedelta(0)
    digest = hashlib.blake2b(f"{key.platform}\x1f{key.user_id}".encode(), digest_size=8)
    seconds = int(spread.total_seconds())
    return timedelta(seconds=int.from_bytes(digest.digest(), "big") % max(seconds, 1))


def decide(job: Job, now: datetime, policy: Policy) -> Decision:
    """What to do with a due job now (pure: the same facts give the same answer)."""
    late = now - job.slot
    where = times.zone(job.zone)
    if job.kind == "checkin_close":
        return Decision("send")  # a round always closes (the round-up may be left out)
    if late > policy.window and job.kind != "followup":  # a promise is kept, even late
        return Decision("cancel" if job.kind == "reminder" else "skip", reason="missed")
    if job.kind == "daily":
        own = job.slot + spread_offset(job.key, policy.spread)
        # Not yet this person's minute (a crowd at 09:00 is spread out); never into
        # the quiet hours, though: a question chosen for 21:55 comes at 21:55.
        quiet = times.quiet_until(own, where, policy.quiet_start, policy.quiet_end)
        if now < own and quiet is None:
            return Decision("postpone", own, reason="spread")
    if job.kind == "checkin_open":
        return Decision("skip", reason="round open") if job.data.get("open") else Decision("send")
    conversation = job.conversation
    quiet_end = times.quiet_until(now, where, policy.quiet_start, policy.quiet_end)
    if job.kind == "reminder":
        if conversation is None or (conversation.dialogue, conversation.state) not in IDLE_STATES:
            return Decision("cancel", reason="moved on")
        if conversation.turn != job.data.get("prompt_turn"):
            return Decision("cancel", reason="moved on")
        if quiet_end is not None:
            return Decision("cancel", reason="quiet")
        return Decision("send")
    if _after_crisis(conversation, now):
        if job.kind == "daily":
            return Decision("skip", reason="crisis")
        return Decision("postpone", now + CRISIS_QUIET, reason="crisis")
    until = quiet_end
    if _busy(conversation, now, policy):
        until = max(until or now, now + policy.busy)
    if until is None:
        return Decision("send")
    if job.kind == "daily" and until - job.slot > policy.window:
        return Decision("skip", reason="too late")
    return Decision("postpone", until, reason="quiet" if quiet_end else "busy")
