"""Write bot/data/words_nl.txt: the 30,000 most frequent Dutch words, most frequent first.

From wordfreq (the ``train`` extra; its Dutch list combines subtitles, Wikipedia, news,
web text and social media, CC BY-SA 4.0: https://github.com/rspeer/wordfreq). The safety
screen's typo repair uses the ranks to pick the likeliest word one slip away from a
token no dictionary knows ("mihn" -> "mijn", "zjn" -> "zijn"); the bot never imports
wordfreq. Words are folded as bot.core.language.normalise.plain() folds text, letters
only. Run: ``python scripts/words.py`` (deterministic for a given wordfreq version).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.language.normalise import plain  # noqa: E402

OUT = ROOT / "bot" / "data" / "words_nl.txt"
SIZE = 30_000


def main() -> int:
    from importlib.metadata import version

    import wordfreq

    seen: dict[str, None] = {}
    for word in wordfreq.top_n_list("nl", 80_000):
        folded = plain(word)
        if folded.isalpha() and folded.isascii() and folded not in seen:
            seen[folded] = None
        if len(seen) == SIZE:
            break
    OUT.write_text(
        f"# The {SIZE:,} most frequent Dutch words, most frequent first: wordfreq"
        f" {version('wordfreq')} (CC BY-SA 4.0, Robyn Speer et al.); written by"
        " scripts/words.py\n" + "\n".join(seen) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT.relative_to(ROOT)}: {len(seen)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
