"""A turn's replies -> the chat messages ("bubbles") that show them. Pure: no I/O.

The engine answers a turn with several :class:`~bot.core.messages.Reply` values (one per
``say:`` item). Sent one by one they cost a message each: chat networks limit
messages per chat (Telegram about one a second), so the question with its buttons
arrives seconds after the first text, and the phone buzzes once per message.
Consecutive replies are therefore shown as one message, paragraphs separated by a
blank line, with the buttons of the last one under it. A text to copy
(``Reply.apart``, e.g. a message draft) keeps a message of its own, so a
long-press copies only that text. Other outbound items (an offer to talk
privately, a document) are never merged and end a run.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.messages import Outbound, Reply

# Telegram's limit for one message, counted in UTF-16 code units; the strictest of
# our networks. Replies that would not fit together stay apart.
MAX_UNITS = 4096
PARAGRAPH = "\n\n"


def utf16_units(text: str) -> int:
    """Length in UTF-16 code units: what Telegram's limits count, never less than len()."""
    return len(text.encode("utf-16-le")) // 2


def _joins(first: Reply, second: Reply) -> bool:
    """``first`` can go into the same message as ``second``, above it."""
    return (
        not first.choices
        and not first.apart
        and not second.apart
        and utf16_units(first.text) + utf16_units(PARAGRAPH) + utf16_units(second.text) <= MAX_UNITS
    )


def bubbles(outbound: Sequence[Outbound]) -> tuple[Outbound, ...]:
    """``outbound`` with consecutive plain replies merged into the reply that follows.

    A reply without choices and not ``apart`` merges into the next reply if that one
    is not ``apart`` either: the texts join with a blank line and the next reply's
    choices (and ``numbered``) stay. A reply with choices ends a message. Merging
    the result again changes nothing.
    """
    merged: list[Outbound] = []
    for item in outbound:
        previous = merged[-1] if merged else None
        if isinstance(item, Reply) and isinstance(previous, Reply) and _joins(previous, item):
            merged[-1] = Reply(
                previous.text + PARAGRAPH + item.text,
                item.choices,
                numbered=item.numbered,
            )
        else:
            merged.append(item)
    return tuple(merged)
