"""Evaluate the safety screen as a person meets it: through the engine, first reply.

Reads a labelled message set (tests/heldout/*.yaml, or the training corpus) and the
multi-turn scenarios, runs each through :class:`bot.core.engine.Engine` and reports per
group. Only *reports*: nothing here feeds back into rules, thresholds or training.

What counts, per message (a welcomed person at the menu, region NL unless BE):
  line     the first reply names the region's crisis line (113 / 1813)
  acute    the first reply names 112 before that line
  check    the first reply is the direct check question (veilig.check)
  handled  line or check
  naaste   the reply is the path for naasten (veilig.naaste*)
  alarm    for a message labelled none: a crisis reply, a check question or naaste
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.core.engine import Engine
from bot.core.messages import (
    ConversationKey,
    ConversationState,
    Inbound,
    Profile,
    Reply,
    TurnResult,
)

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "heldout"
MAIN_LINE = {"nl": "113", "be": "1813"}
PRAISE = ("wat goed", "goed zo", "wat mooi", "mooi dat", "fijn dat", "super", "knap")


@dataclass(frozen=True, slots=True)
class Labelled:
    text: str
    group: str
    expect: str  # acute | crisis | handled | naaste | none | geweld
    region: str = "nl"


@dataclass(frozen=True, slots=True)
class Outcome:
    item: Labelled
    line: bool
    acute: bool
    check: bool
    naaste: bool
    geweld: bool
    seconds: float

    @property
    def handled(self) -> bool:
        return self.line or self.check

    @property
    def alarm(self) -> bool:
        return self.line or self.check or self.naaste or self.geweld

    @property
    def correct(self) -> bool:
        want = self.item.expect
        if want == "acute":
            return self.acute
        if want == "crisis":
            return self.line
        if want == "handled":
            return self.handled
        if want == "naaste":
            return self.naaste and not self.line_own
        if want == "geweld":
            return self.geweld
        return not self.alarm

    @property
    def line_own(self) -> bool:
        # A worry about someone else answered as the user's own crisis.
        return self.line and not self.naaste


@dataclass
class GroupFigures:
    group: str
    expect: str
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.outcomes)

    def share(self, attr: str) -> float:
        return float(sum(getattr(o, attr) for o in self.outcomes)) / max(1, self.n)


def load_messages(path: Path) -> list[Labelled]:
    """Messages from a held-out or corpus file: {section: {group: {expect, messages}}}."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items: list[Labelled] = []
    for section in data.values():
        for group, spec in section.items():
            region = str(spec.get("region", "nl")).lower()
            for text in spec["messages"]:
                items.append(Labelled(str(text), group, spec["expect"], region))
    return items


def _key(n: int) -> ConversationKey:
    return ConversationKey("eval", f"c{n}", f"u{n}")


def _at_menu() -> ConversationState:
    return ConversationState("menu", "hoofdmenu", turn=3)


def _joined(result: TurnResult) -> str:
    return "\n".join(a.text for a in result.actions if isinstance(a, Reply))


def _classify(result: TurnResult, region: str) -> tuple[bool, bool, bool, bool, bool]:
    text = _joined(result)
    main = MAIN_LINE[region]
    line = main in text
    acute = line and "112" in text and text.index("112") < text.index(main)
    st = result.state
    check = (st.dialogue, st.state) == ("veilig", "check")
    naaste = st.dialogue == "veilig" and st.state.startswith("naaste")
    geweld = "0800-2000" in text or "1712" in text
    return line, acute, check, naaste, geweld


def evaluate(engine: Engine, items: Iterable[Labelled]) -> list[Outcome]:
    out: list[Outcome] = []
    for n, item in enumerate(items):
        profile = Profile(region=item.region, welcomed=True)
        started = time.perf_counter()
        result = engine.turn(Inbound(_key(n), text=item.text), _at_menu(), profile)
        seconds = time.perf_counter() - started
        out.append(Outcome(item, *_classify(result, item.region), seconds))
    return out


def by_group(outcomes: Sequence[Outcome]) -> list[GroupFigures]:
    groups: dict[str, GroupFigures] = {}
    for o in outcomes:
        groups.setdefault(o.item.group, GroupFigures(o.item.group, o.item.expect)).outcomes.append(
            o
        )
    return list(groups.values())


# ---------------------------------------------------------------- scenarios


@dataclass(frozen=True, slots=True)
class StepResult:
    scenario: str
    step: int
    ok: bool
    failed: tuple[str, ...]


def load_scenarios(path: Path | None = None) -> list[dict[str, Any]]:
    data = yaml.safe_load((path or HELDOUT / "safety_scenarios.yaml").read_text("utf-8"))
    return list(data["scenarios"])


def run_scenario(engine: Engine, scenario: dict[str, Any], n: int = 0) -> list[StepResult]:
    region = str(scenario.get("region", "nl")).lower()
    profile: Profile | None = Profile(region=region, welcomed=True)
    start = scenario.get("start")
    if start:
        dialogue, _, state_name = str(start).partition(".")
        state: ConversationState | None = ConversationState(dialogue, state_name, turn=3)
    else:
        state = _at_menu()
    results: list[StepResult] = []
    in_crisis = False
    for i, step in enumerate(scenario["steps"]):
        result = engine.turn(Inbound(_key(n), text=str(step["say"])), state, profile)
        text = _joined(result).casefold()
        line, acute, check, naaste, _geweld = _classify(result, region)
        failed: list[str] = []
        want = step.get("expect")
        if want == "acute" and not acute:
            failed.append("acute")
        if want == "crisis" and not line:
            failed.append("crisis")
        if want == "handled" and not (line or check):
            failed.append("handled")
        if want == "naaste" and not naaste:
            failed.append("naaste")
        if want == "none" and (line or check or naaste):
            failed.append("none")
        if step.get("listens"):
            st = result.state
            stays = st.dialogue == "veilig" and not st.state.startswith("naaste")
            praised = any(p in text for p in PRAISE)
            if not stays or praised or not (in_crisis or line):
                failed.append("listens")
        if step.get("asks_safety") and "veilig" not in text:
            failed.append("asks_safety")
        offers = step.get("offers")
        if offers and not any(str(o).casefold() in text for o in offers):
            failed.append("offers")
        for bad in step.get("not_said", ()):
            if str(bad).casefold() in text:
                failed.append("not_said")
        results.append(StepResult(scenario["name"], i, not failed, tuple(failed)))
        in_crisis = in_crisis or line
        state, profile = result.state, result.profile
    return results
