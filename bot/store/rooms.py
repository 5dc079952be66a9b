"""What a room's check-in looks like now: its settings, an open round, who answered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.core.messages import CheckinSetting
from bot.core.schedule.times import iso
from bot.store.schedules import Reader


@dataclass(frozen=True, slots=True)
class RoomFacts:
    """A room's check-in as stored (settings in the order ``describe`` takes them)."""

    settings: CheckinSetting | None
    open_question: str | None  # the question id of the round open now
    round_open: bool
    watch: bool  # the room asked for the safety watch


async def room_facts(read: Reader, platform: str, room: str, now: datetime) -> RoomFacts:
    rows = await read(
        "SELECT days, local_time, zone, window_minutes, roundup, question_set "
        "FROM checkins WHERE platform=? AND room_id=?",
        (platform, room),
    )
    rounds = await read(
        "SELECT question_id FROM checkin_rounds WHERE platform=? AND room_id=? AND closes_at > ? "
        "ORDER BY id DESC LIMIT 1",
        (platform, room, iso(now)),
    )
    watched = await read(
        "SELECT 1 FROM room_watch WHERE platform=? AND room_id=?", (platform, room)
    )
    settings = None
    if rows:
        days, at, zone, window, roundup, question_set = rows[0]
        settings = CheckinSetting(
            str(days), str(at), str(zone), int(window), bool(roundup), str(question_set)
        )
    return RoomFacts(
        settings=settings,
        open_question=str(rounds[0][0]) if rounds else None,
        round_open=bool(rounds),
        watch=bool(watched),
    )


async def answers_privately(read: Reader, platform: str, user_id: str, now: datetime) -> bool:
    rows = await read(
        "SELECT 1 FROM checkin_invites i JOIN checkin_rounds r ON r.id = i.round_id "
        "WHERE i.platform=? AND i.user_id=? AND r.closes_at > ? LIMIT 1",
        (platform, user_id, iso(now)),
    )
    return bool(rows)


async def round_answers(read: Reader, round_id: int, room: str) -> list[tuple[str, bool]]:
    rows = await read(
        "SELECT a.user_id, EXISTS (SELECT 1 FROM checkin_mutes m WHERE m.platform = a.platform "
        "AND m.room_id = ? AND m.user_id = a.user_id) FROM checkin_answers a "
        "WHERE a.round_id = ? ORDER BY a.answered_at",
        (room, round_id),
    )
    return [(str(user), bool(muted)) for user, muted in rows]


async def scheduled_platforms(read: Reader) -> list[str]:
    rows = await read(
        "SELECT platform FROM daily_prompts UNION SELECT platform FROM followups "
        "UNION SELECT platform FROM checkins UNION SELECT platform FROM checkin_rounds",
        (),
    )
    return sorted(str(r[0]) for r in rows)
