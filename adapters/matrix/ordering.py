"""Order without a global lock: one worker per room, and a safe sync position.

:class:`RoomQueues` runs the jobs of one room strictly in arrival order while
different rooms run side by side, so a slow reply in one room never holds up
another, and two messages from one person are answered in the order sent.

:class:`SyncWatermark` knows which sync batches are completely handled. The
adapter saves a batch's sync token only when every event from it (and from all
earlier batches) has been handled, so a crash can make the next start see an
event again (the runtime recognises its event id) but never skip one.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Iterable

log = logging.getLogger(__name__)

Job = Callable[[], Awaitable[None]]


class RoomQueues:
    def __init__(self) -> None:
        self._jobs: dict[str, deque[tuple[Job, asyncio.Future[None]]]] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}

    def submit(self, room_id: str, job: Job) -> asyncio.Future[None]:
        """Queue ``job`` behind the room's earlier jobs; the future says when it ended."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._jobs.setdefault(room_id, deque()).append((job, done))
        if room_id not in self._workers:
            self._workers[room_id] = asyncio.create_task(
                self._work(room_id), name=f"matrix-room-{len(self._workers)}"
            )
        return done

    async def _work(self, room_id: str) -> None:
        try:
            while queue := self._jobs.get(room_id):
                job, done = queue.popleft()
                if not queue:
                    del self._jobs[room_id]
                try:
                    await job()
                except asyncio.CancelledError:
                    done.cancel()
                    raise
                except Exception as exc:
                    if not done.done():
                        done.set_exception(exc)
                else:
                    if not done.done():
                        done.set_result(None)
        finally:
            self._workers.pop(room_id, None)
            for _, pending in self._jobs.pop(room_id, ()):
                pending.cancel()

    @property
    def busy(self) -> bool:
        return bool(self._workers)

    async def drain(self) -> None:
        """Wait until every queued job (also ones queued meanwhile) has ended."""
        while self._workers:
            await asyncio.gather(*self._workers.values(), return_exceptions=True)

    async def cancel(self) -> None:
        workers = list(self._workers.values())
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)


def _settle(future: asyncio.Future[None]) -> None:
    # Read the outcome so asyncio never warns "exception was never retrieved";
    # the job itself logged what went wrong.
    if not future.cancelled():
        future.exception()


def _handled(future: asyncio.Future[None]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


class SyncWatermark:
    def __init__(self) -> None:
        self._batches: deque[tuple[str, list[asyncio.Future[None]]]] = deque()

    def add(self, token: str, work: Iterable[asyncio.Future[None]]) -> None:
        futures = list(work)
        for future in futures:
            future.add_done_callback(_settle)
        self._batches.append((token, futures))

    def advance(self) -> str | None:
        """The newest token whose batch and all earlier ones are handled, if any is new.

        A job that failed or was cancelled (a turn that could not be committed,
        a stop in the middle) holds the position back: a restart retries it.
        """
        token = None
        while self._batches and all(_handled(f) for f in self._batches[0][1]):
            token = self._batches.popleft()[0]
        return token

    def __len__(self) -> int:
        return len(self._batches)
