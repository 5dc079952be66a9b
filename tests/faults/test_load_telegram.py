"""1,000 simulated Telegram users at once against `verbonden run`: all answered, none twice.

Every user starts at the same moment and talks in a closed loop (the next message once
the whole answer arrived) through the Bot API emulator; the bot runs as a real process
with the send limits raised. The always-on test sends one message per user; the slow one
three each, in a closed loop. After a clean stop every chat must hold exactly the
replies of an in-memory reference run, once each, in order, and the database the
reference's states, every update recorded as handled and nothing left owed. The
figures (turns/s, latency p50/p99) are printed; run with ``-s`` to see them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.figures import table
from bench.telegram_load import Load, load
from bot.core.engine import Engine


def check(found: Load, title: str) -> None:
    print("\n" + table(title, found.figures()))
    assert found.exit_code == 0, found.log_tail
    assert not found.wrong, (
        f"{len(found.wrong)} chat(s) not answered exactly once: {next(iter(found.wrong.items()))}"
    )
    assert found.result.turns == found.handled == found.turns_sent
    assert found.outbox == 0
    assert found.rows == found.expected_rows


async def test_a_thousand_users_at_once_all_answered_once(engine: Engine, tmp_path: Path) -> None:
    # One message each (the welcome: four replies, 4,000 sends) keeps this under a minute:
    # at 1,000 busy chats the bot manages only about 30 turns/s today (see bench/telegram.py
    # and the report on httpcore's connection pool); two messages each take about 80 s.
    found = await load(tmp_path, users=1000, messages=1, engine=engine)
    check(found, "1,000 users x 1 message")


@pytest.mark.slow
async def test_a_thousand_users_three_messages_each(engine: Engine, tmp_path: Path) -> None:
    found = await load(tmp_path, users=1000, messages=3, engine=engine)
    check(found, "1,000 users x 3 messages, closed loop")
