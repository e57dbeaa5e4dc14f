"""Export a course's sessions as an iCalendar (.ics) file.

Privacy: the file says only *when*. Every event has the same neutral summary (no
session kind, no clinic, no route, no notes, no course title), and the alarms say
"Reminder". The patient chooses the summary wording from :data:`SUMMARIES`.

One ``VEVENT`` per non-cancelled session: ``DTSTART`` in UTC, ``DURATION`` from the
session (default 60 minutes), a stable ``UID`` from the session's uid (re-importing
updates rather than duplicates), and two display alarms: the evening before at 18:00
in the session's local offset (as a relative trigger) and 2 hours before.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, time, timedelta, timezone
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from kapjournal.preparation.course import sessions_of
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import QT_TR_NOOP, InvalidData
from kapjournal.storage.fsutil import atomic_write_bytes
from kapjournal.storage.models import Course, Session, utc_now

logger = logging.getLogger(__name__)

SUMMARIES = {
    "app": "KAP Journal: session",
    "neutral": "Therapy appointment",
}
DEFAULT_SUMMARY = "app"
DEFAULT_DURATION_MIN = 60
EVENING_ALARM_HOUR = 18
BEFORE_ALARM = timedelta(hours=2)
ALARM_TEXT = "Reminder"
PRODID = "-//KAP Journal//kapjournal//EN"
UID_DOMAIN = "kapjournal.invalid"


def event_uid(session: Session) -> str:
    return f"{session.uid}@{UID_DOMAIN}"


def _alarm(trigger: timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", ALARM_TEXT)
    alarm.add("trigger", trigger)
    return alarm


def evening_before_trigger(session: Session, hour: int = EVENING_ALARM_HOUR) -> timedelta:
    """Negative offset from the start to ``hour``:00 local on the day before."""
    tz = timezone(timedelta(minutes=session.tz_offset_min))
    start = session.scheduled_at.astimezone(tz)
    evening = datetime.combine(start.date() - timedelta(days=1), time(hour), tz)
    return evening - start


def course_calendar(
    db: Database,
    course_id: int,
    *,
    summary: str = DEFAULT_SUMMARY,
    now: datetime | None = None,
) -> bytes:
    """The .ics bytes for a course's non-cancelled sessions (``summary``: a key of
    :data:`SUMMARIES`)."""
    if summary not in SUMMARIES:
        raise ValueError(f"unknown summary style {summary!r}")
    if repo.get(db, Course, course_id) is None:
        raise InvalidData(QT_TR_NOOP("This course no longer exists."))
    stamp = (now or utc_now()).astimezone(UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for session in sessions_of(db, course_id, include_cancelled=False):
        event = Event()
        event.add("uid", event_uid(session))
        event.add("dtstamp", stamp)
        event.add("dtstart", session.scheduled_at.astimezone(UTC))
        minutes = session.duration_min or DEFAULT_DURATION_MIN
        event.add("duration", timedelta(minutes=minutes))
        event.add("summary", SUMMARIES[summary])
        event.add("transp", "OPAQUE")
        event.add_component(_alarm(evening_before_trigger(session)))
        event.add_component(_alarm(-BEFORE_ALARM))
        cal.add_component(event)
    return bytes(cal.to_ical())


def export_course_ics(
    db: Database,
    course_id: int,
    out: Path,
    *,
    summary: str = DEFAULT_SUMMARY,
    now: datetime | None = None,
) -> Path:
    """Write the course's calendar to ``out`` atomically (raises ``NotSaved``)."""
    data = course_calendar(db, course_id, summary=summary, now=now)
    atomic_write_bytes(out, data)
    logger.info("calendar exported")
    return out
