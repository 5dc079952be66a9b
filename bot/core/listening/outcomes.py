"""How it went, in the person's words: good, neutral, bad, or none (nobody, no reply).

A bad outcome must never be praised and an empty day never called "mooi", so bad and
none win over good when a message holds both ("ze reageerde, maar boos").

Words are matched as people write them: inflected ("een leuke middag" is "leuk"), in
compounds ("supergezellig", "kutdag") and negated ("niet echt leuk" is bad, "viel niet
tegen" is good); the lists are in ``bot/data/listening_nl.toml``.
"""

from __future__ import annotations

from bot.core.language.normalise import plain
from bot.core.language.words import lemmas
from bot.core.listening.data import DATA

_O = DATA["outcomes"]
_NEGATORS = frozenset(_O["negators"])
_PHRASES = {
    kind: sorted((p for p in _O[kind] if " " in p), key=len, reverse=True)
    for kind in ("good", "bad")
}
_WORDS = {kind: frozenset(p for p in _O[kind] if " " not in p) for kind in ("good", "bad")}
_BAD_PREFIXES = tuple(_O["bad_prefixes"])  # "kutdag", "rampdag"
_SUFFIX_MIN = 4  # "dolblij", "supergezellig": a known word at the end of a longer one


def _has(padded: str, phrase: str) -> bool:
    return f" {phrase} " in padded


def outcome_of(text: str) -> str:
    """The outcome; after "maar" the last part decides ("moe, maar wel oké": neutral)."""
    said = plain(text)
    if " maar " in f" {said} ":
        last = f" {said} ".rsplit(" maar ", 1)[1]
        if last.strip():
            return _outcome(last)
    return _outcome(said)


def said_outcome(text: str) -> str | None:
    """The outcome when the words name one ("veel beter", "niks bijzonders"), else None:
    "dank je wel" alone says nothing about how it went."""
    said = plain(text)
    padded = f" {said} "
    named = any(_has(padded, p) for p in (*_O["neutral"], *_O["none"]))
    return outcome_of(text) if named or _polarities(said) else None


def _outcome(said: str) -> str:
    padded = f" {said} "
    if any(_has(padded, p) for p in _O["neutral"]):
        return "neutral"  # "niks bijzonders", "niet goed, niet slecht"
    if any(_has(padded, p) for p in _O["none"]):
        return "none"
    found = _polarities(said)
    if "bad" in found:
        return "bad"
    return "good" if "good" in found else "neutral"


def _polarities(said: str) -> set[str]:
    """Good and bad said in the message, each turned by a negator just before it."""
    tokens = said.split()
    forms = lemmas(said)
    if len(forms) != len(tokens):
        forms = tuple(tokens)
    taken = [False] * len(tokens)
    found: set[str] = set()
    for kind, phrases in _PHRASES.items():
        for phrase in phrases:  # phrases first: "viel mee" is good, "geen zin" bad
            size = len(phrase.split())
            for i in range(len(tokens) - size + 1):
                if not any(taken[i : i + size]) and " ".join(tokens[i : i + size]) == phrase:
                    taken[i : i + size] = [True] * size
                    found.add(kind)
    for i, (token, form) in enumerate(zip(tokens, forms, strict=True)):
        polarity = None if taken[i] else _kind(token, form)
        if polarity is None:
            continue
        if _NEGATORS & set(tokens[max(0, i - 2) : i]):
            # "niet echt leuk" is bad; "niet slecht" is no complaint.
            found.add("bad" if polarity == "good" else "neutral")
        else:
            found.add(polarity)
    return found


def _kind(token: str, form: str) -> str | None:
    for kind in ("bad", "good"):
        if token in _WORDS[kind] or form in _WORDS[kind]:
            return kind
    if token.startswith(_BAD_PREFIXES):
        return "bad"
    for kind in ("bad", "good"):
        if not token.startswith("on") and any(
            len(w) >= _SUFFIX_MIN and len(token) > len(w) and token.endswith(w)
            for w in _WORDS[kind]
        ):
            return kind
    return None
