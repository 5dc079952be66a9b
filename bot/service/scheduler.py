"""Find due work in the schedule rows, decide what to do with it, and send it.

Due work comes from five places: daily questions, their one gentle reminder,
promised follow-ups, check-in rounds to open and rounds to close. For each job
:func:`decide` (pure) says send, postpone, skip or cancel:

* **Missed window.** A job more than ``missed_window_minutes`` late (the bot was
  down) is not sent: a daily question or a check-in moves on to its next
  occurrence, a follow-up is dropped. Within the window it is sent late, once; the
  next occurrence is computed from *now*, so after downtime there is never a burst
  of stale prompts.
* **Quiet hours** (local to the user): follow-ups wait until they end; a daily
  question whose wait would exceed the window is skipped; a reminder is cancelled.
* **Busy**: someone who wrote within ``busy_minutes`` and is in the middle of a
  conversation is not interrupted: the job waits a little (within the window).
* **After a crisis**: no cheerful question within a day of a safety reply.
* **Reminders**: at most one per question and never again until the user answered
  one; only if they have not written since the question.

Sending a job is a turn through :meth:`Runtime.handle` (committed together with the
row's advance, see :mod:`bot.store.schedules`), then the platform's
:class:`~bot.service.sender.Sender`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from bot import metrics
from bot.config import SchedulerConfig
from bot.core.messages import ConversationKey, Inbound, Outbound, ScheduledTurn, SlotValue
from bot.core.schedule import prompts, times
from bot.runtime import checkins
from bot.runtime.ports import Transport
from bot.runtime.runtime import Clock, Runtime, utcnow
from bot.service.sender import Limits, RealTicker, Sender, Ticker
from bot.store.db import TurnWrite
from bot.store.schedules import (
    ROOM_USER,
    iso,
    parse_iso,
    recent_json,
    recent_list,
    scheduled_statements,
)

log = logging.getLogger(__name__)

JobKind = Literal["daily", "reminder", "followup", "checkin_open", "checkin_close"]
Verdict = Literal["send", "postpone", "skip", "cancel"]
IDLE_DIALOGUES = frozenset({"menu", "groep"})
IDLE_STATES = frozenset({("dagelijks", "vraag")})
CRISIS_QUIET = timedelta(hours=24)
LEASE_SECONDS = 300
SCHEDULER_KEY = ConversationKey("~scheduler", "~", "~")


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

    @classmethod
    def from_config(cls, config: SchedulerConfig) -> Policy:
        hours = config.reminder_after_hours
        return cls(
            window=timedelta(minutes=config.missed_window_minutes),
            quiet_start=config.quiet_hours_start,
            quiet_end=config.quiet_hours_end,
            busy=timedelta(minutes=config.busy_minutes),
            reminder_after=timedelta(hours=hours) if hours > 0 else None,
        )


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
    return conversation.flagged or conversation.dialogue == "veilig"


def decide(job: Job, now: datetime, policy: Policy) -> Decision:
    """What to do with a due job now (pure: the same facts give the same answer)."""
    late = now - job.slot
    where = times.zone(job.zone)
    if job.kind == "checkin_close":
        return Decision("send")  # a round always closes (the round-up may be left out)
    if late > policy.window:
        return Decision("cancel" if job.kind == "reminder" else "skip", reason="missed")
    if job.kind == "checkin_open":
        return Decision("skip", reason="round open") if job.data.get("open") else Decision("send")
    conversation = job.conversation
    quiet_end = times.quiet_until(now, where, policy.quiet_start, policy.quiet_end)
    if job.kind == "reminder":
        if conversation is None or (conversation.dialogue, conversation.state) != (
            "dagelijks",
            "vraag",
        ):
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


@dataclass
class Report:
    """What one run did (counts by kind) and how long finding due work took."""

    sent: Counter[str] = field(default_factory=Counter)
    postponed: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    failed: int = 0
    find_seconds: float = 0.0
    first_find_seconds: float | None = None
    lease: bool = True

    def summary(self) -> dict[str, Any]:
        return {
            "sent": dict(self.sent),
            "postponed": dict(self.postponed),
            "skipped": dict(self.skipped),
            "failed": self.failed,
        }


SentHook = Callable[[str, str, str, str, Outbound], None]  # platform, kind, chat, user, message


class Scheduler:
    """Runs due work for the platforms it has a transport for."""

    def __init__(
        self,
        runtime: Runtime,
        transports: Mapping[str, Transport],
        config: SchedulerConfig | None = None,
        *,
        clock: Clock | None = None,
        ticker: Ticker | None = None,
        limits: Mapping[str, Limits] | None = None,
        on_sent: SentHook | None = None,
        batch: int = 500,
        workers: int = 64,
        lease_clock: Clock = utcnow,
    ) -> None:
        self.runtime = runtime
        self.transports = dict(transports)
        self.config = config or SchedulerConfig()
        self.policy = Policy.from_config(self.config)
        self.clock = clock or runtime.clock
        self.ticker = ticker or RealTicker()
        self.batch = batch
        self.workers = workers
        self.on_sent = on_sent
        self.holder = uuid.uuid4().hex
        self.lease_clock = lease_clock
        self.senders = {
            platform: Sender(
                platform,
                transport,
                runtime,
                (limits or {}).get(platform, Limits()),
                self.ticker,
                on_sent=self._sent_hook(platform),
            )
            for platform, transport in self.transports.items()
        }

    def _sent_hook(self, platform: str) -> Callable[[str, str, str, Outbound], None]:
        def hook(kind: str, chat: str, user: str, message: Outbound) -> None:
            if self.on_sent:
                self.on_sent(platform, kind, chat, user, message)

        return hook

    # ----------------------------------------------------------------- running

    async def run_due(self, now: datetime | None = None) -> Report:
        """Do everything due at ``now`` (default: the clock, read per batch), then return."""
        report = Report()
        if not self.transports:
            return report
        if not await self._lease():
            log.warning("another scheduler holds this database; not running")
            report.lease = False
            return report
        # A job done moves its row on, so it is not found again. One found again right
        # after its batch could not be moved (a guard saw the row change meanwhile):
        # it is left for the next run rather than retried in a loop.
        last: set[tuple[str, str, str, str]] = set()
        stuck: set[tuple[str, str, str, str]] = set()
        try:
            while True:
                moment = now or self.clock()
                started = time.perf_counter()
                jobs = await self.find_due(moment, self.batch + len(stuck))
                spent = time.perf_counter() - started
                report.find_seconds += spent
                if report.first_find_seconds is None:
                    report.first_find_seconds = spent
                fresh = []
                for job in jobs:
                    if job.ident in last or job.ident in stuck:
                        stuck.add(job.ident)
                    else:
                        fresh.append(job)
                if not fresh:
                    break
                last = {job.ident for job in fresh}
                await self._run_batch(fresh, moment, report)
                await self._lease()
            await asyncio.gather(*(sender.drain() for sender in self.senders.values()))
        finally:
            report.failed = sum(sender.failed for sender in self.senders.values())
        return report

    async def run_forever(self, stopping: asyncio.Event) -> None:
        """The loop `verbonden run` starts: look for due work every ``tick_seconds``."""
        while not stopping.is_set():
            try:
                report = await self.run_due()
                if report.sent:
                    log.info("scheduler: %s", report.summary())
            except Exception:
                log.exception("scheduler run failed; trying again next tick")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stopping.wait(), timeout=self.config.tick_seconds)
        await self.close()

    async def close(self) -> None:
        for sender in self.senders.values():
            await sender.close()
        await self._commit(
            SCHEDULER_KEY,
            self.lease_clock(),
            [("DELETE FROM scheduler_lease WHERE name='scheduler' AND holder=?", (self.holder,))],
        )

    async def _lease(self) -> bool:
        """One scheduler per database: hold a lease, renewed while running."""
        at = self.lease_clock()
        until = iso(at + timedelta(seconds=LEASE_SECONDS))
        await self._commit(
            SCHEDULER_KEY,
            at,
            [
                (
                    "INSERT INTO scheduler_lease (name, holder, until) VALUES ('scheduler', ?, ?) "
                    "ON CONFLICT (name) DO UPDATE SET holder=excluded.holder, "
                    "until=excluded.until WHERE scheduler_lease.holder=excluded.holder "
                    "OR scheduler_lease.until < ?",
                    (self.holder, until, iso(at)),
                )
            ],
        )
        rows = await self.runtime.store.execute_fetchall(
            "SELECT holder FROM scheduler_lease WHERE name='scheduler'"
        )
        return bool(rows) and rows[0][0] == self.holder

    async def _commit(
        self, key: ConversationKey, at: datetime, statements: list[tuple[str, tuple[Any, ...]]]
    ) -> None:
        await self.runtime.store.commit(
            TurnWrite(key=key, at=at, state=None, profile=None, schedule=tuple(statements))
        )

    async def _run_batch(self, jobs: list[Job], now: datetime, report: Report) -> None:
        gate = asyncio.Semaphore(self.workers)

        async def one(job: Job) -> None:
            async with gate:
                try:
                    await self._run_job(job, now, report)
                except Exception:
                    log.exception("scheduled %s failed on %s", job.kind, job.key.platform)

        await asyncio.gather(*(one(job) for job in jobs))

    async def _run_job(self, job: Job, now: datetime, report: Report) -> None:
        job = catch_up(job, now)
        decision = decide(job, now, self.policy)
        if decision.verdict == "send":
            await self._send(job, now, report)
            return
        if decision.verdict == "postpone":
            report.postponed[job.kind] += 1
            kind = "daily_postpone" if job.kind == "daily" else "followup_postpone"
            done = ScheduledTurn(kind, job.ref, decision.until, {"slot": job.row_slot})
        else:
            report.skipped[job.kind] += 1
            done = self._skip(job, now)
        await self._commit(job.key, now, scheduled_statements(done, job.key, now, None))

    def _skip(self, job: Job, now: datetime) -> ScheduledTurn:
        slot = {"slot": job.row_slot}
        if job.kind == "daily":
            return ScheduledTurn("daily_skip", job.ref, self._next_daily(job, now), slot)
        if job.kind == "checkin_open":
            return ScheduledTurn("checkin_skip", job.ref, self._next_round(job, now), slot)
        if job.kind == "followup":
            return ScheduledTurn("followup_drop", job.ref)
        return ScheduledTurn("reminder_cancel", job.ref)

    # ----------------------------------------------------------------- sending

    async def _send(self, job: Job, now: datetime, report: Report) -> None:
        inbound = await self._inbound(job, now)
        delivery = await self.runtime.handle(inbound)
        report.sent[job.kind] += 1
        metrics.SCHEDULE_LATENESS.labels(job.kind).observe(
            max(0.0, (now - job.slot).total_seconds())
        )
        if job.kind in ("checkin_open", "checkin_close"):
            metrics.CHECKIN_ROUNDS.labels(job.kind.removeprefix("checkin_")).inc()
        group = job.kind in ("checkin_open", "checkin_close")
        await self.senders[job.key.platform].submit(delivery, group=group, kind=job.kind)

    async def _inbound(self, job: Job, now: datetime) -> Inbound:
        if job.kind == "daily":
            return self._daily_inbound(job, now)
        if job.kind == "reminder":
            question = prompts.by_id(str(job.data.get("prompt", "")))
            text = question.text if question else ""
            template = self.runtime.engine.texts.get("daily_reminder")[0]
            context: dict[str, SlotValue] = {
                "vraag": template.format(vraag=text),
                "thema": question.theme if question else "zelf",
            }
            done = ScheduledTurn("reminder", job.ref)
            return Inbound(
                job.key,
                kind="followup",
                target="dagelijks.vraag",
                context=context,
                received_at=now,
                scheduled=done,
            )
        if job.kind == "followup":
            return Inbound(
                job.key,
                kind="followup",
                target=str(job.data["target"]),
                context=dict(job.data.get("context", {})),
                received_at=now,
                scheduled=ScheduledTurn("followup", job.ref),
            )
        if job.kind == "checkin_open":
            return self._open_inbound(job, now)
        transport = self.transports.get(job.key.platform)
        joined = await checkins.participation(
            self.runtime.store, transport, int(job.ref), job.key.chat_id
        )
        late = now - job.slot > self.policy.window
        target = "roundup" if job.data.get("roundup") and not late else "closed"
        return Inbound(
            job.key,
            kind="checkin",
            chat_type="group",
            target=target,
            context=joined.context(),
            received_at=now,
            scheduled=ScheduledTurn("checkin_close", job.ref),
        )

    def _daily_inbound(self, job: Job, now: datetime) -> Inbound:
        where = times.zone(job.zone)
        recent = recent_list(job.data.get("recent"))
        local = job.slot.astimezone(where)
        seed = f"{job.key.platform}:{job.key.user_id}:{local.date().isoformat()}"
        question = prompts.pick(recent, local.hour, seed)
        following = self._next_daily(job, now)
        remind_at = ""
        after = self.policy.reminder_after
        if after is not None and not job.data.get("reminded"):
            moment = now + after
            if moment < following - timedelta(hours=1):
                remind_at = iso(moment)
        info: dict[str, SlotValue] = {
            "slot": job.row_slot,
            "recent": recent_json(prompts.remember(recent, question.id)),
            "remind_at": remind_at,
        }
        return Inbound(
            job.key,
            kind="followup",
            target="dagelijks.vraag",
            context={"vraag": question.text, "thema": question.theme},
            received_at=now,
            scheduled=ScheduledTurn("daily", job.ref, following, info),
        )

    def _open_inbound(self, job: Job, now: datetime) -> Inbound:
        recent = recent_list(job.data.get("recent"))
        local_day = job.slot.astimezone(times.zone(job.zone)).date().isoformat()
        seed = f"{job.key.platform}:{job.key.chat_id}:{local_day}"
        question = prompts.pick_checkin(str(job.data.get("set")), recent, seed)
        window = int(job.data.get("window", 120))
        info: dict[str, SlotValue] = {
            "slot": job.row_slot,
            "question": question.id,
            "closes_at": iso(now + timedelta(minutes=window)),
            "recent": recent_json(prompts.remember(recent, question.id)),
        }
        return Inbound(
            job.key,
            kind="checkin",
            chat_type="group",
            target="open",
            context={
                "vraag": question.text,
                "venster": times.describe_minutes(window),
                "samenvatting": int(bool(job.data.get("roundup", 1))),
            },
            received_at=now,
            scheduled=ScheduledTurn("checkin_open", job.ref, self._next_round(job, now), info),
        )

    def _next_daily(self, job: Job, now: datetime) -> datetime:
        at = times.clock_time(str(job.data["local_time"]))
        return times.next_occurrence(at, times.zone(job.zone), max(now, job.slot))

    def _next_round(self, job: Job, now: datetime) -> datetime:
        at = times.clock_time(str(job.data["local_time"]))
        days = times.days_from_text(str(job.data["days"]))
        return times.next_occurrence(at, times.zone(job.zone), max(now, job.slot), days)

    # ----------------------------------------------------------------- finding due work

    async def find_due(self, now: datetime, limit: int) -> list[Job]:
        """Up to ``limit`` due jobs of each kind, oldest first."""
        platforms = sorted(self.transports)
        marks = ",".join("?" * len(platforms))
        at = iso(now)
        read = self.runtime.store.execute_fetchall
        jobs: list[Job] = []
        args = (at, *platforms, limit)
        for row in await read(_DAILY_DUE.format(marks=marks), args):
            jobs.append(_daily_job(row))
        for row in await read(_REMINDERS_DUE.format(marks=marks), args):
            jobs.append(_reminder_job(row))
        for row in await read(_FOLLOWUPS_DUE.format(marks=marks), args):
            jobs.append(_followup_job(row))
        for row in await read(_CHECKINS_DUE.format(marks=marks), args):
            jobs.append(_checkin_job(row))
        for row in await read(_ROUNDS_DUE.format(marks=marks), args):
            jobs.append(_round_job(row))
        jobs.sort(key=lambda j: j.due)
        return jobs


# "+x.platform" keeps SQLite from choosing the platform index over the due-time index:
# finding due work must read only the due rows, not every row of the platform.
_CONVERSATION = (
    "LEFT JOIN conversations c ON c.platform = {t}.platform AND c.chat_id = {t}.chat_id "
    "AND c.user_id = {t}.user_id"
)
_DAILY_DUE = (
    "SELECT d.platform, d.chat_id, d.user_id, d.local_time, d.zone, d.slot_at, d.due_at, "
    "d.recent, d.reminded, c.dialogue, c.state, c.updated_at, c.flagged, c.turn "
    "FROM daily_prompts d " + _CONVERSATION.format(t="d") + " "
    "WHERE d.due_at <= ? AND +d.platform IN ({marks}) ORDER BY d.due_at LIMIT ?"
)
_REMINDERS_DUE = (
    "SELECT d.platform, d.chat_id, d.user_id, d.remind_at, d.zone, d.recent, d.prompt_turn, "
    "c.dialogue, c.state, c.updated_at, c.flagged, c.turn "
    "FROM daily_prompts d " + _CONVERSATION.format(t="d") + " "
    "WHERE d.remind_at IS NOT NULL AND d.remind_at <= ? AND +d.platform IN ({marks}) "
    "ORDER BY d.remind_at LIMIT ?"
)
_FOLLOWUPS_DUE = (
    "SELECT f.id, f.platform, f.chat_id, f.user_id, f.target, f.due_at, f.context, "
    "c.dialogue, c.state, c.updated_at, c.flagged, c.turn, "
    "COALESCE(d.zone, CASE u.region WHEN 'be' THEN 'Europe/Brussels' "
    "ELSE 'Europe/Amsterdam' END) "
    "FROM followups f " + _CONVERSATION.format(t="f") + " "
    "LEFT JOIN daily_prompts d ON d.platform = f.platform AND d.chat_id = f.chat_id "
    "AND d.user_id = f.user_id "
    "LEFT JOIN users u ON u.platform = f.platform AND u.user_id = f.user_id "
    "WHERE f.due_at <= ? AND +f.platform IN ({marks}) ORDER BY f.due_at LIMIT ?"
)
_CHECKINS_DUE = (
    "SELECT k.platform, k.room_id, k.days, k.local_time, k.zone, k.question_set, "
    "k.window_minutes, k.roundup, k.due_at, k.recent, EXISTS (SELECT 1 FROM checkin_rounds r "
    "WHERE r.platform = k.platform AND r.room_id = k.room_id) "
    "FROM checkins k WHERE k.due_at <= ? AND +k.platform IN ({marks}) ORDER BY k.due_at LIMIT ?"
)
_ROUNDS_DUE = (
    "SELECT r.id, r.platform, r.room_id, r.closes_at, COALESCE(k.roundup, 1), "
    "COALESCE(k.zone, 'Europe/Amsterdam') FROM checkin_rounds r LEFT JOIN checkins k "
    "ON k.platform = r.platform AND k.room_id = r.room_id "
    "WHERE r.closes_at <= ? AND +r.platform IN ({marks}) ORDER BY r.closes_at LIMIT ?"
)


def _snapshot(values: Iterable[Any]) -> Snapshot | None:
    dialogue, state, updated_at, flagged, turn = values
    if dialogue is None:
        return None
    return Snapshot(dialogue, state, parse_iso(updated_at), bool(flagged), int(turn))


def _daily_job(row: Any) -> Job:
    platform, chat, user, at, zone, slot, due, recent, reminded = row[:9]
    return Job(
        "daily",
        ConversationKey(platform, chat, user),
        ref=f"{chat}|{user}",
        due=parse_iso(due),
        slot=parse_iso(slot),
        zone=zone,
        data={"local_time": at, "recent": recent, "reminded": reminded},
        conversation=_snapshot(row[9:14]),
    )


def _reminder_job(row: Any) -> Job:
    platform, chat, user, remind_at, zone, recent, prompt_turn = row[:7]
    asked = recent_list(recent)
    return Job(
        "reminder",
        ConversationKey(platform, chat, user),
        ref=f"{chat}|{user}",
        due=parse_iso(remind_at),
        slot=parse_iso(remind_at),
        zone=zone,
        data={"prompt": asked[-1] if asked else "", "prompt_turn": prompt_turn},
        conversation=_snapshot(row[7:12]),
    )


def _followup_job(row: Any) -> Job:
    ident, platform, chat, user, target, due, context = row[:7]
    return Job(
        "followup",
        ConversationKey(platform, chat, user),
        ref=str(ident),
        due=parse_iso(due),
        slot=parse_iso(due),
        zone=row[12],
        data={"target": target, "context": json.loads(context or "{}")},
        conversation=_snapshot(row[7:12]),
    )


def _checkin_job(row: Any) -> Job:
    platform, room, days, at, zone, question_set, window, roundup, due, recent, is_open = row
    return Job(
        "checkin_open",
        ConversationKey(platform, room, ROOM_USER),
        ref=room,
        due=parse_iso(due),
        slot=parse_iso(due),
        zone=zone,
        data={
            "days": days,
            "local_time": at,
            "set": question_set,
            "window": window,
            "roundup": roundup,
            "recent": recent,
            "open": bool(is_open),
        },
    )


def _round_job(row: Any) -> Job:
    ident, platform, room, closes_at, roundup, zone = row
    return Job(
        "checkin_close",
        ConversationKey(platform, room, ROOM_USER),
        ref=str(ident),
        due=parse_iso(closes_at),
        slot=parse_iso(closes_at),
        zone=zone,
        data={"roundup": bool(roundup)},
    )


def moment(text: str) -> datetime:
    """An ISO moment from the command line ("2026-11-23T09:00:00+01:00"); naive is UTC."""
    value = datetime.fromisoformat(text)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
