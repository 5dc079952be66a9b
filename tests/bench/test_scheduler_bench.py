"""The scheduler benchmark at a tiny size: it runs, sends everything, breaks no limit.

Speed goals live in the benchmark itself (`python -m bench scheduler`), not here."""

from __future__ import annotations

from bench import scheduler


def test_the_scheduler_benchmark_runs_small() -> None:
    result = scheduler.measure(120)
    assert result.sent == 120
    assert result.violations == 0
    assert 0 < result.rate_fraction <= 1.0  # never faster than Telegram allows
    names = [f.name for f in scheduler.figures(result)]
    assert "send rate / Telegram limit (30 msg/s)" in names
    assert any(name.startswith("find due work") for name in names)
    assert any("memory" in name for name in names)


def test_violations_are_counted() -> None:
    assert scheduler.over_limit([0.0, 0.1, 0.2], 2, 1.0) == 1
    assert scheduler.over_limit([0.0, 1.0, 2.0], 1, 1.0) == 0
