"""Drive Matrix test users with matrix-nio against the test Synapse.

Every helper here talks to the server itself: there is no background
``sync_forever``. Instead :func:`sync_once` does one sync *and* the end-to-end
housekeeping that ``sync_forever`` would otherwise do (send queued to-device
messages, upload one-time keys, query device keys, claim one-time keys).
A client that only calls ``client.sync()`` does none of that and will
sooner or later fail to decrypt or be decrypted.

Typical use::

    alice = await make_client(synapse, unique_localpart("alice"), store_dir=tmp_path / "a")
    bob = await make_client(synapse, unique_localpart("bob"), store_dir=tmp_path / "b")
    room_id = await create_dm(alice, bob.user_id)
    await accept_invites(bob)
    await send_text(alice, room_id, "Hoi Bob")
    event = await wait_for_text(bob, room_id, "Hoi")
    await close(alice); await close(bob)

Every message event (decrypted when possible) a client receives through these
helpers is kept in a per-client inbox, so :func:`wait_for_text` also finds
messages that arrived during an earlier sync (e.g. inside :func:`send_text`).
"""

from __future__ import annotations

import json
import secrets
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias
from weakref import WeakKeyDictionary

import nio
from nio import (
    AsyncClient,
    AsyncClientConfig,
    EncryptionError,
    ErrorResponse,
    MegolmEvent,
    RoomMessageNotice,
    RoomMessageText,
    RoomPreset,
    SyncResponse,
)

from .synapse import Synapse

TextEvent: TypeAlias = RoomMessageText | RoomMessageNotice
Predicate: TypeAlias = Callable[[Any], bool] | str | None

MEGOLM = "m.megolm.v1.aes-sha2"


class MatrixRequestError(RuntimeError):
    """A matrix-nio call came back with an error response."""

    def __init__(self, what: str, response: Any) -> None:
        super().__init__(f"{what} failed: {response}")
        self.response = response

    @property
    def status_code(self) -> str | None:
        code = getattr(self.response, "status_code", None)
        return str(code) if code is not None else None

    @property
    def retry_after_ms(self) -> int | None:
        value = getattr(self.response, "retry_after_ms", None)
        return int(value) if value is not None else None


def _check(what: str, response: Any) -> Any:
    if isinstance(response, ErrorResponse):
        raise MatrixRequestError(what, response)
    return response


# ------------------------------------------------------------------ inbox
@dataclass
class _Inbox:
    # (room_id, event) in arrival order; undecryptable Megolm events stay in
    # here as MegolmEvent until a later key lets us decrypt them.
    events: list[tuple[str, Any]] = field(default_factory=list)
    consumed: set[str] = field(default_factory=set)

    async def on_event(self, room: nio.MatrixRoom, event: Any) -> None:
        self.events.append((room.room_id, event))

    def retry_decryption(self, client: AsyncClient) -> None:
        if client.olm is None:
            return
        for index, (room_id, event) in enumerate(self.events):
            if isinstance(event, MegolmEvent):
                event.room_id = room_id
                try:
                    decrypted = client.decrypt_event(event)
                except EncryptionError:
                    continue
                self.events[index] = (room_id, decrypted)


_INBOXES: WeakKeyDictionary[AsyncClient, _Inbox] = WeakKeyDictionary()


def _inbox(client: AsyncClient) -> _Inbox:
    inbox = _INBOXES.get(client)
    if inbox is None:
        inbox = _Inbox()
        _INBOXES[client] = inbox
        client.add_event_callback(inbox.on_event, (RoomMessageText, RoomMessageNotice, MegolmEvent))
    return inbox


# ---------------------------------------------------------------- clients
def unique_localpart(prefix: str) -> str:
    """``prefix`` plus a random suffix: the test Synapse lives for the whole session."""
    return f"{prefix}-{secrets.token_hex(4)}"


def client_config(*, encryption: bool = True, **overrides: Any) -> AsyncClientConfig:
    """nio config for test users.

    * ``max_limit_exceeded=0``: return 429 responses instead of nio's default of
      sleeping and retrying *forever*, so rate limiting is visible to tests.
    * ``max_timeouts=8``: nio's default retries connection errors forever; 8
      retries with nio's backoff (0, 0.2, 0.4 … 12.8 s) ride out a Synapse
      restart but still fail within ~30 s when the server is really gone.
    """
    settings: dict[str, Any] = {
        "encryption_enabled": encryption,
        "store_sync_tokens": True,
        "max_limit_exceeded": 0,
        "max_timeouts": 8,
        "request_timeout": 30,
    }
    settings.update(overrides)
    return AsyncClientConfig(**settings)


async def make_client(
    synapse: Synapse,
    localpart: str,
    *,
    store_dir: Path | str,
    encryption: bool = True,
    password: str | None = None,
    config: AsyncClientConfig | None = None,
) -> AsyncClient:
    """Register ``localpart``, log it in (the registration's token and device),
    create its e2e store in ``store_dir``, upload its keys and do a first sync.

    The returned client has ``user_id``, ``device_id`` and ``access_token`` set.
    Close it with :func:`close`.
    """
    user = await synapse.register_async(localpart, password)
    store = Path(store_dir)
    store.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240  (instant, test setup)
    client = AsyncClient(
        synapse.base_url,
        user.user_id,
        device_id=user.device_id,
        store_path=str(store),
        config=config or client_config(encryption=encryption),
    )
    try:
        # restore_login also loads (creates) the Olm account from the store.
        client.restore_login(user.user_id, user.device_id, user.access_token)
        if encryption and client.olm is None:
            raise RuntimeError("matrix-nio has no encryption support (is vodozemac installed?)")
        _inbox(client)
        if client.should_upload_keys:
            _check("keys_upload", await client.keys_upload())
        await sync_once(client)
    except BaseException:
        await close(client)
        raise
    return client


async def close(client: AsyncClient) -> None:
    """Close the HTTP session and the e2e store's SQLite connection."""
    try:
        await client.close()
    finally:
        store = getattr(client, "store", None)
        if store is not None:
            store.database.close()
        _INBOXES.pop(client, None)


# ------------------------------------------------------------------- sync
async def e2e_housekeeping(client: AsyncClient) -> None:
    """What ``sync_forever`` does between syncs for end-to-end encryption."""
    if client.olm is None:
        return
    if client.outgoing_to_device_messages:
        for response in await client.send_to_device_messages():
            _check("to_device", response)
    if client.should_upload_keys:
        _check("keys_upload", await client.keys_upload())
    if client.should_query_keys:
        _check("keys_query", await client.keys_query())
    if client.should_claim_keys:
        _check("keys_claim", await client.keys_claim(client.get_users_for_key_claiming()))


async def sync_once(client: AsyncClient, timeout_ms: int = 0) -> SyncResponse:
    """One ``/sync`` (long-polling up to ``timeout_ms``) plus e2e housekeeping."""
    response = _check("sync", await client.sync(timeout=timeout_ms))
    await e2e_housekeeping(client)
    _inbox(client).retry_decryption(client)
    return response


async def _sync_until(
    client: AsyncClient,
    condition: Callable[[], bool],
    timeout: float,  # noqa: ASYNC109  (one deadline for a loop of syncs)
    what: str,
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"{client.user_id}: {what} did not happen within {timeout}s")
        await sync_once(client, timeout_ms=int(min(remaining, 2.0) * 1000))


# ------------------------------------------------------------------ rooms
async def create_dm(
    client: AsyncClient,
    other_user_id: str,
    encrypted: bool = True,
    *,
    timeout: float = 10.0,  # noqa: ASYNC109
) -> str:
    """Create a direct chat with ``other_user_id`` (invited, ``is_direct``),
    mark it in the creator's ``m.direct`` account data, and sync until the
    client knows the room (and that it is encrypted)."""
    initial_state: list[dict[str, Any]] = []
    if encrypted:
        initial_state.append(
            {"type": "m.room.encryption", "state_key": "", "content": {"algorithm": MEGOLM}}
        )
    response = _check(
        "room_create",
        await client.room_create(
            is_direct=True,
            invite=[other_user_id],
            preset=RoomPreset.trusted_private_chat,
            initial_state=initial_state,
        ),
    )
    room_id: str = response.room_id
    await _add_direct_room(client, other_user_id, room_id)

    def known() -> bool:
        room = client.rooms.get(room_id)
        return room is not None and (room.encrypted or not encrypted)

    await _sync_until(client, known, timeout, f"room {room_id} in sync")
    return room_id


async def _add_direct_room(client: AsyncClient, other_user_id: str, room_id: str) -> None:
    # nio has no setter for account data: PUT it ourselves.
    existing = await client.list_direct_rooms()
    direct: dict[str, list[str]] = dict(getattr(existing, "rooms", None) or {})
    direct[other_user_id] = [*direct.get(other_user_id, []), room_id]
    path = f"/_matrix/client/v3/user/{urllib.parse.quote(client.user_id)}/account_data/m.direct"
    response = await client.send(
        "PUT",
        path,
        json.dumps(direct),
        {"Authorization": f"Bearer {client.access_token}", "Content-Type": "application/json"},
    )
    try:
        if response.status != 200:
            raise MatrixRequestError("set m.direct", await response.text())
    finally:
        response.release()


async def accept_invites(
    client: AsyncClient,
    *,
    min_count: int = 1,
    timeout: float = 10.0,  # noqa: ASYNC109
) -> list[str]:
    """Join every room the client is invited to; returns the room ids joined.

    Syncs (up to ``timeout`` s) until at least ``min_count`` invites were
    accepted (``min_count=0``: only what is pending now), then syncs once more
    so the joined rooms are in ``client.rooms``.
    """
    joined: list[str] = []
    deadline = time.monotonic() + timeout
    await sync_once(client)
    while True:
        for room_id in list(client.invited_rooms):
            if room_id not in joined:
                _check(f"join {room_id}", await client.join(room_id))
                joined.append(room_id)
        if len(joined) >= min_count:
            break
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(
                f"{client.user_id}: {len(joined)} invite(s) within {timeout}s, wanted {min_count}"
            )
        await sync_once(client, timeout_ms=int(min(remaining, 2.0) * 1000))
    if joined:
        await _sync_until(
            client, lambda: all(r in client.rooms for r in joined), timeout, "joined rooms"
        )
    return joined


# --------------------------------------------------------------- messages
async def send_text(
    client: AsyncClient,
    room_id: str,
    text: str,
    *,
    notice: bool = False,
    sync_first: bool = True,
) -> str:
    """Send an ``m.text`` (or ``m.notice``) message; returns the event id.

    Syncs first (``sync_first``) so that members who joined since the last sync
    and their devices get the Megolm key: nio shares keys only with members
    and devices it already knows of. Unverified devices are ignored (still
    receive keys), as a test user never verifies anyone.

    Raises :class:`MatrixRequestError` (e.g. status_code ``M_LIMIT_EXCEEDED``
    with ``retry_after_ms``) when the server refuses.
    """
    if sync_first:
        await sync_once(client)
    if room_id not in client.rooms:
        raise LookupError(f"{client.user_id} has not joined {room_id} (or not synced it yet)")
    content = {"msgtype": "m.notice" if notice else "m.text", "body": text}
    response = _check(
        "room_send",
        await client.room_send(room_id, "m.room.message", content, ignore_unverified_devices=True),
    )
    event_id: str = response.event_id
    return event_id


def _matcher(predicate: Predicate) -> Callable[[Any], bool]:
    if predicate is None:
        return lambda _event: True
    if isinstance(predicate, str):
        needle = predicate
        return lambda event: needle in event.body
    return predicate


def _describe(events: list[tuple[str, Any]], room_id: str) -> str:
    seen = []
    for rid, event in events:
        if rid != room_id:
            continue
        if isinstance(event, MegolmEvent):
            seen.append(f"<undecryptable from {event.sender} session {event.session_id}>")
        else:
            seen.append(f"{event.sender}: {event.body!r}")
    return "; ".join(seen[-10:]) or "nothing"


async def wait_for_text(
    client: AsyncClient,
    room_id: str,
    predicate: Predicate = None,
    timeout: float = 30.0,  # noqa: ASYNC109  (one deadline for a loop of syncs)
    *,
    include_own: bool = False,
) -> TextEvent:
    """Sync until an ``m.text``/``m.notice`` message from another user matching
    ``predicate`` is in ``room_id``; returns that (decrypted) event.

    ``predicate`` is a callable taking the event, or a string the body must
    contain, or None for any message. Each event is returned at most once per
    client, so successive calls walk through the conversation in order.
    Megolm events whose key arrives later are decrypted as soon as it does.
    """
    match = _matcher(predicate)
    inbox = _inbox(client)
    deadline = time.monotonic() + timeout
    while True:
        inbox.retry_decryption(client)
        for rid, event in inbox.events:
            if (
                rid == room_id
                and isinstance(event, (RoomMessageText, RoomMessageNotice))
                and (include_own or event.sender != client.user_id)
                and event.event_id not in inbox.consumed
                and match(event)
            ):
                inbox.consumed.add(event.event_id)
                return event
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(
                f"{client.user_id}: no matching message in {room_id} within {timeout}s; "
                f"seen: {_describe(inbox.events, room_id)}"
            )
        await sync_once(client, timeout_ms=int(min(remaining, 2.0) * 1000))
