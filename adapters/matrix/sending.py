"""Sending: a turn's replies as Matrix messages (uploads encrypted where the room is), and
the transport the scheduler and runtime call."""

from __future__ import annotations

import io
import logging
import mimetypes
import uuid
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from adapters.matrix.formatting import file_content, image_content, reply_content, text_content
from adapters.matrix.retry import (
    MatrixError,
    call,
    is_error,
)
from adapters.matrix.rooms import power_level
from bot.core.bubbles import bubbles
from bot.core.messages import (
    ROOM_USER,
    ConversationKey,
    Document,
    Inbound,
    OfferPrivateChat,
    Outbound,
    Picture,
    Reply,
)

if TYPE_CHECKING:
    from bot.runtime.runtime import Delivery

from adapters.matrix.base import (
    MAX_DELIVERY_ATTEMPTS,
    MODERATOR,
    PERMANENT,
    PLATFORM,
    _digest,
    _Failed,
    _why,
)
from adapters.matrix.joined import Rooms

log = logging.getLogger(__name__)


class Sending(Rooms):
    """Messages out, with transaction ids derived from the turn."""

    # ----------------------------------------------------------------- sending

    def _delivery_job(self, delivery: Delivery) -> Callable[[], Any]:
        async def job() -> None:
            await self._deliver_delivery(delivery)

        return job

    async def _deliver_delivery(self, delivery: Delivery, attempts: int = 1) -> None:
        pending = delivery.pending
        if pending is None or not pending.outbound:
            return
        key = pending.key
        mark = pending.digest()
        if mark in self._sent:  # already sent by this process (an event seen again)
            self.runtime.delivered(delivery)
            return
        try:
            await self._send_all(key.chat_id, key.user_id, pending.outbound, mark)
        except Exception as exc:
            if isinstance(exc, MatrixError) and exc.status_code in PERMANENT:
                log.warning("Matrix: a reply cannot be delivered (%s); dropped", _why(exc))
                self.runtime.delivered(delivery)
                return
            log.warning("Matrix: delivery failed (%s); will retry after a sync", _why(exc))
            self._failed.append(_Failed(delivery, attempts))
            return
        self._sent.add(mark)
        self.runtime.delivered(delivery)

    def _retry_failed(self) -> None:
        """After a good sync, try failed deliveries again (in their room's order)."""
        if not self._failed:
            return
        failed, self._failed = self._failed, []
        for item in failed:
            pending = item.delivery.pending
            assert pending is not None
            if item.attempts >= MAX_DELIVERY_ATTEMPTS:
                log.error("Matrix: gave up delivering a reply after %d attempts", item.attempts)
                self.runtime.delivered(item.delivery)
                continue
            retry = partial(self._deliver_delivery, item.delivery, item.attempts + 1)
            self._queues.submit(pending.key.chat_id, retry)

    async def _send_all(
        self, room_id: str, user_id: str, outbound: Sequence[Outbound], txn_base: str
    ) -> None:
        # A turn's texts as one message where that reads well (see bot.core.bubbles).
        for index, item in enumerate(bubbles(outbound)):
            txn = f"vb{txn_base}.{index}"
            if isinstance(item, Reply):
                event_id = await self._send(room_id, reply_content(item), txn)
                if user_id == ROOM_USER:  # the room's own post: a check-in question or round-up
                    self._own.add(room_id, event_id, post=True)
                if item.choices and item.numbered:
                    self._choices.remember(room_id, event_id, item.choices)
            elif isinstance(item, OfferPrivateChat):
                if item.reason == "talk":
                    continue  # an offer only, said in the room: nobody is written unasked
                dm = await self._direct_room(user_id)
                await self._send(dm, text_content(item.text), txn)
                if item.reason == "crisis":
                    # The direct chat opens in crisis support ("are you safe?"), not with
                    # a cold welcome: the person's next words there are read in that light.
                    key = ConversationKey(PLATFORM, dm, user_id)
                    delivery = await self.runtime.handle(Inbound(key, opened_for="reached"))
                    self._queues.submit(dm, self._delivery_job(delivery))
            elif isinstance(item, Document):
                await self._send_document(room_id, item, txn)
            elif isinstance(item, Picture):
                await self._send_picture(room_id, item, txn)

    async def _send(self, room_id: str, content: dict[str, Any], txn: str) -> str:
        self._joined_room(room_id)
        client = self.client
        response = await call(
            "send",
            lambda: client.room_send(
                room_id, "m.room.message", content, tx_id=txn, ignore_unverified_devices=True
            ),
            cap=self.retry_cap,
        )
        log.debug("sent %s to %s", response.event_id, room_id)
        self._own.add(room_id, str(response.event_id))
        return str(response.event_id)

    async def _send_document(self, room_id: str, document: Document, txn: str) -> None:
        mimetype = mimetypes.guess_type(document.filename)[0] or "application/octet-stream"
        if document.caption:
            await self._send(room_id, text_content(document.caption), f"{txn}.caption")
        uri, keys = await self._upload(room_id, document.filename, document.content, mimetype)
        content = file_content(document.filename, len(document.content), mimetype, uri, keys)
        await self._send(room_id, content, f"{txn}.file")

    async def _send_picture(self, room_id: str, picture: Picture, txn: str) -> None:
        mimetype = "image/png"
        uri, keys = await self._upload(room_id, picture.filename, picture.content, mimetype)
        info = {"mimetype": mimetype, "size": len(picture.content)}
        if picture.width and picture.height:
            info |= {"w": picture.width, "h": picture.height}
        content = image_content(picture.filename, picture.caption, info, uri, keys)
        await self._send(room_id, content, f"{txn}.image")

    async def _upload(
        self, room_id: str, filename: str, data: bytes, mimetype: str
    ) -> tuple[str, dict[str, Any] | None]:
        """Upload to the media repository, encrypted when the room is (as the spec asks)."""
        encrypted = bool(self._joined_room(room_id).encrypted)
        client = self.client

        async def upload() -> Any:
            response, keys = await client.upload(
                io.BytesIO(data),
                content_type=mimetype,
                filename=filename,
                encrypt=encrypted,
                filesize=len(data),
            )
            return response if is_error(response) else (response, keys)

        uploaded, keys = await call("upload", upload, attempts=4, cap=self.retry_cap)
        return str(uploaded.content_uri), keys

    # ----------------------------------------------------------------- Transport

    async def deliver(
        self, chat_id: str, outbound: Sequence[Outbound], *, user_id: str, key: str | None = None
    ) -> None:
        """Send replies to a room (in order with the room's other replies); raise if it failed.

        With a ``key`` (a message from the outbox) the transaction id is derived from it,
        so a retry or a restart that sends it again leaves one event in the room.
        """
        txn = _digest("outbox", chat_id, user_id, key) if key else uuid.uuid4().hex
        job = self._queues.submit(chat_id, lambda: self._send_all(chat_id, user_id, outbound, txn))
        await job

    async def is_admin(self, chat_id: str, user_id: str) -> bool:
        """Power level 50 or more, read from the room's state on the server (no cache)."""
        client = self.client
        response = await call(
            "room state", partial(client.room_get_state, chat_id), attempts=3, cap=self.retry_cap
        )
        events = [e for e in response.events if isinstance(e, dict)]
        return power_level(events, user_id) >= MODERATOR

    async def display_name(self, chat_id: str, user_id: str) -> str:
        room = self.client.rooms.get(chat_id)
        name = room.user_name(user_id) if room is not None else None
        if name:
            return str(name)
        client = self.client
        try:
            response = await call(
                "member",
                lambda: client.room_get_state_event(chat_id, "m.room.member", user_id),
                attempts=3,
                cap=self.retry_cap,
            )
            content = response.content if isinstance(response.content, dict) else {}
            shown = content.get("displayname")
        except MatrixError:
            shown = None
        return str(shown) if shown else user_id.partition(":")[0].lstrip("@")
