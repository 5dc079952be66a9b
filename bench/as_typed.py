"""The safety screen under the ways people type: does a sign stay a sign?

`python -m bench as_typed` takes every risk message of the training corpus that the
screen handles as written (the crisis line or the check question), types it again in
one way people type, and reports the share still handled:

* a cheerful everyday sentence before it, or after it;
* no commas or full stops; everything in capitals;
* Flemish forms ('k, nie, ge, da, -e for -en); youth chat (k, mn, egt, mss, 😭);
* "ij" typed as "y"; one letter stretched ("dooood"); two neighbours glued;
* two random slips (a dropped, doubled or swapped letter), seeded by the text.

This measures robustness, not accuracy: the messages are the model's own training
examples, so a drop here is a way of typing the screen does not carry over, which no
new message in that spelling will get either. No held-out message is used.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable

from bench.figures import Figure
from bench.safety import corpus_items
from bot.core.safety import screen
from bot.training.common import typo

_FLEMISH = {
    "niet": "nie", "ik": "'k", "het": "'t", "dat": "da", "wat": "wa", "je": "ge", "jij": "gij",
    "ben": "zen", "jou": "u", "jouw": "uw", "meer": "mier", "mijn": "m'n", "niets": "niks",
}  # fmt: skip
_YOUTH = {
    "niet": "ni", "ik": "k", "mijn": "mn", "echt": "egt", "het": "t", "dat": "da", "wat": "wa",
    "misschien": "mss", "even": "ff", "zijn": "zn", "weet": "wt", "gewoon": "gwn",
    "helemaal": "hlml",
}  # fmt: skip
# Words ending in -en that keep it when spoken ("een", "geen", "alleen", "doen").
_KEEPS_EN = frozenset(
    {"en", "een", "geen", "ben", "heen", "tien", "zien", "doen", "gaan", "staan", "slaan",
     "alleen", "meen", "teen", "hen", "men", "wen", "den"}
)  # fmt: skip
_BEFORE = "Vandaag was ik bij mijn zus en we hebben samen soep gegeten, dat was gezellig. "
_AFTER = " Maar goed, ik wilde eigenlijk vragen hoe laat de bibliotheek opengaat morgen."


def _words(text: str) -> list[str]:
    return re.sub(r"[.!?,;:]+", "", text.lower()).split()


def _flemish(text: str) -> str:
    out = []
    for w in _words(text):
        spoken = _FLEMISH.get(w, w)
        if spoken == w and w.endswith("en") and len(w) >= 5 and w not in _KEEPS_EN:
            spoken = w[:-1]  # "leven" -> "leve"
        out.append(spoken)
    return " ".join(out)


def _stretched(text: str) -> str:
    words = text.split()
    i = max(range(len(words)), key=lambda j: len(words[j]))
    vowel = re.search(r"[aeiou]", words[i][1:])
    if vowel:
        at = vowel.start() + 1
        words[i] = words[i][:at] + words[i][at] * 3 + words[i][at:]
    return " ".join(words)


def _glued(text: str) -> str:
    words = text.split()
    if len(words) < 3:
        return text
    k = len(words) // 2 - 1
    return " ".join([*words[:k], words[k] + words[k + 1], *words[k + 2 :]])


def _two_slips(text: str) -> str:
    rng = random.Random(zlib.crc32(text.encode()))
    words = text.split()
    for _ in range(2):
        j = rng.randrange(len(words))
        words[j] = typo(words[j], rng)
    return " ".join(words)


WAYS: dict[str, Callable[[str], str]] = {
    "a cheerful sentence before": lambda t: _BEFORE + t,
    "a cheerful sentence after": lambda t: t.rstrip(".!? ") + "." + _AFTER,
    "no commas or full stops": lambda t: " ".join(_words(t)),
    "in capitals": lambda t: t.upper(),
    "Flemish forms": _flemish,
    "youth chat": lambda t: " ".join(_YOUTH.get(w, w) for w in _words(t)) + " 😭😭",
    "ij typed as y": lambda t: t.replace("ij", "y"),
    "a letter stretched": _stretched,
    "two words glued": _glued,
    "two slips": _two_slips,
}


def _handled(text: str) -> bool:
    return screen(text).level != "none"


def run(quick: bool = False) -> list[Figure]:
    risk = [item.text for item in corpus_items() if item.expect in ("acute", "crisis", "handled")]
    if quick:
        risk = random.Random(0).sample(risk, 200)
    base = [text for text in risk if _handled(text)]
    figures = [Figure(f"risk messages handled as written (of {len(risk)})", len(base), "messages")]
    for name, retype in WAYS.items():
        kept = sum(_handled(retype(text)) for text in base)
        figures.append(Figure(f"{name}: still handled", kept / len(base), "share"))
    return figures
