"""Chats, text and markup, and sending: how the bot's calls change the world."""

from __future__ import annotations

import json
import logging
import mimetypes
import time
from typing import Any
from urllib.parse import urlsplit

from tests.support.telegram_emulator.driving import _Driving
from tests.support.telegram_emulator.emulator_helpers import (
    _inline_markup_for_message,
    _validate_inline_button,
)
from tests.support.telegram_emulator.html import (
    _AUTO_ENTITY_TYPES,
    _FORMATTING_ENTITY_TYPES,
    _merge_auto_entities,
    _trim_text,
    parse_html,
)
from tests.support.telegram_emulator.markdown import parse_markdown, parse_markdown_v2
from tests.support.telegram_emulator.model import (
    LimitEvent,
    MessageVersion,
    SentMessage,
    SimChat,
    _clone,
    _Params,
    _retry_after,
    _without_reply,
)
from tests.support.telegram_emulator.protocol import (
    MAX_CAPTION_LENGTH,
    MAX_TEXT_LENGTH,
    EntityParseError,
    _bad_request,
    _forbidden,
    _too_many_requests,
)
from tests.support.telegram_emulator.text import _sort_entities, checked_link, utf16_len

_LOGGER = logging.getLogger(__name__)
JSONDict = dict[str, Any]


class _Outgoing(_Driving):
    """Chats, text and markup, and sending: how the bot's calls change the world."""

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
