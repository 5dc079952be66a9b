"""Fixtures: the Bot API emulator on 127.0.0.1 and a Telegram adapter pointed at it."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from adapters.telegram import TelegramAdapter
from adapters.telegram.pacing import RetryPolicy
from bot.config import TelegramConfig
from bot.core.engine import Engine
from bot.runtime.runtime import Runtime
from bot.store.db import Store
from tests.support.telegram_emulator import SimChat, SimUser, TelegramEmulator

TOKEN = "424242424:AAH-verbonden_adapter_TEST"
BOT_USERNAME = "verbonden_test_bot"
FAST_RETRY = RetryPolicy(attempts=6, base_delay=0.05, max_delay=0.4)


def telegram_config(emu: TelegramEmulator, **overrides: Any) -> TelegramConfig:
    """Polling against the emulator; per-chat pacing relaxed unless a test asks for the real one."""
    base = TelegramConfig(
        enabled=True,
        base_url=emu.base_url,
        base_file_url=emu.base_file_url,
        poll_timeout=2,
        messages_per_chat_per_second=100.0,
    )
    return dataclasses.replace(base, **overrides)


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator(token=TOKEN, username=BOT_USERNAME) as emulator:
        yield emulator


MakeAdapter = Callable[..., Awaitable[TelegramAdapter]]


@pytest.fixture
async def make_adapter(emu: TelegramEmulator) -> AsyncIterator[MakeAdapter]:
    """Start adapters (each stopped at the end unless the test stopped it)."""
    started: list[TelegramAdapter] = []

    async def make(runtime: Runtime, **overrides: Any) -> TelegramAdapter:
        extra = {k: overrides.pop(k) for k in ("webhook_secret", "stop_timeout") if k in overrides}
        adapter = TelegramAdapter(
            telegram_config(emu, **overrides), runtime, token=TOKEN, retry=FAST_RETRY, **extra
        )
        await adapter.start()
        started.append(adapter)
        return adapter

    yield make
    for adapter in started:
        await adapter.stop()  # a no-op for adapters the test stopped itself


@pytest.fixture
async def adapter(make_adapter: MakeAdapter, runtime: Runtime) -> AsyncIterator[TelegramAdapter]:
    started = await make_adapter(runtime)
    yield started
    await started.stop()  # before the runtime's store closes


@pytest.fixture
def anna(emu: TelegramEmulator) -> SimUser:
    return emu.user(1001, "Anna", username="anna")


@pytest.fixture
def anna_chat(emu: TelegramEmulator, anna: SimUser) -> SimChat:
    return emu.private_chat(anna)


async def open_runtime(engine: Engine, path: Path) -> Runtime:
    """A runtime over its own store on ``path`` (for restarts: a fresh process, in effect)."""
    store = await Store.open(path)
    return Runtime(engine, store, default_region="nl")


def fail_first_turn(monkeypatch: pytest.MonkeyPatch, runtime: Runtime, error: Exception) -> None:
    """The next turn fails before anything is committed; later turns run normally."""
    real_handle = runtime.handle
    failures = [error]

    async def flaky(inbound: Any) -> Any:
        if failures:
            raise failures.pop()
        return await real_handle(inbound)

    monkeypatch.setattr(runtime, "handle", flaky)
