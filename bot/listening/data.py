"""The word lists of ``bot/data/listening_nl.toml``, loaded once."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

DATA: dict[str, Any] = tomllib.loads(
    (Path(__file__).resolve().parent.parent / "data" / "listening_nl.toml").read_text("utf-8")
)
