"""Order per conversation without a global lock.

:class:`Lanes`: jobs for one key (a chat, a room) run one at a time in the order
given, different keys concurrently. A lane's worker ends when its queue is
empty, so memory follows the number of busy chats. The adapters use it so a
chat's replies never overtake each other.

:class:`KeyedLocks`: a FIFO lock per key, forgotten when nobody holds or waits
for it. The runtime uses it so turns of one conversation run strictly one at a
time.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

_Job = tuple[Callable[[], Awaitable[Any]], "asyncio.Future[Any]"]


class Lanes:
    def __init__(self) -> None:
        self._queues: dict[Hashable, deque[_Job]] = {}
        self._workers: dict[Hashable, asyncio.Task[None]] = {}

    def submit(self, key: Hashable, job: Callable[[], Awaitable[T]]) -> asyncio.Future[T]:
        """Queue ``job`` behind the others for ``key``; the future holds its outcome."""
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queues.setdefault(key, deque()).append((job, future))
        if key not in self._workers:
            self._workers[key] = asyncio.create_task(self._work(key), name=f"lane-{key}")
        return future

    async def _work(self, key: Hashable) -> None:
        queue = self._queues[key]
        try:
            while queue:
                job, future = queue.popleft()
                if future.cancelled():
                    continue
                try:
                    result = await job()
                except asyncio.CancelledError:
                    future.cancel()
                    raise
                except Exception as exc:
                    if not future.cancelled():
                        future.set_exception(exc)
                else:
                    if not future.cancelled():
                        future.set_result(result)
        finally:
            for _, future in queue:
                future.cancel()
            del self._queues[key]
            del self._workers[key]

    @property
    def busy(self) -> int:
        """How many keys have work queued or running."""
        return len(self._workers)

    async def drain(self, timeout: float | None = None) -> bool:  # noqa: ASYNC109 - a grace period
        """Wait until every lane is empty (new jobs included); False if ``timeout`` ran out."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while self._workers:
            remaining = None if deadline is None else deadline - loop.time()
            if remaining is not None and remaining <= 0:
                return False
            await asyncio.wait(list(self._workers.values()), timeout=remaining)
        return True

    async def cancel(self) -> None:
        """Stop every lane now; queued jobs are dropped (their futures cancelled)."""
        workers = list(self._workers.values())
        for worker in workers:
            worker.cancel()
        if workers:
            await asyncio.wait(workers)


class KeyedLocks:
    """A FIFO lock per key, forgotten when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[Hashable, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: Hashable) -> AsyncIterator[None]:
        lock, users = self._locks.get(key) or (asyncio.Lock(), 0)
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)
