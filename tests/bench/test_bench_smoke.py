"""Smoke test: the engine, runtime, scale and Telegram benchmarks run and print their figures.

Only that they run and report numbers: speed goals live in the benchmarks themselves
(`python -m bench`), never in tests, so a missed goal does not fail this test.
"""

from __future__ import annotations

import math
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from bench.figures import Figure, at_least, table
from bench.telegram import figure_names

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ("engine", "runtime", "scale", "telegram", "journal")
HEADER = re.compile(r"^## (?P<name>\w+)\s+\((?P<seconds>[\d.]+) s\)$")
# "<name><2+ spaces><value> <unit> ...": names never hold two spaces in a row.
ROW = re.compile(r"^(?P<name>.*?\S)\s{2,}(?P<value>-?[\d,]*\.?\d+)\s+(?P<unit>\S+)")


def sections(output: str) -> dict[str, list[tuple[str, float]]]:
    """Each benchmark's rows as (figure name, value), from `python -m bench` output."""
    found: dict[str, list[tuple[str, float]]] = {}
    rows: list[tuple[str, float]] | None = None
    for line in output.splitlines():
        if header := HEADER.match(line):
            rows = found.setdefault(header["name"], [])
        elif not line.strip():
            rows = None
        elif rows is not None and not line.startswith("figure "):
            row = ROW.match(line)
            assert row, f"a figure without a numeric value: {line!r}"
            rows.append((row["name"], float(row["value"].replace(",", ""))))
    return found


def run_benchmarks() -> subprocess.CompletedProcess[str]:
    """`python -m bench ... --quick` in its own process group, so nothing it starts outlives it."""
    with subprocess.Popen(
        [sys.executable, "-m", "bench", *BENCHMARKS, "--quick"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as process:
        try:
            out, err = process.communicate(timeout=280)  # below pytest's timeout: clean up first
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            out, err = process.communicate()
        return subprocess.CompletedProcess(process.args, process.wait(), out, err)


def test_quick_benchmarks_run_and_print_every_figure() -> None:
    done = run_benchmarks()
    assert done.returncode == 0, done.stderr[-3000:]
    found = sections(done.stdout)
    assert set(found) == set(BENCHMARKS), done.stdout
    for name, rows in found.items():
        assert rows, f"{name} printed no figures"
        for figure, value in rows:
            assert math.isfinite(value), f"{name}: {figure} = {value}"
    assert [figure for figure, _ in found["telegram"]] == figure_names(quick=True)
    last = done.stdout.rstrip().splitlines()[-1]  # the summary line, whatever it says
    assert last == "all goals met" or last.endswith("goal(s) missed")


def test_rows_are_read_with_their_numbers() -> None:
    figures = [
        Figure("ours turns/s, 10 users", 1234.0, "turns/s"),
        at_least("ours / baseline turns/s, 10 users", 0.435, "ratio", 1.0),
        Figure("a figure whose name is longer than the column of fifty-eight", -2.5, "ms"),
    ]
    output = table("telegram  (3.4 s)", figures) + "\n\n1 goal(s) missed\n"
    assert sections(output) == {"telegram": [(f.name, f.value) for f in figures]}
