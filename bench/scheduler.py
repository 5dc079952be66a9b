"""The scheduler: 100,000 daily questions due in the same minute, sent through the real
scheduler, runtime and SQLite store to a fake Telegram that enforces Telegram's limits
(30 messages a second overall, 1 a second per chat, 20 a minute per group).

Time is simulated but honest: the clock is real elapsed time plus every pause the
pacer asks for, so the send rate only reaches the limit if finding due work, running
the turns and committing them keeps up with 30 messages a second. Figures:

* the achieved send rate as a fraction of the limit (goal: at least 0.95, never above 1);
* messages over any limit (goal: 0);
* the time to find due work: the first batch, and all of it at once;
* memory: the peak growth of the process while the whole minute goes out.
"""

from __future__ import annotations

import asyncio
import sqlite3
import tempfile
import time
from collections import deque
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psutil  # type: ignore[import-untyped]  # (no stubs installed)

from bench.figures import Figure, at_most
from bot.config import SchedulerConfig, TelegramConfig
from bot.core.engine import Engine
from bot.core.messages import Outbound
from bot.runtime.runtime import Runtime
from bot.service.scheduler import Scheduler
from bot.service.sender import Limits, SimulatedTicker
from bot.store.db import Store

LIMITS = TelegramConfig()
# Interactive turns run next to the burst: given the runtime and an event set when it ends.
Interactive = Callable[[Runtime, asyncio.Event], Coroutine[Any, Any, None]]
DUE = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # 09:00 in Amsterdam
PLATFORM = "telegram"


def populate(db: Path, subscribers: int) -> None:
    """Users who opted in to a daily question at 09:00, idle in the menu, due within one
    minute (written directly; the schema comes from the real migrations)."""

    async def migrate() -> None:
        store = await Store.open(db, durability="normal")
        await store.close()

    asyncio.run(migrate())
    long_ago = "2026-11-20T12:00:00+00:00"
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO users (platform, user_id, region, welcomed, created_at, updated_at) "
            "VALUES (?, ?, 'nl', 1, ?, ?)",
            ((PLATFORM, str(100_000 + i), long_ago, long_ago) for i in range(subscribers)),
        )
        conn.executemany(
            "INSERT INTO conversations (platform, chat_id, user_id, dialogue, state, slots, "
            "turn, updated_at) VALUES (?, ?, ?, 'menu', 'rust', '{}', 12, ?)",
            ((PLATFORM, str(100_000 + i), str(100_000 + i), long_ago) for i in range(subscribers)),
        )
        rows = []
        for i in range(subscribers):
            slot = (DUE + timedelta(seconds=i % 60)).isoformat(timespec="seconds")
            user = str(100_000 + i)
            rows.append((PLATFORM, user, user, slot, slot, long_ago, long_ago))
        conn.executemany(
            "INSERT INTO daily_prompts (platform, chat_id, user_id, local_time, zone, slot_at, "
            "due_at, created_at, updated_at) VALUES (?, ?, ?, '09:00', 'Europe/Amsterdam', "
            "?, ?, ?, ?)",
            rows,
        )


def over_limit(stamps: Sequence[float], count: int, span: float) -> int:
    """How many sends broke "at most ``count`` in any ``span`` seconds"."""
    recent: deque[float] = deque()
    broken = 0
    for stamp in sorted(stamps):
        recent.append(stamp)
        while recent and recent[0] <= stamp - span:
            recent.popleft()
        if len(recent) > count:
            broken += 1
    return broken


@dataclass
class FakeTelegram:
    """Accepts every message and stamps it with the simulated time; limits checked after
    (overall) and as it goes (per chat, keeping only each chat's last stamp)."""

    ticker: SimulatedTicker
    platform: str = PLATFORM
    stamps: list[float] = field(default_factory=list)
    last_in_chat: dict[str, float] = field(default_factory=dict)
    chat_violations: int = 0

    async def deliver(
        self, chat_id: str, outbound: Sequence[Outbound], *, user_id: str, key: str | None = None
    ) -> None:
        now = self.ticker.now()
        for _ in outbound:
            self.stamps.append(now)
            last = self.last_in_chat.get(chat_id)
            if last is not None and now - last < 1.0 / LIMITS.messages_per_chat_per_second:
                self.chat_violations += 1
            self.last_in_chat[chat_id] = now

    async def is_admin(self, chat_id: str, user_id: str) -> bool:
        return False

    async def display_name(self, chat_id: str, user_id: str) -> str:
        return user_id

    def violations(self) -> int:
        overall = over_limit(self.stamps, round(LIMITS.messages_per_second), 1.0)
        return overall + self.chat_violations


@dataclass(frozen=True, slots=True)
class Result:
    subscribers: int
    sent: int
    rate_fraction: float
    violations: int
    first_find_ms: float
    full_find_ms: float
    simulated_seconds: float
    wall_seconds: float
    peak_rss_mb: float


async def _measure(db: Path | str, subscribers: int, during: Interactive | None = None) -> Result:
    """The burst through the real scheduler; ``during`` runs interactive turns alongside."""
    store = await Store.open(db, durability="normal")
    ticker = SimulatedTicker(real=True)

    def clock() -> datetime:
        return DUE + timedelta(seconds=59 + ticker.now())

    runtime = Runtime(Engine(), store, clock=clock)
    transport = FakeTelegram(ticker)
    limits = Limits.telegram(
        LIMITS.messages_per_second,
        LIMITS.messages_per_chat_per_second,
        LIMITS.messages_per_group_per_minute,
    )
    scheduler = Scheduler(
        runtime,
        {PLATFORM: transport},
        # The worst case: everyone at the same minute, no spread over a window.
        SchedulerConfig(spread_minutes=0),
        clock=clock,
        ticker=ticker,
        limits={PLATFORM: limits},
    )
    started = time.perf_counter()
    full = await scheduler.find_due(clock(), subscribers + 1)
    full_find = time.perf_counter() - started
    assert len(full) == subscribers, f"{len(full)} due, expected {subscribers}"
    del full

    process = psutil.Process()
    baseline = process.memory_info().rss
    peak = baseline
    done = asyncio.Event()

    async def watch_memory() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, process.memory_info().rss)
            await asyncio.sleep(0.05)

    watcher = asyncio.create_task(watch_memory())
    alongside = asyncio.create_task(during(runtime, done)) if during else None
    started = time.perf_counter()
    report = await scheduler.run_due()
    wall = time.perf_counter() - started
    done.set()
    await watcher
    if alongside:
        await alongside
    await scheduler.close()
    await runtime.flush()
    await store.close()

    stamps = sorted(transport.stamps)
    span = stamps[-1] - stamps[0] if len(stamps) > 1 else 0.0
    rate = (len(stamps) - 1) / span if span > 0 else 0.0
    assert report.first_find_seconds is not None
    return Result(
        subscribers=subscribers,
        sent=len(stamps),
        rate_fraction=rate / LIMITS.messages_per_second,
        violations=transport.violations(),
        first_find_ms=report.first_find_seconds * 1000,
        full_find_ms=full_find * 1000,
        simulated_seconds=span,
        wall_seconds=wall,
        peak_rss_mb=(peak - baseline) / 2**20,
    )


def measure(subscribers: int) -> Result:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "scheduler.sqlite3"
        populate(db, subscribers)
        return asyncio.run(_measure(db, subscribers))


def figures(result: Result) -> list[Figure]:
    n = f"{result.subscribers:,}"
    fraction = result.rate_fraction
    return [
        Figure(f"sent of {n} due in one minute", result.sent, "messages"),
        Figure(
            "send rate / Telegram limit (30 msg/s)",
            fraction,
            "fraction",
            "0.95 .. 1.0",
            0.95 <= fraction <= 1.0,
        ),
        at_most("messages over any Telegram limit", result.violations, "messages", 0),
        Figure("find due work: first batch of 500", result.first_find_ms, "ms"),
        Figure(f"find due work: all {n} at once", result.full_find_ms, "ms"),
        Figure("simulated time to send them all", result.simulated_seconds, "s"),
        Figure("wall time (turns + commits, pauses simulated)", result.wall_seconds, "s"),
        Figure("turns per wall second", result.sent / result.wall_seconds, "turns/s"),
        Figure("peak memory growth while sending", result.peak_rss_mb, "MiB"),
    ]


def run(quick: bool) -> list[Figure]:
    return figures(measure(2_000 if quick else 100_000))
