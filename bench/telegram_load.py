"""Load: many simulated Telegram users at once against `verbonden run`, and what came back.

Used by ``tests/faults/test_load_telegram.py``: every user starts at the same moment and
plays the first ``messages`` messages of a workload script in a closed loop. The bot
runs as a real process with the send limits raised (the emulator enforces none). The
result holds the figures and everything the test checks: which chats got other answers
than the in-memory reference run, and the database after a clean stop.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.figures import Figure, percentile
from bench.telegram_driver import (
    TOKEN_ENV,
    BotProcess,
    ObservedEmulator,
    Reference,
    RoundResult,
    comparable_rows,
    drive,
    ours_argv,
    people,
    wait_polling,
    write_ours_config,
    wrong_answers,
)
from bench.workload import SCRIPTS
from bot.core.engine import Engine
from bot.store.db import Store

TOKEN = "535353535:AAH-verbonden_load_TEST"


@dataclass
class Load:
    users: int
    turns_sent: int  # messages the users sent, one turn each
    result: RoundResult
    wrong: dict[int, list[str]]  # chats whose messages differ from the reference (after stop)
    exit_code: int
    rows: dict[str, Any]  # the database after the run (see ``comparable_rows``)
    expected_rows: dict[str, Any]  # the same after an in-memory reference run
    handled: int  # handled update ids stored
    outbox: int  # reply batches still owed (0 after a clean stop)
    log_tail: str

    def figures(self) -> list[Figure]:
        ms = sorted(s * 1000 for s in self.result.latencies)
        r = self.result
        return [
            Figure("simulated users at once", self.users, "users"),
            Figure("turns answered", r.turns, "turns"),
            Figure("messages the bot sent", r.messages, "messages"),
            Figure("turns per second", r.turns_per_second, "turns/s"),
            Figure("latency p50", percentile(ms, 50), "ms"),
            Figure("latency p99", percentile(ms, 99), "ms"),
            Figure("latency max", ms[-1] if ms else 0.0, "ms"),
            Figure("bot CPU per turn", r.bot_cpu / r.turns * 1000 if r.turns else 0.0, "ms"),
            Figure("emulator + users CPU share", r.driver_cpu / r.seconds, "cores"),
        ]


async def load(
    tmp: Path,
    users: int,
    messages: int | None = None,
    *,
    engine: Engine | None = None,
    turn_timeout: float = 300.0,
) -> Load:
    """``users`` people at once, each the first ``messages`` messages of a script (all: None)."""
    reference = Reference(engine)
    scripts = [SCRIPTS[u % len(SCRIPTS)][:messages] for u in range(users)]
    batches = [await reference.batches(s) for s in scripts]
    db = tmp / "load.sqlite3"
    async with ObservedEmulator(token=TOKEN, username="verbonden_load_bot") as emu:
        crowd = people(emu, 10_000, scripts, batches)
        config = write_ours_config(tmp / "load.toml", emu, db)
        bot = BotProcess(ours_argv(config), env={TOKEN_ENV: TOKEN}, log=tmp / "load.log")
        try:
            mark = len(emu.calls)
            await bot.start()
            await wait_polling(emu, mark, bot, 60.0)
            result = await drive(emu, crowd, bot, turn_timeout=turn_timeout)
            code = await bot.stop()  # a clean stop: everything owed is sent and acknowledged
        finally:
            await bot.kill()
        wrong = wrong_answers(emu, crowd)  # after the stop: late duplicates would show here
    store = await Store.open(db)
    try:
        rows = await comparable_rows(store)
        [(handled,)] = await store.execute_fetchall("SELECT COUNT(*) FROM handled_events")
        [(owed,)] = await store.execute_fetchall("SELECT COUNT(*) FROM outbox")
    finally:
        await store.close()
    expected = await reference.final_rows({p.user.id: p.script for p in crowd})
    sent = sum(len(s) for s in scripts)
    return Load(users, sent, result, wrong, code, rows, expected, handled, owed, bot.log_tail())
