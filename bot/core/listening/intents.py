"""What a message says beyond the question asked: the listening classifier.

Trained from ``bot/data/listening_corpus/*.yaml`` (``python -m bot.training.listening``)
with the same mechanism as the safety screen (:mod:`bot.core.textmodel`): exported
weights, checked by hash at load, scored without scikit-learn.

Labels, each a meaning that holds in every state of a conversation:

* ``afscheid`` goodbye or thanks, to close warmly; ``terug`` back / undo;
* ``ben_je_mens`` "are you a person?"; ``wil_mens`` "I want to talk to a human";
* ``verlies`` a death, divorce, move, lost job or pet; ``bang`` fear; ``eenzaam``;
* ``weet_niet`` not knowing (a path forward, never stored as an answer);
* commands in one's own words: ``stop``, ``menu``, ``help``, ``privacy``,
  ``gegevens`` (export), ``vergeet`` (delete), ``dagelijks_stop``;
* ``niemand`` "there is nobody";
* topics for free text at the menu: ``opmerken``, ``afspraak``, ``rust``,
  ``gevoelens``, ``dagelijks``;
* ``geen``: an ordinary answer to the question asked.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bot.core.language.normalise import emoji_of, normalise, words
from bot.core.paths import DATA
from bot.core.safety.canonical import canonical as repaired
from bot.core.textmodel import LinearModel, read_artifact

__all__ = ["LABELS", "SURE", "TOPICS", "Intent", "canonical", "classify", "load_model"]


MODEL_PATH = DATA / "listening_model.weights.gz"
MANIFEST_PATH = DATA / "listening_model.toml"
LABELS = (
    "geen",
    "afscheid",
    "terug",
    "ben_je_mens",
    "wil_mens",
    "verlies",
    "bang",
    "eenzaam",
    "weet_niet",
    "stop",
    "menu",
    "help",
    "privacy",
    "gegevens",
    "vergeet",
    "dagelijks_stop",
    "niemand",
    "opmerken",
    "afspraak",
    "rust",
    "gevoelens",
    "dagelijks",
)
TOPICS = frozenset({"opmerken", "afspraak", "rust", "gevoelens", "dagelijks"})
# How sure the classifier must be before an intent overrides the step's own reading.
SURE = 0.55
_MAX_CHARS = 400  # longer messages are stories, not commands: read only for feelings


@dataclass(frozen=True, slots=True)
class Intent:
    label: str
    p: float


def _emoji_token(ch: str) -> str:
    name = unicodedata.name(ch, "emoji").lower().replace(" ", "_").replace("-", "_")
    return "@" + name


def canonical(text: str) -> str:
    """Lower-case words, accents folded, emoji as ``@name`` tokens, clause ends as ``#``."""
    norm = normalise(text[:_MAX_CHARS])
    parts: list[str] = []
    for chunk in norm.replace("?", ".").replace("!", ".").replace(",", ".").split("."):
        ws = words(chunk)
        ws += [_emoji_token(e) for e in emoji_of(chunk)]
        if ws:
            parts.append(" ".join(ws))
    return " # ".join(parts)


@lru_cache(maxsize=1)
def load_model() -> LinearModel:
    """The shipped listening model, after checking its SHA-256 against the manifest."""
    data = read_artifact(MODEL_PATH, MANIFEST_PATH, "python -m bot.training.listening")
    return LinearModel(data, LABELS)


@lru_cache(maxsize=2048)
def classify(text: str) -> Intent:
    """The most likely meaning of ``text`` and its probability.

    Read as typed first. When that reading is unsure, the message is read again in the
    safety screen's repaired form ("k zen zo alleen sinds mn ventje gestorve is" as "ik
    ben ... gestorven is"), and the surer reading wins: the model learned Dutch as it is
    written, and people type it as they speak.
    """
    typed = _reading(canonical(text))
    if typed.p >= SURE:
        return typed
    again = _reading(canonical(repaired(text)))
    return again if again.p > typed.p else typed


def _reading(canon: str) -> Intent:
    if not canon:
        return Intent("geen", 1.0)
    probs = load_model().probabilities(canon)
    best = max(range(len(probs)), key=probs.__getitem__)
    return Intent(LABELS[best], probs[best])
