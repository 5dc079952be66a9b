"""The scheduler service: find due work in the store, decide (see
:mod:`bot.core.schedule.policy`), and start each job as a turn.

Sending a job is a turn through :meth:`Runtime.handle` (committed together with the
row's advance, see :mod:`bot.store.schedules`), then the platform's
:class:`~bot.service.sender.Sender`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot import metrics
from bot.config import SchedulerConfig
from bot.core import contract
from bot.core.messages import Inbound, Outbound, ScheduledKind, ScheduledTurn, SlotValue
from bot.core.schedule import prompts, times
from bot.core.schedule.checkins import Participation
from bot.core.schedule.policy import Job, Policy, catch_up, decide
from bot.core.schedule.prompts import recent_json, recent_list
from bot.core.schedule.times import iso
from bot.runtime.ports import Transport
from bot.runtime.runtime import Clock, Runtime, utcnow
from bot.service.sender import Limits, RealTicker, Sender, Ticker
from bot.store.db import Store
from bot.store.leases import lease_holder
from bot.store.turns import TurnWrite

log = logging.getLogger(__name__)
LEASE = "scheduler"
LEASE_SECONDS = 300


def policy_of(config: SchedulerConfig) -> Policy:
    hours = config.reminder_after_hours
    return Policy(
        window=timedelta(minutes=config.missed_window_minutes),
        quiet_start=config.quiet_hours_start,
        quiet_end=config.quiet_hours_end,
        busy=timedelta(minutes=config.busy_minutes),
        reminder_after=timedelta(hours=hours) if hours > 0 else None,
        spread=timedelta(minutes=config.spread_minutes),
    )


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
        holder: str | None = None,
    ) -> None:
        self.runtime = runtime
        self.store: Store = runtime.store
        self.transports = dict(transports)
        self.config = config or SchedulerConfig()
        self.policy = policy_of(self.config)
        self.clock = clock or runtime.clock
        self.ticker = ticker or RealTicker()
        self.batch = batch
        self.workers = workers
        self.on_sent = on_sent
        self.holder = holder or lease_holder()
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
        if self.store.shared:
            await self._resend_orphans(now or self.clock(), report)
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

    async def run_forever(self, stopping: asyncio.Event, *, while_held: bool = False) -> bool:
        """The loop `verbonden run` starts: look for due work every ``tick_seconds``.

        ``while_held``: return (False) as soon as another holds the lease, for a worker
        that must stop what only the lease's holder may run."""
        while not stopping.is_set():
            try:
                report = await self.run_due()
                if report.sent:
                    log.info("scheduler: %s", report.summary())
                if while_held and not report.lease:
                    await self.close()
                    return False
            except Exception:
                log.exception("scheduler run failed; trying again next tick")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stopping.wait(), timeout=self.config.tick_seconds)
        await self.close()
        return True

    async def close(self) -> None:
        for sender in self.senders.values():
            await sender.close()
        await self.store.release_lease(LEASE, self.holder)

    async def _resend_orphans(self, now: datetime, report: Report) -> None:
        """Several workers: replies a worker committed but never sent (it was killed in
        between) go out from here, once they are older than any send still under way.
        The scheduler's own sends are never among them: each run waits for its sends."""
        await self.runtime.flush()  # confirmations handed to the store are committed first
        for platform, sender in self.senders.items():
            # By default 5 minutes: a send's retries give up within about a minute and a
            # half, so an unconfirmed reply this old has no live sender any more.
            before = now - timedelta(seconds=self.config.resend_after_seconds)
            found = await self.runtime.undelivered(platform, orphaned_before=before)
            for delivery in found:
                assert delivery.pending is not None
                key = delivery.pending.key
                # Telegram's private chats have the person's id; anything else is a room.
                group = key.chat_id != key.user_id
                await sender.submit(delivery, group=group, kind="resend")
                report.sent["resend"] += 1
            if found:
                log.info(
                    "%s: resending %d reply batch(es) a stopped worker left", platform, len(found)
                )

    async def _lease(self) -> bool:
        """One scheduler per database: hold a lease, renewed while running."""
        return await self.store.take_lease(LEASE, self.holder, self.lease_clock(), LEASE_SECONDS)

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
            kind: ScheduledKind = "daily_postpone" if job.kind == "daily" else "followup_postpone"
            done = ScheduledTurn(kind, job.ref, decision.until, {"slot": job.row_slot})
        else:
            report.skipped[job.kind] += 1
            done = self._skip(job, now)
        await self.store.commit(TurnWrite(job.key, now, None, None, schedule=(done,)))

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
            template = self.runtime.text("daily_reminder")
            context: dict[str, SlotValue] = {
                "vraag": template.format(vraag=text),
                "thema": question.theme if question else "zelf",
            }
            done = ScheduledTurn("reminder", job.ref)
            return Inbound(
                job.key,
                kind="followup",
                target=str(contract.DAILY_QUESTION),
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
        joined = await self._participation(transport, int(job.ref), job.key.chat_id)
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
            target=str(contract.DAILY_QUESTION),
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
        return await self.store.due(sorted(self.transports), now, limit)

    async def _participation(
        self, transport: Transport | None, round_id: int, room: str
    ) -> Participation:
        """Who answered ``round_id``; muted members count, but are never named."""
        named: list[str] = []
        unnamed = 0
        for user_id, muted in await self.store.round_answers(round_id, room):
            name = None
            if not muted and transport is not None:
                try:
                    name = (await transport.display_name(room, user_id)).strip() or None
                except Exception as exc:
                    log.warning("could not look up a display name (%s)", type(exc).__name__)
            if name:
                named.append(name)
            else:
                unnamed += 1
        return Participation(named, unnamed)
