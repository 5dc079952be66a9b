"""What one transaction promises (issue 13's bugs, each reproduced here first):

* one bad write in a group-commit batch fails only itself;
* a schedule change reads the rows it writes over inside its own transaction;
* a database newer than the code is refused, untouched;
* a scheduler lease whose holder was killed is taken over at once.
"""

from __future__ import annotations

import asyncio
import os
import socket
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.messages import CheckinCommand, ConversationKey, ConversationState, Profile, Reply
from bot.store.db import LATEST_VERSION, DatabaseTooNew, Store
from bot.store.leases import lease_holder
from bot.store.turns import FollowUpRow, TurnWrite

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _write(user: str, **extra: object) -> TurnWrite:
    key = ConversationKey("test", user, user)
    state = ConversationState("menu", "hoofdmenu", turn=1)
    return TurnWrite(key=key, at=NOW, state=state, profile=Profile("nl", True), **extra)  # type: ignore[arg-type]


async def test_one_bad_write_fails_only_itself(store: Store) -> None:
    """Before: the batch's exception went to every waiter; the good turn was lost."""
    await store.commit(_write("warm-up"))
    bad = _write("bad", followups=(FollowUpRow("x.y", NOW, {"oops": object()}),))  # type: ignore[dict-item]
    results = await asyncio.gather(
        store.commit(_write("good-1", outbox=(Reply("Hoi"),))),
        store.commit(bad),
        store.commit(_write("good-2")),
        return_exceptions=True,
    )
    assert results[0] is None and results[2] is None
    assert isinstance(results[1], TypeError)
    for user in ("good-1", "good-2"):
        assert (await store.load(ConversationKey("test", user, user)))[0] is not None
    assert await store.load(ConversationKey("test", "bad", "bad")) == (None, None)
    assert len(await store.undelivered()) == 1  # good-1's reply is in the outbox


async def test_a_schedule_change_reads_inside_its_own_transaction(store: Store) -> None:
    """Two admins change one room's check-in in the same moment: the time zone change
    sees the schedule the other just set (before: both read first, one change was lost)."""
    room = ConversationKey("test", "koffie", "anna")
    other = ConversationKey("test", "koffie", "bram")
    setting = CheckinCommand("schedule", days="0", time="19:00", zone="Europe/Amsterdam")
    await asyncio.gather(
        store.commit(TurnWrite(room, NOW, None, None, schedule=(setting,))),
        store.commit(
            TurnWrite(
                other, NOW, None, None, schedule=(CheckinCommand("zone", value="Europe/London"),)
            )
        ),
    )
    rows = await store.execute_fetchall("SELECT days, local_time, zone, due_at FROM checkins")
    assert [tuple(r)[:3] for r in rows] == [("0", "19:00", "Europe/London")]
    # and the next round is computed in London time: Monday 19:00 there is 19:00 UTC
    assert rows[0][3].endswith("T19:00:00+00:00")


async def test_a_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    store = await Store.open(path)
    await store.close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version={LATEST_VERSION + 1}")
    with pytest.raises(DatabaseTooNew, match="newer"):
        await Store.open(path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


@pytest.mark.sqlite_only  # PostgreSQL's lease is an advisory lock: test_postgres.py
async def test_a_lease_of_a_killed_process_is_taken_over_at_once(store: Store) -> None:
    """After a SIGKILL the restarted bot scheduled nothing for up to 5 minutes."""
    dead = f"{socket.gethostname()}:{_dead_pid()}:abc"
    assert await store.take_lease("scheduler", dead, NOW, 300)
    mine = lease_holder()
    assert await store.take_lease("scheduler", mine, NOW + timedelta(seconds=1), 300)


@pytest.mark.sqlite_only  # PostgreSQL's lease is an advisory lock: test_postgres.py
async def test_a_live_holder_keeps_its_lease_until_it_expires(store: Store) -> None:
    elsewhere = "another-machine:4242:abc"  # can't be checked from here: wait for expiry
    assert await store.take_lease("scheduler", elsewhere, NOW, 300)
    mine = lease_holder()
    assert not await store.take_lease("scheduler", mine, NOW + timedelta(seconds=60), 300)
    assert await store.take_lease("scheduler", mine, NOW + timedelta(seconds=301), 300)
    alive = f"{socket.gethostname()}:{os.getppid()}:abc"  # our parent is running
    assert await store.take_lease("other", alive, NOW, 300)
    assert not await store.take_lease("other", mine, NOW + timedelta(seconds=5), 300)


@pytest.mark.sqlite_only  # PostgreSQL's lease is an advisory lock: test_postgres.py
async def test_a_container_restart_with_the_same_pid_takes_the_lease(store: Store) -> None:
    """In a container the bot is pid 1 every time: same pid, not this process's holder."""
    earlier_run = f"{socket.gethostname()}:{os.getpid()}:from-before-the-restart"
    assert await store.take_lease("scheduler", earlier_run, NOW, 300)
    assert await store.take_lease("scheduler", lease_holder(), NOW + timedelta(seconds=1), 300)
