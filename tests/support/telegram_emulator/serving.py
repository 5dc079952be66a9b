"""Serving the Bot API over HTTP on 127.0.0.1, webhooks, and the server's lifecycle."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from types import TracebackType
from typing import Any, Self

import aiohttp
from aiohttp import web

from tests.support.telegram_emulator.model import (
    _TOKEN_RE,
    ApiCall,
    WebhookDelivery,
    _Described,
    _Fault,
    _Params,
    _real_bot_api_methods,
    _Upload,
    _Webhook,
)
from tests.support.telegram_emulator.outgoing import _Outgoing
from tests.support.telegram_emulator.protocol import (
    _CONFLICT_OTHER_POLL,
    _NGINX_PAGE,
    ApiError,
    _bad_request,
    _too_many_requests,
)

_LOGGER = logging.getLogger(__name__)
JSONDict = dict[str, Any]


class _Serving(_Outgoing):
    """Serving the Bot API over HTTP on 127.0.0.1, webhooks, and the server's lifecycle."""

    # -- internals: webhook --------------------------------------------------------------------

    async def _unset_webhook(self) -> None:
        self._webhook = None
        self._webhook_last_error = None
        self._changed()
        await self._stop_webhook_task()

    async def _stop_webhook_task(self) -> None:
        task, self._webhook_task = self._webhook_task, None
        if task is None or task.done() or task is asyncio.current_task():
            return
        task.cancel()
        await asyncio.wait({task})

    async def _webhook_loop(self) -> None:
        attempt = 0
        async with aiohttp.ClientSession() as session:
            while not self._closing:
                config = self._webhook
                if config is None:
                    return
                batch = self._next_batch(1)
                if not batch:
                    await self._wait_change(None)
                    continue
                entry = batch[0]
                error, body = await self._post_update(session, config, entry.update)
                if error is None:
                    attempt = 0
                    if entry in self._queue:
                        self._queue.remove(entry)
                    self._changed()
                    await self._apply_webhook_reply(body)
                    continue
                self._webhook_last_error = (int(time.time()), error)
                self._changed()
                delay = self._webhook_retry_delays[
                    min(attempt, len(self._webhook_retry_delays) - 1)
                ]
                attempt += 1
                await asyncio.sleep(delay)

    async def _post_update(
        self, session: aiohttp.ClientSession, config: _Webhook, update: JSONDict
    ) -> tuple[str | None, bytes]:
        headers = {"Content-Type": "application/json"}
        if config.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = config.secret_token
        status: int | None = None
        error: str | None = None
        body = b""
        try:
            async with session.post(
                config.url,
                data=json.dumps(update, ensure_ascii=False).encode("utf-8"),
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self._webhook_timeout),
                allow_redirects=False,
            ) as response:
                status = response.status
                body = await response.read()
                if not 200 <= status < 300:
                    error = f"Wrong response from the webhook: {status} {response.reason or ''}"
        except TimeoutError:
            error = "Read timeout expired"
        except aiohttp.ClientConnectorError:
            error = "Connection refused"
        except aiohttp.ClientError as exc:
            error = f"Connection error: {exc.__class__.__name__}"
        self.webhook_deliveries.append(
            WebhookDelivery(
                update_id=int(update["update_id"]),
                url=config.url,
                time=time.monotonic(),
                status=status,
                error=error.strip() if error else None,
                secret_token=config.secret_token,
            )
        )
        return (error.strip() if error else None), body

    async def _apply_webhook_reply(self, body: bytes) -> None:
        """Telegram executes a method given in the webhook's answer; so does the emulator."""
        if not body.strip():
            return
        try:
            data = json.loads(body)
        except ValueError:
            return
        if not isinstance(data, dict) or not isinstance(data.get("method"), str):
            return
        entry = self._methods.get(data.pop("method").lower())
        if entry is None or entry[0] in ("getUpdates", "setWebhook", "deleteWebhook"):
            return
        values = {k: v if isinstance(v, str) else json.dumps(v) for k, v in data.items()}
        call = ApiCall(entry[0], values, [], time.monotonic(), time.time())
        self.calls.append(call)
        try:
            await entry[1](_Params(values, {}))
            call.status = 200
        except ApiError as exc:
            call.status, call.description = exc.status, exc.description
        self._changed()

    # -- internals: HTTP -----------------------------------------------------------------------

    @staticmethod
    def _json(body: JSONDict, status: int) -> web.Response:
        return web.json_response(
            body, status=status, dumps=lambda obj: json.dumps(obj, ensure_ascii=False)
        )

    @staticmethod
    def _drop(request: web.Request) -> web.Response:
        transport = request.transport
        if transport is not None:
            transport.abort()
        return web.Response(status=500)

    async def _read_params(self, request: web.Request) -> _Params:
        values: dict[str, str] = dict(request.query)
        files: dict[str, _Upload] = {}
        if request.method == "POST" and request.can_read_body:
            content_type = request.content_type
            if content_type == "application/json":
                raw = await request.read()
                if raw.strip():
                    try:
                        data = json.loads(raw)
                    except ValueError:
                        raise _bad_request("can't parse JSON encoded request") from None
                    if not isinstance(data, dict):
                        raise _bad_request("can't parse JSON encoded request")
                    for key, value in data.items():
                        if value is None:
                            continue
                        values[key] = value if isinstance(value, str) else json.dumps(value)
            elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        files[key] = _Upload(value.filename, value.content_type, value.file.read())
                    else:
                        values[key] = str(value)
            else:
                await request.read()
        return _Params(values, files)

    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        token = request.match_info["token"]
        method_name = request.match_info["method"]
        if token != self.token:
            error = (
                ApiError(401, "Unauthorized")
                if _TOKEN_RE.match(token)
                else ApiError(404, "Not Found")
            )
            return self._json(error.body(), error.status)
        try:
            params = await self._read_params(request)
        except ApiError as exc:
            return self._json(exc.body(), exc.status)
        entry = self._methods.get(method_name.lower())
        call = ApiCall(
            method=entry[0] if entry else method_name,
            params=dict(params.values),
            files=sorted(params.files),
            time=time.monotonic(),
            wall_time=time.time(),
        )
        self.calls.append(call)
        try:
            return await self._dispatch(request, entry, params, call)
        finally:
            self._changed()

    async def _dispatch(
        self,
        request: web.Request,
        entry: tuple[str, Callable[[_Params], Awaitable[Any]]] | None,
        params: _Params,
        call: ApiCall,
    ) -> web.StreamResponse:
        if entry is None:
            if call.method.lower() in _real_bot_api_methods():
                self.unsupported_calls.append(call)
                _LOGGER.warning("Telegram emulator: %s is not implemented", call.method)
                return self._error(
                    call,
                    ApiError(
                        501,
                        f"Not Implemented: the Telegram emulator does not implement {call.method}",
                    ),
                )
            return self._error(call, ApiError(404, "Not Found"))
        name, handler = entry
        fault = self._take_fault(name)
        if fault is not None and fault.kind == "drop" and not fault.after_processing:
            call.description = "connection dropped before processing"
            return self._drop(request)
        if fault is not None and fault.kind == "fail":
            return self._fault_response(call, fault)
        if self._latency:
            await asyncio.sleep(self._latency)
        try:
            result = await handler(params)
        except ApiError as exc:
            return self._error(call, exc)
        call.status = 200
        if fault is not None:
            call.description = "connection dropped after processing"
            return self._drop(request)
        if isinstance(result, _Described):
            return self._json(
                {"ok": True, "result": result.result, "description": result.description}, 200
            )
        return self._json({"ok": True, "result": result}, 200)

    def _error(self, call: ApiCall, error: ApiError) -> web.Response:
        call.status = error.status
        call.description = error.description
        return self._json(error.body(), error.status)

    def _fault_response(self, call: ApiCall, fault: _Fault) -> web.Response:
        status = fault.status
        if status == 429:
            return self._error(call, _too_many_requests(fault.retry_after or 2))
        if fault.description:
            return self._error(call, ApiError(status, fault.description))
        if status in (502, 503, 504):
            phrase = HTTPStatus(status).phrase
            call.status = status
            call.description = f"{status} {phrase} (nginx page)"
            return web.Response(
                status=status,
                text=_NGINX_PAGE.format(code=status, phrase=phrase),
                content_type="text/html",
            )
        defaults = {
            400: "Bad Request",
            401: "Unauthorized",
            403: "Forbidden: bot was blocked by the user",
            404: "Not Found",
            409: _CONFLICT_OTHER_POLL,
            500: "Internal Server Error",
        }
        try:
            fallback = HTTPStatus(status).phrase
        except ValueError:
            fallback = "Error"
        return self._error(call, ApiError(status, defaults.get(status, fallback)))

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        not_found = self._json(ApiError(404, "Not Found").body(), 404)
        if request.match_info["token"] != self.token:
            return not_found
        path = request.match_info["path"]
        stored = next((f for f in self._files.values() if f.file_path == path), None)
        if stored is None:
            return not_found
        return web.Response(
            body=stored.data, content_type=stored.mime_type or "application/octet-stream"
        )

    # -- lifecycle ------------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def start(self) -> None:
        """Start the HTTP server (on a free port unless one was given)."""
        if self._runner is not None:
            raise RuntimeError("the emulator is already running")
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_route("*", "/file/bot{token}/{path:.+}", self._handle_file)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, self._host, self._port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._port = int(runner.addresses[0][1])
        _LOGGER.debug("Telegram emulator listening on %s", self.root_url)

    async def close(self) -> None:
        """Answer pending long polls, stop the webhook sender and the server."""
        self._closing = True
        self._changed()
        await self._stop_webhook_task()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    @property
    def port(self) -> int:
        return self._port

    @property
    def root_url(self) -> str:
        return f"http://{self._host}:{self._port}"

    @property
    def base_url(self) -> str:
        """For ``telegram.Bot(base_url=...)`` (PTB appends the token)."""
        return f"{self.root_url}/bot"

    @property
    def base_file_url(self) -> str:
        """For ``telegram.Bot(base_file_url=...)`` (PTB appends the token)."""
        return f"{self.root_url}/file/bot"

    @property
    def api_url(self) -> str:
        """The full method prefix, ``{root}/bot<token>``, for raw HTTP tests."""
        return f"{self.base_url}{self.token}"
