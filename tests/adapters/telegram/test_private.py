"""Private chats over real HTTP: the whole conversation, buttons, typed answers, non-text."""

from __future__ import annotations

import asyncio
import logging
import struct

import pytest

from adapters.telegram import TelegramAdapter
from adapters.telegram.adapter import COMMANDS
from tests.support.telegram_emulator import SentMessage, SimChat, SimUser, TelegramEmulator

from .conftest import BOT_USERNAME, TOKEN


def texts(messages: list[SentMessage]) -> list[str]:
    return [m.text or m.caption or "" for m in messages]


def labels(message: SentMessage) -> list[str]:
    return [b["text"] for b in message.buttons]


def question(message: SentMessage) -> str:
    """The last paragraph: a turn's texts arrive as one message, the question last."""
    return (message.text or "").split("\n\n")[-1]


async def say(
    emu: TelegramEmulator, user: SimUser, chat: SimChat, text: str, replies: int
) -> list[SentMessage]:
    """``user`` writes ``text``; wait for ``replies`` new bot messages and return them."""
    before = len(emu.sent(chat))
    emu.send_text(user, chat, text)
    sent = await emu.wait_for_sent(chat, before + replies)
    return sent[before:]


async def test_whole_conversation_with_buttons_and_typing(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    # The commands are registered in Dutch.
    registered = [c["command"] for c in emu.commands_for()]
    assert registered == [c.command for c in COMMANDS]
    assert "hulp" in registered and "vergeet" in registered

    # The welcome's three texts arrive as one message, the menu's buttons under it.
    [menu] = await say(emu, anna, anna_chat, "/start", 1)
    paragraphs = (menu.text or "").split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Hoi, welkom bij Verbonden.")
    assert paragraphs[-1] == question(menu)
    assert question(menu).startswith("Waar wil je het over hebben?")
    assert labels(menu)[:2] == ["1. Ik voel me eenzaam", "2. Mijn gevoel benoemen"]
    assert all(len(d.encode()) <= 64 for d in menu.callback_data)

    # A button: the callback is answered, the buttons disappear, the choice is marked.
    before = len(emu.sent(anna_chat))
    old_buttons = menu.callback_data
    emu.press_button(anna, menu, old_buttons[0])
    lonely = (await emu.wait_for_sent(anna_chat, before + 1))[before:]
    await emu.wait_until(lambda: len(emu.callback_answers) == 1)
    assert menu.is_edited and menu.buttons == []
    assert (menu.text or "").endswith("✓ Ik voel me eenzaam")
    with pytest.raises(ValueError, match="no button"):
        emu.press_button(anna, menu, old_buttons[1])
    assert len(lonely) == 1 and (lonely[0].text or "").count("\n\n") == 2
    assert "Eenzaamheid" in (lonely[0].text or "")
    assert question(lonely[0]) == "Wat past nu het best bij jouw eenzaamheid?"
    assert labels(lonely[-1])[2] == "3. Eenzaam in een groep of op werk"

    # Typing still works: a number picks the numbered button.
    step = await say(emu, anna, anna_chat, "3", 1)
    assert question(step[-1]) == "Hoe voelt het om nu een klein stapje naar een ander te zetten?"
    assert labels(step[-1]) == [
        "1. Een klein stapje kan wel",
        "2. Dat is nu te veel",
        "3. Weet ik niet",
    ]

    # A typed command in the middle of a dialogue, then the question again.
    [helped] = await say(emu, anna, anna_chat, "/hulp", 1)
    assert "chatbot" in (helped.text or "").split("\n\n")[0]
    assert question(helped) == question(step[-1])
    assert labels(helped) == labels(step[-1])

    # And a typed label.
    region = await say(emu, anna, anna_chat, "regio", 1)
    done = await say(emu, anna, anna_chat, "belgie", 1)
    assert labels(region[0]) == ["1. Nederland", "2. België", "3. Zeg ik liever niet"]
    assert "Dank je" in (done[0].text or "")
    assert not emu.unsupported_calls


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice", "document", "location"])
async def test_non_text_gets_a_kind_reply(
    emu: TelegramEmulator,
    adapter: TelegramAdapter,
    anna: SimUser,
    anna_chat: SimChat,
    kind: str,
) -> None:
    welcome = await say(emu, anna, anna_chat, "hallo", 1)
    before = len(emu.sent(anna_chat))
    getattr(emu, f"send_{kind}")(anna, anna_chat)
    [reply] = (await emu.wait_for_sent(anna_chat, before + 1))[before:]
    kind_reply, asked_again = (reply.text or "").split("\n\n")
    assert "tekst" in kind_reply  # "ik lees alleen tekst" in one of its wordings
    assert asked_again == question(welcome[-1])  # and the question again, with its buttons
    assert labels(reply) == labels(welcome[-1])


async def test_an_edit_is_screened_and_otherwise_left_alone(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    await say(emu, anna, anna_chat, "hallo", 1)
    await say(emu, anna, anna_chat, "Even tot rust komen", 1)
    message_id = emu.message_id_of(emu.send_text(anna, anna_chat, "ik weet het niet") or 0)
    await emu.wait_for_sent(anna_chat, 3)
    await emu.wait_until(lambda: not emu.pending_updates)
    # An edit that says nothing worrying is not a new answer: no reply.
    sent = len(emu.sent(anna_chat))
    assert emu.edit_text(anna, anna_chat, message_id, "ik weet het echt niet") is not None
    await emu.wait_until(lambda: not emu.pending_updates)
    # An edit that adds a crisis sign gets the crisis lines.
    emu.edit_text(anna, anna_chat, message_id, "ik weet het niet, ik wil eigenlijk dood")
    [reply] = (await emu.wait_for_sent(anna_chat, sent + 1))[sent:]
    assert "113" in (reply.text or "") and "112" in (reply.text or "")


async def test_a_photo_caption_is_screened(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    await say(emu, anna, anna_chat, "hallo", 1)
    before = len(emu.sent(anna_chat))
    emu.send_photo(anna, anna_chat, caption="ik wil dood")
    [reply] = (await emu.wait_for_sent(anna_chat, before + 1))[before:]
    assert "113" in (reply.text or "") and "tekst" not in (reply.text or "")
    # A harmless caption still gets the kind "I read text only".
    before = len(emu.sent(anna_chat))
    emu.send_photo(anna, anna_chat, caption="mijn tuin vandaag")
    [reply] = (await emu.wait_for_sent(anna_chat, before + 1))[before:]
    assert "tekst" in (reply.text or "") and "113" not in (reply.text or "")


async def test_other_bots_are_ignored(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    await say(emu, anna, anna_chat, "hallo", 1)
    await emu.wait_until(lambda: not emu.pending_updates)
    sent = len(emu.sent())
    # Another bot's message, forced through although Telegram would not deliver it.
    other_bot = emu.user(2002, "Robot", username="robot_bot", is_bot=True)
    group = emu.group("Koffie", members=[anna, other_bot], bot_privacy_mode=False)
    assert emu.send_text(other_bot, group, f"@{BOT_USERNAME} ik voel me eenzaam", force=True)
    await emu.wait_until(lambda: not emu.pending_updates)
    await adapter.stop()  # everything in flight is done now
    assert len(emu.sent()) == sent


async def test_very_long_message_is_handled(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    await say(emu, anna, anna_chat, "hallo", 1)
    await say(emu, anna, anna_chat, "Contact maken met iemand", 1)
    long_text = ("Ik weet niet goed wat ik wil zeggen, maar ik schrijf het toch. " * 70)[:4096]
    replies = await say(emu, anna, anna_chat, long_text, 1)
    assert replies[0].text


async def test_crisis_in_private_gets_the_crisis_lines(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    await say(emu, anna, anna_chat, "hallo", 1)
    before = len(emu.sent(anna_chat))
    emu.send_text(anna, anna_chat, "ik wil niet meer leven")
    await emu.wait_until(lambda: any("113" in t for t in texts(emu.sent(anna_chat)[before:])))


async def test_message_text_is_never_logged(
    emu: TelegramEmulator,
    adapter: TelegramAdapter,
    anna: SimUser,
    anna_chat: SimChat,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    await say(emu, anna, anna_chat, "mijn geheime zin hier", 1)
    await say(emu, anna, anna_chat, "Ik voel me eenzaam", 1)
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("adapters"))
    assert "update" in ours  # there is logging at DEBUG, but only about ids
    for secret_text in ("mijn geheime zin", "eenzaam", "welkom"):
        assert secret_text not in ours
    # Nor do the libraries underneath the adapter log the text or the token, even at DEBUG.
    stack = ("adapters", "telegram", "httpx", "httpcore", "tornado")
    below = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith(stack))
    assert "mijn geheime zin" not in below and "Eenzaamheid" not in below
    assert TOKEN.split(":")[1] not in below


async def test_a_quick_double_press_counts_once(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    menu = (await say(emu, anna, anna_chat, "hallo", 1))[-1]
    data = menu.callback_data
    emu.press_button(anna, menu, data[0])
    emu.press_button(anna, menu, data[1])  # before the bot removed the buttons
    await emu.wait_until(lambda: len(emu.callback_answers) == 2)  # both spinners stop
    await emu.wait_until(lambda: not emu.pending_updates)
    await adapter.stop()
    after = emu.sent(anna_chat)[1:]
    assert len(after) == 1 and "Eenzaamheid" in (
        after[0].text or ""
    )  # only the first press counted
    assert (menu.text or "").endswith("✓ Ik voel me eenzaam")


async def test_a_message_draft_arrives_as_a_message_of_its_own(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    for text in ("hallo", "Contact maken met iemand", "Een buur", "Sanne"):
        await say(emu, anna, anna_chat, text, 1)
    # The draft is a message of its own, so that a long-press copies only the draft.
    concept = await say(emu, anna, anna_chat, "Stiller dan anders", 3)
    assert texts(concept) == [
        "Hier is een voorstel. Alleen wat je zag, en een uitnodiging om te vertellen:",
        "Hoi Sanne, het viel me op dat je de laatste tijd wat stiller bent. Hoe gaat het met je?",
        "Wil je het zo houden, of zelf aanpassen?",
    ]
    assert [labels(m) for m in concept] == [[], [], ["1. Zo is het goed", "2. Ik pas het aan"]]
    ready = await say(emu, anna, anna_chat, "Zo is het goed", 3)
    assert texts(ready)[:2] == [
        "Mooi. Dit is je berichtje, klaar om te kopiëren:",
        "Hoi Sanne, het viel me op dat je de laatste tijd wat stiller bent. Hoe gaat het met je?",
    ]
    assert texts(ready)[2].startswith("Stuur het wanneer het jou uitkomt.")
    assert question(ready[2]) == "Zal ik morgen vragen hoe het ging?"


async def test_the_data_export_arrives_as_a_file(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    await say(emu, anna, anna_chat, "hallo", 1)
    replies = await say(emu, anna, anna_chat, "/gegevens", 3)
    [document] = [m for m in replies if m.method == "sendDocument"]
    assert document.document is not None
    assert document.document["file_name"] == "verbonden-mijn-gegevens.json"
    content = emu.file(document.document["file_id"]).data
    assert b'"user_id": "1001"' in content


async def test_the_journal_arrives_as_a_photo_with_its_words_as_caption(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    await say(emu, anna, anna_chat, "hallo", 1)
    for text in ("Mijn gevoel benoemen", "Onrustig", "Gespannen", "7", "In mijn buik", "Rust"):
        await say(emu, anna, anna_chat, text, 1)
    await say(emu, anna, anna_chat, "Ja, bewaar het", 1)
    await say(emu, anna, anna_chat, "Nee, dit was genoeg", 1)
    [choose] = await say(emu, anna, anna_chat, "/dagboek", 1)
    assert "De afgelopen week" in labels(choose)[0]
    before = len(emu.sent(anna_chat))
    emu.send_text(anna, anna_chat, "De afgelopen week")
    # The first chart also starts the drawing worker: give a busy machine time for it.
    photo, after = (await emu.wait_for_sent(anna_chat, before + 2, timeout=60))[before:]
    assert photo.method == "sendPhoto" and photo.photo
    assert photo.caption is not None
    assert photo.caption.startswith("De afgelopen week schreef je één keer op hoe je je voelde.")
    data = emu.file(photo.photo[-1]["file_id"]).data
    # A real PNG of the size the bot drew: signature, then the IHDR chunk with width/height.
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    assert struct.unpack(">II", data[16:24]) == (960, 540)
    assert question(after) == "Wil je nog iets anders zien, of is dit genoeg?"


async def test_a_failing_button_edit_never_keeps_the_reply_back(
    emu: TelegramEmulator,
    adapter: TelegramAdapter,
    anna: SimUser,
    anna_chat: SimChat,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    menu = (await say(emu, anna, anna_chat, "hallo", 1))[-1]

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug that is not Telegram's")

    # Marking the pressed button fails with something that is not a TelegramError.
    monkeypatch.setattr(type(adapter.bot), "edit_message_text", broken)
    before = len(emu.sent(anna_chat))
    emu.press_button(anna, menu, menu.callback_data[0])
    [reply] = (await emu.wait_for_sent(anna_chat, before + 1, timeout=10))[before:]
    assert "Eenzaamheid" in (reply.text or "")  # the reply went out all the same
    for _ in range(50):  # acknowledged just after the send: not sent again at a restart
        await adapter.runtime.flush()
        if not await adapter.runtime.undelivered("telegram"):
            break
        await asyncio.sleep(0.05)
    assert await adapter.runtime.undelivered("telegram") == []
    assert "a bug that is not" not in caplog.text  # its text is not logged either


async def test_a_typed_answer_takes_the_old_questions_buttons_away(
    emu: TelegramEmulator, adapter: TelegramAdapter, anna: SimUser, anna_chat: SimChat
) -> None:
    menu = (await say(emu, anna, anna_chat, "hallo", 1))[-1]
    assert menu.buttons
    feelings = (await say(emu, anna, anna_chat, "mijn gevoel benoemen", 1))[-1]
    assert feelings.buttons  # the new question has its own buttons
    # The menu's buttons are gone: pressing one later cannot pick an answer never given.
    await emu.wait_until(lambda: not menu.buttons, timeout=10)
    assert menu.text and "✓" not in menu.text  # and nothing is marked as chosen there
    # A pressed button still works, and the answer after it takes its buttons away too.
    emu.press_button(anna, feelings, feelings.callback_data[0])
    await emu.wait_for_sent(anna_chat, 3)
    assert not feelings.buttons and "✓" in (feelings.text or "")
