"""Fixtures for the Matrix adapter against a real Synapse.

* ``users``: registered matrix-nio test users (see tests/support/matrix_users.py);
* ``bot_account``: a fresh bot account whose password sits in a per-test env var;
* ``make_bot``: starts :class:`MatrixAdapter` instances, stops them afterwards;
* ``oracle``: the same engine on a separate in-memory database. Fed the same
  messages, it says exactly which replies the bot must send, so tests check
  content, order and count without copying dialogue texts.
"""

from __future__ import annotations

import asyncio
import secrets
import time
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import nio
import pytest

from adapters.matrix import MatrixAdapter
from adapters.matrix.formatting import reply_content, text_content
from bot.config import MatrixConfig
from bot.core.bubbles import bubbles
from bot.core.engine import Engine
from bot.core.messages import (
    ChatType,
    ConversationKey,
    Document,
    Inbound,
    InboundKind,
    Picture,
    Reply,
)
from bot.runtime.runtime import Runtime
from bot.store.db import Store
from tests.support.matrix_users import close, make_client, sync_once, unique_localpart
from tests.support.synapse import Synapse, synapse  # noqa: F401  (the session fixture)

MakeUser = Callable[..., Coroutine[Any, Any, nio.AsyncClient]]
MakeBot = Callable[..., Awaitable[MatrixAdapter]]


@pytest.fixture
async def users(synapse: Synapse, tmp_path: Path) -> AsyncIterator[MakeUser]:  # noqa: F811
    clients: list[nio.AsyncClient] = []

    async def make(prefix: str, *, encryption: bool = True) -> nio.AsyncClient:
        localpart = unique_localpart(prefix)
        client = await make_client(
            synapse, localpart, store_dir=tmp_path / "users" / localpart, encryption=encryption
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        await close(client)


@dataclass(frozen=True)
class BotAccount:
    user_id: str
    password: str
    matrix: MatrixConfig


@pytest.fixture
def bot_account(
    synapse: Synapse,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> BotAccount:
    user = synapse.register(unique_localpart("verbonden"), displayname="Verbonden")
    env = f"VERBONDEN_TEST_MATRIX_PASSWORD_{secrets.token_hex(4).upper()}"
    monkeypatch.setenv(env, user.password)
    matrix = MatrixConfig(
        enabled=True,
        homeserver=synapse.base_url,
        user_id=user.user_id,
        password_env=env,
        access_token_env=env + "_TOKEN_UNSET",
        device_name="Verbonden test",
        store_dir=str(tmp_path / "bot-store"),
    )
    return BotAccount(user.user_id, user.password, matrix)


@pytest.fixture
async def make_bot(bot_account: BotAccount, runtime: Runtime) -> AsyncIterator[MakeBot]:
    started: list[MatrixAdapter] = []

    async def make(
        on: Runtime | None = None, *, sync_timeout_ms: int = 10_000, **settings: Any
    ) -> MatrixAdapter:
        adapter = MatrixAdapter(
            replace(bot_account.matrix, **settings),
            on or runtime,
            sync_timeout_ms=sync_timeout_ms,
            retry_cap=2.0,
            drain_timeout=20.0,
        )
        await adapter.start()
        started.append(adapter)
        return adapter

    yield make
    for adapter in started:
        await adapter.stop()


class Oracle:
    """The engine on its own database: which replies should a message get?"""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.total = 0  # messages the bot should have sent so far, over all rooms

    async def replies(
        self,
        room_id: str,
        user_id: str,
        text: str = "",
        *,
        kind: InboundKind = "text",
        chat_type: ChatType = "private",
    ) -> list[str]:
        """The bodies of the text messages the bot should send, in order: a turn's
        texts merged into one message as the adapter does (bot.core.bubbles)."""
        inbound = Inbound(
            ConversationKey("matrix", room_id, user_id), text, kind, chat_type=chat_type
        )
        delivery = await self.runtime.handle(inbound)
        bodies = []
        for item in bubbles(delivery.outbound):
            if isinstance(item, Reply):
                bodies.append(reply_content(item)["body"])
            elif isinstance(item, Document):
                bodies.append(text_content(item.caption)["body"])
                self.total += 1  # the file itself
            elif isinstance(item, Picture):
                self.total += 1  # an image, its words in its caption (see test_client)
            else:
                bodies.append(text_content(item.text)["body"])
        self.total += len(bodies)
        self.runtime.delivered(delivery)
        return bodies


@pytest.fixture
async def oracle(engine: Engine) -> AsyncIterator[Oracle]:
    store = await Store.open(":memory:")
    runtime = Runtime(engine, store, default_region="nl")
    yield Oracle(runtime)
    await runtime.close()


# ----------------------------------------------------------------- helpers


async def eventually(
    condition: Callable[[], Awaitable[bool]],
    what: str,
    timeout: float = 20.0,  # noqa: ASYNC109  (one deadline for a loop of checks)
) -> None:
    """Check ``condition`` until it holds (each check is a real round trip)."""
    deadline = time.monotonic() + timeout
    while not await condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not happen within {timeout}s")
        await asyncio.sleep(0.1)


async def until_member(
    client: nio.AsyncClient, room_id: str, user_id: str, *, joined: bool = True
) -> None:
    """Sync ``client`` until ``user_id`` is joined to (or gone from) ``room_id``."""

    async def check() -> bool:
        await sync_once(client, timeout_ms=500)
        room = client.rooms.get(room_id)
        member = room.users.get(user_id) if room else None
        present = member is not None and not member.invited
        return present if joined else member is None

    await eventually(check, f"{user_id} {'in' if joined else 'out of'} {room_id}")


def bot_messages(synapse: Synapse, room_id: str, bot_id: str) -> list[dict[str, Any]]:  # noqa: F811
    """Every message event the bot sent in a room, oldest first (server admin view)."""
    query = urllib.parse.urlencode({"dir": "f", "limit": 1000})
    path = f"/_synapse/admin/v1/rooms/{urllib.parse.quote(room_id)}/messages?{query}"
    chunk = synapse.admin_request("GET", path)["chunk"]
    return [
        event
        for event in chunk
        if event["sender"] == bot_id and event["type"] in ("m.room.message", "m.room.encrypted")
    ]


async def bot_message_count(synapse: Synapse, room_id: str, bot_id: str) -> int:  # noqa: F811
    return len(await asyncio.to_thread(bot_messages, synapse, room_id, bot_id))
