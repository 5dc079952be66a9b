"""Run benchmarks and print their figures: `python -m bench [NAME ...] [--quick]`."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.figures import Figure, table

HERE = Path(__file__).resolve().parent
NOT_BENCHMARKS = {"figures", "workload"}


def available() -> dict[str, Callable[[bool], list[Figure]]]:
    found = {}
    for info in pkgutil.iter_modules([str(HERE)]):
        if info.name.startswith("_") or info.name in NOT_BENCHMARKS:
            continue
        module = importlib.import_module(f"bench.{info.name}")
        if callable(getattr(module, "run", None)):
            found[info.name] = module.run
    return found


def main(argv: list[str] | None = None) -> int:
    benches = available()
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "names", nargs="*", help=f"which to run (default: all of {sorted(benches)})"
    )
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke test")
    args = parser.parse_args(argv)
    unknown = set(args.names) - set(benches)
    if unknown:
        parser.error(f"unknown benchmark(s) {sorted(unknown)}; known: {sorted(benches)}")
    missed = 0
    for name in args.names or sorted(benches):
        started = time.perf_counter()
        figures = benches[name](args.quick)
        print(table(f"{name}  ({time.perf_counter() - started:.1f} s)", figures), flush=True)
        print(flush=True)
        missed += sum(1 for f in figures if f.met is False)
    print(f"{missed} goal(s) missed" if missed else "all goals met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
