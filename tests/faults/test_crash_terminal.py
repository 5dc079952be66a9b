"""SIGKILL the bot at random moments during a scripted run; nothing lost, nothing doubled.

The driver plays many users through `verbonden chat --events` (each message has an
id, as platforms give them), kills the process with SIGKILL after a random delay,
starts it again on the same database and re-sends every message it got no answer
for. Afterwards every message must have been answered exactly once, and every
conversation must end in the same state as an uninterrupted reference run.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import sys
from pathlib import Path

import pytest

from bench.workload import events as _events
from bot.core.engine import Engine
from bot.core.messages import ConversationKey, Inbound
from bot.runtime.runtime import Runtime
from bot.store.db import Store

ROOT = Path(__file__).resolve().parents[2]


async def _reference(
    engine: Engine, events: list[dict[str, str]]
) -> dict[str, tuple[str, str, str]]:
    store = await Store.open(":memory:")
    runtime = Runtime(engine, store, default_region="nl")
    for event in events:
        key = ConversationKey("terminal", event["user"], event["user"])
        runtime.delivered(
            await runtime.handle(Inbound(key, text=event["text"], event_id=event["id"]))
        )
    await store.flush()
    result = await _states(store)
    await store.close()
    return result


async def _states(store: Store) -> dict[str, tuple[str, str, str]]:
    rows = await store.execute_fetchall("SELECT user_id, dialogue, state, slots FROM conversations")
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


class Bot:
    """The bot as a child process speaking --events over pipes."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "chat",
            "--events",
            "--region",
            "nl",
            "--db",
            str(self.db),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )

    async def ask(self, event: dict[str, str]) -> dict[str, object] | None:
        """Send one event; its answer, or None when the process died first."""
        assert self.proc and self.proc.stdin and self.proc.stdout
        try:
            self.proc.stdin.write((json.dumps(event) + "\n").encode())
            await self.proc.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            return None
        line = await self.proc.stdout.readline()
        return json.loads(line) if line else None

    def kill(self) -> None:
        if self.proc and self.proc.returncode is None:
            self.proc.send_signal(signal.SIGKILL)

    async def wait(self) -> None:
        if self.proc:
            await self.proc.wait()

    async def close(self) -> None:
        if self.proc and self.proc.returncode is None:
            assert self.proc.stdin
            self.proc.stdin.close()
            await asyncio.wait_for(self.proc.wait(), 60)


async def _crash_run(
    db: Path, events: list[dict[str, str]], kills: int, seed: int
) -> dict[str, int]:
    rng = random.Random(seed)
    answered: dict[str, int] = {e["id"]: 0 for e in events}
    kill_at = sorted(rng.sample(range(1, len(events)), kills))
    bot = Bot(db)
    await bot.start()
    pending = list(events)
    index = 0
    while pending:
        event = pending[0]
        if kill_at and index >= kill_at[0]:
            kill_at.pop(0)
            # Kill at a random moment while this event is being handled.
            delay = rng.uniform(0, 0.03)
            asyncio.get_running_loop().call_later(delay, bot.kill)
        answer = await bot.ask(event)
        index += 1
        if answer is None:  # died: start again and re-send what got no answer
            await bot.wait()
            await bot.start()
            continue
        assert answer["id"] == event["id"]
        if answer["replies"]:
            answered[event["id"]] += 1
        pending.pop(0)
        await asyncio.sleep(0)  # let a scheduled kill land between events too
        if bot.proc and bot.proc.returncode is not None:
            await bot.start()
    await bot.close()
    return answered


async def _check(engine: Engine, tmp_path: Path, users: int, kills: int, seed: int) -> None:
    events = _events(users)
    reference = await _reference(engine, events)
    db = tmp_path / "crash.sqlite3"
    answered = await _crash_run(db, events, kills, seed)
    twice = {k: v for k, v in answered.items() if v != 1}
    assert not twice, f"answered not exactly once: {twice}"
    store = await Store.open(db)
    try:
        assert await _states(store) == reference
    finally:
        await store.close()


async def test_sigkill_during_terminal_run_loses_and_doubles_nothing(
    engine: Engine, tmp_path: Path
) -> None:
    await _check(engine, tmp_path, users=6, kills=6, seed=7)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_sigkill_soak(engine: Engine, tmp_path: Path, seed: int) -> None:
    await _check(engine, tmp_path, users=40, kills=40, seed=seed)
