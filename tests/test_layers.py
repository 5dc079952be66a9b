"""The layers you see in the tree are the layers in the code (issue 13).

Every import points down: ground floor (config, logs, metrics) → ``bot.core`` (pure) →
``bot.store`` (the only SQL) → ``bot.runtime`` → ``bot.service`` → ``adapters`` →
``bot.app``. The graph is read from the source (lazy imports inside functions too), so a
shortcut taken in a hurry shows up here and not in a review a year later.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LAYERS = {
    "bot.config": 0,
    "bot.logs": 0,
    "bot.metrics": 0,
    "bot.core": 1,
    "bot.store": 2,
    "bot.runtime": 3,
    "bot.service": 4,
    "adapters": 5,
    "bot.app": 6,
    "bot.training": 6,  # builds the model files; nothing at run time imports it
    "bot.__main__": 7,
}
# The pure core does no I/O of its own: no event loop, no database, no network, no
# processes. (Reading its shipped data files once at import is content loading.)
IMPURE = {"asyncio", "sqlite3", "aiosqlite", "aiohttp", "socket", "subprocess", "telegram", "nio"}
BIG = 600  # lines; a file above this mixes concerns (data files are not Python)


def modules() -> dict[str, Path]:
    found = {}
    for path in [*ROOT.glob("bot/**/*.py"), *ROOT.glob("adapters/**/*.py")]:
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        found[name] = path
    return found


def imported(name: str, path: Path) -> Iterator[str]:
    """Every module ``name`` imports, at the top or inside a function."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([base] if base else [])])
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def graph() -> dict[str, set[str]]:
    known = modules()
    edges: dict[str, set[str]] = defaultdict(set)
    for name, path in known.items():
        for target in imported(name, path):
            if target in known and target != name and not name.startswith(target + "."):
                edges[name].add(target)
    return edges


def layer(name: str) -> int:
    for prefix, rank in sorted(LAYERS.items(), key=lambda item: -len(item[0])):
        if name == prefix or name.startswith(prefix + "."):
            return rank
    return 0  # bot/__init__.py


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            members = []
            while True:
                member = stack.pop()
                members.append(member)
                if member == node:
                    break
            if len(members) > 1:
                found.append(sorted(members))

    for node in sorted(set(edges) | {t for ts in edges.values() for t in ts}):
        if node not in index:
            visit(node)
    return found


def packages(edges: dict[str, set[str]]) -> dict[str, set[str]]:
    """The graph between packages (a module's folder), e.g. bot.core.schedule."""

    def folder(name: str) -> str:
        return (
            name if name in {"bot.config", "bot.logs", "bot.metrics"} else name.rpartition(".")[0]
        )

    result: dict[str, set[str]] = defaultdict(set)
    for source, targets in edges.items():
        for target in targets:
            a, b = folder(source), folder(target)
            if a != b and not b.startswith(a + ".") and not a.startswith(b + "."):
                result[a].add(b)
    return result


def test_no_import_points_up() -> None:
    upward = [
        f"{source} (layer {layer(source)}) imports {target} (layer {layer(target)})"
        for source, targets in graph().items()
        for target in sorted(targets)
        if layer(target) > layer(source)
    ]
    assert upward == []


def test_no_module_imports_itself_in_a_circle() -> None:
    assert cycles(graph()) == []


def test_no_package_imports_itself_in_a_circle() -> None:
    assert cycles(packages(graph())) == []


def test_the_core_does_no_io() -> None:
    found = [
        f"{name} imports {target}"
        for name, path in modules().items()
        if layer(name) == 1
        for target in imported(name, path)
        if target.split(".")[0] in IMPURE
    ]
    assert found == []


@pytest.mark.parametrize("folder", ["bot", "adapters", "bench", "tests"])
def test_no_source_file_is_too_big(folder: str) -> None:
    big = [
        f"{path.relative_to(ROOT)}: {n} lines"
        for path in (ROOT / folder).rglob("*.py")
        if (n := len(path.read_text("utf-8").splitlines())) > BIG
    ]
    assert big == []


_SQL = re.compile(
    r"\b(?:SELECT .+ FROM|INSERT (?:OR \w+ )?INTO|UPDATE \w+ SET|DELETE FROM|PRAGMA)\b"
)


def test_only_the_store_speaks_sql() -> None:
    """SQL strings and database drivers live in bot/store and nowhere else."""
    found = []
    for name, path in modules().items():
        if name.startswith("bot.store"):
            continue
        for target in imported(name, path):
            if target.split(".")[0] in {"sqlite3", "aiosqlite", "asyncpg"}:
                found.append(f"{name} imports {target}")
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and _SQL.search(text):
                found.append(f"{name}: {text[:60]!r}")
    assert found == []


def test_the_layer_test_sees_real_imports() -> None:
    """Guard against a test that passes because it reads nothing."""
    edges = graph()
    assert "bot.core.messages" in edges["bot.runtime.runtime"]
    assert layer("bot.core.engine") == 1 and layer("adapters.telegram.adapter") == 5
    assert cycles({"a": {"b"}, "b": {"a"}}) == [["a", "b"]]
