"""An in-process Telegram Bot API emulator for the test suite.

The Telegram adapter talks to Telegram through python-telegram-bot (PTB). In tests it talks to
this emulator instead, over real HTTP on 127.0.0.1, by pointing PTB's ``base_url`` and
``base_file_url`` at it::

    async with TelegramEmulator(token="123456:TEST") as emu:
        bot = telegram.Bot(emu.token, base_url=emu.base_url, base_file_url=emu.base_file_url)
        anna = emu.user(1001, "Anna", username="anna")
        chat = emu.private_chat(anna)
        emu.send_text(anna, chat, "/start")
        ...
        [reply] = await emu.wait_for_sent(chat, count=1)

What the emulator speaks is the real Bot API wire format: ``POST``/``GET``
``{root}/bot<token>/<method>`` with a JSON, form-encoded or multipart body (or a query string),
answered with ``{"ok": true, "result": ...}`` or ``{"ok": false, "error_code": ...,
"description": ...}`` with Telegram's own error texts. Method names are case-insensitive, like
Telegram's. The objects it returns use only fields that exist in the Bot API schema, so PTB
de-serialises them without anything landing in ``api_kwargs``.

Faithfulness notes (where the emulator follows Telegram, and where it knowingly does not):

* ``parse_mode`` HTML, MarkdownV2 and Markdown are parsed by ports of TDLib's parsers
  (``td/telegram/MessageEntity.cpp``), so the text, the entities (with UTF-16 offsets) and the
  ``can't parse entities: ... at byte offset N`` errors match. The text is then trimmed and
  measured like the Bot API does (4096 characters, 1024 for captions).
* Updates are queued until confirmed by a ``getUpdates`` offset; long polling really waits;
  a second ``getUpdates`` terminates the first with 409 Conflict; ``allowed_updates`` is
  remembered between calls and filters updates created afterwards; with a webhook set,
  ``getUpdates`` answers 409 and updates are POSTed (one at a time, in order) with the
  ``X-Telegram-Bot-Api-Secret-Token`` header and retried with back-off until accepted.
* Group privacy mode: a bot that is not an admin and has privacy mode on only gets commands
  (not the ones addressed to another bot), messages mentioning it, replies to its own
  messages, and service messages. Bots never see other bots' messages.
* Deliberate deviations: webhooks may use ``http://`` and any port, but only on loopback
  (``webhook_require_https=True`` restores Telegram's HTTPS check); callback queries do not
  expire unless ``callback_query_ttl`` is set; URL, e-mail and hashtag auto-detection in
  message texts is simplified; formatting entities are not split around auto-detected ones.
* A real Bot API method the emulator does not implement answers HTTP 501 (and is recorded in
  :attr:`TelegramEmulator.unsupported_calls`) instead of pretending; a method Telegram does not
  have answers 404 "Not Found" like Telegram.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import mimetypes
import re
import secrets
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from http import HTTPStatus
from types import TracebackType
from typing import Any, Final, NamedTuple, Self
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

__all__ = [
    "ApiCall",
    "ApiError",
    "CallbackAnswer",
    "ChatAction",
    "CommandScopeKey",
    "EntityParseError",
    "LimitEvent",
    "MessageVersion",
    "SentMessage",
    "SimChat",
    "SimUser",
    "StoredFile",
    "TelegramEmulator",
    "WebhookDelivery",
    "parse_html",
    "parse_markdown",
    "parse_markdown_v2",
    "utf16_len",
]

_LOGGER = logging.getLogger(__name__)

JSONDict = dict[str, Any]

MAX_TEXT_LENGTH: Final = 4096
MAX_CAPTION_LENGTH: Final = 1024
MAX_CALLBACK_DATA_BYTES: Final = 64
MAX_CALLBACK_ANSWER_LENGTH: Final = 200

ALL_UPDATE_TYPES: Final = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
    "message_reaction",
    "message_reaction_count",
    "inline_query",
    "chosen_inline_result",
    "callback_query",
    "shipping_query",
    "pre_checkout_query",
    "purchased_paid_media",
    "poll",
    "poll_answer",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
    "chat_boost",
    "removed_chat_boost",
)
# Without allowed_updates Telegram sends everything except these (they must be asked for).
_OPT_IN_UPDATE_TYPES: Final = frozenset(
    {"chat_member", "message_reaction", "message_reaction_count"}
)
DEFAULT_UPDATE_TYPES: Final = frozenset(ALL_UPDATE_TYPES) - _OPT_IN_UPDATE_TYPES

CHAT_ACTIONS: Final = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "record_audio",
        "upload_audio",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
        "cancel",
    }
)

_CONFLICT_OTHER_POLL: Final = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
_CONFLICT_WEBHOOK: Final = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
_NOT_MODIFIED: Final = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
_QUERY_TOO_OLD: Final = "query is too old and response timeout expired or query ID is invalid"

# What Telegram's front-end nginx answers for gateway errors: HTML, not JSON.
_NGINX_PAGE: Final = (
    "<html>\r\n<head><title>{code} {phrase}</title></head>\r\n<body>\r\n"
    "<center><h1>{code} {phrase}</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    "</body>\r\n</html>\r\n"
)


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------


class ApiError(Exception):
    """A Bot API error answer: HTTP status, ``description`` and optional ``parameters``."""

    def __init__(
        self, status: int, description: str, parameters: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = dict(parameters) if parameters else None

    def body(self) -> JSONDict:
        body: JSONDict = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def _bad_request(message: str) -> ApiError:
    return ApiError(400, f"Bad Request: {message}")


def _forbidden(message: str) -> ApiError:
    return ApiError(403, f"Forbidden: {message}")


def _too_many_requests(retry_after: int) -> ApiError:
    return ApiError(
        429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
    )


class EntityParseError(ValueError):
    """Raised by the markup parsers; the message is TDLib's (without the Bot API prefix)."""


# ---------------------------------------------------------------------------------------------
# Text utilities: UTF-16 offsets, TDLib's markup parsers, entity auto-detection
# ---------------------------------------------------------------------------------------------


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit of Telegram's entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def _utf16_prefix(text: str) -> list[int]:
    """``prefix[i]`` is the UTF-16 offset of ``text[i]``; ``prefix[len(text)]`` the length."""
    prefix = [0] * (len(text) + 1)
    total = 0
    for index, char in enumerate(text):
        prefix[index] = total
        total += 2 if ord(char) > 0xFFFF else 1
    prefix[len(text)] = total
    return prefix


def utf16_slice(text: str, offset: int, length: int) -> str:
    """The part of ``text`` an entity with this UTF-16 ``offset``/``length`` covers."""
    data = text.encode("utf-16-le")
    return data[2 * offset : 2 * (offset + length)].decode("utf-16-le", errors="replace")


# TDLib's entity type priorities, used for sorting entities that start at the same offset.
_ENTITY_PRIORITY: Final = {
    "mention": 50,
    "hashtag": 50,
    "bot_command": 50,
    "url": 50,
    "email": 50,
    "bold": 90,
    "italic": 91,
    "code": 20,
    "pre": 11,
    "text_link": 49,
    "text_mention": 49,
    "cashtag": 50,
    "phone_number": 50,
    "underline": 92,
    "strikethrough": 93,
    "blockquote": 0,
    "expandable_blockquote": 0,
    "spoiler": 94,
    "custom_emoji": 99,
}


def _sort_entities(entities: list[JSONDict]) -> list[JSONDict]:
    def key(entity: JSONDict) -> tuple[int, int, int]:
        priority = _ENTITY_PRIORITY.get(entity["type"], 50)
        if entity["type"] == "pre" and entity.get("language"):
            priority = 10
        return (entity["offset"], -entity["length"], priority)

    return sorted(entities, key=key)


_SPACE_BYTES: Final = frozenset(b" \t\r\n\x00\x0b\x0c")


def _is_space(byte: int) -> bool:
    return byte in _SPACE_BYTES


def _is_first_code_unit(byte: int) -> bool:
    return (byte & 0xC0) != 0x80


def _utf16_width(byte: int) -> int:
    """UTF-16 units of the character whose UTF-8 encoding starts with ``byte``."""
    return 2 if byte >= 0xF0 else 1


class _Bytes:
    """UTF-8 bytes with TDLib's trailing-NUL convention: reading past the end gives 0."""

    __slots__ = ("data", "size")

    def __init__(self, text: str) -> None:
        self.data = text.encode("utf-8")
        self.size = len(self.data)

    def __getitem__(self, index: int) -> int:
        return self.data[index] if 0 <= index < self.size else 0


_TG_USER_LINK = re.compile(r"^tg:(?://)?user\?id=(\d+)$", re.IGNORECASE)
_DOMAIN_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9_-]{0,61}[a-z0-9])?$", re.IGNORECASE)


def _link_user_id(url: str) -> int | None:
    match = _TG_USER_LINK.match(url.strip())
    return int(match.group(1)) if match else None


def checked_link(url: str) -> str:
    """A simplified ``LinkManager::get_checked_link``: the normalised URL, or "" if invalid.

    ``telegram.org`` becomes ``http://telegram.org/``; ``https://x.nl?q`` becomes
    ``https://x.nl/?q``; ``tg:`` and ``ton:`` links pass; anything else without a dotted host is
    invalid (Telegram then silently drops a text link created from markup).
    """
    if not url or any(char.isspace() for char in url):
        return ""
    scheme_match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):(//)?", url)
    if scheme_match:
        scheme = scheme_match.group(1).lower()
        if scheme in ("tg", "ton"):
            return scheme + url[len(scheme) :]
        if scheme not in ("http", "https", "ftp") or not scheme_match.group(2):
            return ""
        rest = url[scheme_match.end() :]
    else:
        scheme = "http"
        rest = url
    cut = min((rest.find(ch) for ch in "/?#" if ch in rest), default=len(rest))
    host_port, path = rest[:cut], rest[cut:]
    host = host_port.rsplit("@", 1)[-1]
    if ":" in host:
        host, _, port = host.partition(":")
        if not port.isdigit() or int(port) > 65535:
            return ""
    labels = host.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.match(label) for label in labels):
        return ""
    if not (labels[-1].isalpha() or all(label.isdigit() for label in labels)):
        return ""
    if not path.startswith("/"):
        path = "/" + path
    return f"{scheme}://{host_port}{path}"


def _link_entity(offset: int, length: int, url: str) -> JSONDict | None:
    user_id = _link_user_id(url)
    if user_id is not None:
        return {"type": "text_mention", "offset": offset, "length": length, "user_id": user_id}
    link = checked_link(url)
    if not link:
        return None
    return {"type": "text_link", "offset": offset, "length": length, "url": link}


_MDV2_TYPE_NAMES: Final = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "pre_code": "PreCode",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
    "blockquote": "BlockQuote",
}


@dataclass
class _OpenEntity:
    type: str
    argument: str
    offset: int  # UTF-16 offset in the result text
    byte_offset: int  # byte offset in the markup (for error messages)
    begin_pos: int  # byte position in the result (for "[text]" links)


def _reserved_error(char: int) -> EntityParseError:
    return EntityParseError(
        f"Character '{chr(char)}' is reserved and must be escaped with the preceding '\\'"
    )


def _custom_emoji_id(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme.lower() != "tg" or parts.netloc.lower() != "emoji":
        raise EntityParseError("Invalid tg://emoji or tg://time URL specified")
    for item in parts.query.split("&"):
        name, _, value = item.partition("=")
        if name == "id" and value.isdigit() and not value.startswith("0"):
            return value
    raise EntityParseError("Invalid tg://emoji or tg://time URL specified")


def parse_markdown_v2(markup: str) -> tuple[str, list[JSONDict]]:
    """Port of TDLib's ``parse_markdown_v2``: returns the text and its entities.

    Text links to ``tg://user?id=N`` come back as ``text_mention`` entities with a ``user_id``
    key (the caller resolves the user). Raises :class:`EntityParseError` with TDLib's message.
    """
    text = _Bytes(markup)
    result = bytearray()
    entities: list[JSONDict] = []
    nested: list[_OpenEntity] = []
    utf16 = 0
    have_blockquote = False
    i = -1
    while True:
        i += 1
        if i >= text.size:
            break
        c = text[i]
        if c == 0x5C and 0 < text[i + 1] <= 126:  # backslash escape
            i += 1
            utf16 += 1
            result.append(text[i])
            continue

        reserved = b"_*[]()~`>#+-=|{}.!\n"
        if nested and nested[-1].type in ("code", "pre", "pre_code"):
            reserved = b"`"
        if c not in reserved:
            if _is_first_code_unit(c):
                utf16 += _utf16_width(c)
            result.append(c)
            continue

        is_end = False
        if nested:
            top = nested[-1].type
            if have_blockquote and c == 0x0A and (i + 1 == text.size or text[i + 1] != ord(">")):
                is_end = True
            elif top == "bold":
                is_end = c == ord("*")
            elif top == "italic":
                is_end = c == ord("_") and text[i + 1] != ord("_")
            elif top == "code":
                is_end = c == ord("`")
            elif top in ("pre", "pre_code"):
                is_end = c == ord("`") and text[i + 1] == ord("`") and text[i + 2] == ord("`")
            elif top in ("text_link", "custom_emoji"):
                is_end = c == ord("]")
            elif top == "underline":
                is_end = c == ord("_") and text[i + 1] == ord("_")
            elif top == "strikethrough":
                is_end = c == ord("~")
            elif top == "spoiler":
                is_end = c == ord("|") and text[i + 1] == ord("|")

        if not is_end:
            entity_type: str | None
            argument = ""
            byte_offset = i
            if c == ord("_"):
                if text[i + 1] == ord("_"):
                    entity_type = "underline"
                    i += 1
                else:
                    entity_type = "italic"
            elif c == ord("*"):
                entity_type = "bold"
            elif c == ord("~"):
                entity_type = "strikethrough"
            elif c == ord("|"):
                if text[i + 1] != ord("|"):
                    raise _reserved_error(c)
                i += 1
                entity_type = "spoiler"
            elif c == ord("["):
                entity_type = "text_link"
            elif c == ord("`"):
                if text[i + 1] == ord("`") and text[i + 2] == ord("`"):
                    i += 3
                    entity_type = "pre"
                    language_end = i
                    while not _is_space(text[language_end]) and text[language_end] != ord("`"):
                        language_end += 1
                    if (
                        i != language_end
                        and language_end < text.size
                        and text[language_end] != ord("`")
                    ):
                        entity_type = "pre_code"
                        argument = text.data[i:language_end].decode("utf-8", "replace")
                        i = language_end
                    if text[i] in (0x0A, 0x0D):
                        if text[i + 1] in (0x0A, 0x0D) and text[i] != text[i + 1]:
                            i += 2
                        else:
                            i += 1
                    i -= 1
                else:
                    entity_type = "code"
            elif c == ord("!"):
                if text[i + 1] != ord("["):
                    raise _reserved_error(c)
                i += 1
                entity_type = "custom_emoji"
            elif c == 0x0A:
                utf16 += 1
                result.append(0x0A)
                entity_type = None
                if i + 1 < text.size and text[i + 1] == ord(">"):
                    i += 1
                    if not have_blockquote:
                        entity_type = "blockquote"
                        have_blockquote = True
            elif c == ord(">"):
                if i != 0:
                    raise _reserved_error(c)
                entity_type = "blockquote"
                have_blockquote = True
            else:
                raise _reserved_error(c)
            if entity_type is None:
                continue
            nested.append(_OpenEntity(entity_type, argument, utf16, byte_offset, len(result)))
            continue

        # end of an entity
        top_entity = nested[-1]
        entity_type = top_entity.type
        if c == 0x0A and entity_type != "blockquote":
            raise EntityParseError(
                f"Can't find end of {_MDV2_TYPE_NAMES[entity_type]} entity at byte offset "
                f"{top_entity.byte_offset}"
            )
        argument = top_entity.argument
        skip = utf16 == top_entity.offset
        entity: JSONDict | None = None
        if entity_type in ("underline", "spoiler"):
            i += 1
        elif entity_type in ("pre", "pre_code"):
            i += 2
        elif entity_type in ("text_link", "custom_emoji"):
            if text[i + 1] != ord("("):
                if entity_type == "custom_emoji":
                    raise EntityParseError("The entity must contain a tg://emoji or tg://time URL")
                url = result[top_entity.begin_pos :].decode("utf-8", "replace")
            else:
                i += 2
                url_begin = i
                url_bytes = bytearray()
                while i < text.size and text[i] != ord(")"):
                    if text[i] == 0x5C and 0 < text[i + 1] <= 126:
                        url_bytes.append(text[i + 1])
                        i += 2
                        continue
                    url_bytes.append(text[i])
                    i += 1
                if text[i] != ord(")"):
                    raise EntityParseError(f"Can't find end of a URL at byte offset {url_begin}")
                url = url_bytes.decode("utf-8", "replace")
            length = utf16 - top_entity.offset
            if entity_type == "custom_emoji":
                emoji_id = _custom_emoji_id(url)
                entity = {
                    "type": "custom_emoji",
                    "offset": top_entity.offset,
                    "length": length,
                    "custom_emoji_id": emoji_id,
                }
            else:
                entity = _link_entity(top_entity.offset, length, url)
                skip = skip or entity is None
        elif entity_type == "blockquote":
            have_blockquote = False
            result.append(text[i])
            utf16 += 1

        if not skip:
            if entity is None:
                entity = _plain_entity(entity_type, top_entity.offset, utf16 - top_entity.offset)
                if entity_type == "pre_code":
                    entity["language"] = argument
            entities.append(entity)
        nested.pop()

    if have_blockquote and nested and nested[-1].type == "blockquote":
        length = utf16 - nested[-1].offset
        if length:
            entities.append(_plain_entity("blockquote", nested[-1].offset, length))
        nested.pop()
    if nested:
        raise EntityParseError(
            f"Can't find end of {_MDV2_TYPE_NAMES[nested[-1].type]} entity at byte offset "
            f"{nested[-1].byte_offset}"
        )
    return result.decode("utf-8", "replace"), _sort_entities(entities)


def _plain_entity(entity_type: str, offset: int, length: int) -> JSONDict:
    api_type = "pre" if entity_type == "pre_code" else entity_type
    return {"type": api_type, "offset": offset, "length": length}


def parse_markdown(markup: str) -> tuple[str, list[JSONDict]]:
    """Port of TDLib's legacy ``parse_markdown`` (``parse_mode=Markdown``)."""
    text = _Bytes(markup)
    result = bytearray()
    entities: list[JSONDict] = []
    utf16 = 0
    i = -1
    while True:
        i += 1
        if i >= text.size:
            break
        c = text[i]
        if c == 0x5C and text[i + 1] in b"_*`[" and text[i + 1] != 0:
            i += 1
            result.append(text[i])
            utf16 += 1
            continue
        if c not in b"_*`[":
            if _is_first_code_unit(c):
                utf16 += _utf16_width(c)
            result.append(c)
            continue

        begin_pos = i
        end_character = ord("]") if c == ord("[") else c
        is_pre = False
        i += 1
        language = ""
        if c == ord("`") and text[i] == ord("`") and text[i + 1] == ord("`"):
            i += 2
            is_pre = True
            language_end = i
            while not _is_space(text[language_end]) and text[language_end] != ord("`"):
                language_end += 1
            if i != language_end and language_end < text.size and text[language_end] != ord("`"):
                language = text.data[i:language_end].decode("utf-8", "replace")
                i = language_end
            if text[i] in (0x0A, 0x0D):
                if text[i + 1] in (0x0A, 0x0D) and text[i] != text[i + 1]:
                    i += 2
                else:
                    i += 1

        entity_offset = utf16
        while i < text.size and (
            text[i] != end_character
            or (is_pre and not (text[i + 1] == ord("`") and text[i + 2] == ord("`")))
        ):
            if _is_first_code_unit(text[i]):
                utf16 += _utf16_width(text[i])
            result.append(text[i])
            i += 1
        if i == text.size:
            raise EntityParseError(
                f"Can't find end of the entity starting at byte offset {begin_pos}"
            )

        if entity_offset != utf16:
            length = utf16 - entity_offset
            if c == ord("_"):
                entities.append(_plain_entity("italic", entity_offset, length))
            elif c == ord("*"):
                entities.append(_plain_entity("bold", entity_offset, length))
            elif c == ord("["):
                if text[i + 1] != ord("("):
                    url = text.data[begin_pos + 1 : i].decode("utf-8", "replace")
                else:
                    i += 2
                    url_bytes = bytearray()
                    while i < text.size and text[i] != ord(")"):
                        url_bytes.append(text[i])
                        i += 1
                    url = url_bytes.decode("utf-8", "replace")
                link = _link_entity(entity_offset, length, url)
                if link is not None:
                    entities.append(link)
            elif is_pre:
                pre = _plain_entity("pre", entity_offset, length)
                if language:
                    pre["language"] = language
                entities.append(pre)
            else:
                entities.append(_plain_entity("code", entity_offset, length))
        if is_pre:
            i += 2
    return result.decode("utf-8", "replace"), _sort_entities(entities)


_HTML_TAGS: Final = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "s",
        "strike",
        "del",
        "u",
        "ins",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    }
)


def _decode_html_entity(text: _Bytes, pos: int) -> tuple[int, int]:
    """TDLib's ``decode_html_entity``: (code point or 0, position after the entity)."""
    end_pos = pos + 1
    code = 0
    if text[pos + 1] == ord("#"):
        end_pos += 1
        if text[pos + 2] == ord("x"):
            end_pos += 1
            while chr(text[end_pos]) in "0123456789abcdefABCDEF" and text[end_pos] != 0:
                code = code * 16 + int(chr(text[end_pos]), 16)
                end_pos += 1
        else:
            while ord("0") <= text[end_pos] <= ord("9"):
                code = code * 10 + text[end_pos] - ord("0")
                end_pos += 1
        if code == 0 or code >= 0x10FFFF or end_pos - pos >= 10:
            return 0, pos
    else:
        while chr(text[end_pos]).isascii() and chr(text[end_pos]).isalpha():
            end_pos += 1
        name = text.data[pos + 1 : end_pos]
        named = {b"lt": "<", b"gt": ">", b"amp": "&", b"quot": '"'}.get(bytes(name))
        if named is None:
            return 0, pos
        code = ord(named)
    if text[end_pos] == ord(";"):
        return code, end_pos + 1
    return code, end_pos


def _encode_code_point(code: int) -> bytes:
    return chr(code).encode("utf-8", "surrogatepass")


def parse_html(markup: str) -> tuple[str, list[JSONDict]]:
    """Port of TDLib's ``parse_html`` (current attribute rules, e.g. ``<blockquote expandable>``).

    Raises :class:`EntityParseError` with TDLib's message (byte offsets into the UTF-8 markup).
    """
    text = _Bytes(markup)
    result = bytearray()
    entities: list[JSONDict] = []
    utf16 = 0
    need_recheck_utf8 = False
    nested: list[_OpenEntity] = []  # type holds the tag name here
    i = -1
    while True:
        i += 1
        if i >= text.size:
            break
        c = text[i]
        if c == ord("&"):
            code, end = _decode_html_entity(text, i)
            if code != 0:
                i = end - 1
                utf16 += 2 if code > 0xFFFF else 1
                if 0xD800 <= code <= 0xDFFF:
                    need_recheck_utf8 = True
                result += _encode_code_point(code)
                continue
        if c != ord("<"):
            if _is_first_code_unit(c):
                utf16 += _utf16_width(c)
            result.append(c)
            continue

        begin_pos = i
        i += 1
        if text[i] != ord("/"):
            while not _is_space(text[i]) and text[i] != ord(">"):
                i += 1
            if text[i] == 0:
                raise EntityParseError(f"Unclosed start tag at byte offset {begin_pos}")
            tag_name = text.data[begin_pos + 1 : i].decode("utf-8", "replace").lower()
            if tag_name not in _HTML_TAGS:
                raise EntityParseError(
                    f'Unsupported start tag "{tag_name}" at byte offset {begin_pos}'
                )
            argument = ""
            while text[i] != ord(">"):
                while text[i] != 0 and _is_space(text[i]):
                    i += 1
                if text[i] == ord(">"):
                    break
                if text[i] == 0:
                    raise EntityParseError(
                        f'Unclosed start tag "{tag_name}" at byte offset {begin_pos}'
                    )
                attribute_begin = i
                while not _is_space(text[i]) and text[i] not in (ord("="), ord(">")):
                    i += 1
                attribute_name = text.data[attribute_begin:i].decode("utf-8", "replace")
                if not attribute_name:
                    raise EntityParseError(
                        f'Empty attribute name in the tag "{tag_name}" at byte offset {begin_pos}'
                    )
                while text[i] != 0 and _is_space(text[i]):
                    i += 1
                if text[i] != ord("="):
                    if text[i] == 0:
                        raise EntityParseError(
                            f'Unclosed start tag "{tag_name}" at byte offset {begin_pos}'
                        )
                    if tag_name == "blockquote" and attribute_name == "expandable":
                        argument = "expandable"
                    continue
                i += 1
                while text[i] != 0 and _is_space(text[i]):
                    i += 1
                if text[i] == 0:
                    raise EntityParseError(
                        f'Unclosed start tag "{tag_name}" at byte offset {begin_pos}'
                    )
                if text[i] not in (ord("'"), ord('"')):
                    token_begin = i
                    while chr(text[i]).isascii() and (
                        chr(text[i]).isalnum() or text[i] in (ord("."), ord("-"))
                    ):
                        i += 1
                    value = text.data[token_begin:i].decode("utf-8", "replace").lower()
                    if not _is_space(text[i]) and text[i] != ord(">"):
                        raise EntityParseError(
                            f"Unexpected end of name token at byte offset {token_begin}"
                        )
                else:
                    end_character = text[i]
                    i += 1
                    value_bytes = bytearray()
                    while text[i] != end_character and text[i] != 0:
                        if text[i] == ord("&"):
                            code, end = _decode_html_entity(text, i)
                            if code != 0:
                                value_bytes += _encode_code_point(code)
                                i = end
                                continue
                        value_bytes.append(text[i])
                        i += 1
                    if text[i] == end_character:
                        i += 1
                    value = value_bytes.decode("utf-8", "replace")
                if text[i] == 0:
                    raise EntityParseError(f"Unclosed start tag at byte offset {begin_pos}")
                if tag_name == "a" and attribute_name == "href":
                    argument = value
                elif (
                    tag_name == "code"
                    and attribute_name == "class"
                    and value.startswith("language-")
                ):
                    argument = value[len("language-") :]
                elif tag_name == "span" and attribute_name == "class" and value.startswith("tg-"):
                    argument = value[len("tg-") :]
                elif tag_name == "tg-emoji" and attribute_name == "emoji-id":
                    argument = value
                elif tag_name == "blockquote" and attribute_name == "expandable":
                    argument = "expandable"
            if tag_name == "span" and argument != "spoiler":
                raise EntityParseError(
                    f'Tag "span" must have class "tg-spoiler" at byte offset {begin_pos}'
                )
            nested.append(_OpenEntity(tag_name, argument, utf16, begin_pos, len(result)))
            continue

        # end tag
        if not nested:
            raise EntityParseError(f"Unexpected end tag at byte offset {begin_pos}")
        while not _is_space(text[i]) and text[i] != ord(">"):
            i += 1
        end_tag_name = text.data[begin_pos + 2 : i].decode("utf-8", "replace").lower()
        while _is_space(text[i]) and text[i] != 0:
            i += 1
        if text[i] != ord(">"):
            raise EntityParseError(f"Unclosed end tag at byte offset {begin_pos}")
        open_tag = nested[-1]
        tag_name = open_tag.type
        if end_tag_name and end_tag_name != tag_name:
            raise EntityParseError(
                f"Unmatched end tag at byte offset {begin_pos}, "
                f'expected "</{tag_name}>", found "</{end_tag_name}>"'
            )
        if utf16 > open_tag.offset:
            offset, length = open_tag.offset, utf16 - open_tag.offset
            if tag_name in ("i", "em"):
                entities.append(_plain_entity("italic", offset, length))
            elif tag_name in ("b", "strong"):
                entities.append(_plain_entity("bold", offset, length))
            elif tag_name in ("s", "strike", "del"):
                entities.append(_plain_entity("strikethrough", offset, length))
            elif tag_name in ("u", "ins"):
                entities.append(_plain_entity("underline", offset, length))
            elif tag_name in ("tg-spoiler", "span"):
                entities.append(_plain_entity("spoiler", offset, length))
            elif tag_name == "tg-emoji":
                if not open_tag.argument.isdigit() or int(open_tag.argument) == 0:
                    raise EntityParseError("Invalid custom emoji identifier specified")
                emoji = _plain_entity("custom_emoji", offset, length)
                emoji["custom_emoji_id"] = str(int(open_tag.argument))
                entities.append(emoji)
            elif tag_name == "a":
                url = open_tag.argument or result[open_tag.begin_pos :].decode("utf-8", "replace")
                link = _link_entity(offset, length, url)
                if link is not None:
                    entities.append(link)
            elif tag_name == "pre":
                last = entities[-1] if entities else None
                if (
                    last is not None
                    and last["type"] == "code"
                    and (last["offset"], last["length"]) == (offset, length)
                    and last.get("language")
                ):
                    last["type"] = "pre"
                else:
                    entities.append(_plain_entity("pre", offset, length))
            elif tag_name == "code":
                last = entities[-1] if entities else None
                if (
                    last is not None
                    and last["type"] == "pre"
                    and not last.get("language")
                    and (last["offset"], last["length"]) == (offset, length)
                    and open_tag.argument
                ):
                    last["language"] = open_tag.argument
                else:
                    code_entity = _plain_entity("code", offset, length)
                    if open_tag.argument:
                        code_entity["language"] = open_tag.argument
                    entities.append(code_entity)
            elif tag_name == "blockquote":
                kind = "expandable_blockquote" if open_tag.argument else "blockquote"
                entities.append(_plain_entity(kind, offset, length))
        nested.pop()

    if nested:
        raise EntityParseError(
            f'Can\'t find end tag corresponding to start tag "{nested[-1].type}"'
        )
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)
    try:
        decoded = bytes(result).decode("utf-8")
    except UnicodeDecodeError:
        if need_recheck_utf8:
            raise EntityParseError(
                "Text contains invalid Unicode characters after decoding HTML entities, "
                "check for unmatched surrogate code units"
            ) from None
        decoded = bytes(result).decode("utf-8", "replace")
    return decoded, _sort_entities(entities)


# Entities clients detect on their own (Telegram ignores them when a bot passes them).
_AUTO_ENTITY_TYPES: Final = frozenset(
    {"mention", "hashtag", "cashtag", "bot_command", "url", "email", "phone_number"}
)
_FORMATTING_ENTITY_TYPES: Final = frozenset(
    {
        "bold",
        "italic",
        "underline",
        "strikethrough",
        "spoiler",
        "blockquote",
        "expandable_blockquote",
        "code",
        "pre",
        "text_link",
        "text_mention",
        "custom_emoji",
    }
)
_SHORT_MENTIONS: Final = frozenset(
    {"gif", "wiki", "vid", "bing", "pic", "bold", "imdb", "coub", "like", "vote"}
)
_BOT_COMMAND_RE: Final = re.compile(
    r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>@])"
)
_MENTION_RE: Final = re.compile(r"(?<!\w)@([A-Za-z0-9_]{2,32})(?!\w)")
_HASHTAG_RE: Final = re.compile(r"(?<![\w\u200c])#([\w\u200c]{1,256})(?![\w\u200c]*#)")
_EMAIL_RE: Final = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w@])"
)
_URL_RE: Final = re.compile(
    r"(?i)(?<![\w@/.])(?:(?:https?|ftp)://|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    r"\.(?:nl|be|eu|com|org|net|info|io|dev|app|de|fr|uk|me|gov)(?![\w-]))"
    r"[^\s<>\"«»]*"
)


def _trim_url(candidate: str) -> str:
    while candidate and candidate[-1] in ".:;,('?!`":
        candidate = candidate[:-1]
    while candidate.endswith(")") and candidate.count(")") > candidate.count("("):
        candidate = candidate[:-1]
    return candidate


def find_entities(text: str) -> list[JSONDict]:
    """What a Telegram client marks up by itself: commands, mentions, hashtags, URLs, e-mails.

    A simplified version of TDLib's ``find_entities``; offsets are in UTF-16 code units.
    """
    found: list[tuple[int, int, str]] = []
    for match in _BOT_COMMAND_RE.finditer(text):
        found.append((match.start(), match.end(), "bot_command"))
    for match in _MENTION_RE.finditer(text):
        name = match.group(1)
        if len(name) >= 5 or name.lower() in _SHORT_MENTIONS:
            found.append((match.start(), match.end(), "mention"))
    for match in _HASHTAG_RE.finditer(text):
        if any(char.isalpha() for char in match.group(1)):
            found.append((match.start(), match.end(), "hashtag"))
    for match in _EMAIL_RE.finditer(text):
        found.append((match.start(), match.end(), "email"))
    for match in _URL_RE.finditer(text):
        url = _trim_url(match.group(0))
        if url and checked_link(url if "://" in url else "http://" + url):
            found.append((match.start(), match.start() + len(url), "url"))
    found.sort(key=lambda item: (item[0], -item[1]))
    prefix = _utf16_prefix(text)
    entities: list[JSONDict] = []
    taken_until = -1
    for start, end, entity_type in found:
        if start < taken_until:
            continue
        taken_until = end
        entities.append(
            {"type": entity_type, "offset": prefix[start], "length": prefix[end] - prefix[start]}
        )
    return entities


_TRIM_CHARS: Final = " \t\r\n\x0b\x0c"


def _trim_text(text: str, entities: list[JSONDict]) -> tuple[str, list[JSONDict]]:
    """Strip surrounding whitespace like the Bot API does and clip the entities to match."""
    left = len(text) - len(text.lstrip(_TRIM_CHARS))
    trimmed = text.strip(_TRIM_CHARS)
    shift = utf16_len(text[:left])
    new_length = utf16_len(trimmed)
    kept: list[JSONDict] = []
    for entity in entities:
        start = max(0, entity["offset"] - shift)
        end = min(new_length, entity["offset"] - shift + entity["length"])
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return trimmed, kept


def _merge_auto_entities(text: str, entities: list[JSONDict]) -> list[JSONDict]:
    blocking = [
        (e["offset"], e["offset"] + e["length"])
        for e in entities
        if e["type"] in ("code", "pre", "text_link", "text_mention", "custom_emoji")
    ]
    merged = list(entities)
    for auto in find_entities(text):
        start, end = auto["offset"], auto["offset"] + auto["length"]
        if not any(start < b_end and b_start < end for b_start, b_end in blocking):
            merged.append(auto)
    return _sort_entities(merged)


# ---------------------------------------------------------------------------------------------
# The simulated world and what the emulator records
# ---------------------------------------------------------------------------------------------


@dataclass(eq=False)
class SimUser:
    """A simulated Telegram account (a person, or another bot)."""

    id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    is_bot: bool = False
    language_code: str | None = "nl"

    def to_api(self, *, with_language: bool = True) -> JSONDict:
        """The Bot API ``User`` object (``language_code`` only appears where the user acts)."""
        data: JSONDict = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if with_language and self.language_code and not self.is_bot:
            data["language_code"] = self.language_code
        return data


_MEMBER_STATUSES: Final = frozenset(
    {"creator", "administrator", "member", "restricted", "left", "kicked"}
)
_PRESENT_STATUSES: Final = frozenset({"creator", "administrator", "member", "restricted"})


@dataclass(eq=False)
class SimChat:
    """A simulated chat: a private chat with one user, a group or a supergroup."""

    id: int
    type: str
    title: str | None = None
    username: str | None = None
    user: SimUser | None = None
    privacy_mode: bool | None = None
    started: bool = True
    blocked: bool = False
    statuses: dict[int, str] = field(default_factory=dict)
    chat_instance: str = field(default_factory=lambda: str(secrets.randbits(62)))
    next_message_id: int = 1

    @property
    def is_group(self) -> bool:
        return self.type in ("group", "supergroup")

    def to_api(self) -> JSONDict:
        """The Bot API ``Chat`` object."""
        if self.type == "private":
            assert self.user is not None
            data: JSONDict = {"id": self.id, "first_name": self.user.first_name}
            if self.user.last_name:
                data["last_name"] = self.user.last_name
            if self.user.username:
                data["username"] = self.user.username
            data["type"] = "private"
            return data
        data = {"id": self.id, "title": self.title or "", "type": self.type}
        if self.username:
            data["username"] = self.username
        return data


@dataclass(frozen=True)
class MessageVersion:
    """An earlier state of a message the bot sent (kept in :attr:`SentMessage.edits`)."""

    text: str | None
    entities: list[JSONDict]
    caption: str | None
    reply_markup: JSONDict | None
    date: int


@dataclass(eq=False)
class SentMessage:
    """A message the bot sent, as the emulator stored it (current state plus edit history)."""

    chat_id: int
    message_id: int
    method: str
    date: int
    text: str | None = None
    entities: list[JSONDict] = field(default_factory=list)
    caption: str | None = None
    parse_mode: str | None = None
    reply_markup: JSONDict | None = None
    reply_to_message_id: int | None = None
    link_preview_options: JSONDict | None = None
    document: JSONDict | None = None
    photo: list[JSONDict] | None = None
    edits: list[MessageVersion] = field(default_factory=list)
    deleted: bool = False
    params: dict[str, str] = field(default_factory=dict)
    raw: JSONDict = field(default_factory=dict)
    sent_at: float = 0.0

    @property
    def inline_keyboard(self) -> list[list[JSONDict]]:
        """The rows of the current inline keyboard (empty without one)."""
        if not self.reply_markup:
            return []
        rows = self.reply_markup.get("inline_keyboard") or []
        return [list(row) for row in rows]

    @property
    def buttons(self) -> list[JSONDict]:
        """All inline buttons, row by row."""
        return [button for row in self.inline_keyboard for button in row]

    @property
    def callback_data(self) -> list[str]:
        """The ``callback_data`` of every inline button, in order."""
        return [b["callback_data"] for b in self.buttons if "callback_data" in b]

    @property
    def is_edited(self) -> bool:
        return bool(self.edits)


@dataclass(frozen=True)
class CallbackAnswer:
    """One ``answerCallbackQuery`` the bot made."""

    callback_query_id: str
    callback_data: str | None
    chat_id: int
    message_id: int
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None
    time: float


@dataclass
class ApiCall:
    """One HTTP request to the Bot API (recorded on arrival, completed with its status)."""

    method: str
    params: dict[str, str]
    files: list[str]
    time: float
    wall_time: float
    status: int | None = None
    description: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def chat_id(self) -> int | str | None:
        raw = self.params.get("chat_id")
        if raw is None:
            return None
        try:
            return int(raw)
        except ValueError:
            return raw


@dataclass(frozen=True)
class ChatAction:
    chat_id: int
    action: str
    time: float


@dataclass(frozen=True)
class LimitEvent:
    """An emulated flood-control rejection (429) and the rule that caused it."""

    method: str
    chat_id: int
    rule: str
    retry_after: int
    time: float


@dataclass(frozen=True)
class WebhookDelivery:
    """One POST of an update to the webhook, successful or not."""

    update_id: int
    url: str
    time: float
    status: int | None
    error: str | None
    secret_token: str | None


class CommandScopeKey(NamedTuple):
    """Key of :attr:`TelegramEmulator.commands`: a ``BotCommandScope`` plus language code."""

    scope: str = "default"
    chat_id: int | None = None
    user_id: int | None = None
    language_code: str = ""


@dataclass(eq=False)
class StoredFile:
    """A file the emulator knows (uploaded by the bot or sent by a simulated user)."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None = None
    mime_type: str | None = None


@dataclass
class _Fault:
    method: str  # lower-case method name, or "*"
    remaining: int
    kind: str  # "fail" | "drop"
    status: int = 429
    retry_after: int | None = None
    description: str | None = None
    after_processing: bool = False


@dataclass(eq=False)
class _QueueEntry:
    update: JSONDict
    forced: bool = False
    delivered: bool = False

    @property
    def update_id(self) -> int:
        return int(self.update["update_id"])


@dataclass
class _PendingQuery:
    data: str | None
    chat_id: int
    message_id: int
    created: float
    answered: bool = False


@dataclass(frozen=True)
class _Webhook:
    url: str
    secret_token: str | None
    max_connections: int
    has_custom_certificate: bool
    ip_address: str | None


@dataclass
class _Limits:
    per_chat_per_sec: float | None
    group_per_min: int | None
    global_per_sec: int | None
    methods: frozenset[str]


@dataclass(frozen=True)
class _Upload:
    filename: str | None
    content_type: str | None
    data: bytes


class _Described(NamedTuple):
    """A successful result that Telegram answers with a ``description`` as well."""

    result: Any
    description: str


_SEND_METHODS: Final = frozenset({"sendMessage", "sendDocument", "sendPhoto"})
_TOKEN_RE: Final = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
_LANGUAGE_RE: Final = re.compile(r"^[a-z]{2}$")
_COMMAND_RE: Final = re.compile(r"^[a-z0-9_]+$")
_SECRET_RE: Final = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_INLINE_BUTTON_KEYS: Final = (
    "text",
    "icon_custom_emoji_id",
    "style",
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_INLINE_BUTTON_ACTIONS: Final = frozenset(_INLINE_BUTTON_KEYS) - {
    "text",
    "icon_custom_emoji_id",
    "style",
}
_SERVICE_MESSAGE_KEYS: Final = frozenset(
    {
        "new_chat_members",
        "left_chat_member",
        "new_chat_title",
        "new_chat_photo",
        "delete_chat_photo",
        "group_chat_created",
        "supergroup_chat_created",
        "migrate_to_chat_id",
        "migrate_from_chat_id",
        "pinned_message",
    }
)
_LOOPBACK_HOSTS: Final = frozenset({"127.0.0.1", "localhost", "::1"})


@cache
def _real_bot_api_methods() -> frozenset[str]:
    """Lower-cased names of real Bot API methods, taken from PTB's camelCase aliases."""
    try:
        from telegram import Bot  # optional: only used to tell 404 from 501
    except ImportError:  # pragma: no cover - PTB is installed with the telegram extra
        return frozenset()
    names = set()
    for name in dir(Bot):
        if name[:1].islower() and name != name.lower() and callable(getattr(Bot, name, None)):
            names.add(name.lower())
    return frozenset(names)


def _clone(value: Any) -> Any:
    """A deep copy of JSON data (updates must not change when messages are edited later)."""
    return json.loads(json.dumps(value))


def _without_reply(message: JSONDict) -> JSONDict:
    """A message as it appears inside ``reply_to_message`` (Telegram nests only one level)."""
    copy = _clone(message)
    copy.pop("reply_to_message", None)
    return copy  # type: ignore[no-any-return]


class _Params:
    """Request parameters, all as strings like the Bot API server sees them, plus uploads."""

    def __init__(self, values: dict[str, str], files: dict[str, _Upload]) -> None:
        self.values = values
        self.files = files

    def __contains__(self, name: str) -> bool:
        return name in self.values or name in self.files

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def get_int(self, name: str, default: int | None = None) -> int | None:
        raw = self.values.get(name)
        if raw is None or raw == "":
            return default
        try:
            return int(raw)
        except ValueError:
            try:
                as_float = float(raw)
            except ValueError:
                raise _bad_request(f"invalid parameter {name} specified") from None
            return int(as_float)

    def get_float(self, name: str, default: float) -> float:
        raw = self.values.get(name)
        if raw is None or raw == "":
            return default
        try:
            return float(raw)
        except ValueError:
            raise _bad_request(f"invalid parameter {name} specified") from None

    def get_bool(self, name: str) -> bool:
        raw = self.values.get(name)
        return raw is not None and raw.strip().lower() in ("true", "1")

    def get_json(self, name: str, error: str) -> Any:
        raw = self.values.get(name)
        if raw is None or raw == "":
            return None
        try:
            return json.loads(raw)
        except ValueError:
            raise _bad_request(error) from None


def _retry_after(times: Sequence[float], limit: int, window: float, now: float) -> int | None:
    """Seconds until fewer than ``limit`` of ``times`` fall within the last ``window``."""
    recent = [t for t in times if t > now - window]
    if len(recent) < limit:
        return None
    blocking = recent[len(recent) - limit]
    return max(1, math.ceil(blocking + window - now))


# ---------------------------------------------------------------------------------------------
# The emulator
# ---------------------------------------------------------------------------------------------


class TelegramEmulator:
    """A Bot API server on 127.0.0.1 for one bot, plus a Python control API for tests.

    Use as ``async with TelegramEmulator(token=...) as emu:``; everything it starts (the HTTP
    server, the webhook sender) is stopped on exit, and pending long polls are answered.
    """

    def __init__(
        self,
        token: str = "123456789:TEST-verbonden-emulator",
        *,
        username: str = "verbonden_test_bot",
        first_name: str = "Verbonden",
        privacy_mode: bool = True,
        host: str = "127.0.0.1",
        port: int = 0,
        webhook_retry_delays: Sequence[float] = (0.05, 0.1, 0.25, 0.5, 1.0),
        webhook_timeout: float = 5.0,
        webhook_require_https: bool = False,
        callback_query_ttl: float | None = None,
        first_update_id: int = 100_000_001,
    ) -> None:
        if not _TOKEN_RE.match(token):
            raise ValueError(f"not a Bot API token: {token!r} (expected '<digits>:<secret>')")
        if host not in _LOOPBACK_HOSTS:
            raise ValueError("the emulator only binds to loopback")
        self.token = token
        self.privacy_mode = privacy_mode
        self.bot_user = SimUser(
            int(token.split(":", 1)[0]), first_name, username=username, is_bot=True
        )
        self._host = host
        self._port = port
        self._webhook_retry_delays = tuple(webhook_retry_delays) or (0.05,)
        self._webhook_timeout = webhook_timeout
        self._webhook_require_https = webhook_require_https
        self._callback_query_ttl = callback_query_ttl

        # the simulated world
        self._users: dict[int, SimUser] = {self.bot_user.id: self.bot_user}
        self._chats: dict[int, SimChat] = {}
        self._messages: dict[tuple[int, int], JSONDict] = {}
        self._deleted: set[tuple[int, int]] = set()
        self._files: dict[str, StoredFile] = {}
        self._file_counter = 0
        self._group_counter = 0

        # updates
        self._next_update_id = first_update_id
        self._updates: dict[int, JSONDict] = {}
        self._queue: list[_QueueEntry] = []
        self._allowed_updates: list[str] | None = None
        self._poll_generation = 0
        self._webhook: _Webhook | None = None
        self._webhook_task: asyncio.Task[None] | None = None
        self._webhook_last_error: tuple[int, str] | None = None

        # recordings, available to tests
        self.calls: list[ApiCall] = []
        self.unsupported_calls: list[ApiCall] = []
        self.callback_answers: list[CallbackAnswer] = []
        self.commands: dict[CommandScopeKey, list[JSONDict]] = {}
        self.chat_actions: list[ChatAction] = []
        self.webhook_deliveries: list[WebhookDelivery] = []
        self.limit_events: list[LimitEvent] = []
        self.filtered_updates: list[JSONDict] = []
        self._sent: list[SentMessage] = []
        self._sent_by_key: dict[tuple[int, int], SentMessage] = {}
        self._callback_queries: dict[str, _PendingQuery] = {}

        # fault injection, limits, latency
        self._faults: list[_Fault] = []
        self._limits: _Limits | None = None
        self._send_log: deque[tuple[float, int, bool]] = deque()
        self._latency = 0.0

        self._waiters: set[asyncio.Future[None]] = set()
        self._closing = False
        self._runner: web.AppRunner | None = None

        handlers: list[tuple[str, Callable[[_Params], Awaitable[Any]]]] = [
            ("getMe", self._m_get_me),
            ("logOut", self._m_log_out),
            ("close", self._m_close),
            ("getUpdates", self._m_get_updates),
            ("setWebhook", self._m_set_webhook),
            ("deleteWebhook", self._m_delete_webhook),
            ("getWebhookInfo", self._m_get_webhook_info),
            ("sendMessage", self._m_send_message),
            ("sendDocument", self._m_send_document),
            ("sendPhoto", self._m_send_photo),
            ("editMessageText", self._m_edit_message_text),
            ("editMessageReplyMarkup", self._m_edit_message_reply_markup),
            ("deleteMessage", self._m_delete_message),
            ("answerCallbackQuery", self._m_answer_callback_query),
            ("setMyCommands", self._m_set_my_commands),
            ("getMyCommands", self._m_get_my_commands),
            ("deleteMyCommands", self._m_delete_my_commands),
            ("sendChatAction", self._m_send_chat_action),
            ("getChat", self._m_get_chat),
            ("getChatMember", self._m_get_chat_member),
            ("getChatAdministrators", self._m_get_chat_administrators),
            ("getChatMemberCount", self._m_get_chat_member_count),
            ("getFile", self._m_get_file),
        ]
        self._methods = {name.lower(): (name, handler) for name, handler in handlers}

    # -- lifecycle ------------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def start(self) -> None:
        """Start the HTTP server (on a free port unless one was given)."""
        if self._runner is not None:
            raise RuntimeError("the emulator is already running")
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_route("*", "/file/bot{token}/{path:.+}", self._handle_file)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, self._host, self._port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._port = int(runner.addresses[0][1])
        _LOGGER.debug("Telegram emulator listening on %s", self.root_url)

    async def close(self) -> None:
        """Answer pending long polls, stop the webhook sender and the server."""
        self._closing = True
        self._changed()
        await self._stop_webhook_task()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    @property
    def port(self) -> int:
        return self._port

    @property
    def root_url(self) -> str:
        return f"http://{self._host}:{self._port}"

    @property
    def base_url(self) -> str:
        """For ``telegram.Bot(base_url=...)`` (PTB appends the token)."""
        return f"{self.root_url}/bot"

    @property
    def base_file_url(self) -> str:
        """For ``telegram.Bot(base_file_url=...)`` (PTB appends the token)."""
        return f"{self.root_url}/file/bot"

    @property
    def api_url(self) -> str:
        """The full method prefix, ``{root}/bot<token>``, for raw HTTP tests."""
        return f"{self.base_url}{self.token}"

    # -- the simulated world -------------------------------------------------------------------

    def user(
        self,
        id: int,
        first_name: str,
        username: str | None = None,
        is_bot: bool = False,
        *,
        last_name: str | None = None,
        language_code: str | None = "nl",
    ) -> SimUser:
        """Create (or replace) a simulated account."""
        if id == self.bot_user.id:
            raise ValueError("that id belongs to the emulated bot itself")
        if id <= 0:
            raise ValueError("user ids are positive")
        user = SimUser(id, first_name, username, last_name, is_bot, language_code)
        self._users[id] = user
        return user

    def private_chat(self, user: SimUser, *, started: bool = True) -> SimChat:
        """The private chat between ``user`` and the bot (``started``: the user pressed Start)."""
        if user.is_bot:
            raise ValueError("bots cannot have private chats with other bots")
        self._users[user.id] = user
        chat = self._chats.get(user.id)
        if chat is None:
            chat = SimChat(user.id, "private", user=user, started=started)
            chat.statuses = {user.id: "member", self.bot_user.id: "member"}
            self._chats[chat.id] = chat
        elif started:
            chat.started = True
        return chat

    def group(
        self,
        title: str,
        members: Iterable[SimUser] = (),
        admins: Iterable[SimUser] = (),
        bot_privacy_mode: bool | None = None,
        *,
        creator: SimUser | None = None,
        supergroup: bool = False,
        bot_status: str = "member",
        username: str | None = None,
    ) -> SimChat:
        """A group the bot is already in (``bot_status``) with members, admins and a creator.

        ``bot_privacy_mode`` overrides the bot-wide ``privacy_mode`` for this group (on real
        Telegram privacy mode is per bot; the override exists to test both in one emulator).
        """
        if bot_status not in _MEMBER_STATUSES:
            raise ValueError(f"unknown member status {bot_status!r}")
        self._group_counter += 1
        chat_id = (
            -(1_000_000_000_000 + 2_300_000_000 + self._group_counter)
            if supergroup
            else -(4_500_000_000 + self._group_counter)
        )
        chat = SimChat(
            chat_id,
            "supergroup" if supergroup else "group",
            title=title,
            username=username,
            privacy_mode=bot_privacy_mode,
        )
        for member in members:
            self._users[member.id] = member
            chat.statuses[member.id] = "member"
        for admin in admins:
            self._users[admin.id] = admin
            chat.statuses[admin.id] = "administrator"
        if creator is not None:
            self._users[creator.id] = creator
            chat.statuses[creator.id] = "creator"
        chat.statuses[self.bot_user.id] = bot_status
        self._chats[chat.id] = chat
        return chat

    def set_member_status(self, chat: SimChat, user: SimUser, status: str) -> None:
        """Change a status silently (no update); use :meth:`new_chat_member` for the event."""
        if status not in _MEMBER_STATUSES:
            raise ValueError(f"unknown member status {status!r}")
        self._users[user.id] = user
        chat.statuses[user.id] = status

    def chat(self, chat_id: int) -> SimChat:
        return self._chats[chat_id]

    # -- injecting updates ---------------------------------------------------------------------

    def send_text(
        self,
        user: SimUser,
        chat: SimChat,
        text: str,
        *,
        reply_to: SentMessage | int | None = None,
        force: bool = False,
    ) -> int | None:
        """``user`` writes ``text`` in ``chat``; returns the update_id, or None if not delivered.

        Entities are detected like a Telegram client does (``bot_command``, ``mention``,
        ``hashtag``, ``url``, ``email``). Not delivered: group messages hidden by privacy mode,
        messages from bots, update types outside ``allowed_updates``. ``force`` delivers anyway.
        """
        if not text:
            raise ValueError("Telegram clients cannot send an empty message")
        content: JSONDict = {"text": text}
        entities = find_entities(text)
        if entities:
            content["entities"] = entities
        return self._inject_message(user, chat, content, reply_to=reply_to, force=force)

    def send_sticker(
        self,
        user: SimUser,
        chat: SimChat,
        *,
        emoji: str = "👍",
        reply_to: SentMessage | int | None = None,
        force: bool = False,
    ) -> int | None:
        stored = self._store_file(b"RIFF\x00\x00\x00\x00WEBPVP8 ", "stickers", "sticker.webp")
        sticker = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "set_name": "VerbondenTestStickers",
            "file_size": len(stored.data),
        }
        return self._inject_message(
            user, chat, {"sticker": sticker}, reply_to=reply_to, force=force
        )

    def send_photo(
        self,
        user: SimUser,
        chat: SimChat,
        *,
        caption: str | None = None,
        data: bytes = b"\xff\xd8\xff\xe0 fake jpeg \xff\xd9",
        reply_to: SentMessage | int | None = None,
        force: bool = False,
    ) -> int | None:
        sizes = []
        for width, height in ((90, 68), (320, 240), (800, 600)):
            stored = self._store_file(data, "photos", "photo.jpg", "image/jpeg")
            sizes.append(
                {
                    "file_id": stored.file_id,
                    "file_unique_id": stored.file_unique_id,
                    "file_size": len(data),
                    "width": width,
                    "height": height,
                }
            )
        content: JSONDict = {"photo": sizes}
        self._add_caption(content, caption)
        return self._inject_message(user, chat, content, reply_to=reply_to, force=force)

    def send_voice(
        self,
        user: SimUser,
        chat: SimChat,
        *,
        duration: int = 3,
        data: bytes = b"OggS fake voice",
        reply_to: SentMessage | int | None = None,
        force: bool = False,
    ) -> int | None:
        stored = self._store_file(data, "voice", "voice.oga", "audio/ogg")
        voice = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": len(data),
        }
        return self._inject_message(user, chat, {"voice": voice}, reply_to=reply_to, force=force)

    def send_document(
        self,
        user: SimUser,
        chat: SimChat,
        *,
        file_name: str = "notities.txt",
        data: bytes = b"Hallo!\n",
        mime_type: str | None = None,
        caption: str | None = None,
        reply_to: SentMessage | int | None = None,
        force: bool = False,
    ) -> int | None:
        mime = mime_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        stored = self._store_file(data, "documents", file_name, mime)
        document = {
            "file_name": file_name,
            "mime_type": mime,
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(data),
        }
        content: JSONDict = {"document": document}
        self._add_caption(content, caption)
        return self._inject_message(user, chat, content, reply_to=reply_to, force=force)

    def send_location(
        self,
        user: SimUser,
        chat: SimChat,
        latitude: float = 52.0907,
        longitude: float = 5.1214,
        *,
        reply_to: SentMessage | int | None = None,
        force: bool = False,
    ) -> int | None:
        location = {"latitude": latitude, "longitude": longitude}
        return self._inject_message(
            user, chat, {"location": location}, reply_to=reply_to, force=force
        )

    def edit_text(
        self, user: SimUser, chat: SimChat, message_id: int, text: str, *, force: bool = False
    ) -> int | None:
        """``user`` edits their earlier text message: an ``edited_message`` update."""
        message = self._messages.get((chat.id, message_id))
        if message is None or (chat.id, message_id) in self._deleted:
            raise ValueError(f"no message {message_id} in chat {chat.id}")
        if message.get("from", {}).get("id") != user.id:
            raise ValueError("users can only edit their own messages")
        if "text" not in message:
            raise ValueError("edit_text edits text messages only")
        message["text"] = text
        entities = find_entities(text)
        if entities:
            message["entities"] = entities
        else:
            message.pop("entities", None)
        message["edit_date"] = int(time.time())
        if not force and not self._bot_receives(chat, user, message):
            return None
        return self._enqueue("edited_message", message)

    def press_button(self, user: SimUser, message: SentMessage, callback_data: str) -> int | None:
        """``user`` presses the inline button with ``callback_data`` under the bot's ``message``.

        Raises ValueError if the message (as it is now) has no such button, like a real client
        could not press it. Returns the update_id of the ``callback_query`` update.
        """
        chat = self._chats[message.chat_id]
        self._check_sender(user, chat)
        if message.deleted:
            raise ValueError(f"message {message.message_id} was deleted")
        if callback_data not in message.callback_data:
            raise ValueError(
                f"message {message.message_id} has no button with callback_data "
                f"{callback_data!r}; it has {message.callback_data!r}"
            )
        query_id = str(secrets.randbits(62) + 10**17)
        self._callback_queries[query_id] = _PendingQuery(
            callback_data, chat.id, message.message_id, time.monotonic()
        )
        query = {
            "id": query_id,
            "from": user.to_api(),
            "message": message.raw,
            "chat_instance": chat.chat_instance,
            "data": callback_data,
        }
        return self._enqueue("callback_query", query)

    def new_chat_member(
        self,
        chat: SimChat,
        member: SimUser,
        *,
        added_by: SimUser | None = None,
        status: str = "member",
    ) -> list[int]:
        """``member`` joins (or, with ``added_by``, is added to) a group.

        For the bot itself this produces what Telegram sends when a bot is added to a group: a
        ``my_chat_member`` update (left -> ``status``) and the ``new_chat_members`` service
        message. For a person: the service message (plus ``chat_member`` if the bot is an admin
        and asked for it in ``allowed_updates``). Returns the delivered update_ids.
        """
        if not chat.is_group:
            raise ValueError("only groups have members joining")
        if status not in _PRESENT_STATUSES:
            raise ValueError(f"{status!r} is not a status of someone in the group")
        if member.is_bot and added_by is None:
            raise ValueError("bots cannot join by themselves; pass added_by")
        actor = added_by or member
        self._users[member.id] = member
        old = self._member_json(chat, member)
        chat.statuses[member.id] = status
        new = self._member_json(chat, member)
        delivered: list[int] = []
        change = {
            "chat": chat.to_api(),
            "from": actor.to_api(),
            "date": int(time.time()),
            "old_chat_member": old,
            "new_chat_member": new,
        }
        if member.id == self.bot_user.id:
            update_id = self._enqueue("my_chat_member", change)
        elif self._bot_is_admin(chat):
            update_id = self._enqueue("chat_member", change)
        else:
            update_id = None
        if update_id is not None:
            delivered.append(update_id)
        service_id = self._inject_message(
            actor, chat, {"new_chat_members": [member.to_api(with_language=False)]}, force=False
        )
        if service_id is not None:
            delivered.append(service_id)
        return delivered

    def left_chat_member(
        self, chat: SimChat, member: SimUser, *, removed_by: SimUser | None = None
    ) -> list[int]:
        """``member`` leaves (or is removed by ``removed_by``, which bans the bot: "kicked")."""
        if not chat.is_group:
            raise ValueError("only groups have members leaving")
        actor = removed_by or member
        delivered: list[int] = []
        if member.id == self.bot_user.id:
            old = self._member_json(chat, member)
            chat.statuses[member.id] = "kicked" if removed_by is not None else "left"
            change = {
                "chat": chat.to_api(),
                "from": actor.to_api(),
                "date": int(time.time()),
                "old_chat_member": old,
                "new_chat_member": self._member_json(chat, member),
            }
            update_id = self._enqueue("my_chat_member", change)
            return [update_id] if update_id is not None else []
        service_id = self._inject_message(
            actor, chat, {"left_chat_member": member.to_api(with_language=False)}, force=False
        )
        chat.statuses[member.id] = "left"
        if service_id is not None:
            delivered.append(service_id)
        return delivered

    def block_bot(self, user: SimUser) -> int | None:
        """``user`` blocks the bot: a ``my_chat_member`` update; sending then gives 403."""
        return self._set_blocked(user, blocked=True)

    def unblock_bot(self, user: SimUser) -> int | None:
        return self._set_blocked(user, blocked=False)

    def reinject(self, update_id: int) -> None:
        """Deliver the same update (same ``update_id``) once more.

        Telegram re-delivers an update as long as no ``getUpdates`` offset confirmed it (or a
        webhook did not answer 2xx). If ``update_id`` is still unconfirmed this is therefore a
        no-op: it will come again anyway. If it was confirmed, the copy is delivered at the head
        of the next batch regardless of the client's offset, which is how a duplicate looks to
        a bot whose confirmation was lost.
        """
        try:
            update = self._updates[update_id]
        except KeyError:
            raise ValueError(f"no update {update_id} was ever delivered") from None
        if any(e.update_id == update_id and not e.forced for e in self._queue):
            return
        self._queue.append(_QueueEntry(_clone(update), forced=True))
        self._changed()

    # -- inspecting ----------------------------------------------------------------------------

    def sent(self, chat: SimChat | int | None = None) -> list[SentMessage]:
        """Messages the bot sent (including deleted ones), optionally in one chat."""
        if chat is None:
            return list(self._sent)
        chat_id = chat.id if isinstance(chat, SimChat) else chat
        return [m for m in self._sent if m.chat_id == chat_id]

    async def wait_for_sent(
        self,
        chat: SimChat | int | None = None,
        count: int = 1,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is this helper's point
    ) -> list[SentMessage]:
        """Wait until the bot has sent at least ``count`` messages (to ``chat``); return them."""
        try:
            await self.wait_until(lambda: len(self.sent(chat)) >= count, timeout)
        except TimeoutError:
            texts = [m.text if m.text is not None else m.caption for m in self.sent(chat)]
            raise TimeoutError(
                f"waited {timeout}s for {count} sent message(s), got {len(texts)}: {texts!r}"
            ) from None
        return self.sent(chat)

    async def wait_until(
        self,
        predicate: Callable[[], bool],
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is this helper's point
    ) -> None:
        """Wait until ``predicate()`` holds; it is re-checked after every API call/injection."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout}s")
            await self._wait_change(remaining)

    def calls_to(self, method: str) -> list[ApiCall]:
        """Recorded requests to ``method`` (case-insensitive)."""
        return [c for c in self.calls if c.method.lower() == method.lower()]

    def commands_for(
        self,
        scope: str = "default",
        *,
        chat: SimChat | None = None,
        user: SimUser | None = None,
        language_code: str = "",
    ) -> list[JSONDict]:
        """The command list stored for exactly this scope and language (as getMyCommands)."""
        key = CommandScopeKey(
            scope, chat.id if chat else None, user.id if user else None, language_code
        )
        return list(self.commands.get(key, []))

    def update(self, update_id: int) -> JSONDict:
        """The JSON of an update the emulator created."""
        return _clone(self._updates[update_id])  # type: ignore[no-any-return]

    def message_id_of(self, update_id: int) -> int:
        """The message_id carried by an update (message, edit, or callback query message)."""
        update = self._updates[update_id]
        for key in ("message", "edited_message"):
            if key in update:
                return int(update[key]["message_id"])
        if "callback_query" in update:
            return int(update["callback_query"]["message"]["message_id"])
        raise ValueError(f"update {update_id} carries no message")

    @property
    def pending_updates(self) -> list[JSONDict]:
        """Updates not yet confirmed (getUpdates offset) or accepted (webhook)."""
        return [_clone(e.update) for e in self._queue]

    @property
    def limit_hits(self) -> int:
        """How often the enforced rate limits answered 429."""
        return len(self.limit_events)

    @property
    def webhook_url(self) -> str:
        return self._webhook.url if self._webhook else ""

    def file(self, file_id: str) -> StoredFile:
        return self._files[file_id]

    # -- fault injection, limits, latency ------------------------------------------------------

    def fail_next(
        self,
        method: str,
        times: int = 1,
        *,
        retry_after: int | None = None,
        status: int | None = None,
        description: str | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (or ``"*"``) fail without effect.

        Default (or ``status=429``): 429 "Too Many Requests: retry after N" with
        ``parameters.retry_after`` (N = ``retry_after``, default 2). ``status=502/503/504``:
        nginx's HTML error page, like Telegram's front end. Other statuses: a JSON error with
        ``description`` (or Telegram's usual text for that status).
        """
        name = self._fault_method(method)
        if status is None:
            status = 429
        if status == 429 and retry_after is None:
            retry_after = 2
        if times < 1:
            raise ValueError("times must be at least 1")
        self._faults.append(_Fault(name, times, "fail", status, retry_after, description))

    def drop_next(self, method: str, times: int = 1, *, after_processing: bool = False) -> None:
        """Close the connection of the next ``times`` calls without answering.

        ``after_processing=True`` performs the call first (a message is really sent) and loses
        only the answer: the ambiguous network failure that makes naive retries duplicate.
        """
        if times < 1:
            raise ValueError("times must be at least 1")
        self._faults.append(
            _Fault(self._fault_method(method), times, "drop", after_processing=after_processing)
        )

    def clear_faults(self) -> None:
        self._faults.clear()

    def enforce_limits(
        self,
        per_chat_per_sec: float | None = 1,
        group_per_min: int | None = 20,
        global_per_sec: int | None = 30,
        *,
        methods: Iterable[str] = _SEND_METHODS,
    ) -> None:
        """Answer 429 (with ``retry_after``) when Telegram's broadcast limits are exceeded.

        Counted are successful calls of ``methods`` (the send methods by default) in sliding
        windows: per chat per second, per group per minute, and overall per second. ``None``
        disables a rule. Rejections are recorded in :attr:`limit_events` / :attr:`limit_hits`.
        """
        canonical = frozenset(self._methods[m.lower()][0] for m in methods)
        self._limits = _Limits(per_chat_per_sec, group_per_min, global_per_sec, canonical)
        self._send_log.clear()

    def disable_limits(self) -> None:
        self._limits = None

    def set_latency(self, seconds: float) -> None:
        """Delay every API answer by ``seconds`` (after fault injection, before processing)."""
        self._latency = max(0.0, seconds)

    def _fault_method(self, method: str) -> str:
        if method == "*":
            return "*"
        if method.lower() not in self._methods:
            raise ValueError(f"the emulator does not implement {method!r}")
        return method.lower()

    def _take_fault(self, method: str) -> _Fault | None:
        for fault in self._faults:
            if fault.method in ("*", method.lower()):
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self._faults.remove(fault)
                return fault
        return None

    # -- internals: change notification -------------------------------------------------------

    def _changed(self) -> None:
        waiters, self._waiters = self._waiters, set()
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _wait_change(self, max_wait: float | None) -> None:
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.add(waiter)
        try:
            await asyncio.wait_for(waiter, max_wait)
        except TimeoutError:
            pass
        finally:
            self._waiters.discard(waiter)

    # -- internals: the simulated world --------------------------------------------------------

    def _store_file(
        self,
        data: bytes,
        folder: str,
        file_name: str | None,
        mime_type: str | None = None,
    ) -> StoredFile:
        self._file_counter += 1
        number = self._file_counter
        suffix = ""
        if file_name and "." in file_name:
            suffix = file_name[file_name.rfind(".") :]
        stored = StoredFile(
            file_id=f"BQACAgQAAxkBAAI{number:06d}{secrets.token_urlsafe(24)}",
            file_unique_id=f"AgAD{number:06d}{secrets.token_urlsafe(6)}",
            file_path=f"{folder}/file_{number}{suffix}",
            data=data,
            file_name=file_name,
            mime_type=mime_type,
        )
        self._files[stored.file_id] = stored
        return stored

    @staticmethod
    def _add_caption(content: JSONDict, caption: str | None) -> None:
        if caption:
            content["caption"] = caption
            entities = find_entities(caption)
            if entities:
                content["caption_entities"] = entities

    def _check_sender(self, user: SimUser, chat: SimChat) -> None:
        if chat.id not in self._chats:
            raise ValueError(f"unknown chat {chat.id}; create it with private_chat()/group()")
        self._users[user.id] = user
        if chat.type == "private":
            if chat.user is None or chat.user.id != user.id:
                raise ValueError(f"{user.first_name} is not the user of private chat {chat.id}")
            if chat.blocked:
                raise ValueError(f"{user.first_name} blocked the bot; call unblock_bot() first")
            return
        if chat.statuses.get(user.id) not in _PRESENT_STATUSES:
            raise ValueError(f"{user.first_name} is not a member of {chat.title!r}")

    def _next_message_id(self, chat: SimChat) -> int:
        message_id = chat.next_message_id
        chat.next_message_id += 1
        return message_id

    def _inject_message(
        self,
        user: SimUser,
        chat: SimChat,
        content: JSONDict,
        *,
        reply_to: SentMessage | int | None = None,
        force: bool = False,
    ) -> int | None:
        self._check_sender(user, chat)
        message: JSONDict = {
            "message_id": self._next_message_id(chat),
            "from": user.to_api(),
            "chat": chat.to_api(),
            "date": int(time.time()),
        }
        if reply_to is not None:
            reply_id = reply_to.message_id if isinstance(reply_to, SentMessage) else reply_to
            target = self._messages.get((chat.id, reply_id))
            if target is None or (chat.id, reply_id) in self._deleted:
                raise ValueError(f"no message {reply_id} in chat {chat.id} to reply to")
            message["reply_to_message"] = _without_reply(target)
        message.update(content)
        self._messages[(chat.id, message["message_id"])] = message
        if chat.type == "private":
            chat.started = True
        if not force and not self._bot_receives(chat, user, message):
            return None
        return self._enqueue("message", message)

    def _bot_is_admin(self, chat: SimChat) -> bool:
        return chat.statuses.get(self.bot_user.id) in ("creator", "administrator")

    def _bot_receives(self, chat: SimChat, sender: SimUser, message: JSONDict) -> bool:
        """Telegram's delivery rules for a message in ``chat`` (privacy mode, bots)."""
        if chat.type == "private":
            return not chat.blocked and not sender.is_bot
        if chat.statuses.get(self.bot_user.id) not in _PRESENT_STATUSES:
            return False
        if any(key in message for key in _SERVICE_MESSAGE_KEYS):
            return True
        if sender.is_bot:
            return False  # bots never see messages from other bots
        if self._bot_is_admin(chat):
            return True
        privacy = self.privacy_mode if chat.privacy_mode is None else chat.privacy_mode
        if not privacy:
            return True
        reply = message.get("reply_to_message")
        if reply and reply.get("from", {}).get("id") == self.bot_user.id:
            return True
        text = message.get("text") or message.get("caption") or ""
        entities = message.get("entities") or message.get("caption_entities") or []
        own_name = (self.bot_user.username or "").lower()
        if text.startswith("/"):
            first = next((e for e in entities if e["offset"] == 0), None)
            if first is not None and first["type"] == "bot_command":
                command = utf16_slice(text, 0, first["length"])
                if "@" in command and command.split("@", 1)[1].lower() != own_name:
                    return False  # a command for another bot
            return True
        for entity in entities:
            if entity["type"] == "mention":
                mention = utf16_slice(text, entity["offset"], entity["length"])
                if mention[1:].lower() == own_name:
                    return True
        return False

    def _member_json(self, chat: SimChat, user: SimUser) -> JSONDict:
        status = chat.statuses.get(user.id, "left")
        data: JSONDict = {"status": status, "user": user.to_api(with_language=False)}
        if status == "creator":
            data["is_anonymous"] = False
        elif status == "administrator":
            data.update(
                {
                    "can_be_edited": False,
                    "is_anonymous": False,
                    "can_manage_chat": True,
                    "can_delete_messages": True,
                    "can_manage_video_chats": True,
                    "can_restrict_members": True,
                    "can_promote_members": False,
                    "can_change_info": True,
                    "can_invite_users": True,
                    "can_post_stories": True,
                    "can_edit_stories": True,
                    "can_delete_stories": True,
                    "can_pin_messages": True,
                }
            )
            if chat.type == "supergroup":
                data["can_manage_topics"] = False
        elif status == "restricted":
            data.update(
                {
                    "is_member": True,
                    "can_send_messages": False,
                    "can_send_audios": False,
                    "can_send_documents": False,
                    "can_send_photos": False,
                    "can_send_videos": False,
                    "can_send_video_notes": False,
                    "can_send_voice_notes": False,
                    "can_send_polls": False,
                    "can_send_other_messages": False,
                    "can_add_web_page_previews": False,
                    "can_change_info": False,
                    "can_invite_users": False,
                    "can_pin_messages": False,
                    "can_manage_topics": False,
                    "can_edit_tag": False,
                    "can_react_to_messages": False,
                    "until_date": 0,
                }
            )
        elif status == "kicked":
            data["until_date"] = 0
        return data

    def _set_blocked(self, user: SimUser, *, blocked: bool) -> int | None:
        chat = self.private_chat(user)
        if chat.blocked == blocked:
            return None
        bot = self.bot_user.to_api(with_language=False)
        kicked: JSONDict = {"status": "kicked", "user": bot, "until_date": 0}
        member: JSONDict = {"status": "member", "user": bot}
        old, new = (member, kicked) if blocked else (kicked, member)
        chat.blocked = blocked
        change = {
            "chat": chat.to_api(),
            "from": user.to_api(),
            "date": int(time.time()),
            "old_chat_member": old,
            "new_chat_member": new,
        }
        return self._enqueue("my_chat_member", change)

    def _shares_group(self, user_id: int) -> bool:
        return any(
            chat.is_group
            and chat.statuses.get(user_id) in _PRESENT_STATUSES
            and chat.statuses.get(self.bot_user.id) in _PRESENT_STATUSES
            for chat in self._chats.values()
        )

    # -- internals: updates --------------------------------------------------------------------

    def _effective_allowed(self) -> frozenset[str]:
        if not self._allowed_updates:
            return DEFAULT_UPDATE_TYPES
        return frozenset(self._allowed_updates)

    def _set_allowed_updates(self, value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _bad_request("can't parse allowed updates JSON object")
        self._allowed_updates = [v for v in value if v in ALL_UPDATE_TYPES]

    def _enqueue(self, update_type: str, payload: JSONDict) -> int | None:
        update = {"update_id": self._next_update_id, update_type: _clone(payload)}
        if update_type not in self._effective_allowed():
            self.filtered_updates.append(update)
            return None
        self._next_update_id += 1
        self._updates[update["update_id"]] = update
        self._queue.append(_QueueEntry(_clone(update)))
        self._changed()
        return int(update["update_id"])

    def _confirm(self, offset: int) -> None:
        if offset == 0:
            return
        if offset < 0:
            normal = sorted((e for e in self._queue if not e.forced), key=lambda e: e.update_id)
            keep = set(map(id, normal[offset:]))
            self._queue = [
                e for e in self._queue if id(e) in keep or (e.forced and not e.delivered)
            ]
            return
        self._queue = [
            e for e in self._queue if e.update_id >= offset or (e.forced and not e.delivered)
        ]

    def _next_batch(self, limit: int) -> list[_QueueEntry]:
        forced = [e for e in self._queue if e.forced]
        normal = sorted((e for e in self._queue if not e.forced), key=lambda e: e.update_id)
        return (forced + normal)[:limit]

    # -- internals: HTTP -----------------------------------------------------------------------

    @staticmethod
    def _json(body: JSONDict, status: int) -> web.Response:
        return web.json_response(
            body, status=status, dumps=lambda obj: json.dumps(obj, ensure_ascii=False)
        )

    @staticmethod
    def _drop(request: web.Request) -> web.Response:
        transport = request.transport
        if transport is not None:
            transport.abort()
        return web.Response(status=500)

    async def _read_params(self, request: web.Request) -> _Params:
        values: dict[str, str] = dict(request.query)
        files: dict[str, _Upload] = {}
        if request.method == "POST" and request.can_read_body:
            content_type = request.content_type
            if content_type == "application/json":
                raw = await request.read()
                if raw.strip():
                    try:
                        data = json.loads(raw)
                    except ValueError:
                        raise _bad_request("can't parse JSON encoded request") from None
                    if not isinstance(data, dict):
                        raise _bad_request("can't parse JSON encoded request")
                    for key, value in data.items():
                        if value is None:
                            continue
                        values[key] = value if isinstance(value, str) else json.dumps(value)
            elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        files[key] = _Upload(value.filename, value.content_type, value.file.read())
                    else:
                        values[key] = str(value)
            else:
                await request.read()
        return _Params(values, files)

    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        token = request.match_info["token"]
        method_name = request.match_info["method"]
        if token != self.token:
            error = (
                ApiError(401, "Unauthorized")
                if _TOKEN_RE.match(token)
                else ApiError(404, "Not Found")
            )
            return self._json(error.body(), error.status)
        try:
            params = await self._read_params(request)
        except ApiError as exc:
            return self._json(exc.body(), exc.status)
        entry = self._methods.get(method_name.lower())
        call = ApiCall(
            method=entry[0] if entry else method_name,
            params=dict(params.values),
            files=sorted(params.files),
            time=time.monotonic(),
            wall_time=time.time(),
        )
        self.calls.append(call)
        try:
            return await self._dispatch(request, entry, params, call)
        finally:
            self._changed()

    async def _dispatch(
        self,
        request: web.Request,
        entry: tuple[str, Callable[[_Params], Awaitable[Any]]] | None,
        params: _Params,
        call: ApiCall,
    ) -> web.StreamResponse:
        if entry is None:
            if call.method.lower() in _real_bot_api_methods():
                self.unsupported_calls.append(call)
                _LOGGER.warning("Telegram emulator: %s is not implemented", call.method)
                return self._error(
                    call,
                    ApiError(
                        501,
                        f"Not Implemented: the Telegram emulator does not implement {call.method}",
                    ),
                )
            return self._error(call, ApiError(404, "Not Found"))
        name, handler = entry
        fault = self._take_fault(name)
        if fault is not None and fault.kind == "drop" and not fault.after_processing:
            call.description = "connection dropped before processing"
            return self._drop(request)
        if fault is not None and fault.kind == "fail":
            return self._fault_response(call, fault)
        if self._latency:
            await asyncio.sleep(self._latency)
        try:
            result = await handler(params)
        except ApiError as exc:
            return self._error(call, exc)
        call.status = 200
        if fault is not None:
            call.description = "connection dropped after processing"
            return self._drop(request)
        if isinstance(result, _Described):
            return self._json(
                {"ok": True, "result": result.result, "description": result.description}, 200
            )
        return self._json({"ok": True, "result": result}, 200)

    def _error(self, call: ApiCall, error: ApiError) -> web.Response:
        call.status = error.status
        call.description = error.description
        return self._json(error.body(), error.status)

    def _fault_response(self, call: ApiCall, fault: _Fault) -> web.Response:
        status = fault.status
        if status == 429:
            return self._error(call, _too_many_requests(fault.retry_after or 2))
        if fault.description:
            return self._error(call, ApiError(status, fault.description))
        if status in (502, 503, 504):
            phrase = HTTPStatus(status).phrase
            call.status = status
            call.description = f"{status} {phrase} (nginx page)"
            return web.Response(
                status=status,
                text=_NGINX_PAGE.format(code=status, phrase=phrase),
                content_type="text/html",
            )
        defaults = {
            400: "Bad Request",
            401: "Unauthorized",
            403: "Forbidden: bot was blocked by the user",
            404: "Not Found",
            409: _CONFLICT_OTHER_POLL,
            500: "Internal Server Error",
        }
        try:
            fallback = HTTPStatus(status).phrase
        except ValueError:
            fallback = "Error"
        return self._error(call, ApiError(status, defaults.get(status, fallback)))

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        not_found = self._json(ApiError(404, "Not Found").body(), 404)
        if request.match_info["token"] != self.token:
            return not_found
        path = request.match_info["path"]
        stored = next((f for f in self._files.values() if f.file_path == path), None)
        if stored is None:
            return not_found
        return web.Response(
            body=stored.data, content_type=stored.mime_type or "application/octet-stream"
        )

    # -- internals: chats, text, markup --------------------------------------------------------

    def _lookup_chat(self, raw: str | None) -> SimChat:
        if raw is None or raw == "":
            raise _bad_request("chat_id is empty")
        if raw.startswith("@"):
            wanted = raw[1:].lower()
            for chat in self._chats.values():
                if chat.is_group and chat.username and chat.username.lower() == wanted:
                    return chat
            raise _bad_request("chat not found")
        try:
            chat_id = int(raw)
        except ValueError:
            raise _bad_request("chat not found") from None
        found = self._chats.get(chat_id)
        if found is None:
            raise _bad_request("chat not found")
        return found

    def _visible_chat(self, raw: str | None) -> SimChat:
        """A chat the bot knows about (a private chat only once started or via a group)."""
        chat = self._lookup_chat(raw)
        if chat.type == "private" and not chat.started and not self._shares_group(chat.id):
            raise _bad_request("chat not found")
        return chat

    def _check_can_send(self, chat: SimChat) -> None:
        if chat.type == "private":
            if chat.blocked:
                raise _forbidden("bot was blocked by the user")
            if not chat.started:
                if self._shares_group(chat.id):
                    raise _forbidden("bot can't initiate conversation with a user")
                raise _bad_request("chat not found")
            return
        kind = "supergroup" if chat.type == "supergroup" else "group"
        status = chat.statuses.get(self.bot_user.id, "left")
        if status == "kicked":
            raise _forbidden(f"bot was kicked from the {kind} chat")
        if status == "left":
            raise _forbidden(f"bot is not a member of the {kind} chat")

    def _chat_for_sending(self, params: _Params) -> SimChat:
        chat = self._lookup_chat(params.get("chat_id"))
        self._check_can_send(chat)
        return chat

    @staticmethod
    def _parse_mode(params: _Params, name: str = "parse_mode") -> str | None:
        raw = params.get(name)
        if raw is None or raw == "" or raw.lower() == "none":
            return None
        mode = raw.lower()
        if mode not in ("html", "markdown", "markdownv2"):
            raise _bad_request("unsupported parse_mode")
        return mode

    def _parse_markup(self, text: str, mode: str) -> tuple[str, list[JSONDict]]:
        parser = {"html": parse_html, "markdown": parse_markdown, "markdownv2": parse_markdown_v2}
        try:
            plain, entities = parser[mode](text)
        except EntityParseError as exc:
            raise _bad_request(f"can't parse entities: {exc}") from None
        resolved: list[JSONDict] = []
        for entity in entities:
            if entity["type"] == "text_mention":
                user = self._users.get(entity.pop("user_id"))
                if user is None:
                    continue
                entity["user"] = user.to_api(with_language=False)
            resolved.append(entity)
        return plain, resolved

    def _input_entities(self, params: _Params, name: str, text: str) -> list[JSONDict]:
        """Validate entities passed explicitly (instead of a parse_mode)."""
        data = params.get_json(name, "can't parse entities JSON object")
        if data is None:
            return []
        if not isinstance(data, list):
            raise _bad_request("can't parse entities JSON object")
        text_length = utf16_len(text)
        entities: list[JSONDict] = []
        for item in data:
            if not isinstance(item, dict):
                raise _bad_request("can't parse MessageEntity: expected an Object")
            entity_type = item.get("type")
            if entity_type not in _FORMATTING_ENTITY_TYPES | _AUTO_ENTITY_TYPES:
                raise _bad_request("can't parse MessageEntity: Unsupported type specified")
            offset, length = item.get("offset"), item.get("length")
            if not all(isinstance(v, int) and not isinstance(v, bool) for v in (offset, length)):
                raise _bad_request('can\'t parse MessageEntity: Field "offset" must be a Number')
            assert isinstance(offset, int)
            assert isinstance(length, int)
            if entity_type in _AUTO_ENTITY_TYPES:
                continue  # Telegram detects these itself
            entity: JSONDict = {"type": entity_type, "offset": offset, "length": length}
            if entity_type == "text_link":
                url = str(item.get("url", ""))
                link = checked_link(url)
                if not link:
                    raise _bad_request(f"entity URL '{url}' is invalid: Wrong HTTP URL")
                entity["url"] = link
            elif entity_type == "text_mention":
                user_data = item.get("user")
                user_id = user_data.get("id") if isinstance(user_data, dict) else None
                user = self._users.get(user_id) if isinstance(user_id, int) else None
                if user is None:
                    raise _bad_request("user not found")
                entity["user"] = user.to_api(with_language=False)
            elif entity_type == "pre" and item.get("language"):
                entity["language"] = str(item["language"])
            elif entity_type == "custom_emoji":
                if not str(item.get("custom_emoji_id", "")).isdigit():
                    raise _bad_request("invalid custom emoji identifier specified")
                entity["custom_emoji_id"] = str(item["custom_emoji_id"])
            start, end = max(0, offset), min(text_length, offset + length)
            if end > start:
                entity["offset"], entity["length"] = start, end - start
                entities.append(entity)
        return _sort_entities(entities)

    def _formatted(
        self,
        params: _Params,
        raw_text: str,
        mode: str | None,
        pre_parsed: tuple[str, list[JSONDict]] | None,
        entities_name: str,
        *,
        caption: bool,
    ) -> tuple[str, list[JSONDict]]:
        """Entities, trimming, emptiness and length checks, auto-detected entities."""
        if pre_parsed is not None:
            text, entities = pre_parsed
        elif mode is not None:
            text, entities = self._parse_markup(raw_text, mode)
        else:
            text, entities = raw_text, self._input_entities(params, entities_name, raw_text)
        text, entities = _trim_text(text, entities)
        if caption:
            if len(text) > MAX_CAPTION_LENGTH:
                raise _bad_request("message caption is too long")
        else:
            if not text:
                raise _bad_request("text must be non-empty")
            if len(text) > MAX_TEXT_LENGTH:
                raise _bad_request("message is too long")
        return text, _merge_auto_entities(text, entities)

    @staticmethod
    def _parse_reply_markup(raw: str | None, *, inline_only: bool = False) -> JSONDict | None:
        if raw is None or raw == "":
            return None
        try:
            markup = json.loads(raw)
        except ValueError:
            raise _bad_request("can't parse reply keyboard markup JSON object") from None
        if not isinstance(markup, dict):
            raise _bad_request("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
                raise _bad_request(
                    'can\'t parse inline keyboard button: Field "inline_keyboard" of the '
                    "InlineKeyboardMarkup must be an Array of Arrays"
                )
            for row in rows:
                for button in row:
                    _validate_inline_button(button)
            return markup
        if inline_only:
            raise _bad_request("inline keyboard expected")
        if "keyboard" in markup:
            rows = markup["keyboard"]
            if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
                raise _bad_request(
                    'can\'t parse keyboard button: Field "keyboard" of the ReplyKeyboardMarkup '
                    "must be an Array of Arrays"
                )
            for row in rows:
                for button in row:
                    if isinstance(button, str):
                        continue
                    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                        raise _bad_request("can't parse keyboard button: Can't find field \"text\"")
            return markup
        if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
            return markup
        raise _bad_request("can't parse reply keyboard markup JSON object")

    def _reply_target(self, params: _Params, chat: SimChat) -> JSONDict | None:
        reply_parameters = params.get_json(
            "reply_parameters", "can't parse reply parameters JSON object"
        )
        allow_without = params.get_bool("allow_sending_without_reply")
        target_chat = chat
        if reply_parameters is not None:
            message_id = (
                reply_parameters.get("message_id") if isinstance(reply_parameters, dict) else None
            )
            if not isinstance(message_id, int) or isinstance(message_id, bool):
                raise _bad_request("can't parse reply parameters JSON object")
            assert isinstance(reply_parameters, dict)
            allow_without = bool(reply_parameters.get("allow_sending_without_reply", False))
            if reply_parameters.get("chat_id") is not None:
                target_chat = self._lookup_chat(str(reply_parameters["chat_id"]))
        else:
            message_id = params.get_int("reply_to_message_id")
            if message_id is None:
                return None
        key = (target_chat.id, message_id)
        target = self._messages.get(key)
        if target is None or key in self._deleted:
            if allow_without:
                return None
            raise _bad_request("message to be replied not found")
        return target

    def _link_preview(self, params: _Params, entities: list[JSONDict]) -> JSONDict | None:
        options = params.get_json(
            "link_preview_options", "can't parse link preview options JSON object"
        )
        if options is None and params.get_bool("disable_web_page_preview"):
            options = {"is_disabled": True}
        if options is None:
            return None
        if not isinstance(options, dict):
            raise _bad_request("can't parse link preview options JSON object")
        if not any(e["type"] in ("url", "text_link") for e in entities):
            return None
        known = (
            "is_disabled",
            "url",
            "prefer_small_media",
            "prefer_large_media",
            "show_above_text",
        )
        return {k: options[k] for k in known if k in options}

    # -- internals: sending --------------------------------------------------------------------

    def _check_limits(self, method: str, chat: SimChat) -> None:
        limits = self._limits
        if limits is None or method not in limits.methods:
            return
        now = time.monotonic()
        while self._send_log and self._send_log[0][0] < now - 60.0:
            self._send_log.popleft()
        in_chat = [t for t, chat_id, _ in self._send_log if chat_id == chat.id]
        checks: list[tuple[str, list[float], int, float]] = []
        if limits.global_per_sec is not None:
            checks.append(
                ("global_per_sec", [t for t, _, _ in self._send_log], limits.global_per_sec, 1.0)
            )
        if limits.per_chat_per_sec is not None:
            rate = limits.per_chat_per_sec
            limit, window = (int(rate), 1.0) if rate >= 1 else (1, 1.0 / rate)
            checks.append(("per_chat_per_sec", in_chat, limit, window))
        if chat.is_group and limits.group_per_min is not None:
            checks.append(("group_per_min", in_chat, limits.group_per_min, 60.0))
        for rule, times, limit, window in checks:
            retry_after = _retry_after(times, limit, window, now)
            if retry_after is not None:
                self.limit_events.append(LimitEvent(method, chat.id, rule, retry_after, now))
                raise _too_many_requests(retry_after)

    def _store_bot_message(
        self,
        method: str,
        chat: SimChat,
        params: _Params,
        content: JSONDict,
        markup: JSONDict | None,
        reply_to: JSONDict | None,
    ) -> JSONDict:
        now = int(time.time())
        message: JSONDict = {
            "message_id": self._next_message_id(chat),
            "from": self.bot_user.to_api(with_language=False),
            "chat": chat.to_api(),
            "date": now,
        }
        if reply_to is not None:
            message["reply_to_message"] = _without_reply(reply_to)
        message.update(content)
        inline = _inline_markup_for_message(markup)
        if inline is not None:
            message["reply_markup"] = inline
        self._messages[(chat.id, message["message_id"])] = message
        sent = SentMessage(
            chat_id=chat.id,
            message_id=message["message_id"],
            method=method,
            date=now,
            text=content.get("text"),
            entities=list(content.get("entities") or content.get("caption_entities") or []),
            caption=content.get("caption"),
            parse_mode=params.get("parse_mode") or params.get("caption_parse_mode"),
            reply_markup=markup,
            reply_to_message_id=reply_to["message_id"] if reply_to is not None else None,
            link_preview_options=content.get("link_preview_options"),
            document=content.get("document"),
            photo=content.get("photo"),
            params=dict(params.values),
            raw=message,
            sent_at=time.monotonic(),
        )
        self._sent.append(sent)
        self._sent_by_key[(chat.id, sent.message_id)] = sent
        if self._limits is not None and method in self._limits.methods:
            self._send_log.append((time.monotonic(), chat.id, chat.is_group))
        return _clone(message)  # type: ignore[no-any-return]

    def _photo_sizes(self, data: bytes, file_name: str | None) -> list[JSONDict]:
        sizes = []
        for width, height in ((90, 68), (320, 240), (800, 600)):
            stored = self._store_file(data, "photos", file_name or "photo.jpg", "image/jpeg")
            sizes.append(
                {
                    "file_id": stored.file_id,
                    "file_unique_id": stored.file_unique_id,
                    "file_size": len(data),
                    "width": width,
                    "height": height,
                }
            )
        return sizes

    async def _send_media(self, params: _Params, method: str, kind: str) -> JSONDict:
        upload = params.files.get(kind)
        reference = params.get(kind)
        if upload is None and reference and reference.startswith("attach://"):
            upload = params.files.get(reference[len("attach://") :])
        if upload is None and not reference:
            raise _bad_request(f"there is no {kind} in the request")
        mode = self._parse_mode(params)
        raw_caption = params.get("caption") or ""
        pre_parsed = self._parse_markup(raw_caption, mode) if mode and raw_caption else None
        chat = self._chat_for_sending(params)
        caption, caption_entities = self._formatted(
            params, raw_caption, mode, pre_parsed, "caption_entities", caption=True
        )
        markup = self._parse_reply_markup(params.get("reply_markup"))
        reply_to = self._reply_target(params, chat)
        folder = "documents" if kind == "document" else "photos"
        if upload is not None:
            name = upload.filename or ("file" if kind == "document" else "photo.jpg")
            mime = upload.content_type or mimetypes.guess_type(name)[0]
            data = upload.data
        elif reference is not None and reference in self._files:
            known = self._files[reference]
            name, mime, data = known.file_name or "file", known.mime_type, known.data
        elif reference is not None and reference.lower().startswith(("http://", "https://")):
            name = urlsplit(reference).path.rsplit("/", 1)[-1] or "file"
            mime, data = mimetypes.guess_type(name)[0], b""
        else:
            raise _bad_request("wrong file identifier/HTTP URL specified")
        self._check_limits(method, chat)
        content: JSONDict = {}
        if kind == "document":
            stored = self._store_file(data, folder, name, mime or "application/octet-stream")
            content["document"] = {
                "file_name": name,
                "mime_type": stored.mime_type,
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "file_size": len(data),
            }
        else:
            content["photo"] = self._photo_sizes(data, name)
        if caption:
            content["caption"] = caption
            if caption_entities:
                content["caption_entities"] = caption_entities
        return self._store_bot_message(method, chat, params, content, markup, reply_to)

    def _edit_target(self, params: _Params) -> SentMessage:
        if params.get("inline_message_id"):
            raise _bad_request("MESSAGE_ID_INVALID")
        chat = self._lookup_chat(params.get("chat_id"))
        self._check_can_send(chat)
        message_id = params.get_int("message_id")
        if message_id is None:
            raise _bad_request("message identifier is not specified")
        key = (chat.id, message_id)
        if key not in self._messages or key in self._deleted:
            raise _bad_request("message to edit not found")
        sent = self._sent_by_key.get(key)
        if sent is None:
            raise _bad_request("message can't be edited")
        return sent

    @staticmethod
    def _remember_version(sent: SentMessage) -> None:
        sent.edits.append(
            MessageVersion(
                text=sent.text,
                entities=_clone(sent.entities),
                caption=sent.caption,
                reply_markup=_clone(sent.reply_markup) if sent.reply_markup else None,
                date=int(sent.raw.get("edit_date", sent.date)),
            )
        )

    # -- Bot API methods -----------------------------------------------------------------------

    async def _m_get_me(self, params: _Params) -> JSONDict:
        me = self.bot_user.to_api(with_language=False)
        me.update(
            {
                "can_join_groups": True,
                "can_read_all_group_messages": not self.privacy_mode,
                "supports_inline_queries": False,
                "can_connect_to_business": False,
                "has_main_web_app": False,
            }
        )
        return me

    async def _m_log_out(self, params: _Params) -> bool:
        return True

    async def _m_close(self, params: _Params) -> bool:
        return True

    async def _m_get_updates(self, params: _Params) -> list[JSONDict]:
        if self._webhook is not None:
            raise ApiError(409, _CONFLICT_WEBHOOK)
        offset = params.get_int("offset", 0) or 0
        limit = params.get_int("limit", 100) or 100
        limit = min(max(limit, 1), 100)
        timeout = max(0.0, params.get_float("timeout", 0.0))
        self._set_allowed_updates(
            params.get_json("allowed_updates", "can't parse allowed updates JSON object")
        )
        # A newer getUpdates terminates the one that is still waiting.
        self._poll_generation += 1
        generation = self._poll_generation
        self._changed()
        self._confirm(offset)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if generation != self._poll_generation:
                raise ApiError(409, _CONFLICT_OTHER_POLL)
            batch = self._next_batch(limit)
            if batch or self._closing:
                for entry in batch:
                    entry.delivered = True
                return [_clone(entry.update) for entry in batch]
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            await self._wait_change(remaining)

    async def _m_set_webhook(self, params: _Params) -> _Described:
        url = params.get("url") or ""
        drop_pending = params.get_bool("drop_pending_updates")
        allowed = params.get_json("allowed_updates", "can't parse allowed updates JSON object")
        if not url:
            had_webhook = self._webhook is not None
            await self._unset_webhook()
            if drop_pending:
                self._queue.clear()
            return _Described(
                True, "Webhook was deleted" if had_webhook else "Webhook is already deleted"
            )
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise _bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if self._webhook_require_https and parts.scheme != "https":
            raise _bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if parts.hostname not in _LOOPBACK_HOSTS:
            raise _bad_request("bad webhook: Failed to resolve host: Name or service not known")
        secret = params.get("secret_token") or None
        if secret is not None and not _SECRET_RE.match(secret):
            raise _bad_request("secret token contains unallowed characters")
        max_connections = params.get_int("max_connections", 40) or 40
        if not 1 <= max_connections <= 100:
            raise _bad_request("bad webhook: max_connections must be between 1 and 100")
        self._set_allowed_updates(allowed)
        if drop_pending:
            self._queue.clear()
        config = _Webhook(
            url=url,
            secret_token=secret,
            max_connections=max_connections,
            has_custom_certificate="certificate" in params.files,
            ip_address=params.get("ip_address") or None,
        )
        already_set = config == self._webhook
        if not already_set:
            self._webhook_last_error = None
        self._webhook = config
        self._poll_generation += 1  # a waiting getUpdates is terminated
        if self._webhook_task is None or self._webhook_task.done():
            self._webhook_task = asyncio.create_task(
                self._webhook_loop(), name="telegram-emulator-webhook"
            )
        self._changed()
        return _Described(True, "Webhook is already set" if already_set else "Webhook was set")

    async def _m_delete_webhook(self, params: _Params) -> _Described:
        had_webhook = self._webhook is not None
        await self._unset_webhook()
        if params.get_bool("drop_pending_updates"):
            self._queue.clear()
        return _Described(
            True, "Webhook was deleted" if had_webhook else "Webhook is already deleted"
        )

    async def _m_get_webhook_info(self, params: _Params) -> JSONDict:
        config = self._webhook
        info: JSONDict = {
            "url": config.url if config else "",
            "has_custom_certificate": bool(config and config.has_custom_certificate),
            "pending_update_count": len(self._queue),
        }
        if config is not None:
            info["ip_address"] = config.ip_address or "127.0.0.1"
            info["max_connections"] = config.max_connections
            if self._allowed_updates:
                info["allowed_updates"] = list(self._allowed_updates)
            if self._webhook_last_error is not None:
                info["last_error_date"], info["last_error_message"] = self._webhook_last_error
        return info

    async def _m_send_message(self, params: _Params) -> JSONDict:
        raw_text = params.get("text")
        if not raw_text:
            raise _bad_request("message text is empty")
        mode = self._parse_mode(params)
        # Telegram parses the markup before it looks at the chat (entities come after it).
        pre_parsed = self._parse_markup(raw_text, mode) if mode else None
        chat = self._chat_for_sending(params)
        text, entities = self._formatted(
            params, raw_text, mode, pre_parsed, "entities", caption=False
        )
        markup = self._parse_reply_markup(params.get("reply_markup"))
        reply_to = self._reply_target(params, chat)
        self._check_limits("sendMessage", chat)
        content: JSONDict = {"text": text}
        if entities:
            content["entities"] = entities
        preview = self._link_preview(params, entities)
        if preview:
            content["link_preview_options"] = preview
        return self._store_bot_message("sendMessage", chat, params, content, markup, reply_to)

    async def _m_send_document(self, params: _Params) -> JSONDict:
        return await self._send_media(params, "sendDocument", "document")

    async def _m_send_photo(self, params: _Params) -> JSONDict:
        return await self._send_media(params, "sendPhoto", "photo")

    async def _m_edit_message_text(self, params: _Params) -> JSONDict:
        raw_text = params.get("text")
        if not raw_text:
            raise _bad_request("message text is empty")
        mode = self._parse_mode(params)
        pre_parsed = self._parse_markup(raw_text, mode) if mode else None
        sent = self._edit_target(params)
        if sent.text is None:
            raise _bad_request("there is no text in the message to edit")
        text, entities = self._formatted(
            params, raw_text, mode, pre_parsed, "entities", caption=False
        )
        markup = self._parse_reply_markup(params.get("reply_markup"), inline_only=True)
        inline = _inline_markup_for_message(markup)
        if (
            text == sent.text
            and entities == sent.entities
            and inline == sent.raw.get("reply_markup")
        ):
            raise _bad_request(_NOT_MODIFIED)
        self._remember_version(sent)
        sent.text, sent.entities, sent.reply_markup = text, entities, markup
        raw = sent.raw
        raw["text"] = text
        if entities:
            raw["entities"] = entities
        else:
            raw.pop("entities", None)
        if inline is not None:
            raw["reply_markup"] = inline
        else:
            raw.pop("reply_markup", None)  # an edit without reply_markup removes the keyboard
        preview = self._link_preview(params, entities)
        if preview:
            raw["link_preview_options"] = preview
        else:
            raw.pop("link_preview_options", None)
        raw["edit_date"] = int(time.time())
        return _clone(raw)  # type: ignore[no-any-return]

    async def _m_edit_message_reply_markup(self, params: _Params) -> JSONDict:
        sent = self._edit_target(params)
        markup = self._parse_reply_markup(params.get("reply_markup"), inline_only=True)
        inline = _inline_markup_for_message(markup)
        if inline == sent.raw.get("reply_markup"):
            raise _bad_request(_NOT_MODIFIED)
        self._remember_version(sent)
        sent.reply_markup = markup
        if inline is not None:
            sent.raw["reply_markup"] = inline
        else:
            sent.raw.pop("reply_markup", None)
        sent.raw["edit_date"] = int(time.time())
        return _clone(sent.raw)  # type: ignore[no-any-return]

    async def _m_delete_message(self, params: _Params) -> bool:
        chat = self._lookup_chat(params.get("chat_id"))
        message_id = params.get_int("message_id")
        if message_id is None:
            raise _bad_request("message identifier is not specified")
        key = (chat.id, message_id)
        message = self._messages.get(key)
        if message is None or key in self._deleted:
            raise _bad_request("message to delete not found")
        from_bot = message.get("from", {}).get("id") == self.bot_user.id
        if chat.is_group and not from_bot and not self._bot_is_admin(chat):
            raise _bad_request("message can't be deleted")
        self._deleted.add(key)
        sent = self._sent_by_key.get(key)
        if sent is not None:
            sent.deleted = True
        return True

    async def _m_answer_callback_query(self, params: _Params) -> bool:
        query_id = params.get("callback_query_id")
        if not query_id:
            raise _bad_request("callback_query_id is empty")
        pending = self._callback_queries.get(query_id)
        expired = (
            pending is not None
            and self._callback_query_ttl is not None
            and time.monotonic() - pending.created > self._callback_query_ttl
        )
        if pending is None or pending.answered or expired:
            raise _bad_request(_QUERY_TOO_OLD)
        text = params.get("text")
        if text is not None and len(text) > MAX_CALLBACK_ANSWER_LENGTH:
            raise _bad_request("MESSAGE_TOO_LONG")
        pending.answered = True
        self.callback_answers.append(
            CallbackAnswer(
                callback_query_id=query_id,
                callback_data=pending.data,
                chat_id=pending.chat_id,
                message_id=pending.message_id,
                text=text or None,
                show_alert=params.get_bool("show_alert"),
                url=params.get("url") or None,
                cache_time=params.get_int("cache_time"),
                time=time.monotonic(),
            )
        )
        return True

    def _command_key(self, params: _Params) -> CommandScopeKey:
        language = params.get("language_code") or ""
        if language and not _LANGUAGE_RE.match(language):
            raise _bad_request("invalid language code specified")
        scope = params.get_json("scope", "can't parse BotCommandScope JSON object")
        if scope is None:
            return CommandScopeKey(language_code=language)
        if not isinstance(scope, dict):
            raise _bad_request("can't parse BotCommandScope JSON object")
        kind = scope.get("type")
        if kind in ("default", "all_private_chats", "all_group_chats", "all_chat_administrators"):
            return CommandScopeKey(str(kind), language_code=language)
        if kind not in ("chat", "chat_administrators", "chat_member"):
            raise _bad_request("can't parse BotCommandScope: Unsupported type specified")
        if "chat_id" not in scope:
            raise _bad_request("can't parse BotCommandScope: Can't find field \"chat_id\"")
        user_id: int | None = None
        if kind == "chat_member":
            if "user_id" not in scope:
                raise _bad_request("can't parse BotCommandScope: Can't find field \"user_id\"")
            raw_user = scope["user_id"]
            if not isinstance(raw_user, int) or isinstance(raw_user, bool) or raw_user <= 0:
                raise _bad_request("can't parse BotCommandScope: Invalid user_id specified")
            user_id = raw_user
        chat = self._visible_chat(str(scope["chat_id"]))
        if chat.type == "private" and kind != "chat":
            raise _bad_request("can't use specified scope in private chats")
        return CommandScopeKey(str(kind), chat.id, user_id, language)

    async def _m_set_my_commands(self, params: _Params) -> bool:
        data = params.get_json("commands", "can't parse commands JSON object")
        if not isinstance(data, list):
            raise _bad_request("invalid setMyCommands parameters")
        if len(data) > 100:
            raise _bad_request("BOT_COMMANDS_TOO_MUCH")
        commands: list[JSONDict] = []
        for item in data:
            if not isinstance(item, dict):
                raise _bad_request("invalid setMyCommands parameters")
            command, description = item.get("command"), item.get("description")
            if not isinstance(command, str) or not isinstance(description, str):
                raise _bad_request("invalid setMyCommands parameters")
            if command.startswith("/"):
                command = command[1:]
            if not command:
                raise _bad_request("command must be non-empty")
            if len(command) > 32:
                raise _bad_request("command length must not exceed 32")
            if not _COMMAND_RE.match(command):
                raise _bad_request("BOT_COMMAND_INVALID")
            description = description.strip()
            if not description:
                raise _bad_request("command description must be non-empty")
            if len(description) > 256:
                raise _bad_request("command description length must not exceed 256")
            commands.append({"command": command, "description": description})
        key = self._command_key(params)
        if commands:
            self.commands[key] = commands
        else:
            self.commands.pop(key, None)
        return True

    async def _m_get_my_commands(self, params: _Params) -> list[JSONDict]:
        return _clone(self.commands.get(self._command_key(params), []))  # type: ignore[no-any-return]

    async def _m_delete_my_commands(self, params: _Params) -> bool:
        self.commands.pop(self._command_key(params), None)
        return True

    async def _m_send_chat_action(self, params: _Params) -> bool:
        action = (params.get("action") or "").lower()
        if action not in CHAT_ACTIONS:
            raise _bad_request("wrong parameter action in request")
        chat = self._chat_for_sending(params)
        self.chat_actions.append(ChatAction(chat.id, action, time.monotonic()))
        return True

    async def _m_get_chat(self, params: _Params) -> JSONDict:
        chat = self._visible_chat(params.get("chat_id"))
        info = chat.to_api()
        info.update(
            {
                "accent_color_id": 0,
                "max_reaction_count": 11,
                "accepted_gift_types": {
                    "unlimited_gifts": chat.type == "private",
                    "limited_gifts": chat.type == "private",
                    "unique_gifts": chat.type == "private",
                    "premium_subscription": chat.type == "private",
                    "gifts_from_channels": chat.type == "private",
                },
            }
        )
        if chat.is_group:
            info["permissions"] = {
                "can_send_messages": True,
                "can_send_audios": True,
                "can_send_documents": True,
                "can_send_photos": True,
                "can_send_videos": True,
                "can_send_video_notes": True,
                "can_send_voice_notes": True,
                "can_send_polls": True,
                "can_send_other_messages": True,
                "can_add_web_page_previews": True,
                "can_change_info": False,
                "can_invite_users": True,
                "can_pin_messages": False,
                "can_manage_topics": False,
            }
        return info

    def _member_user(self, params: _Params, chat: SimChat) -> SimUser:
        user_id = params.get_int("user_id")
        if not user_id:
            raise _bad_request("invalid user_id specified")
        user = self._users.get(user_id)
        if user is None:
            raise _bad_request("user not found")
        if chat.type == "private" and user_id not in (chat.id, self.bot_user.id):
            raise _bad_request("user not found")
        return user

    async def _m_get_chat_member(self, params: _Params) -> JSONDict:
        chat = self._visible_chat(params.get("chat_id"))
        return self._member_json(chat, self._member_user(params, chat))

    async def _m_get_chat_administrators(self, params: _Params) -> list[JSONDict]:
        chat = self._visible_chat(params.get("chat_id"))
        if not chat.is_group:
            raise _bad_request("there are no administrators in the private chat")
        order = {"creator": 0, "administrator": 1}
        admins = sorted(
            (uid for uid, status in chat.statuses.items() if status in order),
            key=lambda uid: order[chat.statuses[uid]],
        )
        return [self._member_json(chat, self._users[uid]) for uid in admins]

    async def _m_get_chat_member_count(self, params: _Params) -> int:
        chat = self._visible_chat(params.get("chat_id"))
        return sum(1 for status in chat.statuses.values() if status in _PRESENT_STATUSES)

    async def _m_get_file(self, params: _Params) -> JSONDict:
        stored = self._files.get(params.get("file_id") or "")
        if stored is None:
            raise _bad_request("invalid file_id")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    # -- internals: webhook --------------------------------------------------------------------

    async def _unset_webhook(self) -> None:
        self._webhook = None
        self._webhook_last_error = None
        self._changed()
        await self._stop_webhook_task()

    async def _stop_webhook_task(self) -> None:
        task, self._webhook_task = self._webhook_task, None
        if task is None or task.done() or task is asyncio.current_task():
            return
        task.cancel()
        await asyncio.wait({task})

    async def _webhook_loop(self) -> None:
        attempt = 0
        async with aiohttp.ClientSession() as session:
            while not self._closing:
                config = self._webhook
                if config is None:
                    return
                batch = self._next_batch(1)
                if not batch:
                    await self._wait_change(None)
                    continue
                entry = batch[0]
                error, body = await self._post_update(session, config, entry.update)
                if error is None:
                    attempt = 0
                    if entry in self._queue:
                        self._queue.remove(entry)
                    self._changed()
                    await self._apply_webhook_reply(body)
                    continue
                self._webhook_last_error = (int(time.time()), error)
                self._changed()
                delay = self._webhook_retry_delays[
                    min(attempt, len(self._webhook_retry_delays) - 1)
                ]
                attempt += 1
                await asyncio.sleep(delay)

    async def _post_update(
        self, session: aiohttp.ClientSession, config: _Webhook, update: JSONDict
    ) -> tuple[str | None, bytes]:
        headers = {"Content-Type": "application/json"}
        if config.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = config.secret_token
        status: int | None = None
        error: str | None = None
        body = b""
        try:
            async with session.post(
                config.url,
                data=json.dumps(update, ensure_ascii=False).encode("utf-8"),
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self._webhook_timeout),
                allow_redirects=False,
            ) as response:
                status = response.status
                body = await response.read()
                if not 200 <= status < 300:
                    error = f"Wrong response from the webhook: {status} {response.reason or ''}"
        except TimeoutError:
            error = "Read timeout expired"
        except aiohttp.ClientConnectorError:
            error = "Connection refused"
        except aiohttp.ClientError as exc:
            error = f"Connection error: {exc.__class__.__name__}"
        self.webhook_deliveries.append(
            WebhookDelivery(
                update_id=int(update["update_id"]),
                url=config.url,
                time=time.monotonic(),
                status=status,
                error=error.strip() if error else None,
                secret_token=config.secret_token,
            )
        )
        return (error.strip() if error else None), body

    async def _apply_webhook_reply(self, body: bytes) -> None:
        """Telegram executes a method given in the webhook's answer; so does the emulator."""
        if not body.strip():
            return
        try:
            data = json.loads(body)
        except ValueError:
            return
        if not isinstance(data, dict) or not isinstance(data.get("method"), str):
            return
        entry = self._methods.get(data.pop("method").lower())
        if entry is None or entry[0] in ("getUpdates", "setWebhook", "deleteWebhook"):
            return
        values = {k: v if isinstance(v, str) else json.dumps(v) for k, v in data.items()}
        call = ApiCall(entry[0], values, [], time.monotonic(), time.time())
        self.calls.append(call)
        try:
            await entry[1](_Params(values, {}))
            call.status = 200
        except ApiError as exc:
            call.status, call.description = exc.status, exc.description
        self._changed()


def _validate_inline_button(button: Any) -> None:
    if not isinstance(button, dict):
        raise _bad_request(
            "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
        )
    if not isinstance(button.get("text"), str):
        raise _bad_request("can't parse inline keyboard button: Can't find field \"text\"")
    actions = [key for key in _INLINE_BUTTON_ACTIONS if key in button]
    if not actions:
        raise _bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    if "callback_data" in button:
        data = button["callback_data"]
        if (
            not isinstance(data, str)
            or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES
        ):
            raise _bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not (
            checked_link(url) or url.lower().startswith(("tg://", "tg:"))
        ):
            raise _bad_request("BUTTON_URL_INVALID")


def _inline_markup_for_message(markup: JSONDict | None) -> JSONDict | None:
    """The inline keyboard as it appears in a Message (other keyboards do not appear there)."""
    if not markup or "inline_keyboard" not in markup:
        return None
    rows = [
        [{key: button[key] for key in _INLINE_BUTTON_KEYS if key in button} for button in row]
        for row in markup["inline_keyboard"]
        if row
    ]
    return {"inline_keyboard": rows} if rows else None
