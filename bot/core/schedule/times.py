"""Dutch times, days and durations as people type them, and DST-safe next moments.

Times: "20:30", "20.30", "8u30", "om 9 uur", "9u", "negen uur", "half negen" (08:30),
"kwart over zeven" (07:15), "tien voor half acht" (07:20), "'s avonds" (20:00),
"7 uur 's avonds" (19:00), "maandagavond om 8 uur" (20:00).

A bare hour without a part of the day ("om 7 uur", "half acht") is read as the
afternoon or evening when the morning falls in the quiet hours and the evening does
not (with the default 22:00-8:00: the hours 1 to 7): nobody asks for a message at a
time the bot never sends one. A written 24-hour time ("07:30") is always literal.

Days: "elke maandag", "maandagen", "ma/wo/vr", "ma, wo en vr", "ma-vr",
"maandag t/m vrijdag", "werkdagen", "doordeweeks", "weekend", "elke dag", "dagelijks".

Next moments (:func:`next_occurrence`) are computed in the local zone, so 09:00 stays
09:00 on both sides of a daylight-saving switch. A time that does not exist on a day
(02:30 when the clocks jump from 02:00 to 03:00) comes at the jump itself: the first
moment the clock has passed it. A time that happens twice (02:30 when the clocks go
back) comes once, the first time.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.core.language import understand as language
from bot.core.language.normalise import normalise, words
from bot.core.paths import DATA

ALL_DAYS = frozenset(range(7))
WORKDAYS = frozenset(range(5))
WEEKEND = frozenset({5, 6})
DAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
DEFAULT_ZONE = "Europe/Amsterdam"
REGION_ZONES = {"nl": "Europe/Amsterdam", "be": "Europe/Brussels"}

# --------------------------------------------------------------------------- times

# Part of the day -> (name, time it means on its own), from bot/data/times_nl.toml.
_TIMES = tomllib.loads((DATA / "times_nl.toml").read_text("utf-8"))
_PARTS: dict[str, tuple[str, time | None]] = {
    w: (entry["part"], time.fromisoformat(entry["time"]) if "time" in entry else None)
    for entry in _TIMES["parts"]
    for w in entry["words"]
}
_HOURS_EN: dict[str, int] = _TIMES["hours_en"]
# Part -> (early, late) times, from the part's first entry that names them.
_SHIFTS: dict[str, tuple[time, time]] = {}
for _entry in _TIMES["parts"]:
    if "early" in _entry:
        _early, _late = time.fromisoformat(_entry["early"]), time.fromisoformat(_entry["late"])
        _SHIFTS.setdefault(_entry["part"], (_early, _late))
_EARLY = frozenset(_TIMES["shift"]["early"])
_LATE = frozenset(_TIMES["shift"]["late"])

_AM_PM = re.compile(r"\b(\d{1,2}(?:[:.]\d{2})?)\s*(am|pm)\b")
_CLOCK = re.compile(r"\b([01]?\d|2[0-4])\s*[:.uh]\s*([0-5]\d)(?:u|h|uur)?\b")
_DIGITS_ONLY = re.compile(r"^\s*([01]?\d|2[0-3])([0-5]\d)\s*$")  # "1930", "0830"
_HOUR_UNIT = re.compile(r"^(\d{1,2})(?:u|h|uur)$")
_OVER_HALF = re.compile(r"\b(\d{1,2}) (over|voor|na) half (\d{1,2})\b")
_HALF = re.compile(r"\bhalf (\d{1,2})\b")
_OVER = re.compile(r"\b(\d{1,2}) (over|voor|na) (\d{1,2})\b")  # "na": Flemish
_BARE = re.compile(r"\b(\d{1,2})\b")
_ABOUT = re.compile(r"\buur of (\d{1,2})\b")
_NOT_A_NUMBER = frozenset({"half", "kwart", "over", "voor", "uur", "om", "rond", "tegen", "s"})


@dataclass(frozen=True, slots=True)
class ParsedTime:
    value: time
    explicit: bool  # a 24-hour clock time, or a part of the day was named


def _part_of(word: str) -> str | None:
    """The part of the day a word names, also inside "maandagavond" or "'s avonds"."""
    if word in _PARTS:
        return _PARTS[word][0]
    for day in DAY_NAMES:
        if word.startswith(day) and word[len(day) :] in _PARTS:
            return _PARTS[word[len(day) :]][0]
    return None


def _number_token(token: str) -> str:
    """A token as digits when it is a number ("negen" -> "9", "9u" -> "9"), else as is."""
    if token.isdigit():
        return token
    if unit := _HOUR_UNIT.match(token):
        return unit.group(1)
    if token == "kwart":
        return "15"
    if token in _NOT_A_NUMBER or token in _PARTS or len(token) < 3:
        return token
    value = language.parse_number(token, 0, 60)
    if value is None and token.endswith("en"):  # "rond tienen", "om negenen"
        value = _HOURS_EN.get(token) or language.parse_number(token[:-2], 1, 12)
    return str(value) if value is not None else token


_AROUND_ONE = frozenset({"om", "half", "over", "voor", "rond", "tegen", "kwart", "tot"})


def _an_article(tokens: list[str], i: int) -> bool:
    """ "een" as the article ("met een echt persoon"), not one o'clock ("om een uur")."""
    if tokens[i] != "een":
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    before = tokens[i - 1] if i > 0 else ""
    return after not in ("uur", "uurtje") and before not in _AROUND_ONE


def _before(hour: int) -> int:
    """The hour before ``hour`` on a 12-hour dial: "half een" is 12:30, not 00:30."""
    return 12 if hour == 1 else hour - 1


def _with_part(hour: int, part: str | None) -> int:
    if part == "pm":
        return hour + 12 if 1 <= hour <= 11 else hour
    if part == "am":
        return 0 if hour == 12 else hour
    if part in ("middag", "namiddag") and 1 <= hour <= 6:
        return hour + 12
    if part == "avond" and 1 <= hour <= 11:
        return hour + 12
    if part in ("avond", "nacht") and hour == 12:
        return 0
    if part == "nacht" and 6 <= hour <= 11:
        return hour + 12
    return hour


def _shifted(tokens: list[str], part: str) -> time | None:
    """The early or late time of a part named with "vroeg" or "laat" ("'s avonds laat")."""
    said = set(tokens) - ({"laat"} if "hoe" in tokens else set())
    early, late = _SHIFTS[part]
    if said & _EARLY:
        return early
    return late if said & _LATE else None


def parse_time(text: str) -> ParsedTime | None:
    """The clock time in a message, or None when there is none (or it is not clear)."""
    # "8pm", "7.30am": the suffix as a word; "slapen gaan" is "slapengaan" (bedtime).
    norm = _AM_PM.sub(r"\1 \2", normalise(text)).replace("slapen gaan", "slapengaan")
    tokens = words(norm)
    said = next(
        (
            w
            for i, w in enumerate(tokens)
            if _part_of(w)
            and (w != "bed" or tokens[i - 1 : i] == ["naar"])
            and (w != "morgen" or tokens[i - 1 : i] == ["de"])
        ),
        None,
    )  # "naar bed" is the evening, "om 7 uur uit bed" is not; "morgen" is tomorrow
    part = _part_of(said) if said else None
    hour: int | None = None
    minute = 0
    explicit = part is not None
    if clock := _CLOCK.search(norm) or _DIGITS_ONLY.match(norm):
        hour, minute = int(clock.group(1)) % 24, int(clock.group(2))
        explicit = True
    else:
        spoken = " ".join(
            t if _an_article(tokens, i) else _number_token(t) for i, t in enumerate(tokens)
        )
        if found := _OVER_HALF.search(spoken):
            n, way, h = int(found.group(1)), found.group(2), int(found.group(3))
            if not 1 <= n <= 29:
                return None
            hour, minute = _before(h), 30 + n if way in ("over", "na") else 30 - n
        elif found := _HALF.search(spoken):
            hour, minute = _before(int(found.group(1))), 30
        elif found := _OVER.search(spoken):
            n, way, h = int(found.group(1)), found.group(2), int(found.group(3))
            if not 1 <= n <= 59:
                return None
            hour, minute = (h, n) if way in ("over", "na") else (_before(h), 60 - n)
        elif found := _ABOUT.search(spoken):  # "een uur of vier": about four
            hour = int(found.group(1))
        else:
            numbers = _BARE.findall(spoken)
            if len(set(numbers)) > 1:
                return None  # "tussen 8 en 9": not one time
            if numbers:
                hour = int(numbers[0])
    if hour is None:
        if part is None:
            return None
        # "maandagavond" is no word of its own: the part's first (own) time.
        first = next(d for p, d in _PARTS.values() if p == part)
        default = _PARTS[said][1] if said in _PARTS else first
        if part in _SHIFTS and default == first:
            default = _shifted(tokens, part) or default
        return ParsedTime(default, True) if default is not None else None
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    hour = _with_part(hour % 24, part)  # "24:00" is midnight
    explicit = explicit or hour >= 13 or hour == 0
    return ParsedTime(time(hour, minute), explicit)


def read_time(text: str, *, quiet: tuple[int, int] | None = (22, 8)) -> time | None:
    """Like :func:`parse_time`; a bare hour in the ``quiet`` hours may mean the evening.

    "om 7 uur" is 19:00 when 07:00 is quiet and 19:00 is not; ``quiet`` is
    (start, end) as in :func:`is_quiet`, None to take every hour literally.
    """
    parsed = parse_time(text)
    if parsed is None:
        return None
    value = parsed.value
    if quiet is None or parsed.explicit or not 1 <= value.hour <= 11:
        return value
    evening = value.replace(hour=value.hour + 12)
    if is_quiet(value, *quiet) and not is_quiet(evening, *quiet):
        return evening
    return value


def format_time(value: time) -> str:
    """As stored and compared: "09:00"."""
    return f"{value.hour:02d}:{value.minute:02d}"


def say_time(value: time) -> str:
    """As every text writes a time: "9:00", "19:30" (one way, also for the quiet hours)."""
    return f"{value.hour}:{value.minute:02d}"


def say_stored(stored: str) -> str:
    """A stored "09:00" as the texts write it; anything else (a time still as typed) as is."""
    try:
        return say_time(clock_time(stored)) if len(stored) == 5 and stored[2] == ":" else stored
    except ValueError:
        return stored


def clock_time(text: str) -> time:
    """Back from "HH:MM" as stored."""
    hour, _, minute = text.partition(":")
    return time(int(hour), int(minute))


def is_quiet(value: time, start: int, end: int) -> bool:
    """Whether a local time falls in the quiet hours [start, end) (which may wrap midnight)."""
    if start == end:
        return False
    if start < end:
        return start <= value.hour < end
    return value.hour >= start or value.hour < end


# --------------------------------------------------------------------------- days

_DAY_WORDS: dict[str, int] = {}
for _i, _name in enumerate(DAY_NAMES):
    for _form in (_name, _name + "s", _name + "en", _name[:2], _name[:3]):
        _DAY_WORDS[_form] = _i
    for _suffix in ("avond", "ochtend", "middag", "morgen", "avonden", "ochtenden", "middagen"):
        _DAY_WORDS[_name + _suffix] = _i
for _bad in ("zon", "don", "vri", "din", "maa", "zat"):  # too easily something else
    _DAY_WORDS.pop(_bad, None)
_DAY_WORDS["vrij"] = 4
_DAY = r"(?:" + "|".join(sorted(_DAY_WORDS, key=len, reverse=True)) + r")"
_RANGE = re.compile(rf"\b({_DAY})\s*(?:-|–|—|tot en met|t/m|tm|tot|t\.e\.m\.?)\s*({_DAY})\b")
_ALL_PHRASES = ("elke dag", "iedere dag", "alle dagen", "dagelijks", "7 dagen", "zeven dagen")
_WORK_PHRASES = ("werkdag", "werkdagen", "doordeweeks", "door de week", "weekdagen", "weekdag")
_WEEKEND_PHRASES = ("weekend", "weekends", "weekenden")


def parse_days(text: str) -> frozenset[int] | None:
    """The weekdays a message names (Monday is 0), or None when it names none."""
    norm = normalise(text)
    plain_text = " ".join(words(norm))
    padded = f" {plain_text} "
    found: set[int] = set()
    if any(f" {p} " in padded for p in _ALL_PHRASES):
        return ALL_DAYS
    if any(f" {p} " in padded for p in _WORK_PHRASES):
        found |= WORKDAYS
    if any(f" {p} " in padded for p in _WEEKEND_PHRASES):
        found |= WEEKEND
    for first, last in _RANGE.findall(norm):
        a, b = _DAY_WORDS[first], _DAY_WORDS[last]
        span = (b - a) % 7
        found |= {(a + i) % 7 for i in range(span + 1)}
    for word in words(norm):
        if word in _DAY_WORDS:
            found.add(_DAY_WORDS[word])
    return frozenset(found) if found else None


def describe_days(days: Iterable[int]) -> str:
    """ "elke dag", "op werkdagen", "in het weekend", "elke maandag en donderdag"."""
    chosen = frozenset(days)
    if chosen == ALL_DAYS:
        return "elke dag"
    if chosen == WORKDAYS:
        return "op werkdagen"
    if chosen == WEEKEND:
        return "in het weekend"
    return "elke " + join_words([DAY_NAMES[d] for d in sorted(chosen)])


def days_text(days: Iterable[int]) -> str:
    return ",".join(str(d) for d in sorted(set(days)))


def days_from_text(stored: str) -> frozenset[int]:
    return frozenset(int(d) for d in stored.split(",") if d.strip())


def join_words(items: list[str]) -> str:
    """ "a", "a en b", "a, b en c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


@dataclass(frozen=True, slots=True)
class Recurrence:
    days: frozenset[int]
    at: time


def parse_recurrence(text: str) -> Recurrence | None:
    """ "elke maandag om 19:00", "werkdagen 9:00", "ma/wo/vr half acht": days and a time."""
    days = parse_days(text)
    at = read_time(text)
    if days is None or at is None:
        return None
    return Recurrence(days, at)


# --------------------------------------------------------------------------- durations

_DURATION = re.compile(r"(\d+(?:[.,]\d+)?)\s*(uur|uren|u|h|minuten|minuut|min|m|kwartier)\b")


def parse_minutes(text: str) -> int | None:
    """A duration in minutes: "2 uur", "twee uur", "90 minuten", "anderhalf uur"."""
    norm = normalise(text)
    plain_text = " ".join(words(norm))
    if "anderhalf" in plain_text:
        return 90
    if "half uur" in plain_text:
        return 30
    if "kwartier" in plain_text and not re.search(r"\d", plain_text):
        return 15
    spoken = " ".join(_number_token(t) for t in words(norm))
    found = _DURATION.search(norm) or _DURATION.search(spoken)
    if not found:
        return None
    amount = float(found.group(1).replace(",", "."))
    unit = found.group(2)
    if unit in ("uur", "uren", "u", "h"):
        return round(amount * 60)
    if unit == "kwartier":
        return round(amount * 15)
    return round(amount)


_COUNT = re.compile(r"(\d+)\s*(dag|dagen|week|weken|maand|maanden)?\b")


def parse_day_count(text: str) -> int | None:
    """How many days: "3", "drie dagen", "een week", "twee weken", "een paar dagen"."""
    norm = normalise(text)
    plain_text = " ".join(words(norm))
    if "paar dagen" in plain_text or "paar dag" in plain_text:
        return 3
    spoken = " ".join(_number_token(t) for t in words(norm))
    found = _COUNT.search(spoken)
    if found is None:
        if plain_text in ("week", "weekje"):
            return 7
        if plain_text in ("maand", "maandje"):
            return 30
        return None
    amount = int(found.group(1))
    unit = found.group(2) or "dag"
    factor = 7 if unit.startswith("we") else 30 if unit.startswith("maand") else 1
    return amount * factor if amount > 0 else None


_SMALL = ("", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien")


def describe_minutes(minutes: int) -> str:
    """ "een half uur", "een uur", "anderhalf uur", "twee uur", "45 minuten"."""
    if minutes == 30:
        return "een half uur"
    if minutes == 90:
        return "anderhalf uur"
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{_SMALL[hours] if hours < len(_SMALL) else hours} uur"
    return f"{minutes} minuten"


# --------------------------------------------------------------------------- zones

# Dutch names for places people move to or stay in (IANA knows the English ones).
_PLACES: dict[str, str] = tomllib.loads((DATA / "zones_nl.toml").read_text("utf-8"))["places"]


@cache
def _zone_names() -> dict[str, str]:
    """Every IANA zone by its full name and by its city ("lisbon" -> Europe/Lisbon)."""
    names: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if name.startswith(("Etc/", "SystemV/", "posix/", "right/")) or "/" not in name:
            continue
        names[name.lower()] = name
        city = name.rsplit("/", 1)[-1].replace("_", " ").lower()
        names.setdefault(city, name)
    return names


def parse_zone(text: str) -> str | None:
    """An IANA time zone from "Europe/Brussels", "Curaçao", "Suriname" or "Lisbon"."""
    raw = text.strip()
    if raw in _zone_names().values():
        return raw
    found = _zone_names().get(raw.lower())
    if found:
        return found
    plain_text = " ".join(words(normalise(raw)))
    for place, zone_name in _PLACES.items():
        if f" {place} " in f" {plain_text} ":
            return zone_name
    return _zone_names().get(plain_text)


@cache
def zone(name: str | None) -> ZoneInfo:
    """The zone by name; an unknown or empty name falls back to Europe/Amsterdam."""
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def region_zone(region: str | None) -> str:
    return REGION_ZONES.get(region or "", DEFAULT_ZONE)


# --------------------------------------------------------------------------- next moments


def local_moment(day: date, at: time, where: ZoneInfo) -> datetime:
    """The UTC instant the clock in ``where`` shows ``at`` on ``day`` (see the module doc)."""
    first = datetime.combine(day, at, tzinfo=where)
    u0 = first.astimezone(UTC)
    u1 = first.replace(fold=1).astimezone(UTC)
    if u0 <= u1:
        return u0  # an ordinary time, or the first of two
    # A gap: fold 0 lands after it, fold 1 before it. Find the second the clocks jump.
    wall = datetime.combine(day, at)
    lo, hi = int(u1.timestamp()), int(u0.timestamp())
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if datetime.fromtimestamp(mid, where).replace(tzinfo=None) >= wall:
            hi = mid
        else:
            lo = mid
    return datetime.fromtimestamp(hi, UTC)


def next_occurrence(
    at: time,
    where: ZoneInfo,
    after: datetime,
    days: frozenset[int] = ALL_DAYS,
    *,
    from_day: date | None = None,
) -> datetime:
    """The first moment strictly after ``after`` (and not before local ``from_day``) at which
    the clock in ``where`` shows ``at`` on one of ``days``. Returned in UTC."""
    if not days:
        raise ValueError("a recurrence needs at least one day")
    start = after.astimezone(where).date() - timedelta(days=1)
    if from_day is not None and from_day > start:
        start = from_day
    for offset in range(16):
        day = start + timedelta(days=offset)
        if day.weekday() in days:
            moment = local_moment(day, at, where)
            if moment > after:
                return moment
    raise AssertionError("unreachable: every week has each weekday")  # pragma: no cover


def last_occurrence(
    at: time, where: ZoneInfo, until: datetime, days: frozenset[int] = ALL_DAYS
) -> datetime:
    """The latest moment at or before ``until`` at which the clock shows ``at`` on a day."""
    if not days:
        raise ValueError("a recurrence needs at least one day")
    start = until.astimezone(where).date() + timedelta(days=1)
    for offset in range(16):
        day = start - timedelta(days=offset)
        if day.weekday() in days:
            moment = local_moment(day, at, where)
            if moment <= until:
                return moment
    raise AssertionError("unreachable: every week has each weekday")  # pragma: no cover


def local_day(moment: datetime, where: ZoneInfo) -> date:
    return moment.astimezone(where).date()


def quiet_until(moment: datetime, where: ZoneInfo, start: int, end: int) -> datetime | None:
    """When the quiet hours around ``moment`` end, or None when it is not in them."""
    if not is_quiet(moment.astimezone(where).time(), start, end):
        return None
    return next_occurrence(time(end), where, moment)


# --------------------------------------------------------------------------- stored moments


def iso(moment: datetime) -> str:
    """The stored form of a moment: UTC, whole seconds, comparable as text."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def moment(text: str) -> datetime:
    """An ISO moment from the command line ("2026-11-23T09:00:00+01:00"); naive is UTC."""
    value = datetime.fromisoformat(text)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
