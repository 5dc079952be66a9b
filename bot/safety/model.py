"""The safety classifier at run time: exported weights, checked by hash, scored in Python.

Training (``python -m bot.safety.train``) fits a linear model with scikit-learn and
writes its weights to ``bot/data/safety_model.json.gz`` and the file's SHA-256 to
``bot/data/safety_model.toml``. Here the weights are loaded once, the hash is checked
(a wrong or damaged file refuses to load, it never scores silently wrong), and a
message is scored with a dot product and a softmax: no scikit-learn, no NumPy, so
start-up stays fast and a message takes well under a millisecond.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.safety.features import features

__all__ = ["LABELS", "Model", "ModelError", "Scores", "load_model"]

DATA = Path(__file__).resolve().parent.parent / "data"
MODEL_PATH = DATA / "safety_model.json.gz"
MANIFEST_PATH = DATA / "safety_model.toml"
LABELS = ("none", "concern", "crisis", "acute", "naaste", "geweld")


class ModelError(ValueError):
    """The model file is missing, damaged or not the one the manifest names."""


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


class Model:
    def __init__(self, data: dict[str, Any]) -> None:
        labels = tuple(data["labels"])
        if labels != LABELS:
            raise ModelError(f"model labels {labels} are not {LABELS}")
        self.intercept: tuple[float, ...] = tuple(float(b) for b in data["intercept"])
        weights: dict[str, list[float]] = data["weights"]
        self.weights: dict[str, tuple[float, ...]] = {k: tuple(v) for k, v in weights.items()}
        raw: dict[str, float] = data["thresholds"]
        self.thresholds = Thresholds(**{k: float(v) for k, v in raw.items()})

    def scores_of(self, canon: str) -> Scores:
        """Probabilities for one canonical message string (see bot.safety.rules)."""
        logits = list(self.intercept)
        weights = self.weights
        for name, value in features(canon).items():
            row = weights.get(name)
            if row is not None:
                for i, w in enumerate(row):
                    logits[i] += w * value
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        return Scores(*(e / total for e in exps))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH, manifest: Path = MANIFEST_PATH) -> Model:
    """The shipped model, after checking its bytes against the manifest's SHA-256."""
    try:
        blob = path.read_bytes()
        expected = tomllib.loads(manifest.read_text(encoding="utf-8"))["sha256"]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise ModelError(f"cannot read the safety model ({path.name}): {exc}") from exc
    actual = _sha256(blob)
    if actual != expected:
        raise ModelError(
            f"{path.name} does not match {manifest.name} (sha256 {actual[:12]}…, "
            f"expected {str(expected)[:12]}…): rebuild it with 'python -m bot.safety.train'"
        )
    try:
        data = json.loads(gzip.decompress(blob))
        return Model(data)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{path.name} is damaged: {exc}") from exc
