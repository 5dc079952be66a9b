"""Config fuzz: every wrong-typed or unknown key gives an error naming the key and the fix."""

from __future__ import annotations

import typing
from dataclasses import fields

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import Config, ConfigError, parse_config

SECTIONS = {f.name: typing.get_type_hints(Config)[f.name] for f in fields(Config)}
KEYS = [(section, f.name) for section, cls in SECTIONS.items() for f in fields(cls)]

wrong_values = st.one_of(
    st.none().map(lambda _: {"nested": 1}),
    st.lists(st.integers(), min_size=1, max_size=3),
    st.floats(allow_nan=False),
    st.text(max_size=10),
    st.booleans(),
    st.integers(),
)


@settings(max_examples=400, deadline=None)
@given(where=st.sampled_from(KEYS), value=wrong_values)
def test_wrong_value_names_section_key_and_fix(where: tuple[str, str], value: object) -> None:
    section, key = where
    try:
        parse_config({section: {key: value}}, "c.toml")
    except ConfigError as error:
        message = str(error)
        assert message.startswith("c.toml: ")
        assert f"[{section}]" in message
        assert key in message or "Fix:" in message
        assert "Fix:" in message or "Known sections" in message or "must" in message
    # A value of the right type is accepted; nothing else is checked here.


@pytest.mark.parametrize(("section", "key"), KEYS)
def test_every_key_rejects_a_table(section: str, key: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({section: {key: {"oops": 1}}}, "c.toml")
    assert f"[{section}] {key} must be" in str(info.value)
    assert f"Fix: {key} =" in str(info.value)


@settings(max_examples=200, deadline=None)
@given(section=st.sampled_from(sorted(SECTIONS)), key=st.text(min_size=1, max_size=20))
def test_unknown_keys_are_named(section: str, key: str) -> None:
    known = {f.name for f in fields(SECTIONS[section])}
    if key in known:
        return
    with pytest.raises(ConfigError) as info:
        parse_config({section: {key: 1}}, "c.toml")
    assert repr(key) in str(info.value)
    assert "Remove it or fix the spelling" in str(info.value)


def test_missing_keys_mean_documented_defaults() -> None:
    assert parse_config({section: {} for section in SECTIONS}) == Config()
