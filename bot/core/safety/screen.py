"""The safety screen: readable rules and a trained classifier, with the conversation's context.

Order of decisions for one message (the first that holds wins):

1. Worry about someone else (rules) keeps the path for naasten, unless it is talk
   about a book, the news or a lesson that the model does not read as real worry.
2. **Acute**: an attempt happening or just made, or means at hand (the rules in
   :mod:`bot.core.safety.situations`). After an earlier sign, "ik ga het nu doen" is
   acute too. The model's clear sign is acute when its acute class leads.
3. **Clear**: the rules' clear patterns; a question about heights, doses or "how long
   does it take", or preparation said plainly (means bought or saved, a day or place
   chosen, letters written), after a risk sign or strong distress earlier in the
   conversation;
   or the model's clear score at its threshold.
   In talk about news, a book, a film, school or a training (``FRAME``), a rule's hit
   counts only when the model also reads the user's own risk.
4. **Unclear** (the direct check question): the rules' unclear patterns, unless the
   model is sure they are not risk (``confirm``); the model's
   risk score at its threshold; a topic word ("zelfdoding") alone in a short message;
   "grapje" or "haha" right after a disclosure.
5. Otherwise none (worry about someone else comes from the rules alone), with two
   flags for the engine: ``violence`` (violence at home against the user) and
   ``distress`` (remembered as context).

A message of several sentences (full stops or line breaks) is also read sentence by
sentence: the model's reading of the most worrying one counts on its own (at the
stricter ``sentence`` threshold), so cheerful words around a sign do not outweigh it,
and a sign in one sentence (or clause, cut at commas) is context for preparation or a
means question in another, as an earlier message would be; beside a sign in the same
message, a plain "ik ga het doen" is a plan too (in a later message it is as often the
answer to the bot's "bel nu 113").

The model's thresholds were chosen by cross-validation on the training corpus only
(bot/training/safety.py). No message text is kept: everything is local to one call.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from bot.core.safety.model import Model, Scores, Thresholds, load_model
from bot.core.safety.rules import (
    LEVEL_RANK,
    Screening,
    canonical,
    screen_canonical,
    without_idioms,
)
from bot.core.safety.situations import (
    ACUTE,
    ACUTE_IN_CONTEXT,
    ACUTE_OTHER,
    DISTRESS,
    DOING_IT,
    FRAME,
    MEANS_QUESTION,
    NOT_ROUTINE,
    PREPARED_IN_CONTEXT,
    ROUTINE_MEDICINE,
)
from bot.core.safety.typed_forms import MEANING_EMOJI
from bot.core.safety.violence import HARM_WORD, VIOLENCE, VIOLENCE_NOT

__all__ = ["screen"]

_SHORT: Final = 3  # words: "zelfmoord 😞" alone is a cry, not a news item
# In talk about a book, the news or a training, a rule's hit needs this much of the
# model's own-risk score too (the threshold of a coin toss: clearly the user's own words).
_FRAMED_RISK: Final = 0.5


def _words(canon: str) -> int:
    return sum(1 for tok in canon.split() if tok[0] not in "#,@")


def _distinct_words(canon: str) -> int:
    """Different words; an emoji for a means or a grave counts ("⚰️ binnenkort" is two)."""
    return len({tok for tok in canon.split() if tok[0] not in "#,@" or tok in MEANING_EMOJI})


_NO_SCORES: Final = Scores(1.0, 0.0, 0.0, 0.0, 0.0, 0.0)


def _sentences(canon: str) -> list[str]:
    """The sentences of a message of more than one, each as a canonical message of its own."""
    out: list[str] = []
    current: list[str] = []
    for tok in canon.split():
        if tok != "#":
            current.append(tok)
        elif current:
            out.append(" # " + " ".join(current) + " # ")
            current = []
    return out if len(out) > 1 else []


def _clauses(canon: str) -> list[str]:
    """Like :func:`_sentences`, also cut at commas ("als ik er niet meer ben, ik ga het
    doen"): for reading one part as context for another."""
    return _sentences(canon.replace(" , ", " # "))


def _most_worrying(model: Model, canon: str) -> Scores | None:
    """The model's reading of the most worrying sentence of a longer message, or None.

    A linear model sums over the whole text, so a cheerful sentence before or after
    ("we hebben soep gegeten, dat was gezellig. ik wil niet meer leven") pulls a clear
    sign down towards "none"; each sentence read on its own keeps it.
    """
    best: Scores | None = None
    for sentence in _sentences(canon):
        if _distinct_words(sentence) >= 2:
            scores = model.scores_of(sentence)
            if best is None or scores.own_risk > best.own_risk:
                best = scores
    return best


def screen(
    text: str,
    *,
    previous_flagged: bool = False,
    recent_risk: bool = False,
    model: Model | None = None,
) -> Screening:
    """Screen one inbound message; see the module docstring for the order."""
    model = model or load_model()
    canon = canonical(text)
    result = _screen_canonical(
        canon, previous_flagged=previous_flagged, recent_risk=recent_risk, model=model
    )
    if result.level not in ("unclear", "clear"):
        return result
    return _with_own_context(canon, result, previous_flagged=previous_flagged, model=model)


def _with_own_context(
    canon: str, result: Screening, *, previous_flagged: bool, model: Model
) -> Screening:
    """A sign in one sentence (or clause) is context for the others, as an earlier message
    would be: "nu denk ik er weer aan. ik heb de pillen al klaarliggen" is a plan, not talk."""
    parts = _clauses(canon)
    for j, part in enumerate(parts):
        scan = without_idioms(part)
        doing_it = DOING_IT.search(scan)
        if not (
            doing_it
            or ACUTE_IN_CONTEXT.search(scan)
            or PREPARED_IN_CONTEXT.search(scan)
            or MEANS_QUESTION.search(scan)
        ):
            continue
        rest = " # " + " # ".join(p.strip(" #") for k, p in enumerate(parts) if k != j) + " # "
        sign = _screen_canonical(
            rest, previous_flagged=previous_flagged, recent_risk=False, model=model
        )
        # The model alone reading one sentence as a hint is too little to build on.
        if (
            sign.level == "none"
            or sign.reason == "someone_else"
            or (sign.level == "unclear" and sign.reason == "model")
        ):
            continue
        within = _screen_canonical(part, previous_flagged=True, recent_risk=True, model=model)
        if doing_it and LEVEL_RANK[within.level] < LEVEL_RANK["clear"]:
            within = Screening("clear", "plan_context")
        if LEVEL_RANK[within.level] > LEVEL_RANK[result.level]:
            result = replace(within, violence=result.violence, distress=True)
    return result


def _screen_canonical(
    canon: str, *, previous_flagged: bool, recent_risk: bool, model: Model
) -> Screening:
    scan = without_idioms(canon)
    # "grapje" or "haha" after a sign, the previous message or earlier: the rules check in.
    ruled = screen_canonical(canon, previous_flagged=previous_flagged or recent_risk, scan=scan)
    # One repeated word ("ik ik ik …") gives the model nothing to go on; the rules
    # still read it.
    read = _distinct_words(canon) >= 2
    whole = model.scores_of(canon) if read else _NO_SCORES
    th = model.thresholds
    scores, confirm_risk = whole, whole.own_risk
    # A rule's clear sign or the model's clear reading of the whole already decides.
    settled = ruled.level == "clear" or whole.clear >= th.clear
    if not settled and (sentence := _most_worrying(model, canon)) is not None:
        # One sentence of several is one more chance of a false alarm: on its own it
        # needs a stricter threshold (th.sentence) to decide; it always may keep a rule's
        # sign from being set aside.
        confirm_risk = max(confirm_risk, sentence.own_risk)
        if sentence.own_risk >= th.sentence and sentence.own_risk > whole.own_risk:
            scores = sentence
    violence = not VIOLENCE_NOT.search(scan) and (
        bool(VIOLENCE.search(scan))
        or (whole.geweld >= th.geweld and ruled.level == "none" and bool(HARM_WORD.search(scan)))
    )
    result = _decide(
        canon,
        scan,
        ruled,
        scores,
        th,
        recent_risk=recent_risk,
        model_read=read,
        whole=whole,
        confirm_risk=confirm_risk,
    )
    own_sign = result.level != "none" and result.reason != "someone_else"
    distress = own_sign or bool(DISTRESS.search(scan))
    return replace(result, violence=violence, distress=distress)


def _decide(
    canon: str,
    scan: str,
    ruled: Screening,
    scores: Scores,
    th: Thresholds,
    *,
    recent_risk: bool,
    model_read: bool,
    whole: Scores,
    confirm_risk: float,
) -> Screening:
    framed = ruled.level != "none" and bool(FRAME.search(scan))
    # Whether talk about a book or the news is the user's own: the whole message decides
    # ("we lezen een boek. de hoofdpersoon wil dood" is the book's, sentence by sentence).
    if ruled.reason == "someone_else":
        # "we lazen in de klas een boek over een meisje dat zichzelf snijdt" is not worry
        # about a person the user knows.
        if framed and whole.own_risk + whole.naaste < _FRAMED_RISK:
            return Screening("none", "none")
        if ACUTE_OTHER.search(scan):
            return Screening("acute", "someone_else")  # 112 first, for the other person
        return ruled
    if ROUTINE_MEDICINE.search(scan) and not NOT_ROUTINE.search(scan) and not recent_risk:
        # The day's medicines taken as prescribed: not an attempt, and the amount
        # words ("al mijn") that the rules and the model read as one say nothing here.
        return Screening("none", "none") if ruled.reason in ("method", "plans") else ruled
    if ACUTE.search(scan) or (recent_risk and ACUTE_IN_CONTEXT.search(scan)):
        return Screening("acute", "attempt")
    if framed and whole.own_risk < _FRAMED_RISK:
        # "ik las over zelfdoding in de krant", "in de film nam hij een overdosis". A
        # question about means keeps the direct check question, whatever it is for: "for a
        # story" or "for a friend" is how such a question is often put.
        if ruled.reason == "method" and MEANS_QUESTION.search(scan):
            return Screening("unclear", "method")
        return Screening("none", "none")
    if ruled.level == "clear":
        return ruled
    if recent_risk and MEANS_QUESTION.search(scan):
        return Screening("clear", "method_context")
    if recent_risk and PREPARED_IN_CONTEXT.search(scan):
        return Screening("clear", "plan_context")
    if scores.clear >= th.clear:
        # The model's acute class is trained on attempts and means at hand in many more
        # wordings than the rules list ("ik sta nu op de brug"): 112 first when it leads.
        if scores.acute > scores.crisis:
            return Screening("acute", "model")
        return Screening("clear", "model")
    if ruled.reason == "topic":
        if _words(canon) <= _SHORT or scores.own_risk >= th.check:
            return ruled
        return Screening("none", "none")
    # A joke right after a disclosure is read from the conversation, which the model
    # does not see: it stands without the model's word.
    # One word ("kms", "levensmoe") the model does not read, so it cannot set the
    # rule's sign aside either.
    if ruled.level == "unclear" and (
        ruled.reason == "joke_after_disclosure" or not model_read or confirm_risk >= th.confirm
    ):
        return ruled
    if scores.own_risk >= th.check:
        return Screening("unclear", "model")
    # Worry about someone else comes from the rules only: the model's naaste score
    # alone would take people out of "contact maken met iemand".
    return Screening("none", "none")
