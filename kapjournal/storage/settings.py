"""Settings kept inside the journal (anything that says something about the patient):
JSON values by key in the ``setting`` table."""

from __future__ import annotations

import json
from typing import Any

from kapjournal.storage.db import Database
from kapjournal.storage.models import utc_now
from kapjournal.storage.values import dump_json, iso_instant


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    raw = db.scalar("SELECT value FROM setting WHERE key = ?", (key,))
    return default if raw is None else json.loads(raw)


def set_setting(db: Database, key: str, value: Any) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (key, dump_json(value), iso_instant(utc_now())),
        )
