"""A safety model with no opinion, for tests where the readable rules alone decide."""

from __future__ import annotations

from bot.core.safety import screen
from bot.core.safety.model import Model, Scores, Thresholds


class Undecided(Model):
    """Half none, half concern: below every model threshold, above "confirm"."""

    def __init__(self) -> None:
        self.thresholds = Thresholds(clear=0.9, check=0.8, geweld=0.9, confirm=0.2)

    def scores_of(self, canon: str) -> Scores:
        return Scores(0.5, 0.5, 0.0, 0.0, 0.0, 0.0)


def rules_level(text: str) -> str:
    """The screen's level for ``text`` with the rules deciding alone."""
    return screen(text, model=Undecided()).level
