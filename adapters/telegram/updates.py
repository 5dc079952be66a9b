"""Telegram updates -> what the engine should hear (or nothing at all).

Pure functions, no I/O. The rules:

* Private chats: text is text (``/start <payload>`` from a deep link becomes
  ``/start``: the engine runs the welcome or the menu); stickers, photos,
  voice, files, locations and other attachments are "unsupported" (the engine
  answers kindly that it reads text only), carrying their caption, which the
  safety screen reads like any text; service messages are ignored.
* Groups: only commands (not those addressed to another bot), mentions of the
  bot and replies to its messages reach the engine, with the mention removed.
  Whatever privacy mode says, ordinary chatter never gets through here.
* Edited messages are passed on marked ``edited``: the engine screens them for
  safety (an edit that adds a crisis sign is seen) and otherwise leaves them be.
  Channel posts, messages sent as a chat and anything sent by a bot are ignored.
* A pressed button becomes a "choice" carrying its label, read from the
  keyboard of the message it sits under (or, for very old messages Telegram no
  longer shows us, from the label copy inside the callback data).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatType as TgChatType

from bot.core.messages import ChatType, ConversationKey, Inbound

PLATFORM = "telegram"

# Deep-link payloads (t.me/<bot>?start=<payload>) for OfferPrivateChat reasons.
PAYLOADS = {"crisis": "steun", "naaste": "steun", "talk": "praat", "write": "praat"}
_OPENED_FOR: dict[str, Literal["crisis", "talk"]] = {"steun": "crisis", "praat": "talk"}

_START = re.compile(r"^/start(?:@\w+)?(?:\s+(\S+))?\s*$", re.IGNORECASE)
_CALLBACK = re.compile(r"^c(\d{1,3}):(.*)$", re.DOTALL)
_NUMBER_PREFIX = re.compile(r"^\d{1,3}\.\s")


@dataclass(frozen=True, slots=True)
class Me:
    """The bot's own identity, from getMe."""

    id: int
    username: str


@dataclass(frozen=True, slots=True)
class Press:
    """A pressed inline button under one of the bot's messages."""

    query_id: str
    message_id: int | None
    # The message's text as shown, to mark the choice when the buttons are removed.
    message_text: str | None
    label: str | None  # None: not one of our choice buttons


@dataclass(frozen=True, slots=True)
class Incoming:
    """One update the adapter acts on. ``inbound`` is None when only ``press`` needs an answer."""

    update_id: int
    chat_id: int
    inbound: Inbound | None
    reply_to: int | None = None  # the person's message, answered as a reply in groups
    press: Press | None = None


def chat_type(raw: str) -> ChatType | None:
    if raw == TgChatType.PRIVATE:
        return "private"
    if raw in (TgChatType.GROUP, TgChatType.SUPERGROUP):
        return "group"
    return None  # channels and anything newer


def is_group_chat(chat_id: int) -> bool:
    """Telegram gives groups and supergroups negative ids, people positive ones."""
    return chat_id < 0


def chat_id_of(update: Update) -> int | None:
    chat = update.effective_chat
    return chat.id if chat is not None else None


def read_update(update: Update, me: Me) -> Incoming | None:
    """What this update means for the engine; None when the bot should ignore it."""
    if update.message is not None:
        return _read_message(update.update_id, update.message, me)
    if update.edited_message is not None:
        return _read_message(update.update_id, update.edited_message, me, edited=True)
    if update.callback_query is not None:
        return _read_press(update, me)
    # Membership changes and everything else: nothing for the engine.
    return None


def _read_message(
    update_id: int, message: Message, me: Me, *, edited: bool = False
) -> Incoming | None:
    sender = message.from_user
    kind = chat_type(message.chat.type)
    if sender is None or sender.is_bot or kind is None or message.via_bot is not None:
        return None
    if message.sender_chat is not None:
        return None  # sent as a channel or anonymously: no person to talk to
    key = ConversationKey(PLATFORM, str(message.chat.id), str(sender.id))
    if message.text is None:
        caption = message.caption or ""
        if message.effective_attachment is None:
            return None  # service messages
        if kind == "group" and not (caption and _addressed_to_me(message, me)):
            return None  # media in groups is not addressed to the bot
        inbound = Inbound(
            key,
            text=_without_own_name(caption, me),
            kind="unsupported",
            edited=edited,
            event_id=str(update_id),
            chat_type=kind,
            display_name=sender.first_name,
            received_at=message.date,
        )
        return Incoming(
            update_id,
            message.chat.id,
            inbound,
            reply_to=message.message_id if kind == "group" else None,
        )
    text = message.text
    addressed = True
    if kind == "group":
        # Not for the bot: passed on only to see whether the room's safety watch is on
        # (the adapter drops it otherwise, before any turn); never stored.
        addressed = _addressed_to_me(message, me)
        reply_to: int | None = message.message_id
    else:
        reply_to = None
    text = _without_own_name(text, me)
    payload = None
    if kind == "private" and (start := _START.match(text)):
        text, payload = "/start", start.group(1)
    if edited and payload is not None:
        return None  # an edited /start is not a new start
    inbound = Inbound(
        key,
        text=text,
        edited=edited,
        opened_for=_OPENED_FOR.get(payload or ""),
        event_id=str(update_id),
        chat_type=kind,
        display_name=sender.first_name,
        received_at=message.date,
        addressed=addressed,
    )
    return Incoming(update_id, message.chat.id, inbound, reply_to=reply_to)


def _addressed_to_me(message: Message, me: Me) -> bool:
    """A command for this bot, a mention of it, or a reply to one of its messages."""
    own = me.username.lower()
    entities = (
        message.parse_entities() if message.text is not None else message.parse_caption_entities()
    )
    for entity, part in entities.items():
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            _, _, target = part.partition("@")
            return not target or target.lower() == own
    for entity, part in entities.items():
        if entity.type == MessageEntity.MENTION and part[1:].lower() == own:
            return True
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == me.id:
            return True
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == me.id)


def _without_own_name(text: str, me: Me) -> str:
    """``/menu@bot`` -> ``/menu``; ``@bot ik voel me alleen`` -> ``ik voel me alleen``."""
    own = re.escape(me.username)
    text = re.sub(rf"^(/\w+)@{own}\b", r"\1", text, flags=re.IGNORECASE)
    text = re.sub(rf"(?<!\w)@{own}\b[:,]?\s*", "", text, flags=re.IGNORECASE)
    return text.strip()


def _read_press(update: Update, me: Me) -> Incoming | None:
    query = update.callback_query
    assert query is not None
    sender = query.from_user
    shown = query.message
    if shown is None or sender.is_bot:
        return None  # a button under an inline-mode message: not ours
    kind = chat_type(shown.chat.type)
    if kind is None:
        return None
    message = shown if isinstance(shown, Message) else None
    label = button_label(query.data, message)
    press = Press(
        query_id=query.id,
        message_id=shown.message_id,
        message_text=message.text if message is not None else None,
        label=label,
    )
    if label is None:
        return Incoming(update.update_id, shown.chat.id, None, press=press)
    key = ConversationKey(PLATFORM, str(shown.chat.id), str(sender.id))
    if kind == "group":
        # Groups get no dialogue buttons, but a room's own buttons (a check-in's
        # "Liever privé antwoorden") count as typing their label to the bot there.
        group = Inbound(
            key,
            text=label,
            event_id=str(update.update_id),
            chat_type=kind,
            display_name=sender.first_name,
        )
        return Incoming(update.update_id, shown.chat.id, group, press=press)
    inbound = Inbound(
        key,
        text=label,
        kind="choice",
        event_id=str(update.update_id),
        chat_type=kind,
        display_name=sender.first_name,
    )
    return Incoming(update.update_id, shown.chat.id, inbound, press=press)


def callback_data(index: int, label: str) -> str:
    """``c<index>:<label>``, the label cut to fit Telegram's 64 bytes."""
    head = f"c{index}:"
    room = 64 - len(head.encode("utf-8"))
    cut = label.encode("utf-8")[:room].decode("utf-8", errors="ignore")
    return head + cut


def button_label(data: str | None, message: Message | None) -> str | None:
    """The full label of the pressed choice button, or None if it is not one of ours."""
    match = _CALLBACK.match(data or "")
    if match is None:
        return None
    if message is not None and message.reply_markup is not None:
        for row in message.reply_markup.inline_keyboard:
            for button in row:
                if button.callback_data == data:
                    return _NUMBER_PREFIX.sub("", button.text, count=1)
    return match.group(2) or None
