"""The Telegram Bot API emulator is faithful enough to test an adapter built on PTB.

The client in these tests is python-telegram-bot itself (``telegram.Bot`` and, end to end,
``telegram.ext.Application`` with polling and with its own webhook server), so every object the
emulator returns is de-serialised by the library the adapter will use. ``assert_known_fields``
additionally checks that nothing landed in PTB's ``api_kwargs``: every field is in the schema.
"""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest
import telegram
from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyKeyboardMarkup,
    ReplyParameters,
)
from telegram.error import BadRequest, Conflict, Forbidden

from .emulator_testing import TOKEN, assert_known_fields, next_updates
from .telegram_emulator import (
    SimChat,
    SimUser,
    TelegramEmulator,
)

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
