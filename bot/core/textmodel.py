"""Linear text classifiers, shared by the safety screen and the listening layer.

One mechanism for both: a message becomes features (below), a model trained with
scikit-learn (``bot.training.common``, at build time only) is shipped as exported weights
in a small gzipped file (:func:`pack`) whose SHA-256 sits in a TOML manifest, and here it
is loaded, checked and scored with a dot product and a softmax. No scikit-learn or NumPy at run
time, so start-up stays fast and a message takes well under a millisecond.

Features: the input is a canonical string (the safety rules' :func:`canonical`, or
the listening layer's): lower case, accents folded, emoji as ``@sad``-like tokens and
clause ends as ``#``. From it come word unigrams,
word bigrams within a clause, lemmas, and character 3-5-grams inside words (which
carry spelling variants, Flemish forms and compounds like "zelfmoordgedachten"), and,
when a model ships a :class:`Scheme`, word classes and ordered pairs of them within a
clause (the safety model's "SELF>WISH>DIE"), weighted against the rest.

Values are sublinear counts (1 + ln n), scaled to unit length over *all* the
message's features, so a feature the model never saw still dilutes the others the
same way at training and at run time.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import sys
import tomllib
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.core.language.lexicon import lemma

__all__ = [
    "Concepts",
    "LinearModel",
    "ModelError",
    "Scheme",
    "Weights",
    "concepts_of",
    "features",
    "pack",
    "read_artifact",
]

_BOUNDARY = frozenset({"#", ","})
_MAX_KINDS = 12  # word classes per clause that form pairs: bounds the work per message


@lru_cache(maxsize=4096)  # about 5 MB at most
def _char_keys(token: str) -> tuple[str, ...]:
    """The token's character 3-5-gram features, in order. Cached: a message is read whole
    and sentence by sentence, and everyday words come back in every message."""
    padded = f" {token} "
    size = len(padded)
    return tuple("c" + padded[i : i + n] for n in (3, 4, 5) for i in range(size - n + 1))


def _chars(token: str, counts: dict[str, float]) -> None:
    for key in _char_keys(token):
        counts[key] = counts.get(key, 0.0) + 1.0


Concepts = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Scheme:
    """Word classes and how much each kind of feature weighs (shipped with a model).

    ``concepts`` maps a word (or its lemma) to its word classes (the safety model's
    ``bot/data/safety_concepts.toml``): each class is a feature, and so is each ordered
    pair of classes within a clause ("SELF>DIE"), which carries a way of saying
    something to wordings no training message used. ``chars`` and ``kinds`` scale the
    character n-grams and the class features against the words.
    """

    concepts: Concepts
    chars: float = 1.0
    kinds: float = 1.0

    def as_data(self) -> dict[str, Any]:
        return {
            "concepts": {word: list(kinds) for word, kinds in sorted(self.concepts.items())},
            "chars": self.chars,
            "kinds": self.kinds,
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Scheme:
        table = data["concepts"]
        return cls(
            {str(w): tuple(k) for w, k in table.items()},
            float(data["chars"]),
            float(data["kinds"]),
        )


def features(canon: str, scheme: Scheme | None = None) -> dict[str, float]:
    """Feature name -> value for one canonical message string (see :class:`Scheme`)."""
    concepts = scheme.concepts if scheme is not None else None
    counts: dict[str, float] = {}
    previous: str | None = None
    clause: list[str] = []
    for token in canon.split():
        if token in _BOUNDARY:
            previous = None
            _pairs(clause, counts)
            clause = []
            continue
        key = "w" + token
        counts[key] = counts.get(key, 0.0) + 1.0
        if previous is not None:
            key = f"b{previous} {token}"
            counts[key] = counts.get(key, 0.0) + 1.0
        previous = token
        base = token if token[0] == "@" else lemma(token)
        if concepts is not None:
            for kind in concepts.get(token) or concepts.get(base) or ():
                key = "k" + kind
                counts[key] = counts.get(key, 0.0) + 1.0
                clause.append(kind)
        if token[0] == "@":
            continue
        if base != token:
            key = "l" + base
            counts[key] = counts.get(key, 0.0) + 1.0
        _chars(token, counts)
    _pairs(clause, counts)
    if not counts:
        return {}
    scaled = {k: 1.0 + math.log(v) for k, v in counts.items()}
    if scheme is not None:
        weight = {"c": scheme.chars, "k": scheme.kinds, "p": scheme.kinds}
        scaled = {k: v * weight.get(k[0], 1.0) for k, v in scaled.items()}
    norm = math.sqrt(sum(v * v for v in scaled.values()))
    return {k: v / norm for k, v in scaled.items()}


def _pairs(kinds: list[str], counts: dict[str, float]) -> None:
    seen: set[str] = set()
    for i, first in enumerate(kinds[:_MAX_KINDS]):
        for second in kinds[i + 1 : _MAX_KINDS]:
            if first != second:
                seen.add(f"p{first}>{second}")
    for key in seen:
        counts[key] = 1.0


def concepts_of(table: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """Word -> its classes, from a class -> words table (as in the TOML file)."""
    out: dict[str, list[str]] = {}
    for kind, words in sorted(table.items()):
        for word in words:
            out.setdefault(str(word), []).append(kind)
    return {word: tuple(kinds) for word, kinds in sorted(out.items())}


class ModelError(ValueError):
    """A model file is missing, damaged or not the one its manifest names."""


# The artifact: gzip of [4-byte length][JSON header][weights as little-endian int32].
# The header has the labels, intercepts and any extras, and the feature names; the
# weights, rounded to three decimals by training, are kept as thousandths. JSON for
# 40,000 rows of floats took 0.12 s to parse at every start; this takes a few ms.
_SCALE = 1000
_INT = "i"


def pack(data: Mapping[str, Any]) -> bytes:
    """Deterministic bytes for an exported model (sorted names, no gzip timestamp)."""
    weights: Mapping[str, Sequence[float]] = data["weights"]
    names = sorted(weights)
    width = len(data["labels"])
    if any("\n" in name for name in names) or any(len(weights[n]) != width for n in names):
        raise ValueError("feature names must be single lines, every row one weight per label")
    ints = array(_INT, (round(w * _SCALE) for name in names for w in weights[name]))
    if sys.byteorder != "little":
        ints.byteswap()
    head = {k: v for k, v in data.items() if k != "weights"}
    header = json.dumps({**head, "features": "\n".join(names)}, sort_keys=True).encode()
    return gzip.compress(len(header).to_bytes(4, "little") + header + ints.tobytes(), mtime=0)


def _unpack(raw: bytes) -> dict[str, Any]:
    size = int.from_bytes(raw[:4], "little")
    data: dict[str, Any] = json.loads(raw[4 : 4 + size])
    ints = array(_INT)
    ints.frombytes(raw[4 + size :])
    if sys.byteorder != "little":
        ints.byteswap()
    names = data.pop("features").split("\n") if data["features"] else []
    data["weights"] = Weights(names, [v / _SCALE for v in ints], len(data["labels"]))
    return data


def read_artifact(path: Path, manifest: Path, rebuild: str) -> dict[str, Any]:
    """The model data in ``path`` after checking its bytes against the manifest's SHA-256.

    ``rebuild`` is the command that writes it, named in the error for whoever runs it.
    """
    try:
        blob = path.read_bytes()
        expected = tomllib.loads(manifest.read_text(encoding="utf-8"))["sha256"]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise ModelError(f"cannot read {path.name}: {exc}") from exc
    actual = hashlib.sha256(blob).hexdigest()
    if actual != expected:
        raise ModelError(
            f"{path.name} does not match {manifest.name} (sha256 {actual[:12]}…, "
            f"expected {str(expected)[:12]}…): rebuild it with '{rebuild}'"
        )
    try:
        return _unpack(gzip.decompress(blob))
    except (OSError, ValueError, KeyError, TypeError, EOFError) as exc:
        raise ModelError(f"{path.name} is damaged: {exc}") from exc


class Weights:
    """One weight per label for each feature, kept column by column (one list per label),
    and for a six-label model also row by row (see :meth:`_six`)."""

    __slots__ = ("_columns", "_index", "_rows", "width")

    def __init__(self, names: Sequence[str], flat: list[float], width: int) -> None:
        if width < 1 or len(flat) != len(names) * width:
            raise ValueError(f"{len(flat)} weights for {len(names)} features of {width}")
        self._index = {name: i for i, name in enumerate(names)}
        self._columns = [flat[i::width] for i in range(width)]
        # The safety model's six labels, scored on every message, also row by row.
        self._rows = [tuple(flat[i : i + 6]) for i in range(0, len(flat), 6)] if width == 6 else []
        self.width = width

    @classmethod
    def from_rows(cls, rows: Mapping[str, Sequence[float]], width: int) -> Weights:
        names = sorted(rows)
        return cls(names, [float(w) for n in names for w in rows[n]], width)

    def __len__(self) -> int:
        return len(self._index)

    def logits(self, intercept: Sequence[float], values: Mapping[str, float]) -> list[float]:
        """intercept + the weighted sum of the known features, per label.

        Added feature by feature in the features' order, as a row-by-row loop would: the
        same floats to the last bit, a few times faster (one flat loop per label)."""
        index = self._index
        if self._rows:
            return self._six(intercept, values)
        known = [(index[name], value) for name, value in values.items() if name in index]
        out = []
        for bias, column in zip(intercept, self._columns, strict=True):
            total = bias
            for row, value in known:
                total += column[row] * value
            out.append(total)
        return out

    def _six(self, intercept: Sequence[float], values: Mapping[str, float]) -> list[float]:
        """:meth:`logits` for six labels: one pass over the features, the same additions in
        the same order per label (so the same floats), without a loop per label."""
        index, rows = self._index, self._rows
        b0, b1, b2, b3, b4, b5 = intercept
        for name, value in values.items():
            i = index.get(name)
            if i is not None:
                r = rows[i]
                b0 += r[0] * value
                b1 += r[1] * value
                b2 += r[2] * value
                b3 += r[3] * value
                b4 += r[4] * value
                b5 += r[5] * value
        return [b0, b1, b2, b3, b4, b5]


class LinearModel:
    """Exported weights of a multinomial logistic regression, scored in pure Python."""

    def __init__(self, data: dict[str, Any], labels: tuple[str, ...]) -> None:
        found = tuple(data["labels"])
        if found != labels:
            raise ModelError(f"model labels {found} are not {labels}")
        self.labels = labels
        self.intercept: tuple[float, ...] = tuple(float(b) for b in data["intercept"])
        rows = data["weights"]
        self.weights = rows if isinstance(rows, Weights) else Weights.from_rows(rows, len(labels))
        if self.weights.width != len(labels):
            raise ModelError("model weights do not match its labels")
        if len(self.intercept) != len(labels):
            raise ModelError("model intercept does not match its labels")
        raw = data.get("scheme")
        self.scheme: Scheme | None = Scheme.from_data(raw) if raw else None

    def probabilities(self, canon: str) -> tuple[float, ...]:
        """Probability per label (in ``labels`` order) for one canonical string."""
        logits = self.weights.logits(self.intercept, features(canon, self.scheme))
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        return tuple(e / total for e in exps)
