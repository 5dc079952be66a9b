"""A group check-in on Matrix against a real Synapse: how people answer the question.

In a community room the bot reads only what is addressed to it. A reply to its own
check-in question is (as on Telegram), even from a client that sends no
``m.mentions``; an emoji reaction to the open question counts as taking part. A
reply to another member's message stays between members.
"""

from __future__ import annotations

from typing import Any

import nio

from bot.app.run import platform_limits
from bot.config import Config, SchedulerConfig
from bot.runtime.runtime import Runtime
from bot.service.scheduler import Scheduler
from tests.bot.service.conftest import FakeClock
from tests.support.matrix_users import accept_invites, send_text, sync_once, wait_for_text
from tests.support.synapse import Synapse

from .conftest import MakeBot, MakeUser, bot_message_count, until_member
from .test_client import react


async def reply(client: nio.AsyncClient, room_id: str, to: str, text: str) -> str:
    """A reply as some bridges and older clients send it: no ``m.mentions``, no quote."""
    await sync_once(client)
    content = {
        "msgtype": "m.text",
        "body": text,
        "m.relates_to": {"m.in_reply_to": {"event_id": to}},
    }
    response = await client.room_send(
        room_id, "m.room.message", content, ignore_unverified_devices=True
    )
    assert isinstance(response, nio.RoomSendResponse), response
    return str(response.event_id)


def localpart(client: nio.AsyncClient) -> str:
    return str(client.user_id).split(":")[0][1:]


async def test_a_check_in_answered_by_a_reply_and_a_reaction(
    synapse: Synapse, users: MakeUser, make_bot: MakeBot, runtime: Runtime
) -> None:
    bot = await make_bot()
    runtime.attach(bot)
    anna = await users("anna", encryption=False)  # creates the room: its admin
    bram = await users("bram", encryption=False)
    cees = await users("cees", encryption=False)
    invite = [bram.user_id, cees.user_id, bot.user_id]
    created = await anna.room_create(name="Koffiehoek", invite=invite)
    assert isinstance(created, nio.RoomCreateResponse)
    room = created.room_id
    await accept_invites(bram)
    await accept_invites(cees)
    for member in invite:
        await until_member(anna, room, member)

    async def said(text: str, expected: str) -> Any:
        await send_text(anna, room, f"!verbonden {text}")
        return await wait_for_text(anna, room, expected, timeout=20)

    await said("checkin elke maandag om 19:00", "Afgesproken")
    await said("checkin nu", "Komt eraan")
    clock = FakeClock(runtime.clock())
    scheduler = Scheduler(
        runtime, {"matrix": bot}, SchedulerConfig(), clock=clock, limits=platform_limits(Config())
    )
    try:
        assert dict((await scheduler.run_due()).sent) == {"checkin_open": 1}
        post = await wait_for_text(bram, room, "Tijd voor de check-in!", timeout=20)

        answer = await reply(bram, room, post.event_id, "Lekker gewandeld!")
        await react(cees, room, post.event_id, "👍")
        # Anna answers Bram, not the bot: never read, so not taking part either.
        await reply(anna, room, answer, "Mooi zo, Bram!")
        # The room's events are handled in order: once this is answered, so were those.
        await said("checkin", "De check-in in deze groep")
        await runtime.flush()
        rows = await runtime.store.execute_fetchall("SELECT user_id, via FROM checkin_answers")
        assert sorted(tuple(r) for r in rows) == [(bram.user_id, "room"), (cees.user_id, "room")]
        # The bot stayed quiet at the answers: the round-up is the thank-you.
        assert await bot_message_count(synapse, room, bot.user_id) == 4

        clock.advance(hours=2, minutes=1)
        assert dict((await scheduler.run_due()).sent) == {"checkin_close": 1}
        roundup = await wait_for_text(anna, room, "De check-in is voorbij", timeout=20)
        assert localpart(bram) in roundup.body and localpart(cees) in roundup.body
        assert localpart(anna) not in roundup.body

        # With the round over, a reaction to its question or round-up is nothing at all.
        await react(anna, room, post.event_id, "❤️")
        await react(bram, room, roundup.event_id, "❤️")
        await said("checkin", "De check-in in deze groep")
        assert await bot_message_count(synapse, room, bot.user_id) == 6
    finally:
        await scheduler.close()


async def test_the_safety_watch_in_a_matrix_room(
    synapse: Synapse, users: MakeUser, make_bot: MakeBot, runtime: Runtime
) -> None:
    bot = await make_bot()
    runtime.attach(bot)
    anna = await users("anna", encryption=False)  # creates the room: its admin
    bram = await users("bram", encryption=False)
    created = await anna.room_create(name="Buurthuis", invite=[bram.user_id, bot.user_id])
    assert isinstance(created, nio.RoomCreateResponse)
    room = created.room_id
    await accept_invites(bram)
    for member in (bram.user_id, bot.user_id):
        await until_member(anna, room, member)

    async def said(text: str, expected: str) -> Any:
        await send_text(anna, room, f"!verbonden {text}")
        return await wait_for_text(anna, room, expected, timeout=20)

    await send_text(bram, room, "ik wil niet meer leven")  # off by default: not read
    await said("checkin", "nog geen check-in")  # handled in order: the above was too
    assert await bot_message_count(synapse, room, bot.user_id) == 1
    await said("checkin waakzaam aan", "De waakzaamheid staat aan")
    await send_text(bram, room, "ik wil niet meer leven")  # not for the bot, but watched
    crisis = await wait_for_text(anna, room, "privégesprek", timeout=20)
    assert "112" in crisis.body and "?" not in crisis.body
    await send_text(bram, room, "lekker weer, wie wil er koffie?")
    await said("checkin", "Waakzaamheid staat aan")
    assert await bot_message_count(synapse, room, bot.user_id) == 4  # nothing for the coffee
    await said("checkin waakzaam uit", "staat uit")
    await send_text(bram, room, "ik wil niet meer leven")
    await said("checkin", "nog geen check-in")
    assert await bot_message_count(synapse, room, bot.user_id) == 6  # the last one unread
