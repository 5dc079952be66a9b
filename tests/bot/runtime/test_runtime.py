"""The runtime: per-key ordering, concurrency across keys, commit before release."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.core.engine import Engine
from bot.core.messages import ConversationKey, Document, Inbound, Picture, Reply
from bot.runtime.runtime import APOLOGY, Runtime
from bot.store.db import Store

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


# ----------------------------------------------------------------- the journal


async def _save_feeling(runtime: Runtime, family: str = "bang", strength: str = "6") -> None:
    said = await _talk(runtime, "gevoel", family, "gewoon " + family, strength, "buik", "rust")
    assert "gevoelsdagboek" in said[-1]
    await _talk(runtime, "ja bewaar het", "nee dit was genoeg")


async def test_the_journal_arrives_as_a_picture_that_survives_a_crash(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "j.sqlite3"
    runtime = Runtime(engine, await Store.open(path), default_region="nl")
    await _talk(runtime, "hoi")
    await _save_feeling(runtime)
    await _talk(runtime, "dagboek")
    delivery = await runtime.handle(Inbound(KEY, text="de afgelopen week"))
    [picture] = [o for o in delivery.outbound if isinstance(o, Picture)]
    assert picture.content.startswith(b"\x89PNG") and (picture.width, picture.height) == (960, 540)
    assert picture.caption.startswith("De afgelopen week schreef je één keer op hoe je je voelde.")
    assert "▅" in picture.sketch  # 6 out of 10
    # Not delivered (the process dies here): the picture itself waits in the outbox.
    await runtime.close()
    again = Runtime(engine, await Store.open(path), default_region="nl")
    try:
        [pending] = await again.undelivered("test")
        assert picture in pending.outbound
    finally:
        await again.close()


class _Broken:
    async def draw(self, data: object) -> tuple[bytes, int, int]:
        raise RuntimeError("no chart today")

    async def aclose(self) -> None:
        pass


async def test_without_a_chart_the_journal_still_comes_in_words(
    engine: Engine, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    runtime = Runtime(engine, store, default_region="nl", renderer=_Broken())  # type: ignore[arg-type]
    await _talk(runtime, "hoi")
    await _save_feeling(runtime, "boos", "3")
    said = await _talk(runtime, "dagboek", "week")
    text = next(s for s in said if s.startswith("Je dagboek als plaatje lukte nu niet"))
    assert "▃" in text and "schreef je één keer op" in text
    assert "journal chart not drawn (RuntimeError)" in caplog.text
    assert "boos" not in caplog.text  # what was felt never reaches the log


async def test_days_are_the_persons_own(engine: Engine, store: Store) -> None:
    # 23:30 UTC is past midnight in Amsterdam: the entry belongs to the next day there.
    late = datetime(2026, 12, 4, 23, 30, tzinfo=UTC)
    runtime = Runtime(engine, store, default_region="nl", clock=lambda: late)
    await _talk(runtime, "hoi")
    await _save_feeling(runtime)
    said = await _talk(runtime, "dagboek", "iets wissen", "een dag", "5 december", "ja")
    assert "Ik heb zaterdag 5 december uit je dagboek gewist (1 notitie)." in said
    assert await store.journal(KEY.user) == []


async def test_a_room_turn_cannot_bring_back_someone_who_was_forgotten(
    runtime: Runtime, monkeypatch: Any
) -> None:
    """ "Vergeet mij" in private while the same person's room turn is committing: before,
    the room turn (locked per chat only) wrote its rows after the deletion."""
    await _talk(runtime, "hoi", "vergeet mij")
    room = ConversationKey("test", "koffiehoek", KEY.user_id)
    commit = runtime.store.commit
    room_turn_committing = asyncio.Event()

    async def slow_room_commit(write: Any) -> None:
        if write.key == room:
            room_turn_committing.set()
            await asyncio.sleep(0.2)
        await commit(write)

    monkeypatch.setattr(runtime.store, "commit", slow_room_commit)
    in_room = asyncio.create_task(runtime.handle(Inbound(room, text="hallo", chat_type="group")))
    await room_turn_committing.wait()
    await _talk(runtime, "ja, wis alles")
    await in_room
    await runtime.flush()
    assert await runtime.store.rows_about(KEY.user) == 0


async def test_an_unchanged_profile_is_not_written_again(runtime: Runtime) -> None:
    await _talk(runtime, "hoi", "nederland")
    await runtime.flush()
    [(before,)] = await runtime.store.execute_fetchall("SELECT updated_at FROM users")
    runtime.clock = lambda: datetime(2030, 1, 1, tzinfo=UTC)
    await _talk(runtime, "menu")
    await runtime.flush()
    [(after,)] = await runtime.store.execute_fetchall("SELECT updated_at FROM users")
    assert after == before
