"""Daily questions and follow-ups end to end: the dialogue, the runtime, the schedule
rows on a real SQLite file, the scheduler and a fake transport, on a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.messages import ConversationKey
from bot.core.schedule.policy import Decision, Job, Policy, Snapshot, decide

from .conftest import World, at, subscribe

AMS = ZoneInfo("Europe/Amsterdam")
KEY = ConversationKey("test", "u1", "u1")
POLICY = Policy(timedelta(hours=2), 22, 8, timedelta(minutes=15), timedelta(hours=4))


def _job(kind: str = "daily", slot: str = "2026-11-23 09:00", **extra: object) -> Job:
    moment = at(f"{slot} Europe/Amsterdam").astimezone(UTC)
    return Job(kind, KEY, "u1|u1", moment, moment, "Europe/Amsterdam", **extra)  # type: ignore[arg-type]


def _talking(dialogue: str, state: str, minutes_ago: float, **extra: object) -> Snapshot:
    moment = at("2026-11-23 09:00 Europe/Amsterdam") - timedelta(minutes=minutes_ago)
    return Snapshot(dialogue, state, moment.astimezone(UTC), bool(extra.get("flagged")), 3)


NINE = at("2026-11-23 09:00 Europe/Amsterdam")

# --------------------------------------------------------------------------- decisions


def test_on_time_is_sent() -> None:
    assert decide(_job(), NINE, POLICY) == Decision("send")


def test_late_within_the_window_is_sent_once_beyond_it_skipped() -> None:
    assert decide(_job(), NINE + timedelta(minutes=119), POLICY).verdict == "send"
    assert decide(_job(), NINE + timedelta(minutes=121), POLICY).verdict == "skip"
    assert decide(_job("reminder"), NINE + timedelta(hours=5), POLICY).verdict == "cancel"


def test_a_promised_follow_up_is_kept_late_never_dropped() -> None:
    """The bot promised to ask "hoe ging het?" at 23:00 and was down all night: the
    first tick, in the quiet hours, moves it to their end; after them it is sent."""
    promise = _job("followup", slot="2026-11-23 23:00")
    early = decide(promise, at("2026-11-24 07:30 Europe/Amsterdam"), POLICY)
    assert early == Decision("postpone", at("2026-11-24 08:00 Europe/Amsterdam"), "quiet")
    assert decide(promise, at("2026-11-24 08:00 Europe/Amsterdam"), POLICY).verdict == "send"
    days_later = decide(promise, at("2026-11-27 14:00 Europe/Amsterdam"), POLICY)
    assert days_later.verdict == "send"


def test_someone_in_the_middle_of_a_conversation_is_not_interrupted() -> None:
    busy = _job(conversation=_talking("gevoelens", "intensiteit", 2))
    decision = decide(busy, NINE, POLICY)
    assert decision.verdict == "postpone" and decision.until == NINE + timedelta(minutes=15)
    idle = _job(conversation=_talking("menu", "rust", 2))
    assert decide(idle, NINE, POLICY).verdict == "send"
    long_ago = _job(conversation=_talking("gevoelens", "intensiteit", 60))
    assert decide(long_ago, NINE, POLICY).verdict == "send"
    # Still busy near the end of the window: today's question is left out.
    still_busy = _job(conversation=_talking("gevoelens", "intensiteit", -108))
    assert decide(still_busy, NINE + timedelta(minutes=110), POLICY).verdict == "skip"


def test_no_cheerful_question_right_after_a_crisis() -> None:
    crisis = _talking("veilig", "veilig_vraag", 300, flagged=True)
    assert decide(_job(conversation=crisis), NINE, POLICY).verdict == "skip"
    follow_up = decide(_job("followup", conversation=crisis), NINE, POLICY)
    assert follow_up.verdict == "postpone" and follow_up.until == NINE + timedelta(hours=24)


def test_quiet_hours() -> None:
    late = _job("followup", slot="2026-11-23 23:00")
    decision = decide(late, at("2026-11-23 23:00 Europe/Amsterdam"), POLICY)
    assert decision == Decision("postpone", at("2026-11-24 08:00 Europe/Amsterdam"), "quiet")
    nightly = _job(slot="2026-11-23 21:30")
    assert decide(nightly, at("2026-11-23 22:05 Europe/Amsterdam"), POLICY).verdict == "skip"
    waiting = _talking("dagelijks", "vraag", -800)
    reminder = _job("reminder", "2026-11-23 23:00", data={"prompt_turn": 3}, conversation=waiting)
    assert decide(reminder, at("2026-11-23 23:00 Europe/Amsterdam"), POLICY).verdict == "cancel"


def test_a_reminder_only_when_nothing_was_said_since_the_question() -> None:
    waiting = _talking("dagelijks", "vraag", 240)
    job = _job("reminder", data={"prompt_turn": 3}, conversation=waiting)
    assert decide(job, NINE, POLICY).verdict == "send"
    moved_on = _job("reminder", data={"prompt_turn": 2}, conversation=waiting)
    assert decide(moved_on, NINE, POLICY).verdict == "cancel"
    elsewhere = _talking("gevoelens", "familie", 240)
    wandered = _job("reminder", data={"prompt_turn": 3}, conversation=elsewhere)
    assert decide(wandered, NINE, POLICY).verdict == "cancel"


# --------------------------------------------------------------------------- end to end


async def _daily_row(world: World) -> tuple[object, ...]:
    rows = await world.rows(
        "SELECT local_time, zone, slot_at, due_at, paused_until, recent, remind_at "
        "FROM daily_prompts"
    )
    assert len(rows) == 1
    return rows[0]


async def test_opt_in_to_delivery_through_the_runtime(world: World) -> None:
    await subscribe(world, "om 9 uur")
    local_time, zone, slot, *_ = await _daily_row(world)
    assert (local_time, zone) == ("09:00", "Europe/Amsterdam")
    assert slot == "2026-11-23T08:00:00+00:00"
    world.clock.set(at("2026-11-23 08:59 Europe/Amsterdam"))
    assert await world.tick() == []
    world.clock.set(at("2026-11-23 09:00 Europe/Amsterdam"))
    [question] = await world.tick()
    assert question.endswith("?")
    assert world.transport.sent == []  # taken: nothing sent twice
    assert await world.tick() == []
    # The answer leads into the conversation that fits the question's theme.
    said = await world.say("met de buurvrouw even gekletst bij de brievenbus")
    assert said and "?" in said[-1]
    _, _, slot, _, _, recent, _ = await _daily_row(world)
    assert slot == "2026-11-24T08:00:00+00:00"
    world.clock.set(at("2026-11-24 09:00 Europe/Amsterdam"))
    [second] = await world.tick()
    assert second != question  # no repeats
    assert '"' in str(recent)


async def test_an_answer_ends_lightly_and_the_profile_knows(world: World) -> None:
    await subscribe(world, "19:30")
    world.clock.set(at("2026-11-23 19:30 Europe/Amsterdam"))
    assert len(await world.tick()) == 1
    said = await world.say("overslaan")
    assert "slaan we deze over" in said[0]
    assert not any(word in " ".join(said).lower() for word in ("jammer", "gemist", "streak"))


async def test_pause_resume_and_stop(world: World) -> None:
    await subscribe(world, "om 9 uur")
    said = await world.say("dagelijks", "even pauzeren", "3 dagen")
    assert "de komende 3 dagen" in " ".join(said)
    _, _, slot, _, paused_until, *_ = await _daily_row(world)
    assert (slot, paused_until) == ("2026-11-26T08:00:00+00:00", "2026-11-26")
    for day in (23, 24, 25):
        world.clock.set(at(f"2026-11-{day} 09:00 Europe/Amsterdam"))
        assert await world.tick() == []
    world.clock.set(at("2026-11-25 12:00 Europe/Amsterdam"))
    said = await world.say("dagelijks", "weer beginnen")
    assert "weer elke dag om 9:00" in " ".join(said)
    world.clock.set(at("2026-11-26 09:00 Europe/Amsterdam"))
    assert len(await world.tick()) == 1
    said = await world.say("dagelijks", "een andere tijd", "kwart over acht", "ja")
    assert "om 8:15" in " ".join(said)
    world.clock.set(at("2026-11-27 08:15 Europe/Amsterdam"))
    assert len(await world.tick()) == 1
    await world.say("menu", "dagelijks", "geen vraag meer")
    assert await world.rows("SELECT * FROM daily_prompts") == []
    world.clock.set(at("2026-11-28 08:15 Europe/Amsterdam"))
    assert await world.tick() == []


async def test_restart_with_a_missed_prompt_sends_it_late_once(world: World) -> None:
    await subscribe(world, "om 9 uur")
    await world.close()  # the bot is down at 09:00
    world.clock.set(at("2026-11-23 10:30 Europe/Amsterdam"))
    await world.open()
    assert len(await world.tick()) == 1  # 90 minutes late: within the window, once
    assert await world.tick() == []
    _, _, slot, *_ = await _daily_row(world)
    assert slot == "2026-11-24T08:00:00+00:00"  # back on 09:00, not 10:30


async def test_after_long_downtime_no_burst_of_stale_prompts(world: World) -> None:
    await subscribe(world, "om 9 uur")
    await world.close()  # down for three days
    world.clock.set(at("2026-11-26 13:00 Europe/Amsterdam"))
    await world.open()
    assert await world.tick() == []  # four hours late is too late: nothing at all
    _, _, slot, *_ = await _daily_row(world)
    assert slot == "2026-11-27T08:00:00+00:00"
    await world.close()
    world.clock.set(at("2026-11-29 09:20 Europe/Amsterdam"))
    await world.open()
    assert len(await world.tick()) == 1  # two more days missed, then one on time-ish


async def test_a_daylight_saving_switch_keeps_the_local_time(world: World) -> None:
    world.clock.set(at("2026-03-27 12:00 Europe/Amsterdam"))
    await subscribe(world, "om 9 uur")
    sent = []
    for day in ("2026-03-28", "2026-03-29", "2026-03-30"):
        world.clock.set(at(f"{day} 08:59 Europe/Amsterdam"))
        assert await world.tick() == []
        world.clock.set(at(f"{day} 09:00 Europe/Amsterdam"))
        assert len(await world.tick()) == 1
        sent.append(world.clock.now)
    assert [s.hour for s in sent] == [8, 7, 7]  # UTC shifts, the local 09:00 does not
    world.clock.set(at("2026-10-24 12:00 Europe/Amsterdam"))
    await world.tick()  # months later: the missed ones are skipped, none is sent
    for day in ("2026-10-25", "2026-10-26"):
        world.clock.set(at(f"{day} 09:00 Europe/Amsterdam"))
        assert len(await world.tick()) == 1
        assert world.clock.now.astimezone(AMS).hour == 9


async def test_one_gentle_reminder_at_most(world: World) -> None:
    await subscribe(world, "om 9 uur")
    world.clock.set(at("2026-11-23 09:00 Europe/Amsterdam"))
    [question] = await world.tick()
    world.clock.set(at("2026-11-23 13:00 Europe/Amsterdam"))
    [reminder] = await world.tick()
    assert reminder.startswith("Geen haast") and question in reminder
    world.clock.set(at("2026-11-24 09:00 Europe/Amsterdam"))
    assert len(await world.tick()) == 1
    world.clock.set(at("2026-11-24 13:00 Europe/Amsterdam"))
    assert await world.tick() == []  # no second reminder before an answer
    await world.say("een rustige ochtend gehad")
    world.clock.set(at("2026-11-25 09:00 Europe/Amsterdam"))
    assert len(await world.tick()) == 1
    world.clock.set(at("2026-11-25 13:00 Europe/Amsterdam"))
    assert len(await world.tick()) == 1  # answered since the last one: one again


async def test_no_reminder_when_the_user_wrote_meanwhile(world: World) -> None:
    await subscribe(world, "om 9 uur")
    world.clock.set(at("2026-11-23 09:00 Europe/Amsterdam"))
    await world.tick()
    world.clock.set(at("2026-11-23 10:00 Europe/Amsterdam"))
    await world.say("menu")
    world.clock.set(at("2026-11-23 13:00 Europe/Amsterdam"))
    assert await world.tick() == []
    assert await world.rows("SELECT remind_at FROM daily_prompts") == [(None,)]


async def test_a_promised_follow_up_arrives_with_context(world: World) -> None:
    world.clock.set(at("2026-11-23 21:30 Europe/Amsterdam"))
    said = await world.say(
        "hoi", "contact", "mijn zus", "Sanne", "stiller dan anders", "zo is het goed", "ja"
    )
    assert "morgen" in " ".join(said)
    world.clock.set(at("2026-11-24 21:29 Europe/Amsterdam"))
    assert await world.tick() == []
    world.clock.set(at("2026-11-24 21:30 Europe/Amsterdam"))
    [follow_up] = await world.tick()
    assert "berichtje" in follow_up and "gestuurd" in follow_up
    assert await world.rows("SELECT * FROM followups") == []
    said = await world.say("ja")
    assert "Hoe ging het" in said[0]


async def test_a_follow_up_waits_for_quiet_hours_and_for_a_busy_user(world: World) -> None:
    world.clock.set(at("2026-11-23 23:10 Europe/Amsterdam"))
    await world.say(
        "hoi", "contact", "mijn zus", "Sanne", "stiller dan anders", "zo is het goed", "ja"
    )
    world.clock.set(at("2026-11-24 23:10 Europe/Amsterdam"))
    assert await world.tick() == []
    [(due,)] = await world.rows("SELECT due_at FROM followups")
    assert due == "2026-11-25T07:00:00+00:00"  # 08:00 local
    world.clock.set(at("2026-11-25 07:58 Europe/Amsterdam"))
    await world.say("gevoel")  # in the middle of naming a feeling at 07:58
    world.clock.set(at("2026-11-25 08:00 Europe/Amsterdam"))
    assert await world.tick() == []
    world.clock.set(at("2026-11-25 08:15 Europe/Amsterdam"))
    assert len(await world.tick()) == 1


async def test_export_and_forget_include_schedules(world: World) -> None:
    await subscribe(world, "om 9 uur")
    assert world.runtime
    user = KEY.user
    data = await world.runtime.store.export_user(user)
    assert data["daily_prompts"][0]["local_time"] == "09:00"
    await world.say("vergeet mij", "ja, wis alles")
    await world.runtime.flush()
    assert await world.runtime.store.rows_about(user) == 0
    world.clock.set(at("2026-11-23 09:00 Europe/Amsterdam"))
    assert await world.tick() == []


async def test_restart_keeps_the_setting_and_the_question_answer_flow(world: World) -> None:
    await subscribe(world, "'s avonds")
    await world.restart()
    said = await world.say("dagelijks")
    assert "om 20:00" in said[0]
    world.clock.set(at("2026-11-23 20:00 Europe/Amsterdam"))
    await world.restart()
    assert len(await world.tick()) == 1


async def test_two_schedulers_never_both_run(world: World) -> None:
    from bot.service.scheduler import Scheduler

    assert world.runtime and world.scheduler
    await subscribe(world, "om 9 uur")
    world.clock.set(at("2026-11-23 09:00 Europe/Amsterdam"))
    other = Scheduler(world.runtime, {"test": world.transport}, clock=world.clock)
    assert (await world.scheduler.run_due()).lease
    report = await other.run_due()
    assert not report.lease and not report.sent
    assert len(world.transport.take()) == 1


async def test_a_broken_turn_gets_no_apology_and_does_not_come_back(
    world: World, monkeypatch: object
) -> None:
    import pytest

    await subscribe(world, "om 9 uur")
    assert world.runtime
    world.clock.set(at("2026-11-23 09:00 Europe/Amsterdam"))

    def broken(*args: object) -> object:
        raise ZeroDivisionError

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(world.runtime.engine, "turn", broken)
        assert await world.tick() == []
    _, _, slot, *_ = await _daily_row(world)
    assert slot == "2026-11-24T08:00:00+00:00"
    assert datetime.fromisoformat(str(slot)) > world.clock.now


async def test_a_job_that_keeps_failing_does_not_loop(world: World) -> None:
    import pytest

    await subscribe(world, "om 9 uur", user="u1")
    await subscribe(world, "om 9 uur", user="u2")
    assert world.scheduler
    world.clock.set(at("2026-11-23 09:00 Europe/Amsterdam"))
    original = world.scheduler._inbound

    async def failing(job: Job, now: datetime) -> object:
        if job.key.user_id == "u1":
            raise RuntimeError("broken")
        return await original(job, now)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(world.scheduler, "_inbound", failing)
        report = await world.scheduler.run_due()
    assert dict(report.sent) == {"daily": 1}  # u2 got hers; u1's waits for the next run
    assert len(world.transport.take()) == 1
    assert len(await world.tick()) == 1  # and then u1's goes out
