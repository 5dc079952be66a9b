"""Scales people can say: "de helft", "acht of negen", "een 8" on 0-100, and times of day.

A number said as a school mark ("een 8", "8/10", "een achtje") on a 0-100 scale
means 80: nobody means 8% when they say "een 8". Two close numbers ("acht of
negen", "tussen 60 en 70") give the middle; two far apart are not one answer.
"""

from __future__ import annotations

import re
from datetime import time

from bot.core.language import understand as language
from bot.core.language.normalise import plain
from bot.core.listening.data import DATA
from bot.core.schedule import times

_PHRASES = sorted(DATA["scale"].items(), key=lambda kv: -len(kv[0]))
_DIMINUTIVES: dict[str, int] = DATA["scale_words"]
_MARK = re.compile(
    r"\b(?:een|n|zo n|zon|ongeveer een|rond een|minder een|meer een)\s+(\d{1,2}|[a-z]+)\b"
)
_OUT_OF_TEN = re.compile(r"\b(\d{1,2})\s*(?:/|op|van de|uit)\s*10\b")
_RANGE = re.compile(
    r"\b(?:tussen (?:de )?)?([a-z]+|\d{1,3})\s*(?:of|a|en|tot|-)\s*([a-z]+|\d{1,3})\b"
)
_MAX_WORDS = 10


def _num(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return _DIMINUTIVES.get(token) or language.number_word(token)


def read_scale(text: str, low: int, high: int) -> int | None:
    """A number on the scale low..high, from digits, words, marks or phrases; else None."""
    said = plain(text.replace("/", " / ").replace("%", " procent"))
    if not said or len(said.split()) > _MAX_WORDS:
        return None
    said = said.replace(" / ", "/")
    if high == 100:
        mark = _OUT_OF_TEN.search(said) or _MARK.search(said)
        n = _num(mark.group(1)) if mark else None
        if n is not None and 0 <= n <= 10 and "procent" not in said:
            return n * 10
    value = language.parse_number(text, low, high)
    if value is not None:
        return value
    for word in said.split():
        if word in _DIMINUTIVES and low <= _DIMINUTIVES[word] * (10 if high == 100 else 1) <= high:
            return _DIMINUTIVES[word] * (10 if high == 100 else 1)
    if found := _RANGE.search(said):
        a, b = _num(found.group(1)), _num(found.group(2))
        if a is not None and b is not None and a != b:
            lo, hi = sorted((a, b))
            if low <= lo and hi <= high and hi - lo <= (high - low) / 5:
                return round((lo + hi) / 2 + 0.001)
    padded = f" {said} "
    for phrase, where in _PHRASES:
        if f" {phrase} " in padded:
            return round(low + float(where) * (high - low))
    return None


_LATER = re.compile(
    r"\b(?:een )?(half|kwart|\d+|een|twee|drie)\s*(uur|uurtje|kwartier)?\s*(later|eerder|vroeger)\b"
)


def is_relative(text: str) -> bool:
    return _LATER.search(plain(text)) is not None


def read_time_answer(text: str, current: object = None) -> str | None:
    """A time of day as "HH:MM", also relative to ``current`` ("een uur later")."""
    said = plain(text)
    if isinstance(current, str) and (rel := _LATER.search(said)):
        amount, unit, way = rel.groups()
        # "half" and "kwart" are amounts of their own ("een half uur", "kwart later");
        # otherwise a count of hours or of quarters ("twee kwartier").
        minutes = {"half": 30, "kwart": 15}.get(amount)
        if minutes is None:
            count = {"een": 1, "twee": 2, "drie": 3}.get(amount) or int(amount)
            minutes = count * (15 if unit == "kwartier" else 60)
        try:
            base = times.clock_time(current)
        except ValueError:
            return None
        total = (base.hour * 60 + base.minute + (minutes if way == "later" else -minutes)) % 1440
        return times.format_time(time(total // 60, total % 60))
    found = times.read_time(text)
    return times.format_time(found) if found else None
