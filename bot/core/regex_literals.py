"""The literal text a regular expression cannot match without.

Read from the pattern as CPython's ``re`` parses it: every match of
``" (?:ik (?:wil|ga) (?:echt )?dood)"`` contains ``" ik "`` and ``"dood"``, and one of
``"wil"`` or ``"ga"`` (the parser takes shared letters out of alternatives: "wil|wou"
becomes "w" followed by "il" or "ou").
:mod:`bot.core.regex_index` uses this to skip the patterns whose words are not in a
message. Only what is certain is reported: a repeat that may occur zero times, a
look-around, a character class or a case-insensitive part adds nothing, so a pattern
this module cannot read simply has no needs (and is always tried).
"""

from __future__ import annotations

import re
from typing import Any, Final

try:  # CPython's parser; without it every pattern is simply always tried
    from re import _constants as _c  # type: ignore[attr-defined]

    _LITERAL: Any = _c.LITERAL
    _SUBPATTERN: Any = _c.SUBPATTERN
    _BRANCH: Any = _c.BRANCH
    _REPEATS: Any = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
    _ATOMIC: Any = _c.ATOMIC_GROUP
except (ImportError, AttributeError):  # pragma: no cover - other Pythons
    _LITERAL = _SUBPATTERN = _BRANCH = _ATOMIC = object()
    _REPEATS = ()

__all__ = ["MAX_NEEDS", "needs_of"]

# A pattern keeps its few most telling needs: the first says where to look, the rest
# are checked before the pattern runs.
MAX_NEEDS: Final = 3
Need = frozenset[str]


def needs_of(parsed: Any) -> tuple[tuple[str, ...], ...]:
    """What every match of a parsed pattern (``re._parser.parse``) contains: a tuple of
    alternatives, each a tuple of strings one of which occurs. Most telling first."""
    if parsed.state.flags & re.IGNORECASE:
        return ()
    found = sorted(_needs(parsed), key=_telling, reverse=True)[:MAX_NEEDS]
    return tuple(tuple(sorted(need)) for need in found)


def _telling(need: Need) -> tuple[int, int]:
    """Longer and fewer strings occur in fewer messages."""
    return (min(len(s) for s in need), -len(need))


def _fixed(items: Any) -> str | None:
    """The one string a sequence of parsed items matches, or None."""
    out: list[str] = []
    for op, arg in items:
        if op is _LITERAL:
            out.append(chr(arg))
        elif op is _SUBPATTERN and not (arg[1] or arg[2]):  # no inline flags
            inner = _fixed(arg[3])
            if inner is None:
                return None
            out.append(inner)
        else:
            return None
    return "".join(out)


def _needs(items: Any) -> list[Need]:
    """Everything a sequence of parsed items needs, one set of alternatives per need."""
    found: list[Need] = []
    run: list[str] = []  # literal text that stands next to each other

    def end_run() -> None:
        if run:
            found.append(frozenset(["".join(run)]))
            run.clear()

    for op, arg in items:
        if op is _LITERAL:
            run.append(chr(arg))
            continue
        if op is _SUBPATTERN and (inner := _fixed([(op, arg)])) is not None:
            run.append(inner)
            continue
        end_run()
        if op is _SUBPATTERN and not (arg[1] or arg[2]):
            found.extend(_needs(arg[3]))
        elif op is _BRANCH:
            # One alternative matches: the best need of each, together.
            best = [max(_needs(alt), key=_telling, default=None) for alt in arg[1]]
            if all(best):
                found.append(frozenset().union(*(b for b in best if b)))
        elif op in _REPEATS and arg[0] >= 1:  # at least once
            found.extend(_needs(arg[2]))
        elif op is _ATOMIC:
            found.extend(_needs(arg))
        # Anything else (classes, any character, look-arounds, anchors) needs nothing
        # certain and ends the literal run.
    end_run()
    return [need for need in found if need and all(need)]
