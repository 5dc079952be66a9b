"""The schedule rows' SQL: what a turn's actions and a scheduled turn change.

A turn's write carries typed changes (``TurnWrite.schedule`` in :mod:`bot.store.db`);
the store turns them into statements here, inside the turn's own transaction, and
executes them there: what a change reads (a room's days, a daily question's zone) is
what it writes over. So a daily prompt and the advance of its row to the next day
are committed together: a crash either loses neither or keeps both, and a prompt is
never sent twice. The scheduler's own decisions (skip a stale prompt, postpone one
while the user is busy) go through the same path, with a write that has no turn.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from bot.core.messages import CheckinCommand, ConversationKey, DailyPrompt, ScheduledTurn, UserKey
from bot.core.schedule import times
from bot.core.schedule.times import iso

SqlValue = str | int | float | None
Statement = tuple[str, tuple[SqlValue, ...]]
Reader = Callable[[str, Sequence[Any]], Awaitable[list[Any]]]

DEFAULT_WINDOW = 120


def _key(key: ConversationKey) -> tuple[str, str, str]:
    return (key.platform, key.chat_id, key.user_id)


# --------------------------------------------------------------------------- daily prompts

# A date no daily question waits for: the schedule of someone who blocked the bot.
NEVER = "9999-12-31"


def unreachable_statements(user: UserKey) -> list[Statement]:
    """The person blocked the bot: their daily question waits (it resumes when they
    unblock it), and promised follow-ups, which can no longer arrive, are dropped."""
    k = (user.platform, user.user_id)
    never = f"{NEVER}T00:00:00+00:00"
    return [
        (
            "UPDATE daily_prompts SET paused_until=?, slot_at=?, due_at=?, remind_at=NULL "
            "WHERE platform=? AND user_id=?",
            (NEVER, never, never, *k),
        ),
        ("DELETE FROM followups WHERE platform=? AND user_id=?", k),
    ]


_DAILY_ROW = (
    "SELECT local_time, zone, paused_until FROM daily_prompts "
    "WHERE platform=? AND chat_id=? AND user_id=?"
)


async def daily_statements(
    action: DailyPrompt, key: ConversationKey, now: datetime, read: Reader
) -> list[Statement]:
    """Statements for a user's change to their daily question."""
    k = _key(key)
    if action.op == "stop":
        return [("DELETE FROM daily_prompts WHERE platform=? AND chat_id=? AND user_id=?", k)]
    if action.op == "answered":
        return [
            (
                "UPDATE daily_prompts SET remind_at=NULL, reminded=0 "
                "WHERE platform=? AND chat_id=? AND user_id=?",
                k,
            )
        ]
    rows = await read(_DAILY_ROW, k)
    row = rows[0] if rows else None
    if action.op == "start":
        if action.time is None:
            return []
        zone_name = str(row[1]) if row else (action.zone or times.DEFAULT_ZONE)
        slot = times.next_occurrence(times.clock_time(action.time), times.zone(zone_name), now)
        return [
            (
                "INSERT INTO daily_prompts (platform, chat_id, user_id, local_time, zone, "
                "slot_at, due_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (platform, chat_id, user_id) DO UPDATE SET "
                "local_time=excluded.local_time, paused_until=NULL, slot_at=excluded.slot_at, "
                "due_at=excluded.due_at, remind_at=NULL, updated_at=excluded.updated_at",
                (*k, action.time, zone_name, iso(slot), iso(slot), iso(now), iso(now)),
            )
        ]
    if row is None:
        return []  # pause, resume or a new zone without a daily question: nothing to change
    at, zone_name = times.clock_time(str(row[0])), str(row[1])
    paused_until: date | None = date.fromisoformat(row[2]) if row[2] else None
    if action.op == "timezone" and action.zone:
        zone_name = action.zone
    if action.op == "pause":
        # N days without a question, counted from the next one that would have come.
        where = times.zone(zone_name)
        upcoming = times.next_occurrence(at, where, now)
        paused_until = times.local_day(upcoming, where) + timedelta(days=action.days)
    elif action.op == "resume":
        paused_until = None
    slot = times.next_occurrence(at, times.zone(zone_name), now, from_day=paused_until)
    return [
        (
            "UPDATE daily_prompts SET zone=?, paused_until=?, slot_at=?, due_at=?, "
            "remind_at=NULL, updated_at=? WHERE platform=? AND chat_id=? AND user_id=?",
            (
                zone_name,
                paused_until.isoformat() if paused_until else None,
                iso(slot),
                iso(slot),
                iso(now),
                *k,
            ),
        )
    ]


# --------------------------------------------------------------------------- check-ins

_CHECKIN_ROW = "SELECT days, local_time, zone FROM checkins WHERE platform=? AND room_id=?"
_OPEN_ROUND = (
    "SELECT id FROM checkin_rounds WHERE platform=? AND room_id=? AND closes_at > ? "
    "ORDER BY id DESC LIMIT 1"
)


async def checkin_statements(
    action: CheckinCommand, key: ConversationKey, now: datetime, read: Reader
) -> list[Statement]:
    """Statements for a check-in command or answer from one member of a room."""
    platform, room, user = _key(key)
    at = iso(now)
    if action.op == "answer" and action.value == "private":
        # ``key`` is the private chat: the answer counts for rounds the user was invited to.
        return [
            (
                "INSERT INTO checkin_answers (round_id, platform, user_id, via, answered_at) "
                "SELECT i.round_id, i.platform, i.user_id, 'private', ? "
                "FROM checkin_invites i JOIN checkin_rounds r ON r.id = i.round_id "
                "WHERE i.platform=? AND i.user_id=? AND r.closes_at > ? ON CONFLICT DO NOTHING",
                (at, platform, user, at),
            ),
            ("DELETE FROM checkin_invites WHERE platform=? AND user_id=?", (platform, user)),
        ]
    if action.op == "answer":
        return [
            (
                "INSERT INTO checkin_answers (round_id, platform, user_id, via, answered_at) "
                f"SELECT id, ?, ?, 'room', ? FROM ({_OPEN_ROUND}) AS o WHERE true "
                "ON CONFLICT DO NOTHING",
                (platform, user, at, platform, room, at),
            )
        ]
    if action.op == "watch":
        if action.value:
            return [
                (
                    "INSERT INTO room_watch (platform, room_id, since) VALUES (?, ?, ?) "
                    "ON CONFLICT DO NOTHING",
                    (platform, room, at),
                )
            ]
        return [("DELETE FROM room_watch WHERE platform=? AND room_id=?", (platform, room))]
    if action.op == "private":
        return [
            (
                "INSERT INTO checkin_invites (platform, user_id, round_id, created_at) "
                f"SELECT ?, ?, id, ? FROM ({_OPEN_ROUND}) AS o WHERE true ON CONFLICT DO NOTHING",
                (platform, user, at, platform, room, at),
            )
        ]
    if action.op == "mute":
        return [
            (
                "INSERT INTO checkin_mutes (platform, room_id, user_id, created_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (platform, room, user, at),
            )
        ]
    if action.op == "unmute":
        return [
            (
                "DELETE FROM checkin_mutes WHERE platform=? AND room_id=? AND user_id=?",
                (platform, room, user),
            )
        ]
    if action.op == "stop":
        return [("DELETE FROM checkins WHERE platform=? AND room_id=?", (platform, room))]
    room_key = (platform, room)
    if action.op == "questions":
        return [_set_checkin("question_set", str(action.value), at, room_key)]
    if action.op == "window":
        return [_set_checkin("window_minutes", int(action.value or DEFAULT_WINDOW), at, room_key)]
    if action.op == "roundup":
        return [_set_checkin("roundup", int(bool(action.value)), at, room_key)]
    if action.op == "now":
        return [
            (
                "UPDATE checkins SET due_at=?, updated_at=? WHERE platform=? AND room_id=? "
                "AND NOT EXISTS (SELECT 1 FROM checkin_rounds r WHERE r.platform=? "
                "AND r.room_id=? AND r.closes_at > ?)",
                (at, at, platform, room, platform, room, at),
            )
        ]
    rows = await read(_CHECKIN_ROW, room_key)
    row = rows[0] if rows else None
    if action.op == "schedule":
        if not action.days or not action.time:
            return []
        zone_name = str(row[2]) if row else (action.zone or times.DEFAULT_ZONE)
        due = _next_round(action.days, action.time, zone_name, now)
        return [
            (
                "INSERT INTO checkins (platform, room_id, days, local_time, zone, due_at, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (platform, room_id) DO UPDATE SET days=excluded.days, "
                "local_time=excluded.local_time, due_at=excluded.due_at, "
                "updated_at=excluded.updated_at",
                (*room_key, action.days, action.time, zone_name, iso(due), at, at),
            )
        ]
    if action.op == "zone" and row is not None and action.value:
        due = _next_round(str(row[0]), str(row[1]), str(action.value), now)
        return [
            (
                "UPDATE checkins SET zone=?, due_at=?, updated_at=? WHERE platform=? AND room_id=?",
                (str(action.value), iso(due), at, *room_key),
            )
        ]
    return []


def _set_checkin(column: str, value: SqlValue, at: str, room_key: tuple[str, str]) -> Statement:
    return (
        f"UPDATE checkins SET {column}=?, updated_at=? WHERE platform=? AND room_id=?",
        (value, at, *room_key),
    )


def _next_round(days: str, at: str, zone_name: str, after: datetime) -> datetime:
    return times.next_occurrence(
        times.clock_time(at), times.zone(zone_name), after, times.days_from_text(days)
    )


# --------------------------------------------------------------------------- scheduled turns


def scheduled_statements(
    done: ScheduledTurn, key: ConversationKey, now: datetime, turn: int | None
) -> list[Statement]:
    """What a scheduled turn (or a decision without a turn) marks done, by its kind."""
    k = _key(key)
    info = done.info
    at = iso(now)
    nxt = iso(done.next_due) if done.next_due else None
    old = str(info.get("slot", ""))
    if done.kind == "daily":
        remind = str(info.get("remind_at", "")) or None
        return [
            (
                "UPDATE daily_prompts SET slot_at=?, due_at=?, paused_until=NULL, recent=?, "
                "sent_at=?, prompt_turn=?, remind_at=?, updated_at=? "
                "WHERE platform=? AND chat_id=? AND user_id=? AND slot_at=?",
                (nxt, nxt, str(info.get("recent", "[]")), at, turn, remind, at, *k, old),
            )
        ]
    if done.kind == "daily_skip":
        return [
            (
                "UPDATE daily_prompts SET slot_at=?, due_at=?, paused_until=NULL, remind_at=NULL, "
                "updated_at=? WHERE platform=? AND chat_id=? AND user_id=? AND slot_at=?",
                (nxt, nxt, at, *k, old),
            )
        ]
    if done.kind == "daily_postpone":
        return [
            (
                "UPDATE daily_prompts SET due_at=?, updated_at=? "
                "WHERE platform=? AND chat_id=? AND user_id=? AND slot_at=?",
                (nxt, at, *k, old),
            )
        ]
    if done.kind in ("reminder", "reminder_cancel"):
        # A cancelled reminder leaves "reminded" as it was; one that went out sets it.
        reminded = ", reminded=1" if done.kind == "reminder" else ""
        return [
            (
                f"UPDATE daily_prompts SET remind_at=NULL{reminded}, updated_at=? "
                "WHERE platform=? AND chat_id=? AND user_id=?",
                (at, *k),
            )
        ]
    if done.kind in ("followup", "followup_drop"):
        return [("DELETE FROM followups WHERE id=?", (int(done.ref),))]
    if done.kind == "followup_postpone":
        return [("UPDATE followups SET due_at=? WHERE id=?", (nxt, int(done.ref)))]
    platform, room = key.platform, key.chat_id
    if done.kind == "checkin_open":
        return [
            (
                "INSERT INTO checkin_rounds (platform, room_id, question_id, opened_at, closes_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (platform, room, str(info.get("question", "")), at, str(info.get("closes_at"))),
            ),
            (
                "UPDATE checkins SET due_at=?, recent=?, updated_at=? "
                "WHERE platform=? AND room_id=? AND due_at=?",
                (nxt, str(info.get("recent", "[]")), at, platform, room, old),
            ),
        ]
    if done.kind == "checkin_skip":
        return [
            (
                "UPDATE checkins SET due_at=?, updated_at=? WHERE platform=? AND room_id=? "
                "AND due_at=?",
                (nxt, at, platform, room, old),
            )
        ]
    if done.kind == "checkin_close":
        return [("DELETE FROM checkin_rounds WHERE id=?", (int(done.ref),))]
    raise ValueError(f"unknown scheduled turn kind {done.kind!r}")


# --------------------------------------------------------------------------- one entry point


@dataclass(frozen=True, slots=True)
class Blocked:
    """The platform says the person blocked the bot: their schedules wait."""


# What a write can change in the schedule rows, typed: the store turns it into SQL
# inside the write's own transaction, so what it reads is what it writes over.
ScheduleChange = DailyPrompt | CheckinCommand | ScheduledTurn | Blocked


def needs_read(change: ScheduleChange) -> bool:
    """Whether the change reads rows first (then earlier writes must be executed)."""
    if isinstance(change, DailyPrompt):
        return change.op not in ("stop", "answered")
    return isinstance(change, CheckinCommand)


async def statements(
    change: ScheduleChange, key: ConversationKey, now: datetime, turn: int | None, read: Reader
) -> list[Statement]:
    """The SQL for one change (a scheduled turn done, a command, a block)."""
    if isinstance(change, ScheduledTurn):
        return scheduled_statements(change, key, now, turn)
    if isinstance(change, DailyPrompt):
        return await daily_statements(change, key, now, read)
    if isinstance(change, CheckinCommand):
        return await checkin_statements(change, key, now, read)
    return unreachable_statements(key.user)
