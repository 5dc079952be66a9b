"""The `verbonden` command: check, diagram, run without adapters, config errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.app.cli import main
from bot.core.dialogue.model import DIALOGUE_DIR
from tests.support.postgres import Server


def test_check_passes_on_shipped_dialogues(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "ok  gevoelens" in out and "dialogues checked" in out


def test_check_names_the_broken_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "d"
    shutil.copytree(DIALOGUE_DIR, folder, ignore=shutil.ignore_patterns("transcripts", "*.py"))
    text = (folder / "rust.yaml").read_text(encoding="utf-8").replace("next: zien", "next: zie")
    (folder / "rust.yaml").write_text(text, encoding="utf-8")
    assert main(["check", "--dir", str(folder)]) == 2
    assert "rust.yaml, state 'adem': unknown target state 'zie'" in capsys.readouterr().err


def test_diagram_writes_mermaid(tmp_path: Path) -> None:
    assert main(["diagram", "herkaderen", "--out", str(tmp_path), "--no-image"]) == 0
    text = (tmp_path / "herkaderen.mmd").read_text(encoding="utf-8")
    assert "stateDiagram-v2" in text and "geloof" in text


def test_diagram_unknown_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagram", "bestaatniet", "--no-image"]) == 2
    assert "No dialogue called 'bestaatniet'" in capsys.readouterr().err


def test_run_without_adapters_explains(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run"]) == 2
    assert "No chat network is enabled" in capsys.readouterr().err


def test_bad_config_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "c.toml"
    bad.write_text("[telegram]\nenabeld = true\n", encoding="utf-8")
    assert main(["--config", str(bad), "check"]) == 2
    assert "Did you mean 'enabled'" in capsys.readouterr().err


def test_run_refuses_to_start_without_the_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MY_BOT_TOKEN", raising=False)
    config = tmp_path / "c.toml"
    config.write_text(
        '[telegram]\nenabled = true\ntoken_env = "MY_BOT_TOKEN"\n'
        f'[database]\npath = "{tmp_path / "db.sqlite3"}"\n',
        encoding="utf-8",
    )
    assert main(["--config", str(config), "run"]) == 2
    assert "set the environment variable MY_BOT_TOKEN" in capsys.readouterr().err


def test_db_status_and_migrate_on_postgresql(
    postgres_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.store.db import LATEST_VERSION

    url = postgres_server.new_database()
    assert main(["db", "status", "--db", url]) == 0
    said = capsys.readouterr().out
    assert f"schema 0, this Verbonden knows {LATEST_VERSION}" in said
    assert "host=" not in said  # the address is shown without its socket query
    assert main(["db", "migrate", "--db", url]) == 0
    assert f"migrated from 0 to {LATEST_VERSION}" in capsys.readouterr().out
    assert main(["db", "status", "--db", url]) == 0
    assert "up to date" in capsys.readouterr().out
    missing = url.replace("/t_", "/gone_")
    assert main(["db", "status", "--db", missing]) == 2
    said = capsys.readouterr().err
    assert "cannot use the PostgreSQL database" in said and "does not exist" in said


def test_db_status_and_migrate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.store.db import LATEST_VERSION

    db = str(tmp_path / "bot.sqlite3")
    assert main(["db", "status", "--db", db]) == 0
    assert "no database yet" in capsys.readouterr().out
    assert main(["db", "migrate", "--db", db]) == 0
    assert f"migrated from 0 to {LATEST_VERSION}" in capsys.readouterr().out
    assert main(["db", "status", "--db", db]) == 0
    assert "up to date" in capsys.readouterr().out
    assert main(["db", "migrate", "--db", db]) == 0
    assert "already up to date" in capsys.readouterr().out


def test_a_newer_database_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: an older release ran against a newer schema without a word."""
    import sqlite3

    from bot.store.db import LATEST_VERSION

    db = tmp_path / "bot.sqlite3"
    assert main(["db", "migrate", "--db", str(db)]) == 0
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version={LATEST_VERSION + 1}")
    capsys.readouterr()
    assert main(["db", "status", "--db", str(db)]) == 1
    assert "newer than this Verbonden" in capsys.readouterr().out
    assert main(["chat", "--db", str(db), "--jsonl"]) == 2
    said = capsys.readouterr().err
    assert "newer release" in said and "Traceback" not in said
