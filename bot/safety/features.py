"""Features of one message for the safety classifier: the same code at training and run time.

The input is the rules' canonical string (:func:`bot.safety.rules.canonical`): lower
case, accents folded, typos towards risk words repaired, glued words split, emoji as
``@sad``/``@skull``/... tokens and clause ends as ``#``. From it come word unigrams,
word bigrams within a clause, lemmas, and character 3-5-grams inside words (which
carry spelling variants, Flemish forms and compounds like "zelfmoordgedachten").

Values are sublinear counts (1 + ln n), scaled to unit length over *all* the
message's features, so a feature the model never saw still dilutes the others the
same way at training and at run time.
"""

from __future__ import annotations

import math
from functools import lru_cache

import simplemma

__all__ = ["features"]

_BOUNDARY = frozenset({"#", ","})


@lru_cache(maxsize=20_000)
def _lemma(token: str) -> str:
    return simplemma.lemmatize(token, lang="nl")


def _chars(token: str, counts: dict[str, float]) -> None:
    padded = f" {token} "
    size = len(padded)
    for n in (3, 4, 5):
        for i in range(size - n + 1):
            key = "c" + padded[i : i + n]
            counts[key] = counts.get(key, 0.0) + 1.0


def features(canon: str) -> dict[str, float]:
    """Feature name -> value for one canonical message string."""
    counts: dict[str, float] = {}
    previous: str | None = None
    for token in canon.split():
        if token in _BOUNDARY:
            previous = None
            continue
        key = "w" + token
        counts[key] = counts.get(key, 0.0) + 1.0
        if previous is not None:
            key = f"b{previous} {token}"
            counts[key] = counts.get(key, 0.0) + 1.0
        previous = token
        if token[0] == "@":
            continue
        lemma = _lemma(token)
        if lemma != token:
            key = "l" + lemma
            counts[key] = counts.get(key, 0.0) + 1.0
        _chars(token, counts)
    if not counts:
        return {}
    scaled = {k: 1.0 + math.log(v) for k, v in counts.items()}
    norm = math.sqrt(sum(v * v for v in scaled.values()))
    return {k: v / norm for k, v in scaled.items()}
