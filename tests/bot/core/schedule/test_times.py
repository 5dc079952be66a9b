"""Dutch times, days and durations, and next moments across daylight-saving switches."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.schedule import times

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("om 9 uur", "09:00"),
        ("9u", "09:00"),
        ("negen uur", "09:00"),
        ("20:30", "20:30"),
        ("20.30", "20:30"),
        ("8u30", "08:30"),
        ("19h00", "19:00"),
        ("'s avonds", "20:00"),
        ("’s ochtends", "09:00"),
        ("'s middags", "13:00"),
        ("half negen", "08:30"),  # half nine is 08:30, not 09:30
        ("half 9", "08:30"),
        ("kwart over negen", "09:15"),
        ("kwart voor tien", "09:45"),
        ("tien voor half tien", "09:20"),
        ("vijf over half negen", "08:35"),
        ("tien over acht", "08:10"),
        ("half een", "12:30"),
        ("7 uur 's avonds", "19:00"),
        ("half 9 's avonds", "20:30"),
        ("om 9 uur 's avonds", "21:00"),
        ("maandagavond om 8 uur", "20:00"),
        ("12 uur 's middags", "12:00"),
        ("rond tienen", "10:00"),
        # A bare early hour is the evening: 07:00 falls in the quiet hours anyway.
        ("om 7 uur", "19:00"),
        ("kwart over zeven", "19:15"),
        ("half acht", "19:30"),
        # Written as a 24-hour time it is taken literally.
        ("07:30", "07:30"),
        ("8 uur 's ochtends", "08:00"),
        # English suffixes: "8pm" is the evening, never 08:00.
        ("8pm", "20:00"),
        ("8 pm", "20:00"),
        ("7.30pm", "19:30"),
        ("12pm", "12:00"),
        ("12am", "00:00"),
        ("9am", "09:00"),
        # Meals and bedtime tell the time of many people's day.
        ("na het avondeten", "19:00"),
        ("bij het ontbijt", "08:30"),
        ("voor het slapengaan", "21:30"),
        ("om 10 uur naar bed", "22:00"),
        ("ik kom om 8 uur uit bed", "08:00"),  # out of bed is the morning
        ("voor het slapen gaan", "21:30"),
        ("als ik wakker word", "08:00"),
        ("bij het opstaan", "08:00"),
        ("middernacht", "00:00"),
        # Hours the old way, and "about four" (the afternoon, as the morning is quiet).
        ("tegen zessen", "18:00"),
        ("zo rond elven", "11:00"),
        ("rond een uur of vier", "16:00"),
        # Flemish "na" for "over"; a part of the day with early or late; four digits.
        ("kwart na 8", "08:15"),
        ("tien na acht 's avonds", "20:10"),
        ("5 na half 9", "08:35"),
        ("laat in de middag", "16:30"),
        ("vroeg in de avond", "18:30"),
        ("'s avonds laat", "22:00"),
        ("'s ochtends vroeg", "07:30"),
        ("half acht in de morgen", "07:30"),
        ("morgen om 7 uur 's avonds", "19:00"),  # tomorrow, not the morning
        ("8 uur savond", "20:00"),
        ("rond het middaguur", "12:00"),
        ("rond etenstijd", "18:30"),
        ("1930", "19:30"),
        ("21.00u", "21:00"),
        ("hoe laat? 's avonds", "20:00"),  # "hoe laat" is no late evening
    ],
)
def test_times_as_people_type_them(text: str, expected: str) -> None:
    found = times.read_time(text)
    assert found is not None, text
    assert times.format_time(found) == expected


@pytest.mark.parametrize("text", ["ik kan niet slapen", "na de koffie", "ik lig in bed"])
def test_words_about_sleep_or_coffee_alone_are_no_time(text: str) -> None:
    assert times.parse_time(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "hallo",
        "tussen 8 en 9",
        "morgen",
        "",
        "ja graag",
        "25:00",
        "ik ga naar bed",
        "kan ik met een echt persoon praten",  # "een" as the article
    ],
)
def test_no_time_is_none(text: str) -> None:
    assert times.read_time(text) is None


def test_literal_reading_without_quiet_hours() -> None:
    assert times.read_time("kwart over zeven", quiet=None) == time(7, 15)
    # Both readings quiet (20:00-10:00): nothing to gain, so taken literally.
    assert times.read_time("om 9 uur", quiet=(20, 10)) == time(9, 0)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("elke maandag", {0}),
        ("maandagen", {0}),
        ("werkdagen", {0, 1, 2, 3, 4}),
        ("doordeweeks", {0, 1, 2, 3, 4}),
        ("in het weekend", {5, 6}),
        ("elke dag", set(range(7))),
        ("dagelijks", set(range(7))),
        ("ma/wo/vr", {0, 2, 4}),
        ("ma, wo en vr", {0, 2, 4}),
        ("ma-vr", {0, 1, 2, 3, 4}),
        ("maandag t/m donderdag", {0, 1, 2, 3}),
        ("vrijdag tot maandag", {4, 5, 6, 0}),
        ("dinsdag en donderdag", {1, 3}),
        ("zondagavond", {6}),
    ],
)
def test_days(text: str, days: set[int]) -> None:
    assert times.parse_days(text) == frozenset(days)


@pytest.mark.parametrize(
    ("text", "days", "at"),
    [
        ("elke maandag om 19:00", {0}, "19:00"),
        ("werkdagen 9:00", {0, 1, 2, 3, 4}, "09:00"),
        ("ma/wo/vr half acht", {0, 2, 4}, "19:30"),
        ("zaterdag om 10 uur 's ochtends", {5}, "10:00"),
    ],
)
def test_recurrences(text: str, days: set[int], at: str) -> None:
    found = times.parse_recurrence(text)
    assert found is not None
    assert found.days == frozenset(days) and times.format_time(found.at) == at


def test_a_recurrence_needs_days_and_a_time() -> None:
    assert times.parse_recurrence("om 19:00") is None
    assert times.parse_recurrence("elke maandag") is None


def test_describing_days() -> None:
    assert times.describe_days({0}) == "elke maandag"
    assert times.describe_days({0, 2, 4}) == "elke maandag, woensdag en vrijdag"
    assert times.describe_days(range(5)) == "op werkdagen"
    assert times.describe_days(range(7)) == "elke dag"


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("2 uur", 120),
        ("twee uur", 120),
        ("90 minuten", 90),
        ("anderhalf uur", 90),
        ("een half uur", 30),
        ("1,5 uur", 90),
        ("45 min", 45),
        ("een kwartier", 15),
    ],
)
def test_durations(text: str, minutes: int) -> None:
    assert times.parse_minutes(text) == minutes


@pytest.mark.parametrize(
    ("text", "days"),
    [("3", 3), ("drie dagen", 3), ("een week", 7), ("twee weken", 14), ("een paar dagen", 3)],
)
def test_day_counts(text: str, days: int) -> None:
    assert times.parse_day_count(text) == days


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Europe/Brussels", "Europe/Brussels"),
        ("europe/lisbon", "Europe/Lisbon"),
        ("België", "Europe/Brussels"),
        ("ik woon op Curaçao", "America/Curacao"),
        ("Suriname", "America/Paramaribo"),
        ("London", "Europe/London"),
    ],
)
def test_zones(text: str, zone: str) -> None:
    assert times.parse_zone(text) == zone


def test_unknown_zone() -> None:
    assert times.parse_zone("Atlantis") is None
    assert times.zone("Nergens/Niets").key == "Europe/Amsterdam"


def test_quiet_hours_wrap_midnight() -> None:
    assert times.is_quiet(time(23), 22, 8) and times.is_quiet(time(7, 59), 22, 8)
    assert not times.is_quiet(time(8), 22, 8) and not times.is_quiet(time(21, 59), 22, 8)
    assert times.is_quiet(time(13), 12, 14) and not times.is_quiet(time(14), 12, 14)
    assert not times.is_quiet(time(3), 5, 5)


# --------------------------------------------------------------------------- DST

SPRING = date(2026, 3, 29)  # Europe: 02:00 -> 03:00
AUTUMN = date(2026, 10, 25)  # Europe: 03:00 -> 02:00


def _utc(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize("switch", [SPRING, AUTUMN])
def test_nine_stays_nine_on_both_sides_of_a_switch(switch: date) -> None:
    moment = _utc(switch - timedelta(days=2), 12)
    seen = []
    for _ in range(5):
        moment = times.next_occurrence(time(9), AMS, moment)
        local = moment.astimezone(AMS)
        assert (local.hour, local.minute) == (9, 0)
        seen.append(local.date())
    assert seen == [switch - timedelta(days=1) + timedelta(days=i) for i in range(5)]


def test_a_time_that_does_not_exist_comes_when_the_clocks_jump() -> None:
    moment = times.next_occurrence(time(2, 30), AMS, _utc(SPRING, 0) - timedelta(hours=2))
    assert moment == _utc(SPRING, 1)  # 03:00 summer time: the first moment past 02:30
    assert moment.astimezone(AMS).time() == time(3, 0)
    following = times.next_occurrence(time(2, 30), AMS, moment)
    assert following.astimezone(AMS) == datetime(2026, 3, 30, 2, 30, tzinfo=AMS)


def test_a_time_that_happens_twice_comes_once() -> None:
    first = times.next_occurrence(time(2, 30), AMS, _utc(AUTUMN, 0) - timedelta(hours=2))
    assert first == _utc(AUTUMN, 0, 30)  # 02:30 summer time, the first of the two
    again = times.next_occurrence(time(2, 30), AMS, first)
    assert again.astimezone(AMS).date() == AUTUMN + timedelta(days=1)


def test_weekdays_and_a_start_day() -> None:
    monday_night = _utc(date(2026, 11, 23), 20)
    found = times.next_occurrence(time(19), AMS, monday_night, frozenset({0}))
    assert found.astimezone(AMS) == datetime(2026, 11, 30, 19, 0, tzinfo=AMS)
    later = times.next_occurrence(time(9), AMS, monday_night, from_day=date(2026, 12, 1))
    assert later.astimezone(AMS) == datetime(2026, 12, 1, 9, 0, tzinfo=AMS)


ZONES = ["Europe/Amsterdam", "Europe/Brussels", "America/Curacao", "America/Santiago"]
ZONES += ["Australia/Lord_Howe", "Pacific/Apia", "America/Havana", "Asia/Tehran"]


@settings(max_examples=400, deadline=None)
@given(
    zone_name=st.sampled_from(ZONES),
    after=st.datetimes(
        min_value=datetime(2010, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
    ),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    days=st.frozensets(st.integers(0, 6), min_size=1),
)
def test_next_occurrence_is_soon_after_and_on_the_right_day(
    zone_name: str, after: datetime, hour: int, minute: int, days: frozenset[int]
) -> None:
    where = ZoneInfo(zone_name)
    found = times.next_occurrence(time(hour, minute), where, after, days)
    assert after < found <= after + timedelta(days=9)
    local = found.astimezone(where)
    assert local.weekday() in days or (local - timedelta(hours=25)).weekday() in days
    wall = datetime.combine(local.date(), time(hour, minute))
    if local.replace(tzinfo=None) != wall:
        # Only when that clock time did not exist: then it is the first moment past it.
        assert local.replace(tzinfo=None) > wall
        just_before = (found - timedelta(seconds=1)).astimezone(where).replace(tzinfo=None)
        assert just_before < wall


@pytest.mark.parametrize(
    ("stored", "said"),
    [("09:00", "9:00"), ("19:30", "19:30"), ("00:15", "0:15"), ("om 9 uur", "om 9 uur")],
)
def test_times_are_written_one_way_in_texts(stored: str, said: str) -> None:
    """Issue 18: "9u", "09:00" and "om 9 uur" in one evening; texts now say "9:00"."""
    assert times.say_stored(stored) == said
