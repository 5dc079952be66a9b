"""The runtime: per-key ordering, concurrency across keys, commit before release."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.engine import Engine
from bot.messages import ConversationKey, Document, Inbound, Reply
from bot.runtime import APOLOGY, Runtime
from bot.store import Store

KEY = ConversationKey("test", "chat", "user")


async def _talk(runtime: Runtime, *texts: str, key: ConversationKey = KEY) -> list[str]:
    said: list[str] = []
    for text in texts:
        delivery = await runtime.handle(Inbound(key, text=text))
        runtime.delivered(delivery)
        said += [r.text for r in delivery.replies]
    return said


async def test_first_message_gets_the_welcome(runtime: Runtime) -> None:
    said = await _talk(runtime, "hoi")
    assert "Verbonden" in said[0]


async def test_turns_for_one_key_run_one_at_a_time(runtime: Runtime, monkeypatch: Any) -> None:
    await _talk(runtime, "hoi", "gevoel")  # region is preset: straight to the menu, then feelings
    active = 0
    most = 0
    original = runtime.engine.turn

    def counting(*args: Any) -> Any:
        nonlocal active, most
        active += 1
        most = max(most, active)
        try:
            return original(*args)
        finally:
            active -= 1

    monkeypatch.setattr(runtime.engine, "turn", counting)
    results = await asyncio.gather(*(runtime.handle(Inbound(KEY, text="xyz")) for _ in range(20)))
    turns = [r.pending.turn for r in results if r.pending]
    assert turns == sorted(turns) and len(set(turns)) == 20  # strictly ordered, none lost
    assert most == 1


async def test_different_keys_run_concurrently(engine: Engine, tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "c.sqlite3")
    runtime = Runtime(engine, store, default_region="nl")
    keys = [ConversationKey("test", f"c{i}", f"u{i}") for i in range(300)]
    before = store.commits
    await asyncio.gather(*(_talk(runtime, "hoi", key=k) for k in keys))
    # Turns of different conversations were committed together, not one by one.
    assert store.commits - before < 150
    await store.close()


async def test_restart_resumes_where_the_user_was(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    store = await Store.open(path)
    await _talk(Runtime(engine, store, default_region="nl"), "hoi", "gevoel", "bang")
    await store.close()
    store = await Store.open(path)
    said = await _talk(Runtime(engine, store), "nerveus")
    assert "0 (bijna niet) tot 10" in said[-1]
    await store.close()


async def test_redelivered_event_is_not_answered_twice(runtime: Runtime) -> None:
    first = await runtime.handle(Inbound(KEY, text="hoi", event_id="42"))
    runtime.delivered(first)
    again = await runtime.handle(Inbound(KEY, text="hoi", event_id="42"))
    assert first.replies and again.outbound == ()


async def test_redelivered_event_resends_replies_that_never_went_out(runtime: Runtime) -> None:
    first = await runtime.handle(Inbound(KEY, text="hoi", event_id="7"))
    # The adapter crashed before delivering: no `delivered` call.
    again = await runtime.handle(Inbound(KEY, text="hoi", event_id="7"))
    assert again.outbound == first.outbound


async def test_crash_between_commit_and_send_is_resent_on_start(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "crash.sqlite3"
    store = await Store.open(path)
    runtime = Runtime(engine, store)
    delivery = await runtime.handle(Inbound(KEY, text="hoi"))
    await store.close()  # "crash": committed, never delivered
    store = await Store.open(path)
    pending = await Runtime(engine, store).undelivered("test")
    assert [d.outbound for d in pending] == [delivery.outbound]
    await store.close()


async def test_progress_is_durable_and_a_resend_starts_after_it(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "progress.sqlite3"
    store = await Store.open(path)
    runtime = Runtime(engine, store)
    delivery = await runtime.handle(Inbound(KEY, text="hoi", event_id="9"))
    assert delivery.resume_at(3) == 0
    await runtime.progressed(delivery, 1, 3)
    # On disk when it returns: another connection sees it before any flush or close.
    other = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert other.execute("SELECT sent FROM outbox").fetchall() == [(1,)]
    finally:
        other.close()
    await store.close()  # "crash": the rest never went out

    store = await Store.open(path)
    restarted = Runtime(engine, store)
    [left] = await restarted.undelivered("test")
    assert left.pending is not None
    assert (left.outbound, left.pending.sent, left.pending.planned) == (delivery.outbound, 1, 3)
    again = await restarted.handle(Inbound(KEY, text="hoi", event_id="9"))  # re-delivered
    assert (again.outbound, again.resume_at(3)) == (delivery.outbound, 1)
    # Planned differently (a newer version splits the turn otherwise): from the top.
    assert again.resume_at(4) == 0
    restarted.delivered(again)
    await restarted.flush()
    assert await restarted.undelivered("test") == []
    await store.close()


async def test_engine_bug_gets_an_apology_and_loses_nothing(
    runtime: Runtime, monkeypatch: Any
) -> None:
    await _talk(runtime, "hoi", "gevoel")

    def broken(*args: Any) -> Any:
        raise ZeroDivisionError

    with monkeypatch.context() as patch:
        patch.setattr(runtime.engine, "turn", broken)
        said = await _talk(runtime, "boos")
    assert said == [APOLOGY]
    said = await _talk(runtime, "boos")  # the conversation is where it was
    assert "Wat voor boos" in said[0]


async def test_export_is_a_json_document(runtime: Runtime) -> None:
    await _talk(runtime, "hoi")
    delivery = await runtime.handle(Inbound(KEY, text="mijn gegevens"))
    documents = [o for o in delivery.outbound if isinstance(o, Document)]
    assert documents and b'"region": "nl"' in documents[0].content
    texts = [o.text for o in delivery.outbound if isinstance(o, Reply)]
    assert texts[-1].startswith("Waar wil je")  # and the question again


async def test_forget_removes_every_row(runtime: Runtime) -> None:
    await _talk(runtime, "hoi", "gevoel", "blij", "trots", "8", "overal", "rust", "ja")
    assert await runtime.store.rows_about(KEY.user) > 0
    await _talk(runtime, "vergeet mij", "ja, wis alles")
    await runtime.flush()
    assert await runtime.store.rows_about(KEY.user) == 0
    said = await _talk(runtime, "hallo")
    assert "welkom" in said[0].lower()


@pytest.mark.parametrize("region", ["nl", "be"])
async def test_default_region_skips_the_question(engine: Engine, store: Store, region: str) -> None:
    runtime = Runtime(engine, store, default_region=region)
    said = await _talk(runtime, "hoi")
    assert not any("Nederland of in België" in s for s in said)
    assert "Waar wil je het over hebben" in said[-1]


async def test_a_redelivered_forget_confirmation_does_not_start_over(runtime: Runtime) -> None:
    await _talk(runtime, "hoi", "vergeet mij")
    first = await runtime.handle(Inbound(KEY, text="ja, wis alles", event_id="forget-1"))
    runtime.delivered(first)
    await runtime.flush()
    again = await runtime.handle(Inbound(KEY, text="ja, wis alles", event_id="forget-1"))
    await runtime.flush()
    assert again.outbound == ()
    assert await runtime.store.rows_about(KEY.user) == 0
