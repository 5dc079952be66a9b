"""Several workers on one PostgreSQL database: each promise of one process still holds.

Each "worker" here is its own Store (its own pools and sessions) and Runtime, as
``verbonden run`` on another machine would have; they meet only in the database.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.core.bubbles import bubbles
from bot.core.engine import Engine
from bot.core.messages import ConversationKey, Inbound, Reply
from bot.runtime.runtime import Runtime
from bot.service.scheduler import LEASE, Scheduler
from bot.service.sender import UNLIMITED, SimulatedTicker
from bot.store.db import LATEST_VERSION, Store
from bot.store.leases import lease_holder
from tests.support.postgres import Server

from .conftest import EXACT, PLATFORM, FakeClock, FakeTransport, World, at, subscribe

KEY = ConversationKey(PLATFORM, "c1", "u1")


@pytest.fixture
async def database(postgres_server: Server) -> str:
    return postgres_server.new_database()


@pytest.fixture
async def two_workers(engine: Engine, database: str) -> AsyncIterator[tuple[Runtime, Runtime]]:
    a = Runtime(engine, await Store.open(database), default_region="nl")
    b = Runtime(engine, await Store.open(database), default_region="nl")
    yield a, b
    await a.close()
    await b.close()


async def test_workers_starting_together_migrate_once(database: str) -> None:
    stores = await asyncio.gather(*(Store.open(database) for _ in range(4)))
    try:
        assert {await s.schema_version() for s in stores} == {LATEST_VERSION}
        rows = await stores[0].execute_fetchall("SELECT COUNT(*) FROM schema_version")
        assert rows[0][0] == 1
    finally:
        for s in stores:
            await s.close()


async def test_the_same_update_at_two_workers_is_one_turn(
    two_workers: tuple[Runtime, Runtime],
) -> None:
    a, b = two_workers
    turns: list[str] = []
    for worker in (a, b):
        worker.engine = _Counting(worker.engine, turns)  # type: ignore[assignment]
    inbound = Inbound(KEY, text="hoi", event_id="update-1")
    first, second = await asyncio.gather(a.handle(inbound), b.handle(inbound))
    assert turns == ["hoi"]
    # One turn ran; the other worker waited, then met the handled event id and hands
    # back the same committed replies (not yet confirmed), never a second turn.
    assert first.pending is not None and second.pending is not None
    assert first.pending.turn == second.pending.turn == 1
    assert first.outbound == second.outbound
    state, _ = await a.store.load(KEY)
    assert state is not None and state.turn == 1


async def test_turns_of_one_person_at_two_workers_are_serialised_in_order(
    two_workers: tuple[Runtime, Runtime],
) -> None:
    a, b = two_workers
    # The welcome, then eight messages, alternating workers, all at once: each turn must
    # read the state the one before it wrote (a lost update would repeat a turn number).
    await a.handle(Inbound(KEY, text="hoi", event_id="e0"))
    texts = ["menu", "terug", "menu", "help", "menu", "terug", "menu", "help"]
    results = await asyncio.gather(
        *(
            (a if i % 2 else b).handle(Inbound(KEY, text=t, event_id=f"e{i + 1}"))
            for i, t in enumerate(texts)
        )
    )
    turns = sorted(r.pending.turn for r in results if r.pending is not None)
    assert turns == list(range(2, 2 + len(texts)))
    state, _ = await b.store.load(KEY)
    assert state is not None and state.turn == 1 + len(texts)


async def test_a_due_prompt_fires_once_with_two_schedulers(engine: Engine, database: str) -> None:
    clock = FakeClock(at("2026-11-22 20:00 Europe/Amsterdam"))
    one = World(engine, database, clock, FakeTransport(), EXACT)
    two = World(engine, database, clock, FakeTransport(), EXACT)
    await one.open()
    await two.open()
    try:
        for user in ("u1", "u2", "u3"):
            await subscribe(one, user=user)
        clock.set(at("2026-11-23 09:00 Europe/Amsterdam"))
        said = await asyncio.gather(one.tick(), two.tick(), one.tick(), two.tick())
        questions = [q for worker in said for q in worker]
        assert len(questions) == 3  # one per person, by whichever worker held the role
    finally:
        await one.close()
        await two.close()


async def test_the_scheduler_role_moves_when_its_holder_goes(database: str) -> None:
    a, b = await Store.open(database), await Store.open(database)
    mine, theirs = lease_holder(), lease_holder()
    try:
        assert await a.take_lease(LEASE, mine, clock_now(), 60)
        assert await a.take_lease(LEASE, mine, clock_now(), 60)  # kept while held
        assert not await b.take_lease(LEASE, theirs, clock_now(), 60)
        await a.close()  # a worker stopping (or dying: its session ends the same way)
        assert await b.take_lease(LEASE, theirs, clock_now(), 60)
    finally:
        await b.close()


async def test_a_holder_whose_session_is_terminated_stops(
    database: str, postgres_server: Server
) -> None:
    a, b = await Store.open(database), await Store.open(database)
    mine, theirs = lease_holder(), lease_holder()
    try:
        assert await a.take_lease(LEASE, mine, clock_now(), 60)
        # An operator (or a network cut) ends the holder's session on the server.
        postgres_server.psql(
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
        )
        assert await b.take_lease(LEASE, theirs, clock_now(), 60)
        # The old holder learns it lost the role before it would act on it again.
        assert not await a.take_lease(LEASE, mine, clock_now(), 60)
    finally:
        await a.close()
        await b.close()


async def test_a_scheduler_without_the_role_does_nothing(engine: Engine, database: str) -> None:
    store = await Store.open(database)
    other = await Store.open(database)
    runtime = Runtime(engine, store, default_region="nl")
    scheduler = Scheduler(runtime, {PLATFORM: FakeTransport()}, limits={PLATFORM: UNLIMITED})
    try:
        assert await other.take_lease(LEASE, lease_holder(), clock_now(), 60)
        report = await scheduler.run_due()
        assert not report.lease and not report.sent  # it knows it is not the one; sent nothing
    finally:
        await scheduler.close()
        await runtime.close()
        await other.close()


class _Counting:
    """The engine, noting each turn it runs."""

    def __init__(self, engine: Engine, turns: list[str]) -> None:
        self._engine, self._turns = engine, turns

    def turn(self, inbound: Inbound, *args: Any, **kwargs: Any) -> Any:
        self._turns.append(inbound.text)
        return self._engine.turn(inbound, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)


async def test_replies_a_killed_worker_left_are_sent_once_by_the_schedulers_holder(
    engine: Engine, database: str
) -> None:
    clock = FakeClock(at("2026-11-22 20:00 Europe/Amsterdam"))
    killed = Runtime(engine, await Store.open(database), clock=clock, default_region="nl")
    # Committed, never sent: the worker died between the commit and the send.
    lost = await killed.handle(Inbound(KEY, text="hoi", event_id="x1"))
    await killed.close()
    assert lost.outbound
    survivor = World(engine, database, clock, FakeTransport(), EXACT)
    await survivor.open()
    try:
        assert survivor.runtime is not None
        # A worker starting up leaves them alone: it cannot tell them from another
        # worker's replies still on their way.
        assert await survivor.runtime.undelivered(PLATFORM) == []
        clock.advance(minutes=2)
        assert await survivor.tick() == []  # young: perhaps still being sent
        clock.advance(minutes=4)
        resent = await survivor.tick()
        # (paced as the person sees them: a turn's texts merged into one message)
        assert "\n\n".join(resent) == "\n\n".join(r.text for r in lost.replies)
        assert await survivor.tick() == []  # confirmed: once
    finally:
        await survivor.close()


async def test_a_live_workers_replies_on_their_way_are_not_sent_twice(
    engine: Engine, database: str
) -> None:
    clock = FakeClock(at("2026-11-22 20:00 Europe/Amsterdam"))
    slow = Runtime(engine, await Store.open(database), clock=clock, default_region="nl")
    # Committed and still being sent, slowly (a long "retry after", a slow network).
    owed = await slow.handle(Inbound(KEY, text="hoi", event_id="s1"))
    survivor = World(engine, database, clock, FakeTransport(), EXACT)
    await survivor.open()
    try:
        clock.advance(minutes=10)
        assert await survivor.tick() == []  # its worker lives: not sent from here too
        # The worker gives up (the platform said "later"): now they are resent, once.
        await slow.gave_up(owed)
        resent = await survivor.tick()
        assert "\n\n".join(resent) == "\n\n".join(r.text for r in owed.replies)
        assert await survivor.tick() == []
        # A worker that stops leaves its replies in flight to the resend as well.
        later = await slow.handle(Inbound(KEY, text="menu", event_id="s2"))
        await slow.close()
        clock.advance(minutes=10)
        assert "\n\n".join(await survivor.tick()) == "\n\n".join(r.text for r in later.replies)
    finally:
        await survivor.close()


def clock_now() -> datetime:
    return datetime.now(UTC)


async def test_a_resend_starts_after_what_the_killed_worker_had_sent(
    engine: Engine, database: str
) -> None:
    clock = FakeClock(at("2026-11-22 20:00 Europe/Amsterdam"))
    killed = Runtime(engine, await Store.open(database), clock=clock, default_region="nl")
    for n, text in enumerate(["hoi", "contact", "een buur", "Ans"]):
        killed.delivered(await killed.handle(Inbound(KEY, text=text, event_id=f"e{n}")))
    # Three chat messages (the proposal, the draft apart, the question); the worker
    # recorded the first as sent, sent the second, and died before recording it.
    lost = await killed.handle(Inbound(KEY, text="heel druk", event_id="e4"))
    messages = bubbles(lost.outbound)
    assert len(messages) == 3
    await killed.progressed(lost, 1, len(messages))
    await killed.close()
    survivor = World(engine, database, clock, FakeTransport(), EXACT)
    await survivor.open()
    try:
        clock.advance(minutes=6)
        # The second again (right after itself, as a person would shrug off), then the
        # third; never the first again, after the second.
        assert await survivor.tick() == [m.text for m in messages[1:] if isinstance(m, Reply)]
        assert await survivor.tick() == []
    finally:
        await survivor.close()


async def test_a_resend_records_its_progress_so_the_next_starts_after_it(
    engine: Engine, database: str
) -> None:
    clock = FakeClock(at("2026-11-22 20:00 Europe/Amsterdam"))
    killed = Runtime(engine, await Store.open(database), clock=clock, default_region="nl")
    for n, text in enumerate(["hoi", "contact", "een buur", "Ans"]):
        killed.delivered(await killed.handle(Inbound(KEY, text=text, event_id=f"e{n}")))
    lost = await killed.handle(Inbound(KEY, text="heel druk", event_id="e4"))
    messages = bubbles(lost.outbound)
    await killed.close()

    class DiesAtTheLast(FakeTransport):
        async def deliver(
            self, chat_id: str, outbound: Any, *, user_id: str, key: Any = None
        ) -> None:
            if outbound[0] == messages[-1]:
                raise ConnectionError("the network went away")
            await super().deliver(chat_id, outbound, user_id=user_id, key=key)

    first = World(engine, database, clock, DiesAtTheLast(), EXACT)
    await first.open()
    assert first.scheduler is not None
    for sender in first.scheduler.senders.values():
        sender.ticker = SimulatedTicker()  # its retries' waits cost no time
    try:
        clock.advance(minutes=6)
        assert len(await first.tick()) == 2  # the last one failed: it stays owed
    finally:
        await first.close()
    second = World(engine, database, clock, FakeTransport(), EXACT)
    await second.open()
    try:
        clock.advance(minutes=6)
        assert await second.tick() == [messages[-1].text]  # type: ignore[union-attr]
    finally:
        await second.close()
