"""Small pieces shared by the "after a session" pages: a back link, a session picker,
the action-step editor, a preview browser that never loads anything, titles, and the
frame of an editor page that keeps an encrypted draft."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kapjournal.i18n import arg, error_text, tr, translated
from kapjournal.reflection import after_session
from kapjournal.storage.db import Database
from kapjournal.storage.models import Entry
from kapjournal.summary import SESSION_KIND_LABELS
from kapjournal.ui.common import fit
from kapjournal.ui.common.drafts import DraftKeeper
from kapjournal.ui.common.formatting import date_format, fmt_day
from kapjournal.ui.common.keys import whole_stop
from kapjournal.ui.common.widgets import Page, button, label


def name_date_edit(edit: QDateEdit, name: str) -> None:
    """Name a date field and the text field inside it (screen readers reach both)."""
    edit.setAccessibleName(name)
    inner = edit.findChild(QLineEdit)
    if inner is not None:
        inner.setAccessibleName(name)


def back_link(text: str = "") -> QPushButton:
    btn = button(text or tr("← Back to the journal"), "link", name=tr("Back to the journal"))
    return btn


def step_title(step: str, number: int | None) -> str:
    """ "Day 1 after session 2", "Before the next session (after session 2)"."""
    days = after_session.step_days(step)
    if step == "before_next":
        if number is None:
            return tr("Before the next session")
        return arg(tr("Before the next session (after session %1)"), number)
    if days is None:
        return tr("Reflection after the session")
    if number is None:
        return arg(tr("Day %1 after the session"), days)
    return arg(tr("Day %1 after session %2"), days, number)


def session_label(choice: after_session.SessionChoice) -> str:
    when = fmt_day(choice.day)
    if choice.kind == "ketamine" and choice.number is not None:
        return arg(tr("Session %1 · %2"), choice.number, when)
    return f"{translated(SESSION_KIND_LABELS.get(choice.kind, 'Session'))} · {when}"


NO_SESSION = -1  # item data for "no session" (never None: see session_id)


class SessionPicker(QComboBox):
    """Choose a session to link to, or none (``allow_none``).

    Item data is never None: PySide6 6.12 returns None for an empty QVariant
    without a reference, which slowly drains None's reference count."""

    def __init__(self, name: str, *, allow_none: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allow_none = allow_none
        self.setAccessibleName(name)
        self.setMinimumHeight(40)

    def load(self, db: Database | None, selected: int | None = None, until: Any = None) -> None:
        self.blockSignals(True)
        self.clear()
        if self.allow_none:
            self.addItem(tr("Not linked to a session"), NO_SESSION)
        if db is not None:
            for choice in after_session.session_choices(db, until):
                self.addItem(session_label(choice), choice.session_id)
        self.select(selected)
        self.blockSignals(False)

    def select(self, session_id: int | None) -> None:
        index = self.findData(session_id if session_id is not None else NO_SESSION)
        if index < 0 and self.count():
            index = 0
        self.setCurrentIndex(index)

    def session_id(self) -> int | None:
        if self.currentIndex() < 0:
            return None
        value = self.currentData()
        return int(value) if isinstance(value, int) and value != NO_SESSION else None


class ActionStepEditor(QWidget):
    """An optional action step: a few words and, if wanted, a date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.text = QLineEdit()
        self.text.setMaxLength(after_session.MAX_STEP_CHARS)
        self.text.setAccessibleName(tr("Action step"))
        self.text.setPlaceholderText(tr("For example: a ten-minute walk after lunch on Thursday"))
        self.text.setMinimumHeight(44)
        lay.addWidget(self.text)
        row = QHBoxLayout()
        self.has_date = QCheckBox(tr("Pick a day for it"))
        self.has_date.setAccessibleName(tr("Pick a day for the action step"))
        self.date = whole_stop(QDateEdit())  # one Tab stop
        self.date.setCalendarPopup(True)
        name_date_edit(self.date, tr("Day for the action step"))
        self.date.setDisplayFormat(date_format())
        self.date.setDate(QDate.currentDate().addDays(2))
        self.date.setEnabled(False)
        row.addWidget(self.has_date)
        row.addWidget(self.date)
        row.addStretch(1)
        lay.addLayout(row)
        self.has_date.toggled.connect(self.date.setEnabled)
        self.text.textChanged.connect(self.changed)
        self.has_date.toggled.connect(lambda *_: self.changed.emit())
        self.date.dateChanged.connect(lambda *_: self.changed.emit())

    def value(self) -> tuple[str, date | None]:
        due = self.date.date().toPython() if self.has_date.isChecked() else None
        return self.text.text().strip(), due  # type: ignore[return-value]

    def set_value(self, text: str, due: date | None) -> None:
        self.text.setText(text)
        self.has_date.setChecked(due is not None)
        if due is not None:
            self.date.setDate(QDate(due.year, due.month, due.day))

    def payload(self) -> dict[str, Any]:
        _, due = self.value()
        return {"text": self.text.text(), "due": due.isoformat() if due else ""}

    def restore(self, payload: Any) -> None:
        if not isinstance(payload, dict):
            return
        due_text = str(payload.get("due") or "")
        try:
            due = date.fromisoformat(due_text) if due_text else None
        except ValueError:
            due = None
        self.set_value(str(payload.get("text") or ""), due)

    def reset(self) -> None:
        self.text.clear()
        self.has_date.setChecked(False)
        self.date.setDate(QDate.currentDate().addDays(2))


class SafeBrowser(QTextBrowser):
    """A read-only rich-text view that follows no link and loads no resource.

    Only sanitized HTML from :func:`kapjournal.richtext.render_markdown` is shown
    here; even so, images, style sheets and links are never fetched or opened."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setAccessibleName(name)

    def loadResource(self, type: int, name: Any) -> Any:
        return None


def plain_document_text(html: str) -> str:
    """Plain text of an HTML fragment (used by tests to check what is shown)."""
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


class EntryEditorPage(Page):
    """A page that edits one journal entry: a back link at the top, a save-state line
    (``state``, placed by the subclass) and an encrypted draft of what is typed.

    Subclasses call :meth:`keep_drafts` once their editors exist; ``_restoring``
    silences ``_edited`` while fields are filled in by code."""

    back_requested = Signal()
    saved = Signal(int)
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, width: int) -> None:
        super().__init__(parent, width=width)
        self.db: Database | None = None
        self._restoring = False
        self.back = back_link()
        self.body.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        self.state = label("", "muted", about=tr("Save state"))

    def keep_drafts(self, kind: str, payload: Callable[[], dict[str, Any]]) -> None:
        """Start the draft keeper of *payload* (its outcome shows in ``state``) and
        the back link."""
        self.draft = DraftKeeper(kind, payload, self)
        self.draft.saved.connect(lambda: self.state.setText(tr("Draft kept")))
        self.draft.failed.connect(lambda text: self.state.setText(tr("Not saved: ") + text))
        self.back.clicked.connect(self._back)

    # -- lifecycle -------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        self.db = db

    def flush_draft(self) -> bool:
        return self.draft.flush()

    def _resume_draft(
        self, db: Database, key: str, restore: Callable[[dict[str, Any]], None]
    ) -> dict[str, Any] | None:
        """Keep drafts under *key* and put back (with *restore*) one that was kept;
        ends the filling-in begun with ``_restoring = True``."""
        self.draft.attach(db, key)
        kept = self.draft.load()
        if kept:
            restore(kept)
        self._restoring = False
        self.state.setText(tr("Draft kept") if kept else "")
        return kept

    def _edited(self) -> None:
        if self._restoring:
            return
        self.state.setText(tr("Editing…"))
        self.draft.touch()

    def _back(self) -> None:
        self.draft.flush()
        self.back_requested.emit()

    # -- saving ----------------------------------------------------------------------
    def _not_saved(self, exc: Exception) -> bool:
        """Keep the text as a draft and say why it was not saved (returns False)."""
        self.draft.flush()
        fit.show_message(self.state, arg(tr("Not saved: %1"), error_text(exc)))
        return False

    def _announce_saved(self, entry: Entry, message: str) -> None:
        fit.show_message(self.state, message)
        self.changed.emit(Entry.TABLE)
        self.saved.emit(entry.id or 0)
