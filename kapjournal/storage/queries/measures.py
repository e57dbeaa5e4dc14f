"""Check-ins, questionnaires, side effects and practice minutes, read by time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TypeVar

from kapjournal.storage.db import Database
from kapjournal.storage.models import Checkin, Practice, Questionnaire, SideEffect
from kapjournal.storage.records import select
from kapjournal.storage.values import iso_instant

#: The records stamped with ``at_utc``.
M = TypeVar("M", Checkin, Questionnaire, SideEffect, Practice)

NEWEST_FIRST = "at_utc DESC, id DESC"


def newest_first(db: Database, cls: type[M], *, limit: int | None = None, offset: int = 0) -> list[M]:
    """Records of ``cls``, newest first (``limit``/``offset`` for paging)."""
    return select(db, cls, order=NEWEST_FIRST, limit=limit, offset=offset)


def oldest_and_newest(db: Database, cls: type[M]) -> list[M]:
    """The oldest and the newest record of ``cls`` (empty when there is none)."""
    found: list[M] = []
    for order in ("at_utc ASC", "at_utc DESC"):
        found += select(db, cls, order=order, limit=1)
    return found


def checkins_between(db: Database, start: datetime, end: datetime) -> list[Checkin]:
    """Check-ins with ``start <= at_utc < end``, in the order they were saved."""
    return select(db, Checkin, "at_utc >= ? AND at_utc < ?", (iso_instant(start), iso_instant(end)))


def low_mood_checkins_between(db: Database, mood_max: int, start: datetime, end: datetime) -> list[Checkin]:
    """Check-ins with a mood of at most ``mood_max`` and ``start <= at_utc < end``."""
    return select(
        db,
        Checkin,
        "mood <= ? AND at_utc >= ? AND at_utc < ?",
        (mood_max, iso_instant(start), iso_instant(end)),
    )


def questionnaires_between(
    db: Database, start: datetime, end: datetime, *, instrument: str | None = None
) -> list[Questionnaire]:
    """Questionnaires (of one ``instrument`` when given) with ``start <= at_utc < end``, oldest first."""
    where = "at_utc >= ? AND at_utc < ?"
    params: list[object] = [iso_instant(start), iso_instant(end)]
    if instrument is not None:
        where = "instrument = ? AND " + where
        params.insert(0, instrument)
    return select(db, Questionnaire, where, params, order="at_utc")


def latest_baseline(db: Database, session_id: int) -> Checkin | None:
    """The session's pre-session mood rating (the latest, should there be several)."""
    found = select(
        db,
        Checkin,
        "context = 'baseline' AND session_id = ?",
        (session_id,),
        order=NEWEST_FIRST,
        limit=1,
    )
    return found[0] if found else None


def shared_checkins(db: Database, start: datetime, end: datetime) -> list[Checkin]:
    """Shared check-ins with ``start <= at_utc < end``, oldest first."""
    return _shared_between(db, Checkin, start, end)


def shared_questionnaires(db: Database, start: datetime, end: datetime) -> list[Questionnaire]:
    """Shared questionnaires with ``start <= at_utc < end``, oldest first."""
    return _shared_between(db, Questionnaire, start, end)


def _shared_between(db: Database, cls: type[M], start: datetime, end: datetime) -> list[M]:
    return select(
        db,
        cls,
        "share = 1 AND at_utc >= ? AND at_utc < ?",
        (iso_instant(start), iso_instant(end)),
        order="at_utc, id",
    )


def shared_side_effects(
    db: Database, start: datetime, end: datetime, session_ids: Sequence[int]
) -> list[SideEffect]:
    """Shared side effects noted in ``start <= at_utc < end`` or linked to one of
    ``session_ids``; oldest first."""
    marks = ",".join("?" * len(session_ids)) or "NULL"
    return select(
        db,
        SideEffect,
        f"share = 1 AND ((at_utc >= ? AND at_utc < ?) OR session_id IN ({marks}))",
        (iso_instant(start), iso_instant(end), *session_ids),
        order="at_utc, id",
    )


def practice_since(db: Database, since: datetime) -> list[Practice]:
    """Practice rows with ``at_utc >= since``, in the order they were saved."""
    return select(db, Practice, "at_utc >= ?", (iso_instant(since),))
