"""The journal's timeline: every entry in one list (newest first, fetched lazily),
filters by kind, session and tag, search-as-you-type with highlighted matches, and
the detail pane (:class:`~kapjournal.ui.reflection.note_editor.NoteEditor`) beside
the list.

The buttons of the header (New note, This evening, Thought record, Mindfulness,
Action steps) are built here and wired by the host
(:class:`~kapjournal.ui.reflection.journal_page.JournalPage`), which owns the
pages they open.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kapjournal.i18n import arg, tr, translated
from kapjournal.reflection import after_session
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import Entry
from kapjournal.ui.common import fit
from kapjournal.ui.common.keys import one_tab_stop, save_and_continue
from kapjournal.ui.common.widgets import buddy, button, label
from kapjournal.ui.reflection.common import NO_SESSION, session_label
from kapjournal.ui.reflection.entry_model import KIND_NAMES, EntryDelegate, EntryListModel
from kapjournal.ui.reflection.note_editor import NoteEditor
from kapjournal.ui.reflection.search_worker import SearchWorker

logger = logging.getLogger(__name__)

#: Keys typed this close together make one search (the search itself runs on a worker).
SEARCH_DELAY_MS = 40


class TimelineView(QWidget):
    """The list, its filters and search, and the note editor of the entry selected.

    ``banner`` (the host's draft-recovery banner) is placed above the filters.
    ``raise_requested`` asks the host to bring this view to the front (a new note).
    """

    status = Signal(str)
    changed = Signal(str)
    raise_requested = Signal()

    def __init__(self, banner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self._loading = False
        tl = fit.scrolling_layout(self, (24, 20, 24, 20))  # scrolls only below its minimum
        tl.setSpacing(10)
        self._build_header(tl)
        tl.addWidget(banner)
        self._build_filters(tl)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = EntryListModel(self)
        self.list = one_tab_stop(QListView())
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.list.setAccessibleName(tr("Entries, newest first"))
        self.list.setUniformItemSizes(True)
        self.list.setMouseTracking(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setMinimumWidth(180)
        split.addWidget(self.list)
        self.note = NoteEditor(self.model.numbers)
        split.addWidget(self.note)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        split.setSizes([360, 450])
        split.setChildrenCollapsible(False)
        tl.addWidget(split, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.searcher = SearchWorker(self)
        self.searcher.found.connect(self._search_found)
        self.searcher.counted.connect(self._search_counted)
        self.searcher.failed.connect(self._search_failed)
        self.note.status.connect(self.status)
        self.note.changed.connect(self.changed)
        self.note.save_button.clicked.connect(self.save)
        self.note.delete_button.clicked.connect(lambda: self.delete_current())
        self.new_button.clicked.connect(self.new_note)
        self.search.textChanged.connect(lambda *_: self._search_timer.start())
        self.kind_filter.currentIndexChanged.connect(lambda *_: self._apply_filter())
        self.session_filter.currentIndexChanged.connect(lambda *_: self._apply_filter())
        self.tag_filter.currentIndexChanged.connect(lambda *_: self._apply_filter())
        self.list.selectionModel().currentChanged.connect(self._open_selected)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        save_and_continue(self.note, self.save_and_list)

    def _build_header(self, tl: QVBoxLayout) -> None:
        head = QHBoxLayout()
        head.addWidget(label(tr("Journal"), "title"))
        head.addStretch(1)
        self.new_button = button(tr("New note"), "primary", tip=tr("Write a free note (Ctrl+N)"))
        head.addWidget(self.new_button)
        tl.addLayout(head)
        tools = fit.FlowLayout()
        self.capture_button = button(tr("This evening"), tip=tr("Capture a session the same evening"))
        self.reflection_button = button(
            tr("Write a reflection"), tip=tr("A reflection on a session: day 1 after, day 3 after…")
        )
        self.thought_button = button(
            tr("Thought record"), tip=tr("Start a CBT thought record (Ctrl+Shift+T)")
        )
        self.practice_button = button(
            tr("Mindfulness"), tip=tr("Breathing space, notes and the practice log")
        )
        self.steps_button = button(tr("Action steps"), tip=tr("Steps you chose, and how they went"))
        for b in (
            self.capture_button,
            self.reflection_button,
            self.thought_button,
            self.practice_button,
            self.steps_button,
        ):
            tools.addWidget(b)
        tools.addStretch(1)
        tl.addLayout(tools)

    def _build_filters(self, tl: QVBoxLayout) -> None:
        filters = fit.FlowLayout()  # the filters wrap under the search box on a narrow screen
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search your journal"))
        self.search.setAccessibleName(tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(40)
        fit.shows_hint(self.search, extra=24)  # never "Sear…"
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(tr("Show kind of entry"))
        self.kind_filter.addItem(tr("All kinds"), "")
        for key, name in KIND_NAMES.items():
            self.kind_filter.addItem(translated(name), key)
        self.session_filter = QComboBox()
        self.session_filter.setAccessibleName(tr("Show entries of session"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(tr("Show entries with tag"))
        self.tag_filter.setMinimumWidth(110)
        for box in (self.kind_filter, self.session_filter, self.tag_filter):
            # shorten a long session name rather than push the page wider than the screen
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(9)
        filters.add_captioned(buddy(label(tr("Search"), "muted", wrap=False), self.search), self.search, 3)
        # On Linux a screen reader names a combo box by its choice; its caption is the
        # label it is "labelled by".
        for caption, combo, everything in (
            (tr("Kind"), self.kind_filter, tr("All kinds")),
            (tr("Session"), self.session_filter, tr("All sessions")),
            (tr("Tag"), self.tag_filter, tr("All tags")),
        ):
            # the captions take room, so a combo box no longer widens to its longest item;
            # its "All …" choice is shown whole (German "Alle Schlagwörter" is long)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(max(8, len(everything)))
            filters.add_captioned(buddy(label(caption, "muted", wrap=False), combo), combo, 1)
        tl.addLayout(filters)
        self.result_info = label("", "muted", about=tr("Search results"))
        tl.addWidget(self.result_info)

    # -- lifecycle ---------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        self.searcher.cancel()
        self.db = db
        self.note.set_database(db)
        self._loading = True
        self.search.clear()
        self._loading = False
        self.model.set_database(db)
        self.load_filters()

    def clear(self) -> None:
        """Drop the list, the filters' sessions and tags, and the entry shown (on lock)."""
        self._search_timer.stop()
        self.searcher.cancel()
        self.note.clear()
        self.db = None
        self._loading = True
        self.model.set_database(None)
        self.search.clear()
        self.session_filter.clear()
        self.tag_filter.clear()
        self.kind_filter.setCurrentIndex(0)
        self._loading = False
        self.result_info.clear()

    def refresh(self) -> None:
        """Reload the list and filters, keeping the entry shown selected."""
        current = self.note.current
        self.reload_keep(current.id if current else None)
        self.load_filters()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- filters and search ------------------------------------------------------------
    def load_filters(self) -> None:
        if self.db is None:
            return
        self._loading = True
        session = self.session_filter.currentData() if self.session_filter.currentIndex() >= 0 else NO_SESSION
        tag = self.tag_filter.currentData() if self.tag_filter.currentIndex() >= 0 else ""
        self.session_filter.clear()
        self.session_filter.addItem(tr("All sessions"), NO_SESSION)
        for choice in after_session.session_choices(self.db):
            self.session_filter.addItem(session_label(choice), choice.session_id)
        self.tag_filter.clear()
        self.tag_filter.addItem(tr("All tags"), "")
        for t in repo.all_tags(self.db):
            self.tag_filter.addItem("#" + t, t)
        self.session_filter.setCurrentIndex(max(0, self.session_filter.findData(session)))
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(tag)) if tag else 0)
        self._loading = False

    def current_filter(self) -> after_session.TimelineFilter:
        session = self.session_filter.currentData() if self.session_filter.currentIndex() >= 0 else NO_SESSION
        tag = self.tag_filter.currentData() if self.tag_filter.currentIndex() >= 0 else ""
        return after_session.TimelineFilter(
            kind=str(self.kind_filter.currentData() or ""),
            session_id=int(session) if isinstance(session, int) and session != NO_SESSION else None,
            tag=str(tag or ""),
        )

    def _apply_filter(self) -> None:
        if self._loading or self.db is None:
            return
        self.searcher.cancel()
        self.model.set_filter(self.current_filter())
        self._after_reload()

    def _apply_search(self) -> None:
        """The typing pause ended: search on the worker (an empty box shows the whole
        timeline at once)."""
        if self._loading or self.db is None:
            return
        text = self.search.text()
        if after_session.waits_for_a_letter(text):
            self.result_info.setText(tr("Type another letter to search."))
        elif text.strip():
            self.searcher.request(self.db, text, self.current_filter())
        else:
            self.searcher.cancel()
            self._show_search(text, None)

    def _search_found(self, text: str, page: after_session.SearchPage) -> None:
        if self.db is not None and not self._loading:
            self._show_search(text, page)

    def _search_counted(self, text: str, total: int) -> None:
        if self.db is not None and not self._loading and self.model.show_count(text, total):
            self._show_result_line()

    def _search_failed(self, text: str) -> None:
        self.result_info.setText(tr("The search did not work just now. Please try again."))

    def _show_search(self, text: str, page: after_session.SearchPage | None) -> None:
        """Show the hits for ``text``: ``page`` from the worker, or read here."""
        if page is None:
            self.model.set_search(text)
        else:
            self.model.show_search(text, page)
        self._after_reload()
        if self.model.searching:
            self._follow_hits()

    def _follow_hits(self) -> None:
        """The detail pane shows the entry selected if it matches, else the first hit,
        else nothing: never an entry the search left out. Unsaved words are saved first
        (a new note being written stays where it is)."""
        current = self.note.current
        if current is not None and self.model.row_of(current.id) >= 0:
            return
        if self.note.dirty():
            if current is None:
                return
            self.note.draft.flush()
            if not self.save(reselect=False):
                return
        first = self.model.entry(0) if self.model.rowCount() else None
        if first is None:
            self.list.clearSelection()
            self.list.setCurrentIndex(self.model.index(-1))
            self.note.show_entry(None)
        else:
            self._select_row(0)
            self.note.show_entry(first)
        self.note.state.clear()

    def search_now(self, text: str) -> None:
        """Search at once (tests and the Find shortcut's Enter)."""
        self.search.setText(text)
        self._search_timer.stop()
        self.searcher.cancel()
        if not self._loading and self.db is not None:
            self._show_search(text, None)

    def _after_reload(self) -> None:
        self._show_result_line()
        current = self.note.current
        row = self.model.row_of(current.id) if current else -1
        if row >= 0:
            self._select_row(row)

    def _show_result_line(self) -> None:
        """How many entries match (the count may arrive after the hits: "counting")."""
        if not self.model.searching:
            self.result_info.clear()
            return
        count = self.model.search_total
        if not self.model.search_counted:
            text = tr("Matching entries, newest first. Counting them…")
        elif not count:
            text = tr("No entries match.")
        elif self.model.search_capped:
            text = arg(
                tr("%1 or more matching entries, newest first. Add a word to narrow the search."),
                QLocale().toString(count),
            )
        else:
            text = tr("%n matching entries, newest first", "", count)
        self.result_info.setText(text)

    # -- the list --------------------------------------------------------------------
    def open_entry(self, entry_id: int) -> bool:
        """Select an entry in the timeline (loading pages as needed) and show it."""
        if self.db is None:
            return False
        row = self.model.fetch_until(entry_id)
        if row >= 0:
            self._select_row(row)
            self.note.show_entry(self.model.entry(row))
            return True
        entry = repo.get(self.db, Entry, entry_id)
        if entry is not None:
            self.note.show_entry(entry)
        return entry is not None

    def _select_row(self, row: int) -> None:
        self._loading = True
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(self.model.index(row))
        self._loading = False

    def _open_selected(self) -> None:
        if self._loading or self.db is None:
            return
        entry = self.model.entry(self.list.currentIndex().row())
        current = self.note.current
        if entry is None or (current is not None and entry.id == current.id):
            return
        if self.note.dirty():
            self.note.draft.flush()
            if not self.save(reselect=False):
                return
        self.note.show_entry(entry)
        self.note.state.clear()

    def reload_keep(self, entry_id: int | None) -> None:
        self.model.reload()
        self._after_reload()
        if entry_id is None:
            return
        row = self.model.fetch_until(entry_id, limit=500)
        if row >= 0:
            self._select_row(row)

    # -- editing -------------------------------------------------------------------------
    def new_note(self) -> None:
        if self.db is not None and self.note.dirty():
            self.note.draft.flush()
            if not self.save():
                return
        self.raise_requested.emit()
        self.note.show_entry(None)
        self.note.state.clear()
        self.list.clearSelection()
        self.list.setCurrentIndex(self.model.index(-1))
        self.note.editor.setFocus()

    def save(self, reselect: bool = True) -> bool:
        """Save the note shown; with ``reselect``, reload the list and select it."""
        if not self.note.save():
            return False
        current = self.note.current
        if reselect and current is not None:
            self.reload_keep(current.id)
            self.load_filters()
            self.note.refresh_heading()
        return True

    def save_and_list(self) -> bool:
        """Ctrl+Enter in the editor: save, then back to the list, on the saved note."""
        if not self.save():
            return False
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def delete_current(self, confirm: bool = True) -> bool:
        if not self.note.delete(confirm):
            return False
        self.model.reload()
        self._after_reload()
        self.load_filters()
        self.new_note()
        self.note.state.setText(tr("Deleted"))
        return True
