"""`verbonden --config ... run` as a real process: answers, stops on SIGTERM, survives SIGKILL."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import cast

import pytest

from tests.support.telegram_emulator import TelegramEmulator

from .conftest import TOKEN

ROOT = Path(__file__).resolve().parents[3]
VERBONDEN = Path(sys.executable).parent / "verbonden"
WELCOME = 1  # the welcome's texts arrive as one message
TOKEN_ENV = "VERBONDEN_TEST_TELEGRAM_TOKEN"


def write_config(tmp_path: Path, emu: TelegramEmulator) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[database]
path = "{tmp_path / "verbonden.sqlite3"}"

[bot]
default_region = "nl"

[telegram]
enabled = true
token_env = "{TOKEN_ENV}"
base_url = "{emu.base_url}"
base_file_url = "{emu.base_file_url}"
poll_timeout = 1
messages_per_chat_per_second = 100.0
""",
        encoding="utf-8",
    )
    return config


@asynccontextmanager
async def verbonden_run(config: Path, log: Path) -> AsyncIterator[asyncio.subprocess.Process]:
    env = {**os.environ, TOKEN_ENV: TOKEN}
    with log.open("ab") as stderr:
        process = await asyncio.create_subprocess_exec(
            str(VERBONDEN),
            "--config",
            str(config),
            "run",
            cwd=ROOT,
            env=env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=stderr,
            stderr=stderr,
        )
    try:
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def test_run_answers_and_stops_cleanly_on_sigterm(
    emu: TelegramEmulator, tmp_path: Path
) -> None:
    anna = emu.user(1001, "Anna")
    chat = emu.private_chat(anna)
    log = tmp_path / "run.log"
    async with verbonden_run(write_config(tmp_path, emu), log) as process:
        emu.send_text(anna, chat, "hallo, ik ben Anna")
        await emu.wait_for_sent(chat, WELCOME, timeout=30)
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), timeout=20) == 0
    output = log.read_text(encoding="utf-8")
    assert "Telegram adapter stopped" in output
    assert "ik ben Anna" not in output and "welkom bij" not in output  # no message text
    assert TOKEN.split(":")[1] not in output  # nor the token


async def test_a_crash_after_the_turn_loses_nothing_and_repeats_nothing(
    emu: TelegramEmulator, tmp_path: Path
) -> None:
    anna = emu.user(1001, "Anna")
    chat = emu.private_chat(anna)
    config = write_config(tmp_path, emu)
    log = tmp_path / "run.log"
    emu.drop_next("sendMessage", times=10_000)  # the replies cannot get out...
    async with verbonden_run(config, log) as process:
        update_id = emu.send_text(anna, chat, "hallo")
        assert update_id is not None
        await emu.wait_until(lambda: len(emu.calls_to("sendMessage")) >= 1, timeout=30)
        process.kill()  # ...and the bot dies: committed turn, nothing delivered
        await process.wait()
    assert emu.sent(chat) == []
    emu.clear_faults()
    emu.reinject(update_id)  # and Telegram delivers the update once more

    async with verbonden_run(config, log) as process:
        await emu.wait_for_sent(chat, WELCOME, timeout=30)
        emu.send_text(anna, chat, "Even tot rust komen")
        await emu.wait_for_sent(chat, WELCOME + 1, timeout=10)
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), timeout=20) == 0
    texts = [m.text for m in emu.sent(chat)]
    assert len(texts) == WELCOME + 1, texts  # the welcome exactly once, then the next answer
    assert "welkom bij Verbonden" in (texts[0] or "")


async def test_an_unreachable_bot_api_is_one_line_that_says_what_to_check(tmp_path: Path) -> None:
    from adapters.telegram import TelegramAdapter
    from adapters.telegram.pacing import RetryPolicy
    from bot.config import ConfigError, TelegramConfig
    from bot.core.engine import Engine
    from bot.runtime.runtime import Runtime
    from bot.store.db import Store

    store = await Store.open(tmp_path / "x.sqlite3")
    config = TelegramConfig(enabled=True, base_url="http://127.0.0.1:1/bot")
    adapter = TelegramAdapter(
        config,
        Runtime(Engine(), store),
        token=TOKEN,
        retry=RetryPolicy(attempts=2, base_delay=0.01),
    )
    try:
        with pytest.raises(ConfigError) as raised:
            await adapter.start()
    finally:
        await store.close()
    said = str(raised.value)
    assert "the Bot API at http://127.0.0.1:1 cannot be reached (NetworkError)" in said
    assert "verbonden doctor" in said and "\n" not in said


async def test_sigterm_while_connecting_stops_at_once() -> None:
    from bot.app.run import _started
    from bot.runtime.ports import Adapter

    class Hanging:
        name = "hanging"
        ready = False
        cancelled = False

        async def start(self) -> None:
            try:
                await asyncio.sleep(3600)  # a network that never answers
            except asyncio.CancelledError:
                self.cancelled = True
                raise

        async def stop(self) -> None:
            pass

    stopping = asyncio.Event()
    adapter = Hanging()
    asyncio.get_running_loop().call_later(0.05, stopping.set)  # SIGTERM arrives
    started = _started(cast(Adapter, adapter), stopping)
    assert await asyncio.wait_for(started, 5) is False
    assert adapter.cancelled


async def test_the_command_menu_never_delays_the_first_answer(
    emu: TelegramEmulator, tmp_path: Path
) -> None:
    emu.drop_next("setMyCommands", times=1000)  # setMyCommands keeps failing
    anna = emu.user(1001, "Anna")
    chat = emu.private_chat(anna)
    log = tmp_path / "run.log"
    async with verbonden_run(write_config(tmp_path, emu), log) as process:
        emu.send_text(anna, chat, "hallo")
        # Answered while the menu is still being retried in the background.
        await emu.wait_for_sent(chat, WELCOME, timeout=30)
        assert not emu.commands_for()
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), timeout=20) == 0


async def test_a_server_that_answers_at_once_is_not_asked_in_a_tight_loop(
    emu: TelegramEmulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from adapters.telegram import TelegramAdapter
    from bot.config import TelegramConfig
    from bot.core.engine import Engine
    from bot.runtime.runtime import Runtime
    from bot.store.db import Store

    calls = 0

    async def at_once(*args: object, **kwargs: object) -> tuple[()]:
        nonlocal calls
        calls += 1
        return ()  # no updates, without waiting the long-poll timeout

    store = await Store.open(tmp_path / "x.sqlite3")
    config = TelegramConfig(
        enabled=True, base_url=emu.base_url, base_file_url=emu.base_file_url, poll_timeout=30
    )
    adapter = TelegramAdapter(config, Runtime(Engine(), store), token=TOKEN)
    await adapter.start()
    monkeypatch.setattr(type(adapter.bot), "get_updates", at_once)
    await asyncio.sleep(1.5)
    await adapter.stop()
    await store.close()
    assert 1 <= calls <= 5  # a tight loop would have asked thousands of times
