"""Check-in scales and items, validation, place in the course, local days and trends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kapjournal.measures import checkins
from kapjournal.measures.checkins import (
    CheckinFileError,
    CheckinInvalid,
    custom_items_from_pref,
    daily_series,
    enabled_extras,
    journal_extras,
    load_checkin_items,
    local_day,
    new_custom_item,
    phase,
    phase_for_checkin,
    series,
    shipped_checkin_items,
    validate_checkin,
    weekly_series,
)
from kapjournal.prefs import CHECKINS_CUSTOM_ITEMS, CHECKINS_EXTRAS
from kapjournal.storage import repo
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.models import Checkin, Session

SHIPPED = Path(checkins.__file__).resolve().parents[2] / "resources" / "checkins" / "items.toml"
BERLIN = ZoneInfo("Europe/Berlin")


# -- items ---------------------------------------------------------------------------
def test_scales_and_items_load() -> None:
    cat = load_checkin_items()
    mood = cat.scales["mood"]
    assert (mood.min, mood.max) == (0, 10)
    assert mood.anchor_label(0) == "Very low"
    assert mood.anchor_label(5) == "Okay"
    assert mood.anchor_label(10) == "Very good"
    assert mood.anchor_label(4) is None
    for name in ("anxiety", "energy", "sleep"):
        scale = cat.scales[name]
        assert (scale.min, scale.max) == (0, 10) and scale.anchor_label(0) and scale.anchor_label(10)
        assert scale.source
    assert {"calm", "sad", "anxious", "hopeful"} <= set(cat.feelings)
    extras = cat.extras
    assert (extras["pain"].min, extras["pain"].max, extras["pain"].group) == (0, 10, "chronic_pain")
    assert extras["craving"].group == extras["days_since_use"].group == "addiction"
    assert extras["days_since_use"].unit == "days"
    assert (extras["compulsion_minutes"].unit, extras["compulsion_minutes"].group) == ("minutes", "ocd")
    assert extras["nightmares_flashbacks"].group == "ptsd"
    assert all(item.source and item.label for item in extras.values())
    assert set(cat.groups) == {"chronic_pain", "addiction", "ocd", "ptsd"}


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("id = \"mood\"\nlabel = \"Mood\"\nquestion = \"How is your mood right now?\"\nmin = 0\nmax = 10",
         "id = \"mood\"\nlabel = \"Mood\"\nquestion = \"How is your mood right now?\"\nmin = 0\nmax = 7",
         "0 to 10"),
        ('{ value = 10, label = "Very good" }', '{ value = 11, label = "Very good" }', "anchor"),
        ('group = "ptsd"', 'group = "trauma"', "group"),
        ('id = "pain"', 'id = "custom_pain"', "id must be"),
        ("max = 36500", "max = -1", "max must be above min"),
        ("[[scales]]\nid = \"sleep\"", "[[scalez]]\nid = \"sleep\"", "sleep"),
    ],
)  # fmt: skip
def test_bad_item_file_refused_naming_it(tmp_path: Path, old: str, new: str, reason: str) -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "items.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CheckinFileError) as err:
        load_checkin_items(path)
    assert str(err.value).startswith("items.toml:")
    assert reason in str(err.value)


# -- validation ------------------------------------------------------------------------
def test_valid_checkin_passes() -> None:
    c = Checkin(mood=5, anxiety=3, energy=0, sleep=10, feelings=["calm", "my own word"],
                extras={"pain": 4, "days_since_use": 120, "compulsion_minutes": 90.0})  # fmt: skip
    validate_checkin(c)


@pytest.mark.parametrize(
    "extras",
    [
        {"pain": 11},
        {"pain": -1},
        {"craving": 10.5},
        {"days_since_use": 1.5},
        {"compulsion_minutes": 1441},
        {"nightmares_flashbacks": True},
        {"nightmares_flashbacks": "3"},
        {"pain": float("nan")},
        {"unknown_item": 1},
    ],
)
def test_extras_out_of_range_refused(extras: dict[str, object]) -> None:
    with pytest.raises(CheckinInvalid):
        validate_checkin(Checkin(mood=5, extras=extras))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "fields",
    [{"mood": 11}, {"mood": -1}, {"anxiety": 12}, {"sleep": 2.5}, {"energy": True},
     {"feelings": ["x" * 41]}, {"feelings": [""]}, {"feelings": ["w"] * 13}],
)  # fmt: skip
def test_core_values_refused(fields: dict[str, object]) -> None:
    with pytest.raises(CheckinInvalid):
        validate_checkin(Checkin(**fields))  # type: ignore[arg-type]


def test_storage_refuses_out_of_range_mood(db) -> None:  # type: ignore[no-untyped-def]
    for bad in (Checkin(mood=11), Checkin(mood=5, sleep=-1)):
        with pytest.raises(InvalidData):
            repo.insert(db, bad)
    assert repo.select(db, Checkin) == []


def test_custom_items_from_pref(db) -> None:  # type: ignore[no-untyped-def]
    hours = new_custom_item("Hours outside", 0, 24, "hours")
    assert hours["id"].startswith("custom_")
    with pytest.raises(CheckinInvalid):
        new_custom_item("", 0, 10)
    with pytest.raises(CheckinInvalid):
        new_custom_item("Backwards", 10, 0)
    pref = [hours, {"id": "pain", "label": "not custom"}, "junk", {"id": "custom_x", "label": ""}]
    custom = custom_items_from_pref(pref)
    assert [i.label for i in custom] == ["Hours outside"]
    cat = shipped_checkin_items()
    validate_checkin(Checkin(mood=5, extras={hours["id"]: 3}), cat, custom)
    with pytest.raises(CheckinInvalid, match="Hours outside"):
        validate_checkin(Checkin(mood=5, extras={hours["id"]: 25}), cat, custom)
    with pytest.raises(CheckinInvalid):  # not known without the custom list
        validate_checkin(Checkin(mood=5, extras={hours["id"]: 3}), cat)

    repo.set_setting(db, CHECKINS_CUSTOM_ITEMS.key, [hours])
    repo.set_setting(db, CHECKINS_EXTRAS.key, ["craving", hours["id"], "nope", "craving"])
    assert [i.id for i in journal_extras(db)] == ["craving", hours["id"]]
    assert enabled_extras(cat, "not a list") == []


# -- place in the course -----------------------------------------------------------------
def _s(sid: int, day: date, course: int = 1, status: str = "done", kind: str = "ketamine",
       hour: int = 9, offset: int = 0) -> Session:  # fmt: skip
    return Session(id=sid, course_id=course, kind=kind, status=status, tz_offset_min=offset,
                   scheduled_at=datetime(day.year, day.month, day.day, hour, 30, tzinfo=UTC))  # fmt: skip


SESSIONS = [
    _s(1, date(2025, 3, 2)),
    _s(2, date(2025, 3, 5)),
    _s(9, date(2025, 3, 6), status="cancelled"),
    _s(3, date(2025, 3, 8)),
    _s(4, date(2025, 3, 3), kind="therapy"),
    _s(5, date(2025, 6, 20), course=2, status="planned"),
]


def _at(day: date, hour: int = 18) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@pytest.mark.parametrize(
    ("day", "kind", "n", "days", "text"),
    [
        (date(2025, 2, 1), "no_course", None, None, "Outside a course"),
        (date(2025, 2, 25), "before_session", 1, 5, "5 days before session 1"),
        (date(2025, 3, 1), "before_session", 1, 1, "Day before session 1"),
        (date(2025, 3, 2), "session_day", 1, 0, "Day of session 1"),
        (date(2025, 3, 3), "day_after", 1, 1, "Day after session 1"),
        (date(2025, 3, 4), "before_session", 2, 1, "Day before session 2"),
        (date(2025, 3, 6), "day_after", 2, 1, "Day after session 2"),  # 3/6 was cancelled
        (date(2025, 3, 7), "before_session", 3, 1, "Day before session 3"),
        (date(2025, 3, 8), "session_day", 3, 0, "Day of session 3"),
        (date(2025, 3, 12), "after_course", 3, 4, "4 days after the last session"),
        (date(2025, 4, 5), "after_course", 3, 28, "28 days after the last session"),
        (date(2025, 4, 6), "between_courses", 3, 29, "Between courses"),
        (date(2025, 6, 13), "before_session", 1, 7, "7 days before session 1"),
        (date(2025, 6, 21), "day_after", 1, 1, "Day after session 1"),
    ],
)
def test_phase(day: date, kind: str, n: int | None, days: int | None, text: str) -> None:
    p = phase(_at(day), SESSIONS)
    assert (p.kind, p.session_number, p.days) == (kind, n, days)
    assert p.text() == text
    if kind != "no_course":
        assert p.course_id == (2 if day.month == 6 else 1)


def test_phase_gap_inside_a_course_counts_down_to_the_next() -> None:
    sessions = [_s(1, date(2025, 1, 1)), _s(2, date(2025, 1, 20))]
    p = phase(_at(date(2025, 1, 10)), sessions)
    assert (p.kind, p.session_number, p.days, p.session_id) == ("before_session", 2, 10, 2)


def test_phase_needs_an_aware_time() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        phase(datetime(2025, 3, 2, 12), SESSIONS)


def test_phase_across_a_clock_change() -> None:
    # Berlin moves from +01:00 to +02:00 on 2024-03-31. Session at 10:00 local that day.
    session = _s(1, date(2024, 3, 31), hour=8, offset=120)  # 08:30Z = 10:30 local
    before = datetime(2024, 3, 30, 23, 30, tzinfo=BERLIN)  # 22:30Z, +01:00
    after = datetime(2024, 4, 1, 0, 30, tzinfo=BERLIN)  # Mar 31 22:30Z, +02:00
    assert phase(before, [session]).text_id == "before_session_tomorrow"
    assert phase(after, [session]).kind == "day_after"  # by UTC it would be the session day
    c = Checkin(mood=5, at_utc=after.astimezone(UTC), tz_offset_min=120)
    assert phase_for_checkin(c, [session]).kind == "day_after"


# -- local days and trends ---------------------------------------------------------------
def _c(local: datetime, mood: int = 5, **extras: float) -> Checkin:
    offset = local.utcoffset()
    assert offset is not None
    return Checkin(mood=mood, at_utc=local.astimezone(UTC),
                   tz_offset_min=int(offset.total_seconds() // 60), extras=dict(extras))  # fmt: skip


def test_local_day_uses_the_stored_offset() -> None:
    instant = datetime(2025, 7, 1, 3, 0, tzinfo=UTC)
    assert local_day(Checkin(at_utc=instant, tz_offset_min=-300)) == date(2025, 6, 30)
    assert local_day(Checkin(at_utc=instant, tz_offset_min=0)) == date(2025, 7, 1)
    assert local_day(Checkin(at_utc=instant, tz_offset_min=600)) == date(2025, 7, 1)
    assert local_day(Checkin(at_utc=instant, tz_offset_min=-14 * 60)) == date(2025, 6, 30)


def test_daily_series_across_dst_switches() -> None:
    # Every evening at 21:30 Berlin time through both 2024 switches: one point per day.
    start, end = date(2024, 3, 28), date(2024, 11, 2)
    days = (end - start).days + 1
    data = [_c(datetime.combine(start + timedelta(days=i), datetime.min.time(), BERLIN)
               .replace(hour=21, minute=30), mood=i % 11) for i in range(days)]  # fmt: skip
    assert {c.tz_offset_min for c in data} == {60, 120}
    points = daily_series(data, start, end, "mood")
    assert len(points) == days
    assert [v for _, v in points] == [float(i % 11) for i in range(days)]
    # By UTC date the late-evening check-ins would still match, but 23:30 local would not:
    late = _c(datetime(2024, 3, 31, 0, 30, tzinfo=BERLIN), mood=2)  # Mar 30 23:30Z
    assert daily_series([late], date(2024, 3, 30), date(2024, 3, 31), "mood") == [
        (date(2024, 3, 30), None), (date(2024, 3, 31), 2.0),
    ]  # fmt: skip


def test_fifty_checkins_in_one_day_and_different_offsets() -> None:
    tz = timezone(timedelta(hours=-5))
    day = date(2025, 1, 15)
    data = [_c(datetime(2025, 1, 15, 0, 10, tzinfo=tz) + timedelta(minutes=25 * i),
               mood=i % 2 * 10) for i in range(50)]  # fmt: skip
    assert {local_day(c) for c in data} == {day}
    assert daily_series(data, day, day, "mood") == [(day, 5.0)]
    # By UTC date the same instants straddle two days; the stored offset keeps them on one.
    assert len({c.at_utc.date() for c in data}) == 2


def test_a_year_with_no_data_is_gaps_not_errors() -> None:
    start, end = date(2023, 1, 1), date(2023, 12, 31)
    points = daily_series([], start, end, "mood")
    assert len(points) == 365 and all(v is None for _, v in points)
    weeks = weekly_series([], start, end, "mood")
    assert weeks[0][0] == date(2022, 12, 26) and weeks[-1][0] == date(2023, 12, 25)
    assert len(weeks) == 53 and all(v is None for _, v in weeks)
    other = [_c(datetime(2025, 1, 1, 12, tzinfo=UTC))]
    assert all(v is None for _, v in daily_series(other, start, end, "mood"))
    assert daily_series([], end, start, "mood") == []


def test_weekly_series_counts_each_day_once() -> None:
    monday = date(2025, 2, 3)
    busy = [_c(datetime(2025, 2, 3, 8, tzinfo=UTC) + timedelta(minutes=i), mood=2) for i in range(50)]
    calm = [_c(datetime(2025, 2, 5, 8, tzinfo=UTC), mood=8)]
    later = [_c(datetime(2025, 2, 19, 8, tzinfo=UTC), mood=6)]
    weeks = weekly_series(busy + calm + later, monday, date(2025, 2, 23), "mood")
    assert weeks == [(monday, 5.0), (date(2025, 2, 10), None), (date(2025, 2, 17), 6.0)]
    # Only days inside the range count.
    assert weekly_series(busy + calm, date(2025, 2, 4), date(2025, 2, 9), "mood") == [
        (monday, 8.0),
    ]  # fmt: skip


def test_series_of_extras_and_optional_fields() -> None:
    day = date(2025, 4, 1)
    data = [_c(datetime(2025, 4, 1, 9, tzinfo=UTC), pain=4), _c(datetime(2025, 4, 1, 20, tzinfo=UTC)),
            _c(datetime(2025, 4, 1, 21, tzinfo=UTC), pain=7)]  # fmt: skip
    assert daily_series(data, day, day, "pain") == [(day, 5.5)]
    assert daily_series(data, day, day, "anxiety") == [(day, None)]


def test_series_picks_days_or_weeks() -> None:
    start = date(2025, 1, 1)
    kind, points = series([], start, start + timedelta(days=119), "mood")
    assert kind == "day" and len(points) == 120
    kind, points = series([], start, start + timedelta(days=365 * 10), "mood")
    assert kind == "week" and len(points) in (522, 523)
