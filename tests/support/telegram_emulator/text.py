"""UTF-16 offsets, entity sorting and link checks: what every markup parser shares."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import urlsplit

from tests.support.telegram_emulator.protocol import EntityParseError

_LOGGER = logging.getLogger(__name__)
JSONDict = dict[str, Any]


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
