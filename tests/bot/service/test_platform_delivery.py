"""A daily question delivered by the scheduler through the real adapters: the Telegram
adapter against the Bot API emulator, and the Matrix adapter against a real Synapse.

The user opts in over the network like anyone would; the scheduler then runs at the
chosen moment on a fake clock and sends through the adapter as its transport."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime

import pytest

from adapters.telegram import TelegramAdapter
from adapters.telegram.pacing import RetryPolicy
from bot.app.run import platform_limits
from bot.config import Config, TelegramConfig
from bot.core.schedule import prompts
from bot.runtime.runtime import Runtime
from bot.service.scheduler import Scheduler
from tests.adapters.matrix.conftest import (  # noqa: F401  (fixtures)
    BotAccount,
    MakeBot,
    MakeUser,
    bot_account,
    make_bot,
    users,
)
from tests.support.matrix_users import create_dm, send_text, wait_for_text
from tests.support.synapse import Synapse, synapse  # noqa: F401  (the session fixture)
from tests.support.telegram_emulator import SentMessage, SimChat, SimUser, TelegramEmulator

from .conftest import EXACT, FakeClock

TOKEN = "777000111:AAH-verbonden_scheduler_TEST"
QUESTIONS = {p.text for p in prompts.DAILY}
OPT_IN = ("dagelijks", "ja", "om 9 uur", "ja", "nee", "nee")


async def _due(runtime: Runtime) -> datetime:
    await runtime.flush()
    [(slot,)] = await runtime.store.execute_fetchall("SELECT slot_at FROM daily_prompts")
    return datetime.fromisoformat(str(slot))


# --------------------------------------------------------------------------- Telegram


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator(token=TOKEN, username="verbonden_plan_bot") as emulator:
        yield emulator


async def _say(
    emu: TelegramEmulator, user: SimUser, chat: SimChat, text: str, replies: int
) -> SentMessage:
    """``user`` writes; wait for the bot's ``replies`` messages; the last one."""
    before = len(emu.sent(chat))
    emu.send_text(user, chat, text)
    return (await emu.wait_for_sent(chat, before + replies, timeout=10))[-1]


async def test_a_daily_question_through_the_telegram_emulator(
    emu: TelegramEmulator, runtime: Runtime
) -> None:
    config = TelegramConfig(
        enabled=True, base_url=emu.base_url, base_file_url=emu.base_file_url, poll_timeout=2
    )
    adapter = TelegramAdapter(
        config, runtime, token=TOKEN, retry=RetryPolicy(attempts=4, base_delay=0.05)
    )
    runtime.attach(adapter)
    await adapter.start()
    try:
        anna = emu.user(4242, "Anna")
        chat = emu.private_chat(anna)
        # Each turn's texts arrive as one message, its buttons under it.
        welcome = await _say(emu, anna, chat, "/start", 1)
        assert (welcome.text or "").startswith("Hoi, welkom bij Verbonden.")
        for text in OPT_IN:
            last = await _say(emu, anna, chat, text, 1)
        # The "anything else?" question, in one of its wordings (menu.yaml, nog_iets).
        assert any(q in (last.text or "") for q in ("Wil je nog", "Is er nog iets"))
        before = len(emu.sent(chat))
        assert before == 1 + len(OPT_IN)

        clock = FakeClock(await _due(runtime))
        limits = platform_limits(Config(telegram=config))
        scheduler = Scheduler(runtime, {"telegram": adapter}, EXACT, clock=clock, limits=limits)
        report = await scheduler.run_due()
        assert dict(report.sent) == {"daily": 1} and report.failed == 0
        [question] = emu.sent(chat)[before:]
        assert question.text in QUESTIONS
        assert [b["text"] for b in question.buttons] == ["1. Vandaag overslaan"]
        assert not (await scheduler.run_due()).sent  # nothing twice
        await runtime.flush()
        assert await runtime.undelivered("telegram") == []  # acknowledged after sending

        # The answer comes back through the adapter like any message. Which question was
        # asked depends on the day (the seed is user and day): on feelings, contact, care,
        # sharing or rest the reply offers a next step, two texts in one message; on
        # oneself it thanks and ends (dialogues/dagelijks.yaml, "antwoord").
        reply = await _say(emu, anna, chat, "Met mijn buurman een praatje gemaakt", 1)
        [asked] = [p for p in prompts.DAILY if p.text == question.text]
        if asked.theme in ("gevoel", "contact", "zorg", "delen", "rust"):
            assert "\n\n" in (reply.text or "") and "?" in (reply.text or "")
        else:
            assert (reply.text or "").startswith("Dank je voor je antwoord")
        await scheduler.close()
    finally:
        await adapter.stop()


# --------------------------------------------------------------------------- Matrix


async def test_a_daily_question_through_synapse(
    synapse: Synapse,  # noqa: F811
    users: MakeUser,  # noqa: F811
    make_bot: MakeBot,  # noqa: F811
    runtime: Runtime,
) -> None:
    bot = await make_bot()
    anna = await users("anna", encryption=False)
    room = await create_dm(anna, bot.user_id, encrypted=False)
    await send_text(anna, room, "hoi")
    await wait_for_text(anna, room, "Waar wil je het over hebben", timeout=30)
    expected = (
        "Zal ik je elke dag",
        "Hoe laat",
        "Dus elke dag om 9:00",
        "bijhouden hoe je dag was",
        "nu alvast",
        "nog iets",
    )
    for text, answer in zip(OPT_IN, expected, strict=True):
        await send_text(anna, room, text)
        await wait_for_text(anna, room, answer, timeout=30)

    clock = FakeClock(await _due(runtime))
    scheduler = Scheduler(
        runtime,
        {"matrix": bot},
        EXACT,
        clock=clock,
        limits=platform_limits(Config()),
    )
    report = await scheduler.run_due()
    assert dict(report.sent) == {"daily": 1} and report.failed == 0
    question = await wait_for_text(anna, room, lambda e: e.body.split("\n")[0] in QUESTIONS)
    assert "Vandaag overslaan" in question.body
    await runtime.flush()
    assert await runtime.undelivered("matrix") == []
    await scheduler.close()


async def test_a_check_in_in_a_telegram_group(emu: TelegramEmulator, runtime: Runtime) -> None:
    config = TelegramConfig(
        enabled=True, base_url=emu.base_url, base_file_url=emu.base_file_url, poll_timeout=2
    )
    adapter = TelegramAdapter(
        config, runtime, token=TOKEN, retry=RetryPolicy(attempts=4, base_delay=0.05)
    )
    runtime.attach(adapter)
    await adapter.start()
    try:
        anna, bram = emu.user(5001, "Anna"), emu.user(5002, "Bram")
        dirk = emu.user(5003, "Dirk")
        group = emu.group("Koffieclub", members=[bram, dirk], admins=[anna])

        async def said(user: SimUser, text: str, **kwargs: object) -> str:
            before = len(emu.sent(group))
            emu.send_text(user, group, text, **kwargs)  # type: ignore[arg-type]
            return str((await emu.wait_for_sent(group, before + 1, timeout=10))[-1].text)

        # Rights come from Telegram (getChatMember), asked at the moment of the command.
        assert "Alleen beheerders" in await said(bram, "/checkin elke maandag om 19:00")
        assert "Afgesproken" in await said(anna, "/checkin elke maandag om 19:00")
        emu.set_member_status(group, anna, "member")
        assert "Alleen beheerders" in await said(anna, "/checkin nu")
        emu.set_member_status(group, anna, "administrator")
        assert "Komt eraan" in await said(anna, "/checkin nu")

        clock = FakeClock(runtime.clock())
        scheduler = Scheduler(
            runtime,
            {"telegram": adapter},
            EXACT,
            clock=clock,
            limits=platform_limits(Config(telegram=config)),
        )
        before = len(emu.sent(group))
        assert dict((await scheduler.run_due()).sent) == {"checkin_open": 1}
        [post] = emu.sent(group)[before:]
        assert str(post.text).startswith("Tijd voor de check-in!")
        # Bram answers by replying to the post: counted, and the bot stays quiet.
        emu.send_text(bram, group, "Lekker gewandeld!", reply_to=post)
        await emu.wait_until(lambda: not emu.pending_updates, timeout=10)
        await runtime.flush()
        rows = await runtime.store.execute_fetchall("SELECT user_id, via FROM checkin_answers")
        assert [tuple(r) for r in rows] == [(str(bram.id), "room")]

        # Dirk presses "Liever privé antwoorden" under the post: he is written privately.
        dirk_chat = emu.private_chat(dirk)  # he started the bot before
        assert [b["text"] for b in post.buttons] == ["1. Liever privé antwoorden"]
        before = len(emu.sent(group))
        emu.press_button(dirk, post, post.callback_data[0])
        [room_reply] = (await emu.wait_for_sent(group, before + 1, timeout=10))[before:]
        assert "privébericht" in str(room_reply.text)
        [invite] = await emu.wait_for_sent(dirk_chat, 1, timeout=10)
        assert "privé antwoorden op de check-in" in str(invite.text)
        assert post.buttons and "✓" not in str(post.text)  # the button stays for the others
        clock.advance(hours=2, minutes=1)
        assert dict((await scheduler.run_due()).sent) == {"checkin_close": 1}
        roundup = emu.sent(group)[-1]
        assert "Bram deed mee" in str(roundup.text)
        await scheduler.close()
    finally:
        await adapter.stop()


async def test_someone_who_blocks_the_bot_gets_no_daily_question_until_they_unblock(
    emu: TelegramEmulator, runtime: Runtime
) -> None:
    config = TelegramConfig(
        enabled=True, base_url=emu.base_url, base_file_url=emu.base_file_url, poll_timeout=1
    )
    adapter = TelegramAdapter(
        config, runtime, token=TOKEN, retry=RetryPolicy(attempts=4, base_delay=0.05)
    )
    await adapter.start()
    try:
        anna = emu.user(4343, "Anna")
        chat = emu.private_chat(anna)
        await _say(emu, anna, chat, "/start", 1)
        for text in OPT_IN:
            await _say(emu, anna, chat, text, 1)
        due = await _due(runtime)
        before = len(emu.sent(chat))

        emu.block_bot(anna)  # Telegram tells the bot with a my_chat_member update

        async def paused() -> bool:
            await runtime.flush()
            rows = await runtime.store.execute_fetchall("SELECT paused_until FROM daily_prompts")
            return bool(rows[0][0] == "9999-12-31")

        await _eventually(paused)
        limits = platform_limits(Config(telegram=config))
        scheduler = Scheduler(
            runtime, {"telegram": adapter}, EXACT, clock=FakeClock(due), limits=limits
        )
        report = await scheduler.run_due()
        assert not report.sent and report.failed == 0  # nothing tried, no slot held
        assert len(emu.sent(chat)) == before

        emu.unblock_bot(anna)

        async def resumed() -> bool:
            await runtime.flush()
            rows = await runtime.store.execute_fetchall("SELECT paused_until FROM daily_prompts")
            return rows[0][0] is None

        await _eventually(resumed)
        assert await _due(runtime) == due  # the next one comes as it would have
        await scheduler.close()
    finally:
        await adapter.stop()


async def _eventually(check: Callable[[], Awaitable[bool]]) -> None:
    for _ in range(100):
        if await check():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("did not happen within 10 s")


async def test_the_safety_watch_in_a_telegram_group(
    emu: TelegramEmulator, runtime: Runtime
) -> None:
    config = TelegramConfig(
        enabled=True, base_url=emu.base_url, base_file_url=emu.base_file_url, poll_timeout=1
    )
    adapter = TelegramAdapter(
        config, runtime, token=TOKEN, retry=RetryPolicy(attempts=4, base_delay=0.05)
    )
    runtime.attach(adapter)
    await adapter.start()
    try:
        anna, bram = emu.user(6001, "Anna"), emu.user(6002, "Bram")
        # The watch needs the bot to see every message: privacy mode off (docs/telegram.md).
        group = emu.group("Buurthuis", members=[bram], admins=[anna], bot_privacy_mode=False)

        async def quiet_after(user: SimUser, text: str) -> None:
            before = len(emu.sent(group))
            emu.send_text(user, group, text)
            await emu.wait_until(lambda: not emu.pending_updates, timeout=10)
            await runtime.flush()
            await asyncio.sleep(0.3)  # a reply would have been sent by now
            assert len(emu.sent(group)) == before, text

        async def answered(user: SimUser, text: str) -> str:
            before = len(emu.sent(group))
            emu.send_text(user, group, text)
            return str((await emu.wait_for_sent(group, before + 1, timeout=10))[-1].text)

        await quiet_after(bram, "ik wil niet meer leven")  # off by default: not read
        assert "Alleen beheerders" in await answered(bram, "/checkin waakzaam aan")
        assert "waakzaamheid staat aan" in (await answered(anna, "/checkin waakzaam aan")).lower()
        crisis = await answered(bram, "ik wil niet meer leven")  # not addressed, but watched
        assert "112" in crisis and "privégesprek" in crisis
        await quiet_after(bram, "lekker weer vandaag, zin in koffie")
        rows = await runtime.store.execute_fetchall(
            "SELECT turn FROM conversations WHERE chat_id=? AND user_id=?",
            (str(group.id), str(bram.id)),
        )
        assert [r[0] for r in rows] == [2]  # the harmless message was no turn: nothing kept
        assert "Waakzaamheid staat aan" in await answered(anna, "/checkin")
        assert "staat uit" in await answered(anna, "/checkin waakzaam uit")
        await quiet_after(bram, "ik wil niet meer leven")
    finally:
        await adapter.stop()
