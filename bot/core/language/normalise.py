"""Turn raw chat text into a stable form for matching.

Everything that reads user text (safety screening, choice matching, intents) goes
through :func:`normalise` first, so that "JA  HOOR!!", "ja hoor" and "já hoor"
are the same input, and zero-width or control characters pasted from other apps
cannot hide a word from the safety screen.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that render as nothing but split words ("zelf\u200bmoord").
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"}
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_WORD = re.compile(r"[a-z0-9']+")
_SPACES = re.compile(r"\s+")
# Three or more of the same letter collapse to two: "neeeee" -> "nee", "jaaaa" -> "jaa".
_STRETCHED = re.compile(r"([a-z])\1{2,}")


def strip_invisible(text: str) -> str:
    """Drop zero-width and control characters, keep newlines as spaces."""
    out = []
    for ch in text:
        if ch in _INVISIBLE:
            continue
        cat = unicodedata.category(ch)
        if cat == "Cc":
            out.append(" ")
        elif cat == "Cf":  # format chars: bidi marks and the like
            continue
        else:
            out.append(ch)
    return "".join(out)


def fold_accents(text: str) -> str:
    """'één' -> 'een', 'geïnteresseerd' -> 'geinteresseerd'; emoji are kept."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def normalise(text: str) -> str:
    """Lower-case, accent-free, single-spaced text; punctuation kept for context."""
    text = unicodedata.normalize("NFKC", text)
    text = strip_invisible(text).translate(_APOSTROPHES).casefold()
    text = fold_accents(text)
    text = _STRETCHED.sub(r"\1\1", text)
    return _SPACES.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """The word tokens of already-normalised text ("'k wil" -> ["'k", "wil"])."""
    return [w.strip("'") or w for w in _WORD.findall(text)]


def plain(text: str) -> str:
    """Normalised text with only words, single spaces: for whole-message matching."""
    return " ".join(words(normalise(text)))


def emoji_of(text: str) -> list[str]:
    """The emoji and other pictographs in the text, in order."""
    return [ch for ch in text if unicodedata.category(ch) == "So"]
