"""Per-room order, rooms side by side, and a sync position that never runs ahead."""

from __future__ import annotations

import asyncio

from adapters.matrix.ordering import RoomQueues, SyncWatermark


async def test_one_room_in_order_rooms_side_by_side() -> None:
    queues = RoomQueues()
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
    queues = RoomQueues()

    async def boom() -> None:
        raise RuntimeError("kapot")

    async def fine() -> None:
        return None

    failed = queues.submit("!a", boom)
    after = queues.submit("!a", fine)
    await queues.drain()
    assert isinstance(failed.exception(), RuntimeError)
    assert after.result() is None


async def test_watermark_waits_for_every_earlier_batch() -> None:
    loop = asyncio.get_running_loop()
    mark = SyncWatermark()
    one, two = loop.create_future(), loop.create_future()
    mark.add("t1", [one])
    mark.add("t2", [two])
    mark.add("t3", [])
    assert mark.advance() is None
    two.set_result(None)
    assert mark.advance() is None  # t1 still open: t2 and t3 must wait
    one.set_result(None)
    assert mark.advance() == "t3"
    assert len(mark) == 0
    assert mark.advance() is None


async def test_watermark_holds_at_a_failed_turn() -> None:
    loop = asyncio.get_running_loop()
    mark = SyncWatermark()
    failed = loop.create_future()
    mark.add("t1", [])
    mark.add("t2", [failed])
    failed.set_exception(RuntimeError("database weg"))
    assert mark.advance() == "t1"
    mark.add("t3", [])
    assert mark.advance() is None  # a restart will see t2's events again
