"""What a test does to the emulator: inject updates, and inspect what the bot did."""

from __future__ import annotations

import asyncio
import logging
import mimetypes
import secrets
import time
from collections.abc import Callable
from typing import Any

from tests.support.telegram_emulator.html import find_entities
from tests.support.telegram_emulator.model import (
    _PRESENT_STATUSES,
    ApiCall,
    CommandScopeKey,
    SentMessage,
    SimChat,
    SimUser,
    StoredFile,
    _clone,
    _PendingQuery,
    _QueueEntry,
)
from tests.support.telegram_emulator.state import _State

_LOGGER = logging.getLogger(__name__)
JSONDict = dict[str, Any]


class _Driving(_State):
    """What a test does to the emulator: inject updates, and inspect what the bot did."""

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
