"""A resend after a restart starts at the first step not recorded as sent: only the tail."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from adapters.telegram.render import SendText, plan
from bot.core.engine import Engine
from bot.core.messages import ConversationKey, OfferPrivateChat, Outbound, Reply
from bot.runtime.runtime import Runtime
from bot.store.turns import TurnWrite
from tests.support.telegram_emulator import TelegramEmulator

from .conftest import BOT_USERNAME, MakeAdapter, open_runtime
from .test_delivery import restart_until_settled, settled

# Replies with buttons, or apart, are never merged: each is a message (a step) of its own.
TURN: tuple[Outbound, ...] = (
    Reply("Eerste bericht", ("Ja", "Nee")),
    Reply("Tweede bericht", ("Verder",)),
    Reply("Derde bericht", apart=True),
    Reply("Vierde bericht", apart=True),
)


def texts(outbound: tuple[Outbound, ...], *, group: bool = False) -> list[str]:
    steps = plan(outbound, group=group, bot_username=BOT_USERNAME)
    return [s.text for s in steps if isinstance(s, SendText)]


async def committed(runtime: Runtime, chat: int, user: int, outbox: tuple[Outbound, ...]) -> None:
    """A turn committed just before a crash: its replies wait in the outbox."""
    key = ConversationKey("telegram", str(chat), str(user))
    state = replace(runtime.engine.new_state(), turn=1)
    write = TurnWrite(key, datetime.now(UTC), state, None, outbox, event_id="1")
    await runtime.store.commit(write)


async def half_sent(
    emu: TelegramEmulator,
    make_adapter: MakeAdapter,
    runtime: Runtime,
    monkeypatch: pytest.MonkeyPatch,
    target: tuple[int, int],
    turn: tuple[Outbound, ...],
    taken: int,
) -> tuple[int, int]:
    """Commit ``turn`` for (chat, user), start, let Telegram take ``taken`` messages.

    Returns the outbox's (sent, planned) for the turn; afterwards Telegram works again.
    """
    await committed(runtime, *target, turn)
    telegram_fails_after(emu, monkeypatch, taken)
    adapter = await make_adapter(runtime)  # resends the turn at start
    await settled(emu, adapter)
    # The turn itself (a crisis offer also leaves the private chat's own turn waiting).
    [left] = [d for d in await runtime.undelivered("telegram") if d.pending and
              d.pending.key.chat_id == str(target[0])]  # fmt: skip
    await runtime.store.close()
    monkeypatch.undo()
    emu.clear_faults()
    assert left.pending is not None
    return left.pending.sent, left.pending.planned


def telegram_fails_after(
    emu: TelegramEmulator, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    """Telegram takes ``count`` more bot messages, then answers every send with a 500."""
    real = emu._store_bot_message
    taken = 0

    def store(*args: Any, **kwargs: Any) -> Any:
        nonlocal taken
        message = real(*args, **kwargs)
        taken += 1
        if taken == count:  # before the adapter can even ask for the next one
            emu.fail_next("sendMessage", times=1000, status=500)
        return message

    monkeypatch.setattr(emu, "_store_bot_message", store)


@pytest.mark.parametrize("k", [1, 2, 3])
async def test_a_restart_sends_only_the_steps_that_did_not_go_out(
    emu: TelegramEmulator,
    make_adapter: MakeAdapter,
    engine: Engine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    k: int,
) -> None:
    anna = emu.user(1001, "Anna")
    chat = emu.private_chat(anna)
    expected = texts(TURN)
    assert len(expected) == 4 > k
    db = tmp_path / "db.sqlite3"
    first = await open_runtime(engine, db)
    progress = await half_sent(emu, make_adapter, first, monkeypatch, (chat.id, anna.id), TURN, k)
    assert progress == (k, 4)
    assert [m.text for m in emu.sent(chat)] == expected[:k]

    await restart_until_settled(emu, make_adapter, engine, db)
    assert [m.text for m in emu.sent(chat)] == expected  # the missing tail, nothing twice


async def test_a_private_message_from_a_group_turn_counts_as_a_step(
    emu: TelegramEmulator,
    make_adapter: MakeAdapter,
    engine: Engine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anna = emu.user(1001, "Anna")
    private = emu.private_chat(anna)
    group = emu.group("Wandelgroep", members=[anna])
    turn = (
        Reply("Ben je in direct gevaar? Bel dan 112."),
        OfferPrivateChat("crisis", "Bel 113"),
        Reply("Ik blijf hier ook.", apart=True),
    )
    # The group reply (with the link), the private message, another group reply.
    assert texts(turn, group=True) == [turn[0].text, turn[2].text]
    db = tmp_path / "db.sqlite3"
    first = await open_runtime(engine, db)
    progress = await half_sent(emu, make_adapter, first, monkeypatch, (group.id, anna.id), turn, 2)
    assert progress == (2, 3)
    assert [m.text for m in emu.sent(private)] == ["Bel 113"]

    await restart_until_settled(emu, make_adapter, engine, db)
    assert [m.text for m in emu.sent(group)] == [turn[0].text, turn[2].text]
    sent = [m.text or "" for m in emu.sent(private)]
    assert sent[0] == "Bel 113" and sent.count("Bel 113") == 1  # not twice
    # Then the private chat's own crisis-support question, which waited for Telegram.
    assert len(sent) == 2 and "ben je op dit moment veilig" in sent[1]
