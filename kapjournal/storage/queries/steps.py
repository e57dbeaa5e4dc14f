"""Action steps (``commitment`` rows) in the orders the patient sees them."""

from __future__ import annotations

from datetime import date, datetime

from kapjournal.storage.db import Database
from kapjournal.storage.models import Commitment
from kapjournal.storage.records import count, select
from kapjournal.storage.values import iso_instant


def open_steps(db: Database) -> list[Commitment]:
    """Open steps, soonest due first (undated last), then oldest first."""
    return select(db, Commitment, "status = 'open'", order="due_date IS NULL, due_date, created_at, id")


def count_open_steps(db: Database) -> int:
    return count(db, Commitment, "status = 'open'")


def open_steps_due(db: Database, today: date) -> list[Commitment]:
    """Open steps dated ``today`` or earlier, earliest date first."""
    return select(
        db,
        Commitment,
        "status = 'open' AND due_date IS NOT NULL AND due_date <= ?",
        (today.isoformat(),),
        order="due_date, id",
    )


def steps_for_list(db: Database, *, open_only: bool = False) -> list[Commitment]:
    """Open steps first (soonest date first, undated last), then resolved ones, newest first."""
    return select(
        db,
        Commitment,
        "status = 'open'" if open_only else "",
        order="status != 'open', due_date IS NULL, due_date, resolved_at DESC, id DESC",
    )


def steps_created_between(db: Database, start: datetime, end: datetime) -> list[Commitment]:
    """Steps with ``start <= created_at < end``, oldest first."""
    return select(
        db,
        Commitment,
        "created_at >= ? AND created_at < ?",
        (iso_instant(start), iso_instant(end)),
        order="created_at, id",
    )


def latest_step_of_entry(db: Database, entry_id: int) -> Commitment | None:
    """The step chosen in an entry (the newest, should there be several)."""
    found = select(db, Commitment, "entry_id = ?", (entry_id,), order="id DESC", limit=1)
    return found[0] if found else None


def open_steps_of_entry(db: Database, entry_id: int | None) -> list[Commitment]:
    return select(db, Commitment, "entry_id = ? AND status = 'open'", (entry_id,))


def shared_steps(db: Database) -> list[Commitment]:
    """Every shared step, oldest first."""
    return select(db, Commitment, "share = 1", order="created_at, id")
