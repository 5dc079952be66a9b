"""The daily questions and the check-in question sets (``bot/data/prompts_nl.toml``).

:func:`pick` chooses the next question for someone: one that fits the time of day,
that was not among the last :data:`NO_REPEAT` they got, and preferably of another
theme than the last one. The choice is deterministic for a seed (user and day), so a
retried turn asks the same question.
"""

from __future__ import annotations

import json
import random
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.core.paths import DATA

NO_REPEAT = 14  # no question comes back within this many prompts
THEMES = ("gevoel", "contact", "zorg", "delen", "rust", "zelf")
MOMENTS = ("altijd", "avond", "ochtend")
DEFAULT_SET = "licht"


@dataclass(frozen=True, slots=True)
class Prompt:
    id: str
    text: str
    theme: str = "zelf"
    moment: str = "altijd"

    def fits(self, hour: int) -> bool:
        """Whether it makes sense at this local hour ("hoe was je dag" not at breakfast)."""
        if self.moment == "avond":
            return hour >= 15
        if self.moment == "ochtend":
            return hour < 12
        return True


def _load() -> tuple[tuple[Prompt, ...], dict[str, tuple[Prompt, ...]]]:
    raw: dict[str, Any] = tomllib.loads((DATA / "prompts_nl.toml").read_text(encoding="utf-8"))
    daily = tuple(
        Prompt(item["id"], item["tekst"].strip(), item["thema"], item.get("moment", "altijd"))
        for item in raw["vraag"]
    )
    sets = {
        name: tuple(Prompt(item["id"], item["tekst"].strip()) for item in items)
        for name, items in raw["checkin"].items()
    }
    return daily, sets


DAILY, CHECKIN_SETS = _load()
_BY_ID: Mapping[str, Prompt] = {p.id: p for p in DAILY}


def by_id(prompt_id: str) -> Prompt | None:
    return _BY_ID.get(prompt_id)


def _choose(candidates: Sequence[Prompt], recent: Sequence[str], seed: str) -> Prompt:
    fresh = [p for p in candidates if p.id not in recent]
    if not fresh:
        # Everything was asked recently: the one asked longest ago.
        order = {pid: i for i, pid in enumerate(recent)}
        return min(candidates, key=lambda p: order.get(p.id, -1))
    last = _BY_ID.get(recent[-1]) if recent else None
    varied = [p for p in fresh if last is None or p.theme != last.theme] or fresh
    return random.Random(seed).choice(sorted(varied, key=lambda p: p.id))


def pick(recent: Sequence[str], hour: int, seed: str) -> Prompt:
    """The next daily question for someone who recently got ``recent`` (oldest first)."""
    fitting = [p for p in DAILY if p.fits(hour)] or list(DAILY)
    return _choose(fitting, recent, seed)


def pick_checkin(question_set: str, recent: Sequence[str], seed: str) -> Prompt:
    """The next question for a room's check-in, from its chosen set."""
    candidates = CHECKIN_SETS.get(question_set) or CHECKIN_SETS[DEFAULT_SET]
    return _choose(candidates, recent, seed)


def remember(recent: Sequence[str], prompt_id: str) -> list[str]:
    """The recent list after asking ``prompt_id`` (bounded)."""
    return [*[r for r in recent if r != prompt_id], prompt_id][-NO_REPEAT:]


def recent_json(recent: Sequence[str]) -> str:
    """The stored form of the recently asked question ids."""
    return json.dumps(list(recent))


def recent_list(stored: str | None) -> list[str]:
    """The recently asked question ids; a damaged value reads as none."""
    if not stored:
        return []
    try:
        value = json.loads(stored)
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []
