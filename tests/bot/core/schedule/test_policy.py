"""Spreading daily questions: a crowd at 09:00 becomes a steady stream, each person
at the same minute every day (the decisions themselves: tests/bot/service/test_scheduler.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.messages import ConversationKey
from bot.core.schedule.policy import Decision, Job, Policy, decide, spread_offset

AMS = ZoneInfo("Europe/Amsterdam")
TEN = timedelta(minutes=10)
POLICY = Policy(timedelta(hours=2), 22, 8, timedelta(minutes=15), None, spread=TEN)


def _daily(user: str, local: str = "2026-11-23T09:00") -> Job:
    slot = datetime.fromisoformat(local).replace(tzinfo=AMS).astimezone(UTC)
    key = ConversationKey("telegram", user, user)
    return Job("daily", key, f"{user}|{user}", slot, slot, "Europe/Amsterdam")


def test_each_person_has_one_fixed_offset_within_the_window() -> None:
    offsets = [spread_offset(ConversationKey("telegram", str(u), str(u)), TEN) for u in range(2000)]
    assert all(timedelta(0) <= o < TEN for o in offsets)
    # Spread out, not bunched: every minute of the ten gets a fair share of 2,000 people.
    per_minute = [sum(1 for o in offsets if o // timedelta(minutes=1) == m) for m in range(10)]
    assert min(per_minute) > 150, per_minute
    # The same every day and on every worker (no process-specific hash seed).
    key = ConversationKey("telegram", "42", "42")
    assert spread_offset(key, TEN) == spread_offset(ConversationKey("telegram", "x", "42"), TEN)
    assert spread_offset(key, timedelta(0)) == timedelta(0)


def test_a_question_waits_for_the_persons_minute_then_goes() -> None:
    job = _daily("anna")
    own = job.slot + spread_offset(job.key, TEN)
    if own > job.slot:
        assert decide(job, job.slot, POLICY) == Decision("postpone", own, "spread")
    assert decide(job, own, POLICY).verdict == "send"
    assert decide(job, job.slot + TEN, POLICY).verdict == "send"
    # Without a spread it goes at the minute chosen.
    exact = Policy(timedelta(hours=2), 22, 8, timedelta(minutes=15), None)
    assert decide(job, job.slot, exact).verdict == "send"


def test_the_spread_never_pushes_a_question_into_the_quiet_hours() -> None:
    """Chosen for 21:59: with any offset it would land in the quiet hours (from 22:00)
    and be dropped as too late; it comes at 21:59 instead."""
    late_users = [
        u for u in map(str, range(50)) if spread_offset(_daily(u).key, TEN) > timedelta(minutes=1)
    ]
    job = _daily(late_users[0], "2026-11-23T21:59")
    assert decide(job, job.slot, POLICY).verdict == "send"
