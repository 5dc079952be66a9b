"""Crisis lines that need no data file, and the runtime that uses them when a turn fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.crisis_lines import load_crisis_lines
from bot.core.engine import Engine
from bot.core.messages import ConversationKey, Inbound, Reply
from bot.core.safety.fallback import VIOLENCE_LINES, fallback_lines
from bot.runtime.runtime import Runtime
from bot.store.db import Store


def test_fallback_numbers_match_the_data_file() -> None:
    regions = load_crisis_lines()
    for region, lines in regions.items():
        text = fallback_lines(region)
        assert lines.main is not None
        for number in lines.main.phone.replace(" of ", " ").split():
            assert number in text
        assert lines.acute.phone in text
        assert lines.violence is not None
        assert lines.violence.phone in VIOLENCE_LINES[region]
    assert "113" in fallback_lines(None) and "1813" in fallback_lines(None)


class _Broken(Engine):
    def turn(self, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        raise RuntimeError("a bug somewhere in a dialogue")


def test_violence_lines_come_first_for_violence() -> None:
    text = fallback_lines("nl", violence=True)
    assert text.index("0800-2000") < text.index("113") and "112" in text
    both = fallback_lines(None, violence=True)
    assert "0800-2000" in both and "1712" in both


@pytest.mark.parametrize(("text", "has_lines"), [("ik wil dood", True), ("hallo", False)])
async def test_a_failed_turn_after_a_risk_sign_still_shows_the_lines(
    tmp_path: Path, text: str, has_lines: bool
) -> None:
    store = await Store.open(tmp_path / "db.sqlite3")
    runtime = Runtime(_Broken(), store, default_region="be")
    key = ConversationKey("test", "c", "u")
    delivery = await runtime.handle(Inbound(key, text=text, event_id="e1"))
    [reply] = [o for o in delivery.outbound if isinstance(o, Reply)]
    assert "Sorry" in reply.text
    assert ("1813" in reply.text and "112" in reply.text) is has_lines
    await store.close()


def test_a_broken_crisis_file_is_refused_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import bot.core.crisis_lines
    from bot.app.cli import main

    good = bot.core.crisis_lines.DEFAULT_PATH.read_text(encoding="utf-8")
    assert 'phone = "1813"' in good
    broken = tmp_path / "crisis_lines.toml"
    broken.write_text(good.replace('phone = "1813"', 'phone = ""'), encoding="utf-8")
    monkeypatch.setattr(bot.core.crisis_lines, "DEFAULT_PATH", broken)
    for command in (["check"], ["chat", "--db", str(tmp_path / "x.sqlite3")], ["run"]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert "cannot start" in err
        assert "region 'be', lines[0]: 'phone' must not be empty" in err
