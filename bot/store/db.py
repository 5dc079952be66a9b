"""Persistence behind one interface: SQLite (the embedded default) or PostgreSQL.

Every turn's writes (state, profile, journal, follow-ups, the handled event id
and the outgoing replies) go into one transaction. Turns that finish while a
commit is in flight are batched into the next one, so a thousand concurrent
conversations cost a handful of fsyncs, not a thousand, while each reply is
still released only after its own state is on disk.

With PostgreSQL several workers share the database: a person's turns are serialised
across them by an advisory lock (:meth:`Store.serialised`), and the scheduler's
lease is an advisory lock that a dead worker's session lets go of at once.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any, Literal

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
from bot.store.backends import Backend, Db, PostgresBackend, SqliteBackend
from bot.store.dialect import Dialect, is_url, lock_id
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


def _migrations(dialect: Dialect = "sqlite") -> list[tuple[int, str]]:
    """Numbered scripts; PostgreSQL takes its own variant of a number where there is one."""
    folder = resources.files("bot.store") / "migrations"
    found: dict[int, str] = {}
    places = [folder] + ([folder / "postgresql"] if dialect == "postgresql" else [])
    for place in places:
        for entry in place.iterdir():
            if entry.name.endswith(".sql"):
                found[int(entry.name.split("_", 1)[0])] = entry.read_text(encoding="utf-8")
    return sorted(found.items())


LATEST_VERSION = _migrations()[-1][0]
_MIGRATING = lock_id("migrate")  # one worker migrates; the others wait, then see it done


def _worker_role(worker: str) -> str:
    return f"worker:{worker}"


async def _hand_over(db: Db, row: tuple[str, str, str, int]) -> None:
    await db.execute(
        "UPDATE outbox SET worker=NULL WHERE platform=? AND chat_id=? AND user_id=? AND turn=?",
        row,
    )


class Store:
    """The bot's one way to its database; the runtime serialises turns per person."""

    def __init__(self, backend: Backend) -> None:
        self._backend = backend
        self._batch = Batch()
        self._flushing: asyncio.Task[None] | None = None
        self.commits = 0  # how many transactions were committed (for benchmarks)
        # On a shared database: this worker's name in the outbox rows it writes, held as a
        # lock for as long as it lives, so the resender can tell its replies in flight from
        # a dead worker's.
        self.worker: str | None = None

    @property
    def dialect(self) -> Dialect:
        return self._backend.dialect

    @property
    def shared(self) -> bool:
        """Other processes may change the rows (PostgreSQL): nothing may be cached."""
        return self._backend.shared

    @classmethod
    async def open(
        cls,
        target: str | Path,
        *,
        durability: Durability = "full",
        password: str | None = None,
        migrate: bool = True,
    ) -> Store:
        """A SQLite file (a path) or a PostgreSQL server (a ``postgresql://`` URL).

        ``migrate=False`` only checks the schema: :meth:`migrate` is then the explicit step."""
        backend: Backend
        if is_url(str(target)):
            backend = await PostgresBackend.open(str(target), password=password)
        else:
            # FULL survives power loss; NORMAL survives a crashed process, not a crashed machine.
            synchronous = "FULL" if durability == "full" else "NORMAL"
            backend = await SqliteBackend.open(target, synchronous=synchronous)
        store = cls(backend)
        try:
            if migrate:
                await store.migrate()
                await store._prune()
                if isinstance(backend, PostgresBackend):
                    store.worker = leases.lease_holder()
                    await backend.hold(_worker_role(store.worker), store.worker)
            else:  # only looking (doctor, db status): change nothing
                await store._refuse_newer(await store.schema_version())
        except BaseException:
            await backend.close(tidy=False)  # its thread or pool would keep the process alive
            raise
        return store

    @classmethod
    async def versions(
        cls, target: str | Path, *, password: str | None = None, migrate: bool = False
    ) -> tuple[int, int]:
        """The schema version before and after (``migrate``: under the migration lock);
        opens and closes its own connection. For ``db status|migrate`` and ``doctor``."""
        store = await cls.open(target, password=password, migrate=False)
        try:
            before = await store.schema_version()
            if not migrate:
                return before, before
            await store.migrate()
            return before, await store.schema_version()
        finally:
            await store.close()

    async def _prune(self) -> None:
        """Event ids are only needed while a platform may still re-deliver them."""
        horizon = iso(datetime.now(UTC) - HANDLED_EVENTS_KEPT)
        async with self._backend.writer() as db:
            await db.execute("DELETE FROM handled_events WHERE handled_at < ?", (horizon,))

    async def _refuse_newer(self, current: int) -> None:
        if current > LATEST_VERSION:
            raise DatabaseTooNew(
                f"this database has schema version {current}, newer than this Verbonden knows "
                f"({LATEST_VERSION}): it was used by a newer release. Run that release, or a "
                "backup from before the upgrade; nothing was changed."
            )

    async def migrate(self) -> list[int]:
        """Bring the schema up to this version; the versions applied, in order."""
        async with self._backend.writer() as db:
            if db.dialect == "postgresql":
                # Workers starting together: one migrates, the others wait and find it done.
                await db.execute("SELECT pg_advisory_lock(?)", (_MIGRATING,))
            try:
                return await self._migrate(db)
            finally:
                if db.dialect == "postgresql":
                    await db.execute("SELECT pg_advisory_unlock(?)", (_MIGRATING,))

    async def _migrate(self, db: Db) -> list[int]:
        current = await _version(db)
        await self._refuse_newer(current)
        applied = []
        for version, script in _migrations(db.dialect):
            if version <= current:
                continue
            if db.dialect == "sqlite":
                # executescript commits on its own; the version bump is part of the script.
                await db.script(f"BEGIN;\n{script}\nPRAGMA user_version={version};\nCOMMIT;")
            else:
                await db.begin()
                try:
                    await db.script(script)
                    await db.execute(
                        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"
                    )
                    await db.execute("DELETE FROM schema_version")
                    await db.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
                    await db.commit()
                except BaseException:
                    await db.rollback()
                    raise
            applied.append(version)
            log.info("database migrated to schema version %d", version)
        return applied

    async def schema_version(self) -> int:
        async with self._backend.reader() as db:
            return await _version(db)

    async def ready(self) -> bool:
        """The database answers and its schema is this version's (for /readyz)."""
        return await self.schema_version() == LATEST_VERSION

    async def gauges(self, now: datetime) -> tuple[int, float, int]:
        """For /metrics: undelivered turns, age of the oldest (s), scheduled turns due."""
        at = iso(now)
        rows = await self._read("SELECT COUNT(*), MIN(created_at) FROM outbox")
        backlog, oldest = (int(rows[0][0]), rows[0][1]) if rows else (0, None)
        age = (now - datetime.fromisoformat(oldest)).total_seconds() if oldest else 0.0
        rows = await self._read(
            "SELECT (SELECT COUNT(*) FROM daily_prompts WHERE due_at <= ?1) + "
            "(SELECT COUNT(*) FROM followups WHERE due_at <= ?1) + "
            "(SELECT COUNT(*) FROM checkins WHERE due_at <= ?1)",
            (at,),
        )
        return backlog, max(0.0, age), int(rows[0][0]) if rows else 0

    async def close(self) -> None:
        await self.flush()
        await self._backend.close()

    @asynccontextmanager
    async def serialised(self, user: UserKey) -> AsyncIterator[None]:
        """One turn of ``user`` at a time across every worker on this database.

        Held from before the turn reads until its write is committed. On SQLite (one
        process) the runtime's own locks do this and this holds nothing."""
        async with self._backend.serialised(user.platform, user.user_id):
            yield

    # ----------------------------------------------------------------- reads

    async def load(self, key: ConversationKey) -> tuple[ConversationState | None, Profile | None]:
        """The conversation and its person's profile, in one round trip."""
        rows = await self._read(
            "SELECT c.dialogue, c.state, c.slots, c.resume, c.last_said, c.unclear_count, "
            "c.flagged, c.turn, c.concern_turn, u.user_id, u.region, u.welcomed, "
            f"{_DAILY_TIME}, u.journal_more "
            "FROM (SELECT 1) AS one "
            "LEFT JOIN conversations c ON c.platform=? AND c.chat_id=? AND c.user_id=? "
            "LEFT JOIN users u ON u.platform=? AND u.user_id=?",
            (key.platform, key.chat_id, key.user_id, key.platform, key.user_id),
        )
        row = rows[0]
        state = None
        if row[0] is not None:
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
        return state, _profile(row[10:]) if row[9] is not None else None

    async def profile(self, user: UserKey) -> Profile | None:
        rows = await self._read(
            f"SELECT region, welcomed, {_DAILY_TIME}, journal_more "
            "FROM users u WHERE platform=? AND user_id=?",
            (user.platform, user.user_id),
        )
        return _profile(rows[0]) if rows else None

    async def journal(
        self, user: UserKey, since: datetime | None = None
    ) -> list[tuple[int, datetime, dict[str, Any]]]:
        """The user's journal entries (id, when, entry), oldest first, from ``since`` on."""
        sql = "SELECT id, created_at, entry FROM journal WHERE platform=? AND user_id=?"
        args: tuple[str, ...] = (user.platform, user.user_id)
        if since is not None:
            sql += " AND created_at >= ?"
            args += (iso(since),)
        rows = await self._read(sql + " ORDER BY created_at, id", args)
        return [(r[0], datetime.fromisoformat(r[1]), json.loads(r[2])) for r in rows]

    async def user_zone(self, user: UserKey) -> str | None:
        """The time zone of the user's daily question, when they have one."""
        rows = await self._read(
            "SELECT zone FROM daily_prompts WHERE platform=? AND user_id=? LIMIT 1",
            (user.platform, user.user_id),
        )
        return str(rows[0][0]) if rows and rows[0][0] else None

    async def handled(self, platform: str, event_id: str) -> bool:
        rows = await self._read(
            "SELECT 1 FROM handled_events WHERE platform=? AND event_id=?", (platform, event_id)
        )
        return bool(rows)

    async def pending_for_event(self, platform: str, event_id: str) -> Pending | None:
        rows = await self._read(
            "SELECT chat_id, user_id, turn, payload, sent, planned FROM outbox "
            "WHERE platform=? AND event_id=?",
            (platform, event_id),
        )
        if not rows:
            return None
        row = rows[0]
        key = ConversationKey(platform, row[0], row[1])
        return Pending(key, row[2], decode_outbound(row[3]), event_id, row[4], row[5])

    async def undelivered(
        self, platform: str | None = None, *, before: datetime | None = None
    ) -> list[Pending]:
        """Replies committed but not confirmed; ``before``: only those committed earlier,
        and on a shared database only those of a worker that is gone or handed them over."""
        sql = (
            "SELECT platform, chat_id, user_id, turn, payload, event_id, sent, planned, worker "
            "FROM outbox WHERE platform = COALESCE(?, platform) "
            "AND created_at < COALESCE(?, '9999')"
        )
        args = (platform or None, iso(before) if before else None)
        rows = await self._read(sql + " ORDER BY created_at, turn", args)
        if before is not None and isinstance(self._backend, PostgresBackend):
            # A live worker is still sending these (a slow network, a long "retry after"):
            # sent from here too, the person would get them twice.
            live = await self._backend.held({_worker_role(r[8]) for r in rows if r[8]})
            rows = [r for r in rows if not r[8] or _worker_role(r[8]) not in live]
        return [
            Pending(ConversationKey(r[0], r[1], r[2]), r[3], decode_outbound(r[4]), *r[5:8])
            for r in rows
        ]

    async def hand_over(self, pending: Pending) -> None:
        """This worker gave up sending ``pending``: the scheduler's holder resends it (once
        it is older than any send still under way), though this worker lives on."""
        k = pending.key
        row = (k.platform, k.chat_id, k.user_id, pending.turn)
        await self.run(partial(_hand_over, row=row))

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
                await self._write(batch)
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
            await self._write(batch)
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

    async def _write(self, batch: Batch) -> None:
        async with self._backend.writer() as db:
            await write_batch(db, batch, worker=self.worker)

    async def _read(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        async with self._backend.reader() as db:
            return await db.fetch(sql, args)

    # ----------------------------------------------------------------- privacy

    async def export_user(self, user: UserKey) -> dict[str, Any]:
        """Everything stored about ``user``, as plain JSON-ready data."""
        async with self._backend.reader() as db:
            return await privacy.export_user(db, user)

    async def rows_about(self, user: UserKey) -> int:
        """How many rows mention ``user`` in any table (0 after forgetting)."""
        async with self._backend.reader() as db:
            return await privacy.rows_about(db, user)

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
        if isinstance(self._backend, PostgresBackend):
            # An advisory lock: free the moment its holder's session ends, on any machine.
            return await self._backend.hold(name, holder)
        return bool(
            await self.run(partial(leases.take, name=name, holder=holder, at=at, seconds=seconds))
        )

    async def release_lease(self, name: str, holder: str) -> None:
        if isinstance(self._backend, PostgresBackend):
            await self._backend.let_go(name, holder)
        else:
            await self.run(partial(leases.release, name=name, holder=holder))

    async def run(self, operation: Operation) -> Any:
        """Run ``operation`` inside the next group commit's transaction; its result."""
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._batch.ops.append((operation, future))
        self._kick()
        return await future

    async def execute_fetchall(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        """Read-only, for tests, tools and benchmarks; the bot's own reads are methods."""
        return await self._read(sql, args)


# The time of the person's daily question, if any (the profile reads it on every turn).
_DAILY_TIME = (
    "(SELECT d.local_time FROM daily_prompts d "
    "WHERE d.platform=u.platform AND d.user_id=u.user_id LIMIT 1)"
)


def _profile(row: Sequence[Any]) -> Profile:
    region, welcomed, daily, more = row
    return Profile(
        region=region,
        welcomed=bool(welcomed),
        daily=daily,
        journal_more=None if more is None else bool(more),
    )


async def _version(db: Db) -> int:
    if db.dialect == "sqlite":
        rows = await db.fetch("PRAGMA user_version")
        return int(rows[0][0]) if rows else 0
    if not (await db.fetch("SELECT to_regclass('schema_version')"))[0][0]:
        return 0  # an empty database
    rows = await db.fetch("SELECT version FROM schema_version")
    return int(rows[0][0]) if rows else 0
