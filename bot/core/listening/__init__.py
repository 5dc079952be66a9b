"""The listening layer: what a person means at a step, in their own words (issue 11).

Pure, like the engine: text and the step's question in, a :class:`Reading` out.
"""

from bot.core.listening.reading import (
    INTENT_COMMANDS,
    Question,
    Reading,
    disclosure,
    loss_kind,
    names_someone,
    question_of,
    read,
)

__all__ = [
    "INTENT_COMMANDS",
    "Question",
    "Reading",
    "disclosure",
    "loss_kind",
    "names_someone",
    "question_of",
    "read",
]
