"""Compiled patterns kept between runs: faster starts, never different matches."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.regex_cache import compile_pattern

ROOT = Path(__file__).resolve().parents[3]

PATTERNS = [
    (r" (?:ik (?:wil|wou) (?:[^ #@]+ ){0,2}dood)(?= )", 0),
    (r"(?P<uur>\d{1,2})(?::(?P<min>\d\d))? ?uur", 0),
    (r"(?<!niet )moe\b", re.IGNORECASE),
    (r"[à-ÿ]+|\w+@\w+", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_is_what_re_compile_makes(pattern: str, flags: int) -> None:
    # re.Pattern equality compares the compiled program, not only the source.
    assert compile_pattern(pattern, flags) == re.compile(pattern, flags)


_CHILD = """
import json, re, sys
from bot.core import regex_cache as cache
patterns = [(p, f) for p, f in json.loads(sys.argv[1])]
compiled = [cache.compile_pattern(p, f) for p, f in patterns]
same = all(c == re.compile(p, f) for c, (p, f) in zip(compiled, patterns))
hits = sum(1 for key in patterns if key in cache._STORED)
cache.save()
match = compiled[1].search("om 9:30 uur")
print(json.dumps({"same": same, "hits": hits, "groups": match.groupdict() if match else None}))
"""


def _run(cache: str) -> dict[str, object]:
    env = {**os.environ, "VERBONDEN_CACHE_DIR": cache, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps(PATTERNS)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_the_next_start_takes_the_programs_from_the_cache(tmp_path: Path) -> None:
    first = _run(str(tmp_path))
    assert first == {"same": True, "hits": 0, "groups": {"uur": "9", "min": "30"}}
    assert len(list(tmp_path.glob("regex-*.marshal"))) == 1
    second = _run(str(tmp_path))
    assert second == {"same": True, "hits": len(PATTERNS), "groups": {"uur": "9", "min": "30"}}


def test_a_damaged_cache_file_is_compiled_anew_and_replaced(tmp_path: Path) -> None:
    _run(str(tmp_path))
    (stored,) = tmp_path.glob("regex-*.marshal")
    stored.write_bytes(b"\x00not a marshal file")
    assert _run(str(tmp_path)) == {"same": True, "hits": 0, "groups": {"uur": "9", "min": "30"}}
    assert _run(str(tmp_path))["hits"] == len(PATTERNS)  # written again, whole


def test_one_changed_byte_in_the_cache_is_noticed(tmp_path: Path) -> None:
    _run(str(tmp_path))
    (stored,) = tmp_path.glob("regex-*.marshal")
    blob = bytearray(stored.read_bytes())
    blob[-5] ^= 1  # still a valid marshal file, possibly a valid but different program
    stored.write_bytes(bytes(blob))
    assert _run(str(tmp_path)) == {"same": True, "hits": 0, "groups": {"uur": "9", "min": "30"}}


def test_without_a_cache_directory_nothing_is_written(tmp_path: Path) -> None:
    assert _run("off") == {"same": True, "hits": 0, "groups": {"uur": "9", "min": "30"}}
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    # A cache path that cannot be a directory: a warning, the same patterns, no crash.
    assert _run(str(blocked / "sub"))["same"] is True


_NEEDS_CHILD = """
import json, sys
from bot.core import regex_cache as cache
pattern = sys.argv[1]
stored = (pattern, cache._NEEDS) in cache._STORED
compiled = cache.compile_pattern(pattern)
needs = cache.needs(pattern)
cache.save()
print(json.dumps({"stored": stored, "needs": needs}))
"""


def test_a_patterns_needs_are_kept_beside_its_program(tmp_path: Path) -> None:
    def run() -> dict[str, object]:
        env = {**os.environ, "VERBONDEN_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
        out = subprocess.run(
            [sys.executable, "-c", _NEEDS_CHILD, PATTERNS[0][0]],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=ROOT,
        )
        result: dict[str, object] = json.loads(out.stdout)
        return result

    first = run()
    assert first["stored"] is False
    assert first["needs"] == [[" ik w"], ["dood"], ["il", "ou"]]
    assert run() == {"stored": True, "needs": first["needs"]}
