"""Rate limits and retries, on a fake clock: no real waiting."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from adapters.telegram.pacing import Pacer, RetryPolicy, retry_after_seconds, retrying


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


def pacer(fake: FakeTime, **limits: Any) -> Pacer:
    return Pacer(clock=fake.clock, sleep=fake.sleep, **limits)


async def send_times(p: Pacer, fake: FakeTime, chats: list[int]) -> list[float]:
    times: list[float] = []

    async def call() -> None:
        times.append(fake.now)

    for chat in chats:
        await p.send(chat, call, what="sendMessage")
    return times


async def test_one_message_a_second_per_chat() -> None:
    fake = FakeTime()
    times = await send_times(pacer(fake), fake, [5, 5, 5, 6])
    assert times[0] == 0.0
    assert times[1] >= 1.0 and times[2] >= times[1] + 1.0
    assert times[3] == times[2]  # another chat need not wait


async def test_thirty_a_second_overall() -> None:
    fake = FakeTime()
    times = await send_times(pacer(fake, per_chat_per_second=100.0), fake, list(range(1, 32)))
    assert times[29] == 0.0 and times[30] >= 1.0


async def test_twenty_a_minute_per_group() -> None:
    fake = FakeTime()
    p = pacer(fake, per_chat_per_second=100.0)
    times = await send_times(p, fake, [-100] * 21)
    assert times[19] < 1.0 and times[20] >= 60.0
    assert (await send_times(p, fake, [7]))[0] == fake.now  # private chats are not held up


async def test_a_slow_answer_counts_from_when_it_arrived() -> None:
    fake = FakeTime()
    p = pacer(fake)
    times: list[float] = []

    async def slow() -> None:
        times.append(fake.now)
        fake.now += 0.7  # Telegram took its time answering

    await p.send(5, slow, what="sendMessage")
    await p.send(5, slow, what="sendMessage")
    assert times[1] >= 0.7 + 1.0


async def test_retry_after_is_waited_out_and_holds_the_chat() -> None:
    fake = FakeTime()
    p = pacer(fake)
    attempts: list[float] = []

    async def flooded() -> str:
        attempts.append(fake.now)
        if len(attempts) == 1:
            raise RetryAfter(5)
        return "ok"

    assert await p.send(5, flooded, what="sendMessage") == "ok"
    assert attempts[1] >= 5.0
    p.hold(5, 10)
    later = await send_times(p, fake, [5])
    assert later[0] >= attempts[1] + 10


@pytest.mark.parametrize("error", [NetworkError("connection reset"), TimedOut()])
async def test_network_errors_back_off_and_retry(error: Exception) -> None:
    fake = FakeTime()
    calls = 0

    async def shaky() -> int:
        nonlocal calls
        calls += 1
        if calls < 3:
            raise error
        return calls

    policy = RetryPolicy(attempts=5, base_delay=1.0, max_delay=8.0)
    assert await retrying(shaky, policy=policy, what="x", sleep=fake.sleep) == 3
    assert len(fake.sleeps) == 2
    assert 0.5 <= fake.sleeps[0] <= 1.0 and 1.0 <= fake.sleeps[1] <= 2.0


@pytest.mark.parametrize("error", [BadRequest("Chat not found"), Forbidden("blocked")])
async def test_refusals_are_not_retried(error: Exception) -> None:
    fake = FakeTime()
    calls = 0

    async def refused() -> None:
        nonlocal calls
        calls += 1
        raise error

    with pytest.raises(type(error)):
        await retrying(refused, policy=RetryPolicy(), what="x", sleep=fake.sleep)
    assert calls == 1 and fake.sleeps == []


async def test_retries_give_up_in_the_end() -> None:
    fake = FakeTime()

    async def down() -> None:
        raise NetworkError("down")

    with pytest.raises(NetworkError):
        await retrying(down, policy=RetryPolicy(attempts=4), what="x", sleep=fake.sleep)
    assert len(fake.sleeps) == 3


def test_backoff_is_capped_and_jittered() -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=30.0)
    rng = random.Random(1)
    delays = [policy.backoff(n, rng) for n in range(1, 12)]
    assert all(d >= 0.25 for d in delays) and max(delays) <= 30.0
    assert delays[-1] >= 15.0  # half the cap at least: never a tight loop
    assert len({round(d, 6) for d in delays}) == len(delays)


def test_retry_after_in_seconds() -> None:
    assert retry_after_seconds(RetryAfter(7)) == 7.0


def test_a_rate_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        Pacer(per_chat_per_second=0)


async def test_slow_rates_below_one_a_second() -> None:
    fake = FakeTime()
    times = await send_times(pacer(fake, per_chat_per_second=0.5), fake, [5, 5])
    assert times[1] >= 2.0
