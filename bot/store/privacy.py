"""What is stored about one person, for "mijn gegevens" (export) and "vergeet mij"."""

from __future__ import annotations

import json
from typing import Any

from bot.core.messages import OfferPrivateChat, Reply, UserKey
from bot.store.backends import Db
from bot.store.outbox import decode_outbound

# Every table with a (platform, user_id) pair: export and delete walk all of them.
USER_TABLES = (
    "users",
    "conversations",
    "journal",
    "followups",
    "handled_events",
    "outbox",
    "daily_prompts",
    "checkin_answers",
    "checkin_invites",
    "checkin_mutes",
)


async def export_user(db: Db, user: UserKey) -> dict[str, Any]:
    """Everything stored about ``user``, as plain JSON-ready data."""
    args = (user.platform, user.user_id)
    result: dict[str, Any] = {"platform": user.platform, "user_id": user.user_id}
    for table in USER_TABLES:
        rows = await db.fetch_named(f"SELECT * FROM {table} WHERE platform=? AND user_id=?", args)
        result[table] = [_readable(row) for row in rows]
    return result


async def rows_about(db: Db, user: UserKey) -> int:
    """How many rows mention ``user`` in any table (0 after forgetting)."""
    total = 0
    for table in USER_TABLES:
        rows = await db.fetch(
            f"SELECT COUNT(*) FROM {table} WHERE platform=? AND user_id=?",
            (user.platform, user.user_id),
        )
        total += int(rows[0][0]) if rows else 0
    return total


async def delete_user(db: Db, user: UserKey) -> None:
    """Inside the caller's transaction: every row about ``user``."""
    args = (user.platform, user.user_id)
    for table in USER_TABLES:
        await db.execute(f"DELETE FROM {table} WHERE platform=? AND user_id=?", args)


def _readable(row: dict[str, Any]) -> dict[str, Any]:
    for name in ("slots", "entry", "context", "resume", "recent"):
        if isinstance(row.get(name), str):
            row[name] = json.loads(row[name])
    if isinstance(row.get("payload"), str):
        row["payload"] = [
            {"text": o.text} if isinstance(o, Reply | OfferPrivateChat) else {"file": o.filename}
            for o in decode_outbound(row["payload"])
        ]
    return row
