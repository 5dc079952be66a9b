"""The webhook listener: Telegram POSTs each update here (usually via a reverse proxy).

Every request must carry the secret from ``setWebhook`` in the
``X-Telegram-Bot-Api-Secret-Token`` header; anything else is refused with 403
before its body is looked at. An update is answered 200 only after the adapter
has handled it (its turn committed), so a crash in between makes Telegram send
it again; a failure answers 500 for the same reason.

Built on tornado, which python-telegram-bot's ``[webhooks]`` extra installs.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import socket
from collections.abc import Awaitable, Callable
from typing import Any

import tornado.httpserver
import tornado.netutil
import tornado.web

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# What Telegram accepts as a secret_token.
SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
MAX_BODY = 1 << 20  # updates are small; refuse anything silly

Handler = Callable[[dict[str, Any]], Awaitable[bool]]


class _UpdateHandler(tornado.web.RequestHandler):
    def initialize(self, server: WebhookServer) -> None:  # tornado's constructor hook
        self.server = server

    def check_xsrf_cookie(self) -> None:  # a machine-to-machine endpoint, no cookies
        return None

    async def post(self) -> None:
        if not self.server.authorised(self.request.headers.get(SECRET_HEADER)):
            self.server.refused += 1
            self.set_status(403)
            return
        try:
            data = json.loads(self.request.body)
        except ValueError:
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            self.set_status(400)
            return
        accepted = await self.server.handle(data)
        self.set_status(200 if accepted else 500)


class WebhookServer:
    """Listens on ``listen:port`` at ``path``; hands each authorised update to ``handler``."""

    def __init__(self, listen: str, port: int, path: str, secret: str, handler: Handler) -> None:
        if not SECRET_PATTERN.match(secret):
            raise ValueError("a webhook secret may use only A-Z, a-z, 0-9, _ and -, at most 256")
        self.listen = listen
        self.port = port
        self.path = path or "/"
        self._secret = secret.encode("utf-8")
        self._handler = handler
        self._server: tornado.httpserver.HTTPServer | None = None
        self._in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._closing = False
        self.refused = 0

    def authorised(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode("utf-8"), self._secret)

    async def handle(self, data: dict[str, Any]) -> bool:
        if self._closing:
            return False  # Telegram will deliver it again after the restart
        self._in_flight += 1
        self._idle.clear()
        try:
            return await self._handler(data)
        finally:
            self._in_flight -= 1
            if self._in_flight == 0:
                self._idle.set()

    async def start(self) -> None:
        app = tornado.web.Application([(re.escape(self.path), _UpdateHandler, {"server": self})])
        sockets = tornado.netutil.bind_sockets(self.port, address=self.listen)
        server = tornado.httpserver.HTTPServer(app, max_body_size=MAX_BODY, xheaders=True)
        server.add_sockets(sockets)
        self._server = server
        self.port = _bound_port(sockets)
        log.info("webhook listening on %s:%d%s", self.listen, self.port, self.path)

    async def stop(self) -> None:
        """Stop listening, let updates being handled finish, close the connections."""
        if self._server is None:
            return
        server, self._server = self._server, None
        server.stop()
        self._closing = True
        await self._idle.wait()
        await server.close_all_connections()


def _bound_port(sockets: list[socket.socket]) -> int:
    return int(sockets[0].getsockname()[1])
