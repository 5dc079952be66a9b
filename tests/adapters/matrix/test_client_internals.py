"""Parts of the adapter no Synapse test can provoke on demand, with a fake nio client."""

from __future__ import annotations

import asyncio
from typing import Any

import nio

from adapters.matrix.base import _entered_at
from adapters.matrix.client import MatrixAdapter
from bot.config import MatrixConfig
from bot.runtime.runtime import Runtime

BOT = "@verbonden:localhost"
ANNA = "@anna:localhost"
ROOM = "!dm:localhost"


def _event(type_: str, content: dict[str, Any], **extra: Any) -> Any:
    source = {
        "type": type_,
        "event_id": extra.pop("event_id", "$e"),
        "sender": extra.pop("sender", ANNA),
        "origin_server_ts": 1_700_000_000_000,
        "content": content,
        **extra,
    }
    return nio.Event.parse_event(source)


def _member(user: str, membership: str, prev: str | None, event_id: str) -> Any:
    unsigned = {"prev_content": {"membership": prev}} if prev else {}
    return _event(
        "m.room.member",
        {"membership": membership},
        state_key=user,
        event_id=event_id,
        unsigned=unsigned,
    )


def _text(body: str, event_id: str) -> Any:
    return _event("m.room.message", {"msgtype": "m.text", "body": body}, event_id=event_id)


def test_history_before_the_invite_is_not_for_the_bot() -> None:
    events = [
        _text("van vorige week", "$old"),
        _member(BOT, "invite", None, "$invite"),
        _text("hoi, ben je er?", "$while-invited"),
        _member(BOT, "join", "invite", "$join"),
        _text("nog iets", "$after"),
        _member(BOT, "join", "join", "$new-display-name"),
    ]
    assert [e.event_id for e in events[_entered_at(events, BOT) :]] == [
        "$while-invited",
        "$join",
        "$after",
        "$new-display-name",
    ]
    assert _entered_at([_text("a", "$a")], BOT) == 0  # a room the bot was in all along


class FakeClient:
    """Just enough of nio.AsyncClient for one encrypted message arriving before its key."""

    user_id = BOT
    device_id = "DEVICE"

    def __init__(self, room: nio.MatrixRoom) -> None:
        self.rooms = {room.room_id: room}
        self.key_arrived = False
        self.key_requests: list[str] = []
        self.sent: list[dict[str, Any]] = []

    def decrypt_event(self, event: Any) -> Any:
        if not self.key_arrived:
            raise nio.EncryptionError("no session")
        return _text("hoi", event.event_id)

    async def request_room_key(self, event: Any) -> None:
        self.key_requests.append(event.session_id)

    async def room_send(self, room_id: str, _type: str, content: dict[str, Any], **_: Any) -> Any:
        self.sent.append(content)
        return nio.RoomSendResponse(f"$sent{len(self.sent)}", room_id)


def _locked() -> Any:
    event = _event(
        "m.room.encrypted",
        {
            "algorithm": "m.megolm.v1.aes-sha2",
            "ciphertext": "AwgA",
            "sender_key": "curve",
            "session_id": "session-1",
            "device_id": "ANNAPHONE",
        },
        event_id="$locked",
    )
    assert isinstance(event, nio.MegolmEvent)
    return event


def _adapter(runtime: Runtime, **settings: Any) -> tuple[MatrixAdapter, FakeClient, Any]:
    room = nio.MatrixRoom(ROOM, BOT, encrypted=True)
    room.add_member(BOT, "Verbonden", None)
    room.add_member(ANNA, "Anna", None)
    client = FakeClient(room)
    adapter = MatrixAdapter(MatrixConfig(user_id=BOT), runtime, **settings)
    adapter._client = client
    adapter._accepting = True
    return adapter, client, room


async def test_a_message_is_answered_once_its_key_arrives(runtime: Runtime) -> None:
    adapter, client, room = _adapter(runtime)
    locked = _locked()
    held = await adapter._dispatch(room, locked)
    adapter._watermark.add("after-the-locked-message", held)
    adapter._retry_decryption()
    await adapter._queues.drain()
    assert client.key_requests == ["session-1"]  # asked the sender's devices once
    assert client.sent == [] and adapter._watermark.advance() is None

    client.key_arrived = True  # a to-device m.room_key in a later sync
    adapter._retry_decryption()
    await asyncio.wait_for(asyncio.gather(*held), 10)
    await adapter._queues.drain()
    assert client.sent, "answered once decrypted"
    assert adapter._watermark.advance() == "after-the-locked-message"
    answered = len(client.sent)
    # The same event seen again (a replayed sync) is not answered twice.
    assert await adapter._dispatch(room, locked) == []
    adapter._retry_decryption()
    await adapter._queues.drain()
    assert len(client.sent) == answered


async def test_a_message_that_stays_unreadable_gets_a_kind_answer(runtime: Runtime) -> None:
    adapter, client, room = _adapter(runtime, undecryptable_after=0.0)
    held = await adapter._dispatch(room, _locked())
    adapter._retry_decryption()  # the key did not come: no silence, an answer
    await asyncio.wait_for(asyncio.gather(*held), 10)
    await adapter._queues.drain()
    assert client.sent
    assert not adapter._undecrypted
