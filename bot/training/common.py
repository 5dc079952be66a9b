"""Fitting and exporting the linear text classifiers (build time only; the ``train`` extra).

Shared by ``python -m bot.training.safety`` and ``python -m bot.training.listening``: a
multinomial logistic regression from scikit-learn over :func:`bot.core.textmodel.features`,
exported as pruned, rounded weights (:func:`bot.core.textmodel.pack`) that
:class:`bot.core.textmodel.LinearModel` scores without scikit-learn. The same examples
and versions give the same bytes, so a ``--check`` run can prove the shipped artifact is
reproducible.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

PRUNE = 0.02  # weights below this (in every class) are dropped from the artifact
DECIMALS = 3  # bot.core.textmodel.pack keeps exactly these, as integers


def fit(feats: Sequence[dict[str, float]], y: Sequence[int], c: float) -> tuple[Any, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(feats)
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, tol=1e-4)
    clf.fit(x, y)
    return vec, clf


def export(vec: Any, clf: Any, labels: Sequence[str], **extra: Any) -> dict[str, Any]:
    """The model as plain data: labels, intercepts, weights per feature, and ``extra``."""
    names = vec.get_feature_names_out()
    coef = clf.coef_.T  # features x classes
    weights = {}
    for name, row in zip(names, coef, strict=True):
        if max(abs(float(w)) for w in row) >= PRUNE:
            weights[str(name)] = [round(float(w), DECIMALS) for w in row]
    return {
        "labels": list(labels),
        "intercept": [round(float(b), DECIMALS) for b in clf.intercept_],
        "weights": weights,
        **extra,
    }


def write(blob: bytes, model: Path, manifest: Path, command: str, **info: int) -> str:
    """Write the artifact and its manifest (the SHA-256 checked at every load)."""
    digest = hashlib.sha256(blob).hexdigest()
    model.write_bytes(blob)
    lines = [f"# Written by '{command}'; checked at every load.", f'sha256 = "{digest}"']
    lines += [f"{k} = {v}" for k, v in info.items()]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return digest


def typo(word: str, rng: random.Random) -> str:
    """One typing slip in a word of four letters or more: a dropped, doubled or swapped letter."""
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
