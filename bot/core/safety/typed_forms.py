"""How people type Dutch in chat, as tables: short and dialect forms, chat words and
fillers, look-alike letters, emoji with a meaning, and the neighbours that tell a
spoken form from a word of its own. :mod:`bot.core.safety.canonical` applies them."""

from __future__ import annotations

import re
from typing import Final

# Short forms that fuzzy matching must not touch (too short to be safe), from
# Flemish, chat spelling and common slips.
ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "k": ("ik",),
    "ikke": ("ik",),
    "ic": ("ik",),
    "ikk": ("ik",),
    "iik": ("ik",),
    # Slips that leave a rare word: "ik heb gen zin meer", "alleen mar", "meezelf".
    "gen": ("geen",),
    "mar": ("maar",),
    "meezelf": ("mezelf",),
    "iet": ("iets",),  # Flemish "'k ga mezelf iet aandoen"
    "nie": ("niet",),
    "ni": ("niet",),
    "nt": ("niet",),
    "nit": ("niet",),
    "niett": ("niet",),
    "mer": ("meer",),
    "dod": ("dood",),
    "doot": ("dood",),
    "zjin": ("zijn",),
    "zyn": ("zijn",),
    "wl": ("wil",),
    "wilt": ("wil",),
    "mijzelf": ("mezelf",),
    "mzelf": ("mezelf",),
    "mezelve": ("mezelf",),
    "mijzelve": ("mezelf",),
    "mezelfs": ("mezelf",),
    "t": ("het",),
    "da": ("dat",),
    "mn": ("m'n",),
    "wanna": ("want", "to"),
    "gonna": ("going", "to"),
    "dont": ("don't",),
    "cant": ("can't",),
    "im": ("i'm",),
    "ff": ("even",),
    "zelfmoordt": ("zelfmoord",),
    "hb": ("heb",),
    "hbt": ("hebt",),
    "nen": ("een",),  # Flemish "nen hoop pillen"
    "ne": ("een",),  # Flemish "ne strop"
    "eigelijk": ("eigenlijk",),  # as spoken and typed: "ik wil dood eigelijk"
    "eiglijk": ("eigenlijk",),
    "den": ("de",),  # Flemish "naar den hemel", "van den brug"
    "gene": ("geen",),  # Flemish "ik heb gene zin meer"
    "genen": ("geen",),
    "kzen": ("ik", "ben"),  # Flemish "'k zen"
    "kzijn": ("ik", "ben"),
    # Limburgs and Gronings, as people type their own dialect in chat: "ich wil neet",
    # "ik bin der klaar mit".
    "ich": ("ik",),
    "neet": ("niet",),
    "mit": ("met",),
    "bin": ("ben",),
    "der": ("er",),
    "goesting": ("zin",),  # Flemish: "ik heb geen goesting meer om te leven"
    # A curse glued to life ("dit kutleven"): the life it is about.
    "kutleven": ("kut", "leven"),
    "rotleven": ("rot", "leven"),
    "kloteleven": ("klote", "leven"),
    "teringleven": ("tering", "leven"),
    "et": ("het",),
    "gij": ("jij",),
    "wa": ("wat",),
    "aant": ("aan", "het"),  # "k ben et aant doen"
    "iw": ("ik", "wil"),  # chat shorthand, "iw dood"
    "vnacht": ("vannacht",),
    "vnvd": ("vanavond",),
    "vnavond": ("vanavond",),
    "trien": ("trein",),  # "voor de trien": a swapped pair, and a name too rare in chat here
    # Flemish "gesneje", "snije" (round 18c: "ik heb men eigen weer gesneje").
    "gesneje": ("gesneden",),
    "gesnejen": ("gesneden",),
    "snije": ("snijden",),
    # Chat spelling (round 18: "ik wil dood gaan egt" was read without its "echt").
    "egt": ("echt",),
    "gwn": ("gewoon",),
    "hlml": ("helemaal",),  # not "html"
    "wrm": ("waarom",),  # not "warm"
    "nx": ("niks",),
    "nks": ("niks",),
    # Formal waking: "het is mijn wens om niet meer te ontwaken".
    "ontwaken": ("wakker", "worden"),
}
# Chat words and interjections no dictionary lists, left as typed rather than "repaired"
# to the nearest everyday word ("amai" is no "amal", "wallah" no "wallen").
# fmt: off
CHAT_WORDS: Final = frozenset({
    "amai", "allee", "wollah", "wallah", "walla", "btw", "omg", "wtf", "pff", "pfff", "oke",
    "okee", "oki", "neej", "sws", "zws", "mss", "wss", "idd", "ffkes", "efkes", "bwa", "kzou",
    "kheb", "kben", "kga", "kmoet", "kweet",
})
# Chat fillers that say nothing about risk and only stand between a rule and the end of
# the clause ("ik wil dood ofzo", "wil gwn dood fr"): left out before any repair, so
# "idk" never becomes "ik".
FILLERS: Final = frozenset({
    "ofzo", "ofz", "fr", "tbh", "ngl", "rn", "lowkey", "istg", "zenne", "enzo", "ofwa", "idk",
    "bro", "bruh", "mattie", "joh",
})
# fmt: on

# Look-alike letters from other scripts and digits used as letters.
HOMOGLYPHS: Final = str.maketrans(
    {
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "ο": "o",
        "α": "a",
        "ε": "e",
        "ι": "i",
        "κ": "k",
        "ν": "v",
    }
)
LEET: Final = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})

LAUGH: Final = frozenset("😂🤣😆😅😹😄😁😃😀😜😝😛🤪😸")
SKULL: Final = frozenset("💀☠")
# A coffin or a headstone is no laughter, as the skull so often is ("💀💀" = "hilarious").
GRAVE: Final = frozenset("⚰🪦")
SAD: Final = frozenset("😭😢😞😔😩😫😿💔🥀🖤😥😓😪🥺☹🙁")
# Means as emoji keep their meaning ("💊💊💊 allemaal"): the classifier's word classes
# (bot/data/safety_concepts.toml) read them like the words.
MEANS_EMOJI: Final = {
    "💊": "@pill",
    "🔪": "@knife",
    "🗡": "@knife",
    "🩸": "@blood",
    "🔫": "@gun",
    "🪢": "@rope",
}
# Emoji tokens that carry meaning on their own (not the skull: "💀💀" is mostly laughter).
MEANING_EMOJI: Final = frozenset({"@grave", *MEANS_EMOJI.values()})
EMOJI_TOKENS: Final = {
    **dict.fromkeys(LAUGH, "@lach"),
    **dict.fromkeys(SKULL, "@skull"),
    **dict.fromkeys(GRAVE, "@grave"),
    **dict.fromkeys(SAD, "@sad"),
    **MEANS_EMOJI,
}
LAUGH_WORD: Final = re.compile(r"(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|ah(?:ah)+a?|lol+|lmao|xd|xp")

# "meer" only after "niet" ("mier" after any negation: below, beside its ant).
MORE_AFTER_NOT: Final = frozenset({"mie", "mr"})
# "zen" as the word of meditation ("heel zen", "aan zen doen"), and "mier" as an ant.
BEFORE_ZEN_WORD: Final = frozenset(
    {"heel", "zo", "echt", "erg", "best", "helemaal", "lekker", "super", "aan", "de", "het", "een"}
)
BEFORE_ANT: Final = frozenset(
    {"een", "de", "die", "deze", "dit", "zo'n", "kleine", "rode", "zwarte", "grote", "elke"}
)
# "leven" spoken without its -n, or with a slip that leaves another word ("leen", a loan).
LIFE_SLIPS: Final = frozenset({"leve", "leen", "elven", "lefen", "levem", "leben"})
# Words before "leve" that make it the noun "leven" as spoken without its -n.
BEFORE_LIFE: Final = frozenset(
    {
        "het",
        "mijn",
        "m'n",
        "dit",
        "dat",
        "me",
        "te",
        "meer",
        "zo'n",
        "geen",
        "eigen",
        "kut",
        "rot",
        "met",
        "ander",
    }
)
