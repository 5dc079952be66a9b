"""The safety screen as people meet it: per group, training corpus and held-out side by side.

`python -m bench safety` prints, per group of each set: handled (the crisis line at
once, or the direct check question that leads to it), the line at once, 112 first for
attempts, false alarms on hard negatives, and screening time p50/p99 per message.

* training: the hand-written corpus the classifier learnt from (bot/data/safety_corpus);
  these figures are optimistic by construction (the model has seen every message).
* held-out: tests/heldout/, written before the screen was tuned and never trained on.
"""

from __future__ import annotations

import time
from pathlib import Path

import yaml

from bench.figures import Figure, at_least, at_most, percentile
from bench.safety_eval import (
    HELDOUT,
    Labelled,
    Outcome,
    by_group,
    evaluate,
    load_messages,
    load_scenarios,
    run_scenario,
)
from bot.core.engine import Engine
from bot.core.safety import screen

CORPUS = Path(__file__).resolve().parent.parent / "bot" / "data" / "safety_corpus"
_EXPECT = {
    "acute": "acute",
    "crisis": "crisis",
    "concern": "handled",
    "naaste": "naaste",
    "none": "none",
    "geweld": "geweld",
}
# Groups where the first reply must carry the line (or 112 for attempts).
LINE_AT_ONCE = ("attempt", "explicit", "method", "selfharm")


def corpus_items() -> list[Labelled]:
    items: list[Labelled] = []
    for path in sorted(CORPUS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        expect = _EXPECT[data["label"]]
        for group, texts in data["groups"].items():
            items.extend(Labelled(str(t), f"{data['label']}/{group}", expect) for t in texts)
    return items


def _rows(title: str, outcomes: list[Outcome]) -> list[Figure]:
    figures = []
    for g in by_group(outcomes):
        if g.expect == "none":
            figures.append(
                Figure(f"{title} {g.group} (n={g.n}): false alarms", g.share("alarm"), "share")
            )
        elif g.expect == "naaste":
            figures.append(
                Figure(f"{title} {g.group} (n={g.n}): naaste path", g.share("naaste"), "share")
            )
        elif g.expect == "geweld":
            figures.append(
                Figure(f"{title} {g.group} (n={g.n}): violence line", g.share("geweld"), "share")
            )
        else:
            figures.append(
                Figure(f"{title} {g.group} (n={g.n}): handled", g.share("handled"), "share")
            )
            figures.append(Figure(f"{title} {g.group}: line at once", g.share("line"), "share"))
            if g.expect == "acute":
                figures.append(Figure(f"{title} {g.group}: 112 first", g.share("acute"), "share"))
    return figures


def run(quick: bool) -> list[Figure]:
    engine = Engine()
    figures: list[Figure] = []
    train = evaluate(engine, corpus_items())
    figures += _rows("training", train)
    heldout = evaluate(engine, load_messages(HELDOUT / "safety_messages.yaml"))
    heldout += evaluate(engine, load_messages(HELDOUT / "violence_messages.yaml"))
    figures += _rows("held-out", heldout)

    # The corpus the model learnt from (so these flatter it; train.py prints the
    # cross-validated figure), beside the held-out ones.
    seen_risk = [o for o in train if o.item.expect in ("acute", "crisis", "handled")]
    seen_none = [o for o in train if o.item.expect == "none"]
    figures.append(
        Figure(
            "training (seen): risk messages handled",
            sum(o.handled for o in seen_risk) / len(seen_risk),
            "share",
        )
    )
    figures.append(
        Figure(
            "training (seen): hard negatives with a crisis reply",
            sum(o.alarm for o in seen_none) / len(seen_none),
            "share",
        )
    )
    risk = [o for o in heldout if o.item.expect in ("acute", "crisis", "handled")]
    negatives = [o for o in heldout if o.item.expect == "none"]
    must = [o for o in heldout if o.item.group in LINE_AT_ONCE]
    figures.append(
        at_least(
            "held-out: risk messages handled",
            sum(o.handled for o in risk) / len(risk),
            "share",
            0.98,
        )
    )
    figures.append(
        at_least(
            "held-out: attempt/explicit/method/self-harm, line at once",
            sum(o.correct for o in must) / len(must),
            "share",
            1.0,
        )
    )
    figures.append(
        at_most(
            "held-out: hard negatives with a crisis reply",
            sum(o.alarm for o in negatives) / len(negatives),
            "share",
            0.03,
        )
    )
    steps = [r for i, s in enumerate(load_scenarios()) for r in run_scenario(engine, s, i)]
    figures.append(
        Figure(
            "held-out scenarios: steps as expected", sum(r.ok for r in steps) / len(steps), "share"
        )
    )

    texts = [o.item.text for o in heldout] + [o.item.text for o in train]
    rounds = 1 if quick else 5
    samples = []
    for _ in range(rounds):
        for text in texts:
            started = time.perf_counter()
            screen(text)
            samples.append((time.perf_counter() - started) * 1e3)
    samples.sort()
    figures.append(Figure("screening ms per message, p50", percentile(samples, 50), "ms"))
    figures.append(at_most("screening ms per message, p99", percentile(samples, 99), "ms", 2.0))
    return figures
