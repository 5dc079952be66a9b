"""Cross-signing for the bot's own account, so clients show its messages.

Since Matrix 1.18 (MSC4153, "exclude non-cross-signed devices"; Element enforces it
since April 2026) clients hide messages from devices their owner has not cross-signed
and share no room keys with them. So the bot, like any client, keeps a master key, a
self-signing key and a user-signing key for its account and signs its own device with
the self-signing key.

The three private keys (Ed25519 seeds) live in ``cross_signing.json`` in the store
folder, beside the encryption store and ``credentials.json``, readable by the bot's
user only: back the folder up (docs/matrix.md). A restart finds the keys and checks the
device is signed; a new device (after a lost store) is signed with the same keys;
keys on the server that are not the ones in the folder are replaced, which the server
only allows with the account's password (user-interactive auth).
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from Crypto.PublicKey import ECC
from Crypto.Signature import eddsa

log = logging.getLogger(__name__)
FILE = "cross_signing.json"
USAGES = ("master", "self_signing", "user_signing")

# (method, path, body) -> (HTTP status, JSON body): the homeserver's client API.
Request = Callable[[str, str, Mapping[str, Any]], Awaitable[tuple[int, dict[str, Any]]]]


def b64(data: bytes) -> str:
    """Unpadded base64, as Matrix writes keys and signatures."""
    return base64.b64encode(data).decode("ascii").rstrip("=")


def unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def canonical(obj: Mapping[str, Any]) -> bytes:
    """Matrix canonical JSON of an object, without its signatures and unsigned part."""
    plain = {k: v for k, v in obj.items() if k not in ("signatures", "unsigned")}
    return json.dumps(plain, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True, slots=True)
class SigningKey:
    seed: bytes

    @property
    def public(self) -> str:
        key = ECC.construct(curve="ed25519", seed=self.seed)
        return b64(key.public_key().export_key(format="raw"))

    def sign(self, obj: Mapping[str, Any]) -> str:
        key = ECC.construct(curve="ed25519", seed=self.seed)
        return b64(eddsa.new(key, "rfc8032").sign(canonical(obj)))


@dataclass(frozen=True, slots=True)
class CrossSigningKeys:
    master: SigningKey
    self_signing: SigningKey
    user_signing: SigningKey

    @classmethod
    def generate(cls) -> CrossSigningKeys:
        return cls(*(SigningKey(secrets.token_bytes(32)) for _ in USAGES))

    def uploads(self, user_id: str) -> dict[str, Any]:
        """The body of /keys/device_signing/upload: the public keys, the two below the
        master signed by it."""
        body: dict[str, Any] = {}
        for usage in USAGES:
            key: SigningKey = getattr(self, usage)
            entry: dict[str, Any] = {
                "user_id": user_id,
                "usage": [usage],
                "keys": {f"ed25519:{key.public}": key.public},
            }
            if usage != "master":
                signature = self.master.sign(entry)
                entry["signatures"] = {user_id: {f"ed25519:{self.master.public}": signature}}
            body[f"{usage}_key"] = entry
        return body


def load(folder: Path) -> CrossSigningKeys | None:
    try:
        raw = json.loads((folder / FILE).read_text(encoding="utf-8"))
        return CrossSigningKeys(*(SigningKey(unb64(raw[usage])) for usage in USAGES))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        log.warning("Matrix: %s in the store folder is damaged; making new keys", FILE)
        return None


def save(folder: Path, keys: CrossSigningKeys) -> None:
    data = json.dumps({usage: b64(getattr(keys, usage).seed) for usage in USAGES})
    temporary = folder / f".{FILE}.new"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, folder / FILE)


def _public_of(entry: Mapping[str, Any] | None) -> str | None:
    keys = (entry or {}).get("keys") or {}
    return next(iter(keys.values()), None) if isinstance(keys, dict) else None


async def http(homeserver: str, token: str) -> Request:
    """A :data:`Request` for the client API at ``homeserver`` with an access token."""
    import aiohttp

    base = homeserver.rstrip("/") + "/_matrix/client/v3"
    headers = {"Authorization": f"Bearer {token}"}
    timeout = aiohttp.ClientTimeout(total=30)

    async def request(
        method: str, path: str, body: Mapping[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        async with (
            aiohttp.ClientSession(timeout=timeout, headers=headers) as session,
            session.request(method, base + path, json=body) as response,
        ):
            try:
                answer = await response.json(content_type=None)
            except ValueError:
                answer = {}
            return response.status, answer if isinstance(answer, dict) else {}

    return request


async def ensure(
    request: Request,
    user_id: str,
    device_id: str,
    folder: Path,
    password: str | None,
) -> str:
    """Make sure the account's cross-signing keys are ours and this device is signed.

    Returns what was done, for the log: "signed", "already signed", or why not.
    """
    status, found = await request("POST", "/keys/query", {"device_keys": {user_id: []}})
    if status != 200:
        return f"keys could not be read ({status})"
    on_server = _public_of(found.get("master_keys", {}).get(user_id))
    keys = load(folder)
    if keys is None or on_server != keys.master.public:
        if keys is None:
            keys = CrossSigningKeys.generate()
            save(folder, keys)  # before the upload: never keys on the server we do not hold
        outcome = await _upload(request, user_id, keys, password, replacing=on_server is not None)
        if outcome:
            return outcome
    device = found.get("device_keys", {}).get(user_id, {}).get(device_id)
    if device is None:
        return "this device's keys are not on the server yet"
    key_id = f"ed25519:{keys.self_signing.public}"
    if key_id in device.get("signatures", {}).get(user_id, {}):
        return "already signed"
    signed = {**{k: v for k, v in device.items() if k not in ("signatures", "unsigned")}}
    signed["signatures"] = {user_id: {key_id: keys.self_signing.sign(device)}}
    status, answer = await request(
        "POST", "/keys/signatures/upload", {user_id: {device_id: signed}}
    )
    if status != 200 or answer.get("failures"):
        return f"the device signature was refused ({status})"
    return "signed"


async def _upload(
    request: Request,
    user_id: str,
    keys: CrossSigningKeys,
    password: str | None,
    *,
    replacing: bool,
) -> str:
    """Upload the public keys; "" when done, else why not."""
    body = keys.uploads(user_id)
    status, answer = await request("POST", "/keys/device_signing/upload", body)
    if status == 401 and "session" in answer:
        # Replacing keys (and, on some servers, the first upload) needs the password.
        if not password:
            why = "replacing the keys on the server" if replacing else "uploading the keys"
            return f"{why} needs the account's password"
        auth = {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": user_id},
            "password": password,
            "session": answer["session"],
        }
        status, answer = await request(
            "POST", "/keys/device_signing/upload", {**body, "auth": auth}
        )
    if status != 200:
        return f"the keys were refused ({status} {answer.get('errcode', '')})".rstrip()
    return ""
