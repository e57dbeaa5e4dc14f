"""The preparation checklist's template items and each session's ticks."""

from __future__ import annotations

from kapjournal.storage.db import Database
from kapjournal.storage.models import ChecklistItem, ChecklistTick
from kapjournal.storage.records import select


def checklist_items(db: Database, *, include_archived: bool = False) -> list[ChecklistItem]:
    """The template in its order (archived items only when asked for)."""
    return select(db, ChecklistItem, "" if include_archived else "archived = 0", order="position, id")


def ticks_of_session(db: Database, session_id: int, item_id: int | None = None) -> list[ChecklistTick]:
    """The session's ticks (of one item when ``item_id`` is given)."""
    if item_id is None:
        return select(db, ChecklistTick, "session_id = ?", (session_id,))
    return select(db, ChecklistTick, "session_id = ? AND item_id = ?", (session_id, item_id))
