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

The model's thresholds were chosen by cross-validation on the training corpus only
(bot/training/safety.py). No message text is kept: everything is local to one call.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from bot.core.safety.canonical import MEANING_EMOJI
from bot.core.safety.model import Model, Scores, Thresholds, load_model
from bot.core.safety.rules import Screening, canonical, screen_canonical, without_idioms
from bot.core.safety.situations import (
    ACUTE,
    ACUTE_IN_CONTEXT,
    ACUTE_OTHER,
    DISTRESS,
    FRAME,
    MEANS_QUESTION,
    NOT_ROUTINE,
    PREPARED_IN_CONTEXT,
    ROUTINE_MEDICINE,
)
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


def screen(
    text: str,
    *,
    previous_flagged: bool = False,
    recent_risk: bool = False,
    model: Model | None = None,
) -> Screening:
    """Screen one inbound message; see the module docstring for the order."""
    canon = canonical(text)
    scan = without_idioms(canon)
    # "grapje" or "haha" after a sign, the previous message or earlier: the rules check in.
    ruled = screen_canonical(canon, previous_flagged=previous_flagged or recent_risk, scan=scan)
    model = model or load_model()
    # One repeated word ("ik ik ik …") gives the model nothing to go on; the rules
    # still read it.
    read = _distinct_words(canon) >= 2
    scores = model.scores_of(canon) if read else _NO_SCORES
    th = model.thresholds
    violence = not VIOLENCE_NOT.search(scan) and (
        bool(VIOLENCE.search(scan))
        or (scores.geweld >= th.geweld and ruled.level == "none" and bool(HARM_WORD.search(scan)))
    )
    result = _decide(canon, scan, ruled, scores, th, recent_risk=recent_risk, model_read=read)
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
    model_read: bool = True,
) -> Screening:
    framed = ruled.level != "none" and bool(FRAME.search(scan))
    if ruled.reason == "someone_else":
        # "we lazen in de klas een boek over een meisje dat zichzelf snijdt" is not worry
        # about a person the user knows.
        if framed and scores.own_risk + scores.naaste < _FRAMED_RISK:
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
    if framed and scores.own_risk < _FRAMED_RISK:
        # "ik las over zelfdoding in de krant", "in de film nam hij een overdosis".
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
        ruled.reason == "joke_after_disclosure" or not model_read or scores.own_risk >= th.confirm
    ):
        return ruled
    if scores.own_risk >= th.check:
        return Screening("unclear", "model")
    # Worry about someone else comes from the rules only: the model's naaste score
    # alone would take people out of "contact maken met iemand".
    return Screening("none", "none")
