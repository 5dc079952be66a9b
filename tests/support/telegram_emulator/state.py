"""The emulator's state: the simulated world, its updates and injected faults."""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any

from aiohttp import web

from tests.support.telegram_emulator.html import find_entities
from tests.support.telegram_emulator.model import (
    _LOOPBACK_HOSTS,
    _MEMBER_STATUSES,
    _PRESENT_STATUSES,
    _SEND_METHODS,
    _SERVICE_MESSAGE_KEYS,
    _TOKEN_RE,
    ApiCall,
    CallbackAnswer,
    ChatAction,
    CommandScopeKey,
    LimitEvent,
    SentMessage,
    SimChat,
    SimUser,
    StoredFile,
    WebhookDelivery,
    _clone,
    _Fault,
    _Limits,
    _Params,
    _PendingQuery,
    _QueueEntry,
    _Webhook,
    _without_reply,
)
from tests.support.telegram_emulator.protocol import (
    ALL_UPDATE_TYPES,
    DEFAULT_UPDATE_TYPES,
    _bad_request,
)
from tests.support.telegram_emulator.text import utf16_slice

_LOGGER = logging.getLogger(__name__)
JSONDict = dict[str, Any]


class _State:
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

        # Bot API method name (lower case) -> (its name, its handler); filled in by the
        # emulator class, which holds the handlers.
        self._methods: dict[str, tuple[str, Callable[[_Params], Awaitable[Any]]]] = {}

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
