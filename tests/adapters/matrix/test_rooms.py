"""Invite policy, private-or-group, leaving empty rooms, m.direct bookkeeping."""

from __future__ import annotations

import math

import nio
import pytest

from adapters.matrix.rooms import (
    DirectRooms,
    InvitePolicy,
    is_alone,
    is_private,
    power_level,
    server_of,
)
from bot.config import MatrixConfig

BOT = "@verbonden:bot.example"


def _policy(servers: tuple[str, ...] = (), rooms: tuple[str, ...] = ()) -> InvitePolicy:
    return InvitePolicy.from_config(
        MatrixConfig(user_id=BOT, allowed_servers=servers, allowed_rooms=rooms)
    )


def test_server_of() -> None:
    assert server_of("@anna:example.org") == "example.org"
    assert server_of("@anna:example.org:8448") == "example.org:8448"


def test_default_is_the_bots_own_server() -> None:
    policy = _policy()
    assert policy.accepts("@anna:bot.example", "!r:bot.example")
    assert not policy.accepts("@eve:elders.example", "!r:elders.example")
    assert not policy.accepts(None, "!r:bot.example")


def test_a_list_replaces_the_default_and_star_allows_all() -> None:
    policy = _policy(("Example.org",))
    assert policy.accepts("@anna:example.org", "!r:x")
    assert not policy.accepts("@anna:bot.example", "!r:x")
    assert _policy(("*",)).accepts("@anyone:anywhere.example", "!r:x")


def test_allowed_rooms_by_id_or_alias() -> None:
    policy = _policy(rooms=("!koffie:elders.example", "#thee:elders.example"))
    assert policy.accepts("@eve:elders.example", "!koffie:elders.example")
    assert policy.accepts("@eve:elders.example", "!other:x", ["#thee:elders.example"])
    assert policy.with_rooms(["!resolved:x"]).accepts(None, "!resolved:x")
    assert not policy.accepts("@eve:elders.example", "!other:x")


def _room(joined: int, invited: int = 0) -> nio.MatrixRoom:
    room = nio.MatrixRoom("!r:bot.example", BOT)
    room.add_member(BOT, "Verbonden", None)
    for n in range(joined - 1):
        room.add_member(f"@u{n}:bot.example", None, None)
    for n in range(invited):
        room.add_member(f"@i{n}:bot.example", None, None, invited=True)
    return room


@pytest.mark.parametrize(
    ("joined", "invited", "private", "alone"),
    [
        (1, 0, True, True),
        (1, 1, True, False),
        (2, 0, True, False),
        (2, 1, False, False),
        (5, 0, False, False),
    ],
)
def test_private_and_alone(joined: int, invited: int, private: bool, alone: bool) -> None:
    room = _room(joined, invited)
    assert is_private(room) is private
    assert is_alone(room) is alone


def test_direct_rooms() -> None:
    direct = DirectRooms({"@anna:x": ["!a", "!b"], "@bram:x": ["!c"], "bad": "nope"})
    assert direct.rooms_with("@anna:x") == ["!a", "!b"]
    assert direct.add("@anna:x", "!d") and not direct.add("@anna:x", "!d")
    assert direct.remove_room("!c") and not direct.remove_room("!c")
    assert direct.content() == {"@anna:x": ["!a", "!b", "!d"]}
    direct.replace({"@cor:x": ["!e"]})
    assert direct.rooms_with("@anna:x") == [] and direct.rooms_with("@cor:x") == ["!e"]


def _state(
    version: str, creator: str, users: dict[str, int], **create: object
) -> list[dict[str, object]]:
    return [
        {
            "type": "m.room.create",
            "state_key": "",
            "sender": creator,
            "content": {"room_version": version, **create},
        },
        {
            "type": "m.room.power_levels",
            "state_key": "",
            "content": {"users": users, "users_default": 0},
        },
        {"type": "m.room.member", "state_key": "@anna:x", "content": {"membership": "join"}},
    ]


def test_power_levels_before_room_version_12() -> None:
    state = _state("10", "@anna:x", {"@anna:x": 100, "@mod:x": 50})
    assert power_level(state, "@anna:x") == 100
    assert power_level(state, "@mod:x") == 50
    assert power_level(state, "@bram:x") == 0


def test_creators_are_unlimited_from_room_version_12() -> None:
    state = _state("12", "@anna:x", {"@mod:x": 50}, additional_creators=["@cor:x"])
    assert power_level(state, "@anna:x") == math.inf
    assert power_level(state, "@cor:x") == math.inf
    assert power_level(state, "@mod:x") == 50
    assert power_level(state, "@bram:x") == 0
