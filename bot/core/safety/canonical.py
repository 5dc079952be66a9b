"""Token repair: the canonical string the patterns run over, so typos, chat spelling,
glued words and emoji still match, while known Dutch words are never 'repaired'."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import product
from typing import Final

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core.language.lexicon import is_known, lemma, load
from bot.core.language.normalise import emoji_of, normalise
from bot.core.language.spelling import frequent, nearest, rank
from bot.core.safety.others import (
    _JOKE,
    _ME_TOO,
    _OTHER_SPECS,
    CLEAR_SPECS,
    UNCLEAR_SPECS,
)
from bot.core.safety.pattern_language import _expand
from bot.core.safety.patterns import _IDIOM_SPECS
from bot.core.safety.patterns_unclear import _SKULL_WORDS, _TOPIC, _UNCLEAR_HYPERBOLE
from bot.core.safety.typed_forms import (
    ALIASES,
    BEFORE_ANT,
    BEFORE_LIFE,
    BEFORE_ZEN_WORD,
    CHAT_WORDS,
    EMOJI_TOKENS,
    FILLERS,
    HOMOGLYPHS,
    LAUGH_WORD,
    LEET,
    LIFE_SLIPS,
    MORE_AFTER_NOT,
)

# --------------------------------------------------------------------------
# Token repair
# --------------------------------------------------------------------------

_PIECE: Final = re.compile(r"[a-z0-9']+|[.!?;:]+|,|\S")
# "z.e.l.f.m.o.o.r.d" and "z-e-l-f": letters split by dots or dashes.
_SPELLED_OUT: Final = re.compile(r"(?<![a-z])(?:[a-z][.\-_*]){3,}[a-z](?![a-z])")
_SEPARATORS: Final = re.compile(r"[.\-_*]")
_LINE_END: Final = re.compile(r"(?<![.!?;:\s])\s*\n\s*")


_EXCLUSION_START: Final = re.compile(r"\(\?<?!")
_PAREN: Final = re.compile(r"\\.|[()]")


def _without_exclusions(src: str) -> str:
    """The pattern without its negative lookarounds ("(?!... vakantie ...)")."""
    out: list[str] = []
    pos = 0
    while (start := _EXCLUSION_START.search(src, pos)) is not None:
        out.append(src[pos : start.start()])
        depth = 0
        for token in _PAREN.finditer(src, start.start()):
            depth += {"(": 1, ")": -1}.get(token.group(), 0)
            if depth == 0:
                pos = token.end()
                break
        else:
            pos = len(src)
    out.append(src[pos:])
    return "".join(out)


def _literal_words(specs: Iterable[str], *, exclusions: bool = True) -> set[str]:
    """The plain words a list of pattern specs mentions (macros expanded); without the
    words of its exclusions when ``exclusions`` is False."""
    found: set[str] = set()
    for spec in specs:
        src = _expand(spec)
        if not exclusions:
            src = _without_exclusions(src)
        # Drop regex syntax ("(?:", "\w", "{0,2}") before picking words out.
        src = re.sub(r"\\[a-zA-Z]|\(\?[:!=<]+|\{\d+,\d+\}", " ", src)
        found.update(re.findall(r"[a-z][a-z']+", src))
    return found


_RISK_SPECS: Final = (
    [spec for _, specs in CLEAR_SPECS + UNCLEAR_SPECS for spec in specs]
    + _UNCLEAR_HYPERBOLE
    + _SKULL_WORDS
    + _TOPIC
)
# Not in _RISK_SPECS: names of relatives ("ma", "pa", "man") must not become
# pieces that glued tokens are split into.
_ALL_SPECS: Final = _RISK_SPECS + _OTHER_SPECS + _ME_TOO + _IDIOM_SPECS + _JOKE
# Every word the patterns can react to. Tokens already in here are left alone.
# Compounds the patterns read whole (zelfmoord\w*gedachte\w*), never split into pieces.
_WHOLE: Final = frozenset(
    f"{head}{tail}"
    for head in ("zelfmoord", "zelfdodings", "suicide")
    for tail in ("gedachte", "gedachten", "neiging", "neigingen", "plan", "plannen")
)
_VOCAB: Final = frozenset(_literal_words(_ALL_SPECS) | {"ik", "niet", "wil", "zijn"} | _WHOLE)
# Typo targets: only longer words, where one or two slips still leave a word
# that nothing else in Dutch is close to.
_FUZZ_VOCAB: Final = tuple(
    sorted(
        {w for w in _VOCAB if len(w) >= 5 and w.isalpha()}
        | {"zelfmoord", "zelfdoding", "suicide", "suicidaal", "zelfbeschadiging", "automutilatie"}
    )
)
# Compound heads that are often typed wrong inside longer words
# ("zelfmoortgedachten").
_STEMS: Final = ("zelfmoord", "zelfdoding", "zelfbeschadiging", "suicid")
# Pieces a glued token may be split into ("ikwilernietmeerzijn"): words of
# the risk patterns only, not of their exclusions ("boodschappenbriefje" is one word,
# though a rule excuses "voor de boodschappen"), and no chat abbreviations ("soms" is
# not "so kms") or short words that cut real compounds ("mantelzorg" is no "man tel zorg").
_SEG_VOCAB: Final = frozenset(
    {w for w in _literal_words(_RISK_SPECS, exclusions=False) if w.isalpha() and len(w) >= 2}
    - {"kms", "kys", "jk", "im", "so", "nt", "ff", "wl", "da", "mn", "ic", "dr", "tel"}
    | {"nie", "ni"}
)
_SEG_MAX_PIECE: Final = max(len(w) for w in _SEG_VOCAB)
# "met een" is two words as typed, not "meteen" (at once): never joined.
# "aan maken" stays two words too: the rules read "eind aan maken" as typed; so do "er uit
# stappen" and "hier bij me" (round 19's "uitstappen uit alles", "hierbij mijn afscheid").
_NEVER_JOINED: Final = frozenset({"meteen", "aanmaken", "uitstappen", "hierbij"})
# A little word after a real one is that word, not an ending: "trein en" is no "treinen".
_NEVER_SECOND: Final = frozenset(
    {"en", "er", "de", "het", "een", "ik", "je", "ze", "we", "die", "te"}
)
_JOIN_VOCAB: Final = frozenset(
    w for w in _VOCAB if len(w) >= 6 and w.isalpha() and w not in _NEVER_JOINED
)
_MAX_REPAIR_LEN: Final = 40
_SHORT_TYPO: Final = 6
_LANGS: Final = ("nl", "en")  # English too: "suicidal" must not become "suicid al"


_DIAERESIS: Final = {"e": "ë", "i": "ï", "o": "ö", "u": "ü"}


def _known(word: str) -> bool:
    """True for a real Dutch or English word, which is never 'repaired'.

    Also when typed without its diaeresis ("knieen", "ideeen"): otherwise "knieen"
    would be split into "k nie en", a negation that was never said.
    """
    if is_known(word, _LANGS) or frequent(word):
        return True
    return any(
        is_known(word[:i] + _DIAERESIS[word[i]] + word[i + 1 :], _LANGS)
        for i in range(1, len(word))
        if word[i] in _DIAERESIS and word[i - 1] in "aeiou"
    )


# Open both dictionaries now, not on a person's message: "dood" alone is found in the
# Dutch one, and the English one would wait for the first unknown word.
load(_LANGS)
# Known forms ending in -e of the risk verbs' infinitives ("beeindige", "verdrinke"):
# typed for the infinitive, as people speak it.
_SPOKEN_KNOWN_E: Final = frozenset(
    w[:-1] for w in _VOCAB if len(w) >= 8 and w.endswith("en") and _known(w[:-1]) and lemma(w) == w
)


def _segment(word: str) -> list[str] | None:
    """Split a glued token into pattern words, fewest pieces first, or None."""
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(max(0, end - _SEG_MAX_PIECE), end):
            prev = best[start]
            if prev is None:
                continue
            piece = word[start:end]
            # A lone "k" is Flemish "'k" (ik), and only at the start: "kwil".
            if piece in _SEG_VOCAB or (start == 0 and piece == "k"):
                cand = [*prev, piece]
                current = best[end]
                if current is None or len(cand) < len(current):
                    best[end] = cand
    result = best[n]
    return result if result is not None and len(result) >= 2 else None


# Four-letter risk words a slip still leaves recognisable ("dpod", "doof" is a word and
# stays): same first letter, one changed letter.
_FUZZ_SHORT: Final = ("dood",)


def _one_slip(word: str) -> str | None:
    """The risk word one added, dropped or swapped letter away from this token, if any.

    Not a changed letter: "verveelme" is "verveel me", not "verveelde"."""
    fixed = _fuzz(word)
    if fixed is None or OSA.distance(word, fixed) > 1:
        return None
    return fixed if len(fixed) != len(word) or sorted(fixed) == sorted(word) else None


# One token can be tried three times on its way through _repair (the short path, the
# verb-stem check, after the split): the search runs once.
@lru_cache(maxsize=8192)
def _fuzz(word: str) -> str | None:
    """The risk word this unknown token is a typo of, if one is close enough.

    One slip (typo, missing or doubled letter, swapped pair) is allowed, two in
    words of eight letters or more; in four-letter words only a dropped letter. A
    changed first letter counts only in long words ("selfmoord"): in short ones it
    turns "eeven" into "leven".
    """
    max_edits = 1 if len(word) < 8 else 2
    if len(word) == 4:
        for short in _FUZZ_SHORT:
            if word[0] == short[0] and OSA.distance(word, short, score_cutoff=1) <= 1:
                return short
    hits = process.extract(word, _FUZZ_VOCAB, scorer=OSA.distance, score_cutoff=max_edits, limit=4)
    for target, edits, _ in hits:
        # Four letters: only a dropped letter of a five-letter word ("lven", "levn").
        if len(word) == 4 and len(target) != 5:
            continue
        # The first two letters swapped is one slip too ("ezlfmoord", "sucide").
        swapped = word[:2] == target[1::-1]
        if target[0] == word[0] or swapped or (len(word) >= 8 and edits <= 1):
            return target
    # "zelfmrd", "zelfmrod": the vowels of "moord" dropped or swapped after "zelf".
    if word.startswith("zelfm") and 6 <= len(word) <= 10 and OSA.distance(word, "zelfmoord") <= 2:
        return "zelfmoord"
    for stem in _STEMS:
        size = len(stem)
        if len(word) <= size + 1:
            continue
        for cut in (size - 1, size, size + 1):
            if OSA.distance(word[:cut], stem, score_cutoff=1) <= 1:
                return stem
    return None


def _infinitive(word: str) -> bool:
    """Whether a known word is a verb's infinitive (not a plural: "zelfmoorden")."""
    return is_known(word) and lemma(word) == word


def _verb_stem(word: str) -> bool:
    """A verb's stem, as in "ik verlos": split into pieces it would say "ver los"."""
    return len(word) >= 5 and (_infinitive(f"{word}en") or _infinitive(f"{word}{word[-1]}en"))


def _spoken_infinitive(word: str) -> str | None:
    """The risk word's infinitive typed without its -n, as people speak it ("ophange",
    "sterve"), or without its -e- as chat types it ("verhangn": not the nearer first
    person "verhang")."""
    if len(word) < 5:
        return None
    if word[-1] == "e":
        full = f"{word}n"
    elif word[-1] == "n" and word[-2] not in "aeiou":
        full = f"{word[:-1]}en"
    else:
        return None
    return full if full in _VOCAB else None


# A word with a letter typed three times or more ("dooood", "baaaalkon").
_STRETCHED: Final = re.compile(r"[^\W\d_]*([^\W\d_])\1{2,}[^\W\d_]*")
_RUN: Final = re.compile(r"([^\W\d_])\1{2,}")
_UNRANKED: Final = 1_000_000


def _unstretch(match: re.Match[str]) -> str:
    """The word a stretched one stands for: each long run read as one letter or two,
    whichever gives the most frequent word ("baaaalkon" is "balkon", "heeeel" is
    "heel", "dooood" is "dood"); two letters when neither is a word, as `normalise` does."""
    word = match.group().lower()
    runs = list(_RUN.finditer(word))[:3]
    forms: list[str] = []
    for counts in product((2, 1), repeat=len(runs)):
        parts: list[str] = []
        pos = 0
        for run, n in zip(runs, counts, strict=True):
            parts += [word[pos : run.start()], run.group(1) * n]
            pos = run.end()
        forms.append("".join([*parts, word[pos:]]))

    def order(form: str) -> tuple[int, int, int]:
        # A chat form counts as the word it stands for ("dooot" is "doot", so "dood").
        meant = ALIASES.get(form, (form,))[0]
        place = rank(meant)
        return (_UNRANKED if place is None else place, meant not in _VOCAB, not _known(meant))

    best = min(forms, key=order)
    return best if order(best) != (_UNRANKED, True, True) else forms[0]


# Not a dropped -n: "(ik) aandoe", "knie", "idee", "stervende".
_KEEPS_E: Final = ("oe", "ie", "ee", "ue", "nde")


# A form with its -n is this many times more frequent than the form typed ("zegge",
# "hebbe", "worde"): the -n was dropped. Not "rede" or "bene" (words of their own), nor
# "leve", which only its neighbours tell ("lang leve" or "het leve").
_DROPPED_N_RATIO: Final = 30


_DOUBLED_VOWEL: Final = re.compile(r"(?:aa|ee|oo|uu)")


def _undoubled(word: str) -> str | None:
    """A vowel typed twice, as people type a long vowel in an open syllable ("leeve",
    "slaapen"): the word with it once, when that is a word of the rules (or one with its
    final -n dropped, as spoken). None for a word that is fine as typed."""
    doubled = [m.start() for m in _DOUBLED_VOWEL.finditer(word)]
    if not doubled or word in _VOCAB or not word.isalpha() or _known(word):
        return None
    for i in doubled:
        single = word[:i] + word[i + 1 :]
        if single in _VOCAB or (single.endswith("e") and f"{single}n" in _VOCAB):
            return single
    return None


def _dropped_n(word: str) -> bool:
    if word.endswith(_KEEPS_E) or word == "leve":
        return False
    full_form = f"{word}n"
    full = rank(full_form)
    if full is None:
        # Not among the frequent words, but a risk word or a Dutch word the form is not
        # ("leeggegete", "kapotmake").
        return not _known(word) and (full_form in _VOCAB or is_known(full_form, ("nl",)))
    typed = rank(word)
    return typed is None or typed > _DROPPED_N_RATIO * max(full, 1)


_PAIR_RANK: Final = 10_000  # pieces among the most frequent words (or words of the rules)
# A slipped space leaves a little word glued to its neighbour ("voelme", "alhalf",
# "werkelijkgeen"): one piece must be among the most frequent words, nearly all of
# them function words; the few nouns among them make compounds ("levensjaar"), and
# "the" is English.
_GLUE_WORD: Final = 120
_GLUE_NOUNS: Final = frozenset({"jaar", "mensen", "dag", "leven", "tijd", "man", "the"})


def _little_word(piece: str) -> bool:
    place = rank(piece)
    return place is not None and place < _GLUE_WORD and piece not in _GLUE_NOUNS


# Endings, not words: "stopen" is "stoppen" typed wrong, not "stop en".
_NOT_A_TAIL: Final = frozenset({"en", "er", "de", "te"})


def _glued_pair(word: str) -> list[str] | None:
    """Two frequent words typed without the space between them ("voelme", "nuhard",
    "alhalf"): the split whose words are the most frequent together, or None."""
    best: tuple[int, list[str]] | None = None
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if tail in _NOT_A_TAIL:
            continue
        head_rank, tail_rank = _pair_rank(head), _pair_rank(tail)
        if head_rank is None or tail_rank is None:
            continue
        if not (_little_word(head) or _little_word(tail)):
            continue  # two content words are a compound ("koffieochtend"), not a slip
        score = head_rank + tail_rank
        if best is None or score < best[0]:
            best = (score, [head, tail])
    return None if best is None else best[1]


def _pair_rank(piece: str) -> int | None:
    place = rank(piece)
    if place is not None and place < _PAIR_RANK:
        return place
    return _PAIR_RANK if piece in _VOCAB and len(piece) >= 3 else None


def _repair(word: str, out: list[str]) -> None:
    """Append the repaired form(s) of one word token to ``out``."""
    if any(c.isdigit() for c in word) and any(c.isalpha() for c in word):
        word = word.translate(LEET)  # "z3lfm00rd"
    alias = ALIASES.get(word)
    if alias is not None:
        out.extend(alias)
        return
    if "y" in word and len(word) >= 3 and not is_known(word, _LANGS):
        ij = word.replace("y", "ij")
        if ij in _VOCAB or _known(ij):
            word = ij  # "myn", "verdwynen", "altyd": ij typed as y
    if len(word) >= 4 and (single := _undoubled(word)) is not None:
        word = single  # "leeve" (leven), "slaapen": not the nearer "lieve", "slapen" missed
    if len(word) >= 4 and word[-1] == "e" and _dropped_n(word):
        # Spoken and Flemish Dutch drop the final -n ("slikke", "opgeve", "begonne"):
        # forms a dictionary may list, but that people type for the infinitive or plural.
        word = f"{word}n"
    if LAUGH_WORD.fullmatch(word):
        out.append("@lach")
        return
    if word in _SPOKEN_KNOWN_E:
        # A known form that people type for the risk verb's infinitive ("mijn leven
        # beeindige"): the verb, not the rare form.
        out.append(f"{word}n")
        return
    if (
        word in _VOCAB
        or len(word) < 3
        or len(word) > _MAX_REPAIR_LEN
        or not word.isalpha()
        or _known(word)
    ):
        out.append(word)
        return
    if (infinitive := _spoken_infinitive(word)) is not None:
        out.append(infinitive)
        return
    # A short token one slip away from a risk word is that word ("pilen" is "pillen"),
    # not two glued ones ("pil en"); longer ones are more often glued ("ikwildood").
    if len(word) <= _SHORT_TYPO and (fixed := _fuzz(word)) is not None:
        out.append(fixed)
        return
    if _verb_stem(word) and _fuzz(word) is None:
        out.append(word)  # "ik verlos ze": a verb, not "ver los"
        return
    pieces = _segment(word)
    if pieces is not None and len(pieces) >= 3 and (fixed := _one_slip(word)) is not None:
        # "gesneeden" is "gesneden" with one letter doubled, not "ge snee den".
        out.append(fixed)
        return
    if pieces is not None and pieces[-1] == "en" and (fixed := _fuzz(word)) is not None:
        # "sterfen" is "sterven" typed wrong, not "sterf en": Dutch verbs and plurals end so.
        out.append(fixed)
        return
    if pieces is not None:
        for piece in pieces:
            out.extend(ALIASES.get(piece, (piece,)))
        return
    if len(word) > _SHORT_TYPO:  # a short one was tried before the split, above
        fixed = _fuzz(word)
        if fixed is not None:
            out.append(fixed)
            return
    if word in CHAT_WORDS:
        out.append(word)
        return
    # Not a risk word's typo and not glued words: the likeliest everyday word one slip
    # away ("mihn" is "mijn", "zjn" is "zijn"), so the phrase around a risk word reads.
    if (near := nearest(word)) is not None:
        out.append(near)
    elif (pair := _glued_pair(word)) is not None:
        out.extend(pair)  # "nuhard", "werkelijkgeen": no word one slip away
    else:
        out.append(word)


def canonical(text: str) -> str:
    """The message as space-separated repaired tokens, framed by clause marks."""
    if "\n" in text:
        # A line break in chat ends a sentence as a full stop does.
        text = _LINE_END.sub(" . ", text.strip())
    text = _STRETCHED.sub(_unstretch, text)
    norm = normalise(text).translate(HOMOGLYPHS)
    if "." in norm or "-" in norm or "_" in norm or "*" in norm:
        norm = _SPELLED_OUT.sub(lambda m: _SEPARATORS.sub("", m.group()), norm)
    raw: list[str] = []
    for piece in _PIECE.findall(norm):
        first = piece[0]
        if first.isalnum() or first == "'":
            raw.append(piece.strip("'") or piece)  # as bot.core.language.normalise.words does
        elif first in ".!?;:":
            raw.append("#")
        elif piece == ",":
            raw.append(",")
        else:
            emoji = EMOJI_TOKENS.get(piece)
            if emoji is not None:
                raw.append(emoji)
            elif emoji_of(piece):
                raw.append("@emo")
    raw = _join_spelled_letters(raw)
    tokens: list[str] = []
    for tok in raw:
        if tok[0] in "#,@":
            tokens.append(tok)
        elif tok not in FILLERS:
            _repair(tok, tokens)
    _join_split_words(tokens)
    return " # " + " ".join(tokens) + " # "


def _join_spelled_letters(tokens: list[str]) -> list[str]:
    """Glue runs of four or more single letters back together ("z e l f ...")."""
    out: list[str] = []
    run: list[str] = []
    for tok in [*tokens, "#"]:
        if len(tok) == 1 and tok.isalpha():
            run.append(tok)
            continue
        if len(run) >= 4:
            out.append("".join(run))
        else:
            out.extend(run)
        run = []
        out.append(tok)
    out.pop()  # the sentinel
    return out


def _join_split_words(tokens: list[str]) -> None:
    """Join neighbours that form a pattern word ("zelf moord", "me zelf"), in place.

    Also "niet mie(r)" is "niet meer" in Limburgs and Brabants ("ich wil neet mie leve"),
    though "mie" (noodles) and "mier" (an ant) are words on their own; "nie mr" is chat."""
    if tokens and tokens[0] == "zen":
        tokens[0] = "ben"  # "zen 'k nog welkom?", "zen moe": the "ik" left out in chat
    i = 0
    while i < len(tokens) - 1:
        if tokens[i] == "niet" and tokens[i + 1] in MORE_AFTER_NOT:
            tokens[i + 1] = "meer"
        elif tokens[i + 1] in LIFE_SLIPS and tokens[i] in BEFORE_LIFE:
            # "met 't leve", "mijn leen", "het elven": not "lang leve de koning".
            tokens[i + 1] = "leven"
        elif tokens[i + 1] == "zen" and tokens[i] not in BEFORE_ZEN_WORD:
            # Flemish "'k zen", "als ik er niet meer zen", "zen 'k": not "heel zen".
            near = tokens[max(0, i - 4) : i + 3]
            tokens[i + 1] = "ben" if "ik" in near else "zijn"
        elif tokens[i] == "ge" and tokens[i + 1].isalpha() and _known(tokens[i + 1]):
            tokens[i] = "je"  # Flemish "als ge dit leest"; not "ge-sh'd"
        elif tokens[i + 1] == "mier" and tokens[i] not in BEFORE_ANT:
            tokens[i + 1] = "meer"  # Brabants "nooit mier", "geen zin mier"
        joined = tokens[i] + tokens[i + 1]
        if (
            joined in _JOIN_VOCAB
            and tokens[i] not in _JOIN_VOCAB
            and tokens[i + 1] not in _NEVER_SECOND
        ):
            tokens[i : i + 2] = [joined]
        else:
            i += 1
