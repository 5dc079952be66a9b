"""The journal chart ("mijn dagboek"): `python -m bench journal`.

* How long a chart of a year of daily entries takes to draw (p50/p99), on its own
  and as the whole "show me everything" turn (read, sentences, sketch, drawing).
* Whether other people's replies slow down while charts are drawn: the same steady
  load of other conversations, side by side, without charts and with one person
  asking for a year chart over and over (drawn in the worker process, as the bot
  does; and, for comparison only, in a thread of the bot's own process).
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from bench.figures import Figure, at_most, percentile
from bot.app.wiring import build_engine
from bot.config import Config
from bot.core import journal
from bot.core.engine import Engine
from bot.core.messages import ConversationKey, Inbound, Profile
from bot.runtime import charts
from bot.runtime.runtime import Runtime
from bot.store.db import Store
from bot.store.turns import TurnWrite

NOW = datetime(2026, 12, 5, 20, tzinfo=UTC)
READER = ConversationKey("bench", "reader", "reader")
# Other people, each typing through naming a feeling and back, again and again.
SCRIPT = ("menu", "gevoel", "bang", "gewoon bang", "5", "buik", "rust", "nee", "nee dit was genoeg")


async def _a_year(store: Store) -> None:
    """A year of daily feelings, plus contact on about one day in three."""
    families = ("bang", "onrustig", "verdrietig", "leeg", "blij", "eigen")
    for day in range(365):
        at = NOW - timedelta(days=day, hours=day % 11)
        entries: list[dict[str, str | int]] = [
            {"soort": "gevoel", "familie": families[day % 6], "intensiteit": (day * 7) % 11}
        ]
        if day % 3 == 0:
            entries.append({"soort": "contact", "uitkomst": "fijn"})
        await store.commit(
            TurnWrite(READER, at, None, Profile(region="nl", welcomed=True), journal=tuple(entries))
        )


def _draw_times(engine: Engine, rounds: int) -> list[float]:
    text = engine.texts.get
    rows: list[journal.Row] = [
        (i, NOW - timedelta(days=i), {"familie": "bang", "intensiteit": i % 11}) for i in range(365)
    ]
    shown = journal.entries(rows, ZoneInfo("Europe/Amsterdam"))
    span = journal.period(None, NOW.date(), shown)
    data = journal.chart_data(shown, span, "Mijn dagboek: alles", lambda k: text(k)[0])
    charts.draw(data)  # matplotlib's first import and font cache outside the figures
    out = []
    for _ in range(rounds):
        started = time.perf_counter()
        charts.draw(data)
        out.append((time.perf_counter() - started) * 1000)
    return out


async def _other(
    runtime: Runtime, n: int, stop: asyncio.Event, gap: float, out: list[float]
) -> None:
    key = ConversationKey("bench", f"other-{n}", f"other-{n}")
    step = 0
    while not stop.is_set():
        text = SCRIPT[step % len(SCRIPT)]
        step += 1
        started = time.perf_counter()
        delivery = await runtime.handle(Inbound(key, text=text))
        if step > len(SCRIPT):  # after one round: caches warm, as for people already talking
            out.append((time.perf_counter() - started) * 1000)
        runtime.delivered(delivery)
        await asyncio.sleep(gap)


async def _reader(runtime: Runtime, stop: asyncio.Event, out: list[float]) -> None:
    while not stop.is_set():
        await runtime.handle(Inbound(READER, text="dagboek"))
        started = time.perf_counter()
        delivery = await runtime.handle(Inbound(READER, text="alles"))
        out.append((time.perf_counter() - started) * 1000)
        runtime.delivered(delivery)


async def _phase(
    engine: Engine,
    mode: Literal["none", "process", "thread"],
    seconds: float,
    people: int,
) -> tuple[list[float], list[float]]:
    store = await Store.open(":memory:")
    renderer = charts.Renderer("thread" if mode == "thread" else "process")
    runtime = Runtime(engine, store, default_region="nl", clock=lambda: NOW, renderer=renderer)
    await _a_year(store)
    if mode != "none":  # the worker is started before measuring, as after the first chart
        await runtime.handle(Inbound(READER, text="dagboek"))
        await runtime.handle(Inbound(READER, text="alles"))
    others: list[float] = []
    charted: list[float] = []
    stop = asyncio.Event()
    tasks = [asyncio.create_task(_other(runtime, n, stop, 0.02, others)) for n in range(people)]
    if mode != "none":
        tasks.append(asyncio.create_task(_reader(runtime, stop, charted)))
    await asyncio.sleep(seconds)
    stop.set()
    await asyncio.gather(*tasks)
    await runtime.close()
    return sorted(others), sorted(charted)


def run(quick: bool) -> list[Figure]:
    engine = build_engine(Config())
    figures: list[Figure] = []
    draws = sorted(_draw_times(engine, 5 if quick else 30))
    figures.append(Figure("draw a year of daily entries, p50", percentile(draws, 50), "ms"))
    figures.append(at_most("draw a year of daily entries, p99", percentile(draws, 99), "ms", 1000))
    seconds, people = (2.0, 5) if quick else (8.0, 10)
    # The three phases interleaved, twice, so a noisy neighbour hits them alike.
    results: dict[str, tuple[list[float], list[float]]] = {}
    for _ in range(1 if quick else 2):
        for mode in ("none", "process", "thread"):
            others, charted = asyncio.run(_phase(engine, mode, seconds, people))
            previous = results.get(mode, ([], []))
            results[mode] = (sorted(previous[0] + others), sorted(previous[1] + charted))
    base = results["none"][0]
    shown = results["process"][1]
    figures.append(Figure("'alles' turn with a year chart, p50", percentile(shown, 50), "ms"))
    figures.append(Figure("'alles' turn with a year chart, p99", percentile(shown, 99), "ms"))
    figures.append(Figure("year charts drawn while measuring", len(shown), "charts"))
    for pct in (50, 99):
        figures.append(
            Figure(f"other people's turns, no charts, p{pct}", percentile(base, pct), "ms")
        )
    for mode, label in (
        ("process", "charts in the worker process"),
        ("thread", "charts in a thread"),
    ):
        others = results[mode][0]
        for pct in (50, 99):
            figures.append(
                Figure(f"other people's turns, {label}, p{pct}", percentile(others, pct), "ms")
            )
        ratio = percentile(others, 99) / max(percentile(base, 99), 1e-9)
        name = f"p99 with / without, {label}"
        figures.append(
            at_most(name, ratio, "ratio", 1.5)
            if mode == "process"
            else Figure(name, ratio, "ratio")
        )
    return figures
