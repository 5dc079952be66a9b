"""Rooms the adapter is in: answering invites, leaving empty rooms, direct chats."""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.parse
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

import nio

from adapters.matrix.retry import (
    MatrixError,
    call,
)
from adapters.matrix.rooms import is_alone, is_private

if TYPE_CHECKING:
    pass

from adapters.matrix.base import (
    MEGOLM,
    NOT_JOINED,
    WAIT_FOR_ROOM_SECONDS,
    Base,
    _inviter,
    _someone_left,
)

log = logging.getLogger(__name__)


class Rooms(Base):
    """Invites, leaving, and the direct room with a person."""

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
