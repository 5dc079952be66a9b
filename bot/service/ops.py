"""The operator's endpoint: ``/healthz``, ``/readyz`` and ``/metrics`` (``[ops] listen``).

* ``/healthz``: 200 while the event loop answers (the handler runs on it).
* ``/readyz``: 200 when the database answers with this version's schema and every
  enabled adapter is connected; 503 otherwise, and from the moment shutdown begins,
  so a load balancer stops sending before the bot stops taking events.
* ``/metrics``: Prometheus text format (:mod:`bot.metrics`); the outbox and schedule
  gauges are read from the database at each scrape.

Off by default; bind it to 127.0.0.1 or a private network, never to the internet.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Protocol

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot import metrics
from bot.store.db import Store

log = logging.getLogger(__name__)
CHECK_TIMEOUT = 2.0  # seconds for each readiness check


class Connected(Protocol):
    name: str

    @property
    def ready(self) -> bool: ...


def parse_listen(listen: str) -> tuple[str, int]:
    """ "127.0.0.1:9464" -> ("127.0.0.1", 9464); "[::1]:9464" works too."""
    host, sep, port = listen.rpartition(":")
    if not sep or not port.isdigit() or not host:
        raise ValueError(f"not host:port: {listen!r}")
    return host.strip("[]"), int(port)


class OpsServer:
    def __init__(
        self,
        store: Store,
        adapters: Sequence[Connected] = (),
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.adapters = list(adapters)
        self.clock = clock
        self.stopping = False  # set first thing on shutdown: /readyz answers 503 from then
        self._runner: web.AppRunner | None = None
        self.port = 0

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        app.router.add_get("/metrics", self._metrics)
        return app

    async def start(self, listen: str) -> None:
        host, port = parse_listen(listen)
        # No access log: it would be one line per scrape, and says nothing useful.
        self._runner = web.AppRunner(self.app(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1] if sockets else port
        log.info("ops endpoint on http://%s:%d (/healthz /readyz /metrics)", host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def problems(self) -> list[str]:
        """Why the bot is not ready (empty: ready)."""
        if self.stopping:
            return ["shutting down"]
        found = []
        try:
            if not await asyncio.wait_for(self.store.ready(), CHECK_TIMEOUT):
                found.append("database schema is not this version's (run the bot once to migrate)")
        except Exception as exc:
            found.append(f"database not reachable ({type(exc).__name__})")
        found += [f"{a.name} not connected" for a in self.adapters if not a.ready]
        return found

    async def _healthz(self, request: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def _readyz(self, request: web.Request) -> web.Response:
        problems = await self.problems()
        if problems:
            return web.Response(status=503, text="not ready: " + "; ".join(problems) + "\n")
        return web.Response(text="ready\n")

    async def _metrics(self, request: web.Request) -> web.Response:
        try:
            backlog, oldest, due = await asyncio.wait_for(
                self.store.gauges(self.clock()), CHECK_TIMEOUT
            )
        except Exception as exc:
            log.warning("metrics: database gauges not read (%s)", type(exc).__name__)
        else:
            metrics.OUTBOX_BACKLOG.set(backlog)
            metrics.OUTBOX_OLDEST.set(oldest)
            metrics.SCHEDULE_PENDING.set(due)
        body = generate_latest(metrics.REGISTRY)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
