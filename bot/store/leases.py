"""The scheduler lease: one scheduler per database, taken over at once from a holder
that was killed (same machine, process gone), else after it expires."""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta

from bot.core.schedule.times import iso
from bot.store.backends import Db

_OURS: set[str] = set()  # lease holders made by this process


def lease_holder() -> str:
    """A lease holder's name: this machine and process, and a random part."""
    holder = f"{socket.gethostname()}:{os.getpid()}:{os.urandom(6).hex()}"
    _OURS.add(holder)
    return holder


def _holder_alive(holder: str) -> bool:
    """False only when the holder was a process on this machine that no longer runs."""
    host, _, rest = holder.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return True  # another machine's, or an old-style holder: wait for it to expire
    pid = int(pid_text)
    if pid == os.getpid():
        # Ours (another scheduler in this process) is alive; the same pid but not ours is
        # an earlier run of a container, where the bot is always pid 1: gone.
        return holder in _OURS
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


async def take(db: Db, name: str, holder: str, at: datetime, seconds: float) -> bool:
    """Inside the caller's transaction: hold ``name`` until ``at + seconds`` if it is free,
    expired, already ours, or its holder is gone."""
    rows = await db.fetch("SELECT holder, until FROM scheduler_lease WHERE name=?", (name,))
    row = rows[0] if rows else None
    now, until = iso(at), iso(at + timedelta(seconds=seconds))
    if row is None:
        await db.execute(
            "INSERT INTO scheduler_lease (name, holder, until) VALUES (?, ?, ?)",
            (name, holder, until),
        )
        return True
    if row[0] == holder or row[1] < now or not _holder_alive(str(row[0])):
        await db.execute(
            "UPDATE scheduler_lease SET holder=?, until=? WHERE name=?", (holder, until, name)
        )
        return True
    return False


async def release(db: Db, name: str, holder: str) -> None:
    await db.execute("DELETE FROM scheduler_lease WHERE name=? AND holder=?", (name, holder))
