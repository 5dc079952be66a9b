"""Events in: which timeline events are turns, holding undecryptable ones, and a turn's
delivery."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

import nio

from adapters.matrix.inbound import addressed, read_event
from adapters.matrix.rooms import is_private
from bot import metrics
from bot.core.messages import (
    ConversationKey,
    Inbound,
    InboundKind,
)

if TYPE_CHECKING:
    pass

from adapters.matrix.base import (
    HANDLE_ATTEMPTS,
    MAX_UNDECRYPTED,
    PLATFORM,
    _pass_on,
    _Undecrypted,
    _why,
)
from adapters.matrix.sending import Sending

log = logging.getLogger(__name__)


class Events(Sending):
    """Timeline events to turns, and their replies out."""

    # ----------------------------------------------------------------- events in

    async def _dispatch(self, room: Any, event: Any) -> list[asyncio.Future[None]]:
        """Queue the turn for one event; returns what to wait for before moving on."""
        event_id = getattr(event, "event_id", None)
        if event_id and getattr(event, "sender", None) == self.user_id:
            # Its own messages as the sync shows them (also those sent before a restart).
            self._own.add(room.room_id, str(event_id))
        if isinstance(event, nio.MegolmEvent):
            return self._hold_undecrypted(room.room_id, event)
        found = self._inbound(room, event)
        if found is None:
            return []
        inbound = found
        self._seen.add(str(event.event_id))
        log.debug("event %s in %s: %s", event.event_id, room.room_id, inbound.kind)
        turn = partial(self._turn, inbound)
        return [self._queues.submit(room.room_id, turn)]

    def _inbound(self, room: Any, event: Any) -> Inbound | None:
        """The turn for an event; None when the event is not for the bot.

        A reaction to the room's check-in question counts only as an answer
        (``answer_only``): the runtime makes it a turn only while a round is open.
        """
        sender = getattr(event, "sender", None)
        event_id = getattr(event, "event_id", None)
        if not sender or not event_id or sender == self.user_id or event_id in self._seen:
            return None
        incoming = read_event(event)
        if incoming is None:
            return None
        private = is_private(room)
        answer_only = False
        to_room = False  # typed to the others in a room, not to the bot (safety watch only)
        kind: InboundKind
        if incoming.kind == "reaction":
            label = self._choices.label(room.room_id, incoming.reacts_to, incoming.number)
            if label is not None:
                kind, text = "choice", label
            elif not private and incoming.reacts_to == self._own.latest_post(room.room_id):
                # An emoji reaction is an answer too: any emoji on the check-in question takes
                # part. The emoji itself is not passed on: an empty answer is counted
                # and never read (a 😂 is no joke to screen for).
                kind, text, answer_only = "text", "", True
            else:
                return None
        elif incoming.kind == "text":
            text = incoming.text
            if not private:
                replied = incoming.replies_to
                found = addressed(
                    text,
                    incoming.content,
                    prefix=self.matrix.command_prefix,
                    user_id=self.user_id,
                    names=self._names_in(room),
                    reply_to_bot=replied is not None
                    and (
                        self._own.sent(room.room_id, replied)
                        or incoming.quoted_sender == self.user_id
                    ),
                )
                # Not for the bot: it stays in the room's sync, unless the room's safety
                # watch is on (see _turn): then it is screened, and nothing is kept.
                to_room = found is None
                text = text if found is None else found
            kind = "text"
        else:
            text = incoming.text  # a caption, screened like typed text
            if not private:
                found = addressed(
                    text,
                    incoming.content,
                    prefix=self.matrix.command_prefix,
                    user_id=self.user_id,
                    names=self._names_in(room),
                    reply_to_bot=False,
                )
                if not text or found is None:
                    return None
                text = found
            kind = "unsupported"
        timestamp = getattr(event, "server_timestamp", None)
        received = (
            datetime.fromtimestamp(timestamp / 1000, UTC)
            if isinstance(timestamp, int) and timestamp > 0
            else None
        )
        inbound = Inbound(
            key=ConversationKey(PLATFORM, room.room_id, sender),
            text=text,
            kind=kind,
            addressed=not to_room,
            edited=incoming.edited,
            event_id=event_id,
            chat_type="private" if private else "group",
            display_name=room.user_name(sender),
            received_at=received,
            answer_only=answer_only,
        )
        return inbound

    def _names_in(self, room: nio.MatrixRoom) -> set[str]:
        """The names people may mention the bot by in ``room``."""
        return {self._display_name, room.user_name(self.user_id) or "", self._localpart}

    @property
    def _localpart(self) -> str:
        return self.user_id.partition(":")[0].lstrip("@")

    def _hold_undecrypted(self, room_id: str, event: Any) -> list[asyncio.Future[None]]:
        event_id = str(event.event_id)
        if event.sender == self.user_id or event_id in self._seen or event_id in self._undecrypted:
            return []
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._undecrypted[event_id] = _Undecrypted(room_id, event, done)
        while len(self._undecrypted) > MAX_UNDECRYPTED:
            _, oldest = self._undecrypted.popitem(last=False)
            oldest.done.set_result(None)
        log.debug("event %s in %s: waiting for its key", event_id, room_id)
        session_id = str(getattr(event, "session_id", ""))
        if session_id not in self._key_requested:
            self._key_requested.add(session_id)
            self._queues.submit(room_id, lambda: self._request_key(event))
        return [done]

    async def _request_key(self, event: Any) -> None:
        try:
            await self.client.request_room_key(event)
        except Exception as exc:  # only a hint to the sender's devices; never fatal
            log.debug("room key request failed: %s", type(exc).__name__)

    def _retry_decryption(self) -> None:
        """Keys arrive by to-device messages, often a sync later than the message."""
        client = self.client
        for event_id, held in list(self._undecrypted.items()):
            held.event.room_id = held.room_id
            try:
                event = client.decrypt_event(held.event)
            except Exception:
                if time.monotonic() - held.since < self.undecryptable_after:
                    continue
                # Better a kind "I could not read that" than silence: in a private
                # chat the still-encrypted event becomes an "unsupported" turn.
                log.warning("Matrix: a message stayed unreadable (its key never arrived)")
                metrics.MATRIX_UNDECRYPTABLE.inc()
                event = held.event
            del self._undecrypted[event_id]
            room = client.rooms.get(held.room_id)
            found = self._inbound(room, event) if room is not None else None
            if found is None:
                held.done.set_result(None)
                continue
            inbound = found
            self._seen.add(event_id)
            log.debug("event %s decrypted late", event_id)
            job = partial(self._turn, inbound)
            turn = self._queues.submit(held.room_id, job)
            turn.add_done_callback(partial(_pass_on, target=held.done))

    # ----------------------------------------------------------------- turns

    async def _turn(self, inbound: Inbound) -> None:
        delivery = None
        for attempt in range(1, HANDLE_ATTEMPTS + 1):
            try:
                delivery = await self.runtime.handle(inbound)
                break
            except Exception as exc:
                # Not committed: the runtime said nothing yet. The sync position
                # stays before this event, so a restart tries it again.
                if attempt == HANDLE_ATTEMPTS:
                    log.error("Matrix: a turn could not be committed (%s)", _why(exc))
                    raise
                await asyncio.sleep(0.5 * attempt)
        assert delivery is not None
        await self._deliver_delivery(delivery)
