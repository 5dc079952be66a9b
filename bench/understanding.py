"""How Verbonden reads free Dutch at each step: `python -m bench understanding`.

Reads the held-out set ``tests/heldout/listening.yaml`` (written before the listening
layer; never trained or tuned on) and asks :func:`bot.core.listening.read` what each
message means at its step, as the engine does. Prints accuracy per group beside the
training figures (the listening classifier on its own corpus). Only reports.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bench.figures import Figure, at_least, at_most
from bot.core.dialogue.spec import DialogueSet, load_dialogues
from bot.core.listening import drafts, intents
from bot.core.listening.reading import Question, Reading, question_of, read
from bot.core.schedule import times

HELDOUT = Path(__file__).resolve().parent.parent / "tests" / "heldout" / "listening.yaml"


@dataclass(frozen=True, slots=True)
class Item:
    group: str
    at: str
    text: str
    expect: str
    slots: Mapping[str, Any]


def load(path: Path = HELDOUT) -> list[Item]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for group, spec in data["groups"].items():
        for raw in spec["items"]:
            if isinstance(raw, list):
                raw = {"text": raw[0], "expect": raw[1]}
            slots = {**(spec.get("slots") or {}), **(raw.get("slots") or {})}
            at = raw.get("at", spec["at"])
            out.append(Item(group, at, str(raw["text"]), str(raw["expect"]), slots))
    return out


def _facet(facet: str, r: Reading, q: Question, slots: Mapping[str, Any]) -> bool:
    kind, _, value = facet.partition(":")
    if kind == "unclear":
        return r.kind == "unclear"
    if kind == "choice":
        return r.kind == "choice" and r.value == value
    if kind == "intent":
        if r.kind == "intent" and r.value == value:
            return True
        # "weet ik niet" at a step with its own "Weet ik niet" button is that button.
        answer = {"weet_niet": "unsure"}.get(value)
        return r.kind == "choice" and any(
            o.id == r.value and o.answer == answer for o in q.choices if answer
        )
    if kind == "number":
        low, _, high = value.partition("-")
        said = -1 if r.value is None else int(r.value)  # 0 is a real answer, not a miss
        return r.kind == "number" and int(low) <= said <= int(high or low)
    if kind == "time":
        at = times.read_time(str(r.value)) if r.kind == "text" else None
        return at is not None and times.format_time(at) == value
    if kind == "region":
        return r.kind == "choice" and r.value == {"none": "geen"}.get(value, value)
    if kind == "name":
        return r.name == value or (r.kind == "text" and r.value == value)
    if kind == "draft":
        name = slots.get("naam")
        return r.kind == "text" and drafts.compose(name, str(r.value)) == value
    if kind == "outcome":
        return r.outcome == value
    raise ValueError(f"unknown expectation {facet!r}")


def correct(item: Item, dialogues: DialogueSet) -> tuple[bool, Reading]:
    dialogue, _, state = item.at.partition(".")
    q = question_of(dialogue, dialogues.dialogues[dialogue].states[state])
    r = read(item.text, q, item.slots)
    ok = any(
        all(_facet(f.strip(), r, q, item.slots) for f in alt.split("&"))
        for alt in item.expect.split("|")
    )
    return ok, r


def _as_typed(corpus: list[tuple[str, str]]) -> list[Figure]:
    """Robustness, not accuracy: the corpus examples read right as written, typed again the
    ways people type (Flemish forms, chat forms, slips); the share still read the same."""
    from bench.as_typed import WAYS

    def heard(text: str, label: str) -> bool:
        intent = intents.classify(text)
        return intent.label == label and (label == "geen" or intent.p >= intents.SURE)

    base = [(text, label) for text, label in corpus if heard(text, label)]
    figures = []
    for way in ("Flemish forms", "youth chat", "ij typed as y", "a letter stretched", "two slips"):
        kept = sum(heard(WAYS[way](text), label) for text, label in base) / len(base)
        figures.append(Figure(f"training, typed again: {way}", kept, "share"))
    return figures


def run(quick: bool) -> list[Figure]:
    dialogues = load_dialogues()
    items = load()
    started = time.perf_counter()
    results = [(item, *correct(item, dialogues)) for item in items]
    per_message = (time.perf_counter() - started) / len(items) * 1000
    figures: list[Figure] = []
    groups: dict[str, list[bool]] = {}
    for item, ok, _ in results:
        groups.setdefault(item.group, []).append(ok)
    total = sum(ok for _, ok, _ in results) / len(results)
    figures.append(at_least("held-out: read as a person would (all)", total, "share", 0.95))
    for group, oks in groups.items():
        figures.append(
            at_least(f"held-out: {group} (n={len(oks)})", sum(oks) / len(oks), "share", 0.9)
        )
    figures.append(at_most("read one message (mean)", per_message, "ms", 5))
    # Training figures: the classifier on its own corpus (resubstitution).
    from bot.training.listening import load_corpus

    corpus = load_corpus()
    hits = sum(intents.classify(ex.text).label == ex.label for ex in corpus)
    figures.append(Figure("training: classifier on its own corpus", hits / len(corpus), "share"))
    figures += _as_typed([(ex.text, ex.label) for ex in corpus])
    if not quick:
        for item, ok, r in results:
            if not ok:
                print(f"  miss [{item.group}] {item.at}: {item.text!r} -> {r} (want {item.expect})")
    return figures
