"""Smoke tests: the test Synapse and the matrix-nio test-user helpers work."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from nio import AsyncClient, RoomMessageText

from .matrix_users import (
    MatrixRequestError,
    accept_invites,
    close,
    create_dm,
    make_client,
    send_text,
    sync_once,
    unique_localpart,
    wait_for_text,
)
from .synapse import Synapse, synapse  # noqa: F401  (the session fixture)

MakeUser = Callable[[str], Coroutine[Any, Any, AsyncClient]]


@pytest.fixture
async def make_user(synapse: Synapse, tmp_path: Path) -> AsyncIterator[MakeUser]:  # noqa: F811
    """Creates registered, key-uploaded test users; closes them afterwards."""
    clients: list[AsyncClient] = []

    async def make(prefix: str) -> AsyncClient:
        localpart = unique_localpart(prefix)
        client = await make_client(synapse, localpart, store_dir=tmp_path / localpart)
        clients.append(client)
        return client

    yield make
    for client in clients:
        await close(client)


async def _dm(make_user: MakeUser) -> tuple[AsyncClient, AsyncClient, str]:
    anna = await make_user("anna")
    bram = await make_user("bram")
    room_id = await create_dm(anna, bram.user_id, encrypted=True)
    assert await accept_invites(bram) == [room_id]
    return anna, bram, room_id


async def test_encrypted_dm_both_ways(make_user: MakeUser) -> None:
    anna, bram, room_id = await _dm(make_user)
    assert anna.rooms[room_id].encrypted
    assert bram.rooms[room_id].encrypted

    await send_text(anna, room_id, "Hoi Bram, zin in koffie?")
    got = await wait_for_text(bram, room_id, "koffie", timeout=20)
    assert isinstance(got, RoomMessageText)
    assert got.body == "Hoi Bram, zin in koffie?"
    assert got.sender == anna.user_id
    assert got.decrypted  # arrived as m.room.encrypted and was decrypted

    await send_text(bram, room_id, "Graag! Morgen om tien uur?")
    answer = await wait_for_text(anna, room_id, timeout=20)
    assert answer.body == "Graag! Morgen om tien uur?"
    assert answer.sender == bram.user_id
    assert answer.decrypted

    # The invitee sees the room as a direct chat; the creator marked it in m.direct.
    direct = await anna.list_direct_rooms()
    assert direct.rooms == {bram.user_id: [room_id]}


async def test_restart_keeps_clients_working(synapse: Synapse, make_user: MakeUser) -> None:  # noqa: F811
    anna, bram, room_id = await _dm(make_user)
    await send_text(anna, room_id, "voor de herstart")
    assert (await wait_for_text(bram, room_id, "voor de herstart", timeout=20)).decrypted

    port, pid = synapse.port, synapse.pid
    # Bram is long-polling /sync while Synapse goes down and comes back.
    waiting = asyncio.create_task(wait_for_text(bram, room_id, "na de herstart", timeout=60))
    await asyncio.sleep(0.5)
    await synapse.restart_async(downtime=1.0)
    assert synapse.port == port
    assert synapse.pid != pid

    await sync_once(anna)  # same access token, same data
    await send_text(anna, room_id, "na de herstart")
    got = await waiting
    assert got.body == "na de herstart"
    assert got.decrypted

    await send_text(bram, room_id, "weer terug")
    assert (await wait_for_text(anna, room_id, "weer terug", timeout=20)).decrypted


async def test_lowered_rate_limit_gives_429(synapse: Synapse, make_user: MakeUser) -> None:  # noqa: F811
    anna, bram, room_id = await _dm(make_user)
    await synapse.override_ratelimit_async(anna.user_id, 1, 1)
    try:
        error: MatrixRequestError | None = None
        for n in range(5):
            try:
                await send_text(anna, room_id, f"bericht {n}", sync_first=False)
            except MatrixRequestError as exc:
                error = exc
                break
        assert error is not None, "no 429 with a limit of 1 message/s, burst 1"
        assert error.status_code == "M_LIMIT_EXCEEDED"
        assert error.retry_after_ms is not None and 0 < error.retry_after_ms <= 2000
    finally:
        await synapse.clear_ratelimit_override_async(anna.user_id)

    assert synapse.get_ratelimit_override(anna.user_id) == {}
    await asyncio.sleep(error.retry_after_ms / 1000)
    for n in range(10):  # back to the raised server-wide limits
        await send_text(anna, room_id, f"daarna {n}", sync_first=False)
    assert (await wait_for_text(bram, room_id, "daarna 9", timeout=20)).decrypted
