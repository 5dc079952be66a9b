"""The MarkdownV2 and (legacy) Markdown parsers: markup to text and entities."""

from __future__ import annotations

import logging
from typing import Any, Final

from tests.support.telegram_emulator.protocol import EntityParseError
from tests.support.telegram_emulator.text import (
    _MDV2_TYPE_NAMES,
    _Bytes,
    _custom_emoji_id,
    _is_first_code_unit,
    _is_space,
    _link_entity,
    _OpenEntity,
    _reserved_error,
    _sort_entities,
    _utf16_width,
)

_LOGGER = logging.getLogger(__name__)
JSONDict = dict[str, Any]


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
