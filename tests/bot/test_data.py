"""The labelled data in bot/data and the dialogues are reviewed like code: a key written
twice in one YAML file silently drops the first list or state (yaml keeps the last), so
it is refused here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bot" / "data"


class _StrictLoader(yaml.SafeLoader):
    pass


def _no_duplicates(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} twice", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)

FILES = sorted([*DATA.glob("*_corpus/*.yaml"), *(ROOT / "dialogues").glob("*.yaml")])


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_data_and_dialogue_files_have_no_key_twice(path: Path) -> None:
    yaml.load(path.read_text("utf-8"), Loader=_StrictLoader)


def test_a_key_written_twice_is_refused() -> None:
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.load("geen:\n  - a\ngeen:\n  - b\n", Loader=_StrictLoader)
