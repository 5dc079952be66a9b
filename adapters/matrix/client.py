"""The Matrix adapter: matrix-nio in, :class:`bot.runtime.runtime.Runtime` turns, matrix-nio out.

One background task syncs with the homeserver. After each sync it does the
end-to-end housekeeping ``sync_forever`` would do (to-device messages, key
upload, query and claim), answers invites, and hands every new event to the
room's worker (:class:`~bot.runtime.lanes.Lanes`): the runtime runs
the turn and commits it, the worker sends the replies and confirms them.

Nothing is lost and nothing answered twice:

* the sync token is saved only when every event up to it was handled
  (:class:`~adapters.matrix.ordering.SyncWatermark`); after a crash the next
  start sees some events again and the runtime recognises their event ids;
* replies committed but not confirmed are sent first on start;
* every message goes out with a transaction id derived from its turn, so a
  resend after a crash is dropped by the homeserver as a duplicate;
* events from before the bot entered a room, its own messages, notices, edits,
  and (in community rooms) messages not addressed to it are never turns. A reply
  to one of the bot's own messages is addressed to it (as on Telegram); a
  reaction to the room's open check-in question is taking part in the check-in.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import io
import json
import logging
import mimetypes
import os
import time
import urllib.parse
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

import nio

from adapters.matrix import crosssign, session
from adapters.matrix.formatting import file_content, image_content, reply_content, text_content
from adapters.matrix.inbound import OwnEvents, RecentChoices, addressed, read_event
from adapters.matrix.ordering import SyncWatermark
from adapters.matrix.retry import (
    TRANSIENT,
    Backoff,
    MatrixError,
    call,
    is_error,
    rate_limit_delay,
)
from adapters.matrix.rooms import DirectRooms, InvitePolicy, is_alone, is_private, power_level
from bot import metrics
from bot.config import Config, ConfigError, MatrixConfig
from bot.core.bubbles import bubbles
from bot.core.messages import (
    ROOM_USER,
    ConversationKey,
    Document,
    Inbound,
    InboundKind,
    OfferPrivateChat,
    Outbound,
    Picture,
    Reply,
)
from bot.runtime.lanes import Lanes
from bot.runtime.runtime import REDELIVERY_WINDOW

if TYPE_CHECKING:
    from bot.runtime.runtime import Delivery, Runtime

log = logging.getLogger(__name__)

PLATFORM = "matrix"
MEGOLM = "m.megolm.v1.aes-sha2"
# Timeline events per room and sync: more than arrive during a normal restart.
FILTER: dict[str, Any] = {"room": {"timeline": {"limit": 50}}, "presence": {"not_types": ["*"]}}
# The very first sync of a new store learns the rooms and only their last event: history is
# not for answering, but a message written while the store was gone is (see _last_words).
FIRST_FILTER: dict[str, Any] = {
    "room": {"timeline": {"limit": 1}},
    "presence": {"not_types": ["*"]},
}
FIRST_SYNC_SECONDS = 300.0
WAIT_FOR_ROOM_SECONDS = 30.0
UNDECRYPTABLE_AFTER_SECONDS = 60.0
MAX_UNDECRYPTED = 500
MAX_DELIVERY_ATTEMPTS = 10
HANDLE_ATTEMPTS = 3
STUCK_BATCHES = 1000
MODERATOR = 50
# Errors another attempt will not fix: the reply is dropped (and confirmed, so a
# restart does not try again), with a warning.
NOT_JOINED = "NOT_JOINED"
PERMANENT = ("M_FORBIDDEN", "M_NOT_FOUND", NOT_JOINED)


class _Seen:
    """A bounded set of recent ids (events dispatched, deliveries sent)."""

    def __init__(self, size: int = 4096) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._size = size

    def add(self, item: str) -> None:
        self._ids[item] = None
        self._ids.move_to_end(item)
        while len(self._ids) > self._size:
            self._ids.popitem(last=False)

    def __contains__(self, item: object) -> bool:
        return item in self._ids


@dataclass
class _Undecrypted:
    """An encrypted event whose key has not arrived (yet)."""

    room_id: str
    event: Any
    done: asyncio.Future[None]
    since: float = field(default_factory=time.monotonic)


@dataclass
class _Failed:
    delivery: Delivery
    attempts: int = 1


def _entered_at(events: Sequence[Any], user_id: str) -> int:
    """Index of the first event after the bot was invited to or joined the room.

    Everything before it (room history shown on join) is not for the bot.
    A join after an invite keeps the invite as the starting point, so what a
    person wrote while the bot was only invited is still answered.
    """
    start = 0
    for index, event in enumerate(events):
        if (
            isinstance(event, nio.RoomMemberEvent)
            and event.state_key == user_id
            and event.membership in ("invite", "join")
            and event.prev_membership not in ("invite", "join")
        ):
            start = index + 1
    return start


def _someone_left(info: Any, user_id: str) -> bool:
    """Someone else left, was kicked or banned, or turned the bot's invite down.

    Only that can leave the bot alone: a room the bot just created shows up
    before its invite does, and must not look abandoned.
    """
    return any(
        isinstance(event, nio.RoomMemberEvent)
        and event.state_key != user_id
        and event.membership in ("leave", "ban")
        for event in [*info.state, *info.timeline.events]
    )


def _inviter(invite_state: Iterable[Any], user_id: str) -> tuple[str | None, bool]:
    """Who invited the bot, and whether they flagged the room as a direct chat."""
    for event in invite_state:
        if (
            isinstance(event, nio.InviteMemberEvent)
            and event.state_key == user_id
            and event.membership == "invite"
        ):
            content = event.content if isinstance(event.content, dict) else {}
            return str(event.sender), bool(content.get("is_direct"))
    return None, False


def _why(exc: BaseException) -> str:
    """An error's errcode or class: never a message that could carry ids or text."""
    code = getattr(exc, "status_code", None)
    return str(code) if code else type(exc).__name__


def _digest(*parts: object) -> str:
    raw = json.dumps([str(p) for p in parts], ensure_ascii=False).encode("utf-8")
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


class MatrixAdapter:
    """Runs the bot on Matrix; also the scheduler's :class:`bot.runtime.ports.Transport`."""

    name = "matrix"
    platform = PLATFORM

    def __init__(
        self,
        matrix: MatrixConfig,
        runtime: Runtime,
        *,
        config: Config | None = None,
        sync_timeout_ms: int = 30_000,
        retry_cap: float = 30.0,
        drain_timeout: float = 60.0,
        undecryptable_after: float = UNDECRYPTABLE_AFTER_SECONDS,
    ) -> None:
        self.matrix = matrix
        self.runtime = runtime
        self.store_dir = session.store_dir(matrix, config)
        self.sync_timeout_ms = sync_timeout_ms
        self.retry_cap = retry_cap
        self.drain_timeout = drain_timeout
        self.undecryptable_after = undecryptable_after
        self._client: Any = None
        self._policy = InvitePolicy.from_config(matrix)
        self._direct = DirectRooms()
        self._choices = RecentChoices()
        self._own = OwnEvents()
        self._queues = Lanes()
        self._watermark = SyncWatermark()
        self._seen = _Seen()
        self._sent = _Seen()
        self._undecrypted: OrderedDict[str, _Undecrypted] = OrderedDict()
        self._failed: list[_Failed] = []
        self._invites_answered: set[str] = set()
        self._key_requested: set[str] = set()
        self._display_name = ""
        self._synced = asyncio.Condition()
        self._dm_lock = asyncio.Lock()
        self._sync_task: asyncio.Task[None] | None = None
        self._sync_ok = False  # the last sync succeeded (for /readyz)
        self._accepting = False
        self._stop_event = asyncio.Event()
        self._interruptible = False
        self._stuck_logged = False
        self._resume = False  # the next sync starts a new session from the saved position

    # ------------------------------------------------------------------ lifecycle

    @property
    def client(self) -> Any:
        if self._client is None:
            raise RuntimeError("the Matrix adapter is not started")
        return self._client

    @property
    def user_id(self) -> str:
        return str(self.client.user_id)

    @property
    def device_id(self) -> str:
        return str(self.client.device_id)

    @property
    def ready(self) -> bool:
        """Logged in and syncing (for /readyz)."""
        task = self._sync_task
        return task is not None and not task.done() and self._sync_ok

    async def start(self) -> None:
        """Log in, sync once, send what a crash left unsent; then sync in the background."""
        nio_log = logging.getLogger("nio")
        if nio_log.level == logging.NOTSET:
            # nio logs room and user ids at INFO; Verbonden keeps ids out of its logs.
            nio_log.setLevel(logging.WARNING)
        try:
            self._client = await session.open_session(self.matrix, self.store_dir)
        except MatrixError as exc:
            raise _start_error(self.matrix, exc) from None
        try:
            await self._prepare()
            token = self.client.store.load_sync_token()
            if self.client.should_upload_keys:
                await call("upload keys", self.client.keys_upload, cap=self.retry_cap)
            await self._cross_sign()
            # With a stored position, full_state brings every room's members back
            # (nio keeps no room state on disk) while the timeline only holds what
            # arrived since: exactly the events the bot has not handled yet.
            response = await call(
                "first sync",
                lambda: asyncio.wait_for(
                    self._sync_call(
                        timeout_ms=0,
                        since=token,
                        full_state=bool(token),
                        sync_filter=FILTER if token else FIRST_FILTER,
                    ),
                    FIRST_SYNC_SECONDS,
                ),
                cap=self.retry_cap,
            )
            await self._housekeeping()
            self._accepting = True
            for delivery in await self.runtime.undelivered(PLATFORM):
                if delivery.pending is not None:
                    job = self._delivery_job(delivery)
                    self._queues.submit(delivery.pending.key.chat_id, job)
            await self._process(response, fresh=not token, first=True)
        except BaseException:
            self._accepting = False
            await self._queues.cancel()
            await self._close_client()
            raise
        self._sync_task = asyncio.create_task(self._sync_loop(), name="matrix-sync")
        log.info("Matrix: syncing as %s (device %s)", self.user_id, self.device_id)

    async def _cross_sign(self) -> None:
        """Sign this device with the account's cross-signing keys (see crosssign): clients
        hide messages from devices that are not. A failure is logged, never fatal: the
        bot still answers clients that do not insist, and tries again at the next start."""
        client = self.client
        try:
            request = await crosssign.http(client.homeserver, client.access_token)
            password = os.environ.get(self.matrix.password_env, "").strip() or None
            done = await crosssign.ensure(
                request, self.user_id, self.device_id, self.store_dir, password
            )
        except Exception as exc:
            log.warning(
                "Matrix: cross-signing not done (%s); trying again at the next start", _why(exc)
            )
            return
        if done in ("signed", "already signed"):
            log.info("Matrix: device %s is cross-signed (%s)", self.device_id, done)
        else:
            log.warning("Matrix: cross-signing not done: %s", done)

    async def stop(self) -> None:
        """Stop taking events, finish and deliver turns in flight, close the client."""
        if self._client is None:
            return
        self._accepting = False
        try:
            # The sync loop keeps running meanwhile: a reply may wait for a new DM room.
            await asyncio.wait_for(self._queues.drain(), self.drain_timeout)
        except TimeoutError:
            log.warning(
                "Matrix: replies still pending after %.0fs; stopping anyway", self.drain_timeout
            )
            await self._queues.cancel()
        self._stop_event.set()
        if self._sync_task is not None:
            if self._interruptible:
                self._sync_task.cancel()
            await asyncio.gather(self._sync_task, return_exceptions=True)
            self._sync_task = None
        self._save_position()
        await self._close_client()

    async def _close_client(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            await client.close()
        finally:
            session.close_store(client)

    async def _prepare(self) -> None:
        """What the bot needs to know before its first sync: its names, DMs, rooms."""
        client = self.client
        try:
            profile = await call("display name", client.get_displayname, cap=self.retry_cap)
            self._display_name = str(profile.displayname or "")
        except MatrixError:
            self._display_name = ""
        try:
            direct = await call("direct chats", client.list_direct_rooms, cap=self.retry_cap)
            self._direct.replace(direct.rooms)
        except MatrixError:
            pass  # M_NOT_FOUND: the account has no direct chats yet
        rooms = []
        for alias in (r for r in self.matrix.allowed_rooms if r.startswith("#")):
            try:
                resolved = await call("resolve alias", partial(client.room_resolve_alias, alias))
                rooms.append(str(resolved.room_id))
            except MatrixError:
                log.warning("Matrix: allowed_rooms entry %s could not be resolved", alias)
        self._policy = self._policy.with_rooms(rooms)

    # ----------------------------------------------------------------- syncing

    async def _sync_call(
        self,
        *,
        timeout_ms: int,
        since: str | None = None,
        full_state: bool | None = None,
        sync_filter: dict[str, Any] | None = None,
    ) -> Any:
        """One /sync; errors come back as responses or exceptions, never retried here."""
        self._interruptible = True
        try:
            return await self.client.sync(
                timeout=timeout_ms,
                sync_filter=sync_filter or FILTER,
                since=since,
                full_state=full_state,
            )
        finally:
            self._interruptible = False

    async def _pause(self, seconds: float) -> None:
        """Sleep between attempts, but wake up at once when the adapter stops."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop_event.wait(), seconds)

    async def _sync_loop(self) -> None:
        backoff = Backoff(cap=self.retry_cap)
        while not self._stop_event.is_set():
            resume = self._resume
            since = self.client.store.load_sync_token() if resume else None
            # nio sets no request timeout on full-state syncs: bound every sync here.
            limit = FIRST_SYNC_SECONDS if resume else self.sync_timeout_ms / 1000 + 30
            try:
                response = await asyncio.wait_for(
                    self._sync_call(
                        timeout_ms=0 if resume else self.sync_timeout_ms,
                        since=since,
                        full_state=True if resume else None,
                    ),
                    limit,
                )
            except asyncio.CancelledError:
                if self._stop_event.is_set():
                    return
                raise
            except Exception as exc:
                self._sync_ok = False
                delay = backoff.next_delay()
                log.warning("Matrix sync failed (%s); retrying in %.1fs", _why(exc), delay)
                await self._pause(delay)
                continue
            if is_error(response):
                self._sync_ok = False
                delay = await self._sync_error_delay(response, backoff)
                await self._pause(delay)
                continue
            backoff.reset()
            self._sync_ok = True
            metrics.MATRIX_LAST_SYNC.set_to_current_time()
            self._resume = False
            try:
                await self._housekeeping()
                await self._process(response, fresh=resume and not since, first=resume)
            except Exception as exc:
                # A bug in handling one batch must not stop the bot. The batch
                # holds the sync position back, so a restart sees it again.
                log.error("Matrix: handling a sync failed (%s)", _why(exc), exc_info=True)
                failed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
                failed.set_exception(exc)
                self._watermark.add(response.next_batch, [failed])
                await self._pause(backoff.next_delay())

    async def _sync_error_delay(self, response: Any, backoff: Backoff) -> float:
        waited = rate_limit_delay(response)
        if waited is not None:
            log.warning("Matrix sync rate-limited; waiting %.1fs as asked", waited)
            return waited
        if getattr(response, "status_code", None) == "M_UNKNOWN_TOKEN":
            try:
                if getattr(response, "soft_logout", False):
                    if await session.relogin(self.matrix, self.store_dir, self.client):
                        log.warning("Matrix: the login had expired; logged in again")
                        return 0.0
                else:
                    await self._renew_session()
                    return 0.0
            except Exception as exc:
                log.error("Matrix: logging in again failed (%s)", _why(exc))
            log.error(
                "Matrix: the homeserver ended the bot's login; set %s so it can log in again",
                self.matrix.password_env,
            )
        delay = backoff.next_delay()
        log.warning("Matrix sync error %s; retrying in %.1fs", response.status_code, delay)
        return delay

    async def _renew_session(self) -> None:
        """The device was logged out: continue as a new device from the saved position."""
        old = self.client
        self._save_position()
        self._client = await session.open_session(self.matrix, self.store_dir)
        self._resume = True
        await old.close()
        session.close_store(old)
        log.warning("Matrix: logged out by the homeserver; now device %s", self.device_id)

    async def _housekeeping(self) -> None:
        """The end-to-end chores ``sync_forever`` does between syncs."""
        client = self.client
        try:
            if client.outgoing_to_device_messages:
                await client.send_to_device_messages()
            if client.should_upload_keys:
                await call("upload keys", client.keys_upload, attempts=2, cap=self.retry_cap)
            if client.should_query_keys:
                await call("query keys", client.keys_query, attempts=2, cap=self.retry_cap)
            if client.should_claim_keys:
                users = client.get_users_for_key_claiming()
                await call("claim keys", lambda: client.keys_claim(users), attempts=2)
        except (MatrixError, nio.LocalProtocolError, *TRANSIENT) as exc:
            log.warning(
                "Matrix key maintenance failed (%s); will try after the next sync", _why(exc)
            )

    async def _process(self, response: Any, *, fresh: bool, first: bool) -> None:
        """Everything one sync brought: account data, invites, events, leaving."""
        client = self.client
        for event in response.account_data_events:
            if getattr(event, "type", None) == "m.direct" and isinstance(event.content, dict):
                self._direct.replace(event.content)
        for room_id in response.rooms.leave:
            self._invites_answered.discard(room_id)
            self._choices.forget_room(room_id)
            self._own.forget_room(room_id)
        work: list[asyncio.Future[None]] = []
        if self._accepting:
            await self._answer_invites(response)
            if fresh:
                work.extend(await self._last_words(response))
            else:
                for room_id, info in response.rooms.join.items():
                    self._invites_answered.discard(room_id)
                    room = client.rooms.get(room_id)
                    events = info.timeline.events
                    if room is None:
                        continue
                    start = _entered_at(events, self.user_id)
                    if info.timeline.limited and not first and start == 0:
                        log.warning("Matrix: a sync skipped older events in a busy room")
                    for event in events[start:]:
                        work.extend(await self._dispatch(room, event))
            self._retry_decryption()
        await self._leave_if_alone(response, everywhere=first)
        self._retry_failed()
        if self._accepting:
            self._watermark.add(response.next_batch, work)
            self._save_position()
        async with self._synced:
            self._synced.notify_all()

    async def _last_words(self, response: Any) -> list[asyncio.Future[None]]:
        """A start without a sync position (a new bot, or the store folder lost): a direct
        chat whose last event is a person's recent message gets its turn, so a message
        written while the store was gone is still answered (or, if it was encrypted for
        the lost device, gets "I could not read that"). The runtime knows the event ids
        it answered in the last days, so an answered message is not answered again."""
        work: list[asyncio.Future[None]] = []
        oldest = (time.time() - REDELIVERY_WINDOW.total_seconds()) * 1000
        for room_id, info in response.rooms.join.items():
            room = self.client.rooms.get(room_id)
            events = info.timeline.events
            if room is None or not events or not is_private(room):
                continue
            last = events[-1]
            person = getattr(last, "sender", self.user_id) != self.user_id
            recent = getattr(last, "server_timestamp", 0) >= oldest
            message = isinstance(last, nio.RoomMessage | nio.MegolmEvent)
            if person and recent and message:
                work.extend(await self._dispatch(room, last))
        return work

    def _save_position(self) -> None:
        token = self._watermark.advance()
        if token and self._client is not None:
            self.client.store.save_sync_token(token)
        if len(self._watermark) > STUCK_BATCHES and not self._stuck_logged:
            self._stuck_logged = True
            log.error(
                "Matrix: the saved sync position has not moved for %d syncs (a turn that "
                "could not be committed?); a restart will see those events again",
                STUCK_BATCHES,
            )

    # ----------------------------------------------------------------- rooms

    async def _answer_invites(self, response: Any) -> None:
        client = self.client
        for room_id, info in response.rooms.invite.items():
            if room_id in self._invites_answered:
                continue
            self._invites_answered.add(room_id)
            inviter, direct = _inviter(info.invite_state, self.user_id)
            invited = client.invited_rooms.get(room_id)
            aliases = [invited.canonical_alias] if invited and invited.canonical_alias else []
            if not self._policy.accepts(inviter, room_id, aliases):
                log.info("Matrix: declined an invite from a server not in allowed_servers")
                log.debug("declined invite to %s", room_id)
                await self._leave(room_id)
                continue
            try:
                await call("join", partial(client.join, room_id), cap=self.retry_cap)
            except MatrixError as exc:
                log.warning("Matrix: could not join a room (%s)", exc.status_code)
                continue
            log.debug("joined %s", room_id)
            if direct and inviter and self._direct.add(inviter, room_id):
                await self._save_direct()

    async def _leave_if_alone(self, response: Any, *, everywhere: bool) -> None:
        client = self.client
        if everywhere:
            candidates = list(client.rooms)
        else:
            joined = response.rooms.join.items()
            candidates = [r for r, info in joined if _someone_left(info, self.user_id)]
        for room_id in candidates:
            room = client.rooms.get(room_id)
            if room is not None and is_alone(room):
                log.debug("alone in %s: leaving", room_id)
                await self._leave(room_id)
                await self._quietly("forget room", partial(client.room_forget, room_id))
                if self._direct.remove_room(room_id):
                    await self._save_direct()
                self._choices.forget_room(room_id)
                self._own.forget_room(room_id)

    async def _leave(self, room_id: str) -> None:
        await self._quietly("leave", lambda: self.client.room_leave(room_id))

    async def _quietly(self, what: str, request: Callable[[], Any]) -> None:
        try:
            await call(what, request, attempts=3, cap=self.retry_cap)
        except MatrixError as exc:
            log.warning("Matrix: %s failed (%s)", what, exc.status_code)

    async def _save_direct(self) -> None:
        """Write ``m.direct`` account data (nio has no call for it)."""
        client = self.client
        user = urllib.parse.quote(self.user_id, safe="")
        path = f"/_matrix/client/v3/user/{user}/account_data/m.direct"
        body = json.dumps(self._direct.content())

        async def put() -> Any:
            headers = {
                "Authorization": f"Bearer {client.access_token}",
                "Content-Type": "application/json",
            }
            response = await client.send("PUT", path, body, headers)
            try:
                if response.status == 200:
                    return True
                try:
                    parsed = await response.json(content_type=None)
                except ValueError:
                    parsed = {}
                error = nio.ErrorResponse.from_dict(parsed if isinstance(parsed, dict) else {})
                error.transport_response = response
                return error
            finally:
                response.release()

        try:
            await call("save m.direct", put, attempts=3, cap=self.retry_cap)
        except MatrixError as exc:
            log.warning("Matrix: could not save the direct chats (%s)", exc.status_code)

    async def _wait_until(self, condition: Callable[[], bool], seconds: float, what: str) -> None:
        async with self._synced:
            try:
                await asyncio.wait_for(self._synced.wait_for(condition), seconds)
            except TimeoutError:
                raise MatrixError(what, f"not seen in a sync within {seconds:.0f}s") from None

    def _joined_room(self, room_id: str) -> Any:
        """The room, as the last sync showed it; nio cannot send to a room it has not seen."""
        room = self.client.rooms.get(room_id)
        if room is None:
            raise MatrixError("send", "the bot is not in that room", code=NOT_JOINED)
        return room

    async def _direct_room(self, user_id: str) -> str:
        """A DM with ``user_id``: the existing one, or a new encrypted one."""
        async with self._dm_lock:
            for room_id in self._direct.rooms_with(user_id):
                room = self.client.rooms.get(room_id)
                if room is not None and user_id in room.users and is_private(room):
                    return room_id
            client = self.client
            response = await call(
                "create a direct chat",
                lambda: client.room_create(
                    is_direct=True,
                    invite=[user_id],
                    preset=nio.RoomPreset.trusted_private_chat,
                    initial_state=[
                        {
                            "type": "m.room.encryption",
                            "state_key": "",
                            "content": {"algorithm": MEGOLM},
                        }
                    ],
                ),
                attempts=3,
                cap=self.retry_cap,
            )
            room_id = str(response.room_id)
            log.debug("created direct chat %s", room_id)
            self._direct.add(user_id, room_id)
            await self._save_direct()

            def ready() -> bool:
                room = self._client.rooms.get(room_id) if self._client else None
                return room is not None and room.encrypted and user_id in room.users

            # Keys go to the members nio knows: wait until a sync shows the invitee.
            await self._wait_until(ready, WAIT_FOR_ROOM_SECONDS, "new direct chat")
            return room_id

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

    def _delivery_job(self, delivery: Delivery) -> Callable[[], Any]:
        async def job() -> None:
            await self._deliver_delivery(delivery)

        return job

    async def _deliver_delivery(self, delivery: Delivery, attempts: int = 1) -> None:
        pending = delivery.pending
        if pending is None or not pending.outbound:
            return
        key = pending.key
        mark = delivery.idempotency_key or pending.digest()
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

    # ----------------------------------------------------------------- sending

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


def _pass_on(source: asyncio.Future[None], *, target: asyncio.Future[None]) -> None:
    if target.done():
        return
    if source.cancelled():
        target.cancel()
    elif source.exception() is not None:
        target.set_exception(source.exception())  # type: ignore[arg-type]
    else:
        target.set_result(None)


def _start_error(matrix: MatrixConfig, exc: MatrixError) -> ConfigError:
    """One line for a login that cannot work at start, instead of a traceback."""
    if exc.status_code == "M_UNKNOWN_TOKEN":
        return ConfigError(
            f"[matrix] the homeserver does not accept the access token in "
            f"{matrix.access_token_env}. Make a new one, or set {matrix.password_env}."
        )
    if exc.status_code is None:
        return ConfigError(
            f"[matrix] the homeserver at {matrix.homeserver} cannot be reached ({exc}). "
            "Check [matrix] homeserver and the network; `verbonden doctor` checks it."
        )
    return ConfigError(f"[matrix] logging in failed ({exc}). See docs/matrix.md.")
