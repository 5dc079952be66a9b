"""The Matrix adapter end to end: a real Synapse, users driven by matrix-nio.

Each test checks the bot's replies against the :class:`Oracle` (the same engine
on its own database), in order, and at the end counts every message the bot
sent in the room on the server: nothing missing, nothing answered twice.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import struct
from contextlib import closing
from pathlib import Path
from typing import Any

import nio
from nio.crypto.attachments import decrypt_attachment

from adapters.matrix import MatrixAdapter
from bot.core.engine import Engine
from bot.core.messages import ConversationKey, Inbound, Reply
from bot.runtime.runtime import Runtime
from bot.store.db import Store
from tests.support.matrix_users import (
    accept_invites,
    create_dm,
    send_text,
    sync_once,
    wait_for_text,
)
from tests.support.synapse import Synapse

from .conftest import (
    BotAccount,
    MakeBot,
    MakeUser,
    Oracle,
    bot_message_count,
    eventually,
    until_member,
)


def from_bot(event: Any) -> bool:
    return str(event.sender).startswith("@verbonden-")


async def expect(client: nio.AsyncClient, room_id: str, bodies: list[str]) -> list[Any]:
    """The bot's next messages in the room are exactly ``bodies``, in order."""
    events = []
    for body in bodies:
        event = await wait_for_text(client, room_id, from_bot, timeout=20)
        assert event.body == body
        events.append(event)
    return events


async def say(
    client: nio.AsyncClient, room_id: str, text: str, oracle: Oracle, **kind: Any
) -> list[Any]:
    """Send ``text`` as ``client`` and check the bot's answer against the oracle."""
    await send_text(client, room_id, text)
    bodies = await oracle.replies(room_id, client.user_id, text, **kind)
    assert bodies, "the oracle expects an answer"
    return await expect(client, room_id, bodies)


def choices(body: str) -> list[str]:
    """The labels of a numbered list at the end of a message body."""
    labels = []
    for line in body.split("\n"):
        number, dot, label = line.partition(". ")
        if dot and number.isdigit():
            labels.append(label)
    return labels


async def react(client: nio.AsyncClient, room_id: str, event_id: str, key: str) -> None:
    content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}}
    response = await client.room_send(
        room_id, "m.reaction", content, ignore_unverified_devices=True
    )
    assert isinstance(response, nio.RoomSendResponse), response


async def test_dm_conversation(
    synapse: Synapse, users: MakeUser, make_bot: MakeBot, oracle: Oracle
) -> None:
    bot = await make_bot()
    anna = await users("anna", encryption=False)
    room = await create_dm(anna, bot.user_id, encrypted=False)
    # Written right after the invite, maybe before the bot joined: still answered.
    # The welcome's three texts arrive as one message, paragraphs, the menu under it.
    [menu] = await say(anna, room, "hoi", oracle)
    content = menu.source["content"]
    assert menu.body.startswith("Hoi, welkom bij Verbonden.")
    assert content["format"] == "org.matrix.custom.html"
    assert content["formatted_body"].count("<p>") == 3
    assert "<ol><li>" in content["formatted_body"]

    # A keycap reaction on the bot's question picks that choice …
    await react(anna, room, menu.event_id, "1️⃣")
    label = choices(menu.body)[0]
    asked = await expect(anna, room, await oracle.replies(room, anna.user_id, label, kind="choice"))
    assert choices(asked[-1].body)
    # … and so do its number and its label, typed.
    asked = await say(anna, room, "2", oracle)
    await say(anna, room, choices(asked[-1].body)[-1], oracle)

    picture = {"msgtype": "m.image", "body": "foto.jpg", "url": "mxc://localhost/nietecht"}
    assert isinstance(await anna.room_send(room, "m.room.message", picture), nio.RoomSendResponse)
    await expect(anna, room, await oracle.replies(room, anna.user_id, kind="unsupported"))

    assert await bot_message_count(synapse, room, bot.user_id) == oracle.total
    direct = await bot.client.list_direct_rooms()
    assert direct.rooms == {anna.user_id: [room]}  # the bot marked the DM in m.direct

    # Left alone, the bot leaves too.
    assert isinstance(await anna.room_leave(room), nio.RoomLeaveResponse)

    async def bot_left() -> bool:
        joined = await bot.client.joined_rooms()
        return room not in joined.rooms

    await eventually(bot_left, "the bot leaving the empty room")


async def test_the_journal_arrives_as_an_encrypted_image(
    users: MakeUser, make_bot: MakeBot, oracle: Oracle
) -> None:
    bot = await make_bot()
    anna = await users("anna")
    images: list[Any] = []

    async def on_image(_room: nio.MatrixRoom, event: Any) -> None:
        images.append(event)

    anna.add_event_callback(on_image, (nio.RoomEncryptedImage,))
    room = await create_dm(anna, bot.user_id, encrypted=True)
    await say(anna, room, "hoi", oracle)
    for text in ("gevoel", "verdrietig", "eenzaam", "5", "in mijn keel", "troost", "ja"):
        await say(anna, room, text, oracle)
    await say(anna, room, "nee, dit was genoeg", oracle)
    await say(anna, room, "mijn dagboek", oracle)
    # The first chart also starts the drawing worker: give a busy machine time for it.
    await send_text(anna, room, "de afgelopen week")
    bodies = await oracle.replies(room, anna.user_id, "de afgelopen week")
    await eventually(lambda: _synced(anna, lambda: bool(images)), "the journal image", 90)
    [question] = await expect(anna, room, bodies)
    assert "nog iets anders zien" in question.body
    [image] = images
    # The caption (and alt text) is the words under the chart; the file has its own name.
    assert image.body.startswith("De afgelopen week schreef je één keer op hoe je je voelde.")
    assert image.source["content"]["filename"] == "mijn-dagboek.png"
    info = image.source["content"]["info"]
    assert (info["mimetype"], info["w"], info["h"]) == ("image/png", 960, 540)
    assert "url" not in image.source["content"]  # encrypted: only inside "file"
    downloaded = await anna.download(image.url)
    assert isinstance(downloaded, nio.DownloadResponse)
    plain = decrypt_attachment(downloaded.body, image.key["k"], image.hashes["sha256"], image.iv)
    assert plain[:8] == b"\x89PNG\r\n\x1a\n" and plain[12:16] == b"IHDR"
    assert struct.unpack(">II", plain[16:24]) == (960, 540) and len(plain) == info["size"]


async def test_encrypted_dm_with_export_and_scheduler_delivery(
    users: MakeUser, make_bot: MakeBot, oracle: Oracle, synapse: Synapse
) -> None:
    bot = await make_bot()
    anna = await users("anna")
    files: list[Any] = []

    async def on_file(_room: nio.MatrixRoom, event: Any) -> None:
        files.append(event)

    anna.add_event_callback(on_file, (nio.RoomEncryptedFile,))
    room = await create_dm(anna, bot.user_id, encrypted=True)
    replies = await say(anna, room, "hoi", oracle)
    replies += await say(anna, room, "1", oracle)
    assert all(event.decrypted for event in replies)

    # The data export: the engine's Document arrives as an encrypted file.
    await say(anna, room, "export", oracle)
    await eventually(lambda: _synced(anna, lambda: bool(files)), "the export file")
    file = files[0]
    assert file.body == "verbonden-mijn-gegevens.json"
    downloaded = await anna.download(file.url)
    assert isinstance(downloaded, nio.DownloadResponse)
    plain = decrypt_attachment(downloaded.body, file.key["k"], file.hashes["sha256"], file.iv)
    export = json.loads(plain)
    assert export["platform"] == "matrix" and export["user_id"] == anna.user_id

    # What the scheduler uses to start a turn itself: texts merged into one message,
    # except a text to copy.
    prompt = [
        Reply("Goedemorgen!"),
        Reply("Je berichtje van gisteren:"),
        Reply("Hoi Sanne, hoe gaat het?", apart=True),
        Reply("Hoe gaat het?", ("Goed", "Matig")),
    ]
    await bot.deliver(room, prompt, user_id=anna.user_id)
    events = await expect(
        anna,
        room,
        [
            "Goedemorgen!\n\nJe berichtje van gisteren:",
            "Hoi Sanne, hoe gaat het?",
            "Hoe gaat het?\n\n1. Goed\n2. Matig",
        ],
    )
    assert all(event.decrypted for event in events)

    assert await bot_message_count(synapse, room, bot.user_id) == oracle.total + 3

    # A scheduled message sent again with the same outbox key (a retry after a lost
    # answer, a restart) has the same transaction id: the room shows it once.
    again = [Reply("Nog één vraag voor vandaag.")]
    await bot.deliver(room, again, user_id=anna.user_id, key="c|u|7|0|abc")
    await bot.deliver(room, again, user_id=anna.user_id, key="c|u|7|0|abc")
    await expect(anna, room, ["Nog één vraag voor vandaag."])
    assert await bot_message_count(synapse, room, bot.user_id) == oracle.total + 4


async def _synced(client: nio.AsyncClient, check: Any) -> bool:
    await sync_once(client, timeout_ms=500)
    return bool(check())


async def test_restart_mid_conversation_in_an_encrypted_dm(
    synapse: Synapse,
    users: MakeUser,
    make_bot: MakeBot,
    oracle: Oracle,
    engine: Engine,
    tmp_path: Path,
    bot_account: BotAccount,
) -> None:
    db = tmp_path / "restart.sqlite3"
    store = await Store.open(db)
    bot = await make_bot(Runtime(engine, store, default_region="nl"))
    device = bot.device_id
    before = bot.client.store.load_sync_token()
    anna = await users("anna")
    room = await create_dm(anna, bot.user_id, encrypted=True)
    await say(anna, room, "hoi", oracle)
    await bot.stop()
    # As if the bot crashed before it could save how far it got: the next start
    # sees the invite and "hoi" again, and must not answer "hoi" twice.
    nio_store = Path(bot.store_dir) / f"{bot_account.user_id}_{device}.db"
    with closing(sqlite3.connect(nio_store)) as db_file, db_file:
        db_file.execute("UPDATE synctokens SET token = ?", (before,))

    # While the bot is down: a reply committed but never sent (as after a crash
    # between commit and send), and a message from Anna.
    crashed = Runtime(engine, store, default_region="nl")
    pending = await crashed.handle(
        Inbound(ConversationKey("matrix", room, anna.user_id), "menu", event_id="$crash")
    )
    assert pending.outbound
    await store.close()
    committed = await oracle.replies(room, anna.user_id, "menu")
    await send_text(anna, room, "2")
    while_down = await oracle.replies(room, anna.user_id, "2")

    store = await Store.open(db)
    try:
        again = await make_bot(Runtime(engine, store, default_region="nl"))
        assert again.device_id == device  # same device, same keys: no new login
        await expect(anna, room, committed + while_down)
        replies = await say(anna, room, "1", oracle)
        assert all(event.decrypted for event in replies)
        assert await bot_message_count(synapse, room, again.user_id) == oracle.total
        await again.stop()
    finally:
        await store.close()


async def test_a_lost_encryption_store_means_a_new_device_not_a_crash_loop(
    users: MakeUser,
    make_bot: MakeBot,
    oracle: Oracle,
    engine: Engine,
    tmp_path: Path,
    bot_account: BotAccount,
) -> None:
    store = await Store.open(tmp_path / "lost.sqlite3")
    try:
        bot = await make_bot(Runtime(engine, store, default_region="nl"))
        device = bot.device_id
        await bot.stop()
        # The nio database is gone; credentials.json (the old device's token) stays.
        (Path(bot.store_dir) / f"{bot_account.user_id}_{device}.db").unlink()
        again = await make_bot(Runtime(engine, store, default_region="nl"))
        assert again.device_id != device
        anna = await users("anna")
        room = await create_dm(anna, again.user_id, encrypted=True)
        replies = await say(anna, room, "hoi", oracle)
        assert replies and all(event.decrypted for event in replies)
        await again.stop()
    finally:
        await store.close()


async def test_community_room_command_and_crisis(
    synapse: Synapse, users: MakeUser, make_bot: MakeBot, oracle: Oracle
) -> None:
    bot = await make_bot()
    anna = await users("anna", encryption=False)
    bram = await users("bram")
    created = await anna.room_create(name="Koffiehoek", invite=[bram.user_id, bot.user_id])
    assert isinstance(created, nio.RoomCreateResponse)
    room = created.room_id
    await accept_invites(bram)
    await until_member(anna, room, bot.user_id)
    await until_member(anna, room, bram.user_id)

    # Not a command, not a mention: the bot does not even read it.
    await send_text(anna, room, "Goedemorgen allemaal, wie heeft er zin in koffie?")
    group: dict[str, Any] = {"chat_type": "group"}
    helped = await say(anna, room, "!verbonden help", oracle, **group)
    await expect(bram, room, [event.body for event in helped])  # everyone sees it

    # A crisis sign: a short reply here, and the support itself in a private chat.
    text = "Verbonden: ik wil niet meer leven"
    await send_text(bram, room, text)
    bodies = await oracle.replies(room, bram.user_id, "ik wil niet meer leven", **group)
    short, private = bodies[:-1], bodies[-1]
    await expect(bram, room, short)
    [dm] = await accept_invites(bram, timeout=20)
    assert bram.rooms[dm].encrypted
    event = await wait_for_text(bram, dm, from_bot, timeout=20)
    assert event.body == private and event.decrypted
    # The private chat opens in crisis support, not with a cold welcome.
    asked = await wait_for_text(bram, dm, "ben je op dit moment veilig", timeout=20)
    assert "Welkom" not in asked.body and "Waar woon je" not in asked.body
    key = ConversationKey("matrix", dm, bram.user_id)
    oracle.runtime.delivered(await oracle.runtime.handle(Inbound(key, opened_for="reached")))
    oracle.total += 1
    answer = await say(bram, dm, "ja", oracle)  # "ja" answers "are you safe?" there
    assert "Waar woon je" not in answer[-1].body

    assert await bot_message_count(synapse, room, bot.user_id) == 2
    assert await bot.is_admin(room, anna.user_id)  # the creator
    assert not await bot.is_admin(room, bram.user_id)
    assert await bot.display_name(room, bram.user_id) == bram.user_id.split(":")[0][1:]


async def test_synapse_restart_while_the_bot_runs(
    synapse: Synapse, users: MakeUser, make_bot: MakeBot, oracle: Oracle
) -> None:
    bot = await make_bot()
    anna = await users("anna")
    room = await create_dm(anna, bot.user_id, encrypted=True)
    await say(anna, room, "hoi", oracle)

    await synapse.restart_async(downtime=1.0)  # the bot is long-polling meanwhile
    await sync_once(anna)
    await say(anna, room, "1", oracle)
    await say(anna, room, "2", oracle)
    assert await bot_message_count(synapse, room, bot.user_id) == oracle.total


async def test_a_logged_out_device_carries_on_as_a_new_one(
    synapse: Synapse, users: MakeUser, make_bot: MakeBot, oracle: Oracle
) -> None:
    bot = await make_bot(sync_timeout_ms=1000)
    anna = await users("anna")
    room = await create_dm(anna, bot.user_id, encrypted=True)
    await say(anna, room, "hoi", oracle)
    old_device = bot.device_id
    # "Log out this session", as from another client's device list.
    logout = "/_matrix/client/v3/logout"
    await asyncio.to_thread(
        synapse.request, "POST", logout, {}, access_token=bot.client.access_token
    )

    async def new_device() -> bool:
        return bot.device_id != old_device

    await eventually(new_device, "a new login")

    def anna_knows_it() -> bool:
        devices = anna.device_store.active_user_devices(bot.user_id)
        return bot.device_id in {device.id for device in devices}

    # Until then Anna's app encrypts for the old device only (the bot would
    # answer that it could not read the message, after a minute).
    await eventually(lambda: _synced(anna, anna_knows_it), "Anna learning the new device")
    replies = await say(anna, room, "1", oracle)
    assert all(event.decrypted for event in replies)
    assert await bot_message_count(synapse, room, bot.user_id) == oracle.total


async def test_rate_limits_are_honoured(
    synapse: Synapse, users: MakeUser, make_bot: MakeBot, oracle: Oracle
) -> None:
    bot = await make_bot()
    anna = await users("anna", encryption=False)
    room = await create_dm(anna, bot.user_id, encrypted=False)
    await until_member(anna, room, bot.user_id)
    await say(anna, room, "hoi", oracle)  # the welcome: one message
    await synapse.override_ratelimit_async(bot.user_id, 1, 1)
    try:
        # Several messages at 1 a second: a text, the file's caption and file, the question.
        replies = await say(anna, room, "mijn gegevens", oracle)
        assert len(replies) > 2
    finally:
        await synapse.clear_ratelimit_override_async(bot.user_id)
    assert await bot_message_count(synapse, room, bot.user_id) == oracle.total


async def test_invites_only_from_allowed_servers(
    users: MakeUser, make_bot: MakeBot, bot_account: BotAccount
) -> None:
    bot = await make_bot(allowed_servers=("elders.example",))
    anna = await users("anna", encryption=False)
    created = await anna.room_create(is_direct=True, invite=[bot.user_id])
    assert isinstance(created, nio.RoomCreateResponse)

    async def declined() -> bool:
        await sync_once(anna, timeout_ms=500)
        room = anna.rooms.get(created.room_id)
        return room is not None and bot.user_id not in room.users

    await eventually(declined, "the bot declining the invite")
    assert created.room_id not in bot.client.rooms


async def test_captions_and_edits_are_screened_in_an_encrypted_dm(
    users: MakeUser, make_bot: MakeBot, oracle: Oracle
) -> None:
    bot = await make_bot()
    anna = await users("anna")
    room = await create_dm(anna, bot.user_id, encrypted=True)
    await say(anna, room, "hoi", oracle)
    await say(anna, room, "2", oracle)

    # A picture whose caption (spec v1.10: body beside filename) carries a crisis sign.
    picture = {
        "msgtype": "m.image",
        "body": "ik wil dood",
        "filename": "foto.jpg",
        # An encrypted room's media reference (the bytes are never fetched here).
        "file": {
            "url": "mxc://localhost/nietecht",
            "key": {
                "kty": "oct",
                "key_ops": ["encrypt", "decrypt"],
                "alg": "A256CTR",
                "k": "qcHVMSgYg-71CauWBezXI5qkaRb0LuIy-Wx5kIaHMIA",
                "ext": True,
            },
            "iv": "X85+XgHN+HEAAAAAAAAAAA",
            "hashes": {"sha256": "Kl9SBPJ2E5aErDS6nGKwPJoyIOjb6tLB+tjwUOvKNTk"},
            "v": "v2",
        },
    }
    sent = await anna.room_send(room, "m.room.message", picture, ignore_unverified_devices=True)
    assert isinstance(sent, nio.RoomSendResponse)
    reply = await wait_for_text(anna, room, lambda e: from_bot(e) and "113" in e.body, timeout=20)
    assert reply.decrypted and "112" in reply.body

    # An edit (m.replace) that adds a crisis sign to a harmless message.
    original = await send_text(anna, room, "het gaat wel")
    await wait_for_text(anna, room, from_bot, timeout=20)
    edit = {
        "msgtype": "m.text",
        "body": "* het gaat niet, ik wil niet meer leven",
        "m.new_content": {"msgtype": "m.text", "body": "het gaat niet, ik wil niet meer leven"},
        "m.relates_to": {"rel_type": "m.replace", "event_id": original},
    }
    sent = await anna.room_send(room, "m.room.message", edit, ignore_unverified_devices=True)
    assert isinstance(sent, nio.RoomSendResponse)
    reply = await wait_for_text(
        anna, room, lambda e: from_bot(e) and "Dank je dat je het me vertelt" in e.body, timeout=20
    )
    assert "113" in reply.body


async def test_a_message_written_while_the_whole_store_was_lost_is_still_answered(
    synapse: Synapse,
    users: MakeUser,
    bot_account: BotAccount,
    engine: Engine,
    tmp_path: Path,
) -> None:
    store = await Store.open(tmp_path / "gone.sqlite3")
    runtime = Runtime(engine, store, default_region="nl")

    async def start() -> MatrixAdapter:
        adapter = MatrixAdapter(
            bot_account.matrix,
            runtime,
            sync_timeout_ms=1_000,
            retry_cap=2.0,
            drain_timeout=20.0,
            undecryptable_after=2.0,
        )
        await adapter.start()
        return adapter

    try:
        bot = await start()
        anna = await users("anna")
        room = await create_dm(anna, bot.user_id, encrypted=True)
        await send_text(anna, room, "hoi")
        await wait_for_text(anna, room, "Waar wil je het over hebben", timeout=30)
        first_device, bot_id = bot.device_id, bot.user_id
        await bot.stop()
        shutil.rmtree(bot.store_dir)  # credentials, encryption store and sync position
        # Written to the lost device: nobody can decrypt it any more.
        await send_text(anna, room, "ben je er nog?")
        again = await start()
        assert again.device_id != first_device
        # Not silence: the kind "I could not read that", so the person writes again.
        said = await wait_for_text(anna, room, "alleen tekst lezen", timeout=60)
        assert said.decrypted
        await again.stop()
        answered = await bot_message_count(synapse, room, bot_id)
        # Once more without a store: that message was answered; not a second time.
        shutil.rmtree(again.store_dir)
        third = await start()
        await asyncio.sleep(5)  # well past undecryptable_after: an answer would be sent by now
        await third.stop()
        assert await bot_message_count(synapse, room, bot_id) == answered
    finally:
        await store.close()
