"""How the configured bot is put together: its engine, its store, its runtime.

Used by the command line and by ``run``, so neither has to import the other.
"""

from __future__ import annotations

from pathlib import Path

from bot.config import Config
from bot.core.dialogue.actions import QuietHours
from bot.core.dialogue.model import DIALOGUE_DIR
from bot.core.dialogue.spec import load_dialogues
from bot.core.engine import Engine
from bot.runtime.runtime import Runtime
from bot.store.db import Store


def dialogue_dir(config: Config) -> Path:
    return Path(config.bot.dialogues_dir) if config.bot.dialogues_dir else DIALOGUE_DIR


def quiet_hours(config: Config) -> QuietHours:
    """The configured quiet hours, for the engine (the scheduler reads the same keys)."""
    return QuietHours(config.scheduler.quiet_hours_start, config.scheduler.quiet_hours_end)


def build_engine(config: Config) -> Engine:
    """The engine as the configured bot runs it: its dialogues and its quiet hours."""
    return Engine(load_dialogues(dialogue_dir(config)), quiet=quiet_hours(config))


async def open_runtime(
    config: Config, *, db: str | None = None, region: str | None = None
) -> Runtime:
    engine = build_engine(config)
    store = await Store.open(
        db or config.database.target,
        durability=config.database.durability,
        password=config.database.password(),
    )
    return Runtime(engine, store, default_region=region or config.bot.default_region or None)
