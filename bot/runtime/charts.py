"""Drawing the journal chart (the ``charts`` extra: matplotlib, Agg backend).

:func:`draw` is plain CPU work on plain data, so the runtime runs it in a worker
process (:class:`Renderer`): a chart that takes 100 ms never holds up another
person's reply, not even through the GIL. Colours are the Okabe-Ito palette (told
apart with the common kinds of colour blindness) and every family also has its own
marker shape; the picture has its own light background and dark text, so it reads
the same in a chat app's dark mode.
"""

from __future__ import annotations

import asyncio
import io
import os
import struct
import sys
from typing import BinaryIO, Literal

# Only the plain chart data comes from the rest of the bot: the worker process that
# draws charts imports just this module, that one and matplotlib, so it starts quickly.
from bot.core.chartdata import ChartData, decode, encode

# family -> (colour, marker). Yellow is darkened so it stands out on white.
STYLE = {
    "bang": ("#E69F00", "o"),
    "boos": ("#D55E00", "s"),
    "verdrietig": ("#0072B2", "v"),
    "blij": ("#B8A200", "^"),
    "beschaamd": ("#CC79A7", "D"),
    "leeg": ("#6E6E6E", "X"),
    "onrustig": ("#009E73", "P"),
    "eigen": ("#56B4E9", "*"),
}
INK = "#1A1A1A"
PAPER = "#FAFAF7"
WIDTH_IN, HEIGHT_IN, DPI = 8.0, 4.5, 120


def draw(data: ChartData) -> tuple[bytes, int, int]:
    """The chart as PNG bytes, with its width and height in pixels."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    # The object API, not pyplot: no global state, safe in any thread or process.
    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, facecolor=PAPER)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_facecolor(PAPER)
    length = data.length
    size = 46 if length <= 31 else 24 if length <= 92 else 10
    for family, (colour, marker) in STYLE.items():
        xs = [x for x, _, f in data.points if f == family]
        ys = [y for _, y, f in data.points if f == family]
        if xs:
            label = data.legend.get(family, family)
            ax.scatter(xs, ys, s=size, c=colour, marker=marker, label=label, edgecolors=INK,
                       linewidths=0.6 if size > 20 else 0.3, zorder=3)  # fmt: skip
    # The mean per day (per week over longer spans) as a quiet line the eye can follow.
    step = 1 if length <= 62 else 7
    by_step: dict[int, list[int]] = {}
    for x, y, family in data.points:
        if family != "blij":
            by_step.setdefault(int(x) // step, []).append(y)
    steps = sorted(by_step)
    means = [sum(by_step[k]) / len(by_step[k]) for k in steps]
    ax.plot([(k + 0.5) * step for k in steps], means, color="#8A8A8A", linewidth=1.4, zorder=2)
    if data.marked:
        ax.scatter([d + 0.5 for d in data.marked], [-0.9] * len(data.marked), marker="|",
                   s=160 if length <= 92 else 90, c=INK, linewidths=2.2 if length <= 92 else 0.8,
                   label=data.marked_label, zorder=3)  # fmt: skip
    ax.set_ylim(-1.6, 10.6)
    ax.set_yticks(range(0, 11, 2))
    ax.set_xlim(0, length)
    ax.set_xticks([t + 0.5 for t, _ in data.ticks])
    ax.set_xticklabels([label for _, label in data.ticks])
    ax.set_ylabel(data.axis_label, color=INK)
    ax.set_title(data.title, color=INK, loc="left", fontsize=13)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(colors=INK)
    if data.points or data.marked:
        ax.legend(
            loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=9, labelcolor=INK
        )
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png", facecolor=PAPER)
    width, height = fig.canvas.get_width_height()
    return out.getvalue(), int(width), int(height)


class Renderer:
    """Draws charts off the event loop: in a worker process (default) or a thread.

    The worker is ``python -m bot.runtime.charts``, started on the first chart and kept: it
    imports only this module and matplotlib (a pool of the multiprocessing kind would
    re-import the whole bot in its worker). One chart at a time; a worker that dies is
    replaced on the next chart, and the chart that failed raises, so the caller can
    send the words without the picture.
    """

    def __init__(self, mode: Literal["process", "thread"] = "process") -> None:
        self.mode = mode
        self._worker: asyncio.subprocess.Process | None = None
        self._lock: asyncio.Lock | None = None

    async def draw(self, data: ChartData) -> tuple[bytes, int, int]:
        if self.mode == "thread":
            return await asyncio.to_thread(draw, data)
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            worker = self._worker
            if worker is None or worker.returncode is not None:
                worker = self._worker = await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-m",
                    "bot.runtime.charts",
                    stdin=asyncio.subprocess.PIPE,
                    stdout=asyncio.subprocess.PIPE,
                )
            assert worker.stdin is not None and worker.stdout is not None
            try:
                worker.stdin.write(encode(data))
                await worker.stdin.drain()
                size, width, height = _HEADER.unpack(await worker.stdout.readexactly(_HEADER.size))
                png = await worker.stdout.readexactly(size)
            except (ConnectionError, asyncio.IncompleteReadError) as exc:
                await self.aclose()  # a new worker next time
                raise RuntimeError("the chart worker stopped") from exc
        if not size:
            raise RuntimeError("the chart worker could not draw this chart")
        return png, width, height

    async def aclose(self) -> None:
        """Let the worker finish and exit (it stops when its input closes)."""
        worker, self._worker = self._worker, None
        if worker is None or worker.returncode is not None:
            return
        assert worker.stdin is not None
        worker.stdin.close()
        try:
            await asyncio.wait_for(worker.wait(), 5)
        except TimeoutError:
            worker.kill()
            await worker.wait()


# The worker's protocol: one chart as a JSON line in; a header (PNG size, width,
# height; size 0 when drawing failed) and the PNG bytes out.
_HEADER = struct.Struct(">III")


def serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    """The worker's loop: draw each chart read from ``stdin`` until it closes."""
    for line in stdin:
        try:
            png, width, height = draw(decode(line))
        except Exception as exc:  # the kind only: chart data holds what someone felt
            print(f"chart not drawn ({type(exc).__name__})", file=sys.stderr, flush=True)
            png, width, height = b"", 0, 0
        stdout.write(_HEADER.pack(len(png), width, height) + png)
        stdout.flush()


if __name__ == "__main__":
    if hasattr(os, "nice"):
        # Below the bot itself: on a small machine the CPU goes to replies first.
        os.nice(10)
    serve(sys.stdin.buffer, sys.stdout.buffer)
