"""The usual way: the reframing conversation as most Telegram bots are written.

python-telegram-bot's ConversationHandler with handler functions per state, the
user's answers in ``context.user_data``, and PicklePersistence (which writes the
pickle file every ``update_interval`` seconds, not per turn). Used only as the
baseline of ``bench/telegram.py``; it has no safety screening, no free-text
understanding, and a crash loses up to a minute of conversations.

Concurrency: updates of different chats are handled concurrently, those of one chat
one after the other (:class:`PerChat`, PTB's documented ``BaseUpdateProcessor`` hook).
Not the simpler ``concurrent_updates(True)`` with ``block=False`` handlers: there a
message that arrives while the previous handler of that chat is still returning its
next state (its reply already out, so a quick user can answer) is silently dropped,
because the ConversationHandler's pending state has no WAITING handlers. In the
benchmark with 100 users that stalled conversations for good (the update confirmed to
Telegram, never answered). Nor PTB's default of one update at a time, which would
make the baseline needlessly slow.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Awaitable, Sequence
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    BaseUpdateProcessor,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    PicklePersistence,
    filters,
)

TOKEN_ENV = "VERBONDEN_BENCH_TELEGRAM_TOKEN"  # `python -m bench.ptb_conversation` reads it
(MENU, WAT, GEDACHTE, GELOOF, GEVOEL, ANDERS, FEITEN, NIEUW, HERWAARDEREN, STAP, VOLGEN) = range(11)
Context = ContextTypes.DEFAULT_TYPE


async def _ask(update: Update, text: str, state: int) -> int:
    assert update.effective_message
    await update.effective_message.reply_text(text)
    return state


async def start(update: Update, context: Context) -> int:
    return await _ask(update, "Welkom! Waar wil je het over hebben? (afspraak)", MENU)


async def menu(update: Update, context: Context) -> int:
    return await _ask(update, "Wat is er gebeurd? Wie zei af?", WAT)


async def wat(update: Update, context: Context) -> int:
    assert context.user_data is not None and update.effective_message
    context.user_data["gebeurtenis"] = update.effective_message.text
    return await _ask(update, "Wat ging er door je heen?", GEDACHTE)


async def gedachte(update: Update, context: Context) -> int:
    assert context.user_data is not None and update.effective_message
    context.user_data["gedachte"] = update.effective_message.text
    return await _ask(update, "Hoeveel geloof je die gedachte, van 0 tot 100?", GELOOF)


async def _number(
    update: Update, context: Context, slot: str, again: int, question: str, then: int
) -> int:
    assert context.user_data is not None and update.effective_message
    text = update.effective_message.text or ""
    if not text.strip().isdigit():
        return await _ask(update, "Typ een getal van 0 tot 100.", again)
    context.user_data[slot] = int(text)
    return await _ask(update, question, then)


async def geloof(update: Update, context: Context) -> int:
    return await _number(update, context, "geloof_voor", GELOOF, "Wat voel je erbij?", GEVOEL)


async def gevoel(update: Update, context: Context) -> int:
    return await _ask(update, "Wat zou er bij die ander kunnen spelen?", ANDERS)


async def anders(update: Update, context: Context) -> int:
    return await _ask(update, "Wat past niet bij je gedachte?", FEITEN)


async def feiten(update: Update, context: Context) -> int:
    return await _ask(update, "Hoe zeg je het in een mildere zin?", NIEUW)


async def nieuw(update: Update, context: Context) -> int:
    return await _ask(
        update, "Hoeveel geloof je je eerste gedachte nu, van 0 tot 100?", HERWAARDEREN
    )


async def herwaarderen(update: Update, context: Context) -> int:
    question = "Wat is een kleine volgende stap?"
    return await _number(update, context, "geloof_na", HERWAARDEREN, question, STAP)


async def stap(update: Update, context: Context) -> int:
    return await _ask(update, "Zal ik morgen vragen hoe het ging?", VOLGEN)


async def volgen(update: Update, context: Context) -> int:
    await _ask(update, "Dank je dat je dit samen met mij bekeek.", VOLGEN)
    return ConversationHandler.END


async def stop(update: Update, context: Context) -> int:
    await _ask(update, "Oké, we stoppen.", MENU)
    return ConversationHandler.END


class PerChat(BaseUpdateProcessor):
    """Updates of one chat one at a time, in order; different chats concurrently."""

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int | None, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        key = chat.id if chat is not None else None
        lock, users = self._locks.get(key) or (asyncio.Lock(), 0)
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                await coroutine
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


def build(token: str, base_url: str, pickle: Path) -> Application:  # type: ignore[type-arg]
    """The baseline bot, pointed at ``base_url`` (the emulator)."""
    text = filters.TEXT & ~filters.COMMAND
    steps = [menu, wat, gedachte, geloof, gevoel, anders, feiten, nieuw, herwaarderen, stap, volgen]
    conversation = ConversationHandler(
        entry_points=[CommandHandler("start", start), MessageHandler(text, start)],
        states={state: [MessageHandler(text, fn)] for state, fn in enumerate(steps)},
        fallbacks=[CommandHandler("stop", stop)],
        name="herkaderen",
        persistent=True,
    )
    app = (
        Application.builder()
        .token(token)
        .base_url(base_url)
        .persistence(PicklePersistence(pickle))
        .concurrent_updates(PerChat(256))
        .build()
    )
    app.add_handler(conversation)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m bench.ptb_conversation BASE_URL PICKLE``: long-poll until SIGTERM.

    The token comes from the environment variable ``VERBONDEN_BENCH_TELEGRAM_TOKEN``.
    PTB's defaults otherwise: no rate limiter, PicklePersistence written every 60 s.
    """
    base_url, pickle = argv if argv is not None else sys.argv[1:]
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    app = build(os.environ[TOKEN_ENV], base_url, Path(pickle))
    app.run_polling(poll_interval=0.0, timeout=10, allowed_updates=[Update.MESSAGE])
    return 0


if __name__ == "__main__":
    sys.exit(main())
