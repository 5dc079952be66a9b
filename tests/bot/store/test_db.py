"""SQLite store: migrations, WAL, atomic turns, group commit, export and delete."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.core.messages import (
    ConversationKey,
    ConversationState,
    Document,
    OfferPrivateChat,
    Picture,
    Profile,
    Reply,
    SlotValue,
)
from bot.store.db import Store, _migrations
from bot.store.outbox import decode_outbound, encode_outbound
from bot.store.turns import FollowUpRow, TurnWrite

KEY = ConversationKey("test", "chat", "user")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _write(key: ConversationKey = KEY, turn: int = 1, **extra: object) -> TurnWrite:
    state = ConversationState("gevoelens", "familie", slots={"gevoel": "boos"}, turn=turn)
    return TurnWrite(key=key, at=NOW, state=state, profile=Profile("nl", True), **extra)  # type: ignore[arg-type]


async def test_migrations_run_once_and_set_wal(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    latest = _migrations()[-1][0]
    assert latest >= 3
    store = await Store.open(path)
    assert await store.schema_version() == latest
    rows = await store.execute_fetchall("PRAGMA journal_mode")
    assert rows[0][0] == "wal"
    await store.close()
    reopened = await Store.open(path)  # no error: migrations already applied
    assert await reopened.schema_version() == latest
    await reopened.close()


async def test_an_old_database_keeps_its_outbox_with_nothing_sent(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)  # a database from before schema version 3
    for version, script in _migrations():
        if version <= 2:
            old.executescript(f"{script}\nPRAGMA user_version={version};")
    old.execute(
        "INSERT INTO outbox (platform, chat_id, user_id, turn, event_id, payload, created_at) "
        "VALUES ('test', 'chat', 'user', 4, 'e4', ?, '2026-11-23T09:00:00+00:00')",
        (encode_outbound((Reply("Hoi"), Reply("Gaat het?"))),),
    )
    old.commit()
    old.close()
    store = await Store.open(path)
    try:
        assert await store.schema_version() >= 3
        [pending] = await store.undelivered("test")
        assert (pending.turn, pending.sent) == (4, 0)
        assert pending.outbound == (Reply("Hoi"), Reply("Gaat het?"))
    finally:
        await store.close()


async def test_turn_roundtrip(store: Store) -> None:
    await store.commit(_write())
    state, profile = await store.load(KEY)
    assert state is not None and state.state == "familie" and state.slots == {"gevoel": "boos"}
    assert profile == Profile("nl", True)


async def test_unknown_key_loads_nothing(store: Store) -> None:
    assert await store.load(ConversationKey("x", "y", "z")) == (None, None)


async def test_concurrent_turns_share_commits(store: Store) -> None:
    before = store.commits
    keys = [ConversationKey("test", f"c{i}", f"u{i}") for i in range(200)]
    await asyncio.gather(*(store.commit(_write(k)) for k in keys))
    used = store.commits - before
    assert used < 50, f"{used} commits for 200 turns: group commit is not batching"
    for key in keys[:5]:
        assert (await store.load(key))[0] is not None


async def test_outbox_until_acknowledged(store: Store) -> None:
    outbound = (Reply("Hoi", ("Ja", "Nee")),)
    await store.commit(_write(outbox=outbound, event_id="e1"))
    pending = await store.undelivered("test")
    assert len(pending) == 1 and pending[0].outbound == outbound
    assert await store.handled("test", "e1")
    store.ack(pending[0])
    await store.flush()
    assert await store.undelivered("test") == []


async def test_progress_is_committed_and_loaded_back(store: Store, store_target: str) -> None:
    outbound = (Reply("Een", ("a",)), Reply("Twee", ("b",)), Reply("Drie"))
    await store.commit(_write(outbox=outbound, event_id="e1"))
    [pending] = await store.undelivered("test")
    assert pending.sent == 0
    await store.progress(pending, 2, 3)
    # Committed when it returns: another connection sees it, without a flush or close.
    other = await Store.open(store_target)
    try:
        rows = await other.execute_fetchall("SELECT sent, planned FROM outbox")
        assert [tuple(r) for r in rows] == [(2, 3)]
    finally:
        await other.close()
    [again] = await store.undelivered("test")
    assert (again.sent, again.planned, again.outbound) == (2, 3, outbound)
    found = await store.pending_for_event("test", "e1")
    assert found is not None and found.sent == 2


async def test_progress_and_ack_in_one_commit_leave_nothing(store: Store) -> None:
    await store.commit(_write(outbox=(Reply("Een", ("a",)), Reply("Twee")), event_id="e1"))
    [pending] = await store.undelivered("test")
    before = store.commits
    progress = asyncio.ensure_future(store.progress(pending, 1, 2))
    await asyncio.sleep(0)  # the progress is queued ...
    store.ack(pending)  # ... and the ack joins the same batch
    await progress
    await store.flush()
    assert store.commits == before + 1
    assert await store.undelivered("test") == []


async def test_outbound_codec_roundtrip() -> None:
    items = (
        Reply("Hoi", ("Een", "Twee"), numbered=False),
        Reply("Hoi Ans, hoe gaat het?", apart=True),
        OfferPrivateChat("crisis", "Bel 113"),
        Document("x.json", b'{"a": 1}', "Je gegevens"),
        Picture("mijn-dagboek.png", b"\x89PNG...", "Je voelde je vaak bang.", "▁▂·", 960, 540),
    )
    assert decode_outbound(encode_outbound(items)) == items


async def test_journal_rows_a_yes_to_notes_and_deleting_entries(store: Store) -> None:
    at = datetime(2026, 12, 5, 8, tzinfo=UTC)
    entries: tuple[dict[str, SlotValue], ...] = (
        {"soort": "gevoel", "intensiteit": 4},
        {"soort": "contact"},
    )
    await store.commit(
        TurnWrite(KEY, at, None, Profile(region="nl", journal_more=True), journal=entries)
    )
    later = at + timedelta(days=1)
    await store.commit(TurnWrite(KEY, later, None, Profile(), journal=({"soort": "stap"},)))
    rows = await store.journal(KEY.user)
    assert [r[2]["soort"] for r in rows] == ["gevoel", "contact", "stap"]
    assert [r[2]["soort"] for r in await store.journal(KEY.user, later)] == ["stap"]
    assert (await store.profile(KEY.user)) == Profile(journal_more=None)  # the last write wins
    await store.commit(TurnWrite(KEY, later, None, Profile(journal_more=False)))
    assert (await store.profile(KEY.user)) == Profile(journal_more=False)
    # Deleting takes only the ids named, and only the person's own.
    other = ConversationKey("test", "chat-2", "someone-else")
    await store.commit(TurnWrite(other, at, None, None, journal=({"soort": "gevoel"},)))
    theirs = (await store.journal(other.user))[0][0]
    await store.commit(TurnWrite(KEY, later, None, None, journal_deleted=(rows[0][0], theirs)))
    assert [r[2]["soort"] for r in await store.journal(KEY.user)] == ["contact", "stap"]
    assert len(await store.journal(other.user)) == 1


async def test_failed_batch_rolls_back_and_reports(store: Store) -> None:
    bad = _write(followups=(FollowUpRow("x.y", NOW, {"bad": object()}),))  # type: ignore[dict-item]
    try:
        await store.commit(bad)
    except TypeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("the broken write must fail")
    assert await store.load(KEY) == (None, None)  # nothing half-written
    await store.commit(_write())  # the store still works
    assert (await store.load(KEY))[0] is not None


async def test_export_and_forget_every_row(store: Store) -> None:
    await store.commit(
        _write(
            journal=({"gevoel": "boos", "intensiteit": 7},),
            followups=(
                FollowUpRow("gevoelens.nazorg", NOW + timedelta(days=1), {"gevoel": "boos"}),
            ),
            outbox=(Reply("Hoi"),),
            event_id="e9",
        )
    )
    other = ConversationKey("test", "chat2", "someone-else")
    await store.commit(_write(other))
    data = await store.export_user(KEY.user)
    assert data["journal"][0]["entry"] == {"gevoel": "boos", "intensiteit": 7}
    assert data["followups"][0]["context"] == {"gevoel": "boos"}
    assert data["conversations"][0]["slots"] == {"gevoel": "boos"}
    assert await store.rows_about(KEY.user) > 0
    await store.commit(TurnWrite(key=KEY, at=NOW, state=None, profile=None, forget=True))
    assert await store.rows_about(KEY.user) == 0
    assert await store.rows_about(other.user) > 0  # nobody else is touched
