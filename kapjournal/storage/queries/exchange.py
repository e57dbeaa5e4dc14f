"""Whole-table reads and the two raw writes the journal exchange file needs."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from kapjournal.storage.db import Database
from kapjournal.storage.models import Record
from kapjournal.storage.records import select
from kapjournal.storage.values import clean_text, dump_json, iso_instant

R = TypeVar("R", bound=Record)


def records_by_id(db: Database, cls: type[R]) -> list[R]:
    """Every row of ``cls``'s table, in id order."""
    return select(db, cls, order="id")


def local_ids_by_uid(db: Database, cls: type[Record]) -> dict[str, int]:
    """``{uid: id}`` for every row of ``cls``'s table."""
    return {uid: rid for rid, uid in db.query(f"SELECT id, uid FROM {cls.TABLE}")}


def setting_rows(db: Database) -> list[tuple[str, str, str]]:
    """Every journal setting as ``(key, JSON text, updated_at text)``, by key."""
    return [(k, v, u) for k, v, u in db.query("SELECT key, value, updated_at FROM setting ORDER BY key")]


def add_setting_row(db: Database, key: str, value: object, updated_at: str) -> None:
    """Insert a setting as exported, keeping its ``updated_at`` text (the key must be new)."""
    db.execute(
        "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)",
        (clean_text(key), dump_json(value), updated_at),
    )


def set_updated_at(db: Database, rec: Record, when: datetime) -> None:
    """Stamp a saved row with ``when`` (an import keeps the exported copy's time)."""
    db.execute(f"UPDATE {rec.TABLE} SET updated_at = ? WHERE id = ?", (iso_instant(when), rec.id))
