"""Dialogue definitions as data: the shapes, the YAML loader and its checks.

A dialogue file describes states (what the bot says, which answers it accepts)
and where each answer leads. The loader refuses a file that would strand or
confuse a user: unknown or unreachable states, dead ends, missing texts, unknown
actions, duplicate choices. Errors name the file and the state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.core import contract
from bot.core.dialogue.actions import ACTIONS, CONDITIONS, INTENTS, check_params
from bot.core.dialogue.checks import (
    _check_auto_loops,
    _check_placeholders,
    _check_state,
    _reachable,
)
from bot.core.dialogue.model import (
    _CHOICE_KEYS,
    _NAME,
    _STATE_KEYS,
    _STEP_KEYS,
    DIALOGUE_DIR,
    OUTCOMES,
    REQUIRED_TEXTS,
    RESUME,
    Call,
    Choice,
    CommonTexts,
    DialogueSpec,
    IntentInput,
    NumberInput,
    RouteCase,
    StateSpec,
    Step,
    TextInput,
    _fail,
    read_yaml,
)
from bot.core.listening.reading import EXPECTS


def _texts(source: str, state: str, value: Any, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(source, state, f"{what} must be a text or a list of non-empty texts")
    return tuple(v.strip() for v in value)


def _say(
    source: str, state: str, value: Any
) -> tuple[tuple[str, ...], frozenset[int], dict[int, tuple[str, ...]]]:
    """'say:' items are texts, ``{copy: text}`` for a text to copy, sent apart, or
    ``{one_of: [texts]}`` for a line that comes back often, said in turn."""
    if not isinstance(value, list):
        return _texts(source, state, value, "'say'"), frozenset(), {}
    plain: list[Any] = []
    apart: set[int] = set()
    variants: dict[int, tuple[str, ...]] = {}
    for index, item in enumerate(value):
        if isinstance(item, dict) and set(item) == {"one_of"}:
            texts = _texts(source, state, item["one_of"], "'one_of'")
            if len(texts) < 2:
                raise _fail(source, state, "'one_of' needs at least two texts")
            variants[index] = texts
            item = texts[0]
        elif isinstance(item, dict):
            text = item.get("copy")
            if set(item) != {"copy"} or not isinstance(text, str) or not text.strip():
                raise _fail(
                    source,
                    state,
                    f"a 'say' mapping must be {{copy: a non-empty text}} or {{one_of: "
                    f"[texts]}}, got {item!r}",
                )
            apart.add(index)
            item = text
        plain.append(item)
    return _texts(source, state, plain, "'say'"), frozenset(apart), variants


def _calls(
    source: str, state: str, raw: Any, table: Mapping[str, Any], kind: str
) -> tuple[Call, ...]:
    if raw is None:
        return ()
    items = raw if isinstance(raw, list) else [raw]
    calls = []
    for item in items:
        params: Any
        if isinstance(item, str):
            name, params = item, {}
        elif isinstance(item, dict) and len(item) == 1:
            name, params = next(iter(item.items()))
        else:
            raise _fail(source, state, f"{kind} must be a name or a one-key mapping, got {item!r}")
        problem = check_params(kind, name, params, table)
        if problem:
            raise _fail(source, state, problem)
        calls.append(Call(name, dict(params or {})))
    return tuple(calls)


def _step(source: str, state: str, raw: Any, what: str, own: frozenset[str] = frozenset()) -> Step:
    """Parse the 'next/set/do' part of a mapping whose other keys (``own``) belong to it."""
    if isinstance(raw, str):
        raw = {"next": raw}
    if not isinstance(raw, dict) or "next" not in raw:
        raise _fail(source, state, f"{what} needs 'next:' (where the conversation goes)")
    unknown = set(raw) - _STEP_KEYS - own
    if unknown:
        raise _fail(source, state, f"{what} has unknown key(s): {', '.join(sorted(unknown))}")
    target = raw["next"]
    if not isinstance(target, str) or not target:
        raise _fail(source, state, f"{what}: 'next' must be a state name")
    sets = raw.get("set") or {}
    if not isinstance(sets, dict) or not all(
        isinstance(k, str) and isinstance(v, str | int) for k, v in sets.items()
    ):
        raise _fail(source, state, f"{what}: 'set' must map slot names to words or numbers")
    return Step(target, dict(sets), _calls(source, state, raw.get("do"), ACTIONS, "action"))


def _choice(source: str, state: str, raw: Any) -> Choice:
    if not isinstance(raw, dict):
        raise _fail(source, state, f"a choice must be a mapping, got {raw!r}")
    cid, label = raw.get("id"), raw.get("label")
    if not isinstance(cid, str) or not _NAME.match(cid):
        raise _fail(source, state, f"choice {cid!r} needs an 'id' of lower-case letters and _")
    if not isinstance(label, str) or not label.strip():
        raise _fail(source, state, f"choice {cid!r} is missing its text ('label')")
    synonyms = raw.get("synonyms") or []
    if not isinstance(synonyms, list) or not all(isinstance(s, str) for s in synonyms):
        raise _fail(source, state, f"choice {cid!r}: 'synonyms' must be a list of texts")
    answer = raw.get("answer")
    if answer not in (None, "yes", "no", "unsure"):
        raise _fail(source, state, f"choice {cid!r}: 'answer' must be yes, no or unsure")
    step = _step(source, state, raw, f"choice {cid!r}", _CHOICE_KEYS)
    return Choice(cid, label.strip(), step, tuple(synonyms), answer)


def _state(source: str, name: str, raw: Any) -> StateSpec:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise _fail(source, name, "a state must be a mapping")
    unknown = set(raw) - _STATE_KEYS
    if unknown:
        raise _fail(source, name, f"unknown key(s): {', '.join(sorted(unknown))}")
    say, apart, variants = _say(source, name, raw.get("say"))
    choices = tuple(_choice(source, name, c) for c in raw.get("choices") or [])
    number = None
    if "number" in raw:
        spec = raw["number"]
        if not isinstance(spec, dict) or not isinstance(spec.get("save"), str):
            raise _fail(source, name, "'number' needs 'save:' (the slot for the answer)")
        low, high = spec.get("min", 0), spec.get("max", 10)
        if not (isinstance(low, int) and isinstance(high, int) and low < high):
            raise _fail(source, name, "'number' needs whole numbers min < max")
        number = NumberInput(
            low,
            high,
            spec["save"],
            _step(source, name, spec, "'number'", frozenset({"save", "min", "max"})),
        )
    free_text = None
    if "free_text" in raw:
        spec = raw["free_text"]
        save = spec.get("save") if isinstance(spec, dict) else None
        expects: Any = spec.get("expects", "text") if isinstance(spec, dict) else "text"
        if expects not in EXPECTS:
            raise _fail(source, name, f"unknown 'expects' {expects!r} (allowed: {sorted(EXPECTS)})")
        free_text = TextInput(
            save,
            _step(source, name, spec, "'free_text'", frozenset({"save", "expects"})),
            expects,
        )
    intents = []
    for item in raw.get("intents") or []:
        intent = item.get("intent") if isinstance(item, dict) else None
        if intent not in INTENTS:
            raise _fail(source, name, f"unknown intent {intent!r} (allowed: {sorted(INTENTS)})")
        intents.append(
            IntentInput(
                intent, _step(source, name, item, f"intent {intent!r}", frozenset({"intent"}))
            )
        )
    then = _step(source, name, raw["then"], "'then'") if "then" in raw else None
    route = []
    for i, case in enumerate(raw.get("route") or []):
        if not isinstance(case, dict):
            raise _fail(source, name, f"route case {i + 1} must be a mapping")
        when = _calls(source, name, case.get("when"), CONDITIONS, "condition")
        if len(when) > 1:
            raise _fail(source, name, f"route case {i + 1}: one condition per case")
        route.append(
            RouteCase(
                when[0] if when else None, _step(source, name, case, "route", frozenset({"when"}))
            )
        )
    silent = bool(raw.get("silent", False))
    carry = raw.get("carry", False)
    carry_story = carry == "story"
    if carry_story:
        if free_text is None:
            raise _fail(source, name, "'carry: story' needs free_text")
        carry = False
    elif not isinstance(carry, bool) or (carry and not choices):
        raise _fail(source, name, "'carry' is true or false (on a state with choices), or 'story'")
    outcomes = raw.get("outcomes") or {}
    ids = {c.id for c in choices}
    if not isinstance(outcomes, dict) or not set(outcomes) <= OUTCOMES:
        raise _fail(source, name, f"'outcomes' maps {sorted(OUTCOMES)} to choice ids")
    if bad := set(outcomes.values()) - ids:
        raise _fail(source, name, f"'outcomes' names unknown choice(s): {sorted(bad)}")
    return StateSpec(
        name=name,
        say=say,
        choices=choices,
        number=number,
        free_text=free_text,
        intents=tuple(intents),
        then=then,
        route=tuple(route),
        rephrase=_texts(source, name, raw.get("rephrase"), "'rephrase'"),
        outcomes=dict(outcomes),
        silent=silent,
        apart=apart,
        carry=carry,
        carry_story=carry_story,
        variants=variants,
    )


def parse_dialogue(raw: Any, source: str) -> DialogueSpec:
    if not isinstance(raw, dict):
        raise _fail(
            source, None, "a dialogue file must be a mapping with name, title, start, states"
        )
    unknown = set(raw) - {"name", "title", "start", "states"}
    if unknown:
        raise _fail(source, None, f"unknown top-level key(s): {', '.join(sorted(unknown))}")
    name, title, start, states = (
        raw.get("name"),
        raw.get("title"),
        raw.get("start"),
        raw.get("states"),
    )
    if not isinstance(name, str) or not _NAME.match(name):
        raise _fail(source, None, "'name' must be lower-case letters, digits and _")
    if not isinstance(title, str) or not title.strip():
        raise _fail(source, None, "missing text: 'title'")
    if not isinstance(states, dict) or not states:
        raise _fail(source, None, "'states' must map state names to states")
    for state_name in states:
        if not isinstance(state_name, str) or not _NAME.match(state_name):
            raise _fail(source, str(state_name), "state names must be lower-case letters and _")
    if not isinstance(start, str) or start not in states:
        raise _fail(source, None, f"'start' names unknown state {start!r}")
    parsed = {n: _state(source, n, s) for n, s in states.items()}
    spec = DialogueSpec(name, title.strip(), start, parsed, source)
    for st in parsed.values():
        _check_state(spec, st)
    _check_placeholders(spec)
    _check_auto_loops(spec)
    return spec


def parse_common(raw: Any, source: str) -> CommonTexts:
    if not isinstance(raw, dict) or not isinstance(raw.get("texts"), dict):
        raise _fail(source, None, "the common file needs a 'texts:' mapping")
    texts = {k: _texts(source, k, v, f"text {k!r}") for k, v in raw["texts"].items()}
    for key in REQUIRED_TEXTS:
        if not texts.get(key):
            raise _fail(source, None, f"missing text {key!r}")
    return CommonTexts(texts, source)


def _check_links(specs: Mapping[str, DialogueSpec]) -> None:
    """Cross-dialogue targets must exist; states only entered from elsewhere count as reachable."""
    entries: dict[str, set[str]] = {name: set() for name in specs}
    for entry in contract.ENTRIES:
        dialogue, state = entry.dialogue, entry.state
        if dialogue not in specs or state is None:
            continue  # a missing dialogue is reported by load_dialogues
        if state not in specs[dialogue].states:
            raise _fail(specs[dialogue].source, state, "the code needs this state; it is missing")
        entries[dialogue].add(state)
    for spec in specs.values():
        for st in spec.states.values():
            targets = [s.next for s in st.steps()]
            targets += [
                str(c.params["target"]) for s in st.steps() for c in s.do if c.name == "follow_up"
            ]
            for target in targets:
                if not target.startswith("@") and target in spec.states:
                    continue
                if target == RESUME:
                    continue
                dialogue, _, state = target.lstrip("@").partition(".")
                if dialogue not in specs:
                    raise _fail(spec.source, st.name, f"unknown target dialogue {target!r}")
                if state and state not in specs[dialogue].states:
                    raise _fail(spec.source, st.name, f"unknown target state {target!r}")
                if state:
                    entries[dialogue].add(state)
    for name, spec in specs.items():
        reachable = _reachable(spec, entries[name])
        for state in spec.states:
            if state not in reachable:
                raise _fail(spec.source, state, "unreachable: no state leads here")


# A state that this many dialogues lead to comes back within one conversation (the menu's
# "anything else?", the calming exercise, the feelings question): the writing rules ask
# for several wordings of its first line (docs/content.md), so the same words do not
# return each time.
RECURRING_FROM = 4


def _check_recurring(specs: Mapping[str, DialogueSpec]) -> None:
    """A state that several dialogues lead to must word its first line in several ways."""
    sources: dict[tuple[str, str], set[str]] = {}
    for spec in specs.values():
        for st in spec.states.values():
            for step in st.steps():
                if not step.next.startswith("@") or step.next == RESUME:
                    continue
                dialogue, _, state = step.next.lstrip("@").partition(".")
                key = (dialogue, state or specs[dialogue].start)
                sources.setdefault(key, set()).add(spec.name)
    for (dialogue, state), names in sorted(sources.items()):
        st = specs[dialogue].states[state]
        if len(names) >= RECURRING_FROM and st.say and 0 not in st.variants:
            raise _fail(
                specs[dialogue].source,
                state,
                f"{len(names)} dialogues lead here, so it comes back in one conversation: give"
                " its first text several wordings ('one_of')",
            )


@dataclass(frozen=True, slots=True)
class DialogueSet:
    dialogues: Mapping[str, DialogueSpec]
    common: CommonTexts


def load_dialogues(directory: Path | None = None) -> DialogueSet:
    """Load and check every ``*.yaml`` in the folder; raise DialogueError if one is wrong."""
    directory = directory or DIALOGUE_DIR
    specs: dict[str, DialogueSpec] = {}
    common: CommonTexts | None = None
    for path in sorted(directory.glob("*.yaml")):
        source = (
            str(path.relative_to(directory.parent))
            if directory.parent in path.parents
            else str(path)
        )
        try:
            raw = read_yaml(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise _fail(source, None, f"not valid YAML: {exc}") from exc
        if path.stem == "common":
            common = parse_common(raw, source)
            continue
        spec = parse_dialogue(raw, source)
        if spec.name != path.stem:
            raise _fail(source, None, f"'name' is {spec.name!r} but the file is {path.name}")
        specs[spec.name] = spec
    if common is None:
        raise _fail(str(directory), None, "common.yaml (the engine's own texts) is missing")
    for required in contract.REQUIRED_DIALOGUES:
        if required not in specs:
            raise _fail(str(directory), None, f"required dialogue {required}.yaml is missing")
    _check_links(specs)
    _check_recurring(specs)
    return DialogueSet(specs, common)
