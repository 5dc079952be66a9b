"""Dutch word order, undone for the rules: a clause read again in the order of a main
clause that starts with "ik".

The rules are written as main clauses ("ik denk aan zelfmoord", "ik wil niet meer
leven"). Dutch moves the finite verb: behind a fronted word ("soms denk ik aan
zelfmoord") and to the end of a subordinate clause ("ik heb het gevoel dat ik niet meer
wil leven", "omdat ik een last ben voor iedereen"). Writing every rule three times
would not scale, so the rules read a message a second time with the verb put back
after "ik" (:func:`main_order`, used by bot.core.safety.rules.screen_canonical); the
first reading always stands as well, so rules written for the other orders keep
working.
"""

from __future__ import annotations

from typing import Final

__all__ = ["main_order"]

# Finite forms for "ik" (present and past singular) of the verbs the rules are built
# on: modal and auxiliary verbs, and the verbs of wanting, thinking, feeling and doing
# that carry a sign. A closed list on purpose: a noun or an adjective is never moved.
_FINITE_FORMS: Final = """
    wil wou wilde ga ging ben was heb had kan kon zou zal moet moest mag mocht hoef hoefde
    denk dacht voel voelde zie zag snij snijd sneed hoor hoorde weet wist word werd blijf
    bleef krijg kreeg doe deed neem nam slik slikte sta stond lig lag zit zat hoop hoopte
    wens wenste verlang verlangde droom droomde overweeg overwoog spaar spaarde kras kraste
    brand brandde schrijf schreef koop kocht zoek zocht durf durfde probeer probeerde
    verdien verdiende spring sprong leef leefde besta bestond fantaseer fantaseerde pieker
    piekerde red redde trek trok hou houd hield geef gaf stop stopte hang hing
"""
_FINITE: Final = frozenset(_FINITE_FORMS.split())
# Words that open a subordinate clause: the finite verb stands at its end.
_SUBORDINATORS: Final = """
    dat omdat als wanneer zodat toen terwijl voordat nadat sinds zodra tenzij hoewel of
    waardoor doordat zoals alsof
"""
_SUBORDINATE: Final = frozenset(_SUBORDINATORS.split())
_BOUNDARY: Final = frozenset({"#", ","})
_NEXT: Final = frozenset({"toen", "nu", "dan", "daarna", "later"})
# Particles of separable verbs ("volhouden", "opgeven"), longest first. Not "dood":
# "als ik doodga" is mostly about a natural death, "ik ga dood" mostly not.
_PARTICLES: Final = ("terug", "kapot", "door", "neer", "over", "vol", "mee", "weg", "op")
# Someone else's question ("de huisarts vroeg of ik aan zelfmoord dacht") is no statement.
_ASKED: Final = frozenset({"vroeg", "vraagt", "vragen", "vroegen", "gevraagd"})
# A fronted time in the past ("vroeger dacht ik aan zelfmoord, nu gaat het beter"): the
# rules read "ik dacht vroeger ..." as past too, so the order is left as it is.
_PAST: Final = frozenset(
    {"vroeger", "destijds", "toen", "ooit", "eerder", "vorig", "vorige", "geleden", "kind"}
)


# Who a clause is about; "het" is mostly an object ("ik zie het niet meer zitten").
_SUBJECTS: Final = frozenset(
    {"ik", "hij", "zij", "ze", "we", "wij", "jij", "je", "u", "jullie", "men", "iemand", "niemand"}
)


def _last_subject(tokens: list[str], k: int) -> str | None:
    """The last person named before ``tokens[k]`` in the sentence."""
    return next((tok for tok in reversed(tokens[:k]) if tok in _SUBJECTS), None)


def _clause_ends(tokens: list[str], k: int) -> bool:
    """Whether a subordinate clause ends before ``tokens[k]``: at a boundary, at the next
    subordinate clause, or at the main clause's verb and "ik" ("als ik dit lees word ik")."""
    tok = tokens[k]
    return (
        tok in _BOUNDARY
        or tok in _SUBORDINATE
        or (tok in _FINITE and k + 1 < len(tokens) and tokens[k + 1] == "ik")
    )


def _past_fronted(tokens: list[str], verb: int) -> bool:
    """Whether the words before the verb, back to the clause's start, name a past time."""
    k = verb - 1
    while k >= 0 and tokens[k] not in _BOUNDARY:
        if tokens[k] in _PAST:
            return True
        k -= 1
    return False


def _subordinate(tokens: list[str], start: int) -> None:
    """Move the last finite verb of the clause that starts at ``start`` ("ik") behind it."""
    end = start + 1
    while end < len(tokens) and not _clause_ends(tokens, end):
        end += 1
    for k in range(end - 1, start, -1):
        if tokens[k] in _FINITE:
            if k > start + 1:
                tokens.insert(start + 1, tokens.pop(k))
            return
        # A separable verb joined at the end: "dat ik het niet meer volhou" -> "hou ... vol".
        particle = next((p for p in _PARTICLES if tokens[k].startswith(p)), None)
        if particle and tokens[k][len(particle) :] in _FINITE:
            verb = tokens[k][len(particle) :]
            tokens[k] = particle
            tokens.insert(start + 1, verb)
            return


def main_order(scan: str) -> str:
    """``scan`` (a canonical string) with its "ik" clauses in main-clause order, or "" when
    nothing moves.

    "# soms denk ik aan zelfmoord #" -> "# soms ik denk aan zelfmoord #";
    "# ik denk dat ik niet meer wil leven #" -> "# ik denk dat ik wil niet meer leven #".
    Sentences that do not change are left out (one ``@more`` stands for them, so a
    pattern about a whole short message does not take one sentence for all of it): a
    long message costs little more to read twice.
    """
    out: list[str] = []
    changed = False
    for sentence in scan.split(" # "):
        tokens = sentence.strip(" #").split()
        moved = _reordered(tokens) if tokens else None
        if moved is not None:
            out.append(moved)
            changed = True
        elif tokens and (not out or out[-1] != "@more"):
            out.append("@more")
    return " # " + " # ".join(out) + " # " if changed else ""


def _reordered(sentence: list[str]) -> str | None:
    """One sentence in main-clause order, or None when nothing moves."""
    tokens = ["#", *sentence]  # a sentence starts at a boundary
    changed = False
    # A story told in one breath: "en toen", "en nu" start a new clause.
    for k in range(len(tokens) - 1, 1, -1):
        if (
            tokens[k] in _NEXT
            and tokens[k - 1] in ("en", "maar")
            and tokens[k - 2] not in _BOUNDARY
        ):
            tokens.insert(k - 1, ",")
            changed = True
    # A subject left out after "en"/"maar" ("ik zie het niet meer zitten en wil dood"):
    # the last person named, when that is "ik".
    for k in range(len(tokens) - 2, 1, -1):
        if (
            tokens[k] in ("en", "maar")
            and tokens[k + 1] in _FINITE
            and _last_subject(tokens, k) == "ik"
        ):
            tokens.insert(k + 1, "ik")
            changed = True
    for i in range(2, len(tokens)):
        if tokens[i] != "ik":
            continue
        before, verb = tokens[i - 2], tokens[i - 1]
        if verb in _SUBORDINATE and not (verb == "of" and before in _ASKED):
            moved = tokens.copy()
            _subordinate(moved, i)
            if moved != tokens:
                tokens, changed = moved, True
        elif verb in _FINITE and before not in _BOUNDARY and not _past_fronted(tokens, i - 1):
            # A fronted word, then the verb, then "ik": put "ik" first.
            tokens[i - 1], tokens[i] = "ik", verb
            changed = True
    return " ".join(tokens[1:]) if changed else None
