"""Check-in commands in a room, and the scheduling commands of a private chat (pure).

Room commands start with "checkin" (also "check-in", "/checkin", "!verbonden checkin"):

==============================================  =======  ===========================
``checkin`` / ``checkin hulp``                  anyone   the current setting / help
``checkin elke maandag om 19:00``               admin    days and time (``werkdagen
                                                         9:00``, ``ma/wo/vr 20:00``)
``checkin tijdzone Europe/Brussels``            admin    time zone (place names too)
``checkin vragen licht|contact|rust``           admin    the question set
``checkin antwoordtijd 2 uur``                  admin    how long a round stays open
``checkin samenvatting aan|uit``                admin    the round-up after a round
``checkin nu``                                  admin    open a round right away
``checkin stop``                                admin    no more check-ins
``checkin stil`` / ``checkin meedoen``          anyone   (not) named in round-ups
``checkin privé`` (or the button)               anyone   answer privately
==============================================  =======  ===========================

Private chats: "dagelijks" / "dagelijkse vraag" opens the daily question's settings;
"checkin" explains how check-ins work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.core.language.normalise import normalise, words
from bot.core.schedule import prompts, times

RoomOp = Literal[
    "status",
    "help",
    "unclear",
    "schedule",
    "zone",
    "questions",
    "window",
    "roundup",
    "now",
    "stop",
    "mute",
    "unmute",
    "private",
    "watch",
]
ADMIN_OPS = frozenset(
    {"schedule", "zone", "questions", "window", "roundup", "now", "stop", "watch"}
)
MIN_WINDOW, MAX_WINDOW = 15, 12 * 60

_PREFIX = re.compile(r"^(?:!verbonden\b[:,]?\s*)?/?(?:check\s?-?\s?in|checkin)(?:@\w+)?\b[:,]?\s*")
_WORDS: dict[RoomOp, tuple[str, ...]] = {
    "help": ("hulp", "help", "uitleg", "?", "opties", "info"),
    "stop": ("stop", "stoppen", "uit", "uitzetten", "weg"),
    "now": ("nu", "start nu", "nu starten", "test", "nu doen"),
    "mute": ("stil", "mute", "dempen", "niet noemen", "noem me niet", "anoniem"),
    "unmute": ("meedoen", "unmute", "wel noemen", "noem me", "noem me wel", "niet meer stil"),
    "private": ("prive", "privé", "prive antwoorden", "liever prive antwoorden", "privebericht"),
}
_SETTINGS: dict[str, tuple[str, ...]] = {
    "zone": ("tijdzone", "zone"),
    "questions": ("vragen", "vragenset", "thema", "set"),
    "window": ("antwoordtijd", "venster", "duur", "open"),
    "roundup": ("samenvatting", "overzicht", "roundup"),
    "watch": ("waakzaam", "veiligheid", "oplettend", "bewaking", "waken"),
}
_ON = frozenset({"aan", "ja", "on", "aanzetten"})
_OFF = frozenset({"uit", "nee", "off", "uitzetten"})


@dataclass(frozen=True, slots=True)
class RoomCommand:
    op: RoomOp
    days: str | None = None  # "0,2,4"
    time: str | None = None  # "HH:MM"
    value: str | int | None = None
    problem: str | None = None  # the text key that explains what was wrong

    @property
    def admin(self) -> bool:
        return self.op in ADMIN_OPS


def room_command(text: str) -> RoomCommand | None:
    """The check-in command in a room message, or None when it is not one."""
    norm = normalise(text)
    plain_text = " ".join(words(norm))
    if plain_text in ("liever prive antwoorden", "prive antwoorden"):
        return RoomCommand("private")  # the button under a check-in question
    prefix = _PREFIX.match(norm)
    if not prefix:
        return None
    rest = norm[prefix.end() :].strip()
    rest_words = words(rest)
    said = " ".join(rest_words)
    if not said:
        return RoomCommand("status") if "?" not in rest else RoomCommand("help")
    for op, phrases in _WORDS.items():
        if said in phrases:
            return RoomCommand(op)
    head, tail = rest_words[0], " ".join(rest_words[1:])
    original_tail = rest.split(None, 1)[1] if len(rest.split(None, 1)) > 1 else ""
    if head in _SETTINGS["zone"]:
        found = times.parse_zone(original_tail)
        return RoomCommand("zone", value=found) if found else _unclear("checkin_bad_zone")
    if head in _SETTINGS["questions"]:
        if tail in prompts.CHECKIN_SETS:
            return RoomCommand("questions", value=tail)
        return _unclear("checkin_bad_questions")
    if head in _SETTINGS["window"]:
        minutes = times.parse_minutes(tail)
        if minutes is None or not MIN_WINDOW <= minutes <= MAX_WINDOW:
            return _unclear("checkin_bad_window")
        return RoomCommand("window", value=minutes)
    if head in _SETTINGS["watch"]:
        if tail in _ON:
            return RoomCommand("watch", value=1)
        if tail in _OFF:
            return RoomCommand("watch", value=0)
        return _unclear("checkin_unclear")
    if head in _SETTINGS["roundup"]:
        if tail in _ON:
            return RoomCommand("roundup", value=1)
        if tail in _OFF:
            return RoomCommand("roundup", value=0)
        return _unclear("checkin_unclear")
    recurrence = times.parse_recurrence(rest)
    if recurrence is None:
        return _unclear("checkin_unclear")
    return RoomCommand(
        "schedule",
        days=times.days_text(recurrence.days),
        time=times.format_time(recurrence.at),
    )


def _unclear(problem: str) -> RoomCommand:
    return RoomCommand("unclear", problem=problem)


_DAILY = frozenset(
    {"dagelijks", "dagelijkse vraag", "dagvraag", "vraag van de dag", "mijn dagelijkse vraag"}
)


def private_command(text: str) -> Literal["daily", "checkin"] | None:
    """ "dagelijks" opens the daily question's settings; "checkin" explains check-ins."""
    norm = normalise(text)
    prefix = _PREFIX.match(norm)
    if prefix and not words(norm[prefix.end() :]):
        return "checkin"
    plain_text = " ".join(words(norm.lstrip("/")))
    return "daily" if plain_text in _DAILY else None


_NUMBER_WORDS = ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")


def count_words(n: int) -> str:
    """ "twee", "drie" … for small numbers, digits beyond ten."""
    if 0 <= n < len(_NUMBER_WORDS):
        return _NUMBER_WORDS[n]
    return "tien" if n == 10 else str(n)


def who_joined(named: list[str], unnamed: int) -> str:
    """ "Anna", "Anna en Bram", "Anna, Bram en nog twee anderen", "iemand"."""
    names = sorted(named, key=str.casefold)
    if unnamed == 1 and not names:
        return "iemand"
    if unnamed:
        others = "nog iemand" if unnamed == 1 else f"nog {count_words(unnamed)} anderen"
        if not names:
            others = f"{count_words(unnamed)} mensen"
        names = [*names, others]
    return times.join_words(names)
