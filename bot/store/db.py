"""SQLite persistence through aiosqlite: WAL, numbered migrations, group commit.

Every turn's writes (state, profile, journal, follow-ups, the handled event id
and the outgoing replies) go into one transaction. Turns that finish while a
commit is in flight are batched into the next one, so a thousand concurrent
conversations cost a handful of fsyncs, not a thousand, while each reply is
still released only after its own state is on disk.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import sqlite3
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import aiosqlite

from bot import metrics
from bot.core.messages import (
    ConversationKey,
    ConversationState,
    Outbound,
    Profile,
    SlotValue,
    UserKey,
)
from bot.core.schedule.policy import Job
from bot.store import due, privacy, rooms, schedules
from bot.store.outbox import Pending, decode_outbound, encode_outbound
from bot.store.rooms import RoomFacts
from bot.store.schedules import ScheduleChange

log = logging.getLogger(__name__)
# Telegram keeps undelivered updates for 24 hours; Matrix re-sends within a sync.
HANDLED_EVENTS_KEPT = timedelta(days=7)
Durability = Literal["full", "normal"]
SqlStatement = tuple[str, tuple[Any, ...]]
Operation = Callable[[aiosqlite.Connection], Awaitable[Any]]


class DatabaseTooNew(RuntimeError):
    """The database was written by a newer Verbonden: this one must not touch it."""


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
class _Batch:
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

    def split(self) -> list[_Batch]:
        """Each write, and the rest, on its own: so one bad write fails only itself."""
        parts = [_Batch(writes=[w]) for w in self.writes]
        rest = _Batch(acks=self.acks, progress=self.progress, ops=self.ops)
        return [*parts, rest] if rest else parts


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("bot.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)


LATEST_VERSION = _migrations()[-1][0]


class Store:
    """One connection per process; the runtime serialises turns per conversation."""

    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db
        self._batch = _Batch()
        self._flushing: asyncio.Task[None] | None = None
        self.commits = 0  # how many transactions were committed (for benchmarks)

    @classmethod
    async def open(cls, path: str | Path, *, durability: Durability = "full") -> Store:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        db = await aiosqlite.connect(str(path), isolation_level=None)
        await db.execute("PRAGMA journal_mode=WAL")
        # FULL survives power loss; NORMAL survives a crashed process but not a crashed machine.
        await db.execute(f"PRAGMA synchronous={'FULL' if durability == 'full' else 'NORMAL'}")
        await db.execute("PRAGMA foreign_keys=ON")
        await db.execute("PRAGMA busy_timeout=5000")
        store = cls(db)
        await store._migrate()
        await store._prune()
        return store

    async def _prune(self) -> None:
        """Event ids are only needed while a platform may still re-deliver them."""
        horizon = _iso(datetime.now(UTC) - HANDLED_EVENTS_KEPT)
        await self._db.execute("DELETE FROM handled_events WHERE handled_at < ?", (horizon,))

    async def _migrate(self) -> None:
        async with self._db.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        current = int(row[0]) if row else 0
        if current > LATEST_VERSION:
            raise DatabaseTooNew(
                f"this database has schema version {current}, newer than this Verbonden knows "
                f"({LATEST_VERSION}): it was used by a newer release. Run that release, or a "
                "backup from before the upgrade; nothing was changed."
            )
        for version, script in _migrations():
            if version <= current:
                continue
            # executescript commits on its own; the version bump is part of the script.
            await self._db.executescript(
                f"BEGIN;\n{script}\nPRAGMA user_version={version};\nCOMMIT;"
            )
            log.info("database migrated to schema version %d", version)

    async def schema_version(self) -> int:
        async with self._db.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def ready(self) -> bool:
        """The database answers and its schema is this version's (for /readyz)."""
        return await self.schema_version() == LATEST_VERSION

    async def gauges(self, now: datetime) -> tuple[int, float, int]:
        """For /metrics: undelivered turns, age of the oldest (s), scheduled turns due."""
        at = _iso(now)
        async with self._db.execute("SELECT COUNT(*), MIN(created_at) FROM outbox") as cur:
            row = await cur.fetchone()
        backlog, oldest = (int(row[0]), row[1]) if row else (0, None)
        age = (now - datetime.fromisoformat(oldest)).total_seconds() if oldest else 0.0
        async with self._db.execute(
            "SELECT (SELECT COUNT(*) FROM daily_prompts WHERE due_at <= ?1) + "
            "(SELECT COUNT(*) FROM followups WHERE due_at <= ?1) + "
            "(SELECT COUNT(*) FROM checkins WHERE due_at <= ?1)",
            (at,),
        ) as cur:
            row = await cur.fetchone()
        return backlog, max(0.0, age), int(row[0]) if row else 0

    async def close(self) -> None:
        await self.flush()
        # Keep the query planner's statistics fresh: with stale ones SQLite picked
        # platform-wide scans over the due-time indexes.
        await self._db.execute("PRAGMA optimize")
        await self._db.close()

    # ----------------------------------------------------------------- reads

    async def load(self, key: ConversationKey) -> tuple[ConversationState | None, Profile | None]:
        async with self._db.execute(
            "SELECT dialogue, state, slots, resume, last_said, unclear_count, flagged, turn, "
            "concern_turn "
            "FROM conversations WHERE platform=? AND chat_id=? AND user_id=?",
            (key.platform, key.chat_id, key.user_id),
        ) as cur:
            row = await cur.fetchone()
        state = None
        if row:
            resume = json.loads(row[3]) if row[3] else None
            state = ConversationState(
                dialogue=row[0],
                state=row[1],
                slots=json.loads(row[2]),
                resume=(resume[0], resume[1]) if resume else None,
                last_said=row[4],
                unclear_count=row[5],
                flagged=bool(row[6]),
                turn=row[7],
                concern_turn=row[8],
            )
        return state, await self.profile(key.user)

    async def profile(self, user: UserKey) -> Profile | None:
        async with self._db.execute(
            "SELECT region, welcomed, (SELECT d.local_time FROM daily_prompts d "
            "WHERE d.platform=u.platform AND d.user_id=u.user_id LIMIT 1), journal_more "
            "FROM users u WHERE platform=? AND user_id=?",
            (user.platform, user.user_id),
        ) as cur:
            row = await cur.fetchone()
        if not row:
            return None
        more = None if row[3] is None else bool(row[3])
        return Profile(region=row[0], welcomed=bool(row[1]), daily=row[2], journal_more=more)

    async def journal(
        self, user: UserKey, since: datetime | None = None
    ) -> list[tuple[int, datetime, dict[str, Any]]]:
        """The user's journal entries (id, when, entry), oldest first, from ``since`` on."""
        sql = "SELECT id, created_at, entry FROM journal WHERE platform=? AND user_id=?"
        args: tuple[str, ...] = (user.platform, user.user_id)
        if since is not None:
            sql += " AND created_at >= ?"
            args += (_iso(since),)
        async with self._db.execute(sql + " ORDER BY created_at, id", args) as cur:
            rows = await cur.fetchall()
        return [(r[0], datetime.fromisoformat(r[1]), json.loads(r[2])) for r in rows]

    async def user_zone(self, user: UserKey) -> str | None:
        """The time zone of the user's daily question, when they have one."""
        async with self._db.execute(
            "SELECT zone FROM daily_prompts WHERE platform=? AND user_id=? LIMIT 1",
            (user.platform, user.user_id),
        ) as cur:
            row = await cur.fetchone()
        return str(row[0]) if row and row[0] else None

    async def handled(self, platform: str, event_id: str) -> bool:
        async with self._db.execute(
            "SELECT 1 FROM handled_events WHERE platform=? AND event_id=?", (platform, event_id)
        ) as cur:
            return await cur.fetchone() is not None

    async def pending_for_event(self, platform: str, event_id: str) -> Pending | None:
        async with self._db.execute(
            "SELECT chat_id, user_id, turn, payload, sent, planned FROM outbox "
            "WHERE platform=? AND event_id=?",
            (platform, event_id),
        ) as cur:
            row = await cur.fetchone()
        if not row:
            return None
        key = ConversationKey(platform, row[0], row[1])
        return Pending(key, row[2], decode_outbound(row[3]), event_id, row[4], row[5])

    async def undelivered(self, platform: str | None = None) -> list[Pending]:
        sql = (
            "SELECT platform, chat_id, user_id, turn, payload, event_id, sent, planned FROM outbox"
        )
        args: tuple[str, ...] = ()
        if platform:
            sql += " WHERE platform=?"
            args = (platform,)
        async with self._db.execute(sql + " ORDER BY created_at, turn", args) as cur:
            rows = await cur.fetchall()
        return [
            Pending(ConversationKey(r[0], r[1], r[2]), r[3], decode_outbound(r[4]), *r[5:])
            for r in rows
        ]

    # ----------------------------------------------------------------- writes (group commit)

    async def commit(self, write: TurnWrite) -> None:
        """Return once ``write`` is durably committed (possibly together with others)."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._batch.writes.append((write, future))
        self._kick()
        await future

    def ack(self, pending: Pending) -> None:
        """The replies of ``pending`` were delivered; drop them with the next commit."""
        k = pending.key
        self._batch.acks.append((k.platform, k.chat_id, k.user_id, pending.turn))
        self._kick()

    async def progress(self, pending: Pending, sent: int, planned: int) -> None:
        """The first ``sent`` of ``planned`` sends went out; return once that is committed."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        k = pending.key
        self._batch.progress.append(
            ((sent, planned, k.platform, k.chat_id, k.user_id, pending.turn), future)
        )
        self._kick()
        await future

    async def flush(self) -> None:
        """Wait until everything handed to the store so far is committed."""
        while self._batch or self._busy():
            self._kick()
            assert self._flushing is not None
            await asyncio.shield(self._flushing)

    def _busy(self) -> bool:
        return self._flushing is not None and not self._flushing.done()

    def _kick(self) -> None:
        if not self._busy():
            self._flushing = asyncio.get_running_loop().create_task(self._flush_loop())

    async def _flush_loop(self) -> None:
        while self._batch:
            batch, self._batch = self._batch, _Batch()
            started = time.perf_counter()
            try:
                await self._write_batch(batch)
            except Exception as exc:
                if len(batch.writes) + bool(batch.acks or batch.progress or batch.ops) > 1:
                    # One turn's bad write must not fail every turn it was batched with:
                    # retry each on its own, and fail only the one that fails again.
                    log.warning(
                        "commit of a batch failed (%s); retrying one by one", type(exc).__name__
                    )
                    for part in batch.split():
                        await self._commit_alone(part)
                    continue
                self._fail(batch, exc)
                continue
            except BaseException as exc:  # cancelled: every waiter must hear, then it goes on
                self._fail(batch, RuntimeError("store closed"))
                raise exc
            self._succeed(batch, started)

    async def _commit_alone(self, batch: _Batch) -> None:
        started = time.perf_counter()
        try:
            await self._write_batch(batch)
        except Exception as exc:
            self._fail(batch, exc)
        else:
            self._succeed(batch, started)

    def _succeed(self, batch: _Batch, started: float) -> None:
        metrics.COMMIT_SECONDS.observe(time.perf_counter() - started)
        metrics.COMMIT_BATCH.observe(len(batch.writes))
        for op_future, result in batch.results:
            if not op_future.done():
                op_future.set_result(result)
        for future in batch.waiters():
            if not future.done():
                future.set_result(None)

    @staticmethod
    def _fail(batch: _Batch, exc: Exception) -> None:
        log.error("commit failed: %s", type(exc).__name__)
        for future in batch.waiters():
            if not future.done():
                future.set_exception(exc)

    async def _write_batch(self, batch: _Batch) -> None:
        db = self._db
        writes = [w for w, _ in batch.writes]
        await db.execute("BEGIN IMMEDIATE")
        try:
            users = [
                (
                    w.key.platform,
                    w.key.user_id,
                    w.profile.region,
                    int(w.profile.welcomed),
                    _iso(w.at),
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
                    "INSERT OR REPLACE INTO conversations (platform, chat_id, user_id, dialogue, "
                    "state, slots, resume, last_said, unclear_count, flagged, turn, updated_at, "
                    "concern_turn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    convs,
                )
            journal = [
                (w.key.platform, w.key.user_id, _iso(w.at), _json(e))
                for w in writes
                for e in w.journal
            ]
            if journal:
                await db.executemany(
                    "INSERT INTO journal (platform, user_id, created_at, entry) "
                    "VALUES (?, ?, ?, ?)",
                    journal,
                )
            deleted = [
                (i, w.key.platform, w.key.user_id) for w in writes for i in w.journal_deleted
            ]
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
                    _iso(f.due_at),
                    _json(f.context),
                    _iso(w.at),
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
                (w.key.platform, w.event_id, *_event_owner(w), _iso(w.at))
                for w in writes
                if w.event_id
            ]
            if events:
                await db.executemany(
                    "INSERT OR IGNORE INTO handled_events (platform, event_id, chat_id, user_id, "
                    "handled_at) VALUES (?, ?, ?, ?, ?)",
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
                    _iso(w.at),
                )
                for w in writes
                if w.outbox and w.state is not None
            ]
            if outbox:
                await db.executemany(
                    "INSERT OR REPLACE INTO outbox (platform, chat_id, user_id, turn, event_id, "
                    "payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
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
            await self._write_schedules(writes)
            for w in writes:
                if w.forget:
                    await privacy.delete_user(db, w.key.user)
            batch.results = [(future, await op(db)) for op, future in batch.ops]
            await db.execute("COMMIT")
            self.commits += 1
        except BaseException:
            batch.results = []
            await db.execute("ROLLBACK")
            raise

    async def _write_schedules(self, writes: list[TurnWrite]) -> None:
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
                    await _execute_in_runs(self._db, gathered)
                    gathered = []
                gathered += await schedules.statements(change, w.key, w.at, turn, self._read)
        await _execute_in_runs(self._db, gathered)

    async def _read(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        async with self._db.execute(sql, tuple(args)) as cur:
            return list(await cur.fetchall())

    # ----------------------------------------------------------------- privacy

    async def export_user(self, user: UserKey) -> dict[str, Any]:
        """Everything stored about ``user``, as plain JSON-ready data."""
        return await privacy.export_user(self._db, user)

    async def rows_about(self, user: UserKey) -> int:
        """How many rows mention ``user`` in any table (0 after forgetting)."""
        return await privacy.rows_about(self._db, user)

    # ----------------------------------------------------------------- schedules

    async def due(self, platforms: Sequence[str], now: datetime, limit: int) -> list[Job]:
        """Up to ``limit`` due jobs of each kind on ``platforms``, oldest first."""
        if not platforms:
            return []
        return await due.find_due(self._read, platforms, now, limit)

    async def room_facts(self, platform: str, room: str, now: datetime) -> RoomFacts:
        return await rooms.room_facts(self._read, platform, room, now)

    async def answers_privately(self, platform: str, user_id: str, now: datetime) -> bool:
        """Whether the person asked to answer an open round privately."""
        return await rooms.answers_privately(self._read, platform, user_id, now)

    async def round_answers(self, round_id: int, room: str) -> list[tuple[str, bool]]:
        """Who answered a round, oldest first, and whether each is muted."""
        return await rooms.round_answers(self._read, round_id, room)

    async def platforms(self) -> list[str]:
        """Platforms that have anything scheduled."""
        return await rooms.scheduled_platforms(self._read)

    async def take_lease(self, name: str, holder: str, at: datetime, seconds: float) -> bool:
        """Hold the lease ``name`` (one scheduler per database) until ``at + seconds``.

        Taken when free, expired, already ours, or held by a process on this machine
        that is gone (killed): a restart after a crash schedules again at once."""

        async def take(db: aiosqlite.Connection) -> bool:
            async with db.execute(
                "SELECT holder, until FROM scheduler_lease WHERE name=?", (name,)
            ) as cur:
                row = await cur.fetchone()
            now, until = _iso(at), _iso(at + timedelta(seconds=seconds))
            if row is None:
                await db.execute(
                    "INSERT INTO scheduler_lease (name, holder, until) VALUES (?, ?, ?)",
                    (name, holder, until),
                )
                return True
            if row[0] == holder or row[1] < now or not _holder_alive(str(row[0])):
                await db.execute(
                    "UPDATE scheduler_lease SET holder=?, until=? WHERE name=?",
                    (holder, until, name),
                )
                return True
            return False

        return bool(await self.run(take))

    async def release_lease(self, name: str, holder: str) -> None:
        async def release(db: aiosqlite.Connection) -> None:
            await db.execute(
                "DELETE FROM scheduler_lease WHERE name=? AND holder=?", (name, holder)
            )

        await self.run(release)

    async def run(self, operation: Operation) -> Any:
        """Run ``operation`` inside the next group commit's transaction; its result."""
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._batch.ops.append((operation, future))
        self._kick()
        return await future

    async def execute_fetchall(self, sql: str, args: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Read-only, for tests, tools and benchmarks; the bot's own reads are methods."""
        async with self._db.execute(sql, tuple(args)) as cur:
            return list(await cur.fetchall())

    @property
    def connection(self) -> aiosqlite.Connection:
        return self._db


_UPSERT_USER = (
    "INSERT INTO users (platform, user_id, region, welcomed, created_at, updated_at, "
    "journal_more) VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6) ON CONFLICT (platform, user_id) "
    "DO UPDATE SET region=excluded.region, welcomed=excluded.welcomed, "
    "updated_at=excluded.updated_at, journal_more=excluded.journal_more"
)


_OURS: set[str] = set()  # lease holders made by this process


def lease_holder() -> str:
    """A lease holder's name: this machine and process, and a random part."""
    holder = f"{socket.gethostname()}:{os.getpid()}:{os.urandom(6).hex()}"
    _OURS.add(holder)
    return holder


def _holder_alive(holder: str) -> bool:
    """False only when the holder was a process on this machine that no longer runs."""
    host, _, rest = holder.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return True  # another machine's, or an old-style holder: wait for it to expire
    pid = int(pid_text)
    if pid == os.getpid():
        # Ours (another scheduler in this process) is alive; the same pid but not ours is
        # an earlier run of a container, where the bot is always pid 1: gone.
        return holder in _OURS
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _event_owner(w: TurnWrite) -> tuple[str, str]:
    return ("", "") if w.forget else (w.key.chat_id, w.key.user_id)


def _json(value: Mapping[str, Any]) -> str:
    return json.dumps(dict(value), ensure_ascii=False)


async def _execute_in_runs(db: aiosqlite.Connection, statements: list[SqlStatement]) -> None:
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
        _iso(w.at),
        s.concern_turn,
    )
