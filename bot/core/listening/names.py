"""Names and people in what someone types: "mijn zus Ria", "ze heet Ria", "hoi Ria"."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.core.language import understand as language
from bot.core.language.lexicon import is_known
from bot.core.language.normalise import plain
from bot.core.listening.data import DATA

_D = DATA["names"]
_LEAD = sorted(_D["lead"], key=lambda p: -len(p))
_TAIL = sorted(_D["tail"], key=lambda p: -len(p))
_KIN = frozenset(_D["kinship"])
_RELATIONS = frozenset(_D["relations"])
_FIRST = frozenset({"ik", "me", "mij", "mijn", "m'n", "mn", "k", "we", "wij", "ons", "onze"})
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ'-]+")
# Leads that also start everyday sentences: a known word typed in lower case after
# them is no name.
_WEAK_LEADS = ("het is", "dat is", "t is", "zeg maar")
_POSSESSIVES = frozenset({"mijn", "m'n", "mn", "onze", "ons"})
_NOT_NAMES = frozenset({"ik", "ja", "nee", "de", "het", "een", "mijn", "hij", "ze", "zij"})


# Beside the relations: family words and pets, whose death is a loss of someone close.
_CLOSE = _RELATIONS | _KIN | frozenset(_D["close"])


def someone_close(text: str) -> bool:
    """Whether the message names someone close: a partner, family, a friend, a pet."""
    return not _CLOSE.isdisjoint(plain(text).split())


def first_person(text: str) -> bool:
    """Whether the message speaks about the writer ("ik", "mijn", "me")."""
    return any(w in _FIRST for w in plain(text).split())


def _is_name(token: str, sentence_start: bool) -> bool:
    """Dutch writes common words in lower case inside a sentence, so a capital there
    marks a name; at the start of a sentence the word must also be unknown."""
    low = token.lower()
    if low in _NOT_NAMES or low in _RELATIONS or not token[:1].isupper() or len(token) < 2:
        return False
    return not sentence_start or not is_known(low)


def name_in(text: str) -> str | None:
    """A capitalised name said along with who someone is ("mijn vriend Ahmed"), else None."""
    found = []
    for sentence in re.split(r"[.!?]\s+", text):
        tokens = _TOKEN.findall(sentence)
        found += [t for i, t in enumerate(tokens) if len(tokens) > 1 and _is_name(t, i == 0)]
    if not found:
        # Chat is often typed in lower case ("mijn zus ria"): right after who someone is,
        # a word Dutch does not know is their name. ("mijn zus jan" stays unsure: a word.)
        tokens = _TOKEN.findall(text)
        found = [
            t[:1].upper() + t[1:]
            for before, t in pairwise(tokens)
            if before.lower() in _RELATIONS
            and t.islower()
            and len(t) > 1
            and t not in _NOT_NAMES
            and not is_known(t)
        ]
    return found[0] if len(set(found)) == 1 else None


def _strip(said: str, phrases: list[str], *, lead: bool) -> str:
    changed = True
    while changed:
        changed = False
        for p in phrases:
            if lead and (said == p or said.startswith(p + " ")):
                said, changed = said[len(p) :].strip(), True
            elif not lead and said.endswith(" " + p):
                said, changed = said[: -len(p)].strip(), True
    return said


def address_name(text: str) -> str | None:
    """How to address someone in a message, from "ze heet Ria", "hoi Ria", "mam"; else None.

    Not a name: yes/no, "weet ik niet", a question, or a relation ("mijn zus").
    """
    if "?" in text and not re.search(r"naam\s*\?", text, re.I):
        return None
    said = plain(text)
    if not said or language.parse_yes_no(text) is not None:
        return None
    weak = any(said.startswith(p + " ") for p in _WEAK_LEADS)
    said = _strip(_strip(said, _LEAD, lead=True), _TAIL, lead=False)
    ws = said.split()
    if weak and all(is_known(w) for w in ws) and text.islower():
        return None  # "dat is lastig" says how it is, "het is Ria" who
    if len(ws) > 2 and ws[-2] in _POSSESSIVES and ws[-1] in _RELATIONS:
        ws = ws[:-2]  # "Ria, mijn zus": who she is, after how to address her
    if not ws or len(ws) > 2 or ws[0] in ("mijn", "m'n", "mn", "de", "een"):
        return None
    if ws[0] in _KIN and len(ws) == 1:
        return ws[0]
    # Keep the person's own capitals when they typed them ("Anne-Fleur", "De Vries").
    original = {t.lower(): t for t in _TOKEN.findall(text)}
    out = []
    for w in ws:
        typed = original.get(w, w)
        out.append(typed if typed[:1].isupper() else typed[:1].upper() + typed[1:])
    return " ".join(out)
