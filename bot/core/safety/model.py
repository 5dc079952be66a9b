"""The safety classifier at run time: exported weights, checked by hash, scored in Python.

Training (``python -m bot.training.safety``) fits a linear model with scikit-learn and
writes its weights to ``bot/data/safety_model.weights.gz`` and the file's SHA-256 to
``bot/data/safety_model.toml``. Here the weights are loaded once, the hash is checked
(a wrong or damaged file refuses to load, it never scores silently wrong), and a
message is scored by :class:`bot.core.textmodel.LinearModel`, shared with the listening
layer: no scikit-learn, no NumPy, so start-up stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.core.paths import DATA
from bot.core.textmodel import LinearModel, ModelError, read_artifact

__all__ = ["LABELS", "Model", "ModelError", "Scores", "load_model"]


MODEL_PATH = DATA / "safety_model.weights.gz"
MANIFEST_PATH = DATA / "safety_model.toml"
LABELS = ("none", "concern", "crisis", "acute", "naaste", "geweld")


@dataclass(frozen=True, slots=True)
class Scores:
    """Probabilities per label for one message (they sum to 1)."""

    none: float
    concern: float
    crisis: float
    acute: float
    naaste: float
    geweld: float

    @property
    def own_risk(self) -> float:
        """The user's own risk of any level: what a check question is for."""
        return self.concern + self.crisis + self.acute

    @property
    def clear(self) -> float:
        """A sign that needs the crisis line at once."""
        return self.crisis + self.acute


@dataclass(frozen=True, slots=True)
class Thresholds:
    clear: float  # crisis + acute at or above: the crisis line at once
    check: float  # own risk at or above: the direct check question
    geweld: float  # violence at home (with a harm word in the message)
    # The model's own-risk score a rule's *unclear* sign needs to stand: the rules'
    # weaker patterns ("ik kan niet meer") also fit plenty of everyday talk, and where
    # the model is sure it is not risk the check question would only be a false alarm.
    confirm: float = 0.0
    # Own risk one sentence of a longer message needs on its own, read apart from the
    # rest: every sentence is one more chance of a false alarm, so this is never below
    # ``check`` (see bot.core.safety.screen._most_worrying).
    sentence: float = 1.0


class Model:
    def __init__(self, data: dict[str, Any]) -> None:
        try:
            self.linear = LinearModel(data, LABELS)
            raw: dict[str, float] = data["thresholds"]
            self.thresholds = Thresholds(**{k: float(v) for k, v in raw.items()})
        except (KeyError, TypeError) as exc:
            raise ModelError(f"the safety model is damaged: {exc}") from exc

    def scores_of(self, canon: str) -> Scores:
        """Probabilities for one canonical message string (see bot.core.safety.rules)."""
        return Scores(*self.linear.probabilities(canon))


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH, manifest: Path = MANIFEST_PATH) -> Model:
    """The shipped model, after checking its bytes against the manifest's SHA-256."""
    return Model(read_artifact(path, manifest, "python -m bot.training.safety"))
