"""A real PostgreSQL server for the tests: Debian's binaries, a temp data directory,
a Unix socket only (no TCP port), stopped and removed at the end.

``initdb`` and ``postgres`` refuse to run as root, so when the tests run as root
the server runs as the ``postgres`` user (``runuser``), which owns the directory.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


def binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder, or None when there is none."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    return Path(found[-1]).parent if found else None


@dataclass(frozen=True)
class Server:
    folder: Path  # data directory and socket, removed on stop
    bin: Path

    @property
    def socket_dir(self) -> Path:
        return self.folder / "sock"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@/{database}?host={self.socket_dir}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        done = subprocess.run(
            [
                *(str(self.bin / "psql"), "-X", "-q", "-t", "-A", "-h", str(self.socket_dir)),
                *("-U", "postgres", "-d", database, "-c", sql),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout.strip()

    def new_database(self) -> str:
        """A fresh empty database's URL (each test its own: nothing leaks between them)."""
        name = "t_" + uuid.uuid4().hex[:12]
        self.psql(f"CREATE DATABASE {name}")
        return self.url(name)


# A watchdog beside the server: if the test process dies without stopping it (SIGKILL,
# a CI timeout), the server is stopped and its folder removed within a second instead
# of living on. argv: the test process's pid, pg_ctl, the data folder, the temp folder,
# then the command prefix to run pg_ctl as the server's user.
_WATCHDOG = """
import os, shutil, subprocess, sys, time
parent, pg_ctl, data, folder, *user = sys.argv[1:]
while True:
    try:
        os.kill(int(parent), 0)
    except ProcessLookupError:
        break
    if not os.path.isdir(data):
        sys.exit(0)  # stopped and removed the normal way
    time.sleep(0.5)
subprocess.run([*user, pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"], capture_output=True)
shutil.rmtree(folder, ignore_errors=True)
"""


def _as_server_user() -> list[str]:
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


@contextlib.contextmanager
def running(*, durable: bool = False) -> Iterator[Server]:
    """Start a throwaway server; stop it and remove its files afterwards.

    ``durable``: fsync as a real server does (benchmarks); tests need no power-cut safety."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError(
            "PostgreSQL is not installed: ./scripts/test installs Debian's 'postgresql' "
            "package (apt-get install postgresql) when it is missing"
        )
    folder = Path(tempfile.mkdtemp(prefix="verbonden-pg-"))
    folder.chmod(0o755)
    data, sock = folder / "data", folder / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(sock, "postgres")
    user = _as_server_user()
    log = folder / "server.log"
    try:
        subprocess.run(
            [
                *(*user, str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres"),
                *("-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"),
            ],
            check=True,
            capture_output=True,
        )
        # No TCP at all; fsync off unless durable: a test server need not survive power loss.
        fsync = "on" if durable else "off"
        options = f"-k {sock} -c listen_addresses='' -c fsync={fsync} -c max_connections=200"
        subprocess.run(
            [
                *(*user, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log)),
                *("-w", "-o", options, "start"),
            ],
            check=True,
            capture_output=True,
        )
        pg_ctl = str(bin_dir / "pg_ctl")
        watch = [sys.executable, "-c", _WATCHDOG, str(os.getpid()), pg_ctl, str(data)]
        watchdog = subprocess.Popen(
            [*watch, str(folder), *user],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not killed with the test process's group
        )
        try:
            yield Server(folder, bin_dir)
        finally:
            subprocess.run(
                [*user, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
                check=False,
                capture_output=True,
            )
            shutil.rmtree(folder, ignore_errors=True)
            watchdog.wait(5)  # it sees the folder gone and ends
    finally:
        shutil.rmtree(folder, ignore_errors=True)
