"""Message drafts in correct Dutch: what the user noticed, said to the other person.

"ze reageert minder" becomes "je minder reageert", so the draft reads "Het viel me
op dat je minder reageert." The subject turns from third to second person, the verb
agrees ("is" -> "bent", "heeft" -> "hebt") and moves to the end of the clause (a
subordinate clause after "dat"), a separable particle joins it ("belt ... terug" ->
"terugbelt"), and a trailing infinitive stays last ("je niet meer wilt afspreken").
Possessives and "zich" turn to "je". Text that does not start with a subject is kept
as the user wrote it.
"""

from __future__ import annotations

import re

from bot.core.language.lexicon import lemma
from bot.core.listening.data import DATA

_D = DATA["drafts"]
_VERB2: dict[str, str] = _D["second_person"]
_AUX = frozenset(_D["auxiliaries"])
_PARTICLES = frozenset(_D["particles"])
_PREPS = frozenset(_D["prepositions"])
_AFTER = frozenset(_D["after_verb"])
_SUBJECTS = frozenset(_D["subjects"])
_POSS = frozenset(_D["possessives"])
_LEADS = sorted(_D["leads"], key=lambda p: -len(p))
_NOT_INF = frozenset(_D["not_infinitives"])
_SUBORDINATORS = frozenset(_D["subordinators"])
_TIMES = sorted((t.split() for t in _D["times"]), key=len, reverse=True)
_RELATIONS = frozenset(DATA["names"]["relations"]) | frozenset(DATA["names"]["kinship"])
_TOKEN = re.compile(r"[^\s]+")
_OBJECTS = {"zich": "je", "zichzelf": "jezelf", "hem": "je", "haar": "je", "zijn": "je"}
# Chat spelling written out in the draft one sends ("ze lacht nie meer" -> "niet").
_SPELLED = {"nie": "niet", "ni": "niet", "nx": "niks"}
_SECOND = frozenset({"je", "jij"})
_PAST = frozenset({"was", "had", "deed", "zei"})  # past forms that end no clause in -t


def _lead_off(text: str) -> tuple[str, bool]:
    """Without the user's own "Het viel me op dat"; True when such a lead was there
    (the clause after it already has its verb at the end)."""
    low = text.lower()
    for lead in _LEADS:
        if low.startswith(lead + " "):
            return text[len(lead) + 1 :], True
    return text, False


def _to_second(word: str) -> str:
    low = word.lower()
    return _OBJECTS.get(low) or _SPELLED.get(low, word)


def _time_first(rest: list[str]) -> list[str]:
    """A time said last ("stil de laatste tijd") moved to the front of the clause."""
    low = [w.lower() for w in rest]
    for phrase in _TIMES:
        if len(rest) > len(phrase) and low[-len(phrase) :] == phrase:
            return [*rest[-len(phrase) :], *rest[: -len(phrase)]]
    return rest


def _addressed(tail: list[str]) -> list[str]:
    """A clause after "dat", "toen"...: its own subject and its verb turn to "je" too."""
    out = list(tail)
    for i in range(len(out) - 1):
        if out[i].lower() in _SUBORDINATORS and out[i + 1].lower() in _SUBJECTS:
            out[i + 1] = "je"
            end = next((j for j in range(i + 2, len(out)) if out[j] in (",", "en")), len(out))
            out[end - 1] = _VERB2.get(out[end - 1].lower(), out[end - 1])
    return out


def _verb_last(verb: str, rest: list[str]) -> list[str]:
    """The clause after the subject with the finite verb moved to where Dutch puts it."""
    # A phrase with "met", "om", or a clause with "toen", "dat"... may follow the verb;
    # the verb goes before it.
    # Last of all it is part of the verb: "ze staat er alleen voor" -> "er alleen voor staat".
    cut = next(
        (i for i, w in enumerate(rest) if w.lower() in _AFTER and i < len(rest) - 1), len(rest)
    )
    comma = next((i for i, w in enumerate(rest) if w.endswith(",") and i < len(rest) - 1), None)
    if comma is not None and comma < cut:
        # The clause ends at a comma: "ze loopt zo moeilijk, met een stok" -> "je zo
        # moeilijk loopt, met een stok" (not "zo moeilijk, loopt met een stok").
        placed = _verb_last(verb, [*rest[:comma], rest[comma][:-1]])
        return [*placed[:-1], placed[-1] + ",", *_addressed(rest[comma + 1 :])]
    core, tail = _time_first(rest[:cut]), _addressed(rest[cut:])
    if (
        core
        and core[-1].lower() in _PARTICLES
        and not (len(core) > 1 and core[-2].lower() in _PREPS)
    ):
        return [*core[:-1], core[-1] + verb, *tail]
    if verb.lower() in _AUX or verb.lower() in _VERB2.values():
        ends = len(core)
        while (
            ends > 0
            and core[ends - 1].lower().endswith("en")
            and core[ends - 1].lower() not in _NOT_INF
            and ends > len(core) - 2
        ):
            ends -= 1
        if 0 < ends < len(core):
            return [*core[:ends], verb, *core[ends:], *tail]
    return [*core, verb, *tail]


def _ends_with_verb(word: str) -> bool:
    low = word.lower()
    return low in _VERB2.values() or low in _PAST or low.endswith("t")


def _finite(word: str) -> bool:
    """A verb said of her or him ("zit", "reageert", "was"), starting a clause that
    leaves out "ze": a Dutch word ending in -t whose lemma is an infinitive."""
    if word in _VERB2 or word in _PAST or word in ("kwam", "leek", "lijkt"):
        return True
    base = lemma(word)
    return word.endswith("t") and base != word and base.endswith("n")


def second_person(text: str, name: str | None = None) -> str | None:
    """The observation as a clause after "dat", addressed to the other person."""
    text, subordinate = _lead_off(text.strip().rstrip(".!").strip())
    tokens = _TOKEN.findall(text)
    if not tokens:
        return None
    first = tokens[0].lower()
    if first in _SUBJECTS or (name and tokens[0].lower() == name.lower()):
        start = 1
    elif first in ("mijn", "m'n", "mn") and len(tokens) > 3 and tokens[1].lower() in _RELATIONS:
        tokens = ["je", *tokens[2:]]  # "mijn zus lacht minder": she is the one addressed
        start = 1
    elif first in _POSS and len(tokens) > 2:
        tokens = ["je", *tokens[1:]]
        start = 2  # "haar vader is ziek": the subject is "je vader"
    elif len(tokens) > 1 and _finite(first):
        tokens = ["je", *tokens]  # "zit vaak thuis": said of her, without "ze"
        start = 1
    elif first in _SECOND and len(tokens) > 1:
        if _ends_with_verb(tokens[-1]):
            return " ".join(tokens)  # already "je ... bent": the user wrote the clause
        start = 1
    else:
        return tokens[0][:1].lower() + text[1:] if tokens[0][:1].isupper() else text
    if len(tokens) <= start:
        return text
    if subordinate:  # "ze stil is" -> "je stil bent": only the person changes
        words = [_to_second(w) for w in tokens[start:]]
        if start == 1 and words:
            words[-1] = _VERB2.get(words[-1].lower(), words[-1])
        return " ".join(["je" if start == 1 else " ".join(tokens[:start]), *words])
    subject = "je" if start == 1 else " ".join(tokens[:start])
    first_clause, *more = _coordinated(tokens[start:], name)
    out = [subject, *_clause(first_clause, second=start == 1)]
    for clause in more:
        # "ze is stil en ze kijkt weg" -> "je stil bent en dat je wegkijkt"; "en kijkt
        # weg" -> "en wegkijkt": each clause gets its own verb at its end.
        if clause[0].lower() in _SUBJECTS or (name and clause[0].lower() == name.lower()):
            out += ["en", "dat", "je", *_clause(clause[1:], second=True)]
        else:
            out += ["en", *_clause(clause, second=True)]
    return " ".join(out)


def _clause(words: list[str], *, second: bool) -> list[str]:
    """One main clause, its finite verb first, as a clause after "dat"."""
    verb = _VERB2.get(words[0].lower(), words[0]) if second else words[0]
    return _verb_last(verb, [_to_second(w) for w in words[1:]])


def _opens(word: str, name: str | None) -> bool:
    low = word.lower()
    return low in _SUBJECTS or (name is not None and low == name.lower()) or _finite(low)


def _coordinated(words: list[str], name: str | None) -> list[list[str]]:
    """Main clauses joined by "en" or a comma (said back joined by "en"), each one opened
    by a subject ("ze", her name) or a verb said of her ("en kijkt weg"); "stil en moe"
    and ", met een stok" stay in one clause. The first starts with its finite verb."""
    out: list[list[str]] = [[]]
    i = 0
    while i < len(words):
        word = words[i]
        comma = len(word) > 1 and word.endswith(",")
        j = i + 2 if comma and i + 1 < len(words) and words[i + 1].lower() == "en" else i + 1
        said = [*out[-1], word[:-1]] if comma else out[-1]
        joins = comma or word.lower() == "en"
        if joins and j < len(words) and _opens(words[j], name) and len(said) >= 2:
            out[-1] = said
            out.append([])
            i = j
            continue
        out[-1].append(word)
        i += 1
    return out


def compose(name: str | None, observation: str) -> str:
    """The whole draft: one greeting, the observation, an open question."""
    greeting = f"Hoi {name}," if name and name != "daar" else "Hoi,"
    return f"{greeting} het viel me op dat {observation}. Hoe gaat het met je?"
