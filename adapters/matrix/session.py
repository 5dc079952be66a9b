"""Logging in once and staying the same device across restarts.

The bot's device id and access token are kept in ``credentials.json`` in the
store folder (mode 0600), next to nio's encryption store (Olm account, Megolm
sessions, sync position). Together they let a restarted bot continue as the
same device: no new login, and every key it had still works. A password from
the environment is used only for the very first login, or when the server has
revoked the stored token (then the same device id is asked for again).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import nio
import platformdirs

from adapters.matrix.retry import MatrixError, call
from bot.config import Config, ConfigError, MatrixConfig

log = logging.getLogger(__name__)

CREDENTIALS = "credentials.json"


@dataclass(frozen=True, slots=True)
class Credentials:
    homeserver: str
    user_id: str
    device_id: str
    access_token: str


def store_dir(matrix: MatrixConfig, config: Config | None) -> Path:
    """``[matrix] store_dir``, or a "matrix" folder next to the database."""
    if matrix.store_dir:
        return Path(matrix.store_dir).expanduser()
    database = config.database.resolved_path if config else ""
    if database and database != ":memory:":
        return Path(database).expanduser().parent / "matrix"
    return Path(platformdirs.user_data_dir("verbonden", appauthor=False)) / "matrix"


def client_config() -> Any:
    """nio never retries by itself: the adapter does, with bounds (see retry.py).

    The sync token is saved by the adapter, only after the events of a sync were
    handled, so ``store_sync_tokens`` stays off.
    """
    return nio.AsyncClientConfig(
        encryption_enabled=True,
        store_sync_tokens=False,
        max_limit_exceeded=0,
        max_timeouts=0,
        request_timeout=30,
    )


def load_credentials(folder: Path) -> Credentials | None:
    path = folder / CREDENTIALS
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Credentials(
            homeserver=str(raw["homeserver"]),
            user_id=str(raw["user_id"]),
            device_id=str(raw["device_id"]),
            access_token=str(raw["access_token"]),
        )
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        log.warning("ignoring an unreadable %s in the Matrix store folder", CREDENTIALS)
        return None


def save_credentials(folder: Path, credentials: Credentials) -> None:
    """Write atomically, readable by the bot's user only."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / CREDENTIALS
    temporary = folder / (CREDENTIALS + ".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(asdict(credentials), out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)


def _env(name: str) -> str:
    return os.environ.get(name, "").strip() if name else ""


def _new_client(matrix: MatrixConfig, folder: Path, device_id: str = "") -> Any:
    return nio.AsyncClient(
        matrix.homeserver.rstrip("/"),
        matrix.user_id,
        device_id=device_id,
        store_path=str(folder),
        config=client_config(),
    )


async def open_session(matrix: MatrixConfig, folder: Path) -> Any:
    """A logged-in ``nio.AsyncClient`` with its encryption store loaded.

    Order: the stored device (if it belongs to this account and server), an
    access token from the environment, a password login. Raises ConfigError
    when there is nothing to log in with.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # noqa: ASYNC240  (instant, once)
    stored = load_credentials(folder)
    token = _env(matrix.access_token_env)
    homeserver = matrix.homeserver.rstrip("/")
    if stored and (stored.user_id != matrix.user_id or stored.homeserver != homeserver):
        log.warning("stored Matrix login is for another account or server; logging in anew")
        stored = None
    if stored and token and token != stored.access_token:
        stored = None  # the operator gave a new token: that one wins
    if stored and not (folder / f"{stored.user_id}_{stored.device_id}.db").exists():
        # The device's keys are gone with its encryption store, but the server still has
        # its public keys: starting as that device fails on every start ("one time key
        # already exists"). A new device is the way out, said once in the log.
        if _env(matrix.password_env):
            log.warning(
                "the encryption store of Matrix device %s is missing; logging in as a new "
                "device (people's clients will see a new, unverified device)",
                stored.device_id,
            )
            return await _password_login(matrix, folder)
        raise ConfigError(
            f"[matrix] the encryption store of device {stored.device_id} is missing from "
            f"{folder}. Set {matrix.password_env} (password) so the bot can log in as a new "
            f"device, or restore the folder from a backup."
        )
    if stored:
        client = _new_client(matrix, folder, stored.device_id)
        client.restore_login(stored.user_id, stored.device_id, stored.access_token)
        state = await _token_state(client)
        if state == "ok":
            return _checked(client)
        # Sync positions belong to the account, not the device: a new device
        # carries on where the old one stopped.
        position = client.store.load_sync_token() if client.store else None
        await _close(client)
        if not _env(matrix.password_env):
            raise ConfigError(
                f"[matrix] the stored login for {matrix.user_id} no longer works. Set "
                f"{matrix.password_env} (password) or {matrix.access_token_env} (a new token)."
            )
        if state == "soft":  # expired, the device still exists: log in as it again
            return await _password_login(matrix, folder, device_id=stored.device_id)
        log.warning("the homeserver logged the bot's device out; logging in as a new device")
        fresh = await _password_login(matrix, folder)
        if position:
            fresh.store.save_sync_token(position)
        return fresh
    if token:
        return await _token_login(matrix, folder, token)
    if _env(matrix.password_env):
        return await _password_login(matrix, folder)
    raise ConfigError(
        f"[matrix] no way to log in as {matrix.user_id}: set the environment variable "
        f"{matrix.password_env} (the account's password) or {matrix.access_token_env} "
        "(an access token). See docs/matrix.md."
    )


async def _token_state(client: Any) -> str:
    """ "ok"; "soft" (expired, log in again as the same device); "gone" (device deleted)."""
    try:
        await call("whoami", client.whoami)
    except MatrixError as exc:
        if exc.status_code == "M_UNKNOWN_TOKEN":
            return "soft" if exc.soft_logout else "gone"
        raise
    return "ok"


async def _token_login(matrix: MatrixConfig, folder: Path, token: str) -> Any:
    probe = _new_client(matrix, folder)
    probe.access_token = token
    probe.user_id = matrix.user_id
    try:
        who = await call("whoami", probe.whoami)
    finally:
        await probe.close()
    if who.user_id != matrix.user_id:
        raise ConfigError(
            f"[matrix] the token in {matrix.access_token_env} belongs to {who.user_id}, "
            f"not to user_id {matrix.user_id}. Fix user_id or the token."
        )
    if not who.device_id:
        raise ConfigError(
            f"[matrix] the token in {matrix.access_token_env} has no device; "
            "log in with a password instead (end-to-end encryption needs a device)."
        )
    client = _new_client(matrix, folder, who.device_id)
    client.restore_login(matrix.user_id, who.device_id, token)
    save_credentials(folder, Credentials(client.homeserver, matrix.user_id, who.device_id, token))
    return _checked(client)


async def _password_login(matrix: MatrixConfig, folder: Path, *, device_id: str = "") -> Any:
    client = _new_client(matrix, folder, device_id)
    try:
        response = await call(
            "login",
            lambda: client.login(_env(matrix.password_env), device_name=matrix.device_name),
            attempts=3,
        )
    except MatrixError as exc:
        await _close(client)
        if exc.status_code == "M_FORBIDDEN":
            raise ConfigError(
                f"[matrix] the homeserver refused the password in {matrix.password_env} "
                f"for {matrix.user_id}."
            ) from None
        raise
    save_credentials(
        folder,
        Credentials(client.homeserver, response.user_id, response.device_id, response.access_token),
    )
    log.info("logged in to Matrix as %s, device %s", response.user_id, response.device_id)
    return _checked(client)


def _checked(client: Any) -> Any:
    if client.olm is None:
        raise ConfigError(
            "matrix-nio has no end-to-end encryption support here. "
            "Install it with: pip install 'verbonden[matrix]' (matrix-nio[e2e])."
        )
    return client


async def relogin(matrix: MatrixConfig, folder: Path, client: Any) -> bool:
    """After a soft logout: log in again as the same device, if a password is set."""
    password = _env(matrix.password_env)
    if not password:
        return False
    response = await call(
        "login", lambda: client.login(password, device_name=matrix.device_name), attempts=3
    )
    save_credentials(
        folder,
        Credentials(client.homeserver, response.user_id, response.device_id, response.access_token),
    )
    return True


async def _close(client: Any) -> None:
    await client.close()
    close_store(client)


def close_store(client: Any) -> None:
    """nio's close() leaves the encryption store's SQLite database open."""
    store = getattr(client, "store", None)
    if store is not None:
        database = getattr(store, "database", None)
        if database is not None and not database.is_closed():
            database.close()
