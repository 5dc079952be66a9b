"""The pure dialogue engine (see :mod:`bot.core.engine.turn`)."""

from bot.core.engine.turn import Engine

__all__ = ["Engine"]
