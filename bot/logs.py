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

import logging
import re
import sys

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


def configure_logging(config: LoggingConfig, *, level: str | None = None) -> None:
    logging.basicConfig(
        level=level or config.level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not config.log_message_text:
        for name in CHATTY:
            logging.getLogger(name).setLevel(logging.WARNING)
        for handler in logging.getLogger().handlers:
            if _WITHHOLD not in handler.filters:
                handler.addFilter(_WITHHOLD)
