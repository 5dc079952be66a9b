"""`verbonden tick --db PATH --now ...`: the due work for one moment, as JSON lines."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app.cli import main


def _chat(db: Path, *lines: str) -> None:
    """Talk to the bot on the terminal platform, as `verbonden chat --user anna` would."""

    async def talk() -> None:
        from bot.core.engine import Engine
        from bot.core.messages import ConversationKey, Inbound
        from bot.runtime.runtime import Runtime
        from bot.store.db import Store

        store = await Store.open(db)
        evening = datetime(2026, 11, 22, 19, 0, tzinfo=UTC)  # the day before
        runtime = Runtime(Engine(), store, clock=lambda: evening)
        key = ConversationKey("terminal", "anna", "anna")
        for line in lines:
            runtime.delivered(await runtime.handle(Inbound(key, text=line)))
        await runtime.flush()
        await store.close()

    asyncio.run(talk())


def _tick(db: Path, now: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["tick", "--db", str(db), "--now", now]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_tick_prints_what_it_sends(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "tick.sqlite3"
    _chat(db, "hoi", "nederland", "dagelijks", "ja", "om 9 uur", "ja", "nee")
    assert _tick(db, "2026-11-23T08:59:00+01:00", capsys) == []
    # Within ten minutes after 09:00, at anna's own minute (spread_minutes = 10).
    [sent] = _tick(db, "2026-11-23T09:10:00+01:00", capsys)
    assert sent["kind"] == "daily" and sent["platform"] == "terminal"
    assert sent["chat_id"] == "anna" and sent["at"] == "2026-11-23T08:10:00+00:00"
    assert str(sent["text"]).endswith("?") and sent["choices"] == ["Vandaag overslaan"]
    assert _tick(db, "2026-11-23T09:10:00+01:00", capsys) == []  # never twice
    [reminder] = _tick(db, "2026-11-23T13:10:00+01:00", capsys)  # four hours after it came
    assert reminder["kind"] == "reminder"
    # Three days later, hours after 09:00: nothing stale, not even one.
    assert _tick(db, "2026-11-26T15:00:00+01:00", capsys) == []
    assert len(_tick(db, "2026-11-27T09:10:00+01:00", capsys)) == 1


def test_tick_refuses_a_bad_moment(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["tick", "--db", ":memory:", "--now", "morgen"])
    assert "invalid moment value" in capsys.readouterr().err
