"""Action steps: every step chosen in a reflection or thought record, with its day,
and a way to say how it went (done / not done / changed, with a note)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from kapjournal.context import Clock, local_now
from kapjournal.i18n import QT_TR_NOOP, arg, error_text, tr, translated
from kapjournal.reflection import after_session
from kapjournal.storage import queries
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Commitment
from kapjournal.ui.common.cards import card
from kapjournal.ui.common.formatting import fmt_day
from kapjournal.ui.common.widgets import Page, announce, label, save_row
from kapjournal.ui.reflection.common import back_link

logger = logging.getLogger(__name__)

STATUS_NAMES = {
    "open": QT_TR_NOOP("Still to do"),
    "done": QT_TR_NOOP("Done"),
    "not_done": QT_TR_NOOP("Not done"),
    "changed": QT_TR_NOOP("Changed"),
}


def due_text(step: Commitment, today: date) -> str:
    if step.due_date is None:
        return tr("no day set")
    delta = (step.due_date - today).days
    if delta == 0:
        return tr("today")
    if delta == -1:
        return tr("yesterday")
    if delta == 1:
        return tr("tomorrow")
    return fmt_day(step.due_date)


class StepsPage(Page):
    """The list of all action steps; pick one to record how it went."""

    back_requested = Signal()
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, clock: Clock = local_now) -> None:
        super().__init__(parent, width=760)
        self.clock = clock  # the context's clock (kapjournal.context)
        self.db: Database | None = None
        self.steps: list[Commitment] = []
        b = self.body
        self.back = back_link()
        b.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        b.addWidget(label(tr("Action steps"), "title"))
        b.addWidget(
            label(
                tr(
                    "Small steps you chose after a reflection or a thought record. Looking "
                    "back on them, whatever happened, is part of the work."
                ),
                "muted",
            )
        )
        self.list = QListWidget()
        self.list.setTabKeyNavigation(False)  # one Tab stop, arrows inside
        self.list.setAccessibleName(tr("Action steps"))
        self.list.setMinimumHeight(220)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        b.addWidget(self.list, 1)
        self.empty = label(tr("No action steps yet. You can choose one at the end of a reflection."), "muted")
        b.addWidget(self.empty)

        box, lay = card()
        self.detail_box = box
        self.step_text = label("", about=tr("The chosen step"))
        self.step_text.setProperty("role", "lead")
        self.step_due = label("", "muted")
        lay.addWidget(self.step_text)
        lay.addWidget(self.step_due)
        lay.addWidget(label(tr("How did it go?")))
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for status in ("done", "not_done", "changed", "open"):
            radio = QRadioButton(translated(STATUS_NAMES[status]))
            radio.setAccessibleName(translated(STATUS_NAMES[status]))
            self.group.addButton(radio)
            self.radios[status] = radio
            row.addWidget(radio)
        row.addStretch(1)
        lay.addLayout(row)
        self.note = QLineEdit()
        self.note.setAccessibleName(tr("A note about how it went"))
        self.note.setPlaceholderText(
            tr("A few words, if you like (what you did instead, what got in the way)")
        )
        self.note.setMinimumHeight(40)
        lay.addWidget(self.note)
        row, self.message, self.save_button = save_row(tr("Save"))
        lay.addLayout(row)
        b.addWidget(box)
        box.hide()

        self.back.clicked.connect(self.back_requested)
        self.list.currentRowChanged.connect(self._show)
        self.save_button.clicked.connect(self.save)
        self.note.returnPressed.connect(self.save)

    # -- lifecycle -------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        self.db = db

    def clear(self) -> None:
        self.db = None
        self.steps = []
        self.list.clear()
        self.note.clear()
        self.step_text.clear()
        self.message.clear()
        self.detail_box.hide()

    def flush_draft(self) -> bool:
        return True

    def refresh(self, select_id: int | None = None) -> None:
        if self.db is None:
            return
        current = self.current()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.steps = after_session.all_steps(self.db)
        today = self.clock().date()
        self.list.blockSignals(True)
        self.list.clear()
        for step in self.steps:
            status = translated(STATUS_NAMES.get(step.status, step.status))
            item = QListWidgetItem(f"{step.text}\n{status} · {due_text(step, today)}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{step.text}. {status}, {due_text(step, today)}"
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not self.steps)
        row = next((i for i, s in enumerate(self.steps) if s.id == keep), -1)
        if row >= 0:
            self.list.setCurrentRow(row)
        else:
            self.detail_box.hide()

    def current(self) -> Commitment | None:
        row = self.list.currentRow()
        return self.steps[row] if 0 <= row < len(self.steps) else None

    def select_step(self, step_id: int) -> None:
        self.refresh(step_id)

    def _show(self, row: int) -> None:
        step = self.current()
        if step is None:
            self.detail_box.hide()
            return
        self.step_text.setText(step.text)
        self.step_due.setText(arg(tr("Planned for: %1"), due_text(step, self.clock().date())))
        self.radios.get(step.status, self.radios["open"]).setChecked(True)
        self.note.setText(step.outcome_note)
        self.message.clear()
        self.detail_box.show()

    def set_status(self, status: str) -> None:
        self.radios[status].setChecked(True)

    def save(self) -> bool:
        step = self.current()
        if self.db is None or step is None:
            return False
        status = next((s for s, r in self.radios.items() if r.isChecked()), "open")
        try:
            after_session.resolve_step(self.db, step.id or 0, status, self.note.text())
        except StorageError as exc:
            announce(self.message, arg(tr("Not saved: %1"), error_text(exc)))
            return False
        self.refresh(step.id)
        announce(self.message, tr("Saved"))
        self.changed.emit(Commitment.TABLE)
        return True


def step_count_due(db: Database, today: date) -> int:
    return len(after_session.steps_due(db, today))


def open_step_count(db: Database) -> int:
    return queries.count_open_steps(db)
