"""The daily questions: enough of them, grounded in the themes, rotated without repeats."""

from __future__ import annotations

import itertools

import pytest

from bot.core.schedule import prompts


def test_at_least_thirty_distinct_questions_in_every_theme() -> None:
    ids = [p.id for p in prompts.DAILY]
    texts = [p.text for p in prompts.DAILY]
    assert len(set(ids)) == len(ids) >= 30
    assert len(set(texts)) == len(texts)
    assert {p.theme for p in prompts.DAILY} == set(prompts.THEMES)
    assert {p.moment for p in prompts.DAILY} <= set(prompts.MOMENTS)


def test_questions_are_short_and_ask_one_thing() -> None:
    for prompt in [*prompts.DAILY, *itertools.chain(*prompts.CHECKIN_SETS.values())]:
        assert len(prompt.text) <= 110, prompt.id
        assert prompt.text.count("?") == 1, prompt.id
        for word in ("waarom niet", "moet", "gemist", "vergeten"):
            assert word not in prompt.text.lower(), prompt.id  # no pressure, no guilt


@pytest.mark.parametrize("hour", [8, 9, 13, 20])
def test_no_repeat_within_the_window(hour: int) -> None:
    recent: list[str] = []
    asked = []
    for day in range(60):
        prompt = prompts.pick(recent, hour, f"user:{day}")
        assert prompt.fits(hour)
        asked.append(prompt.id)
        recent = prompts.remember(recent, prompt.id)
    for i in range(len(asked)):
        window = asked[max(0, i - prompts.NO_REPEAT + 1) : i + 1]
        assert len(window) == len(set(window)), f"repeat within {prompts.NO_REPEAT}: {window}"
    assert all(a != b for a, b in itertools.pairwise(prompts.by_id(x).theme for x in asked))  # type: ignore[union-attr]


def test_morning_gets_no_question_about_the_day_that_just_began() -> None:
    for seed in range(50):
        assert prompts.pick([], 9, str(seed)).moment != "avond"
        assert prompts.pick([], 20, str(seed)).moment != "ochtend"


def test_the_choice_is_the_same_for_the_same_seed() -> None:
    assert prompts.pick(["zelf-trots"], 9, "a") == prompts.pick(["zelf-trots"], 9, "a")


def test_when_everything_was_asked_the_oldest_comes_back() -> None:
    everything = [p.id for p in prompts.DAILY]
    assert prompts.pick(everything, 9, "x").id == next(p.id for p in prompts.DAILY if p.fits(9))


def test_checkin_sets() -> None:
    assert set(prompts.CHECKIN_SETS) == {"licht", "contact", "rust"}
    assert all(len(questions) >= 6 for questions in prompts.CHECKIN_SETS.values())
    recent: list[str] = []
    for week in range(6):
        question = prompts.pick_checkin("contact", recent, f"room:{week}")
        assert question.id not in recent
        recent = prompts.remember(recent, question.id)
    assert prompts.pick_checkin("bestaat-niet", [], "x") in prompts.CHECKIN_SETS["licht"]
