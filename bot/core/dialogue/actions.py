"""The allow-list: the only actions and conditions a dialogue file may name.

Dialogue files are data written by maintainers, so they must not be able to call
arbitrary code. Each entry declares its parameters; the loader checks names and
parameter types, and the engine calls the functions during a turn.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import time, timedelta
from typing import Any, Protocol

from bot.core import journal
from bot.core.language.normalise import words as plain_words
from bot.core.language.understand import INTENT_NAMES, lemmas
from bot.core.listening import drafts
from bot.core.messages import (
    Action,
    DailyPrompt,
    DeleteJournal,
    ExportData,
    ForgetUser,
    Profile,
    SaveJournal,
    ScheduleFollowUp,
    ShowJournal,
    SlotValue,
)
from bot.core.schedule import times


@dataclass(frozen=True, slots=True)
class QuietHours:
    """The local hours [start, end) in which nothing is sent; they may wrap midnight.

    The same numbers as [scheduler] quiet_hours_start/end, so the dialogue that sets up
    the daily question accepts exactly the times the scheduler will send at. start ==
    end means no quiet hours at all.
    """

    start: int = 22
    end: int = 8

    def __post_init__(self) -> None:
        for hour in (self.start, self.end):
            if not 0 <= hour <= 23:
                raise ValueError(f"quiet hours are hours from 0 to 23, not {hour!r}")

    def covers(self, at: time) -> bool:
        return times.is_quiet(at, self.start, self.end)

    def texts(self) -> dict[str, str]:
        """The hours as dialogue texts name them: {stil_vanaf} "22:00", {stil_tot} "8:00"."""
        return {"stil_vanaf": _hour_text(self.start), "stil_tot": _hour_text(self.end)}


def _hour_text(hour: int) -> str:
    return "middernacht" if hour == 0 else f"{hour}:00"


class TurnContext(Protocol):
    """What an action may touch: the conversation's slots, profile and outbox.

    ``quiet`` is the configured quiet hours, for conditions to read (never to change).
    """

    slots: dict[str, SlotValue]
    profile: Profile
    resume: tuple[str, str] | None
    quiet: QuietHours

    def emit(self, action: Action) -> None: ...


@dataclass(frozen=True, slots=True)
class Builtin:
    fn: Callable[..., Any]
    params: Mapping[str, type]  # name -> expected type (list means list[str])
    doc: str


def _journal(ctx: TurnContext, fields: list[str]) -> None:
    entry = {name: ctx.slots[name] for name in fields if name in ctx.slots}
    if entry:
        ctx.emit(SaveJournal({"soort": "gevoel", **entry}))


def _journal_note(ctx: TurnContext, soort: str, value: str, fields: list[str]) -> None:
    """How a daily question or a follow-up went, only after the person's one yes to that.

    ``value`` is the outcome as the dialogue names it ("fijn", "ja"); empty: take the
    slot ``uitkomst`` (how free words sounded). Never the person's own words.
    """
    if ctx.profile.journal_more is not True:
        return
    entry: dict[str, SlotValue] = {"soort": soort}
    entry.update({name: ctx.slots[name] for name in fields if name in ctx.slots})
    outcome = value or ctx.slots.get("uitkomst")
    if outcome:
        entry["uitkomst"] = outcome
    ctx.emit(SaveJournal(entry))


def _journal_more(ctx: TurnContext, value: str) -> None:
    from dataclasses import replace

    ctx.profile = replace(ctx.profile, journal_more=value == "ja")


def _journal_show(ctx: TurnContext, days: int) -> None:
    ctx.emit(ShowJournal(days or None))


def _journal_delete(ctx: TurnContext, scope: str) -> None:
    if scope in ("last", "all"):
        ctx.emit(DeleteJournal("last" if scope == "last" else "all"))


def _journal_delete_day(ctx: TurnContext, slot: str) -> None:
    said = str(ctx.slots.get(slot, ""))
    if journal.parse_day(said) is not None:
        ctx.emit(DeleteJournal("day", said))


def _day_format(ctx: TurnContext, slot: str) -> None:
    found = journal.parse_day(str(ctx.slots.get(slot, "")))
    if found is not None:
        ctx.slots[slot] = found.words()


def _follow_up(ctx: TurnContext, target: str, after_hours: int, keep: list[str]) -> None:
    context = {name: ctx.slots[name] for name in keep if name in ctx.slots}
    ctx.emit(ScheduleFollowUp(target, timedelta(hours=after_hours), context))


def _set_region(ctx: TurnContext, region: str) -> None:
    from dataclasses import replace

    ctx.profile = replace(ctx.profile, region=region)


def _mark_welcomed(ctx: TurnContext) -> None:
    from dataclasses import replace

    ctx.profile = replace(ctx.profile, welcomed=True)


def _export_data(ctx: TurnContext) -> None:
    ctx.emit(ExportData())


def _forget_user(ctx: TurnContext) -> None:
    ctx.emit(ForgetUser())


def _forget_slots(ctx: TurnContext, names: list[str]) -> None:
    for name in names:
        ctx.slots.pop(name, None)


MAX_PAUSE_DAYS = 90


def _daily_time(ctx: TurnContext, slot: str) -> None:
    """Start the daily question (or change its time) at the time the user typed in ``slot``."""
    from dataclasses import replace

    at = _read_time(ctx, slot)
    if at is None:
        return
    chosen = times.format_time(at)
    ctx.slots[slot] = chosen  # shown back as "09:00"
    ctx.profile = replace(ctx.profile, daily=chosen)
    ctx.emit(DailyPrompt("start", time=chosen, zone=times.region_zone(ctx.profile.region)))


def _daily_show(ctx: TurnContext, slot: str) -> None:
    ctx.slots[slot] = ctx.profile.daily or ""


def _daily_pause(ctx: TurnContext, slot: str) -> None:
    days = times.parse_day_count(str(ctx.slots.get(slot, "")))
    if days is not None:
        days = min(days, MAX_PAUSE_DAYS)
        ctx.slots[slot] = days  # shown back as a number
        ctx.emit(DailyPrompt("pause", days=days))


def _read_time(ctx: TurnContext, slot: str) -> time | None:
    """The time typed in ``slot``; a bare hour in the quiet hours may mean the evening."""
    return times.read_time(str(ctx.slots.get(slot, "")), quiet=(ctx.quiet.start, ctx.quiet.end))


def _time_format(ctx: TurnContext, slot: str) -> None:
    at = _read_time(ctx, slot)
    if at is not None:
        ctx.slots[slot] = times.format_time(at)


def _daily_resume(ctx: TurnContext) -> None:
    ctx.emit(DailyPrompt("resume"))


def _daily_stop(ctx: TurnContext) -> None:
    from dataclasses import replace

    ctx.profile = replace(ctx.profile, daily=None)
    ctx.emit(DailyPrompt("stop"))


def _daily_zone(ctx: TurnContext, slot: str) -> None:
    said = str(ctx.slots.get(slot, ""))
    found = times.parse_zone(said)
    if found:
        # The place as the person named it, for the reply: "Lissabon", not "Europe/Lisbon".
        ctx.slots["zone_plaats"] = said.strip()[:40]
        ctx.slots[slot] = found
        ctx.emit(DailyPrompt("timezone", zone=found))


def _daily_answered(ctx: TurnContext) -> None:
    ctx.emit(DailyPrompt("answered"))


def _compose_draft(ctx: TurnContext) -> None:
    # The draft in correct Dutch from the name and the observation (bot.core.listening.drafts).
    name = ctx.slots.get("naam")
    ctx.slots["concept"] = drafts.compose(
        str(name) if name else None, str(ctx.slots.get("observatie", ""))[:400]
    )


ACTIONS: Mapping[str, Builtin] = {
    "compose_draft": Builtin(_compose_draft, {}, "write the message draft into slot concept"),
    "journal": Builtin(_journal, {"fields": list}, "keep these slots in the mood journal"),
    "journal_note": Builtin(
        _journal_note,
        {"soort": str, "value": str, "fields": list},
        "note how a daily question or follow-up went (only after the user's yes to that)",
    ),
    "journal_more": Builtin(
        _journal_more, {"value": str}, "the user's yes (ja) or no (nee) to journal notes"
    ),
    "journal_show": Builtin(
        _journal_show, {"days": int}, "show the journal's last N days (0: all) as a chart"
    ),
    "journal_delete": Builtin(
        _journal_delete, {"scope": str}, "delete the journal's last entry (last) or all of it"
    ),
    "journal_delete_day": Builtin(
        _journal_delete_day, {"slot": str}, "delete the journal entries of the day in slot"
    ),
    "day_format": Builtin(_day_format, {"slot": str}, "write the day in slot as the bot says it"),
    "follow_up": Builtin(
        _follow_up,
        {"target": str, "after_hours": int, "keep": list},
        "come back at target later, remembering the named slots",
    ),
    "set_region": Builtin(_set_region, {"region": str}, "store the region for crisis lines"),
    "mark_welcomed": Builtin(_mark_welcomed, {}, "the welcome has been shown"),
    "export_data": Builtin(_export_data, {}, "send everything stored about the user"),
    "forget_user": Builtin(_forget_user, {}, "delete everything stored about the user"),
    "forget_slots": Builtin(_forget_slots, {"names": list}, "drop slots no longer needed"),
    "daily_time": Builtin(
        _daily_time, {"slot": str}, "start the daily question at the time in slot, or move it"
    ),
    "daily_show": Builtin(_daily_show, {"slot": str}, "put the daily question's time in slot"),
    "time_format": Builtin(_time_format, {"slot": str}, "write the time in slot as HH:MM"),
    "daily_pause": Builtin(_daily_pause, {"slot": str}, "pause the daily question for N days"),
    "daily_resume": Builtin(_daily_resume, {}, "end a pause of the daily question"),
    "daily_stop": Builtin(_daily_stop, {}, "stop the daily question"),
    "daily_zone": Builtin(_daily_zone, {"slot": str}, "set the time zone named in slot"),
    "daily_answered": Builtin(_daily_answered, {}, "the user answered (or skipped) a question"),
}


def _slot_in(ctx: TurnContext, slot: str, values: list[str]) -> bool:
    return str(ctx.slots.get(slot, "")) in values


def _slot_less(ctx: TurnContext, slot: str, than: str) -> bool:
    left, right = ctx.slots.get(slot), ctx.slots.get(than)
    return isinstance(left, int) and isinstance(right, int) and left < right


def _slot_greater(ctx: TurnContext, slot: str, than: str) -> bool:
    left, right = ctx.slots.get(slot), ctx.slots.get(than)
    return isinstance(left, int) and isinstance(right, int) and left > right


def _slot_at_least(ctx: TurnContext, slot: str, value: int) -> bool:
    found = ctx.slots.get(slot)
    return isinstance(found, int) and found >= value


def _has_resume(ctx: TurnContext) -> bool:
    return ctx.resume is not None


def _has_region(ctx: TurnContext) -> bool:
    return ctx.profile.region is not None


def _has_daily(ctx: TurnContext) -> bool:
    return ctx.profile.daily is not None


# Both read the configured quiet hours (Engine(quiet=...)), the ones the scheduler honours.
def _time_ok(ctx: TurnContext, slot: str) -> bool:
    at = _read_time(ctx, slot)
    return at is not None and not ctx.quiet.covers(at)


def _time_quiet(ctx: TurnContext, slot: str) -> bool:
    at = _read_time(ctx, slot)
    return at is not None and ctx.quiet.covers(at)


def _days_ok(ctx: TurnContext, slot: str) -> bool:
    days = times.parse_day_count(str(ctx.slots.get(slot, "")))
    return days is not None and days <= MAX_PAUSE_DAYS


def _day_ok(ctx: TurnContext, slot: str) -> bool:
    return journal.parse_day(str(ctx.slots.get(slot, ""))) is not None


def _journal_asked(ctx: TurnContext) -> bool:
    return ctx.profile.journal_more is not None


def _zone_ok(ctx: TurnContext, slot: str) -> bool:
    return times.parse_zone(str(ctx.slots.get(slot, ""))) is not None


# Slots an action writes, so texts may use them as {placeholders}.
ACTION_SLOTS: Mapping[str, tuple[str, ...]] = {
    "compose_draft": ("concept",),
    "daily_zone": ("zone_plaats",),
}


def _slot_mentions(ctx: TurnContext, slot: str, words: list[str]) -> bool:
    """The person's words in ``slot`` include one of ``words`` (as typed or as lemma)."""
    text = str(ctx.slots.get(slot, ""))
    said = set(lemmas(text)) | set(plain_words(text))
    return any(w in said for w in words)


def _has_slot(ctx: TurnContext, slot: str) -> bool:
    return ctx.slots.get(slot) not in (None, "")


CONDITIONS: Mapping[str, Builtin] = {
    "has_slot": Builtin(_has_slot, {"slot": str}, "slot holds a value"),
    "slot_in": Builtin(_slot_in, {"slot": str, "values": list}, "slot holds one of values"),
    "slot_less": Builtin(_slot_less, {"slot": str, "than": str}, "number slot < other slot"),
    "slot_greater": Builtin(_slot_greater, {"slot": str, "than": str}, "number slot > other"),
    "slot_at_least": Builtin(_slot_at_least, {"slot": str, "value": int}, "number slot >= value"),
    "slot_mentions": Builtin(
        _slot_mentions, {"slot": str, "words": list}, "slot's text has one of the words"
    ),
    "has_resume": Builtin(_has_resume, {}, "the user came here from elsewhere"),
    "has_region": Builtin(_has_region, {}, "the user's region is known"),
    "has_daily": Builtin(_has_daily, {}, "the user gets a daily question"),
    "time_ok": Builtin(_time_ok, {"slot": str}, "slot holds a clock time outside quiet hours"),
    "time_quiet": Builtin(_time_quiet, {"slot": str}, "slot holds a time in the quiet hours"),
    "zone_ok": Builtin(_zone_ok, {"slot": str}, "slot names a time zone, place or country"),
    "days_ok": Builtin(_days_ok, {"slot": str}, "slot holds a number of days (at most 90)"),
    "day_ok": Builtin(_day_ok, {"slot": str}, "slot names a day (gisteren, dinsdag, 3 december)"),
    "journal_asked": Builtin(_journal_asked, {}, "the user said yes or no to notes in the journal"),
}

# Intents a state may listen for in free text, beyond its choices (bot/data/intents_nl.toml).
INTENTS: frozenset[str] = INTENT_NAMES


def check_params(kind: str, name: str, params: Any, table: Mapping[str, Builtin]) -> str | None:
    """Why ``params`` do not fit the allow-listed ``name``, or None when they do."""
    if name not in table:
        known = ", ".join(sorted(table))
        return f"unknown {kind} {name!r} (allowed: {known})"
    expected = table[name].params
    if params is None:
        params = {}
    if not isinstance(params, dict):
        return f"{kind} {name!r} takes a mapping of parameters, got {type(params).__name__}"
    missing = set(expected) - set(params)
    extra = set(params) - set(expected)
    if missing:
        return f"{kind} {name!r} is missing parameter(s): {', '.join(sorted(missing))}"
    if extra:
        return f"{kind} {name!r} has unknown parameter(s): {', '.join(sorted(extra))}"
    for key, typ in expected.items():
        value = params[key]
        if typ is list and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            return f"{kind} {name!r}: parameter {key!r} must be a list of words"
        if typ is not list and (not isinstance(value, typ) or isinstance(value, bool)):
            return f"{kind} {name!r}: parameter {key!r} must be {typ.__name__}"
    return None
