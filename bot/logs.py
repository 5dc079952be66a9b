"""Logging that never carries what people write, nor secrets.

Verbonden's own code logs ids and counts, never message text. Some libraries do
log text or secrets: aiosqlite logs SQL parameters (replies, slots) at DEBUG,
httpx logs request URLs (with the Telegram token) at INFO, python-telegram-bot
logs updates at DEBUG, matrix-nio logs room and user ids at INFO. Unless
``log_message_text`` is switched on for local debugging, those loggers are held
at WARNING whatever the overall level, and what they still log is cut to its first
words: a library's warning may carry what someone wrote (matrix-nio logs a malformed
event's body with "Error validating event: …"), so only the part before the first
colon stays, with the exception's type but not its text.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.config import LoggingConfig

CHATTY = ("aiosqlite", "httpx", "httpcore", "telegram", "nio", "peewee", "transitions", "tornado")


_HEAD = re.compile(r"^[^:(\n{\[<'\"]{0,80}")


class WithholdLibraryText(logging.Filter):
    """Cuts a library's log line to its first words (see the module docstring)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.partition(".")[0] not in CHATTY:
            return True
        head = _HEAD.match(record.getMessage())
        kind = f" ({record.exc_info[0].__name__})" if record.exc_info and record.exc_info[0] else ""
        record.msg = f"{head.group(0).strip() if head else ''}: details withheld{kind}"
        record.args = ()
        record.exc_info = None
        record.exc_text = None
        return True


_WITHHOLD = WithholdLibraryText()


# Fields a log call may add with ``extra=``; JSON lines carry them as they are.
FIELDS = ("platform", "conversation", "latency_ms", "outcome")
KEY_ENV = "VERBONDEN_LOG_KEY"


class JsonLines(logging.Formatter):
    """One JSON object per line: time, level, logger, event and the known extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
        }
        line |= {name: record.__dict__[name] for name in FIELDS if name in record.__dict__}
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


class _Pseudonyms:
    """A keyed hash of platform, chat and user: the same conversation gets the same short
    id in every log line of one deployment, and the id cannot be turned back into who it
    is (nor matched with another deployment's logs) without the key."""

    def __init__(self) -> None:
        self.key = secrets.token_bytes(32)  # until configure_logging loads the deployment's

    def of(self, platform: str, chat_id: str, user_id: str) -> str:
        message = "\x1f".join((platform, chat_id, user_id)).encode("utf-8")
        return hmac.new(self.key, message, hashlib.sha256).hexdigest()[:16]


PSEUDONYMS = _Pseudonyms()


def load_key(folder: Path) -> bytes:
    """The deployment's key: $VERBONDEN_LOG_KEY, else a random one kept in ``folder``."""
    if env := os.environ.get(KEY_ENV, "").strip():
        return env.encode("utf-8")
    path = folder / "log-key"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        folder.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(key)
        return key


def configure_logging(
    config: LoggingConfig, *, level: str | None = None, key_folder: Path | None = None
) -> None:
    logging.basicConfig(
        level=level or config.level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if key_folder is not None:
        try:
            PSEUDONYMS.key = load_key(key_folder)
        except OSError as exc:  # a read-only folder: ids stable for this run only
            logging.getLogger(__name__).warning("log key not kept (%s)", type(exc).__name__)
    if config.format == "json":
        for handler in logging.getLogger().handlers:
            handler.setFormatter(JsonLines())
    if not config.log_message_text:
        for name in CHATTY:
            logging.getLogger(name).setLevel(logging.WARNING)
        for handler in logging.getLogger().handlers:
            if _WITHHOLD not in handler.filters:
                handler.addFilter(_WITHHOLD)
