"""Finding due work: the five kinds of schedule row that have come due, as jobs.

Each job carries a snapshot of the conversation it would interrupt (read in the same
query), so the pure policy can decide without another read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from bot.core.messages import ROOM_USER, ConversationKey
from bot.core.schedule.policy import Job, Snapshot
from bot.core.schedule.prompts import recent_list
from bot.core.schedule.times import iso, parse_iso
from bot.store.schedules import Reader


async def find_due(read: Reader, platforms: Sequence[str], now: datetime, limit: int) -> list[Job]:
    """Up to ``limit`` due jobs of each kind on ``platforms``, oldest first."""
    marks = ",".join("?" * len(platforms))
    args = (iso(now), *platforms, limit)
    jobs: list[Job] = []
    for sql, make in (
        (_DAILY_DUE, _daily_job),
        (_REMINDERS_DUE, _reminder_job),
        (_FOLLOWUPS_DUE, _followup_job),
        (_CHECKINS_DUE, _checkin_job),
        (_ROUNDS_DUE, _round_job),
    ):
        jobs += [make(row) for row in await read(sql.format(marks=marks), args)]
    jobs.sort(key=lambda j: j.due)
    return jobs


# "+x.platform" keeps SQLite from choosing the platform index over the due-time index:
# finding due work must read only the due rows, not every row of the platform.
_CONVERSATION = (
    "LEFT JOIN conversations c ON c.platform = {t}.platform AND c.chat_id = {t}.chat_id "
    "AND c.user_id = {t}.user_id"
)
_DAILY_DUE = (
    "SELECT d.platform, d.chat_id, d.user_id, d.local_time, d.zone, d.slot_at, d.due_at, "
    "d.recent, d.reminded, c.dialogue, c.state, c.updated_at, c.flagged, c.turn "
    "FROM daily_prompts d " + _CONVERSATION.format(t="d") + " "
    "WHERE d.due_at <= ? AND +d.platform IN ({marks}) ORDER BY d.due_at LIMIT ?"
)
_REMINDERS_DUE = (
    "SELECT d.platform, d.chat_id, d.user_id, d.remind_at, d.zone, d.recent, d.prompt_turn, "
    "c.dialogue, c.state, c.updated_at, c.flagged, c.turn "
    "FROM daily_prompts d " + _CONVERSATION.format(t="d") + " "
    "WHERE d.remind_at IS NOT NULL AND d.remind_at <= ? AND +d.platform IN ({marks}) "
    "ORDER BY d.remind_at LIMIT ?"
)
_FOLLOWUPS_DUE = (
    "SELECT f.id, f.platform, f.chat_id, f.user_id, f.target, f.due_at, f.context, "
    "c.dialogue, c.state, c.updated_at, c.flagged, c.turn, "
    "COALESCE(d.zone, CASE u.region WHEN 'be' THEN 'Europe/Brussels' "
    "ELSE 'Europe/Amsterdam' END) "
    "FROM followups f " + _CONVERSATION.format(t="f") + " "
    "LEFT JOIN daily_prompts d ON d.platform = f.platform AND d.chat_id = f.chat_id "
    "AND d.user_id = f.user_id "
    "LEFT JOIN users u ON u.platform = f.platform AND u.user_id = f.user_id "
    "WHERE f.due_at <= ? AND +f.platform IN ({marks}) ORDER BY f.due_at LIMIT ?"
)
_CHECKINS_DUE = (
    "SELECT k.platform, k.room_id, k.days, k.local_time, k.zone, k.question_set, "
    "k.window_minutes, k.roundup, k.due_at, k.recent, EXISTS (SELECT 1 FROM checkin_rounds r "
    "WHERE r.platform = k.platform AND r.room_id = k.room_id) "
    "FROM checkins k WHERE k.due_at <= ? AND +k.platform IN ({marks}) ORDER BY k.due_at LIMIT ?"
)
_ROUNDS_DUE = (
    "SELECT r.id, r.platform, r.room_id, r.closes_at, COALESCE(k.roundup, 1), "
    "COALESCE(k.zone, 'Europe/Amsterdam') FROM checkin_rounds r LEFT JOIN checkins k "
    "ON k.platform = r.platform AND k.room_id = r.room_id "
    "WHERE r.closes_at <= ? AND +r.platform IN ({marks}) ORDER BY r.closes_at LIMIT ?"
)


def _snapshot(values: Iterable[Any]) -> Snapshot | None:
    dialogue, state, updated_at, flagged, turn = values
    if dialogue is None:
        return None
    return Snapshot(dialogue, state, parse_iso(updated_at), bool(flagged), int(turn))


def _daily_job(row: Any) -> Job:
    platform, chat, user, at, zone, slot, due, recent, reminded = row[:9]
    return Job(
        "daily",
        ConversationKey(platform, chat, user),
        ref=f"{chat}|{user}",
        due=parse_iso(due),
        slot=parse_iso(slot),
        zone=zone,
        data={"local_time": at, "recent": recent, "reminded": reminded},
        conversation=_snapshot(row[9:14]),
    )


def _reminder_job(row: Any) -> Job:
    platform, chat, user, remind_at, zone, recent, prompt_turn = row[:7]
    asked = recent_list(recent)
    return Job(
        "reminder",
        ConversationKey(platform, chat, user),
        ref=f"{chat}|{user}",
        due=parse_iso(remind_at),
        slot=parse_iso(remind_at),
        zone=zone,
        data={"prompt": asked[-1] if asked else "", "prompt_turn": prompt_turn},
        conversation=_snapshot(row[7:12]),
    )


def _followup_job(row: Any) -> Job:
    ident, platform, chat, user, target, due, context = row[:7]
    return Job(
        "followup",
        ConversationKey(platform, chat, user),
        ref=str(ident),
        due=parse_iso(due),
        slot=parse_iso(due),
        zone=row[12],
        data={"target": target, "context": json.loads(context or "{}")},
        conversation=_snapshot(row[7:12]),
    )


def _checkin_job(row: Any) -> Job:
    platform, room, days, at, zone, question_set, window, roundup, due, recent, is_open = row
    return Job(
        "checkin_open",
        ConversationKey(platform, room, ROOM_USER),
        ref=room,
        due=parse_iso(due),
        slot=parse_iso(due),
        zone=zone,
        data={
            "days": days,
            "local_time": at,
            "set": question_set,
            "window": window,
            "roundup": roundup,
            "recent": recent,
            "open": bool(is_open),
        },
    )


def _round_job(row: Any) -> Job:
    ident, platform, room, closes_at, roundup, zone = row
    return Job(
        "checkin_close",
        ConversationKey(platform, room, ROOM_USER),
        ref=str(ident),
        due=parse_iso(closes_at),
        slot=parse_iso(closes_at),
        zone=zone,
        data={"roundup": bool(roundup)},
    )
