"""`verbonden doctor`: what is wrong with this setup, and how to fix it.

Each check prints one line: ``ok`` or ``PROBLEM`` with what was found and what to do.
Nothing is changed: the database is opened read-only, nothing is sent to anyone.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.config import Config
from bot.store.db import LATEST_VERSION, DatabaseUnreadable, schema_version_of

TIMEOUT = 5.0  # seconds for each network check


@dataclass(frozen=True, slots=True)
class Finding:
    ok: bool
    what: str
    fix: str = ""

    def line(self) -> str:
        if self.ok:
            return f"ok       {self.what}"
        return f"PROBLEM  {self.what}\n         Fix: {self.fix}"


def _get(url: str) -> tuple[int, bytes]:
    """GET ``url``: (HTTP status, body); status 0 when nothing answered."""
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            return int(response.status), response.read()
    except urllib.error.HTTPError as exc:
        return int(exc.code), exc.read()
    except (urllib.error.URLError, OSError, ValueError):
        return 0, b""


def database(path: str) -> Finding:
    if path == ":memory:":
        return Finding(True, "database: in memory (nothing is kept after a stop)")
    file = Path(path)
    if not file.exists():
        folder = file.parent
        while not folder.exists():
            folder = folder.parent
        if os.access(folder, os.W_OK):
            return Finding(
                True, f"database: {file} does not exist yet; it is made at the first start"
            )
        return Finding(
            False,
            f"database: cannot create {file} ({folder} is not writable)",
            f"give the bot's user write access to {folder}, or set [database] path",
        )
    try:
        version = schema_version_of(file, timeout=TIMEOUT)
    except DatabaseUnreadable as exc:
        return Finding(
            False,
            f"database: {file} cannot be read ({exc})",
            "check the file's owner and permissions; restore it from a backup if it is damaged",
        )
    if version > LATEST_VERSION:
        return Finding(
            False,
            f"database: schema {version} is newer than this Verbonden ({LATEST_VERSION})",
            "upgrade Verbonden to the version that wrote it (never run an older one on it)",
        )
    if not os.access(file, os.W_OK):
        return Finding(
            False,
            f"database: {file} is read-only for this user",
            f"give the bot's user write access to {file}",
        )
    note = (
        ""
        if version == LATEST_VERSION
        else f" (migrated from {version} to {LATEST_VERSION} at the next start: back it up first)"
    )
    return Finding(True, f"database: {file}, schema {version}{note}")


def database_server(url: str, password: str | None) -> Finding:
    """PostgreSQL: reachable, and at which schema (read only: nothing is migrated)."""
    import asyncio

    from bot.store.backends import DatabaseUnreachable, shown
    from bot.store.db import DatabaseTooNew, Store

    try:
        found, _ = asyncio.run(
            asyncio.wait_for(Store.versions(url, password=password), TIMEOUT * 2)
        )
    except DatabaseTooNew:
        return Finding(
            False,
            f"database: {shown(url)} has a schema newer than this Verbonden ({LATEST_VERSION})",
            "upgrade Verbonden to the version that wrote it (never run an older one on it)",
        )
    except (DatabaseUnreachable, TimeoutError) as exc:
        return Finding(
            False,
            f"database: {exc or 'PostgreSQL did not answer in time'}",
            "check [database] url, that the server runs, and the password in password_env",
        )
    note = (
        ""
        if found == LATEST_VERSION
        else f" (migrated to {LATEST_VERSION} by the first worker to start, or now with "
        "`verbonden db migrate`: back it up first)"
    )
    return Finding(True, f"database: {shown(url)}, schema {found}{note}")


def telegram(config: Config, get: Callable[[str], tuple[int, bytes]] = _get) -> Finding:
    tg = config.telegram
    token = os.environ.get(tg.token_env, "").strip()
    if not token:
        return Finding(
            False,
            f"telegram: no token in ${tg.token_env}",
            f"export {tg.token_env}=<the token from @BotFather>",
        )
    status, body = get(f"{tg.base_url}{token}/getMe")
    if status == 0:
        return Finding(
            False,
            f"telegram: {tg.base_url.split('/bot')[0]} does not answer",
            "check the network, a proxy or firewall, and [telegram] base_url",
        )
    if status in (401, 404):
        return Finding(
            False,
            f"telegram: the token in ${tg.token_env} is not accepted",
            "copy it again from @BotFather (/mybots -> API Token)",
        )
    try:
        username = json.loads(body)["result"]["username"]
    except (ValueError, KeyError, TypeError):
        return Finding(
            False,
            f"telegram: getMe answered {status} without a bot",
            "check [telegram] base_url: it must be a Bot API server",
        )
    if tg.mode == "webhook" and not os.environ.get(tg.webhook_secret_env, "").strip():
        return Finding(
            False,
            f"telegram: webhook mode without a secret in ${tg.webhook_secret_env}",
            f"export {tg.webhook_secret_env}=<letters, digits, _ and -, up to 256>",
        )
    return Finding(True, f"telegram: connected as @{username} ({tg.mode})")


def matrix(config: Config, get: Callable[[str], tuple[int, bytes]] = _get) -> Finding:
    mx = config.matrix
    homeserver = mx.homeserver.rstrip("/")
    status, _ = get(f"{homeserver}/_matrix/client/versions")
    if status != 200:
        return Finding(
            False,
            f"matrix: {homeserver} does not answer as a homeserver",
            "check [matrix] homeserver (the client-server API address) and the network",
        )
    has_login = any(os.environ.get(n, "").strip() for n in (mx.password_env, mx.access_token_env))
    database_path = config.database.resolved_path
    folder = Path(mx.store_dir or Path(database_path).parent / "matrix").expanduser()
    stored = (folder / "credentials.json").exists()
    if not has_login and not stored:
        return Finding(
            False,
            f"matrix: nothing to log in with (no ${mx.password_env}, "
            f"no ${mx.access_token_env}, no stored login)",
            f"export {mx.password_env}=<the bot account's password>",
        )
    login = f"stored in {folder}" if stored else "from the environment"
    return Finding(True, f"matrix: {homeserver} answers; login {login}")


def checks(
    config: Config,
    content_problem: Callable[[], str | None],
    build_engine: Callable[[Config], object],
) -> Iterator[Finding]:
    try:
        build_engine(config)
    except Exception as exc:
        yield Finding(
            False,
            f"dialogues: {exc}",
            "fix the dialogue file named above; `verbonden check` shows more",
        )
    else:
        yield Finding(True, "dialogues, intents and texts load")
    problem = content_problem()
    yield Finding(
        problem is None,
        problem or "crisis lines and safety model",
        "reinstall Verbonden, or restore the file named above",
    )
    if config.database.url:
        try:
            password = config.database.password()
        except ValueError as exc:  # ConfigError: the password's variable is not set
            yield Finding(False, f"database: {exc}", "export the variable named in password_env")
        else:
            yield database_server(config.database.url, password)
    else:
        yield database(config.database.resolved_path)
    if not (config.telegram.enabled or config.matrix.enabled):
        yield Finding(
            False,
            "no chat network is enabled, so `verbonden run` has nothing to run",
            "set enabled = true under [telegram] or [matrix] (see config.example.toml)",
        )
    if config.telegram.enabled:
        yield telegram(config)
    if config.matrix.enabled:
        yield matrix(config)
    if config.ops.listen:
        yield Finding(
            True,
            f"ops endpoint: http://{config.ops.listen}/readyz (check with `verbonden healthcheck`)",
        )


def healthcheck(url: str) -> tuple[bool, str]:
    status, body = _get(url)
    if status == 0:
        return False, f"{url}: nothing answers (is the bot running with [ops] listen set?)"
    return status == 200, f"{url}: {status} {body.decode('utf-8', 'replace').strip()}"
