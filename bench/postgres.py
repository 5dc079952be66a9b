"""PostgreSQL beside SQLite, and one worker beside two, measured side by side in one run.

A throwaway PostgreSQL server is started (as the test suite does: Debian's binaries, a
Unix socket in a temp folder, fsync on, so commits cost what they cost). Figures:

* interactive turns per second and p50/p99 reply latency: SQLite file, PostgreSQL with
  one worker, PostgreSQL with two worker processes (the same conversations in all);
* per turn on PostgreSQL: statements (round trips) and transactions;
* a burst of daily questions due in one minute on PostgreSQL through the real scheduler
  and a fake Telegram with its limits (as ``bench scheduler`` on SQLite): claim and send
  rate against the limit, and the latency of interactive turns while it drains.

These machines have 2 cores: the two-worker figure shows correctness and overhead, not
scaling (docs/scaling.md says what a real deployment should reach, and why).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.figures import Figure, at_least, at_most, percentile
from bench.scheduler import DUE, LIMITS, PLATFORM
from bench.scheduler import _measure as burst
from bench.workload import SCRIPTS
from bot.core.engine import Engine
from bot.core.messages import ConversationKey, Inbound
from bot.runtime.runtime import Runtime
from bot.store.db import Store
from tests.support import postgres


@dataclass(frozen=True, slots=True)
class Load:
    turns: int
    seconds: float
    latencies: list[float]
    commits: int
    statements: int


async def _drive(target: str, prefix: str, conversations: int, rounds: int) -> Load:
    """``conversations`` people at once, each through a whole script, ``rounds`` times."""
    store = await Store.open(target)
    runtime = Runtime(Engine(), store, default_region="nl")
    latencies: list[float] = []

    async def person(key: ConversationKey, script: tuple[str, ...]) -> int:
        for text in script:
            started = time.perf_counter()
            runtime.delivered(await runtime.handle(Inbound(key, text=text)))
            latencies.append(time.perf_counter() - started)
        return len(script)

    with _counting() as counted:
        commits = store.commits
        started = time.perf_counter()
        turns = 0
        for r in range(rounds):
            people = [
                ConversationKey("bench", f"{prefix}r{r}c{i}", f"{prefix}r{r}u{i}")
                for i in range(conversations)
            ]
            done = await asyncio.gather(
                *(person(k, SCRIPTS[i % len(SCRIPTS)]) for i, k in enumerate(people))
            )
            turns += sum(done)
        await store.flush()
        seconds = time.perf_counter() - started
        load = Load(turns, seconds, latencies, store.commits - commits, counted[0])
    await store.close()
    return load


@contextmanager
def _counting() -> Iterator[list[int]]:
    """Count every statement sent to PostgreSQL (asyncpg round trips) while inside."""
    import asyncpg

    counter = [0]
    names = ("execute", "executemany", "fetch", "fetchval", "fetchrow")
    originals = {name: getattr(asyncpg.Connection, name) for name in names}

    def counted(original: Any) -> Any:
        async def call(self: Any, *args: Any, **kwargs: Any) -> Any:
            counter[0] += 1
            return await original(self, *args, **kwargs)

        return call

    for name, original in originals.items():
        setattr(asyncpg.Connection, name, counted(original))
    try:
        yield counter
    finally:
        for name, original in originals.items():
            setattr(asyncpg.Connection, name, original)


def _worker(args: tuple[str, str, int, int]) -> tuple[int, float, list[float]]:
    load = asyncio.run(_drive(*args))
    return load.turns, load.seconds, load.latencies


def _two_workers(target: str, conversations: int, rounds: int) -> Load:
    """Two processes, each half of the people, on one database at the same time."""
    half = conversations // 2
    jobs = [(target, f"w{n}", half, rounds) for n in range(2)]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        results = pool.map(_worker, jobs)
    turns = sum(r[0] for r in results)
    seconds = max(r[1] for r in results)
    return Load(turns, seconds, [x for r in results for x in r[2]], 0, 0)


async def _interactive(runtime: Runtime, done: asyncio.Event, samples: list[float]) -> None:
    """People chatting while the burst drains: one turn every 50 ms until it is over."""
    n = 0
    while not done.is_set():
        key = ConversationKey(PLATFORM, f"live{n % 50}", f"live{n % 50}")
        started = time.perf_counter()
        runtime.delivered(await runtime.handle(Inbound(key, text=SCRIPTS[0][n % 3])))
        samples.append(time.perf_counter() - started)
        n += 1
        await asyncio.sleep(0.05)


async def _populate(url: str, subscribers: int) -> None:
    """As ``bench scheduler``: people idle in the menu, a daily question due this minute."""
    import asyncpg

    store = await Store.open(url)
    await store.close()
    long_ago = "2026-11-20T12:00:00+00:00"
    ids = [str(100_000 + i) for i in range(subscribers)]
    connection = await asyncpg.connect(url)
    try:
        await connection.copy_records_to_table(
            "users",
            records=[(PLATFORM, u, "nl", 1, long_ago, long_ago) for u in ids],
            columns=["platform", "user_id", "region", "welcomed", "created_at", "updated_at"],
        )
        await connection.copy_records_to_table(
            "conversations",
            records=[(PLATFORM, u, u, "menu", "rust", "{}", 12, long_ago) for u in ids],
            columns=[
                *("platform", "chat_id", "user_id", "dialogue", "state", "slots", "turn"),
                "updated_at",
            ],
        )
        rows = []
        for i, u in enumerate(ids):
            slot = (DUE + timedelta(seconds=i % 60)).isoformat(timespec="seconds")
            rows.append(
                (PLATFORM, u, u, "09:00", "Europe/Amsterdam", slot, slot, long_ago, long_ago)
            )
        await connection.copy_records_to_table(
            "daily_prompts",
            records=rows,
            columns=[
                *("platform", "chat_id", "user_id", "local_time", "zone", "slot_at", "due_at"),
                *("created_at", "updated_at"),
            ],
        )
        await connection.execute("ANALYZE")
    finally:
        await connection.close()


def _figures_for(name: str, load: Load) -> list[Figure]:
    return [
        Figure(f"{name}: turns per second", load.turns / load.seconds, "turns/s"),
        Figure(f"{name}: reply latency p50", percentile(load.latencies, 50) * 1000, "ms"),
        Figure(f"{name}: reply latency p99", percentile(load.latencies, 99) * 1000, "ms"),
    ]


def run(quick: bool) -> list[Figure]:
    conversations, rounds = (40, 1) if quick else (200, 2)
    subscribers = 2_000 if quick else 100_000
    figures: list[Figure] = []
    with postgres.running(durable=True) as server, tempfile.TemporaryDirectory() as tmp:
        sqlite = asyncio.run(_drive(str(Path(tmp) / "b.sqlite3"), "s", conversations, rounds))
        one = asyncio.run(_drive(server.new_database(), "p", conversations, rounds))
        two = _two_workers(server.new_database(), conversations, rounds)
        figures += _figures_for(f"SQLite file, 1 worker ({conversations} at once)", sqlite)
        figures += _figures_for("PostgreSQL, 1 worker", one)
        figures += _figures_for("PostgreSQL, 2 worker processes", two)
        figures.append(
            Figure(
                "PostgreSQL / SQLite turns per second (1 worker)",
                (one.turns / one.seconds) / (sqlite.turns / sqlite.seconds),
                "ratio",
            )
        )
        figures.append(
            at_most("PostgreSQL: statements per turn", one.statements / one.turns, "stmts", 8)
        )
        figures.append(
            at_most(
                "PostgreSQL: transactions per turn (group commit)",
                one.commits / one.turns,
                "txn/turn",
                1,
            )
        )
        url = server.new_database()
        asyncio.run(_populate(url, subscribers))
        samples: list[float] = []
        result = asyncio.run(
            burst(url, subscribers, lambda rt, done: _interactive(rt, done, samples))
        )
    n = f"{subscribers:,}"
    figures += [
        Figure(f"burst on PostgreSQL: sent of {n} due in one minute", result.sent, "messages"),
        Figure(
            "burst: send rate / Telegram limit (30 msg/s)",
            result.rate_fraction,
            "fraction",
            "0.95 .. 1.0",
            0.95 <= result.rate_fraction <= 1.0,
        ),
        at_most("burst: messages over any Telegram limit", result.violations, "messages", 0),
        Figure(f"burst: claim all {n} due at once", result.full_find_ms, "ms"),
        at_least(
            "burst: turns per wall second",
            result.sent / result.wall_seconds,
            "turns/s",
            LIMITS.messages_per_second,
        ),
        at_most(
            "burst: interactive reply p99 while it drains",
            percentile(samples, 99) * 1000,
            "ms",
            250,
        ),
    ]
    return figures
