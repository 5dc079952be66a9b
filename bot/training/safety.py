"""Train the safety classifier: ``python -m bot.training.safety`` (needs the ``train`` extra).

Reads the labelled corpus in ``bot/data/safety_corpus/*.yaml`` (never the held-out
sets in ``tests/heldout/``), adds spelling variants people type (typos, glued
words, chat and Flemish forms, lead-ins and emoji) with a fixed seed, and fits a
multinomial logistic regression (scikit-learn) on the features of
:mod:`bot.core.textmodel`. Thresholds are chosen from 5-fold cross-validation on the
corpus alone, grouped so variants of one message never sit on both sides of a fold, and
averaged over three fold shuffles.

Writes ``bot/data/safety_model.weights.gz`` (the weights, pruned and rounded) and
``bot/data/safety_model.toml`` (its SHA-256, checked at every load), and prints the
cross-validated and training-set figures. The same corpus and versions give the same
bytes: ``--check`` retrains and fails when the shipped file differs (minutes);
``--check-weights`` refits only the weights with the shipped thresholds (the test suite's
check, under a minute).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import random
import re
import statistics
import sys
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.core.paths import DATA
from bot.core.safety.model import (
    LABELS,
    MANIFEST_PATH,
    MODEL_PATH,
    Model,
    Scores,
    Thresholds,
    load_model,
)
from bot.core.safety.rules import canonical, screen_canonical
from bot.core.textmodel import Scheme, concepts_of, features, pack
from bot.training import common as modeltrain
from bot.training.listening import CORPUS as LISTENING
from bot.training.listening import load_corpus as listening_corpus

CORPUS = DATA / "safety_corpus"
CONCEPTS = CORPUS.parent / "safety_concepts.toml"
SEED = 20261205
# Inverse regularisation: --sweep (corpus CV, risk caught at 2.9% false alarms) gave
# 8 -> 0.61, 16 -> 0.67, 32 -> 0.68.
C = 32.0
# The screen as a whole (the fixed rules or the model) may raise the crisis line at once
# on at most 1.5% and any crisis reply on at most 3% of the corpus's hand-written "none"
# messages, cross-validated. The held-out sets play no part in this.
# One sentence of a longer message, read on its own, may reach the model's reply on at
# most 1.5% of those messages: two everyday sentences together then stay within 3%.
FALSE_ALARMS = {"clear": 0.015, "check": 0.03, "geweld": 0.01, "sentence": 0.015}
# Cross-validation repeated with this many fold shuffles, the thresholds averaged: one
# shuffle alone moved the line's threshold by 0.03 and the check's by 0.02 (same corpus,
# three shuffles: clear 0.862, 0.835, 0.838; check 0.925, 0.939, 0.944).
CV_REPEATS = 3
# Character n-grams at half weight and word classes at double: the classes generalise,
# the n-grams memorise spellings (compared by corpus cross-validation, recall at 3% false
# alarms: words+chars 0.58, + classes 0.61, + these weights 0.64).
CHARS, KINDS = 0.5, 2.0


@cache
def scheme(path: Path = CONCEPTS) -> Scheme:
    table = tomllib.loads(path.read_text(encoding="utf-8"))["concepts"]
    return Scheme(concepts_of(table), CHARS, KINDS)


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str
    group: str
    base: int  # index of the hand-written message it comes from


def load_corpus(folder: Path = CORPUS, bot_talk: Path | None = LISTENING) -> list[Example]:
    examples: list[Example] = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        label = data["label"]
        if label not in LABELS:
            raise ValueError(f"{path.name}: unknown label {label!r}")
        for group, texts in data["groups"].items():
            for text in texts:
                examples.append(Example(str(text), label, group, len(examples)))
    if bot_talk is not None:
        for text, intent in talk_to_the_bot(bot_talk):
            examples.append(Example(text, "none", f"bot_talk_{intent}", len(examples)))
    return examples


# What people type to use the bot ("hoofdmenu", "wat kan ik nog meer doen", "ik wil mijn
# dochter laten merken dat ik aan haar denk"), from the listening corpus: never a risk
# sign (several got the check question). Not the intents that can carry distress
# (stop, goodbye, forget me, not knowing, feelings, loneliness, a loss, fear).
BOT_TALK: tuple[str, ...] = (
    "menu", "help", "privacy", "gegevens", "dagelijks", "dagelijks_stop", "opmerken",
    "afspraak", "rust", "terug", "ben_je_mens", "wil_mens",
)  # fmt: skip


# Answers to the dialogues' questions ("geen idee eerlijk gezegd", "dat lijkt me fijn",
# "alles is nog hetzelfde"; several got the check question), unless the rules read a
# sign in them ("ik weet het niet meer") or they speak of death or life at all (worry
# about someone: "mijn zoon praat over doodgaan" keeps its own path).
ANSWERS: tuple[str, ...] = ("weet_niet", "geen")
_LIFE_AND_DEATH = re.compile(r"dood|doodgaan|sterv|sterf|leven|zelfmoord|suicid|suïcid|pijn")


def talk_to_the_bot(folder: Path = LISTENING) -> list[tuple[str, str]]:
    """(text, intent) of the listening corpus's messages that operate the bot or answer
    its questions without any risk word."""
    out = []
    for ex in listening_corpus(folder):
        if ex.label in BOT_TALK or (
            ex.label in ANSWERS
            and not _LIFE_AND_DEATH.search(ex.text.lower())
            and screen_canonical(canonical(ex.text)).level == "none"
        ):
            out.append((ex.text, ex.label))
    return out


# ---------------------------------------------------------------- variants

_CHAT = {
    "niet": "nie",
    "ik": "k",
    "even": "ff",
    "gewoon": "gwn",
    "mezelf": "mzelf",
    "meer": "mer",
    "het": "t",
    "een": "n",
    "wil": "wl",
    "echt": "egt",
}
_FLEMISH = {
    "niet": "nie",
    "mezelf": "mijn eigen",
    "me": "mij",
    "denk": "peins",
    "zin": "goesting",
    "heel": "ne keer",
    "wat": "wa",
}
_RISK_LEADS = (
    "eerlijk gezegd ",
    "ik weet niet hoe ik het moet zeggen maar ",
    "sorry maar ",
    "het gaat echt slecht. ",
    "ik voel me zo alleen en ",
    "al weken is het zwaar. ",
    "niemand weet het maar ",
    "pff ",
)
_RISK_TAILS = (" 😔", "...", " echt", " serieus", " 😭", " haha", " ik meen het", " 💔")
_NONE_LEADS = ("trouwens ", "vandaag ", "weet je, ", "haha ", "oke ", "nou ")
_NONE_TAILS = (" 🙂", " haha", "!", " 😂", " hoor", "...")


def variants(text: str, label: str, rng: random.Random) -> Iterator[str]:
    """Two spelling variants of one message, as people type it."""
    words = text.lower().rstrip(".!?").split()
    if not words:
        return
    risky = label not in ("none",)
    # 1. a typo and maybe a glued pair, often without commas or full stops inside
    typed = [w.strip(",.;:!?") or w for w in words] if rng.random() < 0.5 else list(words)
    j = rng.randrange(len(typed))
    typed[j] = modeltrain.typo(typed[j], rng)
    if len(typed) > 2 and rng.random() < 0.4:
        k = rng.randrange(len(typed) - 1)
        typed[k : k + 2] = [typed[k] + typed[k + 1]]
    yield " ".join(typed)
    # 2. chat or Flemish forms, with a lead-in or a tail
    table = _FLEMISH if rng.random() < 0.4 else _CHAT
    swapped = [table.get(w, w) if rng.random() < 0.7 else w for w in words]
    leads, tails = (_RISK_LEADS, _RISK_TAILS) if risky else (_NONE_LEADS, _NONE_TAILS)
    out = " ".join(swapped)
    out = rng.choice(leads) + out if rng.random() < 0.5 else out + rng.choice(tails)
    yield out


def expand(examples: Sequence[Example], seed: int = SEED) -> list[Example]:
    rng = random.Random(seed)
    out = list(examples)
    for ex in examples:
        for text in variants(ex.text, ex.label, rng):
            if text != ex.text.lower():
                out.append(Example(text, ex.label, ex.group, ex.base))
    return out


# ---------------------------------------------------------------- fitting


def _matrix(examples: Sequence[Example]) -> tuple[list[dict[str, float]], list[int]]:
    words = scheme()
    feats = [features(canonical(ex.text), words) for ex in examples]
    return feats, [LABELS.index(ex.label) for ex in examples]


def _export(vec: Any, clf: Any, thresholds: dict[str, float]) -> dict[str, Any]:
    rounded = {k: round(v, 4) for k, v in sorted(thresholds.items())}
    return modeltrain.export(vec, clf, LABELS, thresholds=rounded, scheme=scheme().as_data())


def _oof(examples: Sequence[Example], c: float, seed: int = SEED) -> list[Any]:
    """Cross-validated probabilities, as the exported (pruned, rounded) model gives them."""
    from sklearn.model_selection import StratifiedGroupKFold

    feats, y = _matrix(examples)
    groups = [ex.base for ex in examples]
    probs: list[Any] = [None] * len(examples)
    folds = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=seed)
    for train_idx, test_idx in folds.split(feats, y, groups):
        vec, clf = modeltrain.fit([feats[i] for i in train_idx], [y[i] for i in train_idx], c)
        model = Model(_export(vec, clf, dict.fromkeys(FALSE_ALARMS, 0.5)))
        for i in test_idx:
            probs[i] = model.scores_of(canonical(examples[i].text))
    return probs


def _threshold(values: Sequence[float], budget: float) -> float:
    """The lowest threshold that lets at most ``budget`` of ``values`` reach it."""
    ranked = sorted(values, reverse=True)
    allowed = int(budget * len(ranked))
    return (ranked[allowed] + 1e-4) if allowed < len(ranked) else 0.5


def _combined(
    flagged_by_rules: Sequence[bool],
    scores: Sequence[float],
    risky: Sequence[bool],
    heard: Sequence[bool],
    budget: float,
) -> float:
    """The threshold for a model score that, together with the rules, catches the most risk
    messages while the whole screen raises at most ``budget`` false alarms on "none".

    The rules are fixed (not learnt), so their hits on the corpus count against the
    budget first; the model gets what is left. Messages whose reply the model cannot
    change (``heard`` false: the day's medicines, a book's character) are no false alarm
    at any threshold, so they do not take part of the budget.
    """
    none_free = [
        s
        for f, s, r, h in zip(flagged_by_rules, scores, risky, heard, strict=True)
        if not r and not f and h
    ]
    none_total = sum(1 for r in risky if not r)
    rules_alarms = sum(1 for f, r in zip(flagged_by_rules, risky, strict=True) if f and not r)
    allowed = max(0, int(budget * none_total) - rules_alarms)
    ranked = sorted(none_free, reverse=True)
    return (ranked[allowed] + 1e-4) if allowed < len(ranked) else 0.5


class _Fixed(Model):
    """The screen's view of one corpus message: its cross-validated scores, given thresholds."""

    def __init__(self, scores: Scores, thresholds: dict[str, float]) -> None:
        self._scores = scores
        self.thresholds = Thresholds(**thresholds)

    def scores_of(self, canon: str) -> Scores:
        return self._scores


_NEVER = 2.0  # a threshold no probability reaches
# A rule's unclear sign is set aside only when the model is fairly sure it is not risk
# (at least 70% "none"): the candidates stop at 0.3 on purpose, whatever the corpus says.
CONFIRM = (0.0, 0.1, 0.2, 0.3)


_RISK = ("crisis", "acute", "concern")


def _written(examples: Sequence[Example], probs: Sequence[Any]) -> list[tuple[Example, Any]]:
    """The hand-written messages with their scores (the variants come after them)."""
    return list(zip(examples, probs, strict=True))[: 1 + max(e.base for e in examples)]


def _levels(written: Sequence[tuple[Example, Scores]], th: dict[str, float]) -> list[str]:
    """The whole screen's level, message by message."""
    from bot.core.safety.screen import screen

    return [screen(ex.text, model=_Fixed(p, th)).level for ex, p in written]


def choose_thresholds(examples: Sequence[Example], probs: Sequence[Any]) -> dict[str, float]:
    """Thresholds from cross-validated scores of the hand-written messages (not variants).

    For each candidate ``confirm`` the screen runs with the model's own thresholds out of
    reach (what the rules raise, with the model only confirming or framing them); the
    model's thresholds then get what is left of the false-alarm budget. The candidate
    that catches the most risk wins (the lowest on a tie).
    """
    written = _written(examples, probs)
    labels = [ex.label for ex, _ in written]
    keep = [lab in (*_RISK, "none") for lab in labels]
    risky = [lab in _RISK for lab, k in zip(labels, keep, strict=True) if k]
    ps = [p for (_, p), k in zip(written, keep, strict=True) if k]
    none = [p for (ex, p) in written if ex.label == "none"]
    geweld = max(0.5, _threshold([p.geweld for p in none], FALSE_ALARMS["geweld"]))
    sentence = _threshold([p.own_risk for p in none], FALSE_ALARMS["sentence"])
    # Where the screen still says "none" with every model threshold just above zero, the
    # model has no say: the screen's own vetoes decide, or it does not read the message
    # (one word, "Alles"), whatever its cross-validated score.
    low = 1e-6
    anything = {"clear": low, "check": low, "geweld": geweld, "confirm": 0.0, "sentence": low}
    heard = [lv != "none" for lv, k in zip(_levels(written, anything), keep, strict=True) if k]
    best: tuple[float, dict[str, float]] | None = None
    for confirm in CONFIRM:
        fixed = {"clear": _NEVER, "check": _NEVER, "geweld": geweld, "confirm": confirm}
        levels = [lv for lv, k in zip(_levels(written, fixed), keep, strict=True) if k]
        # The line at once has its own budget: only the rules' clear signs count in it.
        own_line = [lv in ("clear", "acute") for lv in levels]
        clear = max(
            0.5, _combined(own_line, [p.clear for p in ps], risky, heard, FALSE_ALARMS["clear"])
        )
        # Any crisis reply: the rules' signs and the model's clear ones come first.
        own = [
            lv != "none" or (h and p.clear >= clear)
            for lv, p, h in zip(levels, ps, heard, strict=True)
        ]
        check = max(
            0.3, _combined(own, [p.own_risk for p in ps], risky, heard, FALSE_ALARMS["check"])
        )
        th = {
            "clear": clear,
            "check": check,
            "geweld": geweld,
            "confirm": confirm,
            "sentence": max(check, sentence),
        }
        caught = sum(
            r and (f or (h and (p.own_risk >= th["check"] or p.clear >= th["clear"])))
            for f, p, r, h in zip(own, ps, risky, heard, strict=True)
        )
        if best is None or caught > best[0]:
            best = (caught, th)
    assert best is not None
    return best[1]


def report(
    title: str, examples: Sequence[Example], probs: Sequence[Any], th: dict[str, float]
) -> None:
    print(f"\n{title}")
    by: dict[tuple[str, str], list[Any]] = {}
    for ex, p in zip(examples, probs, strict=True):
        by.setdefault((ex.label, ex.group), []).append(p)
    for (label, group), ps in sorted(by.items()):
        n = len(ps)
        line = sum(p.clear >= th["clear"] for p in ps) / n
        check = sum(p.own_risk >= th["check"] for p in ps) / n
        print(f"  {label:8} {group:22} n={n:4}  line {line:6.1%}  line-or-check {check:6.1%}")


def _fit_all(examples: Sequence[Example], thresholds: dict[str, float], c: float) -> dict[str, Any]:
    """The shipped model: fitted on every example, with the given thresholds."""
    feats, y = _matrix(examples)
    vec, clf = modeltrain.fit(feats, y, c)
    return _export(vec, clf, thresholds)


def weights_reproduced(c: float = C) -> bool:
    """Whether the corpus refits to the shipped weights, with the shipped thresholds (under
    a minute; the thresholds' own cross-validation is what ``--check`` adds)."""
    shipped = MODEL_PATH.read_bytes() if MODEL_PATH.exists() else b""
    thresholds = dataclasses.asdict(load_model().thresholds)
    return pack(_fit_all(expand(load_corpus()), thresholds, c)) == shipped


def mean_thresholds(runs: Sequence[dict[str, float]]) -> dict[str, float]:
    """The thresholds of several fold shuffles, averaged; ``confirm`` (one of a few
    candidates) by its median."""
    out = {k: statistics.fmean(r[k] for r in runs) for k in runs[0]}
    out["confirm"] = statistics.median_low(r["confirm"] for r in runs)
    return out


def build(c: float = C) -> tuple[bytes, dict[str, Any]]:
    base = load_corpus()
    examples = expand(base)
    runs = [_oof(examples, c, seed=SEED + r) for r in range(CV_REPEATS)]
    thresholds = mean_thresholds([choose_thresholds(examples, probs) for probs in runs])
    probs = runs[0]
    data = _fit_all(examples, thresholds, c)
    blob = pack(data)
    info = {
        "base": len(base),
        "examples": len(examples),
        "features": len(data["weights"]),
        "thresholds": thresholds,
        "oof": probs,
        "runs": runs,
        "all": examples,
    }
    return blob, info


def cv_recall(
    examples: Sequence[Example], probs: Sequence[Any], th: dict[str, float]
) -> tuple[float, float]:
    """The whole screen on the hand-written corpus, cross-validated: (risk caught, false alarms)."""
    written = _written(examples, probs)
    flags = [lv != "none" for lv in _levels(written, th)]
    risk = [f for f, (ex, _) in zip(flags, written, strict=True) if ex.label in _RISK]
    none = [f for f, (ex, _) in zip(flags, written, strict=True) if ex.label == "none"]
    return sum(risk) / len(risk), sum(none) / len(none)


def sweep() -> int:
    examples = expand(load_corpus())
    for c in (8.0, 16.0, 32.0):
        probs = _oof(examples, c)
        th = choose_thresholds(examples, probs)
        caught, alarms = cv_recall(examples, probs, th)
        print(f"C={c:5}: risk caught {caught:.3f}, false alarms {alarms:.3f}, thresholds {th}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.training.safety", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the shipped model differs")
    parser.add_argument(
        "--check-weights",
        action="store_true",
        help="fail if the corpus does not refit to the shipped weights (the test suite's check)",
    )
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument(
        "--sweep",
        action="store_true",
        help="compare values of C by cross-validation, write nothing",
    )
    args = parser.parse_args(argv)
    if args.sweep:
        return sweep()
    if args.check_weights:
        if not weights_reproduced():
            print("the shipped safety model's weights differ from a refit", file=sys.stderr)
            return 1
        print("safety model weights reproduced from the corpus")
        return 0
    blob, info = build()
    digest = hashlib.sha256(blob).hexdigest()
    if args.check:
        shipped = MODEL_PATH.read_bytes() if MODEL_PATH.exists() else b""
        if shipped != blob:
            print("the shipped safety model differs from a fresh training run", file=sys.stderr)
            return 1
        print(f"safety model reproduced: sha256 {digest}")
        return 0
    modeltrain.write(
        blob,
        MODEL_PATH,
        MANIFEST_PATH,
        "python -m bot.training.safety",
        corpus_messages=info["base"],
        training_examples=info["examples"],
        features=info["features"],
    )
    print(
        f"wrote {MODEL_PATH.name}: {len(blob):,} bytes, {info['features']:,} features, "
        f"{info['base']:,} messages + variants = {info['examples']:,} examples, sha256 {digest}"
    )
    print("thresholds:", info["thresholds"])
    figures = [cv_recall(info["all"], run, info["thresholds"]) for run in info["runs"]]
    caught = statistics.fmean(f[0] for f in figures)
    alarms = statistics.fmean(f[1] for f in figures)
    print(
        f"whole screen, cross-validated ({len(figures)} fold shuffles, mean): risk caught "
        f"{caught:.3f}, false alarms {alarms:.3f}"
    )
    if not args.quiet:
        examples, oof = info["all"], info["oof"]
        written = [i for i, e in enumerate(examples) if i < info["base"]]
        report(
            "cross-validated (5 folds, by message), hand-written messages:",
            [examples[i] for i in written],
            [oof[i] for i in written],
            info["thresholds"],
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
