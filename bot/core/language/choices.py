"""Which of a step's options a message means: by its words, their lemmas and typos, or by
position ("de tweede", "laatste")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.core.language.answers import _number_word, parse_yes_no
from bot.core.language.words import (
    _C,
    _MAX_CHARS,
    _MAX_WORDS,
    _SHORT,
    _STOP,
    Answer,
    Option,
    _build_msg,
    _known,
    _lemma,
    _Msg,
    _msg,
    _negated,
    _strip,
    _Vocab,
)

# --- choices ----------------------------------------------------------------------

_ORDINALS = {w: i + 1 for i, w in enumerate(_C["ordinals"])}
_LAST = frozenset(_C["last"])
_CHOICE_FILLERS = frozenset(_C["fillers"])
_STORY_WEAK = frozenset(_C["story_weak"])
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:e|de|ste)$")
_SUFFIXES = ("igheid", "heid", "lijk", "ig")

Keys = frozenset[str]
_GENERIC = frozenset({"iemand", "persoon"})


@lru_cache(maxsize=16384)
def _word_keys(word: str) -> Keys:
    """Stems a word shares with its relatives: verdriet ~ verdrietig ~ verdrietige."""
    out = set()
    for form in (word, _lemma(word)):
        for suffix in _SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= 4:
                form = form[: -len(suffix)]
                form = form[:-1] if form[-1] == form[-2] else form  # gelukk -> geluk
                break
        out.add(form)
    return frozenset(out)


def _content(ws: Sequence[str], emoji: Sequence[str]) -> list[Keys]:
    """Key sets of the meaningful words; negated words get a "!" ("niet goed")."""
    out = []
    for i, w in enumerate(ws):
        if w not in _STOP:
            keys = _word_keys(w)
            if _negated(ws, i):
                keys = frozenset("!" + k for k in keys)
            out.append(keys)
    return out + [frozenset({e}) for e in emoji]


@dataclass(frozen=True, slots=True)
class _Choice:
    id: str
    answer: Answer | None
    exact: frozenset[str]
    phrases: tuple[tuple[Keys, ...], ...]


@dataclass(frozen=True, slots=True)
class _Index:
    choices: tuple[_Choice, ...]
    vocab: _Vocab  # words of labels and synonyms -> choice (-1: several)
    texts: dict[str, int]  # whole label or synonym -> choice (-1: several)
    keys: frozenset[str]  # every key of every option, to skip hopeless messages fast
    # Keys in more than one option tell them apart from nothing: "ik voel me eenzaam"
    # names none of "Eenzaam naast partner …" and "Eenzaam in een groep …".
    shared: frozenset[str]


@lru_cache(maxsize=512)
def _index(spec: tuple[tuple[str, str, tuple[str, ...], Answer | None], ...]) -> _Index:
    choices: list[_Choice] = []
    vocab: dict[str, int] = {}
    texts: dict[str, int] = {}
    for n, (oid, label, synonyms, answer) in enumerate(spec):
        exact, phrases = set(), []
        for phrase in (label, *synonyms):
            m = _build_msg(phrase)
            text = " ".join(m.words)
            if text:
                exact.add(text)
                texts[text] = n if texts.get(text, n) == n else -1
            content = _content(m.words, m.emoji)
            if phrase is label and len(content) > 1:
                # A label's generic head names no one in particular: "iemand van het koor"
                # is not "Iemand uit mijn familie" (a synonym "iemand" still counts).
                content = [keys for keys in content if not keys & _GENERIC] or content
            if content:
                phrases.append(tuple(content))
            for w in m.words:
                if len(w) >= 5 and w not in _STOP:
                    vocab[w] = n if vocab.get(w, n) == n else -1
        choices.append(_Choice(oid, answer, frozenset(exact), tuple(phrases)))
    every = frozenset(k for c in choices for p in c.phrases for keys in p for k in keys)
    owners = Counter(k for c in choices for k in {k for p in c.phrases for ks in p for k in ks})
    shared = frozenset(k for k, n in owners.items() if n > 1)
    return _Index(tuple(choices), _Vocab(vocab, 80), texts, every, shared)


def _unique_best(scores: Sequence[tuple[float, ...]]) -> int | None:
    best = max(scores, default=None)
    if best is None or best[0] <= 0 or scores.count(best) > 1:
        return None
    return scores.index(best)


def _by_keys(index: _Index, ws: Sequence[str], emoji: Sequence[str]) -> int | None:
    """Most label words matched wins, but only if no other option matched other words."""
    said = _content(ws, emoji)
    have = {k for keys in said for k in keys if k not in index.shared}
    if have.isdisjoint(index.keys):
        return None
    scores, used = [], []
    for choice in index.choices:
        best, mine = (0.0, 0.0), set()
        for phrase in choice.phrases:
            hit = sum(1 for keys in phrase if keys & have)
            if hit < min(2, len(phrase)) and len(said) > 2:
                # In a longer free-text answer, one shared word with a longer phrase is
                # too weak: "ze lacht minder dan vroeger" must not pick "weinig contact".
                continue
            best = max(best, (float(hit), hit / len(phrase)))
            mine |= {n for n, keys in enumerate(said) for p in phrase if keys & p}
        scores.append(best)
        used.append(mine)
    n = _unique_best(scores)
    return n if n is not None and all(u <= used[n] for u in used) else None


def named_in_story(text: str, options: Sequence[Option]) -> str | None:
    """In a longer message, the one option one of whose phrases it says in full.

    Read by :func:`bot.core.listening.reading.read` after the cross-cutting meanings:
    "ik voel me eenzaam naast mijn man, hij zit altijd op zijn telefoon" names "naast
    mijn man". A phrase of one word counts only when it belongs to one option and has
    four letters or more, so a story's common words pick nothing; two options named is
    none.
    """
    if not options or len(text) > _MAX_CHARS:
        return None
    m = _msg(text)
    index = _index(tuple((o.id, o.label, tuple(o.synonyms), o.answer) for o in options))
    have = {k for keys in _content(m.words, m.emoji) for k in keys}
    named: dict[int, bool] = {}  # option -> named by more than a weak word
    for n, choice in enumerate(index.choices):
        for phrase in choice.phrases:
            if len(phrase) == 1:
                keys = phrase[0]
                if keys & index.shared or max(len(k) for k in keys) < 4:
                    continue
            if all(keys & have for keys in phrase):
                strong = len(phrase) > 1 or not phrase[0] & _STORY_WEAK
                named[n] = named.get(n, False) or strong
    # A weak word ("niemand") names its option only when no other option is named.
    strong_ones = [n for n, strong in named.items() if strong]
    picked = strong_ones if strong_ones else list(named)
    return index.choices[picked[0]].id if len(picked) == 1 else None


def _by_position(ws: Sequence[str], count: int) -> int | None:
    picks = set()
    for w in ws:
        digits = _ORDINAL_DIGITS.match(w)
        if w.isdigit() or digits:
            number = digits.group(1) if digits else w
            picks.add(int(number) if len(number) < 6 else 0)
        elif w in _ORDINALS or w in _LAST:
            picks.add(_ORDINALS.get(w, count))
        elif (n := _number_word(w)) is not None:
            picks.add(n)
        elif w not in _CHOICE_FILLERS:
            return None
    pick = picks.pop() if len(picks) == 1 else 0
    return pick - 1 if 1 <= pick <= count else None


def match_choice(text: str, options: Sequence[Option]) -> str | None:
    """The id of the option the user means, by label, number, synonym, lemma or typo."""
    if not options or len(text) > _MAX_CHARS:
        return None
    m = _msg(text)
    if len(m.words) > _MAX_WORDS or not (m.words or m.emoji):
        return None
    index = _index(tuple((o.id, o.label, tuple(o.synonyms), o.answer) for o in options))
    ids = [c.id for c in index.choices]
    said = " ".join(m.words)
    exact = _exact(index, m)
    if exact is not None:
        return exact or None
    if any(c.answer for c in index.choices) and (ans := parse_yes_no(text)) is not None:
        same = [c.id for c in index.choices if c.answer == ans]
        return same[0] if len(same) == 1 else None
    if (n := _by_keys(index, m.words, m.emoji)) is not None:
        return ids[n]
    if len(m.words) > _SHORT:
        return None
    fixed = [index.vocab.fix(w) for w in m.words]
    if fixed != list(m.words) and (n := _by_keys(index, fixed, m.emoji)) is not None:
        return ids[n]
    if all(_known(w) or w in index.vocab.meanings for w in m.words):
        return None  # real words that matched nothing: free text, not a typo
    hits = process.extract(said, index.texts.keys(), scorer=fuzz.ratio, score_cutoff=85, limit=5)
    scores = [(0.0,)] * len(ids)
    for phrase, score, _ in hits:
        n = index.texts[phrase]
        if n < 0 or any(index.texts[p] != n and s >= score - 5 for p, s, _ in hits):
            continue
        scores[n] = max(scores[n], (score,))
    n = _unique_best(scores)
    return None if n is None else ids[n]


def _exact(index: _Index, m: _Msg) -> str | None:
    """The option named by its whole label or synonym, or by number: its id; "" when the
    message names several; None when it names none this way."""
    ids = [c.id for c in index.choices]
    said = " ".join(m.words)
    core = " ".join(_strip(m.words, _CHOICE_FILLERS))  # "iets anders graag"
    exact = [n for n, c in enumerate(index.choices) if {said, core} & c.exact and not m.emoji]
    if exact:
        return ids[exact[0]] if len(exact) == 1 else ""
    if m.words and (n := _by_position(m.words, len(ids))) is not None:
        return ids[n]
    return None


def exact_choice(text: str, options: Sequence[Option]) -> str | None:
    """Only the sure part of :func:`match_choice`: a whole label or synonym, or a number."""
    if not options or len(text) > _MAX_CHARS:
        return None
    m = _msg(text)
    if len(m.words) > _MAX_WORDS or not m.words:
        return None
    index = _index(tuple((o.id, o.label, tuple(o.synonyms), o.answer) for o in options))
    return _exact(index, m) or None


def has_words(text: str) -> bool:
    return bool(_msg(text).words)


def has_content(text: str) -> bool:
    """Whether free text says something: not only yes/no, "weet ik niet", dots or emoji."""
    m = _msg(text)
    return bool(m.words) and parse_yes_no(text) is None
