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
_STRONGER = frozenset(DATA["scale_modifiers"]["stronger"])
_NEGATORS = frozenset(DATA["scale_modifiers"]["negators"])
_MARK = re.compile(
    r"\b(?:een|n|zo n|zon|ongeveer een|rond een|minder een|meer een)\s+(\d{1,2}|[a-z]+)\b"
)
_OUT_OF_TEN = re.compile(r"\b(\d{1,2}|[a-z]+)\s*(?:/|op|van de|uit)\s*(?:10|tien)\b")
_RANGE = re.compile(
    r"\b(?:tussen (?:de )?)?([a-z]+|\d{1,3})\s*(?:of|a|en|tot|-)\s*([a-z]+|\d{1,3})\b"
    # "5-6", "5 6" and "zes zeven": plain() leaves two bare numbers
    r"|^([a-z]+|\d{1,3}) ([a-z]+|\d{1,3})$"
)
# The scale named in the answer ("op een schaal van 1 tot 10 een 6") is not the answer.
_FRAME = re.compile(
    r"\b(?:op een schaal )?van (?:0|1|nul|een) tot (?:10|100|tien|honderd)\b"
    r"|\bop een schaal van (?:10|100|tien|honderd)\b"
)
_HALF = re.compile(r"\b([a-z]+)enhalf\b|\b(\d{1,2}) 1 2\b")
_FRACTION = re.compile(r"\b(drie|twee|een) (kwart|derde)\b")
_DECIMAL_MARK = re.compile(r"^\s*(?:een |ongeveer |zo'?n )?(\d),(\d)\s*$", re.IGNORECASE)
_NOW = re.compile(r"\bnu (?:nog |eerder |meer |nog maar )?(.+)$")
_BEYOND = re.compile(
    r"\b(onder|boven|minder dan|meer dan|lager dan|hoger dan) (?:de |een )?(\d{1,3}|[a-z]+)$"
)
# Not knowing, said with words that are also on the scale ("ik weet het echt niet",
# "weet het niet zo goed"): the reader's "weet ik niet" takes it, not a number.
_UNKNOWING = re.compile(
    r"\bweet (?:het |ik |ik het )?(?:echt |eigenlijk |gewoon |ook |zo )?nie?t\b(?! zeker)"
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
    whole = said.replace(" / ", "/")
    said = _HALF.sub(lambda h: f"{h[1] or h[2]} en een half", _FRAME.sub(" ", whole))
    said = _FRACTION.sub(lambda f: f[1] + f[2], said).strip()  # "drie kwart" is a part
    # The raw text keeps a decimal comma ("4,5"); the cleaned words drop a named scale.
    raw = text if said == whole else said
    if (now := _NOW.search(said)) and now.start() > 0:
        # "eerst 80, nu 60": the answer is what holds now.
        later = read_scale(now.group(1), low, high)
        if later is not None:
            return later
    if high == 100:
        if decimal := _DECIMAL_MARK.match(text):  # "7,5" is a school mark too
            return int(decimal[1]) * 10 + int(decimal[2])
        mark = _OUT_OF_TEN.search(said) or _MARK.search(said)
        n = _num(mark.group(1)) if mark else None
        if n is not None and 0 <= n <= 10 and "procent" not in said:
            return n * 10
    if (beyond := _BEYOND.search(said)) and (n := _num(beyond.group(2))) is not None:
        # "onder de 5" is just below it; "boven de 80" just above.
        step = max(1, (high - low) // 20)
        n += step if beyond.group(1) in ("boven", "meer dan", "hoger dan") else -step
        return min(max(n, low), high)
    value = language.parse_number(raw, low, high)
    if value is not None:
        return value
    if (over := language.parse_number(raw, high + 1, 1000 * max(high, 1))) is not None:
        # A tenfold on 0-10 is a percentage said on the wrong scale ("80" means 8); far
        # past the top, or a percentage past it, is an emphatic top ("1000", "110%").
        # Just past it ("11", "101") may be a slip: asked again, with the range.
        if high == 10 and over <= 100 and over % 10 == 0:
            return over // 10
        return high if over >= 2 * high or "procent" in said else None
    for word in said.split():
        if word in _DIMINUTIVES and low <= _DIMINUTIVES[word] * (10 if high == 100 else 1) <= high:
            return _DIMINUTIVES[word] * (10 if high == 100 else 1)
    if found := _RANGE.search(said):
        a, b = _num(found.group(1) or found.group(3)), _num(found.group(2) or found.group(4))
        if a is not None and b is not None and a != b:
            lo, hi = sorted((a, b))
            if low <= lo and hi <= high and hi - lo <= (high - low) / 5:
                return round((lo + hi) / 2 + 0.001)
    if _UNKNOWING.search(said):
        return None
    where = _phrase_value(f" {said} ")
    return None if where is None else round(low + where * (high - low))


# Words that say how much, never what: an answer made only of these is an amount.
_AMOUNT_WORDS = frozenset(w for phrase, _ in _PHRASES for w in phrase.split()) | frozenset(
    DATA["scale_modifiers"]["fillers"]
)


def only_amount(text: str) -> bool:
    """Whether the words only say how much ("niet zo heel erg, een 4 ofzo"), not what."""
    words = plain(text).split()
    return bool(words) and all(
        w in _AMOUNT_WORDS or w.isdigit() or _num(w) is not None for w in words
    )


def _phrase_value(padded: str) -> float | None:
    """Where the longest scale phrase sits (0..1), turned by a word just before it."""
    for phrase, where in _PHRASES:
        at = padded.find(f" {phrase} ")
        if at < 0:
            continue
        before = padded[:at].split()[-2:]
        value = float(where)
        if phrase.split()[0] not in _NEGATORS and any(w in _NEGATORS for w in before):
            # "niet zo heel erg", "niet sterk": below the middle, never the top.
            return 0.3 if value >= 0.5 else 0.6
        if before[-1:] and before[-1] in _STRONGER and phrase.split()[0] not in _STRONGER:
            # "heel hoog", "erg laag": further towards its own end.
            return value + (1 - value) * 0.6 if value >= 0.5 else value * 0.5
        return value
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
