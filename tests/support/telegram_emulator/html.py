"""The HTML parser, and the entities Telegram finds by itself (mentions, links, commands)."""

from __future__ import annotations

import logging
import re
from typing import Any, Final

from tests.support.telegram_emulator.markdown import _HTML_TAGS, _plain_entity
from tests.support.telegram_emulator.protocol import EntityParseError
from tests.support.telegram_emulator.text import (
    _Bytes,
    _is_first_code_unit,
    _is_space,
    _link_entity,
    _OpenEntity,
    _sort_entities,
    _utf16_prefix,
    _utf16_width,
    checked_link,
    utf16_len,
)

_LOGGER = logging.getLogger(__name__)
JSONDict = dict[str, Any]


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
