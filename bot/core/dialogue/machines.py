"""One `transitions` Machine per dialogue definition, shared by every conversation.

The Machine is the rulebook: states, triggers, conditions and the allow-listed
actions run on each transition. A conversation is only the *model* that a turn
hands to the Machine for one event; it is never registered with the Machine,
so a million conversations cost a million small state rows, not a million
Machines (or a million bound trigger methods).

Triggers: ``pick__<choice id>``, ``number``, ``text``, ``intent__<name>`` and
``continue`` (states that move on by themselves). Targets outside the dialogue
("@gevoelens", "@resume") are pseudo-states: landing there tells the engine to
switch dialogue.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal, cast

from transitions import EventData, Machine

from bot.core.dialogue.actions import ACTIONS, CONDITIONS, TurnContext
from bot.core.dialogue.model import Call, DialogueSpec, Step

CONTINUE = "continue"
NUMBER = "number"
TEXT = "text"


def pick_trigger(choice_id: str) -> str:
    return f"pick__{choice_id}"


def intent_trigger(intent: str) -> str:
    return f"intent__{intent}"


def _run_step(step: Step, event: EventData) -> None:
    """After a transition: set slots, then run the allow-listed actions, in file order."""
    model = cast(TurnContext, event.model)
    model.slots.update(step.set)
    for call in step.do:
        ACTIONS[call.name].fn(model, **call.params)


def _save_answer(slot: str, event: EventData) -> None:
    model = cast(TurnContext, event.model)
    model.slots[slot] = event.kwargs["value"]


def _condition(call: Call, event: EventData) -> bool:
    return bool(CONDITIONS[call.name].fn(event.model, **call.params))


def _edges(spec: DialogueSpec) -> Iterator[dict[str, Any]]:
    """Every transition of the dialogue, as keyword arguments for ``add_transition``."""
    for st in spec.states.values():
        for choice in st.choices:
            yield {
                "trigger": pick_trigger(choice.id),
                "source": st.name,
                "step": choice.step,
                "label": choice.label,
            }
        if st.number:
            yield {
                "trigger": NUMBER,
                "source": st.name,
                "step": st.number.step,
                "save": st.number.save,
                "label": f"{st.number.low}-{st.number.high}",
            }
        if st.free_text:
            yield {
                "trigger": TEXT,
                "source": st.name,
                "step": st.free_text.step,
                "save": st.free_text.save,
                "label": "vrije tekst",
            }
        for intent in st.intents:
            yield {
                "trigger": intent_trigger(intent.intent),
                "source": st.name,
                "step": intent.step,
                "label": f"bedoeling: {intent.intent}",
            }
        if st.then:
            yield {"trigger": CONTINUE, "source": st.name, "step": st.then, "label": ""}
        for case in st.route:
            yield {
                "trigger": CONTINUE,
                "source": st.name,
                "step": case.step,
                "when": case.when,
                "label": case.when.name if case.when else "anders",
            }


def _state_names(spec: DialogueSpec) -> list[str]:
    outside = sorted(spec.external_targets())
    return [*spec.states, *outside]


def build_machine(spec: DialogueSpec) -> Machine:
    """The shared rulebook for one dialogue. Models are passed per event, never added."""
    machine = Machine(
        model=None,
        states=_state_names(spec),
        initial=spec.start,
        auto_transitions=False,
        send_event=True,
        ignore_invalid_triggers=False,
        name=spec.name,
    )
    for edge in _edges(spec):
        before: list[str | Callable[..., bool | None]] = []
        if edge.get("save"):
            before.append(functools.partial(_save_answer, edge["save"]))
        conditions: list[str | Callable[..., bool | None]] = []
        if edge.get("when"):
            conditions.append(functools.partial(_condition, edge["when"]))
        machine.add_transition(
            edge["trigger"],
            edge["source"],
            edge["step"].next,
            before=before,
            after=[functools.partial(_run_step, edge["step"])],
            conditions=conditions,
        )
    return machine


def fire(machine: Machine, trigger: str, model: Any, **kwargs: Any) -> bool:
    """Run ``trigger`` for ``model`` on the shared machine without registering the model."""
    return bool(machine.events[trigger].trigger(model, **kwargs))


class _Drawing:
    state: str


def draw(spec: DialogueSpec, out_dir: Path, *, image: bool = True) -> list[Path]:
    """Write the state chart as Mermaid text, and as a PNG where Graphviz is installed."""
    from transitions.extensions import GraphMachine

    out_dir.mkdir(parents=True, exist_ok=True)

    def graph_machine(engine: Literal["graphviz", "mermaid"]) -> Any:
        model = _Drawing()
        machine = GraphMachine(
            model=model,
            states=_state_names(spec),
            initial=spec.start,
            auto_transitions=False,
            graph_engine=engine,
            title=spec.title,
            show_conditions=False,
        )
        for edge in _edges(spec):
            machine.add_transition(edge["label"] or "verder", edge["source"], edge["step"].next)
        return model

    written = []
    mermaid = out_dir / f"{spec.name}.mmd"
    mermaid.write_text(graph_machine("mermaid").get_graph().draw(None), encoding="utf-8")
    written.append(mermaid)
    if image and _graphviz_available():
        png = out_dir / f"{spec.name}.png"
        graph_machine("graphviz").get_graph().draw(str(png), format="png", prog="dot")
        written.append(png)
    return written


def _graphviz_available() -> bool:
    import shutil

    try:
        import graphviz  # noqa: F401
    except ImportError:
        return False
    return shutil.which("dot") is not None
