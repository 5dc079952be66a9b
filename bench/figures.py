"""A measured figure with its goal, and the table they print as."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Figure:
    name: str
    value: float
    unit: str
    goal: str = ""  # e.g. ">= 0.5"; empty when the figure is for information
    met: bool | None = None

    def row(self) -> str:
        verdict = {True: "met", False: "MISSED", None: ""}[self.met]
        value = f"{self.value:,.3f}" if abs(self.value) < 100 else f"{self.value:,.0f}"
        return f"{self.name:<58} {value:>14} {self.unit:<10} {self.goal:<14} {verdict}"


def at_least(name: str, value: float, unit: str, goal: float) -> Figure:
    return Figure(name, value, unit, f">= {goal:g}", value >= goal)


def at_most(name: str, value: float, unit: str, goal: float) -> Figure:
    return Figure(name, value, unit, f"<= {goal:g}", value <= goal)


def percentile(samples: Sequence[float], pct: float) -> float:
    if not samples:
        return 0.0
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[int(pct) - 1]


def table(title: str, figures: Sequence[Figure]) -> str:
    lines = [f"## {title}", f"{'figure':<58} {'value':>14} {'unit':<10} {'goal':<14}"]
    lines += [f.row() for f in figures]
    return "\n".join(lines)
