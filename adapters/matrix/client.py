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
import logging
import os
from functools import partial
from typing import TYPE_CHECKING

from adapters.matrix import crosssign, session
from adapters.matrix.retry import (
    MatrixError,
    call,
)

if TYPE_CHECKING:
    pass

from adapters.matrix.base import (
    FILTER,
    FIRST_FILTER,
    FIRST_SYNC_SECONDS,
    PLATFORM,
    _start_error,
    _why,
)
from adapters.matrix.syncing import Syncing

log = logging.getLogger(__name__)


class MatrixAdapter(Syncing):
    """Runs the bot on Matrix; also the scheduler's :class:`bot.runtime.ports.Transport`.

    Its parts, each a class it inherits: :mod:`~adapters.matrix.base` (state),
    :mod:`~adapters.matrix.joined` (rooms), :mod:`~adapters.matrix.sending`,
    :mod:`~adapters.matrix.events` and :mod:`~adapters.matrix.syncing`.
    """

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
