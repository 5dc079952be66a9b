"""One group commit: every turn's writes (state, profile, journal, follow-ups, the
handled event id, the replies, the schedule changes) in one transaction.

The store batches turns that finish while a commit is in flight; this module writes
a batch. Schedule changes are rendered to SQL here, inside the transaction, so what
they read is what they write over (see :mod:`bot.store.schedules`).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.core.messages import ConversationKey, ConversationState, Outbound, Profile, SlotValue
from bot.core.schedule.times import iso
from bot.store import privacy, schedules
from bot.store.backends import Db
from bot.store.outbox import encode_outbound
from bot.store.schedules import ScheduleChange

SqlStatement = tuple[str, tuple[Any, ...]]
Operation = Callable[[Db], Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    target: str
    due_at: datetime
    context: Mapping[str, SlotValue]


@dataclass(frozen=True, slots=True)
class TurnWrite:
    """Everything one turn changes; committed atomically."""

    key: ConversationKey
    at: datetime
    state: ConversationState | None
    profile: Profile | None
    outbox: tuple[Outbound, ...] = ()
    event_id: str | None = None
    journal: tuple[Mapping[str, SlotValue], ...] = ()
    journal_deleted: tuple[int, ...] = ()  # ids of key.user's journal entries to delete
    followups: tuple[FollowUpRow, ...] = ()
    # Schedule rows this turn changes (daily question, check-ins, a scheduled turn done),
    # typed: the store renders them inside this write's transaction.
    schedule: tuple[ScheduleChange, ...] = ()
    forget: bool = False  # delete everything about key.user (after the rest)


@dataclass
class Batch:
    writes: list[tuple[TurnWrite, asyncio.Future[None]]] = field(default_factory=list)
    acks: list[tuple[str, str, str, int]] = field(default_factory=list)
    # ((sent, planned, platform, chat_id, user_id, turn), waiter): how far a delivery got
    progress: list[tuple[tuple[int, int, str, str, str, int], asyncio.Future[None]]] = field(
        default_factory=list
    )

    # Small read-then-write operations (the scheduler lease) in the same transaction.
    ops: list[tuple[Operation, asyncio.Future[Any]]] = field(default_factory=list)
    results: list[tuple[asyncio.Future[Any], Any]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.writes or self.acks or self.progress or self.ops)

    def waiters(self) -> list[asyncio.Future[Any]]:
        return (
            [f for _, f in self.writes] + [f for _, f in self.progress] + [f for _, f in self.ops]
        )

    def split(self) -> list[Batch]:
        """Each write, and the rest, on its own: so one bad write fails only itself."""
        parts = [Batch(writes=[w]) for w in self.writes]
        rest = Batch(acks=self.acks, progress=self.progress, ops=self.ops)
        return [*parts, rest] if rest else parts


async def write_batch(db: Db, batch: Batch, *, worker: str | None = None) -> None:
    """Everything in ``batch`` in one transaction: all of it, or (raising) nothing."""
    writes = [w for w, _ in batch.writes]
    await db.begin()
    try:
        users = [
            (
                w.key.platform,
                w.key.user_id,
                w.profile.region,
                int(w.profile.welcomed),
                iso(w.at),
                None if w.profile.journal_more is None else int(w.profile.journal_more),
            )
            for w in writes
            if w.profile is not None and not w.forget
        ]
        if users:
            await db.executemany(
                _UPSERT_USER,
                users,
            )
        convs = [_conversation_row(w) for w in writes if w.state is not None and not w.forget]
        if convs:
            await db.executemany(
                _UPSERT_CONVERSATION,
                convs,
            )
        journal = [
            (w.key.platform, w.key.user_id, iso(w.at), _json(e)) for w in writes for e in w.journal
        ]
        if journal:
            await db.executemany(
                "INSERT INTO journal (platform, user_id, created_at, entry) VALUES (?, ?, ?, ?)",
                journal,
            )
        deleted = [(i, w.key.platform, w.key.user_id) for w in writes for i in w.journal_deleted]
        if deleted:
            await db.executemany(
                "DELETE FROM journal WHERE id=? AND platform=? AND user_id=?", deleted
            )
        followups = [
            (
                w.key.platform,
                w.key.chat_id,
                w.key.user_id,
                f.target,
                iso(f.due_at),
                _json(f.context),
                iso(w.at),
            )
            for w in writes
            for f in w.followups
        ]
        if followups:
            await db.executemany(
                "INSERT INTO followups (platform, chat_id, user_id, target, due_at, context, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                followups,
            )
        # A "forget me" turn keeps its event id too, so a re-delivery cannot start
        # a new conversation; but without the chat or user: nothing about them.
        events = [
            (w.key.platform, w.event_id, *_event_owner(w), iso(w.at)) for w in writes if w.event_id
        ]
        if events:
            await db.executemany(
                "INSERT INTO handled_events (platform, event_id, chat_id, user_id, "
                "handled_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                events,
            )
        outbox = [
            (
                w.key.platform,
                w.key.chat_id,
                w.key.user_id,
                w.state.turn,
                w.event_id,
                encode_outbound(w.outbox),
                iso(w.at),
                worker,
            )
            for w in writes
            if w.outbox and w.state is not None
        ]
        if outbox:
            await db.executemany(
                "INSERT INTO outbox (platform, chat_id, user_id, turn, event_id, payload, "
                "created_at, worker) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, "
                "chat_id, user_id, turn) DO UPDATE SET event_id=excluded.event_id, "
                "payload=excluded.payload, created_at=excluded.created_at, sent=0, planned=0, "
                "worker=excluded.worker",
                outbox,
            )
        if batch.progress:
            # Before the acks: an ack in the same batch deletes the row anyway.
            await db.executemany(
                "UPDATE outbox SET sent=?, planned=? "
                "WHERE platform=? AND chat_id=? AND user_id=? AND turn=?",
                [row for row, _ in batch.progress],
            )
        if batch.acks:
            # Delivering turn N also retires older unconfirmed replies of the same
            # conversation: the user has moved on, resending them would confuse.
            await db.executemany(
                "DELETE FROM outbox WHERE platform=? AND chat_id=? AND user_id=? AND turn<=?",
                batch.acks,
            )
        await _write_schedules(db, writes)
        for w in writes:
            if w.forget:
                await privacy.delete_user(db, w.key.user)
        batch.results = [(future, await op(db)) for op, future in batch.ops]
        await db.commit()
    except BaseException:
        batch.results = []
        await db.rollback()
        raise


async def _write_schedules(db: Db, writes: list[TurnWrite]) -> None:
    """Render each write's schedule changes in order, inside the open transaction.

    Statements that need no read are gathered (a burst of prompts becomes one
    executemany); before a change that reads, those gathered are executed, so
    it reads the batch's earlier writes too."""
    gathered: list[SqlStatement] = []
    for w in writes:
        if w.forget:
            continue
        turn = w.state.turn if w.state is not None else None
        for change in w.schedule:
            if schedules.needs_read(change):
                await _execute_in_runs(db, gathered)
                gathered = []
            gathered += await schedules.statements(change, w.key, w.at, turn, db.fetch)
    await _execute_in_runs(db, gathered)


_UPSERT_CONVERSATION = (
    "INSERT INTO conversations (platform, chat_id, user_id, dialogue, state, slots, resume, "
    "last_said, unclear_count, flagged, turn, updated_at, concern_turn) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (platform, chat_id, user_id) DO UPDATE SET dialogue=excluded.dialogue, "
    "state=excluded.state, slots=excluded.slots, resume=excluded.resume, "
    "last_said=excluded.last_said, unclear_count=excluded.unclear_count, "
    "flagged=excluded.flagged, turn=excluded.turn, updated_at=excluded.updated_at, "
    "concern_turn=excluded.concern_turn"
)
_UPSERT_USER = (
    "INSERT INTO users (platform, user_id, region, welcomed, created_at, updated_at, "
    "journal_more) VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6) ON CONFLICT (platform, user_id) "
    "DO UPDATE SET region=excluded.region, welcomed=excluded.welcomed, "
    "updated_at=excluded.updated_at, journal_more=excluded.journal_more"
)


def _event_owner(w: TurnWrite) -> tuple[str, str]:
    return ("", "") if w.forget else (w.key.chat_id, w.key.user_id)


def _json(value: Mapping[str, Any]) -> str:
    return json.dumps(dict(value), ensure_ascii=False)


async def _execute_in_runs(db: Db, statements: list[SqlStatement]) -> None:
    """Run statements in order; a run of the same statement goes as one executemany."""
    start = 0
    while start < len(statements):
        sql = statements[start][0]
        end = start + 1
        while end < len(statements) and statements[end][0] == sql:
            end += 1
        if end - start == 1:
            await db.execute(sql, statements[start][1])
        else:
            await db.executemany(sql, [args for _, args in statements[start:end]])
        start = end


def _conversation_row(w: TurnWrite) -> tuple[Any, ...]:
    s = w.state
    assert s is not None
    return (
        w.key.platform,
        w.key.chat_id,
        w.key.user_id,
        s.dialogue,
        s.state,
        _json(s.slots),
        json.dumps(list(s.resume)) if s.resume else None,
        s.last_said,
        s.unclear_count,
        int(s.flagged),
        s.turn,
        iso(w.at),
        s.concern_turn,
    )
