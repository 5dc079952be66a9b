"""How it went, in the person's words: good, neutral, bad, or none (nobody, no reply).

A bad outcome must never be praised and an empty day never called "mooi", so bad and
none win over good when a message holds both ("ze reageerde, maar boos").
"""

from __future__ import annotations

from bot.core.language.normalise import plain
from bot.core.listening.data import DATA

_O = DATA["outcomes"]
_NEG = ("niet ", "geen ", "nooit ", "niet zo ")


def _has(padded: str, phrase: str) -> bool:
    return f" {phrase} " in padded


def outcome_of(text: str) -> str:
    """The outcome; after "maar" the last part decides ("moe, maar wel oké": neutral)."""
    said = plain(text)
    if " maar " in f" {said} ":
        last = f" {said} ".rsplit(" maar ", 1)[1]
        if last.strip():
            return _outcome(last)
    return _outcome(said)


def _outcome(said: str) -> str:
    padded = f" {said} "
    if any(_has(padded, p) for p in _O["none"]):
        return "none"
    negated_good = any(_has(padded, n + g) for n in _NEG for g in _O["good"])
    if negated_good or any(_has(padded, p) for p in _O["bad"]):
        return "bad"
    if any(_has(padded, p) for p in _O["good"]):
        return "good"
    return "neutral"
