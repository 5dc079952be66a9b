"""The word lists of ``bot/data/listening_nl.toml``, loaded once."""

from __future__ import annotations

import tomllib
from typing import Any

from bot.core import paths

DATA: dict[str, Any] = tomllib.loads((paths.DATA / "listening_nl.toml").read_text("utf-8"))
