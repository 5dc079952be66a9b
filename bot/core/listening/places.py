"""Which country a place is in: "Gent" -> be, "in Friesland" -> nl; None when unsure.

Towns from GeoNames (``bot/data/places_nl_be.tsv``, written by scripts/places.py),
provinces and regions from ``listening_nl.toml``. Loaded on first use: only the
region question needs it.
"""

from __future__ import annotations

from functools import lru_cache

from bot.core import paths
from bot.core.language.normalise import plain
from bot.core.listening.data import DATA

_FILE = paths.DATA / "places_nl_be.tsv"
_MAX_WORDS = 8


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
    return out


def region_of(text: str) -> str | None:
    """nl or be when the message names places of one country only."""
    ws = plain(text).split()
    if not ws or len(ws) > _MAX_WORDS:
        return None
    places = _places()
    found: set[str] = set()
    for n in (3, 2, 1):
        for i in range(len(ws) - n + 1):
            phrase = " ".join(ws[i : i + n])
            if phrase in places and (n > 1 or len(phrase) >= 3):
                found.add(places[phrase])
    return found.pop() if len(found) == 1 else None
