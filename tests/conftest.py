"""Shared fixtures: one engine for the whole session (the rulebooks are shared anyway)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.core.dialogue.spec import load_dialogues
from bot.core.engine import Engine
from bot.core.messages import SlotValue
from bot.runtime.runtime import Runtime
from bot.store.db import Store
from tests.support import postgres


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="also run long fault and soak tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Long runs are opt-in: without --run-slow they are deselected (not skipped),
    # and each has a short always-on sibling.
    # A test marked sqlite_only (it reads the file itself) runs on SQLite only:
    # its PostgreSQL variant is deselected, not skipped.
    for item in list(items):
        spec = getattr(item, "callspec", None)
        if "sqlite_only" in item.keywords and spec and spec.params.get("backend") != "sqlite":
            config.hook.pytest_deselected(items=[item])
            items.remove(item)
    if config.getoption("--run-slow"):
        return
    keep = [item for item in items if "slow" not in item.keywords]
    dropped = [item for item in items if "slow" in item.keywords]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


# Slots any dialogue state may refer to, so its texts render as in a real run.
SAMPLE_SLOTS: dict[str, SlotValue] = {
    "gevoel": "verdrietig",
    "intensiteit": 6,
    "gedachte": "Ik ben niet belangrijk",
    "geloof_voor": 80,
    "geloof_na": 40,
    "nieuwe_gedachte": "Ze had het druk",
    "naam": "Sanne",
    "observatie": "je stil bent",
    "bericht": "Hoi!",
}


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine(load_dialogues())


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[postgres.Server]:
    """One real PostgreSQL for the session, started only when a test asks for it."""
    with postgres.running() as server:
        yield server


@pytest.fixture
def backend() -> str:
    """The database a test's store uses; store and scheduler tests run on both."""
    return "sqlite"


@pytest.fixture
def store_target(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where the test's store lives: a SQLite file, or a fresh PostgreSQL database."""
    if backend == "postgresql":
        server: postgres.Server = request.getfixturevalue("postgres_server")
        return server.new_database()
    return str(tmp_path / "verbonden.sqlite3")


@pytest.fixture
async def store(store_target: str) -> AsyncIterator[Store]:
    opened = await Store.open(store_target)
    yield opened
    await opened.close()


@pytest.fixture
async def runtime(engine: Engine, store: Store) -> AsyncIterator[Runtime]:
    started = Runtime(engine, store, default_region="nl")
    yield started
    await started.renderer.aclose()  # a chart worker process, if a test drew a chart
