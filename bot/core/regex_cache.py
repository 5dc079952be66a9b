"""Compiled regular expressions kept between runs.

Python's ``re`` parses and compiles a pattern in pure Python. The safety rules are
about 370 KB of regex source and take about half a second to compile, half of the
start-up budget, on every start. What ``re`` hands to the C engine in the end is a small
program (a list of integers), which depends only on the pattern, the flags and the
Python build. That program is kept in a file in the cache directory and handed to the
C engine directly on the next start.

Nothing here can change what a pattern matches: a program is kept only after the
pattern rebuilt from it compares equal to ``re.compile``'s own (``re.Pattern``
equality compares the compiled code), and the file is keyed by the exact Python
build. Another Python, a damaged or unwritable file, or a ``re`` without the internals
used here: plain ``re.compile``, only slower.

The same file keeps, per pattern, the literal text every match contains
(:func:`needs`, read from the same parse; used by bot.core.regex_index), which costs
as much to work out as the program itself.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any, Final

from bot.core.paths import cache_dir
from bot.core.regex_literals import needs_of

log = logging.getLogger(__name__)

try:  # CPython's own compiler steps; absent or different elsewhere
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _USABLE = _sre.CODESIZE == 4 and array("I").itemsize == 4
    _MAGIC = getattr(_sre, "MAGIC", 0)
except (ImportError, AttributeError):
    _USABLE, _MAGIC = False, 0

_Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Needs = tuple[tuple[str, ...], ...]
# Entries are keyed (pattern, flags); a pattern's needs under (pattern, _NEEDS), a flag
# value re never uses.
_NEEDS: Final = -1
_BUILD: Final = hashlib.sha256(f"{sys.version}|{_MAGIC}".encode()).hexdigest()
# The file starts with the SHA-256 of the rest: a damaged file is compiled anew, never
# run as a program that _sre accepts but that matches something else.
_DIGEST = 32


def _file() -> Path | None:
    where = cache_dir()
    return None if where is None else where / f"regex-{_BUILD[:16]}.marshal"


def _read(path: Path | None) -> dict[tuple[str, int], Any]:
    if path is None or not _USABLE:
        return {}
    try:
        blob = path.read_bytes()
        if hashlib.sha256(blob[_DIGEST:]).digest() != blob[:_DIGEST]:
            raise ValueError("checksum")
        stored = marshal.loads(blob[_DIGEST:])
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, EOFError, TypeError) as error:
        log.warning("compiled-pattern cache unreadable (%s); compiling", type(error).__name__)
        return {}
    return stored if isinstance(stored, dict) else {}


_STORED: Final = _read(_file())
_NEW: Final[dict[tuple[str, int], Any]] = {}
_USED: Final[set[tuple[str, int]]] = set()


def _program(pattern: str, flags: int) -> _Program:
    """What re.compile builds for ``pattern``, as data (re/_compiler.py, compile())."""
    parsed = _parser.parse(pattern, flags)
    if flags == 0:  # the needs of what bot.core.regex_index indexes, from the same parse
        _NEW[(pattern, _NEEDS)] = needs_of(parsed)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        array("I", code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _build(pattern: str, program: _Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    built: Any = _sre.compile(
        pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup
    )
    return built  # type: ignore[no-any-return]


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when this Python compiled it before."""
    if not _USABLE:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    _USED.add(key)
    program = _STORED.get(key)
    if program is not None:
        try:
            return _build(pattern, program)
        except (TypeError, ValueError, RuntimeError):  # a damaged entry: compile anew
            pass
    compiled = re.compile(pattern, flags)
    try:
        program = _program(pattern, flags)
        if _build(pattern, program) == compiled:
            _NEW[key] = program
    except Exception:  # internals changed: keep re's own result, uncached
        pass
    return compiled


def needs(pattern: str) -> _Needs:
    """The literal text every match of ``pattern`` contains (bot.core.regex_literals):
    alternatives per need, most telling first; () when nothing is certain or this
    Python's ``re`` cannot be read."""
    if not _USABLE:
        return ()
    key = (pattern, _NEEDS)
    _USED.add(key)
    found = _NEW.get(key, _STORED.get(key))
    if isinstance(found, tuple) and all(isinstance(need, tuple) for need in found):
        return found
    try:
        found = needs_of(_parser.parse(pattern, 0))
    except Exception:  # internals changed: no needs, the pattern is always tried
        return ()
    _NEW[key] = found
    return found


def save() -> None:
    """Write what was compiled anew since start-up (once the rules are all built).

    Written to a temporary file and renamed, so a second process never reads half a
    file; entries no longer compiled (rules changed) are dropped."""
    path = _file()
    if path is None or not _NEW:
        return
    keep = {**{k: v for k, v in _STORED.items() if k in _USED}, **_NEW}
    name = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=".regex-")
        payload = marshal.dumps(keep)
        with os.fdopen(handle, "wb") as out:
            out.write(hashlib.sha256(payload).digest() + payload)
        os.replace(name, path)
    except OSError as error:
        log.warning("compiled-pattern cache not written (%s)", type(error).__name__)
        if name:
            Path(name).unlink(missing_ok=True)
        return
    _STORED.update(_NEW)
    _NEW.clear()
