"""List model over journal entries, newest first, fetched lazily in pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import Entry, to_local

PAGE = 100
EntryRole = Qt.ItemDataRole.UserRole + 1

KIND_NAMES = {
    "intention": "Intention",
    "capture": "After the session",
    "integration": "Integration",
    "thought_record": "Thought record",
    "mbct": "Mindfulness practice",
    "note": "Note",
    "question": "Question for my care team",
}


def first_line(text: str, width: int = 90) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#>*-+ ").strip()
        if line:
            return line if len(line) <= width else line[: width - 1] + "…"
    return ""


class EntryListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._entries: list[Entry] = []
        self._total = 0
        self._where = ""
        self._params: tuple[Any, ...] = ()

    def set_database(self, db: Database | None, where: str = "", params: tuple[Any, ...] = ()) -> None:
        self.beginResetModel()
        self._db = db
        self._where = where
        self._params = params
        self._entries = []
        self._total = repo.count(db, Entry, where, params) if db is not None else 0
        self.endResetModel()

    def reload(self) -> None:
        self.set_database(self._db, self._where, self._params)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._db is not None and len(self._entries) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if self._db is None or parent.isValid():
            return
        more = repo.select(
            self._db, Entry, self._where, self._params,
            order="occurred_at DESC, id DESC", limit=PAGE, offset=len(self._entries),
        )
        if not more:
            self._total = len(self._entries)
            return
        self.beginInsertRows(QModelIndex(), len(self._entries), len(self._entries) + len(more) - 1)
        self._entries.extend(more)
        self.endInsertRows()

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            when = to_local(entry.occurred_at, entry.tz_offset_min).strftime("%d %b %Y")
            text = first_line(entry.title or repo.entry_plain_text(entry)) or "…"
            from kapjournal.ui.widgets import tr

            return f"{when} · {tr(KIND_NAMES.get(entry.kind, entry.kind))}\n{text}"
        if role == EntryRole:
            return entry
        return None
