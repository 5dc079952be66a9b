"""A sync position that never runs ahead."""

from __future__ import annotations

import asyncio

from adapters.matrix.ordering import SyncWatermark


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
