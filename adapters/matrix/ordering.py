"""Order without a global lock: one worker per room, and a safe sync position.

Per-room order comes from :class:`bot.runtime.lanes.Lanes` (one worker per room), so a
slow reply in one room never holds up another, and two messages from one person
are answered in the order sent.

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
