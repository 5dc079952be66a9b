"""Configuration: frozen dataclasses read from TOML, with errors a person can act on.

Every problem names the file, the section and the key, says what is wrong and
what to write instead. Nothing starts half-configured: the whole file is checked
before any adapter runs. Secrets (tokens, passwords) never live in the file by
default: the file names the environment variable that holds them.
"""

from __future__ import annotations

import difflib
import os
import tomllib
import types
import typing
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal, get_args, get_origin
from urllib.parse import urlsplit

import platformdirs


class ConfigError(ValueError):
    """The configuration cannot be used; the message says which key and how to fix it."""


def default_database() -> Path:
    return Path(platformdirs.user_data_dir("verbonden", appauthor=False)) / "verbonden.sqlite3"


@dataclass(frozen=True, slots=True)
class DatabaseConfig:
    # SQLite file; ":memory:" keeps nothing after the process ends.
    path: str = ""
    # "full": survives power loss. "normal": survives a crashed process only, but faster.
    durability: Literal["full", "normal"] = "full"
    # PostgreSQL instead ("postgresql://user@host/db"): several workers, one database.
    url: str = ""
    # The environment variable with the PostgreSQL password (never in this file).
    password_env: str = ""

    @property
    def resolved_path(self) -> str:
        """The SQLite file; with PostgreSQL still the folder anchor for local files."""
        return self.path or str(default_database())

    @property
    def target(self) -> str:
        """What the store opens: the PostgreSQL URL when there is one, else the file."""
        return self.url or self.resolved_path

    def password(self) -> str | None:
        return secret(self.password_env, "[database] password_env") if self.password_env else None


@dataclass(frozen=True, slots=True)
class LoggingConfig:
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # Message text is never logged unless this is switched on (for local debugging only).
    log_message_text: bool = False
    # "text" for people, "json" (one object per line) for a log collector.
    format: Literal["text", "json"] = "text"


@dataclass(frozen=True, slots=True)
class OpsConfig:
    # host:port for /healthz, /readyz and /metrics, e.g. "127.0.0.1:9464"; empty: off.
    # Keep it on localhost or a private network: it is for operators, not the internet.
    listen: str = ""


@dataclass(frozen=True, slots=True)
class BotConfig:
    # Region used for crisis lines before a user has chosen one ("" shows both).
    default_region: Literal["", "nl", "be"] = ""
    # Folder with dialogue files; empty means the ones shipped with Verbonden.
    dialogues_dir: str = ""


@dataclass(frozen=True, slots=True)
class TelegramConfig:
    enabled: bool = False
    # Name of the environment variable holding the BotFather token.
    token_env: str = "VERBONDEN_TELEGRAM_TOKEN"
    # Bot API server; change for a local Bot API server or an emulator.
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"
    mode: Literal["polling", "webhook"] = "polling"
    poll_timeout: int = 30
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_url: str = ""
    # Environment variable holding the secret Telegram sends with every webhook call.
    webhook_secret_env: str = "VERBONDEN_TELEGRAM_WEBHOOK_SECRET"
    messages_per_second: float = 30.0
    messages_per_chat_per_second: float = 1.0
    messages_per_group_per_minute: int = 20


@dataclass(frozen=True, slots=True)
class MatrixConfig:
    enabled: bool = False
    homeserver: str = ""
    user_id: str = ""
    # Environment variables with the password or an access token (one is enough).
    password_env: str = "VERBONDEN_MATRIX_PASSWORD"
    access_token_env: str = "VERBONDEN_MATRIX_ACCESS_TOKEN"
    device_name: str = "Verbonden"
    # Keeps encryption keys and the sync token; empty means next to the database.
    store_dir: str = ""
    # Homeservers (e.g. "example.org") whose users may invite the bot; empty: only the bot's
    # own; "*": any server. A list replaces the default, so name the bot's own server too.
    allowed_servers: tuple[str, ...] = ()
    # Room ids or aliases the bot may join whatever the inviter's server.
    allowed_rooms: tuple[str, ...] = ()
    command_prefix: str = "!verbonden"


@dataclass(frozen=True, slots=True)
class SchedulerConfig:
    enabled: bool = True
    # A prompt missed during downtime is sent late at most once, within this window.
    missed_window_minutes: int = 120
    # No daily prompts between these local hours (24h clock); follow-ups wait too.
    # The daily question's dialogue refuses times in them and names them. Equal: none.
    quiet_hours_start: int = 22
    quiet_hours_end: int = 8
    # How often the scheduler looks for due work.
    tick_seconds: int = 30
    # One gentle reminder, this many hours after an unanswered daily question (0: never).
    reminder_after_hours: int = 4
    # Someone who wrote within this many minutes, mid-conversation, is not interrupted.
    busy_minutes: int = 15
    # Daily questions come within this many minutes after the chosen time, each person
    # at their own fixed offset: a bot sends about 30 messages a second, so a crowd at
    # 09:00 is spread out instead of queued (see docs/scaling.md). 0: all at the minute.
    spread_minutes: int = 10
    # Several workers on one database: a reply still unconfirmed after this many seconds
    # lost its worker (killed after committing it) and is sent by the scheduler's holder.
    resend_after_seconds: int = 300


@dataclass(frozen=True, slots=True)
class Config:
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    logging: LoggingConfig = field(default_factory=LoggingConfig)
    bot: BotConfig = field(default_factory=BotConfig)
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    matrix: MatrixConfig = field(default_factory=MatrixConfig)
    scheduler: SchedulerConfig = field(default_factory=SchedulerConfig)
    ops: OpsConfig = field(default_factory=OpsConfig)


def _describe(tp: Any) -> str:
    origin = get_origin(tp)
    if origin is Literal:
        return "one of " + ", ".join(f'"{a}"' for a in get_args(tp))
    if origin is tuple:
        return 'a list of texts, like ["a", "b"]'
    return {
        bool: "true or false",
        int: "a whole number",
        float: "a number",
        str: "a text in quotes",
    }.get(tp, str(tp))


def _example(tp: Any, default: Any) -> str:
    if get_origin(tp) is Literal:
        return f'"{get_args(tp)[0]}"'
    if isinstance(default, bool):
        return "true" if default else "false"
    if isinstance(default, str):
        return f'"{default}"'
    if isinstance(default, tuple):
        return "[]"
    return repr(default)


def _check_value(where: str, name: str, tp: Any, value: Any, default: Any) -> Any:
    fix = f"Fix: {name} = {_example(tp, default)}"
    origin = get_origin(tp)
    ok: bool
    if origin is Literal:
        ok = value in get_args(tp)
    elif origin is tuple:
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        value = tuple(value) if ok else value
    elif tp is bool:
        ok = isinstance(value, bool)
    elif tp is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif tp is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif tp is str:
        ok = isinstance(value, str)
    elif isinstance(tp, types.UnionType):
        ok = True
    else:  # pragma: no cover - a new field type nobody taught this function
        raise TypeError(f"unsupported config type {tp!r}")
    if not ok:
        raise ConfigError(f"{where} {name} must be {_describe(tp)}, not {value!r}. {fix}")
    return value


def _section(cls: type[Any], raw: Any, where: str) -> Any:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where} must be a table, like [{where.split('[')[-1].rstrip(']')}]")
    hints = typing.get_type_hints(cls)
    known = {f.name: f for f in fields(cls)}
    for key in raw:
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise ConfigError(
                f"{where} has unknown key {key!r}.{hint} Remove it or fix the spelling."
            )
    values = {}
    defaults = cls()
    for name in known:
        if name in raw:
            values[name] = _check_value(
                where, name, hints[name], raw[name], getattr(defaults, name)
            )
    return cls(**values)


def parse_config(raw: dict[str, Any], source: str = "config.toml") -> Config:
    sections = {f.name: f for f in fields(Config)}
    for key in raw:
        if key not in sections:
            close = difflib.get_close_matches(key, sections, n=1)
            hint = f" Did you mean [{close[0]}]?" if close else ""
            known = ", ".join(f"[{s}]" for s in sections)
            raise ConfigError(f"{source}: unknown section [{key}].{hint} Known sections: {known}.")
    parts = {}
    hints = typing.get_type_hints(Config)
    for name in sections:
        parts[name] = _section(hints[name], raw.get(name, {}), f"{source}: [{name}]")
    config = Config(**parts)
    _check_together(config, source)
    return config


Ranges = dict[str, tuple[float, float, str]]
# Numbers that parse but break the service: a tick of 0 s spins the scheduler, a
# negative window skips every prompt. (name: lowest, highest, what it means)
RANGES: dict[str, Ranges] = {
    "scheduler": {
        "tick_seconds": (1, 3600, "seconds between looks for due work"),
        "missed_window_minutes": (1, 24 * 60, "minutes a missed prompt may still come late"),
        "busy_minutes": (0, 24 * 60, "minutes someone counts as busy in a conversation"),
        "reminder_after_hours": (0, 24, "hours before the one reminder (0: never)"),
        "spread_minutes": (0, 180, "minutes over which daily questions are spread"),
        "resend_after_seconds": (5, 86400, "seconds before another worker resends a reply"),
    },
    "telegram": {
        # High ceilings: a local Bot API server (or a test emulator) may take far more.
        "messages_per_second": (0.1, 1e6, "messages per second for the whole bot"),
        "messages_per_chat_per_second": (0.01, 1e6, "messages per second in one chat"),
        "messages_per_group_per_minute": (1, 1e8, "messages per minute in one group"),
    },
}


def _in_range(source: str, section: str, values: object, default: object, ranges: Ranges) -> None:
    for name, (low, high, meaning) in ranges.items():
        value = getattr(values, name)
        if not low <= value <= high:
            raise ConfigError(
                f"{source}: [{section}] {name} = {value} is out of range: it is the {meaning}, "
                f"from {low:g} to {high:g}. Fix: {name} = {getattr(default, name)}"
            )


def _check_together(config: Config, source: str) -> None:
    """Checks that involve more than one key."""
    tg, mx, db = config.telegram, config.matrix, config.database
    if db.url:
        parsed = urlsplit(db.url)
        if parsed.scheme not in ("postgresql", "postgres") or not (parsed.path.strip("/")):
            raise ConfigError(
                f"{source}: [database] url = {db.url!r} is not a PostgreSQL address. Fix: "
                'url = "postgresql://verbonden@db.example.org/verbonden", or url = "" for SQLite'
            )
        if parsed.password:
            raise ConfigError(
                f"{source}: [database] url holds a password; keep it out of the file. Fix: "
                'remove it from the url, set password_env = "VERBONDEN_DB_PASSWORD" and put '
                "the password in that environment variable"
            )
    if tg.mode == "webhook" and tg.enabled and not tg.webhook_url:
        raise ConfigError(
            f'{source}: [telegram] mode = "webhook" needs webhook_url, the public https address '
            'Telegram should call. Fix: webhook_url = "https://bot.example.org/telegram"'
        )
    if mx.enabled:
        if not mx.homeserver:
            raise ConfigError(
                f'{source}: [matrix] homeserver is empty. Fix: homeserver = "https://matrix.example.org"'
            )
        if not mx.user_id.startswith("@") or ":" not in mx.user_id:
            raise ConfigError(
                f'{source}: [matrix] user_id must look like "@verbonden:example.org", '
                f'not {mx.user_id!r}. Fix: user_id = "@verbonden:example.org"'
            )
    if config.ops.listen:
        host, sep, port = config.ops.listen.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ConfigError(
                f"{source}: [ops] listen must be host:port, not {config.ops.listen!r}. "
                'Fix: listen = "127.0.0.1:9464"'
            )
    sched, default = config.scheduler, SchedulerConfig()
    _in_range(source, "scheduler", sched, default, RANGES["scheduler"])
    _in_range(source, "telegram", tg, TelegramConfig(), RANGES["telegram"])
    for name in ("quiet_hours_start", "quiet_hours_end"):
        if not 0 <= getattr(sched, name) <= 23:
            raise ConfigError(
                f"{source}: [scheduler] {name} must be an hour from 0 to 23 "
                f"(equal start and end: no quiet hours). Fix: {name} = {getattr(default, name)}"
            )


def load_config(path: str | Path | None) -> Config:
    """Read a TOML file (or the defaults when ``path`` is None)."""
    if path is None:
        return Config()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: file not found. Copy config.example.toml to {path} and edit it."
        ) from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{path}: not valid TOML ({exc}). Check quotes and [section] lines."
        ) from exc
    return parse_config(raw, str(path))


def secret(env_name: str, what: str) -> str:
    """Read a secret from the environment, or explain how to provide it."""
    value = os.environ.get(env_name, "").strip()
    if not value:
        raise ConfigError(
            f"{what}: set the environment variable {env_name} (it is empty or missing)."
        )
    return value
