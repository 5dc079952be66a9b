"""Group check-ins: what a turn needs to know about a room, and a round's round-up.

The engine is pure, so before a group message reaches it an adapter calls
:func:`prepare`, which

* asks the platform whether the sender is a room admin, but only for a check-in
  *setting* ("checkin elke maandag om 19:00", "checkin stop"), and at that moment:
  Telegram's chat member status, Matrix's power level >= 50. Nothing is remembered,
  so someone who loses their admin rights loses them here at once;
* looks up the room's check-in and whether a round is open (then a message that
  reached the bot is an answer);
* for a private message: whether the user asked to answer a round privately.

Adapters do, for every message::

    inbound = await checkins.prepare(inbound, runtime, transport)
    delivery = await runtime.handle(inbound)

Without it, check-in settings are refused kindly (nobody is known to be an admin)
and messages in a room are not counted as answers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime

from bot.core.messages import CheckinFacts, Inbound
from bot.core.schedule import commands, prompts, times
from bot.runtime.ports import Transport
from bot.runtime.runtime import Runtime
from bot.store.db import Store
from bot.store.schedules import iso

log = logging.getLogger(__name__)


async def prepare(
    inbound: Inbound,
    runtime: Runtime,
    transport: Transport | None = None,
    *,
    now: datetime | None = None,
) -> Inbound:
    """The inbound with what the engine needs to know for check-ins filled in."""
    if inbound.kind not in ("text", "choice"):
        return inbound
    moment = now or inbound.received_at or runtime.clock()
    key = inbound.key
    store = runtime.store
    if inbound.chat_type == "group":
        is_admin: bool | None = None
        command = commands.room_command(inbound.text)
        if command is not None and command.admin and transport is not None:
            try:
                is_admin = await transport.is_admin(key.chat_id, key.user_id)
            except Exception as exc:  # unknown means no: the refusal is kind
                log.warning("%s: could not ask for admin rights (%s)", key.platform, exc)
        facts = await room_facts(store, key.platform, key.chat_id, moment)
        return replace(inbound, is_admin=is_admin, checkin=facts)
    rows = await store.execute_fetchall(
        "SELECT 1 FROM checkin_invites i JOIN checkin_rounds r ON r.id = i.round_id "
        "WHERE i.platform=? AND i.user_id=? AND r.closes_at > ? LIMIT 1",
        (key.platform, key.user_id, iso(moment)),
    )
    return replace(inbound, checkin=CheckinFacts(private_answer=True)) if rows else inbound


async def room_facts(store: Store, platform: str, room: str, now: datetime) -> CheckinFacts:
    rows = await store.execute_fetchall(
        "SELECT days, local_time, zone, window_minutes, roundup, question_set "
        "FROM checkins WHERE platform=? AND room_id=?",
        (platform, room),
    )
    configured = describe(*rows[0]) if rows else None
    rounds = await store.execute_fetchall(
        "SELECT question_id FROM checkin_rounds WHERE platform=? AND room_id=? AND closes_at > ? "
        "ORDER BY id DESC LIMIT 1",
        (platform, room, iso(now)),
    )
    question = question_text(str(rounds[0][0])) if rounds else None
    watched = await store.execute_fetchall(
        "SELECT 1 FROM room_watch WHERE platform=? AND room_id=?", (platform, room)
    )
    return CheckinFacts(
        configured=configured, round_open=bool(rounds), question=question, watch=bool(watched)
    )


def describe(days: str, at: str, zone: str, window: int, roundup: int, question_set: str) -> str:
    """A room's check-in in words, for "checkin"."""
    when = f"{times.describe_days(times.days_from_text(days))} om {at}"
    summary = "met samenvatting" if roundup else "zonder samenvatting"
    return (
        f"{when} ({zone}), {times.describe_minutes(int(window))} om te antwoorden, "
        f"vragen '{question_set}', {summary}"
    )


def question_text(question_id: str) -> str | None:
    for questions in prompts.CHECKIN_SETS.values():
        for question in questions:
            if question.id == question_id:
                return question.text
    return None


@dataclass(frozen=True, slots=True)
class Participation:
    """Who joined a round: named members by display name, and how many more."""

    named: list[str]
    unnamed: int

    @property
    def total(self) -> int:
        return len(self.named) + self.unnamed

    def context(self) -> dict[str, str | int]:
        return {
            "deelnemers": self.total,
            "genoemd": len(self.named),
            "aantal": commands.count_words(self.total),
            "namen": commands.who_joined(self.named, self.unnamed),
        }


async def participation(
    store: Store, transport: Transport | None, round_id: int, room: str
) -> Participation:
    """Who answered ``round_id``; muted members count, but are never named."""
    rows = await store.execute_fetchall(
        "SELECT a.user_id, EXISTS (SELECT 1 FROM checkin_mutes m WHERE m.platform = a.platform "
        "AND m.room_id = ? AND m.user_id = a.user_id) FROM checkin_answers a "
        "WHERE a.round_id = ? ORDER BY a.answered_at",
        (room, round_id),
    )
    named: list[str] = []
    unnamed = 0
    for user_id, muted in rows:
        name = None
        if not muted and transport is not None:
            try:
                name = (await transport.display_name(room, str(user_id))).strip() or None
            except Exception as exc:
                log.warning("could not look up a display name (%s)", type(exc).__name__)
        if name:
            named.append(name)
        else:
            unnamed += 1
    return Participation(named, unnamed)
