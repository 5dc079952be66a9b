"""The emulator's commands, errors and faults, groups, webhooks, and a PTB Application end
to end (see test_telegram_emulator.py for how these tests check the emulator)."""

from __future__ import annotations

import datetime as dtm
from typing import Any

import aiohttp
import pytest
import telegram
from aiohttp import web
from telegram import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, RetryAfter
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from .emulator_testing import (
    TOKEN,
    assert_known_fields,
    free_port,
    next_updates,
    retry_after_seconds,
)
from .telegram_emulator import (
    CommandScopeKey,
    SimChat,
    SimUser,
    TelegramEmulator,
)

# --- commands -----------------------------------------------------------------------------------


async def test_commands_roundtrip_per_scope_and_language(
    emu: TelegramEmulator, bot: telegram.Bot, chat: SimChat
) -> None:
    dutch = [BotCommand("start", "Begin opnieuw"), BotCommand("stop", "Stop de gesprekken")]
    english = [BotCommand("start", "Start over")]
    assert await bot.set_my_commands(dutch)
    assert await bot.set_my_commands(english, language_code="en")
    assert await bot.set_my_commands([("hulp", "Hulp")], scope=BotCommandScopeChat(chat.id))

    assert await bot.get_my_commands() == tuple(dutch)
    assert await bot.get_my_commands(language_code="en") == tuple(english)
    assert await bot.get_my_commands(language_code="de") == ()  # no fallback, exact lists
    assert await bot.get_my_commands(scope=BotCommandScopeChat(chat.id)) == (
        BotCommand("hulp", "Hulp"),
    )
    assert emu.commands[CommandScopeKey()] == [
        {"command": "start", "description": "Begin opnieuw"},
        {"command": "stop", "description": "Stop de gesprekken"},
    ]
    assert emu.commands_for(chat=chat, scope="chat") == [{"command": "hulp", "description": "Hulp"}]

    assert await bot.delete_my_commands(scope=BotCommandScopeDefault())
    assert await bot.get_my_commands() == ()
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([("Start", "Hoofdletters mogen niet")])
    with pytest.raises(BadRequest, match="Command description must be non-empty"):
        await bot.set_my_commands([("start", " ")])
    with pytest.raises(BadRequest, match="Invalid language code specified"):
        await bot.set_my_commands(english, language_code="english")


# --- errors and faults --------------------------------------------------------------------------


# PTB 22.8 itself warns about RetryAfter.retry_after becoming a timedelta (unless PTB_TIMEDELTA=1)
ignore_ptb_timedelta_warning = pytest.mark.filterwarnings(
    "ignore::telegram.warnings.PTBDeprecationWarning"
)


@ignore_ptb_timedelta_warning
async def test_429_surfaces_as_retry_after(
    emu: TelegramEmulator, bot: telegram.Bot, chat: SimChat
) -> None:
    emu.fail_next("sendMessage", retry_after=7)
    with pytest.raises(RetryAfter) as error:
        await bot.send_message(chat.id, "Hallo")
    assert retry_after_seconds(error.value) == 7
    assert emu.sent(chat) == []  # a rejected call has no effect
    assert (await bot.send_message(chat.id, "Hallo")).text == "Hallo"
    [failed, succeeded] = emu.calls_to("sendMessage")
    assert (failed.status, succeeded.status) == (429, 200)

    async with aiohttp.ClientSession() as http:  # the exact wire format
        emu.fail_next("getMe", retry_after=3)
        async with http.post(f"{emu.api_url}/getMe") as response:
            assert response.status == 429
            assert await response.json() == {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 3",
                "parameters": {"retry_after": 3},
            }


async def test_502_and_dropped_connections_surface_as_network_errors(
    emu: TelegramEmulator, bot: telegram.Bot, chat: SimChat
) -> None:
    emu.fail_next("sendMessage", status=502)
    with pytest.raises(NetworkError, match="Bad Gateway") as error:
        await bot.send_message(chat.id, "Hallo")
    assert isinstance(error.value, telegram.error.TelegramError)
    assert emu.sent(chat) == []

    emu.drop_next("sendMessage")
    with pytest.raises(NetworkError):
        await bot.send_message(chat.id, "Hallo")
    assert emu.sent(chat) == []

    # the nasty one: the message went out, only the answer got lost
    emu.drop_next("sendMessage", after_processing=True)
    with pytest.raises(NetworkError):
        await bot.send_message(chat.id, "Hallo")
    assert [m.text for m in emu.sent(chat)] == ["Hallo"]

    emu.fail_next("*", times=2, status=500)
    for _ in range(2):
        with pytest.raises(NetworkError, match="Internal Server Error"):
            await bot.get_me()
    assert (await bot.get_me()).username == "verbonden_bot"


@ignore_ptb_timedelta_warning
async def test_enforced_rate_limits_answer_429(
    emu: TelegramEmulator, bot: telegram.Bot, anna: SimUser, chat: SimChat
) -> None:
    emu.enforce_limits(per_chat_per_sec=1, group_per_min=2, global_per_sec=30)
    await bot.send_message(chat.id, "een")
    with pytest.raises(RetryAfter) as error:
        await bot.send_message(chat.id, "twee")
    assert retry_after_seconds(error.value) == 1
    assert emu.limit_hits == 1
    assert emu.limit_events[0].rule == "per_chat_per_sec"

    emu.enforce_limits(per_chat_per_sec=None, group_per_min=2, global_per_sec=None)
    group = emu.group("Wandelclub", members=[anna])
    await bot.send_message(group.id, "een")
    await bot.send_message(group.id, "twee")
    with pytest.raises(RetryAfter) as error:
        await bot.send_message(group.id, "drie")
    assert 59 <= retry_after_seconds(error.value) <= 60
    assert await bot.send_message(chat.id, "privé telt niet mee voor de groep")
    assert [e.rule for e in emu.limit_events] == ["per_chat_per_sec", "group_per_min"]
    assert emu.limit_hits == 2
    ok_sends = [c.time for c in emu.calls_to("sendMessage") if c.ok]
    assert len(ok_sends) == 4  # timestamps for rate assertions in adapter tests


# --- groups -------------------------------------------------------------------------------------


async def test_group_privacy_mode_filters_like_telegram(
    emu: TelegramEmulator, bot: telegram.Bot, anna: SimUser
) -> None:
    ben = emu.user(1002, "Ben", username="ben_b")
    other_bot = emu.user(2001, "Andere bot", username="andere_bot", is_bot=True)
    group = emu.group("Buurtkamer", members=[anna, ben, other_bot], admins=[], creator=ben)

    assert emu.send_text(anna, group, "Goedemorgen allemaal") is None
    assert emu.send_text(anna, group, "/start@andere_bot") is None  # for another bot
    assert emu.send_text(other_bot, group, "/start") is None  # bots never see bots
    command = emu.send_text(anna, group, "/start")
    addressed = emu.send_text(ben, group, "/help@verbonden_bot")
    mention = emu.send_text(ben, group, "Wat vind jij, @verbonden_bot?")
    bot_message = await bot.send_message(group.id, "Ik ben er!")
    [sent] = emu.sent(group)
    reply = emu.send_text(anna, group, "Fijn", reply_to=sent)
    assert (
        emu.send_text(anna, group, "Zonder mij", reply_to=emu.message_id_of(command or 0)) is None
    )
    forced = emu.send_text(anna, group, "toch bezorgd", force=True)

    updates = await next_updates(bot)
    assert [u.update_id for u in updates] == [command, addressed, mention, reply, forced]
    reply_message = updates[3].message
    assert reply_message is not None and reply_message.reply_to_message is not None
    assert reply_message.reply_to_message.message_id == bot_message.message_id
    for update in updates:
        assert_known_fields(update)

    open_group = emu.group("Open", members=[anna], bot_privacy_mode=False)
    assert emu.send_text(anna, open_group, "Alles komt door") is not None
    admin_group = emu.group("Beheer", members=[anna], bot_status="administrator")
    assert emu.send_text(anna, admin_group, "Admins zien alles") is not None


async def test_bot_added_to_a_group_and_member_queries(
    emu: TelegramEmulator, bot: telegram.Bot, anna: SimUser
) -> None:
    ben = emu.user(1002, "Ben")
    group = emu.group(
        "Koor", members=[ben], admins=[anna], creator=ben, supergroup=True, bot_status="left"
    )
    with pytest.raises(Forbidden, match="bot is not a member of the supergroup chat"):
        await bot.send_message(group.id, "Hallo")
    update_ids = emu.new_chat_member(group, emu.bot_user, added_by=anna)
    updates = await next_updates(bot)
    assert [u.update_id for u in updates] == update_ids
    change, service = updates
    assert change.my_chat_member is not None
    assert change.my_chat_member.old_chat_member.status == "left"
    assert change.my_chat_member.new_chat_member.status == "member"
    assert service.message is not None
    assert [u.id for u in service.message.new_chat_members] == [emu.bot_user.id]
    for update in updates:
        assert_known_fields(update)

    assert (await bot.get_chat_member(group.id, ben.id)).status == "creator"
    assert (await bot.get_chat_member(group.id, anna.id)).status == "administrator"
    assert (await bot.get_chat_member(group.id, emu.bot_user.id)).status == "member"
    emu.set_member_status(group, ben, "left")
    assert (await bot.get_chat_member(group.id, ben.id)).status == "left"
    admins = await bot.get_chat_administrators(group.id)
    assert [(m.user.id, m.status) for m in admins] == [(anna.id, "administrator")]
    for member in admins:
        assert_known_fields(member)
    full = await bot.get_chat(group.id)
    assert full.type == "supergroup" and full.title == "Koor"
    assert_known_fields(full)
    assert await bot.get_chat_member_count(group.id) == 2
    with pytest.raises(BadRequest, match="User not found"):
        await bot.get_chat_member(group.id, 999)
    for status in ("restricted", "kicked"):
        emu.set_member_status(group, ben, status)
        member = await bot.get_chat_member(group.id, ben.id)
        assert member.status == status
        assert_known_fields(member)

    private = await bot.get_chat(emu.private_chat(ben).id)
    assert private.type == "private" and private.first_name == "Ben"
    assert_known_fields(private)
    assert (await bot.get_chat_member(ben.id, ben.id)).status == "member"
    with pytest.raises(BadRequest, match="There are no administrators in the private chat"):
        await bot.get_chat_administrators(ben.id)


async def test_members_joining_and_leaving(
    emu: TelegramEmulator, bot: telegram.Bot, anna: SimUser
) -> None:
    ben = emu.user(1002, "Ben")
    group = emu.group("Beheerd", members=[anna], bot_status="administrator")
    assert await bot.get_updates(timeout=0, allowed_updates=["message", "chat_member"]) == ()
    joined = emu.new_chat_member(group, ben)
    left = emu.left_chat_member(group, ben, removed_by=anna)
    kicked = emu.left_chat_member(group, emu.bot_user, removed_by=anna)
    updates = await next_updates(bot)
    assert [u.update_id for u in updates] == joined + left  # my_chat_member was not asked for
    assert kicked == []
    assert updates[0].chat_member is not None
    assert updates[1].message is not None and updates[1].message.new_chat_members
    assert updates[2].message is not None and updates[2].message.left_chat_member is not None
    for update in updates:
        assert_known_fields(update)
    with pytest.raises(Forbidden, match="bot was kicked from the group chat"):
        await bot.send_message(group.id, "Hallo?")


# --- webhooks -----------------------------------------------------------------------------------


async def test_webhook_delivers_with_secret_header_and_retries(
    emu: TelegramEmulator, bot: telegram.Bot, anna: SimUser, chat: SimChat
) -> None:
    received: list[tuple[dict[str, Any], str | None]] = []
    answers = [500]  # the first delivery fails, the retry succeeds

    async def hook(request: web.Request) -> web.Response:
        received.append(
            (await request.json(), request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        )
        return web.Response(status=answers.pop(0) if answers else 200)

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        port = runner.addresses[0][1]
        url = f"http://127.0.0.1:{port}/hook"
        assert await bot.set_webhook(url, secret_token="geheim-123", allowed_updates=["message"])
        with pytest.raises(Conflict, match="webhook is active"):
            await bot.get_updates(timeout=0)

        update_id = emu.send_text(anna, chat, "Hallo via webhook")
        await emu.wait_until(lambda: len(received) == 2)
        assert [(body["update_id"], secret) for body, secret in received] == [
            (update_id, "geheim-123"),
            (update_id, "geheim-123"),
        ]
        assert Update.de_json(received[1][0], bot).message is not None
        assert [d.status for d in emu.webhook_deliveries] == [500, 200]
        info = await bot.get_webhook_info()
        assert info.url == url
        assert info.pending_update_count == 0
        assert (
            info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"
        )
        assert info.allowed_updates == ("message",)
        assert_known_fields(info)

        assert await bot.delete_webhook()
        assert (await bot.get_webhook_info()).url == ""
        assert await bot.get_updates(timeout=0) == ()
    finally:
        await runner.cleanup()


async def test_ptb_webhook_server_end_to_end(emu: TelegramEmulator, anna: SimUser) -> None:
    chat = emu.private_chat(anna)

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Welkom via webhook!")

    app = (
        Application.builder()
        .token(TOKEN)
        .base_url(emu.base_url)
        .base_file_url(emu.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    port = free_port()
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_webhook(
            listen="127.0.0.1",
            port=port,
            url_path="telegram",
            webhook_url=f"http://127.0.0.1:{port}/telegram",
            secret_token="s3cr3t",
        )
        try:
            emu.send_text(anna, chat, "/start")
            [reply] = await emu.wait_for_sent(chat, count=1)
            assert reply.text == "Welkom via webhook!"
            assert emu.webhook_url == f"http://127.0.0.1:{port}/telegram"
            assert [d.status for d in emu.webhook_deliveries] == [200]  # PTB accepted the secret
        finally:
            await app.updater.stop()
            await app.stop()


# --- PTB Application end to end (polling) --------------------------------------------------------


async def test_ptb_application_polling_end_to_end(emu: TelegramEmulator, anna: SimUser) -> None:
    chat = emu.private_chat(anna)

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Ja graag", callback_data="ja")]])
        await update.effective_message.reply_text("Zullen we praten?", reply_markup=keyboard)

    async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer()
        await query.edit_message_text(f"Je koos: {query.data}")

    app = (
        Application.builder()
        .token(TOKEN)
        .base_url(emu.base_url)
        .base_file_url(emu.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(button))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(timeout=dtm.timedelta(seconds=1))
        try:
            emu.send_text(anna, chat, "/start")
            [question] = await emu.wait_for_sent(chat, count=1)
            emu.press_button(anna, question, "ja")
            await emu.wait_until(lambda: question.is_edited)
            assert question.text == "Je koos: ja"
            assert len(emu.callback_answers) == 1
        finally:
            await app.updater.stop()
            await app.stop()
    assert emu.pending_updates == []  # PTB confirmed everything on stop
