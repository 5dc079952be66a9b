"""Logging that never carries what people write, nor secrets.

Verbonden's own code logs ids and counts, never message text. Some libraries do
log text or secrets: aiosqlite logs SQL parameters (replies, slots) at DEBUG,
httpx logs request URLs (with the Telegram token) at INFO, python-telegram-bot
logs updates at DEBUG, matrix-nio logs room and user ids at INFO. Unless
``log_message_text`` is switched on for local debugging, those loggers are held
at WARNING whatever the overall level.
"""

from __future__ import annotations

import logging
import sys

from bot.config import LoggingConfig

CHATTY = ("aiosqlite", "httpx", "httpcore", "telegram", "nio", "peewee", "transitions", "tornado")


def configure_logging(config: LoggingConfig, *, level: str | None = None) -> None:
    logging.basicConfig(
        level=level or config.level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not config.log_message_text:
        for name in CHATTY:
            logging.getLogger(name).setLevel(logging.WARNING)
