"""Staying within Telegram's limits, and riding out its faults.

Telegram asks bots to send about 30 messages a second overall, one a second per
chat and 20 a minute per group; beyond that it answers 429 "retry after N".
:class:`Pacer` spaces sends so that rarely happens, and :func:`retrying` (used by
the pacer too) honours a ``RetryAfter`` and retries network errors with capped
exponential back-off and jitter. Nothing here loops without sleeping.

A send slot is stamped when the request starts and re-stamped when the answer
arrives, so a window only frees up once Telegram has certainly counted the
previous message, whatever the network latency.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import random
import time
import warnings
from collections import deque
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram.error import BadRequest, NetworkError, RetryAfter

from bot.runtime.retry import RetryPolicy as RetryPolicy
from bot.runtime.retry import Verdict
from bot.runtime.retry import retrying as shared_retrying

log = logging.getLogger(__name__)
T = TypeVar("T")
Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


# Added to every computed wait: clocks on both sides do not tick in step.
MARGIN = 0.02
# Sends waiting for Telegram's answer at once, and the HTTP connections they need.
IN_FLIGHT = 16


def retry_after_seconds(error: RetryAfter) -> float:
    """The server's requested pause, whether PTB hands it out as int or timedelta."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PTB 22 warns that the int form is deprecated
        value: int | dtm.timedelta = error.retry_after
    seconds = value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)
    return max(0.0, seconds)


def is_transient(error: BaseException) -> bool:
    """A failure worth retrying: flood control or the network, not a refused request."""
    if isinstance(error, RetryAfter):
        return True
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)


def _judge(result: T | None, error: BaseException | None) -> Verdict[T]:
    """What a Bot API call's outcome means: Telegram's RetryAfter is a wait (plus a
    margin, so the window has surely passed), a network error a retry; a refused
    request (BadRequest, Forbidden …) fails at once."""
    if error is None:
        return Verdict("done", result)
    if isinstance(error, RetryAfter):
        pause = retry_after_seconds(error) + MARGIN + random.uniform(0, 0.1)
        return Verdict("wait", seconds=pause, error=error)
    if is_transient(error):
        return Verdict("retry", error=error)
    return Verdict("fail", error=error)


async def retrying(
    call: Callable[[], Awaitable[T]],
    *,
    policy: RetryPolicy,
    what: str,
    sleep: Sleep | None = None,
    on_retry_after: Callable[[float], None] | None = None,
) -> T:
    """Run ``call``; on RetryAfter wait as asked, on network errors back off; else raise."""
    return await shared_retrying(
        call,
        judge=_judge,
        policy=policy,
        platform="telegram",
        what=what,
        sleep=sleep,
        on_wait=on_retry_after,
    )


def _window_for(rate: float) -> tuple[int, float]:
    """A rate as "at most ``limit`` in ``period`` seconds" (0.5/s is 1 per 2 s)."""
    if rate <= 0:
        raise ValueError("a send rate must be positive")
    if rate >= 1:
        return int(rate), 1.0
    return 1, 1.0 / rate


class _Slot:
    __slots__ = ("at",)

    def __init__(self, at: float) -> None:
        self.at = at


class _Window:
    """A sliding window: at most ``limit`` slots in any ``period`` seconds."""

    __slots__ = ("limit", "period", "slots")

    def __init__(self, limit: int, period: float) -> None:
        self.limit = limit
        self.period = period
        self.slots: deque[_Slot] = deque()

    def wait(self, now: float) -> float:
        """Seconds until one more slot fits (0 when it fits now)."""
        live = [slot for slot in self.slots if slot.at > now - self.period]
        if len(live) != len(self.slots):
            self.slots = deque(live)
        if len(live) < self.limit:
            return 0.0
        times = sorted(slot.at for slot in live)
        return times[len(live) - self.limit] + self.period - now + MARGIN

    def idle(self, now: float) -> bool:
        return all(slot.at <= now - self.period for slot in self.slots)


class _Chat:
    __slots__ = ("group", "not_before", "rate")

    def __init__(self, rate: _Window, group: _Window | None) -> None:
        self.rate = rate
        self.group = group
        self.not_before = 0.0

    def windows(self) -> list[_Window]:
        return [self.rate] if self.group is None else [self.rate, self.group]

    def wait(self, now: float) -> float:
        waits = [w.wait(now) for w in self.windows()]
        return max([self.not_before - now, *waits])


class Pacer:
    """Paces message sends: overall, per chat, and per group; honours RetryAfter."""

    def __init__(
        self,
        *,
        per_second: float = 30.0,
        per_chat_per_second: float = 1.0,
        group_per_minute: int = 20,
        policy: RetryPolicy | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        in_flight: int = IN_FLIGHT,
    ) -> None:
        self.policy = policy or RetryPolicy()
        # A few sends at a time are plenty at Telegram's 30/s; hundreds in flight made
        # httpcore's pool bookkeeping (quadratic in queued requests) the bottleneck.
        self._in_flight = asyncio.Semaphore(in_flight)
        self._global = _Window(*_window_for(per_second))
        self._chat_window = _window_for(per_chat_per_second)
        self._group_window = (max(1, group_per_minute), 60.0)
        self._chats: dict[int, _Chat] = {}
        self._lock = asyncio.Lock()
        self._clock = clock
        self._sleep = sleep

    async def send(self, chat_id: int, call: Callable[[], Awaitable[T]], *, what: str) -> T:
        """Run one send within the limits, retrying transient failures."""

        async def paced() -> T:
            slots = await self._acquire(chat_id)
            try:
                async with self._in_flight:
                    return await call()
            finally:
                end = self._clock()
                for slot in slots:
                    slot.at = max(slot.at, end)

        return await retrying(
            paced,
            policy=self.policy,
            what=what,
            sleep=self._sleep,
            on_retry_after=lambda delay: self.hold(chat_id, delay),
        )

    def hold(self, chat_id: int, seconds: float) -> None:
        """Send nothing to this chat for ``seconds`` (Telegram said so)."""
        chat = self._chat(chat_id)
        chat.not_before = max(chat.not_before, self._clock() + seconds)

    def _chat(self, chat_id: int) -> _Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            group = _Window(*self._group_window) if chat_id < 0 else None
            chat = self._chats[chat_id] = _Chat(_Window(*self._chat_window), group)
            if len(self._chats) > 1024:
                self._forget_idle()
        return chat

    def _forget_idle(self) -> None:
        now = self._clock()
        for chat_id, chat in list(self._chats.items()):
            if chat.not_before <= now and all(w.idle(now) for w in chat.windows()):
                del self._chats[chat_id]

    async def _acquire(self, chat_id: int) -> list[_Slot]:
        while True:
            chat = self._chat(chat_id)
            wait = chat.wait(self._clock())
            if wait > 0:
                await self._sleep(wait)
                continue
            async with self._lock:  # one gate for the overall limit; chats wait outside it
                while (wait := self._global.wait(self._clock())) > 0:
                    await self._sleep(wait)
                now = self._clock()
                chat = self._chat(chat_id)
                if chat.wait(now) > 0:
                    continue  # another sender used this chat meanwhile
                slots = [_Slot(now) for _ in range(1 + len(chat.windows()))]
                self._global.slots.append(slots[0])
                for window, slot in zip(chat.windows(), slots[1:], strict=True):
                    window.slots.append(slot)
                return slots
