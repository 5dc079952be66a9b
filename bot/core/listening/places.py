"""Which country a place is in: "Gent" -> be, "in Friesland" -> nl; None when unsure.

Towns from GeoNames (``bot/data/places_nl_be.tsv``, written by scripts/places.py),
provinces and regions from ``listening_nl.toml``. Loaded on first use: only the
region question needs it. The country decides which crisis line a person is given,
so a name both countries have ("Limburg") or a guess between two towns gives None,
and the bot asks.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core import paths
from bot.core.language.lexicon import is_known
from bot.core.language.normalise import plain
from bot.core.language.words import STOPWORDS
from bot.core.listening.data import DATA

_FILE = paths.DATA / "places_nl_be.tsv"
_MAX_WORDS = 8
_BOTH = "nl be"
# A typed town with one slip ("leuvn", "amsterdm") is still that town; shorter words
# are too close to everyday ones.
_TYPO_MIN_LEN = 5


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _FILE.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, country = line.partition("\t")
            out[name] = country
    for country in ("nl", "be"):
        for name in DATA["regions"][country]:
            out[plain(name)] = country
    for name in DATA["regions"].get("both", []):
        out[plain(name)] = _BOTH
    return out


@lru_cache(maxsize=1)
def _one_word_places() -> tuple[str, ...]:
    return tuple(name for name in _places() if " " not in name and len(name) >= _TYPO_MIN_LEN)


def _near_countries(word: str) -> set[str]:
    """The countries of the towns this unknown word is one slip away from."""
    if len(word) < _TYPO_MIN_LEN or not word.isalpha():
        return set()
    if is_known(word) or word in STOPWORDS:
        return set()  # a Dutch word ("anders" is not "Anvers"), not a misspelt town
    places = _places()
    hits = process.extract(word, _one_word_places(), scorer=OSA.distance, score_cutoff=1, limit=5)
    return {c for name, _, _ in hits if name[0] == word[0] for c in places[name].split()}


def asks_country(choice_ids: Iterable[str]) -> bool:
    """Whether a step's buttons are the countries: the region question, which reads a
    town or province itself."""
    return {"nl", "be"} <= set(choice_ids)


@lru_cache(maxsize=1)
def _abroad() -> frozenset[str]:
    return frozenset(plain(name) for name in DATA["regions"]["abroad"])


def region_of(text: str) -> str | None:
    """nl or be when the message names places of one country only.

    Each name narrows the countries down: "Limburg" is both, "Limburg, Belgisch" is be;
    towns of both countries, or another country named, give None.
    """
    ws = plain(text).split()
    if not ws or len(ws) > _MAX_WORDS or _abroad() & set(ws):
        return None
    places = _places()
    found: set[str] = {"nl", "be"}
    named = False
    covered: set[int] = set()
    for n in (3, 2, 1):  # the longest name wins: "noord-brabant" before "brabant"
        for i in range(len(ws) - n + 1):
            span = set(range(i, i + n))
            phrase = " ".join(ws[i : i + n])
            if span & covered or phrase not in places or (n == 1 and len(phrase) < 3):
                continue
            found &= set(places[phrase].split())
            named = True
            covered |= span
    if not named:
        found = set()
        for word in ws:
            found |= _near_countries(word)
    return found.pop() if len(found) == 1 else None
