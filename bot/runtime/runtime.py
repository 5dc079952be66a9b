"""The runtime: load state, run the pure engine, commit, then release the replies.

Turns for one conversation key run strictly one at a time; different keys run
concurrently (and share commits, see :mod:`bot.store.db`). Adapters call
:meth:`Runtime.handle`, deliver what it returns, then :meth:`Runtime.delivered`;
an adapter that sends a turn in several steps records each one that went out with
:meth:`Runtime.progressed`, so a resend after a crash starts where it stopped.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time as clock_time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot import metrics
from bot.core import contract, journal, safety
from bot.core.engine import Engine
from bot.core.messages import (
    CheckinCommand,
    CheckinFacts,
    ConversationKey,
    ConversationState,
    DailyPrompt,
    DeleteJournal,
    Document,
    ExportData,
    ForgetUser,
    Inbound,
    OfferPrivateChat,
    Outbound,
    Picture,
    Profile,
    Reply,
    SaveJournal,
    ScheduleFollowUp,
    ShowJournal,
    TurnResult,
    UserKey,
)
from bot.core.safety.fallback import fallback_lines
from bot.core.schedule import times
from bot.logs import PSEUDONYMS
from bot.runtime import charts, enrich
from bot.runtime.lanes import KeyedLocks
from bot.runtime.ports import Transport
from bot.store.db import HANDLED_EVENTS_KEPT, Store
from bot.store.outbox import Pending
from bot.store.schedules import Blocked, ScheduleChange
from bot.store.turns import FollowUpRow, TurnWrite

log = logging.getLogger(__name__)
# How long a platform's re-delivery of an event is recognised (and not a new turn).
REDELIVERY_WINDOW = HANDLED_EVENTS_KEPT
Clock = Callable[[], datetime]

APOLOGY = (
    "Sorry, er ging iets mis aan mijn kant. Je bericht is niet verloren. "
    "Probeer het zo nog eens, of typ 'menu'."
)


SLOW_TURN_SECONDS = 1.0  # a turn this slow is logged at INFO (every turn at DEBUG)


def _fields(key: ConversationKey, outcome: str, elapsed: float | None) -> dict[str, object]:
    """What a turn's log line carries: no ids, no text, a pseudonym for the conversation."""
    fields: dict[str, object] = {
        "platform": key.platform,
        "conversation": PSEUDONYMS.of(key.platform, key.chat_id, key.user_id),
        "outcome": outcome,
    }
    if elapsed is not None:
        fields["latency_ms"] = round(elapsed * 1000, 1)
    return fields


def utcnow() -> datetime:
    return datetime.now(UTC)


def _risk_sign(inbound: Inbound, state: ConversationState | None) -> tuple[bool, bool]:
    """For a failed turn: did this message or the conversation show risk, and violence?"""
    violence = (
        state is not None
        and state.dialogue == contract.SAFETY
        and state.state.startswith(str(contract.VIOLENCE.state))
    )
    risk = state is not None and (state.flagged or state.dialogue == contract.SAFETY)
    if inbound.text:
        try:
            result = safety.screen(inbound.text)
        except Exception:  # the screen itself failed: better the lines once too often
            log.exception("safety screen failed while handling a failed turn")
            return True, violence
        risk = risk or result.level != "none" or result.violence
        violence = violence or result.violence
    return risk, violence


@dataclass(frozen=True, slots=True)
class Delivery:
    """Replies for one turn, already committed. Deliver them, then call ``delivered``."""

    pending: Pending | None

    @property
    def outbound(self) -> tuple[Outbound, ...]:
        return self.pending.outbound if self.pending else ()

    def resume_at(self, planned: int) -> int:
        """Where a (re)send of ``planned`` sends starts: after those that went out.

        From the top if the turn was recorded with another number of sends (a newer
        version splits it differently): better a message twice than one skipped.
        """
        pending = self.pending
        if pending is None or pending.planned != planned:
            return 0
        return pending.sent

    @property
    def replies(self) -> list[Reply]:
        return [o for o in self.outbound if isinstance(o, Reply)]


class Runtime:
    def __init__(
        self,
        engine: Engine,
        store: Store,
        *,
        clock: Clock = utcnow,
        cache_size: int = 10_000,
        default_region: str | None = None,
        renderer: charts.Renderer | None = None,
    ) -> None:
        self.engine = engine
        # Journal charts are drawn off the event loop (a worker process by default).
        self.renderer = renderer or charts.Renderer()
        self.store = store
        self.clock = clock
        self.default_region = default_region
        self._locks = KeyedLocks()
        # A person's profile and "vergeet mij" span their chats: their turns in a room
        # and in private take this lock too (always after the conversation's).
        self._user_locks = KeyedLocks()
        self._transports: dict[str, Transport] = {}
        # Recently active conversations, so a turn needs no read; bounded so memory
        # follows the number of active users, not of stored ones.
        # None is cached too: "known to be new" saves a read on the second message.
        self._states: OrderedDict[ConversationKey, ConversationState | None] = OrderedDict()
        self._profiles: OrderedDict[UserKey, Profile | None] = OrderedDict()
        # Other workers change a shared database's rows: there every turn reads afresh.
        self._cache_size = 0 if store.shared else cache_size

    def attach(self, transport: Transport) -> None:
        """The platform's adapter: asked about admin rights for check-in settings."""
        self._transports[transport.platform] = transport

    async def handle(self, inbound: Inbound) -> Delivery:
        """Run one turn. Returns only after its state and replies are committed."""
        started = clock_time.perf_counter()
        platform = inbound.key.platform
        try:
            delivery, outcome = await self._handle(inbound)
        except Exception:
            metrics.TURNS.labels(platform, "failed").inc()
            raise
        elapsed = clock_time.perf_counter() - started
        metrics.TURNS.labels(platform, outcome).inc()
        metrics.TURN_SECONDS.labels(platform).observe(elapsed)
        if delivery.outbound:
            metrics.RELEASED.labels(platform).inc()
        slow = elapsed >= SLOW_TURN_SECONDS
        if slow or log.isEnabledFor(logging.DEBUG):
            log.log(
                logging.INFO if slow else logging.DEBUG,
                "slow turn" if slow else "turn",
                extra=_fields(inbound.key, outcome, elapsed),
            )
        return delivery

    async def _handle(self, inbound: Inbound) -> tuple[Delivery, str]:
        key = inbound.key
        now = inbound.received_at or self.clock()
        inbound = await enrich.prepare(inbound, self.store, self._transports.get(key.platform), now)
        if inbound.chat_type == "group":
            facts = inbound.checkin or CheckinFacts()
            if inbound.answer_only and not facts.round_open:
                return Delivery(None), "ignored"  # a reaction to a round that is over
            if not inbound.addressed and not facts.watch:
                return Delivery(None), "ignored"  # for the others; no safety watch here
        async with (
            self._locks.hold(key),
            self._user_locks.hold(key.user),
            # Across workers sharing a PostgreSQL database: until this turn is committed.
            self.store.serialised(key.user),
        ):
            if inbound.event_id and await self.store.handled(key.platform, inbound.event_id):
                # Re-delivered: answer again only if the first answer never went out.
                pending = await self.store.pending_for_event(key.platform, inbound.event_id)
                return Delivery(pending), "redelivered"
            state, stored = await self._load(key)
            profile = stored or Profile(region=self.default_region)
            outcome = "ok"
            try:
                result = self.engine.turn(inbound, state, profile)
            except Exception:
                # A bug must not swallow the message silently nor crash the adapter.
                log.exception(
                    "turn failed for a conversation on %s",
                    key.platform,
                    extra=_fields(key, "failed", None),
                )
                write = self._apology(inbound, state, profile, now)
                outcome = "failed"
            else:
                if not inbound.addressed and not result.actions:
                    # A watched room's message that showed nothing: no turn, nothing kept.
                    return Delivery(None), "ignored"
                write = await self._write_for(inbound, result, now)
                if stored is not None and write.profile == stored:
                    write = replace(write, profile=None)  # unchanged: nothing to write
                if result.risk != "none":
                    region = result.profile.region or "none"
                    metrics.CRISIS.labels(region, result.risk).inc()
            try:
                await self.store.commit(write)
            except Exception:
                self._states.pop(key, None)
                self._profiles.pop(key.user, None)
                raise
            if write.forget:
                self._forget_cached(key)
            else:
                self._remember(key, write.state, write.profile or stored)
        if not write.outbox:
            return Delivery(None), outcome
        turn = write.state.turn if write.state else 0
        return Delivery(Pending(key, turn, write.outbox, inbound.event_id)), outcome

    async def progressed(self, delivery: Delivery, sent: int, planned: int) -> None:
        """The first ``sent`` of ``planned`` sends went out; returns once that is on disk.

        If the commit fails (the store logs it), this returns all the same: a resend
        after a crash then starts earlier, which repeats a message but loses none.
        """
        if delivery.pending is not None:
            with contextlib.suppress(Exception):
                await self.store.progress(delivery.pending, sent, planned)

    def delivered(self, delivery: Delivery) -> None:
        """The adapter delivered these replies; they need not be resent after a crash."""
        if delivery.pending and delivery.pending.key and delivery.outbound:
            self.store.ack(delivery.pending)

    async def gave_up(self, delivery: Delivery) -> None:
        """The adapter stopped trying to send these replies (the network is down, the
        platform says later): on a shared database the scheduler's holder resends them,
        though this worker lives on. A failed hand-over is logged by the store; on
        restart (one worker) or when this worker stops (several) they are resent anyway."""
        if delivery.pending is not None and delivery.outbound and self.store.shared:
            with contextlib.suppress(Exception):
                await self.store.hand_over(delivery.pending)

    async def undelivered(
        self, platform: str | None = None, *, orphaned_before: datetime | None = None
    ) -> list[Delivery]:
        """Replies committed before a crash but never confirmed: send them on start.

        On a database shared by several workers a starting worker cannot tell another
        one's replies in flight from a dead one's: there only the scheduler's holder
        resends, and only replies older than any send still under way
        (``orphaned_before``); an adapter starting up gets none."""
        if self.store.shared and orphaned_before is None:
            return []
        found = await self.store.undelivered(platform, before=orphaned_before)
        return [Delivery(p) for p in found]

    async def flush(self) -> None:
        await self.store.flush()

    async def reachable(self, key: ConversationKey, reachable: bool) -> None:
        """The platform says the person blocked the bot (False) or unblocked it (True):
        their daily question waits while blocked, and comes again after."""
        change: ScheduleChange = DailyPrompt("resume") if reachable else Blocked()
        await self.store.commit(TurnWrite(key, self.clock(), None, None, schedule=(change,)))

    async def close(self) -> None:
        """Stop the chart worker and close the database (after the last turn)."""
        await self.renderer.aclose()
        await self.store.close()

    # ----------------------------------------------------------------- internals

    async def _load(self, key: ConversationKey) -> tuple[ConversationState | None, Profile | None]:
        if key in self._states and key.user in self._profiles:
            self._states.move_to_end(key)
            self._profiles.move_to_end(key.user)
            return self._states[key], self._profiles[key.user]
        state, profile = await self.store.load(key)
        self._remember(key, state, profile)
        return state, profile

    def _remember(
        self, key: ConversationKey, state: ConversationState | None, profile: Profile | None
    ) -> None:
        self._states[key] = state
        self._states.move_to_end(key)
        self._profiles[key.user] = profile
        self._profiles.move_to_end(key.user)
        while len(self._states) > self._cache_size:
            self._states.popitem(last=False)
        while len(self._profiles) > self._cache_size:
            self._profiles.popitem(last=False)

    def _forget_cached(self, key: ConversationKey) -> None:
        self._profiles.pop(key.user, None)
        for other in [k for k in self._states if k.user == key.user]:
            del self._states[other]

    def _apology(
        self,
        inbound: Inbound,
        state: ConversationState | None,
        profile: Profile | None,
        now: datetime,
    ) -> TurnWrite:
        base = state or self.engine.new_state()
        kept = replace(base, turn=base.turn + 1)
        apology = APOLOGY
        risk, violence = _risk_sign(inbound, state)
        if risk:
            # Whatever failed, someone who showed a risk sign still gets the lines.
            region = profile.region if profile else self.default_region
            apology = f"{APOLOGY}\n\n{fallback_lines(region, violence=violence)}"
            kept = replace(kept, flagged=True)
        # A turn the bot started itself gets no apology (nobody asked anything), but its
        # schedule row is still marked done: a broken prompt must not come back every tick.
        done = inbound.scheduled
        return TurnWrite(
            key=inbound.key,
            at=now,
            state=kept,
            profile=profile,
            outbox=() if inbound.kind in ("followup", "checkin") else (Reply(apology),),
            event_id=inbound.event_id,
            schedule=(done,) if done else (),
        )

    async def _write_for(self, inbound: Inbound, result: TurnResult, now: datetime) -> TurnWrite:
        key = inbound.key
        outbox: list[Outbound] = []
        journal = []
        followups = []
        schedule: list[ScheduleChange] = [inbound.scheduled] if inbound.scheduled else []
        forget = False
        deleted: list[int] = []
        for action in result.actions:
            if isinstance(action, Reply | OfferPrivateChat | Document):
                outbox.append(action)
            elif isinstance(action, SaveJournal):
                journal.append(action.entry)
            elif isinstance(action, ScheduleFollowUp):
                followups.append(FollowUpRow(action.target, now + action.delay, action.context))
            elif isinstance(action, ExportData):
                outbox.append(await self._export(key, result))
            elif isinstance(action, ForgetUser):
                forget = True
            elif isinstance(action, ShowJournal):
                outbox.append(await self._journal_view(key.user, action, result.profile, now))
            elif isinstance(action, DeleteJournal):
                ids, said = await self._journal_delete(key.user, action, result.profile, now)
                deleted += ids
                outbox.append(Reply(said))
            elif isinstance(action, DailyPrompt | CheckinCommand):
                schedule.append(action)
        return TurnWrite(
            key=key,
            at=now,
            state=None if forget else result.state,
            profile=None if forget else result.profile,
            outbox=tuple(outbox),
            event_id=inbound.event_id,
            journal=tuple(journal),
            journal_deleted=tuple(deleted),
            followups=tuple(followups),
            schedule=tuple(schedule),
            forget=forget,
        )

    def text(self, key: str) -> str:
        """One of the dialogues' common texts (the first variant)."""
        return self.engine.texts.get(key)[0]

    async def _zone(self, user: UserKey, profile: Profile) -> ZoneInfo:
        """The person's own time zone: their daily question's, else their country's."""
        return times.zone(await self.store.user_zone(user) or times.region_zone(profile.region))

    async def _journal_view(
        self, user: UserKey, action: ShowJournal, profile: Profile, now: datetime
    ) -> Reply | Picture:
        where = await self._zone(user, profile)
        today = now.astimezone(where).date()
        since = None
        if action.days is not None:
            since = datetime.combine(today - timedelta(days=action.days - 1), time(), where)
        shown = journal.entries(await self.store.journal(user, since), where)
        span = journal.period(action.days, today, shown)
        shown = journal.within(shown, span)
        if not shown:
            empty = "dagboek_leeg" if action.days is None else "dagboek_leeg_periode"
            return Reply(self.text(empty))
        words = " ".join(journal.sentences(shown, span, self.text))
        sketch = journal.sketch(shown, span, self.text)
        suffix = f"_{action.days}" if action.days in (7, 30) else ""
        data = journal.chart_data(shown, span, self.text(f"dagboek_titel{suffix}"), self.text)
        try:
            png, width, height = await self.renderer.draw(data)
        except Exception as exc:  # no chart library, or a broken one: the words still go
            log.warning("journal chart not drawn (%s); sent as text", type(exc).__name__)
            metrics.CHARTS.labels("text").inc()
            return Reply(f"{self.text('dagboek_tekst')}\n{sketch}\n\n{words}")
        metrics.CHARTS.labels("drawn").inc()
        return Picture("mijn-dagboek.png", png, words, sketch, width, height)

    async def _journal_delete(
        self, user: UserKey, action: DeleteJournal, profile: Profile, now: datetime
    ) -> tuple[list[int], str]:
        """Which entries go, and how the bot says what it wiped."""
        where = await self._zone(user, profile)
        kept = journal.entries(await self.store.journal(user), where)
        if action.scope in ("all", "last") and not kept:
            return [], self.text("dagboek_niets")
        if action.scope == "last":
            day = journal.long_day(kept[-1].at.date())
            return [kept[-1].id], self.text("dagboek_gewist_laatste").format(dag=day)
        if action.scope == "all":
            said = self.text("dagboek_gewist_alles").format(aantal=self._notes(len(kept)))
            return [e.id for e in kept], said
        ref = journal.parse_day(action.day or "")
        found = ref.resolve(now.astimezone(where).date()) if ref else None
        if found is None:
            return [], self.text("dagboek_dag_onbekend")
        ids = [e.id for e in kept if e.at.date() == found]
        day = journal.long_day(found)
        if not ids:
            return [], self.text("dagboek_niets_dag").format(dag=day)
        return ids, self.text("dagboek_gewist_dag").format(dag=day, aantal=self._notes(len(ids)))

    def _notes(self, n: int) -> str:
        if n == 1:
            return self.text("dagboek_notitie")
        return self.text("dagboek_notities").format(aantal=n)

    async def _export(self, key: ConversationKey, result: TurnResult) -> Document:
        await self.store.flush()  # include everything committed so far
        data = await self.store.export_user(key.user)
        data["exported_at"] = self.clock().isoformat(timespec="seconds")
        content = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
        caption = self.engine.texts.get("export_caption")[0]
        return Document("verbonden-mijn-gegevens.json", content, caption)
