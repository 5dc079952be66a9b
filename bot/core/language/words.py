"""What every reader of Dutch here shares: the word lists, a message's words and lemmas
(cached per message), typo matching against a vocabulary, negation."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, Protocol

from rapidfuzz import fuzz, process

from bot.core.language.lexicon import is_known, lemma
from bot.core.language.normalise import emoji_of, normalise, words
from bot.core.paths import DATA

Answer = Literal["yes", "no", "unsure"]
_KINDS: tuple[Answer, ...] = ("yes", "no", "unsure")


class Option(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def synonyms(self) -> tuple[str, ...]: ...
    @property
    def answer(self) -> Answer | None: ...


_DATA = tomllib.loads((DATA / "language_nl.toml").read_text("utf-8"))
_A, _N, _C, _CMD, _L = (_DATA[k] for k in ("answers", "numbers", "choice", "commands", "lonely"))
_MAX_WORDS = 8  # longer messages are free text for answers, numbers and choices
_SHORT = 4  # typo matching only in messages this short
_MAX_CHARS = 1000  # even longer messages are free text without looking (except lonely talk)


def _words_in(phrases: Iterable[str], min_len: int) -> set[str]:
    return {w for p in phrases for w in p.split() if len(w) >= min_len}


# --- shared helpers ---------------------------------------------------------------

_ANSWERS: dict[str, Answer] = {p: kind for kind in _KINDS for p in _A[kind]}
_LONGEST_ANSWER = max(len(p.split()) for p in _ANSWERS)
_ANSWER_EMOJI: dict[str, Answer] = {e: kind for kind in _KINDS for e in _A["emoji"][kind]}
_COMMANDS: dict[str, str] = {p: cmd for cmd, ps in _CMD.items() if cmd != "fillers" for p in ps}
_OWN_VOCAB = frozenset(
    _words_in(_ANSWERS, 1) | _words_in(_COMMANDS, 1) | set(_N["units"] + _N["teens"] + _N["tens"])
)


@dataclass(frozen=True, slots=True)
class _Msg:
    norm: str
    words: tuple[str, ...]
    emoji: tuple[str, ...]


def _build_msg(text: str) -> _Msg:
    norm = normalise(text)
    return _Msg(norm, tuple(words(norm)), tuple(emoji_of(norm)))


_cached_msg = lru_cache(maxsize=2048)(_build_msg)


def _msg(text: str) -> _Msg:
    return _cached_msg(text) if len(text) <= 512 else _build_msg(text)


@lru_cache(maxsize=16384)
def _lemma(word: str) -> str:
    return normalise(lemma(word))


@lru_cache(maxsize=16384)
def _known(word: str) -> bool:
    """A real word (ours or simplemma's): never 'corrected' as a typo."""
    return word in _OWN_VOCAB or word.isdigit() or is_known(word)


class _Vocab:
    """Words a typo may be corrected to, each with a meaning; a near tie between two
    meanings corrects nothing. Only unknown words of five letters or more are corrected."""

    def __init__(self, meanings: Mapping[str, object], cutoff: float) -> None:
        self.meanings, self.words, self.cutoff = dict(meanings), list(meanings), cutoff
        self.fix = lru_cache(maxsize=4096)(self._fix)

    def _fix(self, word: str) -> str:
        if len(word) < 5 or word in self.meanings or _known(word):
            return word
        hits = process.extract(word, self.words, scorer=fuzz.ratio, score_cutoff=self.cutoff)
        if not hits:
            return word
        best, score, _ = hits[0]
        meaning = self.meanings[best]
        return (
            word
            if any(s >= score - 3 and self.meanings[w] != meaning for w, s, _ in hits)
            else best
        )


_NEG = frozenset(_A["negators"])
_STOP = frozenset(_C["stopwords"])  # little words that carry no choice on their own
STOPWORDS = _STOP
_BOUNDARIES = frozenset(_L["boundaries"])
_NEG_AFTER = frozenset(_A["negators_after"])  # clause-final: negates the verb before it
_NEG_TAIL = frozenset(_A["negation_tail"])  # may follow that "niet" ("ik durf niet goed")
_SUBJECTS = frozenset(_A["negated_after_subject"])  # "ik" in "ik durf niet X"
_BY_GEEN = frozenset(_A["negated_by_geen"])  # verbs "geen" negates too: "ik durf geen X"
_DEMONSTRATIVES = frozenset({"dat", "dit", "die"})


def _negated(ws: Sequence[str], i: int) -> bool:
    """Whether ws[i] is negated in its clause: a negation in the four words before it, or
    a clause-final "niet" after it with only little words between (the verb: "ik durf
    niet", "dat lukt me nu echt niet"; not the subject of "mijn vrouw luistert niet")."""
    for w in reversed(ws[max(0, i - 4) : i]):
        if w in _BOUNDARIES:
            break
        if w in _NEG:
            return True
    after = ws[i + 1] if i + 1 < len(ws) else ""
    negates = after in _NEG_AFTER or (after == "geen" and ws[i] in _BY_GEEN)
    if negates and i > 0 and ws[i - 1] in _SUBJECTS:
        return True  # "ik durf niet goed contact te zoeken": the verb right after "ik"
    for j in range(i + 1, min(len(ws), i + 6)):
        if ws[j] in _NEG_AFTER:
            rest = ws[j + 1 :]
            end = next((k for k, w in enumerate(rest) if w in _BOUNDARIES), len(rest))
            return all(w in _NEG_TAIL for w in rest[:end])
        # "dat" right before the "niet" is the object ("ik durf dat niet"), not a clause.
        pronoun = ws[j] in _DEMONSTRATIVES and j + 1 < len(ws) and ws[j + 1] in _NEG_AFTER
        if (ws[j] in _BOUNDARIES and not pronoun) or ws[j] not in _STOP:
            return False
    return False


def _strip(ws: Sequence[str], fillers: frozenset[str]) -> Sequence[str]:
    """Without filler words at either end: "menu graag" -> "menu"."""
    start, end = 0, len(ws)
    while start < end and ws[start] in fillers:
        start += 1
    while end > start and ws[end - 1] in fillers:
        end -= 1
    return ws[start:end]


def lemmas(text: str) -> tuple[str, ...]:
    """Dictionary forms of the words, accent-folded: "verdrietige" -> "verdrietig"."""
    return tuple(_lemma(w) for w in _msg(text).words)
