"""A room's check-in in words, and who joined a round: pure, for the engine and the scheduler."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.schedule import commands, prompts, times


def describe(days: str, at: str, zone: str, window: int, roundup: int, question_set: str) -> str:
    """A room's check-in in words, for "checkin"."""
    when = f"{times.describe_days(times.days_from_text(days))} om {at}"
    summary = "met samenvatting" if roundup else "zonder samenvatting"
    return (
        f"{when} ({zone}), {times.describe_minutes(int(window))} om te antwoorden, "
        f"vragen '{question_set}', {summary}"
    )


def question_text(question_id: str) -> str | None:
    for questions in prompts.CHECKIN_SETS.values():
        for question in questions:
            if question.id == question_id:
                return question.text
    return None


@dataclass(frozen=True, slots=True)
class Participation:
    """Who joined a round: named members by display name, and how many more."""

    named: list[str]
    unnamed: int

    @property
    def total(self) -> int:
        return len(self.named) + self.unnamed

    def context(self) -> dict[str, str | int]:
        return {
            "deelnemers": self.total,
            "genoemd": len(self.named),
            "aantal": commands.count_words(self.total),
            "namen": commands.who_joined(self.named, self.unnamed),
        }
