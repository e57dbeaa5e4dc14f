"""Calendar export: parse the .ics back and check events, alarms, privacy, atomicity."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from icalendar import Calendar

from kapjournal.exporters import ics
from kapjournal.preparation import course
from kapjournal.storage import repo
from kapjournal.storage.errors import InvalidData, NotSaved
from kapjournal.storage.models import Course, Session

TZ = timezone(timedelta(hours=2))
SECRET = "Zq7CANARYxK9"


def make_course(db):  # type: ignore[no-untyped-def]
    times = course.default_plan(date(2030, 5, 6), time(9, 30), 120)
    result = course.create_course_with_plan(
        db,
        Course(title=SECRET, clinic=SECRET, notes=SECRET, care_name=SECRET),
        times,
        True,
        route=SECRET,
        duration_min=40,
    )
    result.sessions[1].status = "cancelled"
    result.sessions[2].notes = SECRET
    result.sessions[2].duration_min = None
    for s in result.sessions[1:3]:
        course.save_session(db, s)
    return result


def events(data: bytes) -> list:  # type: ignore[type-arg]
    return [c for c in Calendar.from_ical(data).walk() if c.name == "VEVENT"]


def test_events_alarms_and_uids(db) -> None:  # type: ignore[no-untyped-def]
    result = make_course(db)
    now = datetime(2030, 5, 1, tzinfo=UTC)
    data = ics.course_calendar(db, result.course.id, now=now)
    evs = events(data)
    kept = [s for s in result.sessions if s.status != "cancelled"]
    assert len(evs) == 3
    for ev, session in zip(evs, kept, strict=True):
        start = ev.decoded("dtstart")
        assert start == session.scheduled_at
        assert str(ev["uid"]) == f"{session.uid}@{ics.UID_DOMAIN}"
        assert str(ev["summary"]) == "KAP Journal: session"
        expected = 40 if session.duration_min else 60
        assert ev.decoded("duration") == timedelta(minutes=expected)
        triggers = sorted(a.decoded("trigger") for a in ev.walk("VALARM"))
        local = start.astimezone(TZ)
        evening = datetime.combine(local.date() - timedelta(days=1), time(18), TZ)
        assert triggers == [evening - local, timedelta(hours=-2)]
        assert triggers[0] == timedelta(hours=-15, minutes=-30)
    # stable: the same journal gives the same bytes
    assert ics.course_calendar(db, result.course.id, now=now) == data


def test_no_patient_text_in_calendar(db) -> None:  # type: ignore[no-untyped-def]
    result = make_course(db)
    data = ics.course_calendar(db, result.course.id, summary="neutral")
    assert SECRET.encode() not in data
    assert all(str(ev["summary"]) == "Therapy appointment" for ev in events(data))
    assert b"DESCRIPTION:Reminder" in data
    with pytest.raises(ValueError):
        ics.course_calendar(db, result.course.id, summary="custom")
    with pytest.raises(InvalidData):
        ics.course_calendar(db, 9999)


def test_written_atomically(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = make_course(db)
    out = tmp_path / "sessions.ics"
    out.write_bytes(b"old")
    ics.export_course_ics(db, result.course.id, out)
    assert len(events(out.read_bytes())) == 3
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["sessions.ics"]
    with pytest.raises(NotSaved):
        ics.export_course_ics(db, result.course.id, tmp_path / "missing" / "x.ics")


def test_empty_course_gives_an_empty_calendar(db) -> None:  # type: ignore[no-untyped-def]
    c = repo.insert(db, Course(title="empty"))
    cal = Calendar.from_ical(ics.course_calendar(db, c.id))
    assert cal["version"] == "2.0" and events(cal.to_ical()) == []


def test_other_kinds_included_with_the_same_summary(db) -> None:  # type: ignore[no-untyped-def]
    c = repo.insert(db, Course(title="c"))
    repo.insert(
        db, Session(course_id=c.id, kind="therapy", scheduled_at=datetime(2030, 1, 2, 16, tzinfo=UTC))
    )
    (ev,) = events(ics.course_calendar(db, c.id))
    assert str(ev["summary"]) == "KAP Journal: session"
