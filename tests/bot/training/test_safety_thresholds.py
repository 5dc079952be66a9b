"""How the safety model's thresholds share the false-alarm budget (bot/training/safety.py)."""

from __future__ import annotations

import pytest

from bot.training.safety import _combined, mean_thresholds


def test_the_rules_false_alarms_come_out_of_the_budget_first() -> None:
    # Ten everyday messages, a 20% budget: two false alarms in all. One is the rules'.
    scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0]
    risky = [False] * 10
    heard = [True] * 10
    rules = [False] * 10
    assert _combined(rules, scores, risky, heard, 0.2) == pytest.approx(0.7001)
    rules[9] = True
    assert _combined(rules, scores, risky, heard, 0.2) == pytest.approx(0.8001)


def test_a_message_the_model_cannot_flag_takes_no_part_of_the_budget() -> None:
    # The two highest scores belong to messages the screen never lets the model flag
    # (the day's medicines, one word): the model's threshold is set by the others.
    scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0]
    risky = [False] * 10
    rules = [False] * 10
    heard = [False, False] + [True] * 8
    assert _combined(rules, scores, risky, heard, 0.2) == pytest.approx(0.5001)


def test_thresholds_of_several_fold_shuffles_are_averaged() -> None:
    # One shuffle alone moved the line's threshold by 0.03; the mean of three moves less.
    runs = [
        {"clear": 0.86, "check": 0.925, "geweld": 0.5, "confirm": 0.0, "sentence": 0.95},
        {"clear": 0.83, "check": 0.94, "geweld": 0.5, "confirm": 0.1, "sentence": 0.95},
        {"clear": 0.84, "check": 0.945, "geweld": 0.5, "confirm": 0.0, "sentence": 0.96},
    ]
    mean = mean_thresholds(runs)
    assert mean["clear"] == pytest.approx(0.8433, abs=1e-4)
    assert mean["check"] == pytest.approx(0.9367, abs=1e-4)
    assert mean["confirm"] == 0.0  # one of its candidates, never a value between them
