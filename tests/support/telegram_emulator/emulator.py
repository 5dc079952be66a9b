"""The Bot API methods the emulator answers, and the emulator class itself."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

from tests.support.telegram_emulator.emulator_helpers import _inline_markup_for_message
from tests.support.telegram_emulator.model import (
    _COMMAND_RE,
    _LANGUAGE_RE,
    _LOOPBACK_HOSTS,
    _PRESENT_STATUSES,
    _SECRET_RE,
    CallbackAnswer,
    ChatAction,
    CommandScopeKey,
    SimChat,
    SimUser,
    _clone,
    _Described,
    _Params,
    _Webhook,
)
from tests.support.telegram_emulator.protocol import (
    _CONFLICT_OTHER_POLL,
    _CONFLICT_WEBHOOK,
    _NOT_MODIFIED,
    _QUERY_TOO_OLD,
    CHAT_ACTIONS,
    MAX_CALLBACK_ANSWER_LENGTH,
    ApiError,
    _bad_request,
)
from tests.support.telegram_emulator.serving import _Serving

_LOGGER = logging.getLogger(__name__)
JSONDict = dict[str, Any]


class TelegramEmulator(_Serving):
    """The emulator (see the package docstring): a real HTTP server speaking the Bot API.

    Its parts, each a class it inherits: ``state``, ``driving``, ``outgoing``, ``serving``;
    the Bot API methods themselves are here.
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
        super().__init__(
            token,
            username=username,
            first_name=first_name,
            privacy_mode=privacy_mode,
            host=host,
            port=port,
            webhook_retry_delays=webhook_retry_delays,
            webhook_timeout=webhook_timeout,
            webhook_require_https=webhook_require_https,
            callback_query_ttl=callback_query_ttl,
            first_update_id=first_update_id,
        )
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
