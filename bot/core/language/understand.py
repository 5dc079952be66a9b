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
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz.distance import OSA

# "x as x": the readers this module gathers (importers call language.parse_yes_no …).
from bot.core.language.answers import number_word as number_word
from bot.core.language.answers import parse_number as parse_number
from bot.core.language.answers import parse_yes_no as parse_yes_no
from bot.core.language.choices import exact_choice as exact_choice
from bot.core.language.choices import has_content as has_content
from bot.core.language.choices import has_words as has_words
from bot.core.language.choices import match_choice as match_choice
from bot.core.language.choices import named_in_story as named_in_story
from bot.core.language.normalise import words
from bot.core.language.words import (
    _BOUNDARIES,
    _CMD,
    _COMMANDS,
    _DATA,
    _L,
    _MAX_CHARS,
    _known,
    _msg,
    _negated,
    _strip,
    _Vocab,
    _words_in,
)
from bot.core.language.words import Answer as Answer
from bot.core.language.words import Option as Option
from bot.core.language.words import lemmas as lemmas
from bot.core.paths import DATA

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


_LOSS_KINDS: dict[str, tuple[str, ...]] = {
    kind: tuple(phrases) for kind, phrases in _DATA["loss_kinds"].items()
}


def loss_kind(text: str) -> str:
    """ "dood", "verhuizing" or "anders": which kind of loss a message names.

    A death wins ("mijn vrouw is overleden, daarom ben ik verhuisd"); a move without
    a death is a move; everything else (a divorce, a job, a pet) is "anders".
    """
    plain = f" {' '.join(words(text))} "
    if any(f" {phrase} " in plain for phrase in _LOSS_KINDS["death"]):
        return "dood"
    found = [plain.find(f" {phrase} ") for phrase in _LOSS_KINDS["move"]]
    at = min((i for i in found if i >= 0), default=-1)
    if at < 0:
        return "anders"
    # Whose move: "mijn zus is verhuisd" is a loss of its own kind, not the writer's move.
    before = plain[:at].split()
    subjects = [w for w in before if w in _FIRST or w in _OTHERS]
    return "anders" if subjects and subjects[-1] in _OTHERS else "verhuizing"
