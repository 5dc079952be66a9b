"""Group check-ins end to end: admins (asked of the platform each time) configure, the
bot posts, members answer in the room or privately, and a warm round-up follows."""

from __future__ import annotations

from bot.core.messages import ROOM_USER, ConversationKey, Inbound, OfferPrivateChat, Reply
from bot.core.schedule import checkins

from .conftest import PLATFORM, World, at

ROOM = "koffiehoek"


async def room(world: World, member: str, text: str) -> list[str]:
    """A member writes in the room (the runtime asks the transport about admin rights)."""
    assert world.runtime
    inbound = Inbound(ConversationKey(PLATFORM, ROOM, member), text=text, chat_type="group")
    delivery = await world.runtime.handle(inbound)
    world.runtime.delivered(delivery)
    said = []
    for item in delivery.outbound:
        if isinstance(item, Reply):
            said.append(item.text)
        elif isinstance(item, OfferPrivateChat):
            said.append(f"[privé aan {member}] {item.text}")
    return said


async def private(world: World, member: str, text: str) -> list[str]:
    assert world.runtime
    inbound = Inbound(ConversationKey(PLATFORM, member, member), text=text)
    delivery = await world.runtime.handle(inbound)
    world.runtime.delivered(delivery)
    return [r.text for r in delivery.replies]


async def _setting(world: World) -> list[tuple[object, ...]]:
    return await world.rows(
        "SELECT days, local_time, zone, window_minutes, roundup, question_set FROM checkins"
    )


async def test_an_admin_configures_a_check_in(world: World) -> None:
    world.transport.admins = {"anna"}
    said = await room(world, "anna", "checkin elke maandag om 19:00")
    assert "elke maandag om 19:00" in said[0]
    assert world.transport.admin_checks == 1
    assert await _setting(world) == [("0", "19:00", "Europe/Amsterdam", 120, 1, "licht")]
    await room(world, "anna", "checkin antwoordtijd anderhalf uur")
    await room(world, "anna", "checkin vragen contact")
    await room(world, "anna", "checkin tijdzone brussel")
    said = await room(world, "anna", "checkin samenvatting uit")
    assert "staat uit" in said[0]
    assert await _setting(world) == [("0", "19:00", "Europe/Brussels", 90, 0, "contact")]
    said = await room(world, "bram", "checkin")
    assert "elke maandag om 19:00 (Europe/Brussels), anderhalf uur om te antwoorden" in said[0]
    assert "vragen 'contact', zonder samenvatting" in said[0]
    [(due,)] = await world.rows("SELECT due_at FROM checkins")
    assert due == "2026-11-23T18:00:00+00:00"


async def test_a_non_admin_gets_a_kind_refusal(world: World) -> None:
    world.transport.admins = {"anna"}
    for text in ("checkin elke dag om 9u", "checkin stop", "checkin nu", "checkin vragen rust"):
        said = await room(world, "bram", text)
        assert "Alleen beheerders" in said[0] and "Meedoen kan iedereen" in said[0]
    assert await _setting(world) == []
    # Everyone may mute themselves or ask what the check-in is.
    assert "noem je naam niet" in (await room(world, "bram", "checkin stil"))[0]
    assert "nog geen check-in" in (await room(world, "bram", "checkin"))[0]


async def test_rights_are_asked_each_time_never_remembered(world: World) -> None:
    world.transport.admins = {"anna"}
    await room(world, "anna", "checkin werkdagen 9:00")
    world.transport.admins = set()  # anna is no longer an admin of the room
    said = await room(world, "anna", "checkin stop")
    assert "Alleen beheerders" in said[0]
    assert len(await _setting(world)) == 1
    assert world.transport.admin_checks == 2
    await room(world, "anna", "hallo allemaal")  # ordinary messages need no question
    assert world.transport.admin_checks == 2


async def test_without_prepare_settings_are_refused(world: World) -> None:
    assert world.runtime
    inbound = Inbound(ConversationKey(PLATFORM, ROOM, "anna"), text="checkin nu", chat_type="group")
    delivery = await world.runtime.handle(inbound)
    assert "Alleen beheerders" in delivery.replies[0].text


async def test_a_full_check_in_with_round_up(world: World) -> None:
    world.transport.admins = {"anna"}
    world.transport.names = {"bram": "Bram", "dirk": "Dirk de Vries", "cees": "Cees"}
    await room(world, "anna", "checkin elke maandag om 19:00")
    assert await room(world, "cees", "checkin stil")

    world.clock.set(at("2026-11-23 18:59 Europe/Amsterdam"))
    assert await world.tick() == []
    world.clock.set(at("2026-11-23 19:00 Europe/Amsterdam"))
    [post] = await world.tick()
    assert post.startswith("Tijd voor de check-in!")
    assert await world.tick() == []

    # The post went out once, to the room, with the private-answer button.
    sent = await world.rows("SELECT question_id, closes_at FROM checkin_rounds")
    assert len(sent) == 1 and sent[0][1] == "2026-11-23T20:00:00+00:00"
    question = checkins.question_text(str(sent[0][0]))
    assert question

    # Bram answers in the room; the bot stays quiet (the round-up thanks him).
    assert await room(world, "bram", "Een fijne wandeling met de hond") == []
    # Cees muted himself: he counts, but is not named.
    assert await room(world, "cees", "Ik heb eindelijk mijn buurman gesproken") == []
    # Dirk prefers to answer privately.
    said = await room(world, "dirk", "Liever privé antwoorden")
    assert "ik stuur je een privébericht" in said[0]
    assert "[privé aan dirk]" in said[1] and question in said[1]
    said = await private(world, "dirk", "Het was een zware week, ik mis mijn vrouw")
    assert "alleen dát je meedeed" in said[0]
    # A safety sign in an answer gets the usual care, in the room and privately.
    said = await room(world, "eva", "ik wil er een eind aan maken")
    assert "112" in said[0] and "113" in said[1]
    # Anyone else who talks to the bot privately is not taken for an answer.
    said = await private(world, "frits", "hallo")
    assert "welkom" in said[0].lower()

    world.clock.set(at("2026-11-23 20:59 Europe/Amsterdam"))
    assert await world.tick() == []
    world.clock.set(at("2026-11-23 21:00 Europe/Amsterdam"))
    [roundup] = await world.tick()
    assert roundup.startswith("De check-in is voorbij. Er deden drie mensen mee")
    assert "Bram, Dirk de Vries en nog iemand" in roundup
    assert "Cees" not in roundup and "Eva" not in roundup
    for private_words in ("zware week", "vrouw", "buurman", "wandeling"):
        assert private_words not in roundup
    # Who answered is forgotten once rounded up; nothing is left of the round.
    assert await world.rows("SELECT * FROM checkin_answers") == []
    assert await world.rows("SELECT * FROM checkin_invites") == []
    assert await world.rows("SELECT * FROM checkin_rounds") == []
    [(due,)] = await world.rows("SELECT due_at FROM checkins")
    assert due == "2026-11-30T18:00:00+00:00"


async def test_the_post_and_a_quiet_round(world: World) -> None:
    world.transport.admins = {"anna"}
    await room(world, "anna", "checkin elke dag om 9u")
    await room(world, "anna", "checkin antwoordtijd een uur")
    world.clock.set(at("2026-11-23 09:00 Europe/Amsterdam"))
    await world.scheduler.run_due()  # type: ignore[union-attr]
    [post] = world.transport.sent
    assert post.chat == ROOM and post.user == ROOM_USER
    assert isinstance(post.message, Reply)
    assert post.message.text.startswith("Tijd voor de check-in!")
    assert "Over een uur" in post.message.text
    assert post.message.choices == ("Liever privé antwoorden",)
    world.transport.sent.clear()
    said = await room(world, "anna", "checkin nu")
    assert "loopt al een check-in" in said[0]
    world.clock.set(at("2026-11-23 10:00 Europe/Amsterdam"))
    [roundup] = await world.tick()
    assert "niemand mee, en dat is helemaal goed" in roundup


async def test_check_in_now_stop_and_a_missed_round(world: World) -> None:
    world.transport.admins = {"anna"}
    world.transport.names = {"bram": "Bram"}
    assert "nog geen check-in" in (await room(world, "anna", "checkin nu"))[0]
    await room(world, "anna", "checkin elke vrijdag om 16:00")
    assert "Komt eraan" in (await room(world, "anna", "checkin nu"))[0]
    [post] = await world.tick()
    assert post.startswith("Tijd voor de check-in!")
    await room(world, "bram", "Goed!")
    said = await room(world, "anna", "checkin stop")
    assert "gestopt" in said[0]
    world.clock.advance(hours=2)
    [roundup] = await world.tick()  # the open round still closes kindly
    assert "Bram deed mee" in roundup
    world.clock.set(at("2026-11-27 16:00 Europe/Amsterdam"))
    assert await world.tick() == []  # stopped: no more rounds
    # A round missed during downtime is not posted hours late.
    await room(world, "anna", "checkin elke vrijdag om 16:00")
    world.clock.set(at("2026-12-04 19:00 Europe/Amsterdam"))
    assert await world.tick() == []
    [(due,)] = await world.rows("SELECT due_at FROM checkins")
    assert due == "2026-12-11T15:00:00+00:00"


async def test_unmute_and_forget(world: World) -> None:
    assert world.runtime
    world.transport.admins = {"anna"}
    await room(world, "anna", "checkin elke dag om 12:00")
    await room(world, "bram", "checkin stil")
    assert len(await world.rows("SELECT * FROM checkin_mutes")) == 1
    await room(world, "bram", "checkin meedoen")
    assert await world.rows("SELECT * FROM checkin_mutes") == []
    await room(world, "bram", "checkin stil")
    world.clock.set(at("2026-11-23 12:00 Europe/Amsterdam"))
    await world.tick()
    await room(world, "bram", "Soep gegeten")
    bram = ConversationKey(PLATFORM, "bram", "bram").user
    exported = await world.runtime.store.export_user(bram)
    assert exported["checkin_mutes"] and exported["checkin_answers"]
    await private(world, "bram", "hoi")
    await private(world, "bram", "vergeet mij")
    await private(world, "bram", "ja, wis alles")
    await world.runtime.flush()
    assert await world.runtime.store.rows_about(bram) == 0


async def test_a_round_at_a_time_that_does_not_exist_comes_at_the_jump(world: World) -> None:
    world.transport.admins = {"anna"}
    world.clock.set(at("2026-03-27 12:00 Europe/Amsterdam"))
    await room(world, "anna", "checkin zondag om 02:30")
    [(due,)] = await world.rows("SELECT due_at FROM checkins")
    assert due == "2026-03-29T01:00:00+00:00"  # 03:00 summer time, when the clocks jump
