"""The store's one SQL text as PostgreSQL reads it."""

from __future__ import annotations

import pytest

from bot.store.dialect import is_url, lock_id, postgresql


def test_placeholders_are_numbered_in_order_and_numbered_ones_kept() -> None:
    assert postgresql("SELECT * FROM t WHERE a=? AND b=?") == "SELECT * FROM t WHERE a=$1 AND b=$2"
    assert postgresql("VALUES (?1, ?2, ?1)") == "VALUES ($1, $2, $1)"


def test_sqlites_planner_hint_is_dropped_but_arithmetic_is_not() -> None:
    sql = "WHERE d.due_at <= ? AND +d.platform IN (?, ?) AND x = y + 1"
    assert postgresql(sql) == "WHERE d.due_at <= $1 AND d.platform IN ($2, $3) AND x = y + 1"


def test_a_question_mark_in_a_literal_is_refused_not_misread() -> None:
    with pytest.raises(ValueError, match="string literal"):
        postgresql("SELECT 'wat?' FROM t WHERE a=?")


def test_urls_and_lock_ids() -> None:
    assert is_url("postgresql://bot@db/verbonden") and is_url("postgres://db/v")
    assert not is_url("/var/lib/verbonden/verbonden.sqlite3") and not is_url(":memory:")
    assert lock_id("turn", "telegram", "42") == lock_id("turn", "telegram", "42")
    assert lock_id("turn", "telegram", "42") != lock_id("turn", "telegram4", "2")
    assert -(2**63) <= lock_id("x") < 2**63
