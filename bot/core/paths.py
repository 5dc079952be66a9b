"""Where the shipped content lives: one place, so moving a module never moves its data."""

import os
from pathlib import Path

import platformdirs

BOT = Path(__file__).resolve().parent.parent
DATA = BOT / "data"  # word lists, crisis lines, prompts, model weights, corpora
DIALOGUES = BOT.parent / "dialogues"  # the default dialogue set (YAML)


def cache_dir() -> Path | None:
    """Where derived data may be kept between runs (dictionary tries, compiled rules),
    or None to keep nothing: ``VERBONDEN_CACHE_DIR`` (empty or "off" for none), else the
    user's cache directory. Only data built from shipped files goes here, never a
    person's words."""
    chosen = os.environ.get("VERBONDEN_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off") else Path(chosen)
    return Path(platformdirs.user_cache_dir("verbonden"))
