"""What a journal chart shows, as plain data: made by :mod:`bot.core.journal`, drawn by
:mod:`bot.runtime.charts` in a worker process, and sent there as one JSON line."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass

# Imports nothing else from the bot: the chart worker process imports this module.


@dataclass(frozen=True, slots=True)
class ChartData:
    """Everything a chart shows, already in words (see :func:`bot.core.journal.chart_data`)."""

    title: str
    length: int  # days shown
    points: tuple[tuple[float, int, str], ...]  # (days after the first, intensity, family)
    legend: Mapping[str, str]  # family -> its name in the legend
    marked: tuple[int, ...]  # days (after the first) with contact or a small step
    marked_label: str
    axis_label: str
    ticks: tuple[tuple[int, str], ...]  # (day, its date in words) under the axis


def encode(data: ChartData) -> bytes:
    return (json.dumps(dataclasses.asdict(data), ensure_ascii=False) + "\n").encode("utf-8")


def decode(line: bytes) -> ChartData:
    raw = json.loads(line)
    return ChartData(
        title=raw["title"],
        length=raw["length"],
        points=tuple((float(x), int(y), str(f)) for x, y, f in raw["points"]),
        legend=raw["legend"],
        marked=tuple(raw["marked"]),
        marked_label=raw["marked_label"],
        axis_label=raw["axis_label"],
        ticks=tuple((int(t), str(label)) for t, label in raw["ticks"]),
    )
