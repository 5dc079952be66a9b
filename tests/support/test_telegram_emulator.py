"""The Telegram Bot API emulator is faithful enough to test an adapter built on PTB.

The client in these tests is python-telegram-bot itself (``telegram.Bot`` and, end to end,
``telegram.ext.Application`` with polling and with its own webhook server), so every object the
emulator returns is de-serialised by the library the adapter will use. ``assert_known_fields``
additionally checks that nothing landed in PTB's ``api_kwargs``: every field is in the schema.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import socket
import time
import warnings
from collections.abc import AsyncIterator
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
    ReplyKeyboardMarkup,
    ReplyParameters,
    TelegramObject,
    Update,
)
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, RetryAfter
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from .telegram_emulator import (
    CommandScopeKey,
    EntityParseError,
    SimChat,
    SimUser,
    TelegramEmulator,
    parse_html,
    parse_markdown,
    parse_markdown_v2,
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


# --- basics -------------------------------------------------------------------------------------


async def test_get_me_matches_the_token_and_settings(
    emu: TelegramEmulator, bot: telegram.Bot
) -> None:
    me = await bot.get_me()
    assert me.id == 987654321
    assert me.is_bot
    assert me.username == "verbonden_bot"
    assert me.can_read_all_group_messages is False  # privacy mode is on by default
    assert_known_fields(me)
    assert [c.method for c in emu.calls] == ["getMe", "getMe"]  # initialize() + get_me()


async def test_raw_http_speaks_the_bot_api_wire_format(emu: TelegramEmulator) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{emu.api_url}/GETME") as response:  # case-insensitive names
            assert response.status == 200
            assert (await response.json())["result"]["username"] == "verbonden_bot"
        async with http.post(f"{emu.api_url}/frobnicate", json={}) as response:
            assert response.status == 404
            assert await response.json() == {
                "ok": False,
                "error_code": 404,
                "description": "Not Found",
            }
        async with http.post(f"{emu.base_url}123:wrong/getMe") as response:
            assert response.status == 401
            assert (await response.json())["description"] == "Unauthorized"
        async with http.post(f"{emu.api_url}/sendPoll", json={}) as response:
            assert response.status == 501  # real method, not emulated: loud, not silent
        assert [c.method for c in emu.unsupported_calls] == ["sendPoll"]
        # JSON, form-encoded and query-string parameters all reach the method alike
        async with http.post(f"{emu.api_url}/getUpdates", json={"timeout": 0}) as response:
            assert await response.json() == {"ok": True, "result": []}
        async with http.post(f"{emu.api_url}/getUpdates", data={"timeout": "0"}) as response:
            assert await response.json() == {"ok": True, "result": []}
        async with http.get(f"{emu.api_url}/getUpdates?timeout=0&limit=5") as response:
            assert await response.json() == {"ok": True, "result": []}


async def test_close_and_log_out_are_no_ops(bot: telegram.Bot) -> None:
    assert await bot.log_out() is True
    assert await bot.close() is True


# --- receiving updates --------------------------------------------------------------------------


async def test_get_updates_long_polls_until_an_update_arrives(
    emu: TelegramEmulator, bot: telegram.Bot, anna: SimUser, chat: SimChat
) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.3)
    assert not poll.done()  # really waiting
    update_id = emu.send_text(anna, chat, "😀 /start@verbonden_bot hoi @verbonden_bot")
    [update] = await asyncio.wait_for(poll, 2)
    elapsed = time.monotonic() - started
    assert 0.3 <= elapsed < 2

    assert update.update_id == update_id
    message = update.message
    assert message is not None
    assert message.chat.id == anna.id
    assert message.from_user is not None
    assert message.from_user.language_code == "nl"
    # offsets are UTF-16: the emoji counts twice
    assert message.parse_entities() == {
        message.entities[0]: "/start@verbonden_bot",
        message.entities[1]: "@verbonden_bot",
    }
    assert [e.type for e in message.entities] == ["bot_command", "mention"]
    assert message.entities[0].offset == 3
    assert_known_fields(update)


async def test_long_poll_times_out_empty(bot: telegram.Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 <= time.monotonic() - started < 2


async def test_offset_confirms_updates_and_unconfirmed_ones_come_again(
    emu: TelegramEmulator, bot: telegram.Bot, anna: SimUser, chat: SimChat
) -> None:
    first = emu.send_text(anna, chat, "een")
    second = emu.send_text(anna, chat, "twee")
    assert [u.update_id for u in await next_updates(bot)] == [first, second]
    # not confirmed yet: Telegram delivers them again
    assert [u.update_id for u in await next_updates(bot)] == [first, second]
    assert second is not None
    assert [u.update_id for u in await next_updates(bot, offset=second)] == [second]
    assert await bot.get_updates(offset=second + 1, timeout=0) == ()
    # and a lower offset cannot bring confirmed updates back
    assert first is not None
    assert await bot.get_updates(offset=first, timeout=0) == ()
    assert emu.pending_updates == []


async def test_reinject_delivers_the_same_update_id_again(
    emu: TelegramEmulator, bot: telegram.Bot, anna: SimUser, chat: SimChat
) -> None:
    update_id = emu.send_text(anna, chat, "/start")
    assert update_id is not None
    [update] = await next_updates(bot)
    assert await bot.get_updates(offset=update_id + 1, timeout=0) == ()  # confirmed

    emu.reinject(update_id)
    newer = emu.send_text(anna, chat, "nog iets")
    again = await bot.get_updates(offset=update_id + 1, timeout=1)
    assert [u.update_id for u in again] == [update_id, newer]
    assert again[0].message is not None
    assert again[0].message.text == "/start"
    assert again[0].to_dict() == update.to_dict()
    assert newer is not None
    assert await bot.get_updates(offset=newer + 1, timeout=0) == ()


async def test_a_second_get_updates_terminates_the_first(
    emu: TelegramEmulator, bot: telegram.Bot
) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    # a second bot process with the same token
    async with telegram.Bot(TOKEN, base_url=emu.base_url) as second_instance:
        assert await second_instance.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await asyncio.wait_for(first, 2)


async def test_allowed_updates_is_remembered_and_filters_new_updates(
    emu: TelegramEmulator, bot: telegram.Bot, anna: SimUser, chat: SimChat
) -> None:
    assert await bot.get_updates(timeout=0, allowed_updates=["callback_query"]) == ()
    assert emu.send_text(anna, chat, "wordt niet bezorgd") is None
    assert await bot.get_updates(timeout=0) == ()  # the setting persists without the param
    assert [u["message"]["text"] for u in emu.filtered_updates] == ["wordt niet bezorgd"]
    assert await bot.get_updates(timeout=0, allowed_updates=[]) == ()  # back to the default
    assert emu.send_text(anna, chat, "wel") is not None


async def test_every_kind_of_user_message_deserialises_cleanly(
    emu: TelegramEmulator, bot: telegram.Bot, anna: SimUser, chat: SimChat
) -> None:
    text_id = emu.send_text(anna, chat, "Zie https://www.113.nl of mail hulp@voorbeeld.nl #steun")
    assert text_id is not None
    emu.send_sticker(anna, chat)
    emu.send_photo(anna, chat, caption="mijn kat")
    emu.send_voice(anna, chat, duration=4)
    emu.send_document(anna, chat, file_name="brief.pdf", data=b"%PDF-1.4")
    emu.send_location(anna, chat)
    emu.edit_text(anna, chat, emu.message_id_of(text_id), "Zie https://www.113.nl")
    updates = await next_updates(bot)
    assert len(updates) == 7
    for update in updates:
        assert_known_fields(update, f"update {update.update_id}")
    first = updates[0].message
    assert first is not None
    assert sorted(first.parse_entities().values()) == [
        "#steun",
        "https://www.113.nl",
        "hulp@voorbeeld.nl",
    ]
    kinds = [u.effective_message for u in updates]
    assert kinds[1] is not None and kinds[1].sticker is not None
    assert kinds[2] is not None and kinds[2].photo and kinds[2].caption == "mijn kat"
    assert kinds[3] is not None and kinds[3].voice is not None
    assert kinds[4] is not None and kinds[4].document is not None
    assert kinds[5] is not None and kinds[5].location is not None
    assert updates[6].edited_message is not None
    assert updates[6].edited_message.text == "Zie https://www.113.nl"
    assert updates[6].edited_message.edit_date is not None

    # files users sent can be fetched through base_file_url
    assert kinds[4].document is not None
    file = await kinds[4].document.get_file()
    assert bytes(await file.download_as_bytearray()) == b"%PDF-1.4"


# --- sending ------------------------------------------------------------------------------------


async def test_inline_keyboard_button_press_answer_and_edit(
    emu: TelegramEmulator, bot: telegram.Bot, anna: SimUser, chat: SimChat
) -> None:
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Ja", callback_data="ja"),
                InlineKeyboardButton("Nee", callback_data="nee"),
            ]
        ]
    )
    message = await bot.send_message(chat.id, "Wil je praten?", reply_markup=keyboard)
    assert message.reply_markup == keyboard
    assert_known_fields(message)
    [sent] = emu.sent(chat)
    assert sent.text == "Wil je praten?"
    assert sent.callback_data == ["ja", "nee"]

    with pytest.raises(ValueError, match="no button"):
        emu.press_button(anna, sent, "misschien")  # a real client could not press it
    update_id = emu.press_button(anna, sent, "ja")
    [update] = await next_updates(bot)
    assert update.update_id == update_id
    query = update.callback_query
    assert query is not None
    assert query.data == "ja"
    assert query.from_user.id == anna.id
    assert query.message is not None
    assert query.message.message_id == message.message_id
    assert_known_fields(update)

    assert await query.answer("Fijn!") is True
    assert [(a.callback_data, a.text) for a in emu.callback_answers] == [("ja", "Fijn!")]
    with pytest.raises(BadRequest, match="Query is too old"):
        await query.answer()  # a query can be answered once

    edited = await query.edit_message_reply_markup(reply_markup=None)
    assert isinstance(edited, telegram.Message)
    assert edited.reply_markup is None
    assert edited.edit_date is not None
    assert sent.reply_markup is None
    assert sent.edits[0].reply_markup is not None  # the history keeps the old keyboard
    with pytest.raises(BadRequest, match="Message is not modified"):
        await query.edit_message_reply_markup(reply_markup=None)
    with pytest.raises(ValueError, match="no button"):
        emu.press_button(anna, sent, "ja")  # the keyboard is gone


async def test_edit_message_text_keeps_history_and_drops_the_keyboard(
    emu: TelegramEmulator, bot: telegram.Bot, chat: SimChat
) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("OK", callback_data="ok")]])
    message = await bot.send_message(chat.id, "Eerste versie", reply_markup=keyboard)
    edited = await bot.edit_message_text(
        "<i>Tweede</i> versie", chat.id, message.message_id, parse_mode="HTML"
    )
    assert isinstance(edited, telegram.Message)
    assert edited.text == "Tweede versie"
    assert edited.reply_markup is None  # like Telegram: no reply_markup in the edit removes it
    [sent] = emu.sent(chat)
    assert [v.text for v in sent.edits] == ["Eerste versie"]
    assert sent.text == "Tweede versie"
    assert sent.entities == [{"type": "italic", "offset": 0, "length": 6}]
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text(
            "<i>Tweede</i> versie", chat.id, message.message_id, parse_mode="HTML"
        )
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", chat.id, 999)


async def test_send_message_options_reply_keyboards_and_replies(
    emu: TelegramEmulator, bot: telegram.Bot, anna: SimUser, chat: SimChat
) -> None:
    user_update = emu.send_text(anna, chat, "Hoi")
    assert user_update is not None
    user_message_id = emu.message_id_of(user_update)
    reply = await bot.send_message(
        chat.id,
        "Kies maar: https://www.113.nl",
        reply_markup=ReplyKeyboardMarkup([["Goed", "Slecht"]], one_time_keyboard=True),
        reply_parameters=ReplyParameters(user_message_id),
        link_preview_options=telegram.LinkPreviewOptions(is_disabled=True),
    )
    assert reply.reply_markup is None  # reply keyboards are not part of the Message
    assert reply.reply_to_message is not None
    assert reply.reply_to_message.text == "Hoi"
    assert reply.link_preview_options == telegram.LinkPreviewOptions(is_disabled=True)
    assert_known_fields(reply)
    removed = await bot.send_message(
        chat.id, "Dank je", reply_markup=telegram.ReplyKeyboardRemove(), reply_to_message_id=1
    )
    assert removed.reply_to_message is not None
    sent = emu.sent(chat)
    assert sent[0].reply_markup == {
        "keyboard": [[{"text": "Goed"}, {"text": "Slecht"}]],
        "one_time_keyboard": True,
    }
    assert sent[1].reply_markup == {"remove_keyboard": True}
    assert sent[0].reply_to_message_id == user_message_id
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(chat.id, "x", reply_parameters=ReplyParameters(424242))
    ok = await bot.send_message(
        chat.id, "x", reply_parameters=ReplyParameters(424242, allow_sending_without_reply=True)
    )
    assert ok.reply_to_message is None


async def test_message_length_limit_is_enforced_like_telegram(
    bot: telegram.Bot, chat: SimChat
) -> None:
    assert (await bot.send_message(chat.id, "a" * 4096)).text == "a" * 4096
    with pytest.raises(BadRequest, match=r"^Message is too long$") as error:
        await bot.send_message(chat.id, "a" * 4097)
    assert error.value.message == "Message is too long"  # PTB strips "Bad Request: "
    # the limit counts characters after parsing and trimming, not UTF-16 units or markup
    assert await bot.send_message(chat.id, "😀" * 4096)
    assert await bot.send_message(chat.id, "<b>" + "a" * 4096 + "</b>", parse_mode="HTML")
    assert await bot.send_message(chat.id, "  " + "a" * 4096 + "\n\n")
    with pytest.raises(BadRequest, match="Text must be non-empty"):
        await bot.send_message(chat.id, " \n ")
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(chat.id, "")


async def test_parse_mode_errors_come_back_as_telegram_reports_them(
    bot: telegram.Bot, chat: SimChat
) -> None:
    with pytest.raises(BadRequest) as error:
        await bot.send_message(chat.id, "Versie 1.0 is uit!", parse_mode="MarkdownV2")
    # PTB capitalises the message (and lower-cases the rest) after stripping "Bad Request: "
    assert error.value.message == (
        "Can't parse entities: character '.' is reserved and must be escaped with the "
        "preceding '\\'"
    )
    with pytest.raises(BadRequest, match=r"unsupported start tag \"blink\" at byte offset 0"):
        await bot.send_message(chat.id, "<blink>hoi</blink>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Unsupported parse_mode"):
        await bot.send_message(chat.id, "hoi", parse_mode="XML")
    message = await bot.send_message(chat.id, "Versie 1\\.0 is *uit*\\!", parse_mode="MarkdownV2")
    assert message.text == "Versie 1.0 is uit!"
    assert message.parse_entities() == {message.entities[0]: "uit"}


async def test_send_document_multipart_upload_and_download(
    emu: TelegramEmulator, bot: telegram.Bot, chat: SimChat
) -> None:
    message = await bot.send_document(
        chat.id,
        b"Gespreksverslag\n",
        filename="verslag.txt",
        caption="Je <b>verslag</b>",
        parse_mode="HTML",
    )
    assert message.document is not None
    assert message.document.file_name == "verslag.txt"
    assert message.caption == "Je verslag"
    assert_known_fields(message)
    [call] = emu.calls_to("sendDocument")
    assert call.files == ["document"]
    [sent] = emu.sent(chat)
    assert sent.document is not None and sent.caption == "Je verslag"
    downloaded = await (await bot.get_file(message.document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == b"Gespreksverslag\n"
    again = await bot.send_document(chat.id, message.document.file_id)  # re-send by file_id
    assert again.document is not None
    with pytest.raises(BadRequest, match="Wrong file identifier"):
        await bot.send_document(chat.id, "geen-bestaand-id")
    photo = await bot.send_photo(chat.id, b"\xff\xd8 jpeg", caption="Kijk")
    assert photo.photo and photo.caption == "Kijk"
    assert_known_fields(photo)


async def test_chat_actions_are_recorded_and_validated(
    emu: TelegramEmulator, bot: telegram.Bot, chat: SimChat
) -> None:
    assert await bot.send_chat_action(chat.id, "typing") is True
    assert [(a.chat_id, a.action) for a in emu.chat_actions] == [(chat.id, "typing")]
    with pytest.raises(BadRequest, match="Wrong parameter action in request"):
        await bot.send_chat_action(chat.id, "dancing")
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_chat_action(424242, "typing")


async def test_private_chat_rules(emu: TelegramEmulator, bot: telegram.Bot) -> None:
    ben = emu.user(1002, "Ben")
    never_started = emu.private_chat(ben, started=False)
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(never_started.id, "Hallo")
    emu.group("Koffieclub", members=[ben])
    with pytest.raises(Forbidden, match="bot can't initiate conversation with a user"):
        await bot.send_message(never_started.id, "Hallo")
    emu.send_text(ben, never_started, "/start")
    assert await bot.send_message(never_started.id, "Welkom!")
    assert emu.unblock_bot(ben) is None  # not blocked: nothing happens
    blocked = emu.block_bot(ben)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(ben.id, "Ben je daar?")
    updates = await next_updates(bot)
    change = updates[-1].my_chat_member
    assert updates[-1].update_id == blocked
    assert change is not None and change.new_chat_member.status == "kicked"
    assert_known_fields(updates[-1])


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


# --- the markup parsers (cases from TDLib's test/message_entities.cpp) ---------------------------


def _e(kind: str, offset: int, length: int, **extra: str) -> dict[str, Any]:
    return {"type": kind, "offset": offset, "length": length, **extra}


@pytest.mark.parametrize(
    ("markup", "error"),
    [
        ("🏟 🏟&lt;<abacaba", "Unclosed start tag at byte offset 13"),
        ("🏟 🏟&lt;<abac aba>", 'Unsupported start tag "abac" at byte offset 13'),
        ("🏟 🏟&lt;<i   =aba>", 'Empty attribute name in the tag "i" at byte offset 13'),
        ("🏟 🏟&lt;<i    aba>", 'Can\'t find end tag corresponding to start tag "i"'),
        ("🏟 🏟&lt;<i    aba  =  190azAz-.,", "Unexpected end of name token at byte offset 27"),
        ("🏟 🏟&lt;<b></b></", "Unexpected end tag at byte offset 20"),
        ("🏟 🏟&lt;<i>a</i   ", "Unclosed end tag at byte offset 17"),
        (
            "🏟 🏟&lt;<i>a</em   >",
            'Unmatched end tag at byte offset 17, expected "</i>", found "</em>"',
        ),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
    ],
)
def test_html_errors(markup: str, error: str) -> None:
    with pytest.raises(EntityParseError) as raised:
        parse_html(markup)
    assert str(raised.value) == error


@pytest.mark.parametrize(
    ("markup", "text", "entities"),
    [
        ("&ge;&lt;&gt;&amp;&quot;&#12345678;", '&ge;<>&"&#12345678;', []),
        (
            "🏟 🏟<i>🏟 &gt;<b aba   =   caba>&lt🏟</b></i>",
            "🏟 🏟🏟 ><🏟",
            [_e("italic", 5, 7), _e("bold", 9, 3)],
        ),
        (
            "<a>telegram.org</a>",
            "telegram.org",
            [_e("text_link", 0, 12, url="http://telegram.org/")],
        ),
        (
            '🏟 🏟&lt;<pre><code class="language-fift">🏟 🏟&lt;</></>',
            "🏟 🏟<🏟 🏟<",
            [_e("pre", 6, 6, language="fift")],
        ),
        (
            "<blockquote expandable>a&lt;<pre  >b;</></>",
            "a<b;",
            [_e("expandable_blockquote", 0, 4), _e("pre", 2, 2)],
        ),
    ],
)
def test_html_parsing(markup: str, text: str, entities: list[dict[str, Any]]) -> None:
    assert parse_html(markup) == (text, entities)


@pytest.mark.parametrize(
    ("markup", "error"),
    [
        ("🏟 🏟_abacaba", "Can't find end of Italic entity at byte offset 9"),
        ("🏟 🏟_abac * asd ", "Can't find end of Bold entity at byte offset 15"),
        ("🏟 🏟```a ", "Can't find end of PreCode entity at byte offset 9"),
        ("🏟 🏟_🏟 🏟__", "Can't find end of Underline entity at byte offset 19"),
        ("[telegram\\.org](asd", "Can't find end of a URL at byte offset 16"),
        ("🏟 🏟!", "Character '!' is reserved and must be escaped with the preceding '\\'"),
        (">*b\n>ld \n>bo\nld*\nasd\ndef", "Can't find end of Bold entity at byte offset 1"),
    ],
)
def test_markdown_v2_errors(markup: str, error: str) -> None:
    with pytest.raises(EntityParseError) as raised:
        parse_markdown_v2(markup)
    assert str(raised.value) == error


@pytest.mark.parametrize(
    ("markup", "text", "entities"),
    [
        ("🏟 \\.🏟_🏟\\. 🏟_", "🏟 .🏟🏟. 🏟", [_e("italic", 6, 6)]),
        ("🏟 🏟__🏟 _🏟_ __", "🏟 🏟🏟 🏟 ", [_e("underline", 5, 6), _e("italic", 8, 2)]),
        (
            "`_* *_`__*` `*__",
            "_* *_ ",
            [_e("code", 0, 5), _e("code", 5, 1), _e("bold", 5, 1), _e("underline", 5, 1)],
        ),
        ("[ ](as)", " ", []),
        (
            "[telegram\\.org](https://telegram.dog?)",
            "telegram.org",
            [_e("text_link", 0, 12, url="https://telegram.dog/?")],
        ),
        (
            ">*b\n>ld \n>bo\n>ld*\nasd\ndef",
            "b\nld \nbo\nld\nasd\ndef",
            [_e("blockquote", 0, 12), _e("bold", 0, 11)],
        ),
    ],
)
def test_markdown_v2_parsing(markup: str, text: str, entities: list[dict[str, Any]]) -> None:
    assert parse_markdown_v2(markup) == (text, entities)


def test_legacy_markdown() -> None:
    assert parse_markdown("*vet* _schuin_ [link](example.nl)") == (
        "vet schuin link",
        [_e("bold", 0, 3), _e("italic", 4, 6), _e("text_link", 11, 4, url="http://example.nl/")],
    )
    with pytest.raises(EntityParseError, match="starting at byte offset 0"):
        parse_markdown("*niet gesloten")


async def test_emulator_cleans_up_a_pending_long_poll() -> None:
    emulator = TelegramEmulator(token=TOKEN)
    await emulator.start()
    client = telegram.Bot(TOKEN, base_url=emulator.base_url)
    async with client:
        poll = asyncio.create_task(client.get_updates(timeout=30))
        await asyncio.sleep(0.2)
        started = time.monotonic()
        await emulator.close()
        assert await asyncio.wait_for(poll, 3) == ()  # answered at once, not after 30 s
        assert time.monotonic() - started < 2
    with pytest.raises(aiohttp.ClientConnectionError):
        async with aiohttp.ClientSession() as http:
            await http.get(f"{emulator.api_url}/getMe")


async def test_json_payloads_are_plain_json(
    emu: TelegramEmulator, anna: SimUser, chat: SimChat
) -> None:
    update_id = emu.send_text(anna, chat, "Hoi")
    assert update_id is not None
    assert json.loads(json.dumps(emu.update(update_id)))["message"]["text"] == "Hoi"
