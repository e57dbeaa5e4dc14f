"""The journal timeline: a lazy list model over entries (newest first, keyset paging)
or over search hits (newest first, keyset paging too: a page of hits with snippets at
a time). Its rows are painted by :class:`~kapjournal.ui.reflection.entry_delegate.EntryDelegate`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from kapjournal import richtext
from kapjournal.i18n import QT_TR_NOOP, arg, tr, translated
from kapjournal.reflection import after_session
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import Entry, to_local
from kapjournal.ui.common.formatting import fmt_clock, fmt_weekday
from kapjournal.ui.reflection.common import step_title
from kapjournal.ui.reflection.entry_delegate import (
    EntryDelegate,
    EntryRole,
    HeadingRole,
    SnippetRole,
    SummaryRole,
    plain_snippet,
    snippet_runs,
)

PAGE = 100

KIND_NAMES = {
    "intention": QT_TR_NOOP("Intention"),
    "capture": QT_TR_NOOP("After the session"),
    "integration": QT_TR_NOOP("Integration"),
    "thought_record": QT_TR_NOOP("Thought record"),
    "mbct": QT_TR_NOOP("Mindfulness practice"),
    "note": QT_TR_NOOP("Note"),
    "question": QT_TR_NOOP("Question for my care team"),
}
MBCT_NAMES = {
    "breathing_space": QT_TR_NOOP("Breathing space"),
    "decentering": QT_TR_NOOP("Thoughts are not facts"),
    "body_scan": QT_TR_NOOP("Body scan"),
}
#: Answer ids that make a good one-line summary, in order of preference.
SUMMARY_KEYS = (
    "what_shifted",
    "remember_most",
    "hot_thought",
    "situation",
    "decentering",
    "body_scan",
    "images_memories",
)


def first_line(text: str, width: int = 120) -> str:
    return richtext.first_line(text, width)


def summary_line(entry: Entry) -> str:
    """A line that says what the entry is about (patient text: show as plain text)."""
    if entry.title.strip():
        return first_line(entry.title)
    for key in SUMMARY_KEYS:
        value = entry.answers.get(key)
        if isinstance(value, str) and value.strip():
            return first_line(value)
    if entry.body.strip():
        return first_line(entry.body)
    for value in entry.answers.values():
        if isinstance(value, str) and value.strip():
            return first_line(value)
        if isinstance(value, list) and value:
            return first_line(", ".join(str(v) for v in value))
    return "…"


def kind_label(entry: Entry, numbers: dict[int, int]) -> str:
    name = translated(KIND_NAMES.get(entry.kind, entry.kind))
    number = numbers.get(entry.session_id or 0)
    if entry.kind == "integration" and entry.subkind:
        return f"{name} · {step_title(entry.subkind, number)}"
    if entry.kind == "mbct" and entry.subkind in MBCT_NAMES:
        return f"{name} · {translated(MBCT_NAMES[entry.subkind])}"
    if number is not None and entry.kind in ("capture", "intention", "thought_record"):
        return f"{name} · " + arg(tr("session %1"), number)
    return name


def heading(entry: Entry, numbers: dict[int, int]) -> str:
    at = to_local(entry.occurred_at, entry.tz_offset_min)
    when = arg(tr("%1, %2", "date, time"), fmt_weekday(at.date()), fmt_clock(at))
    text = f"{when} · {kind_label(entry, numbers)}"
    if entry.share:
        text += " · " + tr("shared")
    return text


class EntryListModel(QAbstractListModel):
    """Entries newest first, in pages of :data:`PAGE`; or search hits, newest first, in
    pages of the search's own size (the first page may come from a worker:
    :meth:`show_search`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._entries: list[Entry] = []
        self._total = 0
        self._filter = after_session.TimelineFilter()
        self._search = ""
        self._search_more = False  # an older page of hits may follow
        self._search_before: int | None = None  # ... below this entry id
        self._search_total = 0  # matches, counted up to a cap
        self._search_capped = False
        self._search_counted = True  # False while the worker still counts them
        self._snippets: dict[int, str] = {}
        self._numbers: dict[int, int] = {}

    # -- configuration ---------------------------------------------------------------
    @property
    def searching(self) -> bool:
        return bool(self._search.strip())

    @property
    def search_text(self) -> str:
        return self._search

    @property
    def search_total(self) -> int:
        """How many entries match the search (up to the cap: see :attr:`search_capped`)."""
        return self._search_total

    @property
    def search_capped(self) -> bool:
        return self._search_capped

    @property
    def search_counted(self) -> bool:
        """Whether :attr:`search_total` is known (a full first page is counted after
        it is shown: :meth:`show_count`)."""
        return self._search_counted

    def show_count(self, text: str, total: int) -> bool:
        """The count of the hits for ``text`` arrived; False if the list now shows
        something else (and the count was not taken)."""
        if not self.searching or text != self._search:
            return False
        self._search_total = total
        self._search_capped = total >= after_session.SEARCH_COUNT_CAP
        self._search_counted = True
        return True

    @property
    def filter(self) -> after_session.TimelineFilter:
        return self._filter

    def set_database(self, db: Database | None) -> None:
        self._db = db
        if db is None:
            self._filter = after_session.TimelineFilter()
            self._search = ""
        self.reload()

    def set_filter(self, flt: after_session.TimelineFilter) -> None:
        self._filter = flt
        self.reload()

    def set_search(self, text: str) -> None:
        self._search = text
        self.reload()

    def reload(self) -> None:
        """Read the list again (on this thread): the first page of entries or hits."""
        page = None
        if self._db is not None and not self._db.closed and self.searching:
            page = after_session.search_first_page(self._db, self._search, self._filter)
        self._reset(page)

    def show_search(self, text: str, page: after_session.SearchPage) -> None:
        """Show ``page``, the first page of hits for ``text`` (found by a worker within
        the current filter)."""
        self._search = text
        self._reset(page if self.searching else None)

    def _reset(self, page: after_session.SearchPage | None) -> None:
        self.beginResetModel()
        self._entries = []
        self._snippets = {}
        self._total = 0
        self._search_more = False
        self._search_before = None
        self._search_total = 0
        self._search_capped = False
        self._search_counted = True
        if self._db is not None and not self._db.closed:
            self._numbers = after_session.session_number_map(self._db)
            if page is not None:
                self._entries = list(page.entries)
                self._snippets = dict(page.snippets)
                self._search_more = page.more
                self._search_before = page.last_id
                self._search_total = page.total
                self._search_capped = page.capped
                self._search_counted = page.counted
            elif not self.searching:
                self._total = after_session.timeline_count(self._db, self._filter)
        else:
            self._numbers = {}
        self.endResetModel()
        if not self.searching and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    # -- lazy loading ----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if parent.isValid() or self._db is None or self._db.closed:
            return False
        if self.searching:
            return self._search_more
        return len(self._entries) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent) or self._db is None:
            return
        if self.searching:
            page = after_session.timeline_search(
                self._db, self._search, self._filter, before=self._search_before
            )
            self._search_more = page.more and page.last_id is not None
            self._search_before = page.last_id
            self._snippets.update(page.snippets)
            more = page.entries
        else:
            after = self._entries[-1] if self._entries else None
            more = after_session.timeline_page(self._db, self._filter, after, PAGE)
            if not more:
                self._total = len(self._entries)
        if not more:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._entries.extend(more)
        self.endInsertRows()

    def fetch_until(self, entry_id: int, limit: int = 2000) -> int:
        """Load pages until ``entry_id`` is in the list (or ``limit`` rows); its row or -1."""
        while True:
            row = self.row_of(entry_id)
            if row >= 0 or len(self._entries) >= limit or not self.canFetchMore(QModelIndex()):
                return row
            self.fetchMore(QModelIndex())

    # -- access ------------------------------------------------------------------------
    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: int | None) -> int:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return -1

    def numbers(self) -> dict[int, int]:
        return self._numbers

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role == HeadingRole:
            return heading(entry, self._numbers)
        if role == SummaryRole:
            return summary_line(entry)
        if role == SnippetRole:
            return self._snippets.get(entry.id or 0, "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{heading(entry, self._numbers)}\n{summary_line(entry)}"
            snippet = self._snippets.get(entry.id or 0)
            if snippet:
                text += "\n" + plain_snippet(snippet)
            return text
        if role == EntryRole:
            return entry
        return None


def tags_text(entry: Entry) -> str:
    return ", ".join(entry.tags)


def all_tags(db: Database) -> list[str]:
    return repo.all_tags(db)


#: The row painting lives in entry_delegate; its names are reached from here too.
__all__ = [
    "KIND_NAMES",
    "MBCT_NAMES",
    "PAGE",
    "SUMMARY_KEYS",
    "EntryDelegate",
    "EntryListModel",
    "EntryRole",
    "HeadingRole",
    "SnippetRole",
    "SummaryRole",
    "all_tags",
    "first_line",
    "heading",
    "kind_label",
    "plain_snippet",
    "snippet_runs",
    "summary_line",
    "tags_text",
]
