"""The date ranges a summary can cover: the whole course, since the last session,
the last two weeks, or dates the patient chooses (``custom``); and the :class:`Window`
every feature reads its records through (local days, a wide UTC window, the sessions
held in the range)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from kapjournal.i18n import QT_TR_NOOP
from kapjournal.measures.instruments import session_local_date
from kapjournal.preparation import course as course_mod
from kapjournal.storage import queries
from kapjournal.storage.db import Database
from kapjournal.storage.models import Course

PRESETS: dict[str, str] = {
    "course": QT_TR_NOOP("Whole course"),
    "last_session": QT_TR_NOOP("Since the last session"),
    "two_weeks": QT_TR_NOOP("Last 2 weeks"),
    "custom": QT_TR_NOOP("Choose dates"),
}
BASELINE_LEAD_DAYS = 7  # a course's range starts this long before its first session
NO_COURSE_DAYS = 30  # without any course, "whole course" means the last 30 days


def current_course(db: Database, today: date) -> Course | None:
    """The newest course that has started by ``today`` (else the newest planned)."""
    all_courses = course_mod.courses(db)
    started = [c for c in all_courses if c.start_date <= today]
    pool = started or all_courses
    return max(pool, key=lambda c: (c.start_date, c.id or 0)) if pool else None


def course_range(db: Database, c: Course, today: date) -> tuple[date, date]:
    sessions = [s for s in course_mod.sessions_of(db, c.id or 0) if s.status != "cancelled"]
    days = [session_local_date(s) for s in sessions]
    first = min([c.start_date, *days])
    start = first - timedelta(days=BASELINE_LEAD_DAYS)
    end = c.end_date or max([today, *days])
    if c.end_date is None and days and max(days) > today:
        end = today  # the plan ahead has nothing to report yet
    return start, max(end, start)


def preset_range(db: Database, preset: str, today: date) -> tuple[date, date]:
    """The date range of a preset ("course", "last_session", "two_weeks")."""
    if preset == "two_weeks":
        return today - timedelta(days=13), today
    if preset == "last_session":
        past = [s for s in queries.held_ketamine_sessions(db) if session_local_date(s) <= today]
        if past:
            last = max(past, key=lambda s: (s.scheduled_at, s.id or 0))
            return session_local_date(last) - timedelta(days=1), today
        return today - timedelta(days=13), today
    if preset == "course":
        c = current_course(db, today)
        if c is not None:
            return course_range(db, c, today)
        return today - timedelta(days=NO_COURSE_DAYS - 1), today
    raise ValueError(f"unknown preset {preset!r}")


# -- reading a range ----------------------------------------------------------------
def utc_window(start: date, end: date) -> tuple[datetime, datetime]:
    """A UTC window wide enough for any local offset (±14 h), filtered locally later."""
    lo = datetime.combine(start - timedelta(days=1), time.min, UTC)
    hi = datetime.combine(end + timedelta(days=2), time.min, UTC)
    return lo, hi


def within(day: date, start: date, end: date) -> bool:
    return start <= day <= end


@dataclass(frozen=True)
class Window:
    """The local days ``start..end``, their wide UTC window and the sessions held in them."""

    start: date
    end: date
    lo: datetime
    hi: datetime
    session_ids: frozenset[int]

    def holds(self, day: date, session_id: int | None = None) -> bool:
        return session_id in self.session_ids or within(day, self.start, self.end)
