"""Understanding Dutch as people type it: answers, numbers, choices and commands.

The dialogue engine offers buttons but accepts free text everywhere, so every
function here answers "what did the user mean?" or ``None`` when it is not clear.
``None`` is always the safe answer: the message then falls through as free text.
Word lists live in ``bot/data/language_nl.toml``; inflections come from simplemma
and typos from rapidfuzz. Everything runs on every turn, so per-message and
per-word work is cached.

Decisions worth knowing:

* Yes/no: a message counts when it *starts* with an answer phrase and what
  follows is only courtesy/filler ("ja hoor, dat wil ik wel") or another answer
  phrase. Plain "ja"/"nee"/"ok" may also take up to four other words ("ja, mijn
  zus"); weak words like "goed" or "super" may not ("super moe" is ``None``). A
  tail with "maar", "behalve" or a question word makes it free text, so "ja maar
  mijn zus zei dat ze ziek was" is ``None``. Mixed answers ("ja nee") are
  ``None``, except that an "unsure" part wins ("nee, weet ik niet"). Answer emoji
  must agree with the words; an emoji never rescues a sentence.
* Numbers: "8,5" rounds half up to 9. "7/10", "7 op 10", "7 van de 10" read as 7.
  Two different numbers ("7 of 8") are ``None``; "een" is 1 only when nothing
  else in the message is a number ("een 8" is 8, "een beetje" is ``None``);
  "één" with accents is always 1. Messages longer than eight words are not read.
* Choices are only read from messages of at most eight words; typo matching only
  from messages of at most four words, and never for a word that is itself a
  known Dutch word ("rustig" never becomes "onrustig"). A message whose words
  point at two different options ("verdrietig maar ook boos") is ``None``.
* Commands are whole messages (plus courtesy words: "menu graag"); a bare
  "!verbonden" is "help". Typos are corrected only in words simplemma does not
  know, at one edit ("mneu", "stpo"), so "stom" or "stap" never become "stop".
* Lonely talk is about the user: a clause whose subject is someone else
  ("mijn moeder is eenzaam") does not count, nor a negated one ("niet eenzaam").
  "alleen" counts only as "zo/helemaal alleen", "voel me alleen" and the like,
  never as "only" ("ik wil alleen even iets vragen") or plain "alleen thuis".
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Literal, Protocol

import simplemma
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

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
    return normalise(simplemma.lemmatize(word, lang="nl"))


simplemma.lemmatize("ja", lang="nl")  # load the Dutch dictionary now, not on a user's turn


@lru_cache(maxsize=16384)
def _known(word: str) -> bool:
    """A real word (ours or simplemma's): never 'corrected' as a typo."""
    return word in _OWN_VOCAB or word.isdigit() or simplemma.is_known(word, lang="nl")


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
_BOUNDARIES = frozenset(_L["boundaries"])


def _negated(ws: Sequence[str], i: int) -> bool:
    """Whether one of the four words before ws[i] negates it, within the same clause."""
    for w in reversed(ws[max(0, i - 4) : i]):
        if w in _BOUNDARIES:
            return False
        if w in _NEG:
            return True
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
    if any(w in _TAIL_STOP for w in tail):
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


# --- choices ----------------------------------------------------------------------

_ORDINALS = {w: i + 1 for i, w in enumerate(_C["ordinals"])}
_LAST = frozenset(_C["last"])
_CHOICE_FILLERS = frozenset(_C["fillers"])
_STOP = frozenset(_C["stopwords"])
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:e|de|ste)$")
_SUFFIXES = ("igheid", "heid", "lijk", "ig")

Keys = frozenset[str]


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
            if content := _content(m.words, m.emoji):
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


# --- global commands --------------------------------------------------------------

_MATRIX_PREFIX = re.compile(r"^!verbonden\b[:,]?\s*")
_SLASH = re.compile(r"^/([a-z]+)(?:@\w+)?(?:\s|$)")
_COMMAND_FILLERS = frozenset(_CMD["fillers"])
_COMMAND_VOCAB = sorted(_words_in(_COMMANDS, 4))
_JOURNAL_NOUNS = frozenset(_DATA["journal_request"]["nouns"])
_JOURNAL_AROUND = frozenset(_DATA["journal_request"]["around"])


def _fix_command_word(word: str) -> str:
    if len(word) < 4 or _known(word):
        return word
    limit = 1 if len(word) < 8 else 2
    near = [v for v in _COMMAND_VOCAB if OSA.distance(word, v, score_cutoff=limit) <= limit]
    return near[0] if len(near) == 1 else word


def global_command(text: str) -> str | None:
    """A whole-message command ("stop", "/menu@bot", "hlep") or None inside sentences."""
    if len(text) > _MAX_CHARS:
        return None
    norm = _msg(text).norm
    if len(norm) > 80:
        return None
    if prefix := _MATRIX_PREFIX.match(norm):
        norm = norm[prefix.end() :]
        if not norm:
            return "help"
    if norm and set(norm) <= {"?", " "}:
        return "help"
    if slash := _SLASH.match(norm):
        word = slash.group(1)
        return _COMMANDS.get(word) or _COMMANDS.get(_fix_command_word(word))
    ws = _strip(words(norm), _COMMAND_FILLERS)
    if not ws or len(ws) > 8:
        return None
    fixed = [_fix_command_word(w) for w in ws]
    if len(ws) <= 6 and (found := _COMMANDS.get(" ".join(ws)) or _COMMANDS.get(" ".join(fixed))):
        return found
    if _JOURNAL_NOUNS & set(fixed) and set(fixed) <= _JOURNAL_NOUNS | _JOURNAL_AROUND:
        return "journal"
    return None


# --- intents in free text (bot/data/intents_nl.toml) --------------------------------

_INTENT_DATA = tomllib.loads((DATA / "intents_nl.toml").read_text("utf-8"))
_INTENT_RES = {
    name: re.compile(
        "|".join(
            f"(?:(?:^| ){p.removeprefix('^')}(?= |$))" if not p.startswith("^") else f"(?:{p})"
            for p in spec["patterns"]
        )
    )
    for name, spec in _INTENT_DATA.items()
}
#: Every intent a dialogue state may list: the data file's, plus "lonely".
INTENT_NAMES: frozenset[str] = frozenset(_INTENT_RES) | {"lonely"}


def intent_examples(name: str) -> tuple[str, ...]:
    return tuple(_INTENT_DATA.get(name, {}).get("examples", ()))


@lru_cache(maxsize=1024)
def _intent_words(text: str) -> str:
    """The message as the intent patterns read it; one build for all of a state's intents.

    Only dots, emoji or nothing read as "..." (the "stil" intent, silence-like).
    """
    return " ".join(words(_msg(text).norm)) or "..."


def has_intent(text: str, name: str) -> bool:
    """Whether ``text`` says what intent ``name`` stands for ("113 is bezet": lijn_bezet)."""
    if name == "lonely":
        return wants_lonely_talk(text)
    if len(text) > _MAX_CHARS:
        return False
    return bool(_INTENT_RES[name].search(_intent_words(text)))


# --- "ik voel me eenzaam" ---------------------------------------------------------

_CLAUSE_PUNCT = re.compile(r"[.!?,;:()\n]+")
_FIRST = frozenset(_L["first_person"])
_OTHERS = frozenset(_L["others"])
_LONELY_FUZZ = _Vocab(dict.fromkeys(_L["keywords"], "lonely"), 80)
_LONELY = tuple(re.compile(p) for p in _L["patterns"])


def _clauses(norm: str) -> Iterable[list[str]]:
    for chunk in _CLAUSE_PUNCT.split(norm):
        clause: list[str] = []
        for w in words(chunk):
            if w in _BOUNDARIES and clause and (clause[-1] != "alleen" or w == "en"):
                yield clause
                clause = []
            clause.append(_LONELY_FUZZ.fix(w))
        if clause:
            yield clause


def _lonely_clause(ws: list[str]) -> bool:
    text = " ".join(ws)
    for pattern in _LONELY:
        for found in pattern.finditer(text):
            at = text.count(" ", 0, found.start())
            if not _negated(ws, at):
                return True
    return False


def wants_lonely_talk(text: str) -> bool:
    """Whether the user says they feel lonely ("ik voel me zo alleen", "eenzam")."""
    for ws in _clauses(_msg(text).norm):
        if _lonely_clause(ws) and (any(w in _FIRST for w in ws) or not _OTHERS & set(ws)):
            return True
    return False
