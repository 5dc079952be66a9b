"""Connections to the two databases behind one small interface (:class:`Db`).

SQLite (the embedded default): one connection for the one process, as before.
PostgreSQL (several workers, one database): a pool for reads, one connection for the
group commit, and advisory locks for what must happen in one place at a time: one
turn of a person across all workers (:meth:`PostgresBackend.serialised`) and the
roles one worker holds (:meth:`PostgresBackend.hold`). An advisory lock belongs to a
database session, so a worker that dies (or whose session is terminated) lets go at
once, without a timeout to wait out.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import aiosqlite

from bot.store.dialect import Dialect, lock_id, postgresql

log = logging.getLogger(__name__)


class DatabaseUnreachable(RuntimeError):
    """The PostgreSQL server cannot be used (down, no such database, refused login)."""


def shown(url: str) -> str:
    """A database URL as it may be shown: no password, no socket query."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"


class Db(Protocol):
    """One connection, in the SQL of :mod:`bot.store.dialect` (``?`` placeholders)."""

    dialect: Dialect

    async def execute(self, sql: str, args: Sequence[Any] = ()) -> None: ...
    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...
    async def fetch(self, sql: str, args: Sequence[Any] = ()) -> list[Sequence[Any]]: ...
    async def fetch_named(self, sql: str, args: Sequence[Any] = ()) -> list[dict[str, Any]]: ...
    async def script(self, sql: str) -> None: ...
    async def begin(self) -> None: ...
    async def commit(self) -> None: ...
    async def rollback(self) -> None: ...


class SqliteDb:
    dialect: Dialect = "sqlite"

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self.connection = connection

    async def execute(self, sql: str, args: Sequence[Any] = ()) -> None:
        await self.connection.execute(sql, tuple(args))

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        await self.connection.executemany(sql, [tuple(r) for r in rows])

    async def fetch(self, sql: str, args: Sequence[Any] = ()) -> list[Sequence[Any]]:
        async with self.connection.execute(sql, tuple(args)) as cur:
            return list(await cur.fetchall())

    async def fetch_named(self, sql: str, args: Sequence[Any] = ()) -> list[dict[str, Any]]:
        async with self.connection.execute(sql, tuple(args)) as cur:
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in await cur.fetchall()]

    async def script(self, sql: str) -> None:
        await self.connection.executescript(sql)

    async def begin(self) -> None:
        # IMMEDIATE: take the write lock now, not at the first write (no upgrade deadlock).
        await self.connection.execute("BEGIN IMMEDIATE")

    async def commit(self) -> None:
        await self.connection.execute("COMMIT")

    async def rollback(self) -> None:
        await self.connection.execute("ROLLBACK")


class PostgresDb:
    dialect: Dialect = "postgresql"

    def __init__(self, connection: Any) -> None:
        self.connection = connection  # an asyncpg connection (or a pool's proxy of one)

    async def execute(self, sql: str, args: Sequence[Any] = ()) -> None:
        await self.connection.execute(postgresql(sql), *args)

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        await self.connection.executemany(postgresql(sql), [tuple(r) for r in rows])

    async def fetch(self, sql: str, args: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return list(await self.connection.fetch(postgresql(sql), *args))

    async def fetch_named(self, sql: str, args: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r.items()) for r in await self.connection.fetch(postgresql(sql), *args)]

    async def script(self, sql: str) -> None:
        await self.connection.execute(sql)  # no arguments: the simple protocol, many statements

    async def begin(self) -> None:
        await self.connection.execute("BEGIN")

    async def commit(self) -> None:
        await self.connection.execute("COMMIT")

    async def rollback(self) -> None:
        await self.connection.execute("ROLLBACK")


class SqliteBackend:
    """The embedded default: one file, one process, one connection."""

    dialect: Dialect = "sqlite"
    shared = False  # no other process writes this database: caching state is safe

    def __init__(self, db: SqliteDb) -> None:
        self.db = db

    @classmethod
    async def open(cls, path: str | Path, *, synchronous: str) -> SqliteBackend:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        connection = await aiosqlite.connect(str(path), isolation_level=None)
        try:
            await connection.execute("PRAGMA journal_mode=WAL")
            await connection.execute(f"PRAGMA synchronous={synchronous}")
            await connection.execute("PRAGMA foreign_keys=ON")
            await connection.execute("PRAGMA busy_timeout=5000")
        except BaseException:
            await connection.close()
            raise
        return cls(SqliteDb(connection))

    @contextlib.asynccontextmanager
    async def reader(self) -> AsyncIterator[Db]:
        yield self.db

    @contextlib.asynccontextmanager
    async def writer(self) -> AsyncIterator[Db]:
        yield self.db

    @contextlib.asynccontextmanager
    async def serialised(self, *parts: str) -> AsyncIterator[None]:
        yield  # one process: the runtime's own locks already serialise

    async def close(self, *, tidy: bool = True) -> None:
        # Keep the query planner's statistics fresh: with stale ones SQLite picked
        # platform-wide scans over the due-time indexes. (Not after a refused open:
        # a database that is not ours to use is left exactly as it was.)
        if tidy:
            await self.db.connection.execute("PRAGMA optimize")
        await self.db.connection.close()


class PostgresBackend:
    """Several workers, one PostgreSQL: reads from a pool, one commit connection."""

    dialect: Dialect = "postgresql"
    shared = True  # other workers change rows: every turn reads its state afresh

    def __init__(self, reads: Any, writes: Any, locks: Any, url: str, password: str | None):
        self._reads, self._writes, self._locks = reads, writes, locks
        self._url, self._password = url, password
        self._held: dict[tuple[str, str], Any] = {}  # (role, holder) -> its lock's session

    @classmethod
    async def open(cls, url: str, *, password: str | None = None) -> PostgresBackend:
        try:
            import asyncpg  # only PostgreSQL installs need it: the extra "postgresql"
        except ImportError:
            raise DatabaseUnreachable(
                "PostgreSQL needs the asyncpg package: pip install '.[postgresql]'"
            ) from None

        async def pool(size: int) -> Any:
            return await asyncpg.create_pool(
                url, password=password, min_size=1, max_size=size, command_timeout=60
            )

        # Separate pools, so turns waiting for a person's lock can never take the
        # connections that the turns holding locks need to read and commit.
        made: list[Any] = []
        try:
            for size in (10, 1, 50):
                made.append(await pool(size))
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            for opened in made:
                await opened.close()
            raise DatabaseUnreachable(
                f"cannot use the PostgreSQL database {shown(url)}: {type(exc).__name__}: {exc}"
            ) from None
        reads, writes, locks = made
        return cls(reads, writes, locks, url, password)

    @contextlib.asynccontextmanager
    async def reader(self) -> AsyncIterator[Db]:
        async with self._reads.acquire() as connection:
            yield PostgresDb(connection)

    @contextlib.asynccontextmanager
    async def writer(self) -> AsyncIterator[Db]:
        async with self._writes.acquire() as connection:
            yield PostgresDb(connection)

    @contextlib.asynccontextmanager
    async def serialised(self, *parts: str) -> AsyncIterator[None]:
        """Hold the advisory lock on ``parts`` (a person) across all workers.

        Held from before the turn reads its state until after its write is committed,
        so the next turn of the same person, on any worker, reads what this one wrote.
        The pool's reset on release unlocks too, should the unlock itself fail."""
        key = lock_id("turn", *parts)
        async with self._locks.acquire() as connection:
            await connection.execute("SELECT pg_advisory_lock($1)", key)
            try:
                yield
            finally:
                with contextlib.suppress(Exception):
                    await connection.execute("SELECT pg_advisory_unlock($1)", key)

    async def hold(self, role: str, holder: str) -> bool:
        """Hold ``role`` (one holder at a time) or keep holding it; False if another has it.

        The lock lives as long as its session: a worker killed or cut off loses it at
        once, and finds out here (its session is gone) before it acts on it again."""
        connection = self._held.get((role, holder))
        if connection is not None:
            try:
                await connection.fetchval("SELECT 1")
                return True
            except Exception:  # the session ended (terminated, network): the role is lost
                log.warning("lost the database session holding %s", role)
                self._held.pop((role, holder), None)
                with contextlib.suppress(Exception):
                    connection.terminate()
                # Say so, even if it were free again: whatever this holder had under way
                # must stop first (the next call may take it afresh).
                return False
        import asyncpg

        connection = await asyncpg.connect(self._url, password=self._password)
        if await connection.fetchval("SELECT pg_try_advisory_lock($1)", lock_id("role", role)):
            self._held[role, holder] = connection
            return True
        await connection.close()
        return False

    async def held(self, roles: Iterable[str]) -> set[str]:
        """Which of ``roles`` some session of this database holds now (a live holder)."""
        wanted = {lock_id("role", role): role for role in roles}
        if not wanted:
            return set()
        async with self._reads.acquire() as connection:
            # A lock on one 64-bit key shows its high and low halves as classid and objid.
            rows = await connection.fetch(
                "SELECT classid::bigint, objid::bigint FROM pg_locks WHERE locktype = 'advisory'"
                " AND granted AND objsubid = 1 AND database = (SELECT oid FROM pg_database"
                " WHERE datname = current_database())"
            )
        found = set()
        for high, low in rows:
            key = int.from_bytes(((high << 32) | low).to_bytes(8, "big"), "big", signed=True)
            if key in wanted:
                found.add(wanted[key])
        return found

    async def let_go(self, role: str, holder: str) -> None:
        connection = self._held.pop((role, holder), None)
        if connection is not None:
            with contextlib.suppress(Exception):
                await connection.close()  # the session ends: the lock is free

    async def close(self, *, tidy: bool = True) -> None:
        for role, holder in list(self._held):
            await self.let_go(role, holder)
        await asyncio.gather(self._reads.close(), self._writes.close(), self._locks.close())


Backend = SqliteBackend | PostgresBackend
