"""The mood journal ("mijn dagboek"), read back: which entries, what they show, in words.

Pure: stored entries and the person's local time in; the chart's data, a text sketch
and a few plain sentences out. Drawing the picture is :mod:`bot.runtime.charts`; reading and
deleting rows is the runtime's. The sentences describe, they never judge or diagnose:
"je voelde je vaak onrustig", never "het gaat slecht met je".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import fmean as mean
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.chartdata import ChartData
from bot.core.language.normalise import normalise
from bot.core.schedule.times import DAY_NAMES

# Feeling families as gevoelens.yaml names them; "eigen" is a feeling in one's own words.
FAMILIES = ("bang", "boos", "verdrietig", "blij", "beschaamd", "leeg", "onrustig", "eigen")
FAMILY_WORDS = {"leeg": "leeg of moe", "eigen": "iets in je eigen woorden"}
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MONTHS_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_PARTS = ((6, "'s nachts"), (12, "'s ochtends"), (18, "'s middags"), (24, "'s avonds"))
_BLOCKS = "▁▂▃▄▅▆▇█"
# Outcomes of "was your small step done?" that mean it was, at least partly.
_STEP_DONE = {"ja", "half", "good", "neutral"}
_CONTACT_THEMES = {"contact", "zorg", "delen"}

Texts = Callable[[str], str]  # a text key of common.yaml -> one of its wordings


@dataclass(frozen=True, slots=True)
class Entry:
    """One stored journal entry, at a moment in the person's own time zone."""

    id: int
    at: datetime
    data: Mapping[str, Any]

    @property
    def kind(self) -> str:
        return str(self.data.get("soort", "gevoel"))

    @property
    def family(self) -> str | None:
        if self.kind != "gevoel":
            return None
        found = str(self.data.get("familie", ""))
        return found if found in FAMILIES else "eigen"

    @property
    def intensity(self) -> int | None:
        value = self.data.get("intensiteit")
        return value if isinstance(value, int) and 0 <= value <= 10 else None

    @property
    def reached_out(self) -> bool:
        """Contact with someone, or the small step the person planned (never a judgement
        of how it went: a message without an answer counts as much as a warm one)."""
        outcome = str(self.data.get("uitkomst", ""))
        if self.kind == "dag":
            return str(self.data.get("thema", "")) in _CONTACT_THEMES and outcome == "good"
        if self.kind == "contact":  # noted only once the message was sent
            return True
        return self.kind == "stap" and outcome in _STEP_DONE


Row = tuple[int, datetime, Mapping[str, Any]]  # as the store reads it: id, when (UTC), entry


def entries(rows: Sequence[Row], where: ZoneInfo) -> list[Entry]:
    return [Entry(i, at.astimezone(where), data) for i, at, data in rows]


@dataclass(frozen=True, slots=True)
class Period:
    """The days shown: ``first`` to ``last`` (local dates, inclusive)."""

    first: date
    last: date
    days: int | None  # 7, 30, ... or None for "everything"

    @property
    def length(self) -> int:
        return (self.last - self.first).days + 1


def period(days: int | None, today: date, shown: Sequence[Entry]) -> Period:
    if days is not None:
        return Period(today - timedelta(days=days - 1), today, days)
    first = min((e.at.date() for e in shown), default=today)
    return Period(min(first, today), today, None)


def within(shown: Sequence[Entry], span: Period) -> list[Entry]:
    return [e for e in shown if span.first <= e.at.date() <= span.last]


def chart_data(shown: Sequence[Entry], span: Period, title: str, texts: Texts) -> ChartData:
    points = []
    for e in shown:
        if e.family is not None and e.intensity is not None:
            offset = (e.at.date() - span.first).days + (e.at.hour + e.at.minute / 60) / 24
            points.append((offset, e.intensity, e.family))
    marked = sorted({(d - span.first).days for d in _reached_days(shown)})
    # About six dates under the axis; the year once, on the first, when a new year starts.
    step = 1 if span.length <= 10 else max(1, round(span.length / 6))
    years = span.first.year != span.last.year
    ticks = tuple(
        (t, short_day(span.first + timedelta(days=t), year=years and t == 0))
        for t in range(0, span.length, step)
    )
    return ChartData(
        title=title,
        length=span.length,
        points=tuple(points),
        legend={f: FAMILY_WORDS.get(f, f) for f in FAMILIES},
        marked=tuple(marked),
        marked_label=texts("dagboek_teken_stap"),
        axis_label=texts("dagboek_as"),
        ticks=ticks,
    )


def _reached_days(shown: Sequence[Entry]) -> set[date]:
    return {e.at.date() for e in shown if e.reached_out}


def _daily_means(shown: Sequence[Entry]) -> dict[date, float]:
    by_day: dict[date, list[int]] = {}
    for e in shown:
        if e.intensity is not None and e.family not in (None, "blij"):
            by_day.setdefault(e.at.date(), []).append(e.intensity)
    return {d: mean(v) for d, v in by_day.items()}


def sketch(shown: Sequence[Entry], span: Period, texts: Texts) -> str:
    """The chart in two lines of text: strength per day (or week), and contact marks."""
    weekly = span.length > 62
    step = 7 if weekly else 1
    buckets = range(0, span.length, step)
    means = _daily_means(shown)
    reached = _reached_days(shown)
    bars, marks = [], []
    for start in buckets:
        days = [span.first + timedelta(days=start + i) for i in range(step)]
        values = [means[d] for d in days if d in means]
        bars.append(_BLOCKS[min(7, round(mean(values) * 7 / 10))] if values else "·")
        marks.append("●" if any(d in reached for d in days) else " ")
    head = texts("dagboek_schets_week" if weekly else "dagboek_schets_dag")
    lines = [
        head.format(
            van=short_day(span.first, year=span.first.year != span.last.year),
            tot=short_day(span.last, year=span.first.year != span.last.year),
        ),
        "".join(bars),
    ]
    if reached:
        lines += ["".join(marks).rstrip(), "● " + texts("dagboek_teken_stap")]
    return "\n".join(lines)


def sentences(shown: Sequence[Entry], span: Period, texts: Texts) -> list[str]:
    """Two or three plain sentences about the period: what was felt, when, and contact."""
    felt = [e for e in shown if e.family is not None]
    when = texts(f"dagboek_periode_{span.days}" if span.days in (7, 30) else "dagboek_periode")
    when = when.format(sinds=long_day(span.first, span.last))
    if not felt:
        return [texts("dagboek_geen_gevoel").format(periode=when.lower())]
    out = [texts("dagboek_aantal").format(periode=when, keer=_times(len(felt)))]
    counts = Counter(e.family for e in felt if e.family != "eigen")
    if counts:
        family, n = counts.most_common(1)[0]
        word = FAMILY_WORDS.get(str(family), str(family))
        if n >= 2 and n * 5 >= len(felt) * 2:
            part = _usual_part([e for e in felt if e.family == family])
            key = "dagboek_vaak_moment" if part else "dagboek_vaak"
            out.append(texts(key).format(gevoel=word, moment=part))
        elif len(counts) > 1:
            out.append(texts("dagboek_wisselend"))
    out.append(_contact_sentence(shown, texts))
    return [s for s in out if s]


def _contact_sentence(shown: Sequence[Entry], texts: Texts) -> str:
    reached = _reached_days(shown)
    if not reached:
        return ""
    means = _daily_means(shown)
    with_contact = [v for d, v in means.items() if d in reached]
    without = [v for d, v in means.items() if d not in reached]
    if len(with_contact) < 2 or len(without) < 2:
        return texts("dagboek_stappen").format(dagen=_days(len(reached)))
    a, b = mean(with_contact), mean(without)
    values = {"met": _number(a), "zonder": _number(b)}
    if abs(a - b) < 1:
        return texts("dagboek_contact_gelijk").format(**values)
    key = "dagboek_contact_minder" if a < b else "dagboek_contact_meer"
    return texts(key).format(**values)


def _usual_part(felt: Sequence[Entry]) -> str:
    """ "'s avonds" when most of these entries (two or more) were made then, else ""."""
    parts = Counter(next(name for end, name in _PARTS if e.at.hour < end) for e in felt)
    part, n = parts.most_common(1)[0]
    return part if n >= 2 and n * 2 > len(felt) else ""


def _number(value: float) -> str:
    return f"{value:.1f}".replace(".", ",").removesuffix(",0")


def _times(n: int) -> str:
    return "één keer" if n == 1 else f"{n} keer"


def _days(n: int) -> str:
    return "één dag" if n == 1 else f"{n} dagen"


def short_day(day: date, *, year: bool = False) -> str:
    said = f"{day.day} {MONTHS_SHORT[day.month - 1]}"
    return f"{said} {day.year}" if year else said


def long_day(day: date, today: date | None = None) -> str:
    """ "dinsdag 1 december", with the year when it is not ``today``'s."""
    said = f"{DAY_NAMES[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    return f"{said} {day.year}" if today is not None and day.year != today.year else said


# --- a day the person names, to delete it --------------------------------------------

_RELATIVE = {"vandaag": 0, "gisteren": 1, "eergisteren": 2}
_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_AGO = re.compile(r"^(\d{1,2}|een|twee|drie|vier|vijf|zes) dag(?:en)? geleden$")
_WORD_NUMBERS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6}
_FILLERS = {"op", "van", "afgelopen", "vorige", "vorig", "jl", "j.l.", "de", "het", "dag"}


@dataclass(frozen=True, slots=True)
class DayRef:
    """A day as people name it, before knowing today: "gisteren", "dinsdag", "3 december"."""

    ago: int | None = None  # days before today
    weekday: int | None = None  # the last such weekday, today included
    day: int | None = None  # a date (year: the last one not in the future)
    month: int | None = None
    year: int | None = None

    def resolve(self, today: date) -> date | None:
        if self.ago is not None:
            return today - timedelta(days=self.ago)
        if self.weekday is not None:
            return today - timedelta(days=(today.weekday() - self.weekday) % 7)
        assert self.day is not None and self.month is not None
        years = [self.year] if self.year else [today.year, today.year - 1]
        for year in years:
            try:
                found = date(year, self.month, self.day)
            except ValueError:
                return None
            if found <= today:
                return found
        return None

    def words(self) -> str:
        """How the bot says it back: "gisteren", "dinsdag", "3 december"."""
        if self.ago is not None:
            names = {v: k for k, v in _RELATIVE.items()}
            return names.get(self.ago, f"{self.ago} dagen geleden")
        if self.weekday is not None:
            return DAY_NAMES[self.weekday]
        assert self.day is not None and self.month is not None
        said = f"{self.day} {MONTHS[self.month - 1]}"
        return f"{said} {self.year}" if self.year else said


def parse_day(text: str) -> DayRef | None:
    """A day named in a short message, or None ("gisteren", "afgelopen dinsdag", "3-12")."""
    norm = normalise(text).strip(" .!?")
    if len(norm) > 40:
        return None
    if found := _ISO.match(norm):
        return _checked(DayRef(day=int(found[3]), month=int(found[2]), year=int(found[1])))
    if found := _DATE.match(norm):
        year = found[3] and int(found[3]) + (2000 if len(found[3]) == 2 else 0)
        return _checked(DayRef(day=int(found[1]), month=int(found[2]), year=year or None))
    if found := _AGO.match(norm):
        n = found[1]
        return DayRef(ago=int(n) if n.isdigit() else _WORD_NUMBERS[n])
    words = [w for w in re.findall(r"[a-z0-9]+", norm) if w not in _FILLERS]
    if len(words) == 1 and words[0] in _RELATIVE:
        return DayRef(ago=_RELATIVE[words[0]])
    if len(words) == 1:
        word = words[0]
        for i, name in enumerate(DAY_NAMES):
            if word in (name, name + "s") or (len(word) >= 2 and name.startswith(word)):
                return DayRef(weekday=i)
    if 2 <= len(words) <= 3 and words[0].isdigit():
        month = next(
            (i for i, m in enumerate(MONTHS, 1) if len(words[1]) >= 3 and m.startswith(words[1])),
            None,
        )
        year = int(words[2]) if len(words) == 3 and words[2].isdigit() else None
        if month and (len(words) == 2 or year):
            return _checked(DayRef(day=int(words[0]), month=month, year=year))
    return None


def _checked(ref: DayRef) -> DayRef | None:
    try:
        date(ref.year or 2024, ref.month or 1, ref.day or 1)  # 2024: 29 February exists
    except ValueError:
        return None
    return ref
