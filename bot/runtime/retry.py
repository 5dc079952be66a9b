"""One way to retry a call to a chat network: back off, honour "wait N seconds", give up.

Both adapters use :func:`retrying`; each says, through its ``judge``, what an answer
or an error means on its network (Telegram's ``RetryAfter``, Matrix's
``M_LIMIT_EXCEEDED``, a network error, a refused request). The loop, the back-off
with jitter, the bounded number of attempts and the metrics are the same for both.
Nothing here loops without sleeping.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from bot import metrics

log = logging.getLogger(__name__)
T = TypeVar("T")
_RANDOM = random.Random()


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently to retry one call."""

    attempts: int = 8
    base_delay: float = 0.5
    max_delay: float = 30.0

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        """Delay before retry number ``attempt`` (1-based): exponential, capped, jittered."""
        ceiling = min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        # "Equal jitter": never less than half the step, so retries cannot bunch up at zero.
        return ceiling / 2 + (rng or _RANDOM).uniform(0, ceiling / 2)


class Backoff:
    """Delays for a loop that keeps going (a sync loop): the policy's, failure by failure."""

    def __init__(self, policy: RetryPolicy | None = None) -> None:
        self.policy = policy or RetryPolicy()
        self.failures = 0

    def next_delay(self) -> float:
        self.failures += 1
        return self.policy.backoff(self.failures)

    def reset(self) -> None:
        self.failures = 0


@dataclass(frozen=True, slots=True)
class Verdict(Generic[T]):
    """What an attempt came to: ``done`` (with its value), ``retry`` after a back-off,
    ``wait`` the seconds the network asked for, or ``fail`` (raise ``error``)."""

    action: Literal["done", "retry", "wait", "fail"]
    value: T | None = None
    seconds: float = 0.0
    error: BaseException | None = None


Judge = Callable[[T | None, BaseException | None], Verdict[T]]


async def retrying(
    call: Callable[[], Awaitable[T]],
    *,
    judge: Judge[T],
    policy: RetryPolicy,
    platform: str,
    what: str,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    on_wait: Callable[[float], None] | None = None,
) -> T:
    """Run ``call`` (a fresh attempt each time) until ``judge`` says done or fail."""
    sends = metrics.SENDS
    for attempt in range(1, policy.attempts + 1):
        try:
            verdict = judge(await call(), None)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            verdict = judge(None, exc)
        if verdict.action == "done":
            sends.labels(platform, "ok").inc()
            return verdict.value  # type: ignore[return-value]  # done carries the value
        if verdict.action == "fail" or attempt == policy.attempts:
            sends.labels(platform, "error").inc()
            raise verdict.error or RuntimeError(f"{what} failed")
        if verdict.action == "wait":
            delay = verdict.seconds
            sends.labels(platform, "retry_after").inc()
            metrics.RETRY_AFTER_SECONDS.labels(platform).inc(delay)
            if on_wait is not None:
                on_wait(delay)
            log.info("%s: %s asked to wait %.0f s (attempt %d)", what, platform, delay, attempt)
        else:
            delay = policy.backoff(attempt)
            sends.labels(platform, "retry").inc()
            kind = type(verdict.error).__name__ if verdict.error else "no answer"
            log.info("%s: %s, retrying in %.1f s (attempt %d)", what, kind, delay, attempt)
        await (sleep or asyncio.sleep)(delay)  # looked up now: tests may replace it
    raise AssertionError("unreachable")  # pragma: no cover
