"""`verbonden doctor` on a healthy setup and on broken ones: each problem names its fix."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app.cli import main
from tests.support.postgres import Server
from tests.support.telegram_emulator import TelegramEmulator

TOKEN = "515151515:AAH-verbonden_doctor_TEST"
ENV = "VERBONDEN_DOCTOR_TEST_TOKEN"


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator(token=TOKEN, username="verbonden_doctor_bot") as emulator:
        yield emulator


def config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[database]\npath = "{tmp_path / "db.sqlite3"}"\n\n{body}', encoding="utf-8")
    return path


def telegram(emu: TelegramEmulator, base_url: str | None = None) -> str:
    return (
        f'[telegram]\nenabled = true\ntoken_env = "{ENV}"\n'
        f'base_url = "{base_url or emu.base_url}"\nbase_file_url = "{emu.base_file_url}"\n'
    )


async def doctor(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    # In a thread: the emulator answers on this test's event loop.
    code = await asyncio.to_thread(main, ["--config", str(path), "doctor"])
    return code, capsys.readouterr().out


async def test_a_healthy_setup(
    emu: TelegramEmulator,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENV, TOKEN)
    ops = '\n[ops]\nlisten = "127.0.0.1:9464"\n'
    code, out = await doctor(config(tmp_path, telegram(emu) + ops), capsys)
    assert code == 0, out
    assert "ok       telegram: connected as @verbonden_doctor_bot (polling)" in out
    assert "does not exist yet; it is made at the first start" in out
    assert "ok       crisis lines and safety model" in out
    assert out.rstrip().endswith("no problems found")


@pytest.mark.parametrize(
    ("token", "base", "problem", "fix"),
    [
        (None, None, f"no token in ${ENV}", f"export {ENV}=<the token from @BotFather>"),
        ("123:wrong", None, "is not accepted", "copy it again from @BotFather"),
        (TOKEN, "http://127.0.0.1:1/bot", "does not answer", "[telegram] base_url"),
    ],
)
async def test_telegram_problems_name_their_fix(
    emu: TelegramEmulator,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    token: str | None,
    base: str | None,
    problem: str,
    fix: str,
) -> None:
    if token:
        monkeypatch.setenv(ENV, token)
    else:
        monkeypatch.delenv(ENV, raising=False)
    code, out = await doctor(config(tmp_path, telegram(emu, base)), capsys)
    assert code == 1
    [line] = [x for x in out.splitlines() if x.startswith("PROBLEM  telegram")]
    assert problem in line
    assert fix in out.split(line, 1)[1].splitlines()[1]
    assert out.rstrip().endswith("1 problem(s) found")


async def test_database_nothing_enabled_and_matrix_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db.sqlite3"
    with sqlite3.connect(db) as conn:  # written by a newer Verbonden
        conn.execute("PRAGMA user_version = 999")
    code, out = await doctor(config(tmp_path, ""), capsys)
    assert code == 1
    assert "PROBLEM  database: schema 999 is newer than this Verbonden" in out
    assert "Fix: upgrade Verbonden to the version that wrote it" in out
    assert "PROBLEM  no chat network is enabled" in out
    assert "Fix: set enabled = true under [telegram] or [matrix]" in out
    db.unlink()
    monkeypatch.delenv("VERBONDEN_MATRIX_PASSWORD", raising=False)
    matrix = (
        '[matrix]\nenabled = true\nhomeserver = "http://127.0.0.1:1"\nuser_id = "@v:example.org"\n'
    )
    code, out = await doctor(config(tmp_path, matrix), capsys)
    assert code == 1
    assert "PROBLEM  matrix: http://127.0.0.1:1 does not answer as a homeserver" in out
    assert "Fix: check [matrix] homeserver" in out


def test_a_broken_config_names_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[ops]\nlisten = "everywhere"\n', encoding="utf-8")
    assert main(["--config", str(path), "doctor"]) == 2
    assert 'Fix: listen = "127.0.0.1:9464"' in capsys.readouterr().err


def test_doctor_on_postgresql(postgres_server: Server) -> None:
    """The database check against a server: its schema, never migrated by looking."""
    from bot.app.doctor import database_server
    from bot.store.db import LATEST_VERSION

    url = postgres_server.new_database()
    fresh = database_server(url, None)
    assert fresh.ok and "schema 0" in fresh.what and "verbonden db migrate" in fresh.what
    assert "host=" not in fresh.what  # shown without the socket query
    assert database_server(url, None).what == fresh.what  # looking changed nothing
    assert main(["db", "migrate", "--db", url]) == 0
    assert database_server(url, None).what.endswith(f"schema {LATEST_VERSION}")
    gone = database_server(url.replace("/t_", "/gone_"), None)
    assert not gone.ok and "does not exist" in gone.what and "password_env" in gone.fix
