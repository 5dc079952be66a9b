"""The shapes a dialogue file is read into (frozen dataclasses), and the loader's error."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import yaml

from bot.core.listening.reading import Expects
from bot.core.messages import SlotValue
from bot.core.paths import DIALOGUES

Answer = Literal["yes", "no", "unsure"]
RESUME = "@resume"
DIALOGUE_DIR = DIALOGUES
# Placeholders the engine fills in everywhere, besides a dialogue's own slots: the
# crisis lines for the user's region and the configured quiet hours ("22:00", "8:00").
GLOBAL_PLACEHOLDERS = frozenset(
    {
        "crisislijnen",
        "crisislijn_kort",
        "luisterlijn",
        "geweldlijn",
        "crisischat",
        "hulp_dichtbij",
        "stil_vanaf",
        "stil_tot",
    }
)
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class DialogueError(ValueError):
    """A dialogue file is not usable; the message says where and why."""

    def __init__(self, source: str, state: str | None, problem: str) -> None:
        where = f"{source}, state {state!r}" if state else source
        super().__init__(f"{where}: {problem}")
        self.source, self.state, self.problem = source, state, problem


@dataclass(frozen=True, slots=True)
class Call:
    """An allow-listed action or condition with its parameters."""

    name: str
    params: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Step:
    """Where an answer leads: a state here, "@dialogue", "@dialogue.state" or "@resume"."""

    next: str
    set: Mapping[str, SlotValue] = field(default_factory=dict)
    do: tuple[Call, ...] = ()


@dataclass(frozen=True, slots=True)
class Choice:
    id: str
    label: str
    step: Step
    synonyms: tuple[str, ...] = ()
    answer: Answer | None = None


@dataclass(frozen=True, slots=True)
class NumberInput:
    low: int
    high: int
    save: str
    step: Step


@dataclass(frozen=True, slots=True)
class TextInput:
    """Free text at a step. ``expects`` says what kind of answer the step takes, so text
    of another kind ("weet ik niet", "ja", a question) is never stored (bot.core.listening)."""

    save: str | None
    step: Step
    expects: Expects = "text"


@dataclass(frozen=True, slots=True)
class IntentInput:
    intent: str
    step: Step


@dataclass(frozen=True, slots=True)
class RouteCase:
    when: Call | None
    step: Step


@dataclass(frozen=True, slots=True)
class StateSpec:
    name: str
    say: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()
    number: NumberInput | None = None
    free_text: TextInput | None = None
    intents: tuple[IntentInput, ...] = ()
    then: Step | None = None  # say, then move on without waiting for the user
    route: tuple[RouteCase, ...] = ()  # like ``then``, picking the first case that holds
    rephrase: tuple[str, ...] = ()
    # How-did-it-go steps: which button an outcome said in words means
    # ({bad: lastig, none: stil, good: fijn}; see bot.core.listening.outcomes).
    outcomes: Mapping[str, str] = field(default_factory=dict)
    silent: bool = False  # says nothing on entry (the idle state after "stop")
    # Indexes into ``say`` of texts to copy (``{copy: ...}``, e.g. a message draft):
    # adapters show each in a chat message of its own (see bot.core.bubbles).
    apart: frozenset[int] = frozenset()
    # The message that led into this dialogue may already answer this question
    # ("ik voel me eenzaam naast mijn man" answers "what kind?"): take that answer.
    carry: bool = False
    # ``carry: story``: a sentence that led here already tells what this step asks in
    # free text ("mijn dochter zou komen maar ze heeft afgezegd" at "Wat is er gebeurd?"):
    # it is taken as the answer, after the step's opening lines.
    carry_story: bool = False
    # Index into ``say`` -> all its wordings (``{one_of: [...]}``), said in turn so a
    # line that comes back often is not the same words every time.
    variants: Mapping[int, tuple[str, ...]] = field(default_factory=dict)

    def wordings(self, index: int) -> tuple[str, ...]:
        return self.variants.get(index) or (self.say[index],)

    @property
    def waits(self) -> bool:
        """True when the state waits for the user; False when it moves on by itself."""
        return self.then is None and not self.route

    def steps(self) -> Iterator[Step]:
        for choice in self.choices:
            yield choice.step
        if self.number:
            yield self.number.step
        if self.free_text:
            yield self.free_text.step
        for intent in self.intents:
            yield intent.step
        if self.then:
            yield self.then
        for case in self.route:
            yield case.step


@dataclass(frozen=True, slots=True)
class DialogueSpec:
    name: str
    title: str
    start: str
    states: Mapping[str, StateSpec]
    source: str

    def external_targets(self) -> set[str]:
        return {s.next for st in self.states.values() for s in st.steps() if s.next.startswith("@")}


@dataclass(frozen=True, slots=True)
class CommonTexts:
    """Texts the engine itself uses (help, privacy, safety replies...), each with variants."""

    texts: Mapping[str, tuple[str, ...]]
    source: str

    def get(self, key: str) -> tuple[str, ...]:
        return self.texts[key]


REQUIRED_TEXTS = (
    "unclear",
    "unclear_number",
    "unclear_escape",
    "unclear_escape_safety",
    "help",
    "privacy",
    "stopped",
    "stopped_safety",
    "stopped_violence",
    "unsupported",
    "export_intro",
    "export_caption",
    "group_help",
    "group_private_invite",
    "group_crisis",
    "private_crisis_invite",
    "group_naaste",
    "private_naaste_invite",
    "private_talk_invite",
    # bot.core.journal and the runtime, for "mijn dagboek"
    "dagboek_titel_7",
    "dagboek_titel_30",
    "dagboek_titel",
    "dagboek_as",
    "dagboek_teken_stap",
    "dagboek_schets_dag",
    "dagboek_schets_week",
    "dagboek_periode_7",
    "dagboek_periode_30",
    "dagboek_periode",
    "dagboek_aantal",
    "dagboek_geen_gevoel",
    "dagboek_vaak",
    "dagboek_vaak_moment",
    "dagboek_wisselend",
    "dagboek_stappen",
    "dagboek_contact_minder",
    "dagboek_contact_meer",
    "dagboek_contact_gelijk",
    "dagboek_leeg",
    "dagboek_leeg_periode",
    "dagboek_tekst",
    "dagboek_gewist_dag",
    "dagboek_niets_dag",
    "dagboek_gewist_laatste",
    "dagboek_gewist_alles",
    "dagboek_niets",
    "dagboek_dag_onbekend",
    "dagboek_notitie",
    "dagboek_notities",
    # a room's check-in in words ("checkin")
    "checkin_instelling",
    "checkin_met_samenvatting",
    "checkin_zonder_samenvatting",
)

_STATE_KEYS = {"say", "choices", "number", "free_text", "intents", "then", "route", "rephrase"}
_STATE_KEYS |= {"silent", "outcomes", "carry"}
OUTCOMES = frozenset({"good", "neutral", "bad", "none"})
_STEP_KEYS = {"next", "set", "do"}
_CHOICE_KEYS = frozenset({"id", "label", "synonyms", "answer"})


# libyaml's parser when PyYAML was built with it (ten times faster: the dialogues are
# read at every start-up); the same safe constructor and resolvers either way.
_SAFE_BASE: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SAFE_BASE):  # type: ignore[valid-type,misc]  # chosen at import
    """YAML 1.2 booleans: only true/false. Dutch files say `answer: yes` and `id: nee`,
    which YAML 1.1 would silently turn into True/False."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)  # a SafeLoader subclass: no arbitrary objects


def _fail(source: str, state: str | None, problem: str) -> DialogueError:
    return DialogueError(source, state, problem)
