"""The sync loop: one long poll at a time, end-to-end housekeeping, and the sync position
saved only once every event up to it was handled."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import TYPE_CHECKING, Any

import nio

from adapters.matrix import session
from adapters.matrix.retry import (
    TRANSIENT,
    Backoff,
    MatrixError,
    call,
    is_error,
    rate_limit_delay,
)
from adapters.matrix.rooms import is_private
from bot import metrics
from bot.runtime.retry import RetryPolicy
from bot.runtime.runtime import REDELIVERY_WINDOW

if TYPE_CHECKING:
    pass

from adapters.matrix.base import FILTER, FIRST_SYNC_SECONDS, STUCK_BATCHES, _entered_at, _why
from adapters.matrix.events import Events

log = logging.getLogger(__name__)


class Syncing(Events):
    """The background sync and what each sync response brings."""

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
        backoff = Backoff(RetryPolicy(max_delay=self.retry_cap))
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
