"""Talking to a test Synapse over HTTP: shared-secret registration, login, the admin
API (rate-limit overrides). Used by :class:`tests.support.synapse.Synapse`."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import secrets
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

# Loopback only: never send these requests through an http_proxy from the environment.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class SynapseError(RuntimeError):
    """Synapse could not be installed, started or stopped, or an admin call failed."""


class SynapseHTTPError(SynapseError):
    """A request to Synapse answered with an HTTP error."""

    def __init__(self, method: str, path: str, status: int, body: dict[str, Any]) -> None:
        super().__init__(f"{method} {path} -> HTTP {status}: {body}")
        self.status = status
        self.body = body

    @property
    def errcode(self) -> str | None:
        value = self.body.get("errcode")
        return value if isinstance(value, str) else None


@dataclass(frozen=True)
class RegisteredUser:
    """What the shared-secret registration API hands back (plus the password)."""

    user_id: str
    access_token: str
    device_id: str
    password: str

    def __iter__(self) -> Iterator[str]:
        # Allows ``user_id, token, device_id = synapse.register(...)``.
        return iter((self.user_id, self.access_token, self.device_id))


class SynapseApi:
    """The HTTP half of a test homeserver; the process half sets these."""

    registration_shared_secret: str
    _admin: RegisteredUser | None

    @property
    def base_url(self) -> str:
        raise NotImplementedError

    def user_id(self, localpart: str) -> str:
        raise NotImplementedError

    def request(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        access_token: str | None = None,
        timeout: float = 30.0,
    ) -> dict[str, Any]:
        """A JSON request to Synapse; raises :class:`SynapseHTTPError` on HTTP errors."""
        data = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"}
        if access_token:
            headers["Authorization"] = f"Bearer {access_token}"
        req = urllib.request.Request(
            self.base_url + path, data=data, headers=headers, method=method
        )
        try:
            with _OPENER.open(req, timeout=timeout) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as exc:
            raw = exc.read()
            try:
                err = json.loads(raw)
            except ValueError:
                err = {"raw": raw.decode(errors="replace")}
            raise SynapseHTTPError(method, path, exc.code, err) from None
        result = json.loads(raw) if raw else {}
        if not isinstance(result, dict):
            raise SynapseError(f"{method} {path}: expected a JSON object, got {result!r}")
        return result

    # ---------------------------------------------------------- registration
    def register(
        self,
        localpart: str,
        password: str | None = None,
        admin: bool = False,
        *,
        displayname: str | None = None,
    ) -> RegisteredUser:
        """Register a user with the shared-secret admin API (nonce + HMAC-SHA1).

        Returns a :class:`RegisteredUser`, which also unpacks as
        ``(user_id, access_token, device_id)``. The token and device are a
        fresh login: use them with ``AsyncClient.restore_login``.
        """
        password = password or secrets.token_urlsafe(16)
        path = "/_synapse/admin/v1/register"
        nonce = self.request("GET", path)["nonce"]
        mac = hmac.new(self.registration_shared_secret.encode(), digestmod=hashlib.sha1)
        mac.update(nonce.encode())
        mac.update(b"\x00")
        mac.update(localpart.encode())
        mac.update(b"\x00")
        mac.update(password.encode())
        mac.update(b"\x00")
        mac.update(b"admin" if admin else b"notadmin")
        body: dict[str, Any] = {
            "nonce": nonce,
            "username": localpart,
            "password": password,
            "admin": admin,
            "mac": mac.hexdigest(),
        }
        if displayname:
            body["displayname"] = displayname
        result = self.request("POST", path, body)
        return RegisteredUser(
            user_id=result["user_id"],
            access_token=result["access_token"],
            device_id=result["device_id"],
            password=password,
        )

    async def register_async(
        self, localpart: str, password: str | None = None, admin: bool = False
    ) -> RegisteredUser:
        return await asyncio.to_thread(self.register, localpart, password, admin)

    def login(self, localpart: str, password: str, device_id: str | None = None) -> RegisteredUser:
        """A new password login (a new device unless ``device_id`` is given)."""
        body: dict[str, Any] = {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": localpart},
            "password": password,
        }
        if device_id:
            body["device_id"] = device_id
        result = self.request("POST", "/_matrix/client/v3/login", body)
        return RegisteredUser(
            user_id=result["user_id"],
            access_token=result["access_token"],
            device_id=result["device_id"],
            password=password,
        )

    @property
    def admin(self) -> RegisteredUser:
        """A server admin, registered on first use (``verbonden-admin``)."""
        if self._admin is None:
            self._admin = self.register("verbonden-admin", admin=True)
        return self._admin

    def admin_request(
        self, method: str, path: str, body: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        return self.request(method, path, body, access_token=self.admin.access_token)

    # ------------------------------------------------------------ rate limits
    def override_ratelimit(
        self, user_id: str, messages_per_second: int, burst_count: int
    ) -> dict[str, Any]:
        """Set the per-user override of the *event sending* rate limit (rc_message).

        Synapse only takes whole numbers here. Non-zero values apply to sending
        events (messages, and also membership changes such as joins and
        invites, which are events too); ``(0, 0)`` exempts the user from every
        rate limiter. E.g. ``(1, 1)`` lets a second message within a second
        fail with 429 M_LIMIT_EXCEEDED and a ``retry_after_ms``.
        """
        path = f"/_synapse/admin/v1/users/{urllib.parse.quote(user_id)}/override_ratelimit"
        return self.admin_request(
            "POST", path, {"messages_per_second": messages_per_second, "burst_count": burst_count}
        )

    def clear_ratelimit_override(self, user_id: str) -> None:
        """Back to the server-wide (raised) limits."""
        path = f"/_synapse/admin/v1/users/{urllib.parse.quote(user_id)}/override_ratelimit"
        self.admin_request("DELETE", path)

    def get_ratelimit_override(self, user_id: str) -> dict[str, Any]:
        path = f"/_synapse/admin/v1/users/{urllib.parse.quote(user_id)}/override_ratelimit"
        return self.admin_request("GET", path)

    async def override_ratelimit_async(
        self, user_id: str, messages_per_second: int, burst_count: int
    ) -> dict[str, Any]:
        return await asyncio.to_thread(
            self.override_ratelimit, user_id, messages_per_second, burst_count
        )

    async def clear_ratelimit_override_async(self, user_id: str) -> None:
        await asyncio.to_thread(self.clear_ratelimit_override, user_id)
