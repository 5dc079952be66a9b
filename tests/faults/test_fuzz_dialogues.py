"""Fuzz every dialogue state with generated text: no crash, always a reply, state sane.

Unicode of every class, control and zero-width characters, right-to-left text,
10,000-character messages, only emoji, only whitespace.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.engine import Engine
from bot.core.messages import ConversationKey, ConversationState, Inbound, Profile, Reply
from tests.conftest import SAMPLE_SLOTS

KEY = ConversationKey("fuzz", "c", "u")
PROFILE = Profile(region="be", welcomed=True)
SLOTS = SAMPLE_SLOTS

texts = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=50),
    st.text(alphabet="\u200b\u200c\u200d\u2060\ufeff\u202e\u202d\u0000\u0007\t\n\r ", max_size=30),
    st.text(alphabet="אבגדהוזחטיכלמנסעפצקרשתابتثجحخدذرزسشصضطظعغفقكلمنهوي ", min_size=1),
    st.text(alphabet="😀😂😢😭🙂👍👎🤷💀❤️🇳🇱🇧🇪", min_size=1, max_size=20),
    st.just(" \t \n "),
    st.builds(lambda c, n: c * n, st.characters(), st.integers(5000, 10000)),
    st.sampled_from(["ja hoor", "nee joh", "weet ik niet", "zeven", "1", "menu", "ik wil dood"]),
)


def _all_states(engine: Engine) -> list[tuple[str, str]]:
    return [
        (d, s) for d, spec in engine.specs.items() for s, st_ in spec.states.items() if st_.waits
    ]


def _check(engine: Engine, stored: ConversationState | None, text: str) -> ConversationState:
    result = engine.turn(Inbound(KEY, text=text), stored, PROFILE)
    replies = [a for a in result.actions if isinstance(a, Reply)]
    assert replies, f"no reply in {stored} for {text[:40]!r}"
    new = result.state
    spec = engine.specs[new.dialogue]
    assert new.state in spec.states and spec.states[new.state].waits
    json.dumps(dict(new.slots))  # always storable
    assert all(len(str(v)) <= 500 for v in new.slots.values())
    return new


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_state_survives_any_text(engine: Engine, data: st.DataObject) -> None:
    dialogue, state = data.draw(st.sampled_from(_all_states(engine)))
    stored = ConversationState(dialogue, state, slots=dict(SLOTS))
    for _ in range(data.draw(st.integers(1, 4))):
        stored = _check(engine, stored, data.draw(texts))


@settings(max_examples=100, deadline=None)
@given(text=texts)
def test_first_contact_survives_any_text(engine: Engine, text: str) -> None:
    _check(engine, None, text)


def test_each_state_once_with_each_hard_input(engine: Engine) -> None:
    hard = ["", " ", "\u200b", "🙂" * 300, "x" * 10_000, "\u202eniet meer\u202c", "\x00\x07", "١٢٣"]
    for dialogue, state in _all_states(engine):
        for text in hard:
            _check(engine, ConversationState(dialogue, state, slots=dict(SLOTS)), text)
