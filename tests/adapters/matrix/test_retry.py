"""Bounded retries that honour the server's rate limits."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import nio
import pytest

from adapters.matrix.retry import Backoff, MatrixError, call
from bot.runtime.retry import RetryPolicy


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waited: list[float] = []
    real_sleep = asyncio.sleep

    async def fake_sleep(seconds: float) -> None:
        waited.append(seconds)
        await real_sleep(0)

    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    return waited


def _limited(ms: int | None) -> Any:
    return nio.ErrorResponse("Too Many Requests", "M_LIMIT_EXCEEDED", ms)


async def test_rate_limit_waits_as_long_as_asked(sleeps: list[float]) -> None:
    answers = iter([_limited(1500), _limited(None), "ok"])

    async def request() -> Any:
        return next(answers)

    assert await call("send", request) == "ok"
    assert sleeps == [1.5, 1.0]


async def test_connection_errors_back_off_then_give_up(sleeps: list[float]) -> None:
    async def request() -> Any:
        raise aiohttp.ClientConnectionError("refused")

    with pytest.raises(MatrixError):
        await call("sync", request, attempts=4, cap=2.0)
    assert len(sleeps) == 3
    assert all(0 < s <= 2.0 for s in sleeps)


async def test_client_errors_are_not_retried(sleeps: list[float]) -> None:
    async def request() -> Any:
        return nio.ErrorResponse("You are not in the room", "M_FORBIDDEN")

    with pytest.raises(MatrixError) as caught:
        await call("send", request)
    assert caught.value.status_code == "M_FORBIDDEN"
    assert sleeps == []


def test_backoff_grows_with_jitter_and_resets() -> None:
    backoff = Backoff(RetryPolicy(base_delay=1.0, max_delay=8.0))
    delays = [backoff.next_delay() for _ in range(6)]
    assert [0.5 <= d <= 1 for d in delays[:1]] == [True]
    assert all(d <= 8.0 for d in delays) and delays[-1] >= 4.0
    backoff.reset()
    assert backoff.next_delay() <= 1.0
