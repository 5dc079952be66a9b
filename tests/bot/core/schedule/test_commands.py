"""Check-in commands in a room and scheduling commands in a private chat."""

from __future__ import annotations

import pytest

from bot.core.schedule.commands import (
    RoomCommand,
    count_words,
    private_command,
    room_command,
    who_joined,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("checkin elke maandag om 19:00", RoomCommand("schedule", days="0", time="19:00")),
        ("/checkin werkdagen 9:00", RoomCommand("schedule", days="0,1,2,3,4", time="09:00")),
        ("Check-in ma/wo/vr 20:00", RoomCommand("schedule", days="0,2,4", time="20:00")),
        ("!verbonden checkin zondag half elf", RoomCommand("schedule", days="6", time="10:30")),
        ("/checkin@VerbondenBot stop", RoomCommand("stop")),
        ("checkin", RoomCommand("status")),
        ("checkin hulp", RoomCommand("help")),
        ("checkin nu", RoomCommand("now")),
        ("checkin stil", RoomCommand("mute")),
        ("checkin meedoen", RoomCommand("unmute")),
        ("checkin privé", RoomCommand("private")),
        ("Liever privé antwoorden", RoomCommand("private")),
        ("checkin tijdzone brussel", RoomCommand("zone", value="Europe/Brussels")),
        ("checkin vragen rust", RoomCommand("questions", value="rust")),
        ("checkin antwoordtijd anderhalf uur", RoomCommand("window", value=90)),
        ("checkin samenvatting uit", RoomCommand("roundup", value=0)),
        ("checkin samenvatting aan", RoomCommand("roundup", value=1)),
        ("checkin waakzaam aan", RoomCommand("watch", value=1)),
        ("/checkin waakzaam uit", RoomCommand("watch", value=0)),
        ("checkin waakzaam misschien", RoomCommand("unclear", problem="checkin_unclear")),
        ("checkin vragen diep", RoomCommand("unclear", problem="checkin_bad_questions")),
        ("checkin antwoordtijd 3 dagen", RoomCommand("unclear", problem="checkin_bad_window")),
        ("checkin tijdzone Atlantis", RoomCommand("unclear", problem="checkin_bad_zone")),
        ("checkin vanavond misschien", RoomCommand("unclear", problem="checkin_unclear")),
    ],
)
def test_room_commands(text: str, expected: RoomCommand) -> None:
    assert room_command(text) == expected


@pytest.mark.parametrize("text", ["hoi allemaal", "ik ging inchecken op het vliegveld", "checking"])
def test_ordinary_messages_are_not_commands(text: str) -> None:
    assert room_command(text) is None


def test_only_settings_need_an_admin() -> None:
    admin = {"schedule", "zone", "questions", "window", "roundup", "now", "stop"}
    for text, op in [
        ("checkin elke dag 9:00", "schedule"),
        ("checkin stop", "stop"),
        ("checkin nu", "now"),
        ("checkin stil", "mute"),
        ("checkin", "status"),
        ("checkin privé", "private"),
    ]:
        command = room_command(text)
        assert command is not None and command.op == op
        assert command.admin == (op in admin)


def test_private_commands() -> None:
    assert private_command("dagelijks") == "daily"
    assert private_command("/dagelijks") == "daily"
    assert private_command("Dagelijkse vraag") == "daily"
    assert private_command("checkin") == "checkin"
    assert private_command("ik wil dagelijks wandelen") is None


def test_who_joined_never_names_the_muted() -> None:
    assert who_joined(["Bram", "anna"], 0) == "anna en Bram"
    assert who_joined(["Anna"], 1) == "Anna en nog iemand"
    assert who_joined(["Anna", "Bram", "Cees"], 2) == "Anna, Bram, Cees en nog twee anderen"
    assert who_joined([], 1) == "iemand"
    assert who_joined([], 3) == "drie mensen"
    assert count_words(12) == "12"
