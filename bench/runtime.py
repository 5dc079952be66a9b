"""The durable runtime: throughput at 1, 100 and 1,000 concurrent conversations, every
reply released only after its state is committed to an SQLite file, side by side
with the same on ``:memory:`` (the durability tax), and latency at a steady load."""

from __future__ import annotations

import asyncio
import random
import tempfile
import time
from pathlib import Path

from bench.figures import Figure, at_least, at_most, percentile
from bench.workload import SCRIPTS
from bot.core.engine import Engine
from bot.core.messages import ConversationKey, Inbound
from bot.runtime.runtime import Runtime
from bot.store.db import Store


async def _user(runtime: Runtime, key: ConversationKey, script: tuple[str, ...]) -> int:
    for text in script:
        runtime.delivered(await runtime.handle(Inbound(key, text=text)))
    return len(script)


async def _throughput(engine: Engine, db: str, conversations: int, rounds: int) -> float:
    store = await Store.open(db)
    runtime = Runtime(engine, store, default_region="nl")
    turns = 0
    started = time.perf_counter()
    for r in range(rounds):
        keys = [ConversationKey("bench", f"r{r}c{i}", f"r{r}u{i}") for i in range(conversations)]
        done = await asyncio.gather(
            *(_user(runtime, k, SCRIPTS[i % len(SCRIPTS)]) for i, k in enumerate(keys))
        )
        turns += sum(done)
    await store.flush()
    elapsed = time.perf_counter() - started
    await store.close()
    return turns / elapsed


async def _latency(engine: Engine, db: str, rate: float, seconds: float) -> list[float]:
    """Open-loop arrivals at ``rate`` turns/s: how long each turn waits for its reply."""
    store = await Store.open(db)
    runtime = Runtime(engine, store, default_region="nl")
    rng = random.Random(1)
    samples: list[float] = []
    tasks = []

    async def one(n: int) -> None:
        key = ConversationKey("bench", f"lat{n % 500}", f"lat{n % 500}")
        text = rng.choice(SCRIPTS[n % len(SCRIPTS)])
        started = time.perf_counter()
        runtime.delivered(await runtime.handle(Inbound(key, text=text)))
        samples.append(time.perf_counter() - started)

    end = time.perf_counter() + seconds
    n = 0
    while time.perf_counter() < end:
        tasks.append(asyncio.create_task(one(n)))
        n += 1
        await asyncio.sleep(rng.expovariate(rate))
    await asyncio.gather(*tasks)
    await store.close()
    return samples


def run(quick: bool) -> list[Figure]:
    engine = Engine()
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        levels = (1, 100, 1000)
        for level in levels:
            rounds = max(1, (20 if quick else 200) // level)
            if level == 1000 and quick:
                level = 300
            file_db = str(Path(tmp) / f"bench-{level}.sqlite3")
            durable = asyncio.run(_throughput(engine, file_db, level, rounds))
            memory = asyncio.run(_throughput(engine, ":memory:", level, rounds))
            figures.append(Figure(f"durable turns/s, {level} concurrent", durable, "turns/s"))
            figures.append(Figure(f"in-memory turns/s, {level} concurrent", memory, "turns/s"))
            ratio = durable / memory
            name = f"durable / in-memory, {level} concurrent"
            goal_level = level >= 300
            figures.append(
                at_least(name, ratio, "ratio", 0.5) if goal_level else Figure(name, ratio, "ratio")
            )
        steady = figures[3].value * 0.5  # half of what 100 conversations reach, durably
        samples = asyncio.run(
            _latency(engine, str(Path(tmp) / "lat.sqlite3"), steady, 2 if quick else 10)
        )
        ms = sorted(s * 1000 for s in samples)
        figures.append(Figure("steady load offered (half of durable capacity)", steady, "turns/s"))
        figures.append(Figure("latency at steady load, p50", percentile(ms, 50), "ms"))
        figures.append(at_most("latency at steady load, p99", percentile(ms, 99), "ms", 250))
    return figures
