"""The journal: entries newest first, and a Markdown editor for notes that autosaves
an encrypted draft a few seconds after every change."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Entry, local_offset_min, utc_now
from kapjournal.ui.entry_model import EntryListModel
from kapjournal.ui.widgets import Banner, button, label, tr

logger = logging.getLogger(__name__)

AUTOSAVE_MS = 2000
DRAFT_PREFIX = "note:"


class JournalPage(QWidget):
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.current: Entry | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.setSpacing(12)
        head = QHBoxLayout()
        head.addWidget(label(tr("Journal"), "title"))
        head.addStretch(1)
        self.new_button = button(tr("New note"), "primary")
        head.addWidget(self.new_button)
        outer.addLayout(head)
        self.recovered = Banner(tr("We kept what you were writing last time. It is back in the editor."))
        self.recovered.hide()
        outer.addWidget(self.recovered)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = EntryListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(tr("Entries, newest first"))
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(4)
        self.list.setWordWrap(True)
        split.addWidget(self.list)

        editor_box = QWidget()
        ed = QVBoxLayout(editor_box)
        ed.setContentsMargins(0, 0, 0, 0)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(tr("Note text"))
        self.editor.setPlaceholderText(tr("Write whatever you like. It is saved as you go."))
        font = self.editor.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.editor.setFont(font)
        self.share = QCheckBox(tr("Share with my therapist"))
        self.share.setAccessibleName(tr("Share with my therapist"))
        self.share.setToolTip(tr("Only shared entries can appear in a summary you export."))
        self.state = label("", "muted", name=tr("Save state"))
        row = QHBoxLayout()
        row.addWidget(self.share)
        row.addStretch(1)
        row.addWidget(self.state)
        self.delete_button = button(tr("Delete"))
        self.save_button = button(tr("Save"), "primary")
        row.addWidget(self.delete_button)
        row.addWidget(self.save_button)
        ed.addWidget(self.editor, 1)
        ed.addLayout(row)
        split.addWidget(editor_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        outer.addWidget(split, 1)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush_draft)
        self.editor.textChanged.connect(self._edited)
        self.share.toggled.connect(self._edited)
        self.new_button.clicked.connect(self.new_note)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        self.list.selectionModel().currentChanged.connect(self._open_selected)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_note)

    # -- lifecycle ---------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        self.db = db
        self.model.set_database(db)
        self._restore_draft()

    def clear(self) -> None:
        """Drop every decrypted view (on lock). Call :meth:`flush_draft` first."""
        self._autosave.stop()
        self.db = None
        self.current = None
        self.model.set_database(None)
        self._loading = True
        self.editor.clear()
        self.share.setChecked(False)
        self._loading = False
        self.state.clear()
        self.recovered.hide()

    # -- drafts --------------------------------------------------------------------------
    def _draft_key(self) -> str:
        return DRAFT_PREFIX + (self.current.uid if self.current and self.current.uid else "new")

    def _dirty(self) -> bool:
        if self.current is None:
            return bool(self.editor.toPlainText())
        return self.editor.toPlainText() != self.current.body or self.share.isChecked() != self.current.share

    def _edited(self) -> None:
        if self._loading:
            return
        self.state.setText(tr("Editing…"))
        self._autosave.start()

    def flush_draft(self) -> bool:
        """Save unsaved text as an encrypted draft now. Returns False if it failed."""
        self._autosave.stop()
        if self.db is None or self.db.closed:
            return True
        try:
            if self._dirty():
                repo.save_draft(
                    self.db,
                    self._draft_key(),
                    "note",
                    {
                        "body": self.editor.toPlainText(),
                        "share": self.share.isChecked(),
                        "entry_uid": self.current.uid if self.current else "",
                    },
                )
                self.state.setText(tr("Draft kept"))
            else:
                repo.discard_draft(self.db, self._draft_key())
        except StorageError as exc:
            self.state.setText(tr("Not saved: ") + str(exc))
            self.status.emit(tr("Not saved: ") + str(exc))
            return False
        return True

    def _restore_draft(self) -> None:
        if self.db is None:
            return
        drafts = [d for d in repo.list_drafts(self.db) if d.key.startswith(DRAFT_PREFIX)]
        if not drafts:
            self.new_note()
            return
        draft = drafts[0]
        uid = str(draft.payload.get("entry_uid") or "")
        self.current = repo.get_by_uid(self.db, Entry, uid) if uid else None
        self._loading = True
        self.editor.setPlainText(str(draft.payload.get("body", "")))
        self.share.setChecked(bool(draft.payload.get("share", False)))
        self._loading = False
        self.recovered.show()
        self.state.setText(tr("Draft kept"))

    # -- editing -------------------------------------------------------------------------
    def new_note(self) -> None:
        if self.db is not None and self._dirty():
            self.flush_draft()
            if not self.save():
                return
        self.current = None
        self._loading = True
        self.editor.clear()
        self.share.setChecked(False)
        self._loading = False
        self.state.clear()
        self.list.clearSelection()
        self.editor.setFocus()

    def save(self) -> bool:
        if self.db is None:
            return False
        body = self.editor.toPlainText()
        if self.current is None and not body.strip():
            return True
        old_key = self._draft_key()
        try:
            if self.current is None:
                self.current = repo.insert(
                    self.db,
                    Entry(kind="note", body=body, share=self.share.isChecked(),
                          occurred_at=utc_now(), tz_offset_min=local_offset_min()),
                )
            else:
                self.current.body = body
                self.current.share = self.share.isChecked()
                repo.update(self.db, self.current)
            repo.discard_draft(self.db, old_key)
        except StorageError as exc:
            # Keep the text in the editor and as a draft; say plainly it is not saved.
            self.flush_draft()
            self.state.setText(tr("Not saved: ") + str(exc))
            self.status.emit(tr("Not saved: ") + str(exc))
            return False
        self.recovered.hide()
        self.state.setText(tr("Saved"))
        self._reload_keep(self.current.id)
        return True

    def _reload_keep(self, entry_id: int | None) -> None:
        self.model.reload()
        if entry_id is None:
            return
        while self.model.canFetchMore(self.list.rootIndex()) and self.model.rowCount() < 100:
            self.model.fetchMore(self.list.rootIndex())
        for row in range(self.model.rowCount()):
            entry = self.model.entry(row)
            if entry is not None and entry.id == entry_id:
                self._loading = True
                self.list.selectionModel().setCurrentIndex(
                    self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self._loading = False
                break

    def _open_selected(self) -> None:
        if self._loading or self.db is None:
            return
        entry = self.model.entry(self.list.currentIndex().row())
        if entry is None:
            return
        if self._dirty():
            self.flush_draft()
            if not self.save():
                return
        self.current = entry
        self._loading = True
        self.editor.setPlainText(entry.body)
        self.share.setChecked(entry.share)
        self._loading = False
        self.state.setText(tr("Saved"))
        self.editor.setReadOnly(entry.kind != "note")

    def delete_current(self) -> None:
        if self.db is None or self.current is None:
            return
        answer = QMessageBox.question(
            self, tr("Delete entry"), tr("Delete this entry for good? Its text is wiped from the journal.")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            repo.delete(self.db, self.current)
            repo.discard_draft(self.db, self._draft_key())
        except StorageError as exc:
            self.state.setText(str(exc))
            return
        self.current = None
        self.model.reload()
        self.new_note()
        self.state.setText(tr("Deleted"))
