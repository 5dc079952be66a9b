"""Screen every inbound message for suicide and self-harm risk.

The engine calls :func:`screen` on every message, in every dialogue state, before
anything else sees it. The result has three levels:

* ``clear``: explicit intent or wish to die, self-harm, method-seeking, goodbye
  notes. The bot shows the crisis lines.
* ``unclear``: vague or coded hopelessness. The bot asks one gentle, direct
  question ("Denk je aan zelfmoord?"), which is what crisis lines advise.
* ``none``: everything else, including everyday idioms ("ik lig dood 😂",
  "doodmoe"), grief and plain loneliness.

Worry about someone else at risk ("mijn zoon wil dood", "ik ben bang dat ze
zichzelf iets aandoet") is ``clear`` with the reason ``someone_else``: the bot
then speaks to the user as a *naaste* (someone close) instead of asking about
their own safety. The user's own risk always wins: the other person's words are
masked and the rest of the message is screened as usual ("ik wil dood, net als
mijn broer" stays ``explicit``).

How it works, in order:

1. :func:`bot.core.language.normalise.normalise` (case, accents, zero-width characters), then
   our own tokenising into a space-separated *canonical* string. Sentence
   punctuation becomes ``#`` (a clause boundary), emoji become ``@lach``,
   ``@skull``, ``@grave``, ``@sad``, a means (``@pill``, ``@knife``, ``@rope``…) or ``@emo``.
2. Token repair, so typos and chat spelling still match: a small alias table for
   short forms where fuzzy matching is unsafe ("'k", "nie", "zjin"), glued words
   split back into known words ("ikwildood"), and typo-tolerant matching with
   rapidfuzz against the words that occur in the patterns ("zelfmoort").
   Only tokens that the Dutch dictionary does not know are repaired, so "door"
   never becomes "dood" and "geven" never becomes "leven".
3. Idiom spans ("dood van het lachen", "schrok me dood") are replaced by an
   inert token before any risk pattern runs.
4. Readable phrase patterns (see bot.core.safety.pattern_language) are tried: clear
   first, then unclear, each only when the words it needs occur (bot.core.regex_index).
   The first hit decides the level and the reason. When a pattern about someone else
   at risk matches, its spans are masked first (see :func:`screen`).

No message text is logged, cached or stored here: everything is local to one call.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

from bot.core.regex_index import RegexIndex
from bot.core.safety.canonical import canonical
from bot.core.safety.clause_order import main_order
from bot.core.safety.others import (
    _GRIEF_RE,
    _HYPERBOLE,
    _IDIOMS,
    _IT_AGAIN_RE,
    _JOKE_RE,
    _ME_TOO_RE,
    _ONLY_LAUGHTER,
    _OTHER_RE,
    _REUNION_RE,
    _SKULL_CONTEXT,
    _THIRD_PARTY_RE,
    _TOPIC_RE,
    IDIOMS_AT_ALL,
    LAUGHING,
    OTHER_AT_ALL,
    RULE_LEVELS,
    RULES,
)
from bot.core.safety.pattern_language import _index

__all__ = [
    "LEVEL_RANK",
    "REASONS",
    "Level",
    "Screening",
    "canonical",
    "compile_specs",
    "screen",
    "screen_canonical",
    "without_idioms",
]

Level = Literal["none", "unclear", "clear", "acute"]

#: Every reason tag :func:`screen` can return (machine tags, never user text).
REASONS: Final = frozenset(
    {
        "none",
        "explicit",
        "passive_wish",
        "method",
        "third_party_method",
        "self_harm",
        "burden",
        "goodbye",
        "hopeless",
        "slang",
        "joke_after_disclosure",
        "someone_else",
        "command_voice",
        "topic",
        "attempt",
        "model",
        "method_context",
        "plans",
        "plan_context",
    }
)


@dataclass(frozen=True, slots=True)
class Screening:
    level: Level
    reason: str  # short machine tag from REASONS, never user text
    # Violence at home against the user: its own path (bot.core.safety.screen).
    violence: bool = False
    # Strong distress or any risk sign: makes a later means question a clear sign.
    distress: bool = False


# How strong a level is, for keeping the stronger of two readings.
LEVEL_RANK: Final = {"none": 0, "unclear": 1, "clear": 2, "acute": 3}
_NONE: Final = Screening("none", "none")
_SOMEONE_ELSE: Final = Screening("clear", "someone_else")

# --------------------------------------------------------------------------
# The screen
# --------------------------------------------------------------------------


def screen(text: str, *, previous_flagged: bool = False) -> Screening:
    """The rules' verdict on one message (see :func:`screen_canonical`)."""
    return screen_canonical(canonical(text), previous_flagged=previous_flagged)


def screen_canonical(
    canon: str, *, previous_flagged: bool = False, scan: str | None = None
) -> Screening:
    """Screen one message, given as its canonical string. Clear beats unclear beats none.

    ``previous_flagged`` says the user's previous message was screened clear or
    unclear; a "grapje" now is then itself a reason to check in.

    Worry about someone else is ``someone_else``, unless the user's own risk
    shows too: the words about the other person are masked and the rest of the
    message is screened as usual, so "ik wil dood, net als mijn broer" and "mijn
    zoon wil dood, en ik ook" take the user's own crisis path.
    """
    if scan is None:  # callers that already made idioms inert pass it (bot.core.safety.screen)
        scan = without_idioms(canon)
    first = _screen_canonical(canon, scan, previous_flagged=previous_flagged)
    if first.level == "clear":
        return first
    # Read again with each "ik" clause in main-clause order ("soms denk ik aan zelfmoord",
    # "dat ik niet meer wil leven"): the rules are written that way.
    again = main_order(scan)
    if not again:
        return first
    second = _screen_canonical(canon, again, previous_flagged=previous_flagged)
    return second if LEVEL_RANK[second.level] > LEVEL_RANK[first.level] else first


def _screen_canonical(canon: str, scan: str, *, previous_flagged: bool) -> Screening:
    if OTHER_AT_ALL.search(scan):
        if _ME_TOO_RE.search(scan):
            return Screening("clear", "explicit")
        own = _screen_own(_OTHER_RE.sub(" @other", scan), canon, previous_flagged=False)
        return own if own.level != "none" else _SOMEONE_ELSE
    return _screen_own(scan, canon, previous_flagged=previous_flagged)


def _screen_own(scan: str, canon: str, *, previous_flagged: bool) -> Screening:
    """The user's own risk in the idiom-free canonical string ``scan``."""
    hit = RULES.first(scan)
    if hit >= 0:
        level, reason = RULE_LEVELS[hit]
        if reason == "method" and level == "clear" and _THIRD_PARTY_RE.search(canon):
            reason = "third_party_method"
        return Screening(level, reason)
    if " @lach " not in scan and _HYPERBOLE.search(scan):
        return Screening("unclear", "hopeless")
    if (" @skull " in scan or " @grave " in scan) and _SKULL_CONTEXT.search(scan):
        return Screening("unclear", "hopeless")
    if _REUNION_RE.search(scan) and _GRIEF_RE.search(scan):
        return Screening("unclear", "passive_wish")

    if previous_flagged and (_JOKE_RE.search(scan) or _ONLY_LAUGHTER.match(scan)):
        return Screening("unclear", "joke_after_disclosure")
    if previous_flagged and _IT_AGAIN_RE.search(scan):
        return Screening("clear", "explicit")
    if _TOPIC_RE.search(scan):
        return Screening("unclear", "topic")
    return _NONE


def without_idioms(canon: str) -> str:
    """The canonical string with idiom spans ("dood van het lachen") made inert, and
    laughter in words made the laughing emoji."""
    scan = LAUGHING.sub(" @lach", canon)
    return _IDIOMS.sub(" @idiom", scan) if IDIOMS_AT_ALL.search(scan) else scan


def compile_specs(specs: Iterable[str]) -> RegexIndex:
    """One list of phrase patterns (see bot.core.safety.pattern_language) for ``search``:
    each pattern is tried only when its words occur in the message."""
    return _index([specs])
