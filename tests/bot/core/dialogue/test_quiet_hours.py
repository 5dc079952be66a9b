"""The configured quiet hours reach the daily question's dialogue: it refuses the times
the scheduler would not send at, accepts the others, and names the hours it uses."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.app import run as app
from bot.app.cli import main
from bot.app.wiring import build_engine, open_runtime, quiet_hours
from bot.config import Config, SchedulerConfig, parse_config
from bot.core.dialogue.actions import QuietHours
from bot.core.engine import Engine
from bot.core.messages import ConversationKey, ConversationState, DailyPrompt, Inbound, Reply
from bot.core.schedule.policy import Job, decide
from bot.runtime.runtime import Runtime
from bot.service.scheduler import policy_of

KEY = ConversationKey("test", "c", "u")
AMS = ZoneInfo("Europe/Amsterdam")
CHOOSING = ConversationState("dagelijks", "tijd")


def _engine(engine: Engine, start: int, end: int) -> Engine:
    return Engine(engine.dialogues, quiet=QuietHours(start, end))


def _pick(engine: Engine, text: str, *, button: bool = False) -> tuple[str, str, list[object]]:
    """The state after choosing a time in dagelijks.tijd, what was said, what was emitted."""
    if button:
        inbound = Inbound(KEY, text=text, kind="choice", choice_id=text)
    else:
        inbound = Inbound(KEY, text=text)
    result = engine.turn(inbound, CHOOSING, None)
    said = "\n".join(a.text for a in result.actions if isinstance(a, Reply))
    return result.state.state, said, list(result.actions)


def test_quiet_hours_as_texts() -> None:
    assert QuietHours().texts() == {"stil_vanaf": "22:00", "stil_tot": "8:00"}
    assert QuietHours(23, 7).texts() == {"stil_vanaf": "23:00", "stil_tot": "7:00"}
    assert QuietHours(0, 6).texts() == {"stil_vanaf": "middernacht", "stil_tot": "6:00"}
    assert not any(QuietHours(5, 5).covers(time(hour, 30)) for hour in range(24))
    with pytest.raises(ValueError, match="0 to 23"):
        QuietHours(24, 8)


def test_the_default_refuses_half_eleven_and_names_the_default_hours(engine: Engine) -> None:
    assert engine.quiet == QuietHours(22, 8)
    state, said, _ = _pick(engine, "22:30")
    assert state == "te_laat"
    assert "Tussen 22:00 en 8:00 stuur ik niets" in said and "tussen 8:00 en 22:00" in said


def test_later_quiet_hours_accept_half_past_ten_and_say_so(engine: Engine) -> None:
    late = _engine(engine, 23, 7)
    state, said, _ = _pick(late, "22:30")
    assert (state, said) == ("bevestig", "Dus elke dag om 22:30. Klopt dat?")
    state, said, _ = _pick(late, "23:15")
    assert state == "te_laat"
    assert "Tussen 23:00 en 7:00 stuur ik niets" in said and "tussen 7:00 en 23:00" in said
    assert "22:00" not in said and "8:00" not in said


def test_earlier_quiet_hours_refuse_half_past_nine(engine: Engine) -> None:
    early = _engine(engine, 21, 9)
    state, said, actions = _pick(early, "21:30")
    assert state == "te_laat" and "Tussen 21:00 en 9:00 stuur ik niets" in said
    assert not any(isinstance(a, DailyPrompt) for a in actions)
    assert _pick(early, "20:45")[0] == "bevestig"


@pytest.mark.parametrize(
    ("start", "end", "typed", "read"),
    [
        (22, 8, "om 7 uur", "om 19:00"),  # 07:00 is quiet, 19:00 is not: the evening
        (22, 8, "om 9 uur", "om 9:00"),
        (23, 6, "om 7 uur", "om 7:00"),  # the night ends at 6: seven means the morning
        (23, 6, "half zes", "om 17:30"),
        (0, 0, "om 3 uur", "om 3:00"),  # no quiet hours: every hour literally
    ],
)
def test_a_bare_hour_is_read_against_the_configured_quiet_hours(
    engine: Engine, start: int, end: int, typed: str, read: str
) -> None:
    _, said, _ = _pick(_engine(engine, start, end), typed)
    assert read in said, said


def test_a_button_in_the_quiet_hours_is_refused_too(engine: Engine) -> None:
    long_night = _engine(engine, 20, 10)  # covers the breakfast button (9:00), not lunch (13:00)
    state, said, actions = _pick(long_night, "ontbijt", button=True)
    assert state == "te_laat" and "Tussen 20:00 en 10:00" in said
    assert not any(isinstance(a, DailyPrompt) for a in actions)
    state, _, actions = _pick(long_night, "lunch", button=True)
    assert state == "dagboek_meer"
    assert DailyPrompt("start", time="13:00", zone="Europe/Amsterdam") in actions
    # With the default hours every button is simply taken.
    state, _, actions = _pick(engine, "avondeten", button=True)
    assert state == "dagboek_meer" and any(isinstance(a, DailyPrompt) for a in actions)


def test_equal_start_and_end_means_no_quiet_hours(engine: Engine) -> None:
    always = _engine(engine, 0, 0)
    for text in ("03:00", "23:30", "00:15"):
        state, said, _ = _pick(always, text)
        assert state == "bevestig", (text, said)
    config = parse_config({"scheduler": {"quiet_hours_start": 6, "quiet_hours_end": 6}})
    assert build_engine(config).quiet == QuietHours(6, 6)


@pytest.mark.parametrize(
    ("start", "end"), [(22, 8), (23, 7), (21, 9), (20, 10), (0, 6), (12, 14), (0, 0), (7, 7)]
)
def test_the_dialogue_accepts_exactly_what_the_scheduler_sends(
    engine: Engine, start: int, end: int
) -> None:
    """For every half hour: the dialogue takes the time <=> a daily question at that time
    goes out on time, at most the spread later (not postponed into a skip for the quiet
    hours)."""
    configured = _engine(engine, start, end)
    policy = policy_of(SchedulerConfig(quiet_hours_start=start, quiet_hours_end=end))
    day = datetime(2026, 11, 23, tzinfo=AMS)
    for minutes in range(0, 24 * 60, 30):
        local = day + timedelta(minutes=minutes)
        text = local.strftime("%H:%M")
        state, _, _ = _pick(configured, text)
        assert state in ("bevestig", "te_laat"), (text, state)
        slot = local.astimezone(UTC)
        job = Job("daily", KEY, "c|u", slot, slot, "Europe/Amsterdam")
        decision = decide(job, slot, policy)
        if decision.reason == "spread":  # this person's own minute, a little later
            assert decision.until is not None
            decision = decide(job, decision.until, policy)
        sends = decision.verdict == "send"
        assert (state == "bevestig") == sends, (start, end, text, state)


# --------------------------------------------------------------------------- the configured bot


def _config_file(tmp_path: Path, start: int, end: int, **extra: str) -> Path:
    path = tmp_path / "config.toml"
    lines = [f"[scheduler]\nquiet_hours_start = {start}\nquiet_hours_end = {end}\n"]
    lines += [f"[{section}]\n{body}\n" for section, body in extra.items()]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_the_configured_engine_gets_the_configured_hours() -> None:
    config = parse_config({"scheduler": {"quiet_hours_start": 23, "quiet_hours_end": 7}})
    assert build_engine(config).quiet == QuietHours(23, 7)
    # The engine's own default is the config's default.
    assert build_engine(Config()).quiet == QuietHours() == quiet_hours(Config())


def test_chat_and_tick_use_the_configured_hours_end_to_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`verbonden --config` with 23 -> 7: half past ten is accepted in the chat, and the
    scheduler (`tick`, same config) sends the question then (within the spread)."""
    config_path = _config_file(tmp_path, 23, 7)
    db = tmp_path / "bot.sqlite3"
    config = parse_config({"scheduler": {"quiet_hours_start": 23, "quiet_hours_end": 7}})

    async def talk() -> list[str]:
        runtime = await open_runtime(config, db=str(db))
        assert runtime.engine.quiet == QuietHours(23, 7)
        runtime.clock = lambda: datetime(2026, 11, 22, 19, 0, tzinfo=UTC)
        key = ConversationKey("terminal", "anna", "anna")
        said: list[str] = []
        for line in ("hoi", "nederland", "dagelijks", "ja", "22:30", "ja", "nee"):
            delivery = await runtime.handle(Inbound(key, text=line))
            runtime.delivered(delivery)
            said += [r.text for r in delivery.replies]
        await runtime.flush()
        await runtime.store.close()
        return said

    said = asyncio.run(talk())
    assert any("Afgesproken. Je krijgt elke dag om 22:30" in s for s in said), said
    capsys.readouterr()
    now = "2026-11-23T22:40:00+01:00"  # within the ten minutes of the default spread
    assert main(["--config", str(config_path), "tick", "--db", str(db), "--now", now]) == 0
    [sent] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sent["kind"] == "daily" and sent["at"] == "2026-11-23T21:40:00+00:00"


def test_check_builds_the_engine_with_the_configured_hours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(_config_file(tmp_path, 21, 9)), "check"]) == 0
    assert "dialogues checked" in capsys.readouterr().out


async def test_run_gives_the_adapters_an_engine_with_the_configured_hours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Runtime] = []

    class Stop(Exception):
        pass

    class Probe:
        name = "probe"
        platform = "probe"

        def __init__(self, runtime: Runtime) -> None:
            self.runtime = runtime

        async def start(self) -> None:
            seen.append(self.runtime)
            raise Stop  # enough seen: `run` closes what it opened

        async def stop(self) -> None:
            pass

    monkeypatch.setattr(app, "build_adapters", lambda config, runtime: [Probe(runtime)])
    config = parse_config(
        {
            "telegram": {"enabled": True},
            "scheduler": {"quiet_hours_start": 21, "quiet_hours_end": 9},
        }
    )
    with pytest.raises(Stop):
        await app.run(config, db=str(tmp_path / "run.sqlite3"))
    [runtime] = seen
    assert runtime.engine.quiet == QuietHours(21, 9)
    result = runtime.engine.turn(Inbound(KEY, text="21:30"), CHOOSING, None)
    assert result.state.state == "te_laat"
