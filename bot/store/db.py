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
import sqlite3
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import aiosqlite

from bot import metrics
from bot.core.messages import (
    ConversationKey,
    ConversationState,
    Profile,
    UserKey,
)
from bot.core.schedule.policy import Job
from bot.core.schedule.times import iso
from bot.store import due, leases, privacy, rooms
from bot.store.outbox import Pending, decode_outbound
from bot.store.rooms import RoomFacts
from bot.store.turns import Batch, Operation, TurnWrite, write_batch

log = logging.getLogger(__name__)
# Telegram keeps undelivered updates for 24 hours; Matrix re-sends within a sync.
HANDLED_EVENTS_KEPT = timedelta(days=7)
Durability = Literal["full", "normal"]


class DatabaseUnreadable(RuntimeError):
    """The file cannot be opened or read as a database (the kind of error only)."""


def schema_version_of(path: str | Path, *, timeout: float = 5.0) -> int:
    """The schema version of a database file, read without changing it (for doctor)."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout) as db:
            return int(db.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error as exc:
        raise DatabaseUnreadable(type(exc).__name__) from None


class DatabaseTooNew(RuntimeError):
    """The database was written by a newer Verbonden: this one must not touch it."""


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
        self._batch = Batch()
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
        try:
            await store._migrate()
            await store._prune()
        except BaseException:
            await db.close()  # its thread would keep the process alive
            raise
        return store

    async def _prune(self) -> None:
        """Event ids are only needed while a platform may still re-deliver them."""
        horizon = iso(datetime.now(UTC) - HANDLED_EVENTS_KEPT)
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
        at = iso(now)
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
            args += (iso(since),)
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
            batch, self._batch = self._batch, Batch()
            started = time.perf_counter()
            try:
                await write_batch(self._db, batch, self._read)
                self.commits += 1
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

    async def _commit_alone(self, batch: Batch) -> None:
        started = time.perf_counter()
        try:
            await write_batch(self._db, batch, self._read)
            self.commits += 1
        except Exception as exc:
            self._fail(batch, exc)
        else:
            self._succeed(batch, started)

    def _succeed(self, batch: Batch, started: float) -> None:
        metrics.COMMIT_SECONDS.observe(time.perf_counter() - started)
        metrics.COMMIT_BATCH.observe(len(batch.writes))
        for op_future, result in batch.results:
            if not op_future.done():
                op_future.set_result(result)
        for future in batch.waiters():
            if not future.done():
                future.set_result(None)

    @staticmethod
    def _fail(batch: Batch, exc: Exception) -> None:
        log.error("commit failed: %s", type(exc).__name__)
        for future in batch.waiters():
            if not future.done():
                future.set_exception(exc)

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
        return bool(
            await self.run(partial(leases.take, name=name, holder=holder, at=at, seconds=seconds))
        )

    async def release_lease(self, name: str, holder: str) -> None:
        await self.run(partial(leases.release, name=name, holder=holder))

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
