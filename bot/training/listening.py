"""Train the listening classifier: ``python -m bot.training.listening`` (the ``train`` extra).

Reads ``bot/data/listening_corpus/*.yaml`` (label -> examples; never the held-out set
in ``tests/heldout/listening.yaml``), adds typing variants with a fixed seed, fits the
shared linear model (:mod:`bot.training.common`) and writes ``bot/data/listening_model.weights.gz``
with its SHA-256 in ``listening_model.toml``. Prints 5-fold cross-validated accuracy
per label on the hand-written examples. ``--check`` fails when the shipped file is not
what a fresh run gives.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.core.listening.intents import LABELS, MANIFEST_PATH, MODEL_PATH, canonical
from bot.core.paths import DATA
from bot.core.textmodel import LinearModel, features, pack
from bot.training import common as modeltrain

CORPUS = DATA / "listening_corpus"
SEED = 20261205
C = 8.0
_CHAT = {"niet": "nie", "ik": "k", "even": "ff", "het": "t", "een": "n", "gewoon": "gwn"}
_LEADS = ("hmm ", "nou ", "eh ", "oke ", "sorry, ", "allee ")
_TAILS = (" hoor", "!", " 🙂", "...", " he", " eigenlijk")


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str
    base: int


def load_corpus(folder: Path = CORPUS) -> list[Example]:
    out: list[Example] = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for label, texts in data.items():
            if label not in LABELS:
                raise ValueError(f"{path.name}: unknown label {label!r}")
            out.extend(Example(str(t), label, len(out) + i) for i, t in enumerate(texts))
    return out


def _variants(text: str, rng: random.Random) -> Iterator[str]:
    ws = text.lower().split()
    if not ws:
        return
    typed = list(ws)
    j = rng.randrange(len(typed))
    typed[j] = modeltrain.typo(typed[j], rng)
    yield " ".join(typed)
    swapped = " ".join(_CHAT.get(w, w) for w in ws)
    yield rng.choice(_LEADS) + swapped if rng.random() < 0.5 else swapped + rng.choice(_TAILS)


def expand(examples: Sequence[Example]) -> list[Example]:
    rng = random.Random(SEED)
    out = list(examples)
    for ex in examples:
        for text in _variants(ex.text, rng):
            if text != ex.text.lower():
                out.append(Example(text, ex.label, ex.base))
    return out


def _xy(examples: Sequence[Example]) -> tuple[list[dict[str, float]], list[int]]:
    return [features(canonical(e.text)) for e in examples], [
        LABELS.index(e.label) for e in examples
    ]


def cross_validated(examples: Sequence[Example], written: int) -> list[str]:
    """Out-of-fold predictions for the hand-written examples (variants stay in their fold)."""
    from sklearn.model_selection import StratifiedGroupKFold

    feats, y = _xy(examples)
    groups = [e.base for e in examples]
    predicted = [""] * written
    folds = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=SEED)
    for train_idx, test_idx in folds.split(feats, y, groups):
        vec, clf = modeltrain.fit([feats[i] for i in train_idx], [y[i] for i in train_idx], C)
        model = LinearModel(modeltrain.export(vec, clf, LABELS), LABELS)
        for i in test_idx:
            if i < written:
                probs = model.probabilities(canonical(examples[i].text))
                predicted[i] = LABELS[max(range(len(probs)), key=probs.__getitem__)]
    return predicted


def build() -> tuple[bytes, int, int, int]:
    base = load_corpus()
    examples = expand(base)
    feats, y = _xy(examples)
    vec, clf = modeltrain.fit(feats, y, C)
    data = modeltrain.export(vec, clf, LABELS)
    return pack(data), len(base), len(examples), len(data["weights"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.training.listening", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the shipped model differs")
    parser.add_argument("--cv", action="store_true", help="print cross-validated accuracy")
    args = parser.parse_args(argv)
    blob, n_base, n_examples, n_features = build()
    if args.check:
        if not MODEL_PATH.exists() or MODEL_PATH.read_bytes() != blob:
            print("the shipped listening model differs from a fresh training run", file=sys.stderr)
            return 1
        print("listening model reproduced")
        return 0
    digest = modeltrain.write(
        blob,
        MODEL_PATH,
        MANIFEST_PATH,
        "python -m bot.training.listening",
        corpus_messages=n_base,
        training_examples=n_examples,
        features=n_features,
    )
    print(f"wrote {MODEL_PATH.name}: {len(blob):,} bytes, {n_features:,} features, sha256 {digest}")
    if args.cv:
        base = load_corpus()
        predicted = cross_validated(expand(base), len(base))
        per: dict[str, list[bool]] = {}
        for ex, guess in zip(base, predicted, strict=True):
            per.setdefault(ex.label, []).append(guess == ex.label)
        total = [ok for oks in per.values() for ok in oks]
        print(f"cross-validated accuracy (hand-written): {sum(total) / len(total):.3f}")
        for label, oks in sorted(per.items()):
            print(f"  {label:15} n={len(oks):3}  {sum(oks) / len(oks):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
