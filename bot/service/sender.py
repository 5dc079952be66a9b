"""Sending as fast as a platform allows, and no faster.

Each platform gets one :class:`Sender`: a single loop that hands out send slots from
a :class:`Pacer` (sliding windows: overall per second, per private chat per second,
per group per minute) and starts each send as its own task, so network latency
overlaps while the *start* of every send respects the limits. The sender looks a
little ahead in its queue, so a group that used up its 20 messages a minute does not
hold up private prompts behind it. Messages for one chat keep their order.

A transport that answers "too many requests" (an exception with ``retry_after``
seconds, like python-telegram-bot's ``RetryAfter``, or ``retry_after_ms``, like a
Matrix ``M_LIMIT_EXCEEDED``) pauses the whole platform for that long; the message is
then tried again.

Time comes from a :class:`Ticker` (monotonic seconds), so benchmarks and tests can
run the real code on simulated time.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Protocol

from bot.core.bubbles import bubbles
from bot.core.messages import Outbound
from bot.runtime.ports import Transport
from bot.runtime.runtime import Delivery, Runtime

log = logging.getLogger(__name__)
# A send never lands on a window's edge: the platform stamps it a moment after we
# do (a garbage-collection pause, the network), so keep this margin.
EPSILON = 0.02
LOOKAHEAD = 64  # queued deliveries the sender may pick from
SEND_ATTEMPTS = 4


class Ticker(Protocol):
    def now(self) -> float:
        """Monotonic seconds."""

    async def sleep_until(self, moment: float) -> None:
        """Return once ``now() >= moment``."""


class RealTicker:
    def now(self) -> float:
        return time.monotonic()

    async def sleep_until(self, moment: float) -> None:
        delay = moment - time.monotonic()
        await asyncio.sleep(delay if delay > 0 else 0)


class SimulatedTicker:
    """Simulated time for tests and benchmarks: sleeping costs nothing.

    With ``real=True`` the time the code itself takes still counts (real elapsed time
    plus every simulated sleep), so a benchmark shows whether the work keeps up with
    the limits. Before jumping ahead it lets every task that is ready run first, so
    sends started at a moment are stamped with that moment.
    """

    def __init__(self, start: float = 0.0, *, real: bool = False) -> None:
        self._start = time.perf_counter()
        self._offset = start
        self._real = real

    def now(self) -> float:
        elapsed = time.perf_counter() - self._start if self._real else 0.0
        return self._offset + elapsed

    async def sleep_until(self, moment: float) -> None:
        for _ in range(4):
            await asyncio.sleep(0)
        ahead = moment - self.now()
        if ahead > 0:
            self._offset += ahead


@dataclass(frozen=True, slots=True)
class Limits:
    """A platform's limits; None means no limit of that kind."""

    per_second: float | None = None  # overall
    per_chat_per_second: float | None = None  # one private chat
    per_group_per_minute: float | None = None  # one group or room
    in_flight: int = 32  # sends started but not finished, at most

    @classmethod
    def telegram(cls, per_second: float, per_chat: float, per_group_minute: int) -> Limits:
        return cls(per_second, per_chat, float(per_group_minute), in_flight=64)


# Matrix has no published numbers: the homeserver says "slow down" (M_LIMIT_EXCEEDED
# with retry_after_ms) and the adapter waits as asked. Few sends in flight keep the
# bot polite meanwhile.
MATRIX = Limits(per_second=None, per_chat_per_second=None, per_group_per_minute=None, in_flight=4)
UNLIMITED = Limits()


class _Window:
    """At most ``count`` sends in any ``span`` seconds."""

    __slots__ = ("count", "span", "stamps")

    def __init__(self, count: int, span: float) -> None:
        self.count, self.span = count, span
        self.stamps: deque[float] = deque(maxlen=count)

    def earliest(self, moment: float) -> float:
        if len(self.stamps) < self.count:
            return moment
        return max(moment, self.stamps[0] + self.span + EPSILON)

    def take(self, moment: float) -> None:
        self.stamps.append(moment)

    def last(self) -> float:
        return self.stamps[-1] if self.stamps else float("-inf")


def _window(rate: float | None, span: float) -> _Window | None:
    """A rate as a window: 30/s is "30 in any second", but evenly spaced within it."""
    if rate is None or rate <= 0:
        return None
    return _Window(max(1, round(rate * span)), span)


class Pacer:
    """Hands out send moments within the limits; bookkeeping only, no sleeping.

    ``even``: also space sends evenly (30/s is one every 1/30 s, not 30 at once).
    """

    def __init__(self, limits: Limits, *, even: bool = True) -> None:
        self.limits = limits
        self._overall = _window(limits.per_second, 1.0)
        self._spacing = 1.0 / limits.per_second if limits.per_second and even else 0.0
        self._chats: dict[str, _Window] = {}
        self._paused_until = float("-inf")
        self._last = float("-inf")

    def _chat_window(self, chat: str, group: bool) -> _Window | None:
        window = self._chats.get(chat)
        if window is None:
            limits = self.limits
            if group and limits.per_group_per_minute:
                window = _window(limits.per_group_per_minute / 60.0, 60.0)
            elif not group and limits.per_chat_per_second:
                window = _window(limits.per_chat_per_second, 1.0)
            if window is None:
                return None
            self._chats[chat] = window
        return window

    def earliest(self, chat: str, group: bool, moment: float) -> float:
        at = max(moment, self._paused_until)
        if self._spacing:
            at = max(at, self._last + self._spacing)
        if self._overall:
            at = self._overall.earliest(at)
        window = self._chat_window(chat, group)
        return window.earliest(at) if window else at

    def take(self, chat: str, group: bool, moment: float) -> None:
        self._last = max(self._last, moment)
        if self._overall:
            self._overall.take(moment)
        window = self._chat_window(chat, group)
        if window:
            window.take(moment)
        if len(self._chats) > 4096:
            self._forget_idle(moment)

    def pause(self, seconds: float, moment: float) -> None:
        """The platform said "too many requests": nothing goes out for ``seconds``."""
        self._paused_until = max(self._paused_until, moment + seconds)

    def _forget_idle(self, moment: float) -> None:
        idle = [chat for chat, w in self._chats.items() if w.last() < moment - w.span]
        for chat in idle:
            del self._chats[chat]


def retry_after(error: BaseException) -> float | None:
    """The pause a "too many requests" answer asks for, in seconds, or None."""
    seconds = getattr(error, "retry_after", None)
    if isinstance(seconds, timedelta):
        return seconds.total_seconds()
    if isinstance(seconds, int | float) and not isinstance(seconds, bool):
        return float(seconds)
    millis = getattr(error, "retry_after_ms", None)
    if isinstance(millis, int | float) and not isinstance(millis, bool):
        return millis / 1000
    return None


@dataclass(eq=False)
class _Item:
    delivery: Delivery
    chat: str
    user: str
    group: bool
    kind: str
    messages: tuple[Outbound, ...]
    turn: int = 0  # the outbox row's turn: with the chat, user and index, a stable send key
    sent: int = 0  # messages handed to a send task
    tasks: list[asyncio.Task[bool]] = field(default_factory=list)


Sent = Callable[[str, str, str, Outbound], None]  # kind, chat, user, message


class Sender:
    """One per platform: paces and starts every message the scheduler sends there."""

    def __init__(
        self,
        platform: str,
        transport: Transport,
        runtime: Runtime,
        limits: Limits,
        ticker: Ticker,
        *,
        queue_size: int = 2048,
        on_sent: Sent | None = None,
    ) -> None:
        self.platform = platform
        self.transport = transport
        self.runtime = runtime
        # Planned slots keep the pace even; the stamps of sends as they really start
        # guard the limits when the event loop wakes a send a little late.
        self.pacer = Pacer(limits)
        self.started = Pacer(limits, even=False)
        self.ticker = ticker
        self.on_sent = on_sent
        self.sent = 0
        self.failed = 0
        self._queue: asyncio.Queue[_Item] = asyncio.Queue(maxsize=queue_size)
        self._in_flight = asyncio.Semaphore(max(1, limits.in_flight))
        self._last_task: dict[str, asyncio.Task[bool]] = {}
        self._finishing: set[asyncio.Task[None]] = set()
        self._loop: asyncio.Task[None] | None = None

    async def submit(self, delivery: Delivery, *, group: bool, kind: str = "") -> None:
        """Queue a committed delivery (waits while the queue is full)."""
        pending = delivery.pending
        if pending is None or not pending.outbound:
            return
        key = pending.key
        # Paced per chat message as the person sees it: a turn's texts merged.
        messages = bubbles(pending.outbound)
        # A resend of what a stopped worker left starts after what it recorded as sent:
        # the first message again after the second would read as nonsense.
        start = delivery.resume_at(len(messages))
        if start >= len(messages):
            self.runtime.delivered(delivery)  # all went out; only the record was missing
            return
        item = _Item(delivery, key.chat_id, key.user_id, group, kind, messages, pending.turn, start)
        await self._queue.put(item)
        if self._loop is None or self._loop.done():
            self._loop = asyncio.get_running_loop().create_task(self._run())

    async def drain(self) -> None:
        """Wait until everything submitted has been sent (or given up on)."""
        await self._queue.join()
        while self._finishing:
            await asyncio.gather(*list(self._finishing), return_exceptions=True)

    async def close(self) -> None:
        await self.drain()
        if self._loop is not None:
            self._loop.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._loop

    async def _run(self) -> None:
        pending: list[_Item] = []
        while True:
            while len(pending) < LOOKAHEAD and not self._queue.empty():
                pending.append(self._queue.get_nowait())
            if not pending:
                pending.append(await self._queue.get())
                continue
            now = self.ticker.now()
            best, at = pending[0], float("inf")
            for item in pending:  # the earliest possible send; ties keep queue order
                moment = self.pacer.earliest(item.chat, item.group, now)
                if moment < at:
                    best, at = item, moment
            await self.ticker.sleep_until(at)
            at = self.pacer.earliest(best.chat, best.group, max(at, self.ticker.now()))
            if at > self.ticker.now() + EPSILON:
                continue  # paused meanwhile by a "too many requests": choose again
            await self._in_flight.acquire()
            self.pacer.take(best.chat, best.group, at)
            index = best.sent
            best.sent += 1
            task = asyncio.get_running_loop().create_task(
                self._send(best, index, self._last_task.get(best.chat))
            )
            self._last_task[best.chat] = task
            task.add_done_callback(functools.partial(self._forget_task, best.chat))
            best.tasks.append(task)
            if best.sent == len(best.messages):
                pending.remove(best)
                self._finish(best)

    def _forget_task(self, chat: str, task: asyncio.Task[bool]) -> None:
        if self._last_task.get(chat) is task:
            del self._last_task[chat]

    def _finish(self, item: _Item) -> None:
        async def finish() -> None:
            try:
                results = await asyncio.gather(*item.tasks, return_exceptions=True)
                if all(r is True for r in results):
                    self.runtime.delivered(item.delivery)
                else:
                    self.failed += 1
                    log.warning(
                        "%s: a scheduled message could not be sent; it stays in the outbox",
                        self.platform,
                    )
                    await self.runtime.gave_up(item.delivery)
            finally:
                self._queue.task_done()

        task = asyncio.get_running_loop().create_task(finish())
        self._finishing.add(task)
        task.add_done_callback(self._finishing.discard)

    async def _start_within_limits(self, item: _Item) -> None:
        """Wait until a send starting *now* keeps every window, then count it as started."""
        while True:
            now = self.ticker.now()
            at = self.started.earliest(item.chat, item.group, now)
            if at <= now:
                self.started.take(item.chat, item.group, now)  # no await since the check
                return
            await self.ticker.sleep_until(at)

    async def _send(self, item: _Item, index: int, before: asyncio.Task[bool] | None) -> bool:
        message = item.messages[index]
        # The same on every attempt and after a restart: networks that deduplicate by it
        # (Matrix) send this message once. The content is in it too, because turn numbers
        # start again after "vergeet mij".
        content = hashlib.blake2b(repr(message).encode("utf-8"), digest_size=8).hexdigest()
        key = f"{item.chat}|{item.user}|{item.turn}|{index}|{content}"
        try:
            if before is not None:
                with contextlib.suppress(Exception):
                    await asyncio.shield(before)  # keep the chat's order
            for attempt in range(1, SEND_ATTEMPTS + 1):
                if attempt > 1:  # a retry needs a slot of its own
                    at = self.pacer.earliest(item.chat, item.group, self.ticker.now())
                    self.pacer.take(item.chat, item.group, at)
                    await self.ticker.sleep_until(at)
                await self._start_within_limits(item)
                try:
                    await self.transport.deliver(item.chat, [message], user_id=item.user, key=key)
                except Exception as exc:
                    wait = retry_after(exc)
                    if wait is not None:
                        self.pacer.pause(wait, self.ticker.now())
                        self.started.pause(wait, self.ticker.now())
                    elif attempt == SEND_ATTEMPTS:
                        log.warning("%s: send failed (%s)", self.platform, type(exc).__name__)
                        return False
                    else:
                        await self.ticker.sleep_until(self.ticker.now() + 0.5 * 2**attempt)
                    continue
                self.sent += 1
                if self.on_sent:
                    self.on_sent(item.kind, item.chat, item.user, message)
                if item.kind == "resend" and index < len(item.messages) - 1:
                    # On disk before the chat's next message starts (it waits for this
                    # task), so a resend cut off in turn starts after this one. (A resend
                    # is rare; the scheduler's own sends stay free of the extra commit.)
                    await self.runtime.progressed(item.delivery, index + 1, len(item.messages))
                return True
            return False
        finally:
            self._in_flight.release()
