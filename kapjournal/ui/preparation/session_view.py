"""One session on the Sessions page: its details, the intention (set, read, change),
the checklist, the questions for the care team and, once it is done, the way on to
writing what came up and its reflections (run by the reflection feature, through the
host: the view only emits ``capture_requested`` and ``reflection_requested``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kapjournal.context import local_now
from kapjournal.i18n import arg, tr
from kapjournal.preparation import course
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import Session
from kapjournal.ui.common import fit
from kapjournal.ui.common.cards import Card
from kapjournal.ui.common.keys import tab_in_layout_order
from kapjournal.ui.common.widgets import Page, button, label
from kapjournal.ui.preparation.checklist_widget import ChecklistWidget, QuestionsWidget
from kapjournal.ui.preparation.common import fmt_when, kind_name, session_heading, setting_name, status_name
from kapjournal.ui.preparation.intention_page import IntentionSummary, pack_for_entry

logger = logging.getLogger(__name__)


class SessionView(QWidget):
    """One session: details, intention, checklist and questions for the care team."""

    back_requested = Signal()
    intention_requested = Signal(int)
    read_requested = Signal(int)
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    changed = Signal(str)
    capture_requested = Signal(int)  # session id: "Write what came up"
    reflection_requested = Signal(int, str)  # session id, step ("24h", "before_next")

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], datetime] = local_now) -> None:
        super().__init__(parent)
        self.clock = clock
        self.db: Database | None = None
        self.session: Session | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page = Page(width=760)
        outer.addWidget(self.page)
        b = self.page.body
        self.back_button = button(tr("← All sessions"), "link", name=tr("Back to all sessions"))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        b.addLayout(top)
        self.title = label("", "title", about=tr("Session"))
        self.when = label("", "subtitle", about=tr("Session time"))
        self.details = label("", "muted", about=tr("Session details"))
        self.notes = label("", about=tr("Session notes"))
        b.addWidget(self.title)
        b.addWidget(self.when)
        b.addWidget(self.details)
        b.addWidget(self.notes)
        actions = QHBoxLayout()
        self.edit_button = button(tr("Edit session"))
        self.delete_button = button(tr("Delete session…"))
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        b.addLayout(actions)

        self.intention_card = Card()
        head = label(tr("My intention"))
        font = head.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        head.setFont(font)
        self.intention_card.lay.addWidget(head)
        self.no_intention = label(
            tr("No intention yet. A few quiet minutes before the session are enough."), "muted"
        )
        self.intention_card.lay.addWidget(self.no_intention)
        self.intention_was = label(tr("Your intention was"), "muted")  # a done session
        self.intention_card.lay.addWidget(self.intention_was)
        self.summary = IntentionSummary()
        self.intention_card.lay.addWidget(self.summary)
        irow = QHBoxLayout()
        self.set_button = button(tr("Set intention"), "primary")
        self.read_button = button(tr("Read my intention"))
        irow.addWidget(self.set_button)
        irow.addWidget(self.read_button)
        irow.addStretch(1)
        self.intention_card.lay.addLayout(irow)
        b.addWidget(self.intention_card)
        self._build_after_card()
        b.addWidget(self.after_card)

        self.checklist_card = Card()
        self.checklist = ChecklistWidget()
        self.checklist_card.lay.addWidget(self.checklist)
        b.addWidget(self.checklist_card)
        self.questions_card = Card()
        self.questions = QuestionsWidget()
        self.questions_card.lay.addWidget(self.questions)
        b.addWidget(self.questions_card)
        b.addStretch(1)

        self.back_button.clicked.connect(self.back_requested)
        self.set_button.clicked.connect(lambda: self._emit(self.intention_requested))
        self.read_button.clicked.connect(lambda: self._emit(self.read_requested))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.checklist.changed.connect(self.changed)
        self.questions.changed.connect(self.changed)

    def _build_after_card(self) -> None:
        self.after_card = Card()
        head = label(tr("After the session"))
        font = head.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        head.setFont(font)
        self.after_card.lay.addWidget(head)
        self.after_card.lay.addWidget(
            label(
                tr("When you are ready: what came up, and the reflections of the days after."),
                "muted",
            )
        )
        self.capture_button = button(tr("Write what came up"), "primary")
        self.capture_button.clicked.connect(lambda: self._emit(self.capture_requested))
        self.step_row = fit.FlowLayout()  # the capture first, then the steps; wraps when narrow
        self.step_row.addWidget(self.capture_button)
        self.after_card.lay.addLayout(self.step_row)
        self.step_buttons: list[QPushButton] = []

    def _show_after(self, db: Database, session: Session) -> None:
        """The capture and one button per reflection step reached (a done session only)."""
        for old in self.step_buttons:
            self.step_row.removeWidget(old)
            old.deleteLater()
        self.step_buttons = []
        done = session.status == "done" and session.id is not None
        self.after_card.setVisible(done)
        if not done or session.id is None:
            return
        session_id = session.id
        for day in course.steps_reached(db, session, self.clock()):
            step = course.step_id(day)
            btn = button(self._step_text(day, course.integration_done(db, session_id, step)))
            btn.clicked.connect(lambda _=False, s=step: self.reflection_requested.emit(session_id, s))
            self.step_row.addWidget(btn)
            self.step_buttons.append(btn)

    @staticmethod
    def _step_text(day: int | str, written: bool) -> str:
        text = arg(tr("Day %1 after"), day) if isinstance(day, int) else tr("Before the next session")
        return arg(tr("%1 (written)"), text) if written else text

    def _emit(self, signal: Any) -> None:
        if self.session is not None and self.session.id is not None:
            signal.emit(self.session.id)

    def show_session(self, db: Database, session: Session) -> None:
        self.db = db
        self.session = session
        number = course.session_number(db, session)
        self.title.setText(session_heading(session, number))
        self.when.setText(fmt_when(session))
        parts = [kind_name(session.kind), setting_name(session.setting), status_name(session.status)]
        if session.route:
            parts.append(arg(tr("route: %1"), session.route))
        if session.duration_min:
            parts.append(tr("%n minutes", "", int(session.duration_min)))
        self.details.setText(" · ".join(parts))
        self.notes.setText(session.notes)
        self.notes.setVisible(bool(session.notes.strip()))
        ketamine = session.kind == "ketamine"
        self.intention_card.setVisible(ketamine)
        self.checklist_card.setVisible(ketamine)
        entry = course.intention_for(db, session.id or 0) if ketamine else None
        self._show_intention(db, entry, done=session.status == "done")
        self.checklist.set_session(db if ketamine else None, session if ketamine else None)
        self.questions.set_session(db, session)
        self._show_after(db, session)
        self._lead_with_after(session.status == "done")
        tab_in_layout_order(self)  # the checklist and questions were just filled in

    def _show_intention(self, db: Database, entry: Any, *, done: bool) -> None:
        """Before the session: set or change it. Once it is done: what it was (history)."""
        self.summary.show_entry(entry, pack_for_entry(db, entry) if entry else None)
        self.summary.setVisible(entry is not None)
        self.intention_was.setVisible(done and entry is not None)
        self.no_intention.setText(
            tr("No intention was set for this session.")
            if done
            else tr("No intention yet. A few quiet minutes before the session are enough.")
        )
        self.no_intention.setVisible(entry is None)
        self.set_button.setText(tr("Change my intention") if entry else tr("Set intention"))
        self.set_button.setVisible(not done)
        self.read_button.setVisible(entry is not None)

    def _lead_with_after(self, done: bool) -> None:
        """A done session leads with what comes after it; a planned one with preparing."""
        body = self.page.body
        after_at, intention_at = body.indexOf(self.after_card), body.indexOf(self.intention_card)
        if done != (after_at < intention_at):
            body.removeWidget(self.after_card)
            body.insertWidget(body.indexOf(self.intention_card) + (0 if done else 1), self.after_card)

    def refresh(self) -> None:
        if self.db is None or self.db.closed or self.session is None or self.session.id is None:
            return
        fresh = repo.get(self.db, Session, self.session.id)
        if fresh is None:
            self.back_requested.emit()
            return
        self.questions.flush_draft()
        self.show_session(self.db, fresh)

    def flush_draft(self) -> None:
        self.questions.flush_draft()

    def clear(self) -> None:
        self.db = None
        self.session = None
        self.summary.clear()
        self.checklist.clear()
        self.questions.clear()
        for old in self.step_buttons:
            self.step_row.removeWidget(old)
            old.deleteLater()
        self.step_buttons = []
        self.after_card.setVisible(False)
        for lab in (self.title, self.when, self.details, self.notes):
            lab.clear()
