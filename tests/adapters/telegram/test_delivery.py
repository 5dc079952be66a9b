"""Exactly-once and faults: duplicates, restarts, RetryAfter, network errors, pacing."""

from __future__ import annotations

import itertools
import logging
from pathlib import Path

import pytest

from adapters.telegram import TelegramAdapter
from bot.core.engine import Engine
from bot.runtime.runtime import Runtime
from tests.adapters.telegram.conftest import fail_first_turn
from tests.support.telegram_emulator import SimChat, SimUser, TelegramEmulator

from .conftest import MakeAdapter, open_runtime

WELCOME = 1  # the welcome's texts arrive as one message (region preset: no region question)
EXPORT = 3  # "/gegevens": a text, the file, the question again (a file is never merged)


async def settled(emu: TelegramEmulator, adapter: TelegramAdapter) -> None:
    """Every update confirmed and every reply in flight delivered (the adapter stops)."""
    await emu.wait_until(lambda: not emu.pending_updates)
    await adapter.stop()


async def restart_until_settled(
    emu: TelegramEmulator, make_adapter: MakeAdapter, engine: Engine, db: Path
) -> None:
    """Start again on ``db``, let everything settle, and check nothing is still owed."""
    runtime = await open_runtime(engine, db)
    try:
        await settled(emu, await make_adapter(runtime))
        assert await runtime.undelivered("telegram") == []
    finally:
        await runtime.store.close()


async def test_a_duplicate_update_is_not_answered_twice(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    update_id = emu.send_text(anna, anna_chat, "hallo")
    assert update_id is not None  # delivered by polling, not a webhook
    assert update_id is not None
    await emu.wait_for_sent(anna_chat, WELCOME)
    emu.reinject(update_id)  # Telegram sends it again (say its confirmation got lost)
    await emu.wait_until(lambda: not emu.pending_updates)
    emu.send_text(anna, anna_chat, "Even tot rust komen")  # later messages still work
    await emu.wait_for_sent(anna_chat, WELCOME + 1)
    await settled(emu, adapter)
    assert len(emu.sent(anna_chat)) == WELCOME + 1


async def test_a_duplicate_after_a_restart_is_not_answered_twice(
    emu: TelegramEmulator, make_adapter: MakeAdapter, engine: Engine, tmp_path: Path, anna: SimUser
) -> None:
    chat = emu.private_chat(anna)
    first = await open_runtime(engine, tmp_path / "db.sqlite3")
    adapter = await make_adapter(first)
    update_id = emu.send_text(anna, chat, "hallo")
    assert update_id is not None
    await emu.wait_for_sent(chat, WELCOME)
    await settled(emu, adapter)
    await first.store.close()

    emu.reinject(update_id)
    await restart_until_settled(emu, make_adapter, engine, tmp_path / "db.sqlite3")
    assert len(emu.sent(chat)) == WELCOME


async def test_restart_mid_conversation_continues_where_it_was(
    emu: TelegramEmulator, make_adapter: MakeAdapter, engine: Engine, tmp_path: Path, anna: SimUser
) -> None:
    chat = emu.private_chat(anna)
    first = await open_runtime(engine, tmp_path / "db.sqlite3")
    adapter = await make_adapter(first)
    emu.send_text(anna, chat, "hallo")
    menu = (await emu.wait_for_sent(chat, WELCOME))[-1]
    await settled(emu, adapter)
    await first.store.close()

    second = await open_runtime(engine, tmp_path / "db.sqlite3")
    try:
        restarted = await make_adapter(second)
        # A button from before the restart still works, and the dialogue goes on.
        emu.press_button(anna, menu, menu.callback_data[0])
        lonely = (await emu.wait_for_sent(chat, WELCOME + 1))[WELCOME:]
        assert "Eenzaamheid" in (lonely[0].text or "")
        emu.send_text(anna, chat, "Ik mis iemand")
        more = (await emu.wait_for_sent(chat, WELCOME + 2))[WELCOME + 1 :]
        assert "Ik mis iemand" not in (more[0].text or "")
        await settled(emu, restarted)
    finally:
        await second.store.close()


async def test_a_turn_that_fails_is_retried_when_telegram_sends_the_update_again(
    emu: TelegramEmulator,
    adapter: TelegramAdapter,
    runtime: Runtime,
    anna: SimUser,
    anna_chat: SimChat,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fail_first_turn(monkeypatch, runtime, RuntimeError("database is locked"))
    update_id = emu.send_text(anna, anna_chat, "hallo")
    assert update_id is not None  # delivered by polling, not a webhook
    await emu.wait_for_sent(anna_chat, WELCOME)
    await settled(emu, adapter)
    assert len(emu.sent(anna_chat)) == WELCOME
    # Fetched again: the offset did not move past it until its turn was committed.
    offsets = [c.params.get("offset") for c in emu.calls_to("getUpdates")]
    assert offsets.count(str(update_id)) >= 1
    assert offsets.index(str(update_id)) < offsets.index(str(update_id + 1))


async def test_retry_after_is_honoured(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    emu.fail_next("sendMessage", retry_after=1)
    emu.send_text(anna, anna_chat, "hallo")
    await emu.wait_for_sent(anna_chat, WELCOME, timeout=10)
    await settled(emu, adapter)
    sends = emu.calls_to("sendMessage")
    assert [c.status for c in sends] == [429] + [200] * WELCOME
    assert sends[1].time - sends[0].time >= 1.0
    assert len(emu.sent(anna_chat)) == WELCOME


@pytest.mark.parametrize("fault", ["502", "500", "drop"])
async def test_network_errors_are_retried_without_duplicates(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat, fault: str
) -> None:
    if fault == "drop":
        emu.drop_next("sendMessage", times=2)  # the connection breaks before Telegram sends
    else:
        emu.fail_next("sendMessage", times=2, status=int(fault))
    emu.send_text(anna, anna_chat, "hallo")
    await emu.wait_for_sent(anna_chat, WELCOME)
    await settled(emu, adapter)
    assert len(emu.sent(anna_chat)) == WELCOME
    assert "hallo" not in "".join(m.text or "" for m in emu.sent(anna_chat))


async def test_polling_survives_get_updates_errors(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    emu.fail_next("getUpdates", times=2, status=502)
    emu.send_text(anna, anna_chat, "hallo")
    await emu.wait_for_sent(anna_chat, WELCOME)


async def test_replies_that_cannot_go_out_wait_for_the_next_start(
    emu: TelegramEmulator, make_adapter: MakeAdapter, engine: Engine, tmp_path: Path, anna: SimUser
) -> None:
    chat = emu.private_chat(anna)
    first = await open_runtime(engine, tmp_path / "db.sqlite3")
    adapter = await make_adapter(first)
    emu.fail_next("sendMessage", times=1000, status=500)  # Telegram is down for a long time
    emu.send_text(anna, chat, "hallo")
    await emu.wait_until(lambda: len(emu.calls_to("sendMessage")) >= adapter.retry.attempts)
    await settled(emu, adapter)
    assert emu.sent(chat) == []
    assert len(await first.undelivered("telegram")) == 1  # kept, not lost
    await first.store.close()

    emu.clear_faults()
    second = await open_runtime(engine, tmp_path / "db.sqlite3")
    try:
        restarted = await make_adapter(second)
        await emu.wait_for_sent(chat, WELCOME)
        await settled(emu, restarted)
        assert await second.undelivered("telegram") == []
    finally:
        await second.store.close()
    assert len(emu.sent(chat)) == WELCOME


async def test_a_user_who_blocked_the_bot_is_acknowledged_and_logged_without_text(
    emu: TelegramEmulator,
    adapter: TelegramAdapter,
    runtime: Runtime,
    anna: SimUser,
    anna_chat: SimChat,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    emu.fail_next("sendMessage", status=403, description="Forbidden: bot was blocked by the user")
    emu.send_text(anna, anna_chat, "hallo")
    await emu.wait_until(lambda: len(emu.calls_to("sendMessage")) == 1)
    await settled(emu, adapter)
    assert len(emu.calls_to("sendMessage")) == 1  # not retried: it cannot get better
    assert await runtime.undelivered("telegram") == []
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("adapters"))
    assert "refuses messages" in logged and "welkom" not in logged


async def test_stop_finishes_turns_in_flight(
    emu: TelegramEmulator,
    adapter: TelegramAdapter,
    runtime: Runtime,
    anna: SimUser,
    anna_chat: SimChat,
) -> None:
    emu.send_text(anna, anna_chat, "hallo")
    await emu.wait_for_sent(anna_chat, WELCOME)
    emu.set_latency(0.1)  # every API answer takes a while
    emu.send_text(anna, anna_chat, "/gegevens")  # a turn of several messages
    await emu.wait_until(lambda: len(emu.calls_to("sendMessage")) >= WELCOME + 1)
    await adapter.stop()
    assert len(emu.sent(anna_chat)) == WELCOME + EXPORT
    assert await runtime.undelivered("telegram") == []


async def test_sends_stay_within_telegrams_limits(
    emu: TelegramEmulator, make_adapter: MakeAdapter, runtime: Runtime, anna: SimUser
) -> None:
    emu.enforce_limits()  # 1/s per chat, 20/min per group, 30/s overall: 429 beyond that
    await make_adapter(runtime, messages_per_chat_per_second=1.0)
    chat = emu.private_chat(anna)
    emu.send_text(anna, chat, "hallo")
    emu.send_text(anna, chat, "/gegevens")  # a turn of several messages
    sent = await emu.wait_for_sent(chat, WELCOME + EXPORT, timeout=10)
    assert emu.limit_hits == 0
    gaps = [b.sent_at - a.sent_at for a, b in itertools.pairwise(sent)]
    assert len(gaps) == WELCOME + EXPORT - 1 and all(gap >= 1.0 for gap in gaps)
