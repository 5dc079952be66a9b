"""Checks over one parsed dialogue: texts and their {placeholders}, dead ends, loops of
states that move on by themselves, and what is reachable."""

from __future__ import annotations

import string
from collections.abc import Iterable

from bot.core.dialogue.actions import ACTION_SLOTS
from bot.core.dialogue.model import GLOBAL_PLACEHOLDERS, DialogueSpec, StateSpec, _fail
from bot.core.language.normalise import plain


def _check_state(spec: DialogueSpec, st: StateSpec) -> None:
    src, name = spec.source, st.name
    if not st.say and not st.silent:
        raise _fail(src, name, "missing text: add 'say:' (or 'silent: true' for an idle state)")
    has_input = bool(st.choices or st.number or st.free_text or st.intents)
    if st.then and st.route:
        raise _fail(src, name, "use either 'then' or 'route', not both")
    if (st.then or st.route) and has_input:
        raise _fail(src, name, "a state that moves on by itself cannot also wait for answers")
    if not has_input and not st.then and not st.route:
        raise _fail(src, name, "dead end: no choices, no free text, no number and no 'then'")
    if st.route and st.route[-1].when is not None:
        raise _fail(src, name, "the last route case must have no 'when' (the fallback)")
    ids: set[str] = set()
    labels: set[str] = set()
    for choice in st.choices:
        label = plain(choice.label)
        if choice.id in ids:
            raise _fail(src, name, f"duplicate choice id {choice.id!r}")
        if label in labels:
            raise _fail(src, name, f"duplicate choice {choice.label!r}")
        ids.add(choice.id)
        labels.add(label)
    for step in st.steps():
        target = step.next
        if not target.startswith("@") and target not in spec.states:
            raise _fail(src, name, f"unknown target state {target!r}")


def _placeholders(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def _check_placeholders(spec: DialogueSpec) -> None:
    known = set(GLOBAL_PLACEHOLDERS)
    for st in spec.states.values():
        if st.number:
            known.add(st.number.save)
        if st.free_text and st.free_text.save:
            known.add(st.free_text.save)
        for step in st.steps():
            known.update(step.set)
            known.update(s for call in step.do for s in ACTION_SLOTS.get(call.name, ()))
    for st in spec.states.values():
        every = [w for i in range(len(st.say)) for w in st.wordings(i)]
        for text in (*every, *st.rephrase):
            try:
                unknown = _placeholders(text) - known
            except ValueError as exc:
                raise _fail(
                    spec.source, st.name, f"broken {{placeholder}} in {text!r}: {exc}"
                ) from exc
            if unknown:
                raise _fail(
                    spec.source,
                    st.name,
                    f"text uses {{{sorted(unknown)[0]}}} but no state saves that slot",
                )


def _reachable(spec: DialogueSpec, entries: Iterable[str]) -> set[str]:
    seen: set[str] = set()
    todo = [spec.start, *entries]
    while todo:
        name = todo.pop()
        if name in seen or name not in spec.states:
            continue
        seen.add(name)
        todo.extend(s.next for s in spec.states[name].steps() if not s.next.startswith("@"))
    return seen


def _check_auto_loops(spec: DialogueSpec) -> None:
    """A cycle of states that never wait would spin forever without asking anything."""
    for name, st in spec.states.items():
        seen = {name}
        frontier = [s.next for s in st.steps()] if not st.waits else []
        while frontier:
            nxt = frontier.pop()
            if nxt.startswith("@"):
                continue
            if nxt == name:
                raise _fail(spec.source, name, "loop of states that never wait for the user")
            if nxt in seen:
                continue
            seen.add(nxt)
            target = spec.states[nxt]
            if not target.waits:
                frontier.extend(s.next for s in target.steps())
