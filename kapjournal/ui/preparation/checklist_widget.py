"""The preparation checklist for one session (ticks saved at once; the list itself is
the patient's own and can be edited for their clinic) and "Questions for my care team".

Long items wrap; all text is plain text. The checklist template is shared by every
session, so editing it says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kapjournal.i18n import arg, error_text, tr
from kapjournal.preparation import checklist
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import ChecklistItem, Entry, Session
from kapjournal.ui.common.drafts import DraftKeeper
from kapjournal.ui.common.widgets import announce, button, label

logger = logging.getLogger(__name__)

NAME_CHARS = 160  # accessible names are a short form of long items


def short(text: str, limit: int = NAME_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _ClickLabel(QLabel):
    """A wrapped plain-text label that toggles its row's checkbox when clicked."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


def _drop_rows(lay: QVBoxLayout, rows: list[Any]) -> None:
    """Take every row widget out of *lay* and delete it."""
    for row in rows:
        lay.removeWidget(row)
        row.hide()
        row.deleteLater()


def _wrapping_label(text: str) -> _ClickLabel:
    lab = _ClickLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    lab.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    lab.setMinimumWidth(120)
    return lab


class ItemRow(QWidget):
    """One checklist item: a checkbox, its wrapped text, and (in edit mode) Edit/Remove."""

    toggled = Signal(int, bool)
    edit_saved = Signal(int, str)
    remove_requested = Signal(int)

    def __init__(self, item: ChecklistItem, checked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        lay.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.check = QCheckBox()
        self.check.setChecked(checked)
        self.check.setAccessibleName(short(item.text))
        self.check.setMinimumHeight(32)
        self.text = _wrapping_label(item.text)
        if item.archived:
            self.text.setProperty("role", "muted")
            self.check.setToolTip(tr("Removed from your list; kept here because you ticked it."))
        self.text.clicked.connect(self.check.toggle)
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        self.edit_button = button(tr("Edit"), "link", name=arg(tr("Edit item: %1"), short(item.text, 60)))
        self.remove_button = button(
            tr("Remove"), "link", name=arg(tr("Remove item: %1"), short(item.text, 60))
        )
        row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(row)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(tr("Item text"))
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(110)
        self.save_button = button(tr("Save"), "primary", name=tr("Save item"))
        self.cancel_button = button(tr("Cancel"), name=tr("Cancel editing the item"))
        self.edit_box = QWidget()
        eb = QVBoxLayout(self.edit_box)
        eb.setContentsMargins(42, 0, 0, 0)
        eb.addWidget(self.editor)
        erow = QHBoxLayout()
        erow.addStretch(1)
        erow.addWidget(self.cancel_button)
        erow.addWidget(self.save_button)
        eb.addLayout(erow)
        self.edit_box.hide()
        lay.addWidget(self.edit_box)
        self.set_editing(False)
        self.check.toggled.connect(lambda on: self.toggled.emit(self.item.id or 0, on))
        self.edit_button.clicked.connect(self.begin_edit)
        self.cancel_button.clicked.connect(lambda: self.edit_box.hide())
        self.save_button.clicked.connect(self._save)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.item.id or 0))

    def set_editing(self, editing: bool) -> None:
        can = editing and not self.item.archived
        self.edit_button.setVisible(can)
        self.remove_button.setVisible(can)
        if not editing:
            self.edit_box.hide()

    def begin_edit(self) -> None:
        self.editor.setPlainText(self.item.text)
        self.edit_box.show()
        self.editor.setFocus()

    def _save(self) -> None:
        self.edit_saved.emit(self.item.id or 0, self.editor.toPlainText())


class ChecklistWidget(QWidget):
    """The checklist for one session. ``changed(table)`` fires after every save."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.session: Session | None = None
        self.rows: list[ItemRow] = []
        self.done_lines: list[QLabel] = []  # a done session: what was done, as history
        self.history = False
        self.editing = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        head = QHBoxLayout()
        self.heading = label(tr("Before my session"), about=tr("Checklist"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        head.addWidget(self.heading, 1)
        self.progress = label("", "muted", about=tr("Checklist progress"))
        head.addWidget(self.progress)
        lay.addLayout(head)
        self.note = label(
            tr(
                "Clinics differ. Follow your own clinic's instructions, and change these "
                "reminders to match them."
            ),
            "muted",
        )
        lay.addWidget(self.note)
        self.rows_box = QWidget()
        self.rows_lay = QVBoxLayout(self.rows_box)
        self.rows_lay.setContentsMargins(0, 4, 0, 4)
        self.rows_lay.setSpacing(4)
        lay.addWidget(self.rows_box)
        self.add_box = QWidget()
        ab = QVBoxLayout(self.add_box)
        ab.setContentsMargins(0, 0, 0, 0)
        ab.addWidget(
            label(
                tr("Changes to the list apply to every session; your ticks stay with each session."), "muted"
            )
        )
        arow = QHBoxLayout()
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(tr("Add something your clinic asked for"))
        self.new_item.setAccessibleName(tr("New checklist item"))
        self.new_item.setMaxLength(checklist.MAX_ITEM_CHARS)
        self.add_button = button(tr("Add"), name=tr("Add the item"))
        arow.addWidget(self.new_item, 1)
        arow.addWidget(self.add_button)
        ab.addLayout(arow)
        self.add_box.hide()
        lay.addWidget(self.add_box)
        brow = QHBoxLayout()
        self.edit_toggle = button(tr("Edit the list"), name=tr("Edit the checklist"))
        self.message = label("", "muted", about=tr("Checklist message"))
        brow.addWidget(self.edit_toggle)
        brow.addWidget(self.message, 1)
        lay.addLayout(brow)
        self.edit_toggle.clicked.connect(lambda: self.set_editing(not self.editing))
        self.add_button.clicked.connect(self.add_item)
        self.new_item.returnPressed.connect(self.add_item)

    # -- loading --------------------------------------------------------------------------
    def set_session(self, db: Database | None, session: Session | None) -> None:
        self.db = db
        self.session = session
        self.history = session is not None and session.status == "done"
        if self.history:
            self.set_editing(False)
        self.heading.setText(tr("What I did to prepare") if self.history else tr("Before my session"))
        for widget in (self.progress, self.note, self.edit_toggle):
            widget.setVisible(not self.history)
        self.reload()

    def reload(self) -> None:
        _drop_rows(self.rows_lay, self.rows)
        _drop_rows(self.rows_lay, self.done_lines)
        self.rows = []
        self.done_lines = []
        if self.db is None or self.db.closed or self.session is None or self.session.id is None:
            self.progress.clear()
            return
        try:
            checklist.ensure_template(self.db)
            items = checklist.items_for_session(self.db, self.session.id)
        except StorageError as exc:
            announce(self.message, error_text(exc))
            return
        if self.history:
            self._show_history(items)
            return
        for item, checked in items:
            row = ItemRow(item, checked)
            row.set_editing(self.editing)
            row.toggled.connect(self._toggled)
            row.edit_saved.connect(self._edit_saved)
            row.remove_requested.connect(self._remove)
            self.rows_lay.addWidget(row)
            self.rows.append(row)
        self._update_progress()

    def _show_history(self, items: list[tuple[ChecklistItem, bool]]) -> None:
        """A done session: the items that were ticked, as what was done (no boxes)."""
        done = [item for item, checked in items if checked]
        for item in done:
            line = label("✓  " + item.text)
            self.rows_lay.addWidget(line)
            self.done_lines.append(line)
        if not done:
            none = label(tr("Nothing on the checklist was ticked for this session."), "muted")
            self.rows_lay.addWidget(none)
            self.done_lines.append(none)

    def clear(self) -> None:
        self.set_session(None, None)
        self.set_editing(False)
        self.new_item.clear()
        self.message.clear()

    def _update_progress(self) -> None:
        active = [r for r in self.rows if not r.item.archived]
        done = sum(1 for r in active if r.check.isChecked())
        self.progress.setText(arg(tr("%1 of %2 done"), done, len(active)))

    # -- ticks ----------------------------------------------------------------------------
    def _toggled(self, item_id: int, checked: bool) -> None:
        if self.db is None or self.session is None or self.session.id is None:
            return
        try:
            checklist.set_checked(self.db, self.session.id, item_id, checked)
        except StorageError as exc:
            announce(self.message, arg(tr("Not saved: %1"), error_text(exc)))
            return
        self.message.clear()
        self._update_progress()
        self.changed.emit("checklist_tick")

    def row_for(self, text_start: str) -> ItemRow | None:
        return next((r for r in self.rows if r.item.text.startswith(text_start)), None)

    # -- editing the list -------------------------------------------------------------------
    def set_editing(self, editing: bool) -> None:
        self.editing = editing
        self.edit_toggle.setText(tr("Done editing") if editing else tr("Edit the list"))
        self.add_box.setVisible(editing)
        for row in self.rows:
            row.set_editing(editing)
        if editing:
            self.new_item.setFocus()

    def _change_list(self, change: Callable[[Database], object], done: str) -> None:
        """Apply *change* to the list, then say *done* and show the new list."""
        if self.db is None:
            return
        try:
            change(self.db)
        except StorageError as exc:
            announce(self.message, error_text(exc))
            return
        announce(self.message, done)
        self.reload()
        self.changed.emit("checklist_item")

    def add_item(self) -> None:
        text = self.new_item.text()
        if not text.strip():
            return

        def add(db: Database) -> None:
            checklist.add_item(db, text)
            self.new_item.clear()

        self._change_list(add, tr("Added."))

    def _edit_saved(self, item_id: int, text: str) -> None:
        self._change_list(lambda db: checklist.edit_item(db, item_id, text), tr("Saved."))

    def _remove(self, item_id: int) -> None:
        self._change_list(
            lambda db: checklist.archive_item(db, item_id),
            tr("Removed from your list. Sessions where you ticked it still show it."),
        )


class QuestionRow(QWidget):
    answered = Signal(int, bool)

    def __init__(self, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(10)
        self.text = _wrapping_label(entry.body)
        row.addWidget(label("•", "muted", wrap=False), 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        self.done = QCheckBox(tr("Answered"))
        self.done.setAccessibleName(arg(tr("Answered: %1"), short(entry.body, 60)))
        self.done.setChecked(entry.subkind == checklist.ANSWERED)
        row.addWidget(self.done, 0, Qt.AlignmentFlag.AlignTop)
        self.done.toggled.connect(lambda on: self.answered.emit(self.entry.id or 0, on))


class QuestionsWidget(QWidget):
    """ "Questions for my care team" for one session; the new question autosaves."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.session: Session | None = None
        self.rows: list[QuestionRow] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        heading = label(tr("Questions for my care team"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        heading.setFont(font)
        lay.addWidget(heading)
        lay.addWidget(
            label(tr("Write them down as they come; they can go into the summary you share."), "muted")
        )
        self.rows_box = QWidget()
        self.rows_lay = QVBoxLayout(self.rows_box)
        self.rows_lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.rows_box)
        self.empty = label(tr("No questions yet."), "muted")
        lay.addWidget(self.empty)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(tr("New question for my care team"))
        self.editor.setPlaceholderText(tr("A question for my care team…"))
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(84)
        lay.addWidget(self.editor)
        row = QHBoxLayout()
        self.message = label("", "muted", about=tr("Questions message"))
        self.add_button = button(tr("Add question"), name=tr("Add the question"))
        row.addWidget(self.message, 1)
        row.addWidget(self.add_button)
        lay.addLayout(row)
        self.drafts = DraftKeeper("question", self._payload, self)
        self.drafts.failed.connect(lambda why: announce(self.message, tr("Not saved: ") + why))
        self.editor.textChanged.connect(self._edited)
        self.add_button.clicked.connect(self.add_question)
        self._loading = False

    def _payload(self) -> dict[str, Any]:
        return {"text": self.editor.toPlainText()}

    def _edited(self) -> None:
        if not self._loading:
            self.drafts.touch()

    def set_session(self, db: Database | None, session: Session | None) -> None:
        self.flush_draft()
        self.db = db
        self.session = session
        self._loading = True
        self.editor.clear()
        self._loading = False
        if db is not None and session is not None:
            self.drafts.attach(db, f"question:{session.uid}")
            draft = self.drafts.load()
            if draft and draft.get("text"):
                self._loading = True
                self.editor.setPlainText(str(draft["text"]))
                self._loading = False
        else:
            self.drafts.detach()
        self.reload()

    def reload(self) -> None:
        _drop_rows(self.rows_lay, self.rows)
        self.rows = []
        if self.db is None or self.db.closed or self.session is None or self.session.id is None:
            self.empty.show()
            return
        for entry in checklist.questions_for(self.db, self.session.id):
            row = QuestionRow(entry)
            row.answered.connect(self._answered)
            self.rows_lay.addWidget(row)
            self.rows.append(row)
        self.empty.setVisible(not self.rows)

    def add_question(self) -> None:
        if self.db is None or self.session is None:
            return
        text = self.editor.toPlainText()
        if not text.strip():
            self.editor.setFocus()
            return
        try:
            checklist.add_question(self.db, text, self.session.id)
        except StorageError as exc:
            self.drafts.flush()
            announce(self.message, arg(tr("Not saved: %1"), error_text(exc)))
            return
        self.drafts.discard()
        self._loading = True
        self.editor.clear()
        self._loading = False
        announce(self.message, tr("Added."))
        self.reload()
        self.changed.emit("entry")

    def _answered(self, entry_id: int, answered: bool) -> None:
        if self.db is None:
            return
        try:
            checklist.mark_answered(self.db, entry_id, answered)
        except StorageError as exc:
            announce(self.message, error_text(exc))
            return
        self.changed.emit("entry")

    def flush_draft(self) -> None:
        self.drafts.flush()

    def clear(self) -> None:
        self.drafts.detach()
        self.db = None
        self.session = None
        self._loading = True
        self.editor.clear()
        self._loading = False
        self.message.clear()
        self.reload()
