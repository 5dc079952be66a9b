"""The journal chart: a real PNG, drawn off the event loop, in a worker process."""

from __future__ import annotations

import asyncio
import io
import struct
import time

import pytest

from bot.core.chartdata import ChartData, decode, encode
from bot.runtime import charts
from bot.runtime.charts import Renderer

PNG = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the PNG header (the IHDR chunk comes first)."""
    assert data[:8] == PNG and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def month() -> ChartData:
    families = ["bang", "blij", "onrustig", "eigen", "leeg"] * 6
    points = tuple((day + 0.8, (day * 3) % 11, f) for day, f in enumerate(families))
    return ChartData(
        title="Mijn dagboek: de afgelopen maand",
        length=30,
        points=points,
        legend={"eigen": "eigen woorden", "leeg": "leeg of moe"},
        marked=(2, 9, 20),
        marked_label="contact of een klein stapje",
        axis_label="Hoe sterk (0 tot 10)",
        ticks=((0, "6 nov"), (5, "11 nov"), (10, "16 nov")),
    )


def test_a_chart_is_a_png_of_the_size_it_says() -> None:
    data, width, height = charts.draw(month())
    assert png_size(data) == (width, height) == (960, 540)
    assert 10_000 < len(data) < 300_000  # small enough to send and keep in the outbox


def test_an_empty_span_still_draws() -> None:
    empty = ChartData("Leeg", 7, (), {}, (), "contact", "Hoe sterk", ((0, "1 dec"),))
    data, _, _ = charts.draw(empty)
    assert data.startswith(PNG)


@pytest.mark.parametrize("mode", ["process", "thread"])
async def test_the_renderer_draws_off_the_event_loop(mode: str) -> None:
    renderer = Renderer(mode)  # type: ignore[arg-type]
    try:
        await renderer.draw(month())  # the first one starts the worker
        # While a chart is drawn the loop keeps turning: ticks of 5 ms keep coming.
        ticks = 0
        stop = asyncio.Event()

        async def tick() -> None:
            nonlocal ticks
            while not stop.is_set():
                await asyncio.sleep(0.005)
                ticks += 1

        ticker = asyncio.create_task(tick())
        started = time.perf_counter()
        data, _, _ = await renderer.draw(month())
        took = time.perf_counter() - started
        stop.set()
        await ticker
        assert data.startswith(PNG)
        assert ticks >= 2 or took < 0.02  # the loop was not blocked for the whole drawing
    finally:
        await renderer.aclose()


async def test_a_worker_that_died_is_replaced_and_the_failed_chart_raises() -> None:
    renderer = Renderer()
    try:
        await renderer.draw(month())
        worker = renderer._worker
        assert worker is not None
        worker.kill()  # say, the out-of-memory killer
        await worker.wait()
        data, _, _ = await renderer.draw(month())  # a new worker, the chart still comes
        assert data.startswith(PNG) and renderer._worker is not worker
    finally:
        await renderer.aclose()
    assert renderer._worker is None and worker.returncode is not None


def test_the_worker_reports_a_chart_it_cannot_draw_without_its_content(
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = encode(month())
    bad = b'{"title": "Mijn dagboek", "points": "niet goed"}\n'
    out = io.BytesIO()
    charts.serve(io.BytesIO(bad + good), out)
    reply = out.getvalue()
    assert reply[:12] == bytes(12)  # size 0: not drawn
    size, width, height = struct.unpack(">III", reply[12:24])
    assert reply[24:32] == PNG and len(reply) == 24 + size and (width, height) == (960, 540)
    err = capsys.readouterr().err
    assert "chart not drawn (KeyError)" in err and "Mijn dagboek" not in err


def test_chart_data_survives_the_trip_to_the_worker() -> None:
    assert decode(encode(month())) == month()
