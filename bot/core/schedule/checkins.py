"""A round's question, and who joined a round: pure, for the enrichment and the scheduler."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.schedule import commands, prompts


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
