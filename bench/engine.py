"""The pure engine over a realistic mix of turns (understanding and safety included)."""

from __future__ import annotations

import time

from bench.figures import Figure, at_least, at_most, percentile
from bench.workload import SCRIPTS
from bot.core.engine import Engine
from bot.core.messages import ConversationKey, ConversationState, Inbound, Profile
from bot.core.safety import screen


def _conversations(engine: Engine, rounds: int) -> list[float]:
    """Seconds per turn, over ``rounds`` passes through every script."""
    samples: list[float] = []
    for r in range(rounds):
        for n, script in enumerate(SCRIPTS):
            key = ConversationKey("bench", f"c{r}-{n}", f"u{r}-{n}")
            state: ConversationState | None = None
            profile: Profile | None = Profile(region="nl")
            for text in script:
                started = time.perf_counter()
                result = engine.turn(Inbound(key, text=text), state, profile)
                samples.append(time.perf_counter() - started)
                state, profile = result.state, result.profile
    return samples


def run(quick: bool) -> list[Figure]:
    engine = Engine()
    _conversations(engine, 3)  # warm caches, as a running bot has them
    samples = _conversations(engine, 20 if quick else 300)
    total = sum(samples)
    micro = sorted(s * 1e6 for s in samples)
    texts = [t for script in SCRIPTS for t in script]
    started = time.perf_counter()
    for _ in range(20 if quick else 200):
        for text in texts:
            screen(text)
    screening = (time.perf_counter() - started) / ((20 if quick else 200) * len(texts)) * 1e6
    return [
        at_least("engine turns per second (one core)", len(samples) / total, "turns/s", 1000),
        Figure("engine µs per turn, p50", percentile(micro, 50), "µs"),
        at_most("engine µs per turn, p99", percentile(micro, 99), "µs", 5000),
        Figure("safety screening µs per message (within the turn)", screening, "µs"),
        Figure("turns measured", len(samples), "turns"),
    ]
