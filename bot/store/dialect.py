"""The one SQL text, two databases: what differs between SQLite and PostgreSQL.

The store's statements are written once, in the SQL both understand (upserts with
``ON CONFLICT``, ``?`` placeholders, ISO time as text). PostgreSQL only needs its
``$n`` placeholders and none of SQLite's planner hints; the schema differs a little
more, so a migration has a PostgreSQL variant where it must (``migrations/postgresql``).
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import Literal

Dialect = Literal["sqlite", "postgresql"]

_PLACEHOLDER = re.compile(r"\?(\d*)")
# SQLite's "+column" keeps the planner off an index; PostgreSQL has no unary plus on text.
_NO_INDEX_HINT = re.compile(r"(?<=[\s(])\+(?=[a-z]\.\w)")


@lru_cache(maxsize=1024)
def postgresql(sql: str) -> str:
    """``sql`` as PostgreSQL wants it: ``?`` → ``$1, $2, …`` and ``?N`` → ``$N``."""
    counter = 0

    def number(match: re.Match[str]) -> str:
        nonlocal counter
        if match.group(1):
            return "$" + match.group(1)
        counter += 1
        return f"${counter}"

    if "'" in sql and "?" in sql.replace("'?'", ""):
        # Placeholders are only ever outside string literals in our SQL; make sure.
        for literal in re.findall(r"'[^']*'", sql):
            if "?" in literal:
                raise ValueError("a '?' inside a string literal would be read as a placeholder")
    return _NO_INDEX_HINT.sub("", _PLACEHOLDER.sub(number, sql))


def lock_id(*parts: str) -> int:
    """A stable signed 64-bit number for an advisory lock on ``parts`` (PostgreSQL)."""
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def is_url(target: str) -> bool:
    """Whether a database setting names a PostgreSQL server rather than a file."""
    return target.startswith(("postgresql://", "postgres://"))
