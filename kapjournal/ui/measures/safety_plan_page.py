"""The safety-plan editor: one calm scrolling page with the plan's seven short lists.

Each part is a heading (its visible title, which is also the box's name for a screen
reader), a short hint and a box with one item per line. What is typed is saved by
itself a moment after each change, at once when the patient goes back (Back, Esc,
Ctrl+Enter = save and go back, the "Save and go back" button), and whenever the
window is left through "Need help now?". The share box decides whether the plan goes
into the summary. A plan that cannot be read is not offered for editing, so nothing
stored is ever overwritten by an empty form.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPlainTextEdit, QWidget

from kapjournal.i18n import tr
from kapjournal.measures import safety_plan
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.ui.common.cards import card
from kapjournal.ui.common.keys import save_and_continue, tab_in_layout_order
from kapjournal.ui.common.widgets import Page, announce, buddy, button, label, save_row

logger = logging.getLogger(__name__)

AUTOSAVE_MS = 800
EDITOR_LINES = 4


class SafetyPlanPage(Page):
    """The editor. :meth:`open_plan` fills it from the journal; ``done`` asks to go back."""

    done = Signal()
    saved = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent, width=680)
        self.clock = clock
        self.db: Database | None = None
        self._dirty = False
        self._readable = False
        top = QHBoxLayout()
        self.back_top = button(
            tr("← Back"), "link", name=tr("Back"), tip=tr("Saves your plan and goes back (Esc)")
        )
        top.addWidget(self.back_top)
        top.addStretch(1)
        self.body.addLayout(top)
        self.body.addWidget(label(tr("My safety plan"), "title"))
        self.body.addWidget(label(safety_plan.intro_text(), "subtitle"))
        self.problem = label("", "muted", about=tr("Safety plan"))
        self.problem.hide()
        self.body.addWidget(self.problem)
        self.editors: dict[str, QPlainTextEdit] = {}
        for part in safety_plan.PART_IDS:
            self.body.addWidget(self._part(part))
        self.share = QCheckBox(tr("Share my safety plan in the summary for my care team"))
        self.share.setMinimumHeight(36)
        self.body.addWidget(self.share)
        row, self.state, self.save_button = save_row(tr("Save and go back"))
        self.body.addLayout(row)
        self.body.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)
        self.back_top.clicked.connect(self.finish)
        self.save_button.clicked.connect(self.finish)
        self.share.toggled.connect(self._share_toggled)
        save_and_continue(self, self.finish)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.finish)
        tab_in_layout_order(self)

    def _part(self, part: str) -> QWidget:
        frame, lay = card()
        title = safety_plan.part_title(part)
        heading = label(title, "heading")
        edit = QPlainTextEdit()
        edit.setAccessibleName(title)  # the heading's own words, nothing hidden
        edit.setAccessibleDescription(tr("One item per line"))
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(tr("One per line"))
        lines = edit.fontMetrics().lineSpacing() * EDITOR_LINES
        edit.setMinimumHeight(lines + 16)
        edit.setMaximumHeight(lines * 2)
        edit.textChanged.connect(self._changed)
        lay.addWidget(buddy(heading, edit))
        lay.addWidget(label(safety_plan.part_hint(part), "muted"))
        lay.addWidget(edit)
        self.editors[part] = edit
        return frame

    # -- filling and saving ------------------------------------------------------------
    def open_plan(self, db: Database | None) -> None:
        """Show the stored plan (read fresh); without one that reads, nothing to edit."""
        self._timer.stop()
        self.db = db if db is not None and not db.closed else None
        plan: safety_plan.SafetyPlan | None = None
        shared = False
        if self.db is not None:
            try:
                plan = safety_plan.read_plan(self.db)
                shared = safety_plan.is_shared(self.db)
            except StorageError:
                logger.warning("the safety plan could not be read for editing")
        self._readable = plan is not None
        for part, edit in self.editors.items():
            was = edit.blockSignals(True)
            edit.setPlainText("\n".join(plan.items(part)) if plan is not None else "")
            edit.blockSignals(was)
            edit.setEnabled(self._readable)
        was = self.share.blockSignals(True)
        self.share.setChecked(shared)
        self.share.blockSignals(was)
        self.share.setEnabled(self._readable)
        self.save_button.setText(tr("Save and go back") if self._readable else tr("Back"))
        unreadable = tr("Your safety plan cannot be read just now, so it cannot be changed here.")
        self.problem.setText("" if self._readable else unreadable)
        self.problem.setVisible(not self._readable)
        self.state.clear()
        self._dirty = False
        first = self.editors[safety_plan.PART_IDS[0]]
        (first if self._readable else self.save_button).setFocus()

    def plan_from_screen(self) -> safety_plan.SafetyPlan:
        return safety_plan.make_plan(
            {part: safety_plan.items_from_text(edit.toPlainText()) for part, edit in self.editors.items()}
        )

    def _changed(self) -> None:
        if not self._readable:
            return
        self._dirty = True
        self.state.setText(tr("Not saved yet"))
        self._timer.start()

    def save(self) -> bool:
        """Keep what is on screen; False when it could not be saved (it stays on screen)."""
        self._timer.stop()
        if not self._dirty or self.db is None or self.db.closed or not self._readable:
            return True
        try:
            safety_plan.save_plan(self.db, self.plan_from_screen(), self.clock())
        except StorageError:
            announce(self.state, tr("Not saved. Your words are still here; try again in a moment."))
            return False
        self._dirty = False
        announce(self.state, tr("Saved."))
        self.saved.emit()
        return True

    def _share_toggled(self, on: bool) -> None:
        if self.db is None or self.db.closed or not self._readable:
            return
        try:
            safety_plan.set_shared(self.db, on)
        except StorageError:
            announce(self.state, tr("Not saved. Your words are still here; try again in a moment."))
            return
        said = tr("Your plan will be in the summary.") if on else tr("Your plan stays private.")
        announce(self.state, said)

    def finish(self) -> None:
        """Save and go back; when saving fails the page stays, with the words on it."""
        if self.save():
            self.done.emit()

    # -- the View protocol -------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        self.open_plan(db)

    def on_shown(self) -> None:
        return

    def flush_draft(self) -> bool:
        return self.save()

    def clear(self) -> None:
        self._timer.stop()
        self.db = None
        self._dirty = False
        self._readable = False
        for edit in self.editors.values():
            was = edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(was)
        self.share.setChecked(False)
        self.state.clear()
