"""Nothing people write reaches the logs, even at DEBUG."""

from __future__ import annotations

import logging

import pytest

from bot.config import LoggingConfig
from bot.core.messages import ConversationKey, Inbound
from bot.logs import CHATTY, WithholdLibraryText, configure_logging
from bot.runtime.runtime import Runtime

SECRET_TEXT = "mijn geheime zin over Sanne"


@pytest.fixture(autouse=True)
def _restore_levels() -> object:
    saved = {name: logging.getLogger(name).level for name in (*CHATTY, "")}
    yield
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)
    for handler in logging.getLogger().handlers:  # configure_logging adds it to the root's
        handler.filters = [f for f in handler.filters if not isinstance(f, WithholdLibraryText)]


def test_library_loggers_are_held_at_warning() -> None:
    configure_logging(LoggingConfig(level="DEBUG"))
    for name in CHATTY:
        assert logging.getLogger(name).getEffectiveLevel() == logging.WARNING


def test_opting_in_leaves_them_alone() -> None:
    logging.getLogger("aiosqlite").setLevel(logging.NOTSET)
    configure_logging(LoggingConfig(level="DEBUG", log_message_text=True))
    assert logging.getLogger("aiosqlite").level == logging.NOTSET


async def _talk(runtime: Runtime, user: str) -> None:
    key = ConversationKey("test", user, user)
    # SECRET_TEXT is what was noticed (kept as typed), so it does reach the database.
    for text in ("hoi", "contact", "een buur", "Sanne", SECRET_TEXT):
        runtime.delivered(await runtime.handle(Inbound(key, text=text)))
    await runtime.flush()


async def test_a_debug_run_logs_no_message_text(
    runtime: Runtime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    # Without the guard, a library at DEBUG does leak what people write...
    logging.getLogger("aiosqlite").setLevel(logging.DEBUG)
    await _talk(runtime, "a")
    assert any(SECRET_TEXT in r.getMessage() for r in caplog.records)
    caplog.clear()
    # ...with it, nothing does.
    configure_logging(LoggingConfig(level="DEBUG"))
    await _talk(runtime, "b")
    assert all(SECRET_TEXT not in r.getMessage() for r in caplog.records)
    assert all("Sanne" not in r.getMessage() for r in caplog.records)


def test_a_librarys_warning_keeps_only_its_first_words() -> None:
    # matrix-nio logs a malformed event's content in its own warning.
    import io

    from nio.events.misc import validate_or_badevent

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        configure_logging(LoggingConfig(level="DEBUG"))
        event = {"type": "m.room.message", "content": {"body": SECRET_TEXT, "msgtype": 5}}
        validate_or_badevent(
            event,
            {
                "type": "object",
                "properties": {
                    "content": {"type": "object", "properties": {"msgtype": {"type": "string"}}}
                },
            },
        )
        logging.getLogger("bot.runtime.runtime").warning("ours stays whole: %s", "turn 3")
    finally:
        root.removeHandler(handler)
    logged = stream.getvalue()
    assert "Error validating event: details withheld" in logged
    assert "Sanne" not in logged and "geheime" not in logged
    assert "ours stays whole: turn 3" in logged
