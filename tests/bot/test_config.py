"""Config errors name the key and the fix; nothing starts half-configured."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.config import Config, ConfigError, load_config, parse_config, secret

EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.toml"


def test_example_config_is_the_default() -> None:
    # Every setting is documented in the example, with its real default.
    assert load_config(EXAMPLE) == Config()


def test_no_file_means_defaults() -> None:
    assert load_config(None) == Config()


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ({"telegram": {"tokn_env": "X"}}, ["[telegram]", "'tokn_env'", "Did you mean 'token_env'"]),
        ({"telegrm": {}}, ["unknown section [telegrm]", "Did you mean [telegram]"]),
        (
            {"telegram": {"enabled": "yes"}},
            ["[telegram] enabled", "true or false", "Fix: enabled = false"],
        ),
        ({"telegram": {"mode": "poll"}}, ["[telegram] mode", '"polling"', 'Fix: mode = "polling"']),
        ({"database": {"durability": 3}}, ["[database] durability", "one of"]),
        ({"scheduler": {"tick_seconds": "30"}}, ["[scheduler] tick_seconds", "a whole number"]),
        ({"matrix": {"allowed_servers": "example.org"}}, ["[matrix] allowed_servers", "a list"]),
        ({"matrix": {"enabled": True}}, ["[matrix] homeserver is empty", "Fix: homeserver ="]),
        (
            {"matrix": {"enabled": True, "homeserver": "https://m.org", "user_id": "bot"}},
            ["[matrix] user_id must look like", "@verbonden:example.org"],
        ),
        ({"telegram": {"enabled": True, "mode": "webhook"}}, ["webhook_url", "Fix: webhook_url"]),
        (
            {"scheduler": {"quiet_hours_start": 25}},
            ["[scheduler] quiet_hours_start", "0 to 23", "Fix: quiet_hours_start = 22"],
        ),
        (
            {"scheduler": {"quiet_hours_end": -1}},
            ["[scheduler] quiet_hours_end", "0 to 23", "Fix: quiet_hours_end = 8"],
        ),
        ({"scheduler": {"quiet_hours_end": True}}, ["quiet_hours_end", "a whole number"]),
        ({"logging": []}, ["[logging] must be a table"]),
        (
            {"database": {"url": "mysql://db/verbonden"}},
            ["[database] url", "not a PostgreSQL address", 'url = ""'],
        ),
        (
            {"database": {"url": "postgresql://bot:geheim@db/verbonden"}},
            ["holds a password", "password_env"],
        ),
    ],
)
def test_bad_config_names_key_and_fix(raw: dict[str, object], words: list[str]) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(raw, "my.toml")
    message = str(info.value)
    assert message.startswith("my.toml")
    for word in words:
        assert word in message


def test_equal_quiet_hours_mean_none() -> None:
    # The scheduler and the daily question's dialogue both read this as "no quiet hours"
    # (tests/bot/core/dialogue/test_quiet_hours.py).
    config = parse_config({"scheduler": {"quiet_hours_start": 0, "quiet_hours_end": 0}})
    assert (config.scheduler.quiet_hours_start, config.scheduler.quiet_hours_end) == (0, 0)


def test_lists_become_tuples() -> None:
    config = parse_config({"matrix": {"allowed_servers": ["a.org", "b.org"]}})
    assert config.matrix.allowed_servers == ("a.org", "b.org")


def test_missing_file_says_how_to_start(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"Copy config\.example\.toml"):
        load_config(tmp_path / "nope.toml")


def test_broken_toml_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[telegram\nenabled = true\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_secret_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_TOKEN", "abc")
    assert secret("MY_TOKEN", "[telegram] token") == "abc"
    monkeypatch.delenv("MY_TOKEN")
    with pytest.raises(ConfigError, match="set the environment variable MY_TOKEN"):
        secret("MY_TOKEN", "[telegram] token")


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (
            {"scheduler": {"tick_seconds": 0}},
            ["tick_seconds = 0", "from 1", "Fix: tick_seconds = 30"],
        ),
        ({"scheduler": {"missed_window_minutes": -5}}, ["missed_window_minutes", "out of range"]),
        ({"scheduler": {"busy_minutes": -1}}, ["busy_minutes = -1", "out of range"]),
        ({"telegram": {"messages_per_second": 0}}, ["messages_per_second", "from 0.1"]),
    ],
)
def test_numbers_that_would_break_the_service_are_refused(
    raw: dict[str, Any], words: list[str]
) -> None:
    """Before: `tick_seconds = 0` was accepted and the scheduler spun in a busy loop."""
    with pytest.raises(ConfigError) as caught:
        parse_config(raw, "bot.toml")
    for word in words:
        assert word in str(caught.value)


def test_a_postgresql_url_is_the_target_and_local_files_stay_put(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = parse_config(
        {"database": {"url": "postgresql://bot@db/verbonden", "password_env": "PG_TEST_PW"}}
    )
    assert config.database.target == "postgresql://bot@db/verbonden"
    assert config.database.resolved_path.endswith("verbonden.sqlite3")  # the local folder
    monkeypatch.delenv("PG_TEST_PW", raising=False)
    with pytest.raises(ConfigError, match="PG_TEST_PW"):
        config.database.password()
    monkeypatch.setenv("PG_TEST_PW", "geheim")
    assert config.database.password() == "geheim"
