"""Rooms: whose invites to accept, which rooms are one-to-one, when to leave.

* An invite is accepted when the room is on ``allowed_rooms`` or the inviter's
  homeserver is on ``allowed_servers`` (empty: the bot's own server; "*": any).
* A room is private (the bot runs whole conversations there) only while it has
  at most two members, the bot included, counting invited people: whatever its
  ``m.direct`` flag says, a third person would read along.
* The bot leaves a room where nobody else is joined or invited.
* Who may configure the bot in a room: power level 50 or more, read from the
  room's state (in room version 12 and later the creators always may).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.config import MatrixConfig


def server_of(user_id: str) -> str:
    """ "example.org" for "@anna:example.org" (ports stay: "host:8448")."""
    return user_id.partition(":")[2]


@dataclass(frozen=True, slots=True)
class InvitePolicy:
    own_server: str
    servers: frozenset[str]
    rooms: frozenset[str]

    @classmethod
    def from_config(cls, matrix: MatrixConfig) -> InvitePolicy:
        return cls(
            own_server=server_of(matrix.user_id),
            servers=frozenset(s.strip().lower() for s in matrix.allowed_servers if s.strip()),
            rooms=frozenset(r.strip() for r in matrix.allowed_rooms if r.strip()),
        )

    def with_rooms(self, more: Iterable[str]) -> InvitePolicy:
        """The same policy, also allowing ``more`` room ids (resolved aliases)."""
        return InvitePolicy(self.own_server, self.servers, self.rooms | frozenset(more))

    def accepts(self, inviter: str | None, room_id: str, aliases: Iterable[str] = ()) -> bool:
        if room_id in self.rooms or any(alias in self.rooms for alias in aliases):
            return True
        if not inviter:
            return False
        allowed = self.servers or {self.own_server.lower()}
        return "*" in allowed or server_of(inviter).lower() in allowed


def member_counts(room: Any) -> tuple[int, int]:
    """(joined, invited) from the room's member list.

    Counted from ``room.users`` (kept current by every membership event in a
    sync) rather than from the sync summary, which the server sends only now
    and then.
    """
    invited = sum(1 for user in room.users.values() if user.invited)
    return len(room.users) - invited, invited


def is_private(room: Any) -> bool:
    """At most two members (joined or invited), the bot included."""
    joined, invited = member_counts(room)
    return joined + invited <= 2


def is_alone(room: Any) -> bool:
    """Nobody but the bot is joined or invited."""
    joined, invited = member_counts(room)
    return joined <= 1 and invited == 0


class DirectRooms:
    """The bot's ``m.direct`` account data: which rooms are DMs with whom."""

    def __init__(self, content: Mapping[str, Any] | None = None) -> None:
        self._by_user: dict[str, list[str]] = {}
        self.replace(content or {})

    def replace(self, content: Mapping[str, Any]) -> None:
        self._by_user = {
            user: [r for r in rooms if isinstance(r, str)]
            for user, rooms in content.items()
            if isinstance(user, str) and isinstance(rooms, list)
        }

    def rooms_with(self, user_id: str) -> list[str]:
        return list(self._by_user.get(user_id, ()))

    def add(self, user_id: str, room_id: str) -> bool:
        """Remember a DM; False when it was known already."""
        rooms = self._by_user.setdefault(user_id, [])
        if room_id in rooms:
            return False
        rooms.append(room_id)
        return True

    def remove_room(self, room_id: str) -> bool:
        """Forget a room left; False when it was not a DM."""
        changed = False
        for user in list(self._by_user):
            if room_id in self._by_user[user]:
                self._by_user[user].remove(room_id)
                changed = True
                if not self._by_user[user]:
                    del self._by_user[user]
        return changed

    def content(self) -> dict[str, list[str]]:
        return {user: list(rooms) for user, rooms in self._by_user.items()}


def _creators_are_privileged(room_version: str) -> bool:
    """Room version 12 and later give the creators unlimited power (MSC4289)."""
    if room_version.isdigit():
        return int(room_version) >= 12
    return room_version.startswith("org.matrix.hydra")


def power_level(state: Iterable[Mapping[str, Any]], user_id: str) -> float:
    """A member's power level from a room's full state (``math.inf`` for v12+ creators)."""
    create: Mapping[str, Any] = {}
    levels: Mapping[str, Any] = {}
    for event in state:
        if event.get("state_key") != "":
            continue
        if event.get("type") == "m.room.create":
            create = event
        elif event.get("type") == "m.room.power_levels":
            levels = event.get("content") or {}
    content = create.get("content") or {}
    if _creators_are_privileged(str(content.get("room_version", "1"))):
        extra = content.get("additional_creators")
        creators = {create.get("sender"), *(extra if isinstance(extra, list) else [])}
        if user_id in creators:
            return math.inf
    users = levels.get("users")
    default = levels.get("users_default", 0)
    level = users.get(user_id, default) if isinstance(users, dict) else default
    return float(level) if isinstance(level, int | float) else 0.0
