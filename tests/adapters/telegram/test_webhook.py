"""Webhook mode: Telegram POSTs updates; the secret is checked on every request."""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import pytest

from adapters.telegram import TelegramAdapter
from adapters.telegram.webhook import SECRET_HEADER
from bot.config import ConfigError
from bot.runtime.runtime import Runtime
from tests.adapters.telegram.conftest import fail_first_turn
from tests.support.emulator_testing import free_port
from tests.support.telegram_emulator import SimChat, SimUser, TelegramEmulator

from .conftest import TOKEN, MakeAdapter, telegram_config

SECRET = "geheim_0123-webhook"
WELCOME = 1  # the welcome's texts arrive as one message


@pytest.fixture
async def hooked(make_adapter: MakeAdapter, runtime: Runtime) -> TelegramAdapter:
    port = free_port()
    return await make_adapter(
        runtime,
        mode="webhook",
        webhook_port=port,
        webhook_url=f"http://127.0.0.1:{port}/telegram",
        webhook_secret=SECRET,
    )


async def post(url: str, body: Any, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=json.dumps(body), headers=headers) as response,
    ):
        return response.status


async def test_webhook_mode_answers_with_the_secret_checked(
    emu: TelegramEmulator, hooked: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    assert emu.webhook_url.endswith("/telegram")
    emu.send_text(anna, anna_chat, "hallo")
    await emu.wait_for_sent(anna_chat, WELCOME)
    assert [(d.status, d.secret_token) for d in emu.webhook_deliveries] == [(200, SECRET)]


async def test_a_wrong_secret_is_refused(
    emu: TelegramEmulator, hooked: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    update_id = emu.send_text(anna, anna_chat, "hallo")
    assert update_id is not None
    await emu.wait_for_sent(anna_chat, WELCOME)
    forged = emu.update(update_id)
    forged["update_id"] += 1000
    forged["message"]["text"] = "stop"
    url = emu.webhook_url
    assert await post(url, forged, "raden-maar") == 403
    assert await post(url, forged, None) == 403
    assert await post(url, forged, SECRET.upper()) == 403
    assert await post(url, {"not": "an update"}, SECRET) == 400
    assert hooked.webhook is not None and hooked.webhook.refused == 3
    await hooked.stop()
    assert len(emu.sent(anna_chat)) == WELCOME  # nothing forged got an answer


async def test_a_failed_turn_answers_500_so_telegram_sends_it_again(
    emu: TelegramEmulator,
    hooked: TelegramAdapter,
    runtime: Runtime,
    anna: SimUser,
    anna_chat: SimChat,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fail_first_turn(monkeypatch, runtime, RuntimeError("disk full"))
    emu.send_text(anna, anna_chat, "hallo")
    await emu.wait_for_sent(anna_chat, WELCOME)
    await hooked.stop()
    assert [d.status for d in emu.webhook_deliveries] == [500, 200]
    assert len(emu.sent(anna_chat)) == WELCOME


async def test_a_duplicate_webhook_delivery_is_not_answered_twice(
    emu: TelegramEmulator, hooked: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    update_id = emu.send_text(anna, anna_chat, "hallo")
    assert update_id is not None
    await emu.wait_for_sent(anna_chat, WELCOME)
    emu.reinject(update_id)
    await emu.wait_until(lambda: len(emu.webhook_deliveries) == 2)
    await hooked.stop()
    assert [d.status for d in emu.webhook_deliveries] == [200, 200]
    assert len(emu.sent(anna_chat)) == WELCOME


async def test_webhook_mode_needs_its_secret(
    emu: TelegramEmulator, runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VERBONDEN_TELEGRAM_WEBHOOK_SECRET", raising=False)
    config = telegram_config(emu, mode="webhook", webhook_url="http://127.0.0.1:1/x")
    with pytest.raises(ConfigError, match="VERBONDEN_TELEGRAM_WEBHOOK_SECRET"):
        TelegramAdapter(config, runtime, token=TOKEN)
    with pytest.raises(ConfigError, match="only letters"):
        TelegramAdapter(config, runtime, token=TOKEN, webhook_secret="met spaties")
