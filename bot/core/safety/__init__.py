"""Safety screening: every inbound message, in every state, before the dialogue sees it.

* :mod:`bot.core.safety.rules` — readable phrase patterns for the user's own risk and for
  worry about someone else (auditable, the first line of defence);
* :mod:`bot.core.safety.situations` — acute situations, means questions, distress and
  violence at home;
* :mod:`bot.core.safety.model` — a linear classifier trained on the corpus in
  ``bot/data/safety_corpus`` (``python -m bot.training.safety``), loaded from exported
  weights checked by hash;
* :mod:`bot.core.safety.screen` — the decision that combines them with the context;
* :mod:`bot.core.safety.fallback` — crisis lines that need no data file, for a turn that fails.
"""

from bot.core import regex_cache
from bot.core.safety.model import ModelError, load_model
from bot.core.safety.rules import REASONS, Level, Screening
from bot.core.safety.screen import screen

# Every rule is compiled by now: keep the compiled programs for the next start
# (bot.core.regex_cache; derived from the rules alone, never from a message).
regex_cache.save()

__all__ = ["REASONS", "Level", "ModelError", "Screening", "load_model", "screen"]
