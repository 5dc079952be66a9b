"""Yes, no, not sure, and numbers, as people type them (see :mod:`bot.core.language.understand`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from bot.core.language.words import (
    _A,
    _ANSWER_EMOJI,
    _ANSWERS,
    _LONGEST_ANSWER,
    _MAX_CHARS,
    _MAX_WORDS,
    _N,
    _NEG,
    _SHORT,
    Answer,
    _msg,
    _Vocab,
    _words_in,
)

# --- yes / no / unsure ------------------------------------------------------------

_TAIL_OK = frozenset(_A["tail_ok"])
_TAIL_STOP = frozenset(_A["tail_stop"])
_LEAD = frozenset(_A["lead_fillers"])
_OPEN = frozenset(_A["open_tail"])
_ANSWER_FUZZ = _Vocab({w: w for w in _words_in(_ANSWERS, 5)}, 85)


def _answer_of(ws: Sequence[str]) -> Answer | None:
    for start in range(len(ws)):
        for n in range(min(len(ws) - start, _LONGEST_ANSWER), 0, -1):
            ans = _ANSWERS.get(" ".join(ws[start : start + n]))
            if ans is not None:
                return _with_tail(ans, ws[start] in _OPEN, ws[start + n :])
        if ws[start] not in _LEAD:
            return None
    return None


def _with_tail(ans: Answer, open_tail: bool, tail: Sequence[str]) -> Answer | None:
    if not tail:
        return ans
    if (more := _answer_of(tail)) is not None:
        if more == ans or "unsure" in (ans, more):
            return "unsure" if "unsure" in (ans, more) else ans
        return None
    # "maar" at the very end after a verb is a particle ("nee, bewaar maar"), not "but".
    particle = len(tail) >= 2 and tail[-1] == "maar" and tail[-2] not in _OPEN
    if any(w in _TAIL_STOP for w in (tail[:-1] if particle else tail)):
        return None
    if ans == "yes" and any(w in _NEG for w in tail):
        return None
    if all(w in _TAIL_OK or w in _NEG for w in tail) or (open_tail and len(tail) <= _SHORT):
        return ans
    return None


def parse_yes_no(text: str) -> Answer | None:
    """The answer in "ja hoor" (yes), "nee joh" (no), "weet ik niet" (unsure), else None."""
    if len(text) > _MAX_CHARS:
        return None
    m = _msg(text)
    emoji = {_ANSWER_EMOJI[e] for e in m.emoji if e in _ANSWER_EMOJI}
    if len(emoji) > 1 or len(m.words) > _MAX_WORDS:
        return None
    if not m.words:
        return next(iter(emoji), None)
    ans = _answer_of([_ANSWER_FUZZ.fix(w) for w in m.words])
    return ans if ans is not None and (not emoji or ans in emoji) else None


# --- numbers ----------------------------------------------------------------------

_UNITS = {w: i for i, w in enumerate(_N["units"])}
_TENS = {w: 20 + 10 * i for i, w in enumerate(_N["tens"])}
_SIMPLE = _UNITS | {w: 10 + i for i, w in enumerate(_N["teens"])} | _TENS | {"honderd": 100}
_NUM_FILLERS = frozenset(_N["fillers"])
_RANGE = frozenset(_N["ranges"])
_SCALE = frozenset(_N["scale"])
_NUM_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[a-z]+|[/%-]")
_ONE = re.compile(r"\b(?:één|eén|éen)\b")
_HALF = re.compile(r"(\d?)1\u20442")  # NFKC turns "7½" into "71⁄2"


def _number_word(word: str) -> int | None:
    """Compose "vijfenzeventig" = vijf + en + zeventig; 0..100 without a big table."""
    if word in _SIMPLE:
        return _SIMPLE[word]
    for tens, value in _TENS.items():
        head = word[: -len(tens)]
        if word.endswith(tens) and head.endswith("en") and _UNITS.get(head[:-2], 0) > 0:
            return _UNITS[head[:-2]] + value
    return 100 if word == "eenhonderd" else None


number_word = _number_word  # for bot.core.listening.scales


def _spell(n: int) -> str:
    """The inverse of :func:`_number_word`, used to fuzzy-match typos ("zeuven")."""
    small = {v: w for w, v in _SIMPLE.items()}
    return small.get(n) or f"{_N['units'][n % 10]}en{small[n - n % 10]}"


_NUMBERS = {_spell(n): n for n in range(101)}
_NUMBER_FUZZ = _Vocab(_NUMBERS, 85)


def _decimal(token: str) -> Decimal:
    whole, _, frac = token.replace(",", ".").partition(".")
    if len(whole) > 12:
        return Decimal(10**12)  # far out of any range; keeps Decimal precision safe
    if len(frac) == 3 and "." in token:  # "1.000" is a thousand, not one
        return Decimal(whole + frac)
    return Decimal(token.replace(",", "."))


def _numbers_in(tokens: Sequence[str]) -> tuple[list[Decimal], bool, bool]:
    """(numbers found, whether a bare "een" occurred, whether other words are fillers)."""
    found: list[Decimal] = []
    saw_een, fillers_only, i = False, True, 0
    while i < len(tokens):
        tok, nxt = tokens[i], tokens[i + 1 : i + 3]
        value: Decimal | None = None
        if tok[0].isdigit():
            value = _decimal(tok)
            if i > 0 and tokens[i - 1] in ("-", "min") and not (i > 1 and found):
                value = -value
        elif tok == "een":
            saw_een = True
            if nxt[:1] == ["en"] and nxt[1:] and nxt[1] in _TENS:
                value = Decimal(1)  # "een en twintig"
            elif len(nxt) > 1 and nxt[0] in _RANGE and _numeric(nxt[1]):
                found.append(Decimal(1))  # "een of twee": a range, so not one number
        elif (n := _number_word(tok)) is not None:
            value = Decimal(n)
        elif (fix := _NUMBER_FUZZ.fix(tok)) in _NUMBERS:
            value = Decimal(_NUMBERS[fix])
        elif tok not in _NUM_FILLERS and tok not in ("/", "%", "-", "min"):
            fillers_only = False
        if value is not None:
            if nxt[:1] == ["en"] and len(nxt) == 2 and nxt[1] in _TENS and 0 < value < 10:
                value, i = value + _TENS[nxt[1]], i + 2  # "vijf en zeventig"
            if tokens[i + 1 : i + 4] in (["en", "een", "half"], ["en", "half"]):
                value += Decimal("0.5")
            found.append(value)
            scale = list(tokens[i + 1 : i + 4])
            if scale[1:2] == ["de"]:
                del scale[1]
            if len(scale) > 1 and (scale[0] == "/" or scale[0] in _SCALE) and _numeric(scale[1]):
                i += 3 if tokens[i + 2] == "de" else 2  # "7/10", "7 van de 10": skip the scale
        i += 1
    return found, saw_een, fillers_only


def _numeric(tok: str) -> bool:
    return tok[0].isdigit() or _number_word(tok) is not None


def parse_number(text: str, low: int, high: int) -> int | None:
    """A whole number in [low, high] from "7", "een 8", "8,5" (-> 9) or "zeventig procent"."""
    if len(text) > _MAX_CHARS:
        return None
    m = _msg(text)
    if not m.words or len(m.words) > _MAX_WORDS:
        return None
    tokens = _NUM_TOKEN.findall(_HALF.sub(lambda h: (h[1] or "0") + ",5", m.norm))
    found, saw_een, fillers_only = _numbers_in(tokens)
    explicit_one = _ONE.search(unicodedata.normalize("NFC", text).casefold())
    if explicit_one or (not found and saw_een and fillers_only):
        found.append(Decimal(1))
    values = {int(v.quantize(Decimal(1), rounding=ROUND_HALF_UP)) for v in found}
    if len(values) != 1:
        return None
    value = values.pop()
    return value if low <= value <= high else None
