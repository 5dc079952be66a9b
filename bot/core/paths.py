"""Where the shipped content lives: one place, so moving a module never moves its data."""

from pathlib import Path

BOT = Path(__file__).resolve().parent.parent
DATA = BOT / "data"  # word lists, crisis lines, prompts, model weights, corpora
DIALOGUES = BOT.parent / "dialogues"  # the default dialogue set (YAML)
