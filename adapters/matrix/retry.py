"""Talking to a homeserver that is sometimes busy or away.

nio is configured never to retry by itself (see :func:`adapters.matrix.session.client_config`):
every request goes through :func:`call`, which honours ``M_LIMIT_EXCEEDED``'s
``retry_after_ms``, backs off with jitter on connection errors and server
errors, and gives up after a bounded number of attempts.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import nio

from bot.runtime.retry import Backoff as Backoff
from bot.runtime.retry import RetryPolicy, Verdict, retrying

log = logging.getLogger(__name__)

# Errors worth another try: the network, a restarting server, nio's own
# "could not sync the members before sending" error.
TRANSIENT: tuple[type[BaseException], ...] = (
    aiohttp.ClientError,
    TimeoutError,
    ConnectionError,
    nio.SendRetryError,
)
LONGEST_RATE_LIMIT_WAIT = 300.0


class MatrixError(RuntimeError):
    """A request failed for good: an error response or too many failed attempts."""

    def __init__(self, what: str, detail: Any, *, code: str | None = None) -> None:
        # str(ErrorResponse) carries the errcode and the server's message, never user text.
        super().__init__(f"{what} failed: {detail}")
        found = code or getattr(detail, "status_code", None)
        self.status_code: str | None = found if isinstance(found, str) else None
        self.soft_logout = bool(getattr(detail, "soft_logout", False))
        self.retry_after_ms: int | None = getattr(detail, "retry_after_ms", None)


def is_error(response: Any) -> bool:
    return isinstance(response, nio.ErrorResponse)


def rate_limit_delay(response: Any) -> float | None:
    """Seconds to wait when the server said M_LIMIT_EXCEEDED, else None."""
    if getattr(response, "status_code", None) not in ("M_LIMIT_EXCEEDED", 429):
        return None
    retry_ms = getattr(response, "retry_after_ms", None)
    seconds = retry_ms / 1000 if isinstance(retry_ms, int | float) and retry_ms > 0 else 1.0
    return min(seconds, LONGEST_RATE_LIMIT_WAIT)


def server_failed(response: Any) -> bool:
    """A 5xx or an unreadable answer (a proxy's error page while Synapse restarts)."""
    transport = getattr(response, "transport_response", None)
    status = getattr(transport, "status", None)
    return (isinstance(status, int) and status >= 500) or (
        getattr(response, "status_code", None) is None
    )


async def call(
    what: str,
    request: Callable[[], Awaitable[Any]],
    *,
    attempts: int = 6,
    cap: float = 30.0,
) -> Any:
    """Run ``request`` (a fresh coroutine each time) until it succeeds.

    Returns the successful nio response; raises :class:`MatrixError` on an
    error response that another try would not fix, or after ``attempts``.
    """

    def judge(response: Any, error: BaseException | None) -> Verdict[Any]:
        if error is not None:
            if isinstance(error, TRANSIENT):
                return Verdict("retry", error=MatrixError(what, type(error).__name__))
            return Verdict("fail", error=error)
        if not is_error(response):
            return Verdict("done", response)
        waited = rate_limit_delay(response)
        if waited is not None:
            return Verdict("wait", seconds=waited, error=MatrixError(what, response))
        if server_failed(response):
            return Verdict("retry", error=MatrixError(what, response))
        return Verdict("fail", error=MatrixError(what, response))

    policy = RetryPolicy(attempts=attempts, max_delay=cap)
    return await retrying(request, judge=judge, policy=policy, platform="matrix", what=what)
