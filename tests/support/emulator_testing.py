"""Fixtures and helpers for the Telegram emulator's own tests (test_telegram_emulator*.py)."""

from __future__ import annotations

import datetime as dtm
import socket
import warnings
from collections.abc import AsyncIterator
from typing import Any

import pytest
import telegram
from telegram import (
    TelegramObject,
    Update,
)
from telegram.error import RetryAfter

from .telegram_emulator import (
    SimChat,
    SimUser,
    TelegramEmulator,
)

TOKEN = "987654321:AAE-verbonden_TEST_token"


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator(token=TOKEN, username="verbonden_bot") as emulator:
        yield emulator


@pytest.fixture
async def bot(emu: TelegramEmulator) -> AsyncIterator[telegram.Bot]:
    client = telegram.Bot(TOKEN, base_url=emu.base_url, base_file_url=emu.base_file_url)
    async with client:
        yield client


@pytest.fixture
def anna(emu: TelegramEmulator) -> SimUser:
    return emu.user(1001, "Anna", username="anna_de_vries", last_name="de Vries")


@pytest.fixture
def chat(emu: TelegramEmulator, anna: SimUser) -> SimChat:
    return emu.private_chat(anna)


def assert_known_fields(obj: object, path: str = "object") -> None:
    """Fail if PTB put any field of ``obj`` (recursively) into ``api_kwargs``."""
    if isinstance(obj, TelegramObject):
        assert not obj.api_kwargs, f"{path}: fields unknown to PTB: {dict(obj.api_kwargs)}"
        names = {
            name
            for cls in type(obj).__mro__
            for name in getattr(cls, "__slots__", ())
            if not name.startswith("_") and name != "api_kwargs"
        }
        for name in sorted(names):
            assert_known_fields(getattr(obj, name, None), f"{path}.{name}")
    elif isinstance(obj, tuple | list):
        for index, item in enumerate(obj):
            assert_known_fields(item, f"{path}[{index}]")


def retry_after_seconds(error: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value: Any = error.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


async def next_updates(bot: telegram.Bot, offset: int = 0, poll: int = 2) -> tuple[Update, ...]:
    return await bot.get_updates(offset=offset, timeout=poll)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
