"""Where the Matrix store lives and how the login is kept."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from adapters.matrix.session import (
    CREDENTIALS,
    Credentials,
    load_credentials,
    open_session,
    save_credentials,
    store_dir,
)
from bot.config import Config, ConfigError, DatabaseConfig, MatrixConfig


def test_store_dir_defaults_next_to_the_database(tmp_path: Path) -> None:
    config = Config(database=DatabaseConfig(path=str(tmp_path / "db" / "v.sqlite3")))
    assert store_dir(MatrixConfig(), config) == tmp_path / "db" / "matrix"
    explicit = MatrixConfig(store_dir=str(tmp_path / "elders"))
    assert store_dir(explicit, config) == tmp_path / "elders"
    memory = Config(database=DatabaseConfig(path=":memory:"))
    assert store_dir(MatrixConfig(), memory).name == "matrix"


def test_credentials_round_trip_private(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    creds = Credentials("http://127.0.0.1:8008", "@bot:localhost", "DEVICE", "secret")
    save_credentials(folder, creds)
    path = folder / CREDENTIALS
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_credentials(folder) == creds
    path.write_text("{not json")
    assert load_credentials(folder) is None
    assert load_credentials(tmp_path / "nowhere") is None


async def test_no_secret_says_which_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VB_TEST_NO_PW", raising=False)
    monkeypatch.delenv("VB_TEST_NO_TOKEN", raising=False)
    matrix = MatrixConfig(
        homeserver="http://127.0.0.1:1",
        user_id="@bot:localhost",
        password_env="VB_TEST_NO_PW",
        access_token_env="VB_TEST_NO_TOKEN",
    )
    with pytest.raises(ConfigError, match=r"VB_TEST_NO_PW.*VB_TEST_NO_TOKEN"):
        await open_session(matrix, tmp_path / "store")
