"""Per-chat lanes: in order per chat, concurrent across chats, drained on stop."""

from __future__ import annotations

import asyncio

import pytest

from bot.runtime.lanes import KeyedLocks, Lanes


async def test_jobs_for_one_chat_run_in_order_and_chats_run_side_by_side() -> None:
    lanes = Lanes()
    done: list[str] = []
    gate = asyncio.Event()

    async def job(name: str, wait: bool = False) -> str:
        if wait:
            await gate.wait()
        done.append(name)
        return name

    a1 = lanes.submit("a", lambda: job("a1", wait=True))
    a2 = lanes.submit("a", lambda: job("a2"))
    b1 = lanes.submit("b", lambda: job("b1"))
    assert await b1 == "b1"  # b is not stuck behind a
    assert done == ["b1"]
    gate.set()
    assert list(await asyncio.gather(a1, a2)) == ["a1", "a2"]
    assert done == ["b1", "a1", "a2"]
    assert await lanes.drain(1.0)
    assert lanes.busy == 0


async def test_a_failing_job_does_not_stop_the_lane() -> None:
    lanes = Lanes()

    async def boom() -> None:
        raise RuntimeError("boom")

    async def fine() -> int:
        return 1

    failed = lanes.submit(1, boom)
    after = lanes.submit(1, fine)
    with pytest.raises(RuntimeError):
        await failed
    assert await after == 1


async def test_drain_waits_then_gives_up_and_cancel_drops_the_rest() -> None:
    lanes = Lanes()
    forever = asyncio.Event()
    stuck = lanes.submit(1, forever.wait)
    queued = lanes.submit(1, forever.wait)
    assert await lanes.drain(0.05) is False
    await lanes.cancel()
    assert stuck.cancelled() and queued.cancelled()
    assert lanes.busy == 0


async def test_keyed_locks_serialise_one_key_and_forget_it() -> None:
    locks = KeyedLocks()
    order: list[int] = []

    async def hold(n: int) -> None:
        async with locks.hold("chat"):
            order.append(n)
            await asyncio.sleep(0)
            order.append(n)

    await asyncio.gather(hold(1), hold(2))
    assert order == [1, 1, 2, 2]
    assert locks._locks == {}


async def test_one_room_in_order_rooms_side_by_side() -> None:
    queues = Lanes()
    log: list[str] = []
    gate = asyncio.Event()

    async def slow(name: str) -> None:
        await gate.wait()
        log.append(name)

    async def quick(name: str) -> None:
        log.append(name)

    first = queues.submit("!a", lambda: slow("a1"))
    second = queues.submit("!a", lambda: quick("a2"))
    other = queues.submit("!b", lambda: quick("b1"))
    await other
    assert log == ["b1"]  # room b did not wait for room a
    assert not first.done() and not second.done()
    gate.set()
    await queues.drain()
    assert log == ["b1", "a1", "a2"]
    assert not queues.busy


async def test_a_failing_job_does_not_stop_the_room() -> None:
    queues = Lanes()

    async def boom() -> None:
        raise RuntimeError("kapot")

    async def fine() -> None:
        return None

    failed = queues.submit("!a", boom)
    after = queues.submit("!a", fine)
    await queues.drain()
    assert isinstance(failed.exception(), RuntimeError)
    assert after.result() is None
