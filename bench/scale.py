"""Scale: start-up time and memory with 100,000 stored users and conversations.

Memory should grow with *active* conversations (bounded by the runtime's cache),
not with stored ones. Each measurement runs in a fresh process, so start-up
includes the interpreter, imports, loading the dialogues and the first turn.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure, at_most

ROOT = Path(__file__).resolve().parent.parent


def populate(db: Path, users: int) -> None:
    """Stored users mid-conversation, written directly (schema from the real migrations)."""
    import asyncio

    from bot.store.db import Store

    async def migrate() -> None:
        store = await Store.open(db)
        await store.close()

    asyncio.run(migrate())
    now = "2026-11-22T09:00:00+00:00"
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO users (platform, user_id, region, welcomed, created_at, updated_at) "
            "VALUES ('bench', ?, 'nl', 1, ?, ?)",
            ((f"u{i}", now, now) for i in range(users)),
        )
        conn.executemany(
            "INSERT INTO conversations VALUES ('bench', ?, ?, 'gevoelens', 'intensiteit', "
            '\'{"gevoel": "boos"}\', NULL, NULL, 0, 0, 3, ?, 0)',
            ((f"u{i}", f"u{i}", now) for i in range(users)),
        )


def _child(db: str, active: int, spawned: float) -> None:
    """Start, answer one stored user, then ``active`` more; report timings and memory.

    ``spawned`` is the parent's clock when it started this process, so start-up
    includes starting the interpreter too."""
    import asyncio

    from bot.core.engine import Engine
    from bot.core.messages import ConversationKey, Inbound
    from bot.runtime.runtime import Runtime
    from bot.store.db import Store

    async def main() -> dict[str, float]:
        store = await Store.open(db)
        runtime = Runtime(Engine(), store)
        key = ConversationKey("bench", "u0", "u0")
        delivery = await runtime.handle(Inbound(key, text="zeven"))
        assert delivery.replies, "the stored conversation did not answer"
        ready = time.time() - spawned
        rss_start = _rss()
        for i in range(1, active + 1):
            k = ConversationKey("bench", f"u{i}", f"u{i}")
            runtime.delivered(await runtime.handle(Inbound(k, text="zes")))
        await store.flush()
        await store.close()
        return {"ready": ready, "rss_start": rss_start, "rss_active": _rss()}

    print(json.dumps(asyncio.run(main())), flush=True)


def _rss() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _measure(db: Path, active: int, cache: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VERBONDEN_CACHE_DIR": str(cache)}
    started = time.perf_counter()
    spawned = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "bench.scale", "child", str(db), str(active), repr(spawned)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    )
    result: dict[str, float] = json.loads(out.stdout)
    result["wall"] = time.perf_counter() - started
    return result


def run(quick: bool) -> list[Figure]:
    stored = 10_000 if quick else 100_000
    active = 1_000 if quick else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp) / "small.sqlite3", Path(tmp) / "large.sqlite3"
        populate(small, 1_000)
        populate(large, stored)
        # A cache directory of its own: the first start builds the dictionary tries and
        # the compiled rules (as the first start after installing does), the rest use them.
        cache = Path(tmp) / "cache"
        first = _measure(small, 100, cache)
        few = _measure(small, 100, cache)
        many = _measure(large, 100, cache)
        busy = _measure(large, active, cache)
    return [
        Figure("first start ever (builds the caches), to first reply", first["ready"], "s"),
        Figure("start-up to first reply, 1,000 stored users", few["ready"], "s"),
        at_most(f"start-up to first reply, {stored:,} stored users", many["ready"], "s", 1.0),
        Figure("whole child process: start, 101 turns, exit", many["wall"], "s"),
        Figure("memory after start, 1,000 stored users", few["rss_start"], "MB"),
        Figure(f"memory after start, {stored:,} stored users", many["rss_start"], "MB"),
        at_most(
            f"memory ratio {stored:,} / 1,000 stored users (same activity)",
            many["rss_active"] / few["rss_active"],
            "ratio",
            1.1,
        ),
        Figure(f"memory after {active:,} active conversations", busy["rss_active"], "MB"),
    ]


if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        _child(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]))
