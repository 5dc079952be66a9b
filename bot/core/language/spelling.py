"""The likeliest word one slip away from a token no dictionary knows ("mihn" -> "mijn").

Chat is typed fast: a dropped, doubled, swapped or neighbouring letter turns "zijn" into
"zjn" and "brug" into "brgu". The ranks come from ``bot/data/words_nl.txt`` (the 30,000
most frequent Dutch words, written by ``scripts/words.py`` from wordfreq): of the words
one slip away, the most frequent wins. Candidates share the first letter, which a slip
rarely changes and which keeps each lookup to a few hundred comparisons; the first two
letters swapped ("oged", "odod") are tried as well.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Final

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core.paths import DATA

WORDS: Final = DATA / "words_nl.txt"
# Three letters leave too little to go on ("kel" could be "keel" or "ken"), except for
# a dropped letter inside a word, which keeps its first and last ("mjn" is "mijn").
_SHORTEST: Final = 4


@cache
def _ranked() -> tuple[dict[str, int], dict[tuple[str, int], list[str]]]:
    rank: dict[str, int] = {}
    buckets: dict[tuple[str, int], list[str]] = {}
    with WORDS.open(encoding="utf-8") as lines:
        for line in lines:
            word = line.strip()
            if not word or word.startswith("#"):
                continue
            rank[word] = len(rank)
            buckets.setdefault((word[0], len(word)), []).append(word)
    return rank, buckets


def frequent(word: str) -> bool:
    """Whether ``word`` is one of the frequent Dutch words of the list ("bijeen")."""
    return word in _ranked()[0]


def rank(word: str) -> int | None:
    """The word's place in the frequency list (0 is the most frequent), or None."""
    return _ranked()[0].get(word)


@lru_cache(maxsize=8192)
def nearest(word: str) -> str | None:
    """The most frequent word one slip (OSA distance 1) from ``word``, else None.

    Three letters: only a dropped letter, inside the word ("mjn" -> "mijn", "hnd" ->
    "hand"). Never two slips: a rare real word the list lacks would become a frequent
    one ("gladheid" is no "goedheid").
    """
    if not word.isalpha():
        return None
    rank, buckets = _ranked()
    if word in rank:
        return None
    if len(word) == _SHORTEST - 1:
        return _dropped_letter(word, rank, buckets)
    if len(word) < _SHORTEST:
        return None
    return _one_slip_away(word, rank, buckets)


def _dropped_letter(
    word: str, rank: dict[str, int], buckets: dict[tuple[str, int], list[str]]
) -> str | None:
    best: tuple[int, str] | None = None
    for candidate in buckets.get((word[0], len(word) + 1), ()):
        if candidate[-1] == word[-1] and OSA.distance(word, candidate, score_cutoff=1) <= 1:
            r = rank[candidate]
            if best is None or r < best[0]:
                best = (r, candidate)
    return best[1] if best else None


def _one_slip_away(
    word: str, rank: dict[str, int], buckets: dict[tuple[str, int], list[str]]
) -> str | None:
    swapped = word[1] + word[0] + word[2:]
    best: tuple[int, str] | None = (rank[swapped], swapped) if swapped in rank else None
    for size in (len(word) - 1, len(word), len(word) + 1):
        found = process.extract(
            word, buckets.get((word[0], size), ()), scorer=OSA.distance, score_cutoff=1, limit=None
        )
        for candidate, _, _ in found:
            r = rank[candidate]
            if best is None or r < best[0]:
                best = (r, candidate)
    return best[1] if best else None
