"""Courses and sessions, read the ways the domain needs them (time order throughout)."""

from __future__ import annotations

from datetime import datetime

from kapjournal.storage.db import Database
from kapjournal.storage.models import Course, Session
from kapjournal.storage.records import select
from kapjournal.storage.values import iso_instant

TIME_ORDER = "scheduled_at, id"


def all_courses(db: Database) -> list[Course]:
    """Every course, oldest start first."""
    return select(db, Course, order="start_date, id")


def all_sessions(db: Database) -> list[Session]:
    """Every session of every course (cancelled ones too), in time order."""
    return select(db, Session, order=TIME_ORDER)


def sessions_of_course(db: Database, course_id: int, *, include_cancelled: bool = True) -> list[Session]:
    """One course's sessions in time order."""
    where = "course_id = ?" + ("" if include_cancelled else " AND status != 'cancelled'")
    return select(db, Session, where, (course_id,), order=TIME_ORDER)


def sessions_starting_between(db: Database, after: datetime, before: datetime) -> list[Session]:
    """Sessions not cancelled that start strictly after ``after`` and before ``before``."""
    return select(
        db,
        Session,
        "status != 'cancelled' AND scheduled_at < ? AND scheduled_at > ?",
        (iso_instant(before), iso_instant(after)),
        order=TIME_ORDER,
    )


def ketamine_sessions(db: Database) -> list[Session]:
    """Every ketamine session not cancelled, in time order."""
    return select(db, Session, "kind = 'ketamine' AND status != 'cancelled'", order=TIME_ORDER)


def held_ketamine_sessions(db: Database) -> list[Session]:
    """Ketamine sessions that took or take place (done, moved or planned), unordered."""
    return select(db, Session, "kind = 'ketamine' AND status IN ('done', 'moved', 'planned')")


def upcoming_ketamine_sessions(db: Database, after: datetime) -> list[Session]:
    """Planned or moved ketamine sessions starting after ``after``, in time order."""
    return select(
        db,
        Session,
        "kind = 'ketamine' AND status IN ('planned', 'moved') AND scheduled_at > ?",
        (iso_instant(after),),
        order=TIME_ORDER,
    )


def sessions_newest_first(db: Database, *, until: datetime | None = None, limit: int = 200) -> list[Session]:
    """Sessions not cancelled (started by ``until`` when given), newest first."""
    where = "status != 'cancelled'"
    params: tuple[str, ...] = ()
    if until is not None:
        where += " AND scheduled_at <= ?"
        params = (iso_instant(until),)
    return select(db, Session, where, params, order="scheduled_at DESC, id DESC", limit=limit)
