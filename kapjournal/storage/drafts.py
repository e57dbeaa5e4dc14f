"""Autosaved drafts, one per editor key, kept inside the encrypted journal."""

from __future__ import annotations

import uuid
from typing import Any

from kapjournal.storage.db import Database
from kapjournal.storage.models import Draft, utc_now
from kapjournal.storage.records import select
from kapjournal.storage.values import clean_text, dump_json, iso_instant


def save_draft(db: Database, key: str, kind: str, payload: dict[str, Any]) -> None:
    """Upsert the autosaved draft for one editor."""
    now = utc_now()
    data = dump_json(payload)
    with db.transaction():
        db.execute(
            "INSERT INTO draft (uid, key, kind, payload, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, "
            "updated_at = excluded.updated_at",
            (uuid.uuid4().hex, key, kind, clean_text(data), iso_instant(now), iso_instant(now)),
        )


def load_draft(db: Database, key: str) -> Draft | None:
    found = select(db, Draft, "key = ?", (key,))
    return found[0] if found else None


def discard_draft(db: Database, key: str) -> None:
    with db.transaction():
        db.execute("DELETE FROM draft WHERE key = ?", (key,))


def list_drafts(db: Database) -> list[Draft]:
    return select(db, Draft, order="updated_at DESC")
