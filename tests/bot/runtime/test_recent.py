"""Bounded memories and the one retry helper the adapters share."""

from __future__ import annotations

import asyncio

import pytest

from bot.runtime.recent import Expiring, RecentSet
from bot.runtime.retry import RetryPolicy, Verdict, retrying


def test_a_recent_set_forgets_the_oldest_first() -> None:
    seen = RecentSet(size=3)
    for key in ("a", "b", "c"):
        seen.add(key)
    seen.add("a")  # seen again: it is recent again
    seen.add("d")
    assert "b" not in seen and {"a", "c", "d"} == {k for k in "abcd" if k in seen}
    assert len(seen) == 3


def test_an_expiring_value_is_taken_once_and_not_after_its_time() -> None:
    offers: Expiring[str] = Expiring(seconds=0.05)
    offers.keep(1, "crisis")
    assert offers.take(1) == "crisis"
    assert offers.take(1) is None
    offers.keep(2, "talk")
    asyncio.run(asyncio.sleep(0.08))
    assert offers.take(2) is None


async def test_retrying_waits_as_asked_backs_off_and_gives_up() -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    answers = iter(["busy", "wait", "ok"])

    async def call() -> str:
        return next(answers)

    def judge(result: str | None, error: BaseException | None) -> Verdict[str]:
        if result == "wait":
            return Verdict("wait", seconds=7.0)
        if result == "busy":
            return Verdict("retry", error=RuntimeError("busy"))
        return Verdict("done", result)

    policy = RetryPolicy(attempts=5, base_delay=1.0)
    got = await retrying(call, judge=judge, policy=policy, platform="test", what="x", sleep=sleep)
    assert got == "ok"
    assert 0.5 <= slept[0] <= 1.0 and slept[1] == 7.0

    async def always_busy() -> str:
        return "busy"

    with pytest.raises(RuntimeError, match="busy"):
        await retrying(
            always_busy,
            judge=judge,
            policy=RetryPolicy(attempts=3),
            platform="test",
            what="x",
            sleep=sleep,
        )


async def test_a_refusal_is_not_retried() -> None:
    calls = 0

    async def call() -> str:
        nonlocal calls
        calls += 1
        raise PermissionError("blocked")

    def judge(result: str | None, error: BaseException | None) -> Verdict[str]:
        return Verdict("fail", error=error) if error else Verdict("done", result)

    with pytest.raises(PermissionError):
        await retrying(call, judge=judge, policy=RetryPolicy(), platform="test", what="x")
    assert calls == 1
