"""A real Synapse homeserver for the test suite.

Synapse lives in its own virtual env (see ``scripts/install-synapse``), is
configured from scratch in a temporary directory and runs as a subprocess on
127.0.0.1 with a free port. Everything here is synchronous (subprocess +
urllib), so it works from session-scoped fixtures and from any event loop;
the ``*_async`` variants run the same calls in a worker thread so that a bot
sharing the test's event loop keeps running meanwhile.

Use it in tests through the session-scoped ``synapse`` fixture::

    # conftest.py at the project root (pytest_plugins only works there)
    pytest_plugins = ["tests.support.synapse"]

or import the fixture into a test module: ``from tests.support.synapse import
synapse`` (``tests`` is importable only with the project root on ``sys.path``:
a root ``conftest.py`` does that, or ``pythonpath = ["."]`` in pytest's
config; a module inside ``tests/support`` can use ``from .synapse import
synapse``). Both may be used at once, even under two module names: the
fixture shares one server per test session.

Environment variables:

``VERBONDEN_SYNAPSE_VENV``
    Synapse's venv (default ``~/.cache/verbonden/synapse-venv``).
``VERBONDEN_SYNAPSE_LOG_LEVEL``
    Synapse's log level (default ``WARNING``); the log is ``<data_dir>/homeserver.log``.
``VERBONDEN_SYNAPSE_KEEP``
    When ``1``, the data directory is kept after the tests (its path is printed).
"""

from __future__ import annotations

import asyncio
import atexit
import base64
import json
import logging
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
import yaml

from tests.support.synapse_api import _OPENER, SynapseApi
from tests.support.synapse_api import RegisteredUser as RegisteredUser
from tests.support.synapse_api import SynapseError as SynapseError
from tests.support.synapse_api import SynapseHTTPError as SynapseHTTPError

log = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
INSTALL_SCRIPT = PROJECT_ROOT / "scripts" / "install-synapse"
SERVER_NAME = "localhost"

#: Every rate limit a test could trip over, raised far beyond what a test does.
#: Names checked against Synapse 1.163 (synapse/config/ratelimiting.py); older
#: versions ignore names they don't know. A test that wants to provoke
#: M_LIMIT_EXCEEDED lowers the event-sending limit of one user with
#: :meth:`Synapse.override_ratelimit`.
_HIGH = {"per_second": 10_000, "burst_count": 100_000}
RATE_LIMITS: dict[str, Any] = {
    "rc_message": _HIGH,
    "rc_registration": _HIGH,
    "rc_registration_token_validity": _HIGH,
    "rc_login": {"address": _HIGH, "account": _HIGH, "failed_attempts": _HIGH},
    "rc_admin_redaction": _HIGH,
    "rc_joins": {"local": _HIGH, "remote": _HIGH},
    "rc_joins_per_room": _HIGH,
    "rc_3pid_validation": _HIGH,
    "rc_invites": {"per_room": _HIGH, "per_user": _HIGH, "per_issuer": _HIGH},
    "rc_third_party_invite": _HIGH,
    "rc_key_requests": _HIGH,
    "rc_media_create": _HIGH,
    "rc_presence": {"per_user": _HIGH},
    "rc_delayed_event_mgmt": _HIGH,
    "rc_room_creation": _HIGH,
    "rc_reports": _HIGH,
    "rc_user_directory": _HIGH,
    "rc_profile": _HIGH,
    "rc_federation": {
        "window_size": 1000,
        "sleep_limit": 10_000,
        "sleep_delay": 1,
        "reject_limit": 100_000,
        "concurrent": 1000,
    },
}


# Runs Synapse in the same process (so SIGTERM/SIGKILL reach it directly) with
# a watchdog thread: if the test process dies without stopping it (SIGKILL, a
# CI timeout, os._exit), Synapse gets SIGTERM within a second instead of
# living on. argv: parent pid, config path.
_LAUNCHER = """
import os, runpy, signal, sys, threading, time
parent = int(sys.argv[1])
def watch():
    while os.getppid() == parent:
        time.sleep(0.5)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(20)
    os._exit(1)
threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()
sys.argv = ["synapse.app.homeserver", "-c", sys.argv[2]]
runpy.run_module("synapse.app.homeserver", run_name="__main__", alter_sys=True)
"""


def default_venv() -> Path:
    env = os.environ.get("VERBONDEN_SYNAPSE_VENV")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".cache" / "verbonden" / "synapse-venv"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _signing_key_line() -> str:
    # Same format as Synapse's --generate-keys: "ed25519 <key id> <unpadded b64 seed>".
    # Writing it ourselves saves one Synapse start (~2 s).
    seed = secrets.token_bytes(32)
    b64 = base64.b64encode(seed).decode().rstrip("=")
    return f"ed25519 a_{secrets.token_hex(2)} {b64}\n"


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return f"({path.name} does not exist)"
    return "\n".join(text.splitlines()[-lines:]) or f"({path.name} is empty)"


class Synapse(SynapseApi):
    """One Synapse homeserver process with its own data directory.

    ``start()`` may be called again after ``stop()``: it reuses the port, the
    config, the signing key and the database, like a restart of a real server.
    ``close()`` stops it and deletes the data directory.
    """

    def __init__(
        self,
        *,
        venv: Path | None = None,
        data_dir: Path | None = None,
        extra_config: Mapping[str, Any] | None = None,
        log_level: str | None = None,
    ) -> None:
        self.venv = venv or default_venv()
        self._owns_data_dir = data_dir is None
        self.data_dir = data_dir or Path(tempfile.mkdtemp(prefix="verbonden-synapse-"))
        self.extra_config: dict[str, Any] = dict(extra_config or {})
        self.log_level = (
            log_level or os.environ.get("VERBONDEN_SYNAPSE_LOG_LEVEL") or "WARNING"
        ).upper()
        self.port: int | None = None
        self.registration_shared_secret = secrets.token_hex(32)
        self._macaroon_secret_key = secrets.token_hex(32)
        self._form_secret = secrets.token_hex(32)
        self.version: str | None = None
        self.install_seconds: float | None = None
        self.start_seconds: float | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._admin: RegisteredUser | None = None
        self._closed = False
        atexit.register(self._atexit)

    # ----------------------------------------------------------------- paths
    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def config_path(self) -> Path:
        return self.data_dir / "homeserver.yaml"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "homeserver.log"

    @property
    def stdout_path(self) -> Path:
        return self.data_dir / "stdout.log"

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise SynapseError("Synapse has not been started yet")
        return f"http://127.0.0.1:{self.port}"

    @property
    def server_name(self) -> str:
        return SERVER_NAME

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self.running and self._proc else None

    def user_id(self, localpart: str) -> str:
        return f"@{localpart}:{SERVER_NAME}"

    # --------------------------------------------------------------- install
    def install(self) -> str:
        """Run ``scripts/install-synapse`` (a no-op when already installed).

        Returns the installed Synapse version.
        """
        started = time.monotonic()
        env = {**os.environ, "VERBONDEN_SYNAPSE_VENV": str(self.venv)}
        result = subprocess.run(
            ["bash", str(INSTALL_SCRIPT)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        self.install_seconds = time.monotonic() - started
        if result.returncode != 0:
            raise SynapseError(
                f"{INSTALL_SCRIPT} failed with exit code {result.returncode}:\n"
                f"{result.stderr[-4000:]}{result.stdout[-2000:]}"
            )
        last = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
        parts = last.split()
        if len(parts) < 2 or parts[0] != "synapse":
            raise SynapseError(f"unexpected output from {INSTALL_SCRIPT}: {result.stdout!r}")
        self.version = parts[1]
        return self.version

    # ---------------------------------------------------------------- config
    def _config(self) -> dict[str, Any]:
        assert self.port is not None
        d = self.data_dir
        config: dict[str, Any] = {
            "server_name": SERVER_NAME,
            "public_baseurl": f"http://127.0.0.1:{self.port}/",
            "pid_file": str(d / "homeserver.pid"),
            "listeners": [
                {
                    "port": self.port,
                    "bind_addresses": ["127.0.0.1"],
                    "type": "http",
                    "tls": False,
                    "x_forwarded": False,
                    # "client" also serves /_synapse/admin and /_synapse/client.
                    "resources": [{"names": ["client"], "compress": False}],
                }
            ],
            "database": {"name": "sqlite3", "args": {"database": str(d / "homeserver.db")}},
            "log_config": str(d / "log_config.yaml"),
            "media_store_path": str(d / "media_store"),
            "signing_key_path": str(d / "signing.key"),
            "registration_shared_secret": self.registration_shared_secret,
            "macaroon_secret_key": self._macaroon_secret_key,
            "form_secret": self._form_secret,
            "enable_registration": False,
            "report_stats": False,
            "trusted_key_servers": [],
            "suppress_key_server_warning": True,
            "url_preview_enabled": False,
            "enable_metrics": False,
            # Presence only adds sync wake-ups and noise here.
            "presence": {"enabled": False},
            # No one else to talk to: keep everything on this machine.
            "federation_domain_whitelist": [],
            "allow_public_rooms_over_federation": False,
            "user_directory": {"enabled": True, "search_all_users": True},
            **RATE_LIMITS,
        }
        config.update(self.extra_config)
        return config

    def _log_config(self) -> dict[str, Any]:
        return {
            "version": 1,
            "formatters": {
                "precise": {
                    "format": "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - "
                    "%(request)s - %(message)s"
                }
            },
            "handlers": {
                "file": {
                    "class": "logging.FileHandler",
                    "formatter": "precise",
                    "filename": str(self.log_path),
                    "encoding": "utf8",
                }
            },
            "loggers": {"synapse.storage.SQL": {"level": "WARNING"}},
            "root": {"level": self.log_level, "handlers": ["file"]},
            "disable_existing_loggers": False,
        }

    def _write_config(self) -> None:
        """Write config, log config and signing key (once per data dir)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        (self.data_dir / "media_store").mkdir(exist_ok=True)
        key = self.data_dir / "signing.key"
        if not key.exists():
            key.write_text(_signing_key_line())
            key.chmod(0o600)
        (self.data_dir / "log_config.yaml").write_text(
            yaml.safe_dump(self._log_config(), sort_keys=False)
        )
        # The JSON round trip unshares repeated dicts, so YAML has no &id001 aliases.
        plain = json.loads(json.dumps(self._config()))
        self.config_path.write_text(yaml.safe_dump(plain, sort_keys=False))

    # ------------------------------------------------------------- lifecycle
    def start(self, timeout: float = 90.0) -> None:
        """Start Synapse and wait until ``/_matrix/client/versions`` answers.

        The first call picks a free port and writes the config; later calls
        (after :meth:`stop`) reuse both, and the data.
        """
        if self._closed:
            raise SynapseError("this Synapse has been closed")
        if self.running:
            return
        if not self.python.exists():
            raise SynapseError(f"no Synapse venv at {self.venv}: call install() first")
        if self.port is None:
            self.port = _free_port()
            self._write_config()
        started = time.monotonic()
        with self.stdout_path.open("ab") as out:
            self._proc = subprocess.Popen(
                [str(self.python), "-c", _LAUNCHER, str(os.getpid()), str(self.config_path)],
                cwd=self.data_dir,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                # Own process group: a Ctrl-C in the terminal reaches pytest, which
                # then stops Synapse in order instead of both dying at once.
                start_new_session=True,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        try:
            self._wait_until_ready(timeout)
        except BaseException:
            self.stop()
            raise
        self.start_seconds = time.monotonic() - started
        log.info("Synapse up at %s in %.1fs", self.base_url, self.start_seconds)

    def _wait_until_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        url = f"{self.base_url}/_matrix/client/versions"
        last_error: str = ""
        while True:
            assert self._proc is not None
            code = self._proc.poll()
            if code is not None:
                raise SynapseError(
                    f"Synapse exited with code {code} while starting.\n"
                    f"--- {self.stdout_path}:\n{_tail(self.stdout_path)}\n"
                    f"--- {self.log_path}:\n{_tail(self.log_path)}"
                )
            try:
                with _OPENER.open(url, timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (OSError, urllib.error.URLError) as exc:
                last_error = repr(exc)
            if time.monotonic() > deadline:
                raise SynapseError(
                    f"Synapse did not answer {url} within {timeout:.0f}s "
                    f"(last error: {last_error}).\n"
                    f"--- {self.stdout_path}:\n{_tail(self.stdout_path)}\n"
                    f"--- {self.log_path}:\n{_tail(self.log_path)}"
                )
            time.sleep(0.1)

    def stop(self, timeout: float = 15.0) -> None:
        """SIGTERM, then SIGKILL after ``timeout`` seconds; waits for the exit."""
        proc = self._proc
        if proc is None:
            return
        if proc.poll() is None:
            try:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                log.warning("Synapse ignored SIGTERM for %.0fs: killing it", timeout)
                proc.kill()
                proc.wait(timeout=10)
        self._proc = None

    def restart(self, timeout: float = 90.0, downtime: float = 0.0) -> None:
        """Stop and start again on the same port with the same data."""
        self.stop()
        if downtime:
            time.sleep(downtime)
        self.start(timeout=timeout)

    async def restart_async(
        self,
        timeout: float = 90.0,  # noqa: ASYNC109  (passed on to start())
        downtime: float = 0.0,
    ) -> None:
        """Like :meth:`restart`, but lets the event loop (and a bot on it) run."""
        await asyncio.to_thread(self.stop)
        if downtime:
            await asyncio.sleep(downtime)
        await asyncio.to_thread(self.start, timeout)

    def kill(self) -> None:
        """SIGKILL, as in a crash (no clean shutdown); ``start()`` brings it back."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait(timeout=10)
        self._proc = None

    def close(self) -> None:
        """Stop Synapse and remove its data directory (unless VERBONDEN_SYNAPSE_KEEP=1)."""
        if self._closed:
            return
        self._closed = True
        self.stop()
        if self._owns_data_dir:
            if os.environ.get("VERBONDEN_SYNAPSE_KEEP") == "1":
                print(f"Synapse data kept in {self.data_dir}", file=sys.stderr)
            else:
                shutil.rmtree(self.data_dir, ignore_errors=True)
        atexit.unregister(self._atexit)

    def _atexit(self) -> None:
        # Last resort if the test process ends without close(): never leave
        # a Synapse running behind.
        try:
            self.close()
        except Exception:
            if self._proc is not None:
                self._proc.kill()

    def __enter__(self) -> Synapse:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ HTTP


# ------------------------------------------------------------------ fixture
_SESSION_ATTR = "_verbonden_synapse"


@pytest.fixture(scope="session")
def synapse(request: pytest.FixtureRequest) -> Iterator[Synapse]:
    """One Synapse per test session: installed if needed, started, closed at the end."""
    # This module may be imported under two names (tests.support.synapse via a
    # conftest, support.synapse via rootdir-relative imports); share one server.
    shared = getattr(request.session, _SESSION_ATTR, None)
    if shared is not None:
        yield shared
        return
    server = Synapse()
    try:
        server.install()
        server.start()
        _report(
            request,
            f"synapse {server.version}: install check {server.install_seconds:.1f}s, "
            f"start {server.start_seconds:.1f}s, {server.base_url}",
        )
        setattr(request.session, _SESSION_ATTR, server)
        yield server
    finally:
        if getattr(request.session, _SESSION_ATTR, None) is server:
            delattr(request.session, _SESSION_ATTR)
        server.close()


def _report(request: pytest.FixtureRequest, line: str) -> None:
    """Print past pytest's output capture, so timings show in every run."""
    log.info("%s", line)
    capman = request.config.pluginmanager.getplugin("capturemanager")
    reporter = request.config.pluginmanager.getplugin("terminalreporter")
    if capman is None or reporter is None:
        return
    with capman.global_and_fixture_disabled():
        reporter.write_line(f"\n[{line}]")
