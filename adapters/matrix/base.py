"""The Matrix adapter's shared state and small helpers (see :mod:`adapters.matrix.client`)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import nio

from adapters.matrix import session
from adapters.matrix.inbound import OwnEvents, RecentChoices
from adapters.matrix.ordering import SyncWatermark
from adapters.matrix.retry import (
    MatrixError,
)
from adapters.matrix.rooms import DirectRooms, InvitePolicy
from bot.config import Config, ConfigError, MatrixConfig
from bot.runtime.lanes import Lanes
from bot.runtime.recent import RecentSet

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


class Base:
    """The adapter's state, shared by its parts (rooms, sending, events, syncing)."""

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
        self._seen = RecentSet()
        self._sent = RecentSet()
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
