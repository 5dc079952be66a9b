"""The engine's replies -> the Bot API calls that show them. Pure: no I/O.

* A turn's consecutive replies first become one message (:func:`bot.core.bubbles.bubbles`):
  paragraphs separated by a blank line, the buttons of the last one under it; a
  text to copy (``Reply.apart``) stays a message of its own.
* :class:`~bot.core.messages.Reply` -> ``sendMessage`` (plain text, split at 4096
  characters), its choices as inline buttons, one per row, numbered "1. " when
  the reply says so, so a typed "2" means the second button.
* :class:`~bot.core.messages.OfferPrivateChat` in a group -> a deep-link button
  (``https://t.me/<bot>?start=steun``) under the group reply, plus an attempt
  to write the person privately (:class:`ReachPrivately`).
* :class:`~bot.core.messages.Document` -> ``sendDocument`` and
  :class:`~bot.core.messages.Picture` -> ``sendPhoto`` (a long caption goes as a message
  of its own).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.helpers import create_deep_linked_url

from adapters.telegram.updates import PAYLOADS, callback_data
from bot.core.bubbles import bubbles, utf16_units
from bot.core.messages import Document, OfferPrivateChat, Outbound, Picture, Reply

MAX_TEXT = 4096
MAX_CAPTION = 1024
PRIVATE_BUTTON = "Praat privé met mij"
CHOSEN_MARK = "\n\n✓ "


@dataclass(frozen=True, slots=True)
class SendText:
    text: str
    markup: InlineKeyboardMarkup | None = None


@dataclass(frozen=True, slots=True)
class SendFile:
    filename: str
    content: bytes
    caption: str = ""
    photo: bool = False  # sendPhoto (shown inline, the caption under it), not sendDocument


@dataclass(frozen=True, slots=True)
class ReachPrivately:
    """Write the person one-to-one; if they never started the bot, keep it for /start."""

    reason: str
    text: str


Step = SendText | SendFile | ReachPrivately


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Pieces of at most ``limit`` characters, cut at paragraphs, lines or spaces if possible."""
    text = text.strip()
    pieces: list[str] = []
    while utf16_units(text) > limit:
        cut = _fit(text, limit)
        window = text[:cut]
        for sep in ("\n\n", "\n", " "):
            at = window.rfind(sep)
            if at > cut // 2:
                cut = at
                break
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def _fit(text: str, limit: int) -> int:
    """The longest prefix (in characters) that fits ``limit`` UTF-16 units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


def choice_keyboard(choices: Iterable[str], *, numbered: bool) -> InlineKeyboardMarkup | None:
    rows = [
        [
            InlineKeyboardButton(
                f"{index + 1}. {label}" if numbered else label,
                callback_data=callback_data(index, label),
            )
        ]
        for index, label in enumerate(choices)
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def private_link(bot_username: str, reason: str) -> str:
    return create_deep_linked_url(bot_username, PAYLOADS.get(reason, PAYLOADS["talk"]))


def link_keyboard(bot_username: str, reason: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(PRIVATE_BUTTON, url=private_link(bot_username, reason))]]
    )


def plan(outbound: Iterable[Outbound], *, group: bool, bot_username: str) -> list[Step]:
    """The sends, in order, that show ``outbound`` in a private chat or a group."""
    steps: list[Step] = []
    for item in bubbles(tuple(outbound)):
        if isinstance(item, Reply):
            pieces = split_text(item.text)
            markup = choice_keyboard(item.choices, numbered=item.numbered)
            if not pieces and markup is not None:
                pieces = ["…"]
            for index, piece in enumerate(pieces):
                last = index == len(pieces) - 1
                steps.append(SendText(piece, markup if last else None))
        elif isinstance(item, OfferPrivateChat):
            if not group:
                steps.extend(SendText(piece) for piece in split_text(item.text))
                continue
            link = link_keyboard(bot_username, item.reason)
            previous = steps[-1] if steps else None
            if isinstance(previous, SendText) and previous.markup is None:
                steps[-1] = SendText(previous.text, link)
            else:
                steps.append(SendText("Je kunt me ook privé schrijven.", link))
            if item.reason != "talk":  # an offer only: the person decides to come
                steps.append(ReachPrivately(item.reason, item.text))
        elif isinstance(item, Document | Picture):
            photo = isinstance(item, Picture)
            if utf16_units(item.caption) <= MAX_CAPTION:
                steps.append(SendFile(item.filename, item.content, item.caption, photo))
            else:
                steps.extend(SendText(piece) for piece in split_text(item.caption))
                steps.append(SendFile(item.filename, item.content, photo=photo))
    return steps


def chosen_text(shown: str | None, label: str) -> str | None:
    """The pressed message's text with the choice marked, or None if that would not fit."""
    if not shown:
        return None
    text = shown + CHOSEN_MARK + label
    return text if utf16_units(text) <= MAX_TEXT else None
