"""Sessions: every course and its sessions as one timeline (newest course first, the
model in :mod:`.sessions_model`), the page of one session (:mod:`.session_view`: its
intention, checklist and questions for the care team), the intention flow, and the
calendar export."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kapjournal.context import Clock
from kapjournal.i18n import arg, error_text, tr
from kapjournal.measures.instruments import switch_on, switched_on
from kapjournal.preparation import course
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Course, Session
from kapjournal.ui.common import fit
from kapjournal.ui.common.cards import Card
from kapjournal.ui.common.widgets import Banner, announce, button, label
from kapjournal.ui.preparation import dialogs
from kapjournal.ui.preparation.common import fmt_when
from kapjournal.ui.preparation.intention_flow import IntentionFlowView
from kapjournal.ui.preparation.session_view import SessionView
from kapjournal.ui.preparation.sessions_model import TimelineModel, TimelineRow

logger = logging.getLogger(__name__)

CALENDAR_SUMMARY = "neutral"  # "Therapy appointment": says nothing about ketamine


class SessionsPage(QWidget):
    """The "Sessions" section. ``changed(table)`` after every save; ``read_requested``
    asks the window for the full-window read view."""

    changed = Signal(str)
    read_requested = Signal(int)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.db: Database | None = None
        self._resume_uid = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.timeline = self._build_timeline()
        self.stack.addWidget(self.timeline)

        # -- one session, and the intention flow -----------------------------------------------
        self.session_view = SessionView(clock=clock)
        self.stack.addWidget(self.session_view)
        self.flow = IntentionFlowView(clock)
        self.stack.addWidget(self.flow)

        self.new_course_button.clicked.connect(self.new_course)
        self.empty_button.clicked.connect(self.new_course)
        self.add_button.clicked.connect(lambda: self.add_session())
        self.open_button.clicked.connect(self._open_current)
        self.edit_course_button.clicked.connect(lambda: self.edit_course())
        self.delete_course_button.clicked.connect(lambda: self.delete_course())
        self.export_button.clicked.connect(lambda: self.export_calendar())
        self.list.activated.connect(lambda index: self._open_row(index.row()))
        self.list.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_course_info())
        self.session_view.back_requested.connect(self.show_timeline)
        self.session_view.intention_requested.connect(self.start_intention)
        self.session_view.read_requested.connect(self.read_requested)
        self.session_view.edit_requested.connect(self.edit_session)
        self.session_view.delete_requested.connect(self.delete_session)
        self.session_view.changed.connect(self._child_changed)
        self.flow.saved.connect(self._intention_saved)
        self.flow.closed.connect(self._flow_closed)
        self.flow.changed.connect(self.changed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.session_view)
        escape.activated.connect(self.show_timeline)

    def _build_timeline(self) -> QWidget:
        """The list of courses and sessions, its header, warnings and buttons."""
        timeline = QWidget()
        tl = QVBoxLayout(timeline)
        tl.setContentsMargins(24, 24, 24, 24)
        tl.setSpacing(12)
        head = QHBoxLayout()
        head.addWidget(label(tr("Sessions"), "title"))
        head.addStretch(1)
        self.new_course_button = button(tr("New course…"))
        self.add_button = button(tr("Add session…"), "primary")
        head.addWidget(self.new_course_button)
        head.addWidget(self.add_button)
        tl.addLayout(head)
        self.course_info = label("", "muted", about=tr("Course details"))
        tl.addWidget(self.course_info)
        self.warnings = Banner("")
        self.warnings.hide()
        tl.addWidget(self.warnings)
        self.empty = Card(margins=28)
        self.empty.lay.addWidget(label(tr("No course yet"), "subtitle"))
        self.empty.lay.addWidget(
            label(
                tr(
                    "Set up your course with the dates your clinic gave you. A typical plan is "
                    "offered; you adjust it."
                ),
            )
        )
        self.empty_button = button(tr("Set up your course"), "primary")
        erow = QHBoxLayout()
        erow.addWidget(self.empty_button)
        erow.addStretch(1)
        self.empty.lay.addLayout(erow)
        tl.addWidget(self.empty)
        self.model = TimelineModel(self)
        self.list = QListView()
        self.list.setTabKeyNavigation(False)  # one Tab stop, arrows inside
        self.list.setModel(self.model)
        self.list.setAccessibleName(tr("Courses and sessions"))
        self.list.setSpacing(5)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        self.list.setProperty("role", "timeline")  # the theme's roomy, rounded rows
        tl.addWidget(self.list, 1)
        foot = fit.FlowLayout()  # wraps on a narrow screen rather than cutting a button short
        self.open_button = button(tr("Open session"))
        self.edit_course_button = button(tr("Edit course…"))
        self.delete_course_button = button(tr("Delete course…"))
        self.export_button = button(
            tr("Export to my calendar…"), tip=tr("An .ics file your own calendar app can import")
        )
        foot.addWidget(self.open_button)
        foot.addStretch(1)
        foot.addWidget(self.edit_course_button)
        foot.addWidget(self.delete_course_button)
        foot.addWidget(self.export_button)
        tl.addLayout(foot)
        self.message = label("", "muted", about=tr("Sessions message"))
        tl.addWidget(self.message)
        return timeline

    # -- page protocol ---------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        self.db = db
        self.reload()
        self.show_timeline()
        if self._resume_uid:
            session = repo.get_by_uid(db, Session, self._resume_uid)
            self._resume_uid = ""
            if session is not None:
                self.start_intention(session.id or 0)

    def on_shown(self) -> None:
        self.reload()
        if self.stack.currentWidget() is self.session_view:
            self.session_view.refresh()

    def flush_draft(self) -> None:
        self.flow.flush_draft()
        self.session_view.flush_draft()

    def clear(self) -> None:
        if self.stack.currentWidget() is self.flow and self.flow.is_active() and self.flow.session:
            self._resume_uid = self.flow.session.uid  # reopen the flow after unlock
        self.flow.clear()
        self.session_view.clear()
        self.db = None
        self.model.load(None)
        self.course_info.clear()
        self.message.clear()
        self.warnings.hide()
        self.stack.setCurrentWidget(self.timeline)

    def on_data_changed(self, table: str) -> None:
        """Another page saved something: refresh what is shown (never the open flow)."""
        if self.db is None or self.db.closed:
            return
        self.reload()
        if self.stack.currentWidget() is self.session_view and table != "checklist_tick":
            self.session_view.refresh()

    # -- timeline -----------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.current_session_id()
        keep_course = self.current_course_id()
        self.model.load(self.db)
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has and self.db is not None)
        self.list.setVisible(has)
        for w in (self.add_button, self.open_button, self.edit_course_button, self.export_button):
            w.setEnabled(has)
        row = self.model.row_of_session(keep) if keep else -1
        if row < 0 and keep_course:
            row = self.model.row_of_course(keep_course)
        if row < 0 and has:
            row = 0
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        self._update_course_info()

    def _update_course_info(self) -> None:
        c = self._current_course()
        if c is None:
            self.course_info.clear()
            self.course_info.hide()
            return
        bits = [b for b in (c.care_name, c.care_phone, c.care_email) if b]
        self.course_info.setText(arg(tr("Care team: %1"), " · ".join(bits)) if bits else "")
        self.course_info.setVisible(bool(bits))

    def _current_row(self) -> TimelineRow | None:
        return self.model.row(self.list.currentIndex().row())

    def _current_course(self) -> Course | None:
        r = self._current_row()
        return r.course if r else None

    def current_course_id(self) -> int | None:
        c = self._current_course()
        return c.id if c else None

    def current_session_id(self) -> int | None:
        r = self._current_row()
        return r.session.id if r and r.session else None

    def show_timeline(self) -> None:
        self.session_view.flush_draft()
        self.message.clear()
        self.stack.setCurrentWidget(self.timeline)
        self.reload()
        self.list.setFocus()

    def _open_current(self) -> None:
        self._open_row(self.list.currentIndex().row())

    def _open_row(self, row: int) -> None:
        r = self.model.row(row)
        if r is None:
            return
        if r.session is None:
            self.edit_course(r.course.id)
        elif r.session.id is not None:
            self.open_session(r.session.id)

    def _show_warnings(self, notes: list[str]) -> None:
        self.warnings.text.setText("\n".join(notes))
        self.warnings.setVisible(bool(notes))

    def _say(self, text: str) -> None:
        announce(self.message, text)

    def _child_changed(self, table: str) -> None:
        self.changed.emit(table)

    # -- courses ---------------------------------------------------------------------------------
    def new_course(self) -> None:
        if self.db is None:
            return
        plan, ok = dialogs.CourseDialog.ask(self.window(), self.clock(), None, switched_on(self.db))
        if not ok or plan is None:
            return
        try:
            result = course.create_course_with_plan(
                self.db, plan.course, plan.times, plan.include_fourth, now=self.clock(), setting=plan.setting
            )
        except StorageError as exc:
            self._say(arg(tr("Not saved: %1"), error_text(exc)))
            return
        self.show_timeline()
        row = self.model.row_of_course(result.course.id or 0)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row + 1 if result.sessions else row))
        notes = [self._warning_text(w) for w in result.warnings]
        self._show_warnings([n for n in notes if n])
        self._say(tr("Your course is saved with %n sessions.", "", len(result.sessions)))
        self.changed.emit("session")
        if plan.questionnaires and switch_on(self.db, plan.questionnaires):  # taken up
            self.changed.emit("setting")

    def edit_course(self, course_id: int | None = None) -> None:
        if self.db is None:
            return
        cid = course_id or self.current_course_id()
        existing = repo.get(self.db, Course, cid) if cid else None
        if existing is None:
            return
        plan, ok = dialogs.CourseDialog.ask(self.window(), self.clock(), existing)
        if not ok or plan is None:
            return
        try:
            course.save_course(self.db, plan.course)
        except StorageError as exc:
            self._say(arg(tr("Not saved: %1"), error_text(exc)))
            return
        self.reload()
        self._say(tr("Saved."))
        self.changed.emit("course")

    def _warning_text(self, w: course.ScheduleWarning) -> str:
        if self.db is None:
            return ""
        s = repo.get(self.db, Session, w.session_id)
        if s is None:
            return ""
        when = fmt_when(s, long=False)
        if w.code == "in_past":
            return arg(tr("%1 is in the past and still marked as planned."), when)
        other = repo.get(self.db, Session, w.other_session_id or 0)
        if other is None:
            return ""
        return arg(tr("%1 overlaps another appointment (%2)."), when, fmt_when(other, long=False))

    # -- sessions ---------------------------------------------------------------------------------
    def add_session(self, course_id: int | None = None) -> None:
        if self.db is None:
            return
        cid = course_id or self.current_course_id()
        if cid is None:
            self.new_course()
            return
        now = self.clock()
        existing = course.sessions_of(self.db, cid)
        start = (existing[-1].scheduled_at if existing else now) + timedelta(days=3)
        start = start.astimezone().replace(hour=10, minute=0, second=0)
        draft = Session(course_id=cid, scheduled_at=start, kind="ketamine")
        session, ok = dialogs.SessionDialog.ask(self.window(), self.db, draft, now)
        if ok and session is not None:
            self._save_session(session)

    def edit_session(self, session_id: int) -> None:
        if self.db is None:
            return
        existing = repo.get(self.db, Session, session_id)
        if existing is None:
            return
        session, ok = dialogs.SessionDialog.ask(self.window(), self.db, existing, self.clock())
        if ok and session is not None:
            self._save_session(session)

    def _save_session(self, session: Session) -> None:
        assert self.db is not None
        try:
            saved, warnings = course.save_session(self.db, session, self.clock())
        except StorageError as exc:
            self._say(arg(tr("Not saved: %1"), error_text(exc)))
            return
        notes = [self._warning_text(w) for w in warnings]
        self._show_warnings([n for n in notes if n])
        self.changed.emit("session")
        if self.stack.currentWidget() is self.session_view:
            self.session_view.show_session(self.db, saved)
        else:
            self.reload()
            row = self.model.row_of_session(saved.id or 0)
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))
        self._say(tr("Saved."))

    def delete_session(self, session_id: int) -> None:
        if self.db is None:
            return
        count = course.entry_count(self.db, session_id)
        choice = dialogs.ask_delete_session(self.window(), count)
        if choice is None:
            return
        try:
            session = repo.get(self.db, Session, session_id)
            course.delete_session(self.db, session_id, keep_entries=choice == "keep")
            if session is not None:
                repo.discard_draft(self.db, f"intention:{session.uid}")
                repo.discard_draft(self.db, f"question:{session.uid}")
        except StorageError as exc:
            self._say(error_text(exc))
            return
        self.session_view.clear()
        self.show_timeline()
        if count and choice == "keep":
            self._say(tr("Session deleted. Your writing is kept in the journal."))
        else:
            self._say(tr("Session deleted."))
        self.changed.emit("session")
        self.changed.emit("entry")

    def delete_course(self, course_id: int | None = None) -> None:
        if self.db is None:
            return
        course_id = course_id if course_id is not None else self.current_course_id()
        if course_id is None:
            self._say(tr("Choose a course or one of its sessions first."))
            return
        count = course.course_entry_count(self.db, course_id)
        choice = dialogs.ask_delete_course(self.window(), count)
        if choice is None:
            return
        try:
            course.delete_course(self.db, course_id, keep_entries=choice == "keep")
        except StorageError as exc:
            self._say(error_text(exc))
            return
        self.session_view.clear()
        self.show_timeline()
        self._say(
            tr("Course deleted. Your writing is kept in the journal.")
            if count and choice == "keep"
            else tr("Course deleted.")
        )
        self.changed.emit("session")
        self.changed.emit("entry")

    def open_session(self, session_id: int) -> None:
        if self.db is None:
            return
        session = repo.get(self.db, Session, session_id)
        if session is None:
            return
        self.session_view.show_session(self.db, session)
        self.stack.setCurrentWidget(self.session_view)
        self.session_view.back_button.setFocus()

    # -- intention -------------------------------------------------------------------------------
    def start_intention(self, session_id: int) -> None:
        if self.db is None:
            return
        session = repo.get(self.db, Session, session_id)
        if session is None:
            return
        self.session_view.flush_draft()
        self.flow.start(self.db, session)
        self.stack.setCurrentWidget(self.flow)

    def _intention_saved(self, session_id: int) -> None:
        self.open_session(session_id)
        self.reload()
        self.session_view.set_button.setFocus()
        self._say(tr("Your intention is saved."))

    def _flow_closed(self) -> None:
        sid = self.flow.session.id if self.flow.session else None
        self.flow.clear()
        if sid is not None:
            self.open_session(sid)
        else:
            self.show_timeline()

    # -- calendar --------------------------------------------------------------------------------
    def export_calendar(self, course_id: int | None = None) -> None:
        if self.db is None:
            return
        cid = course_id or self.current_course_id()
        if cid is None:
            return
        answer = QMessageBox.information(
            self.window(),
            tr("Export to my calendar"),
            tr(
                "The calendar file shows when your sessions are, with the neutral title "
                "“Therapy appointment” and reminders the evening before and two hours "
                "before. It is not encrypted: anyone who sees the file, or the calendar you "
                "import it into, can see these times."
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window(),
            tr("Export to my calendar"),
            str(Path.home() / "sessions.ics"),
            tr("Calendar (*.ics)"),
        )
        if path:
            self.export_calendar_to(Path(path), cid)

    def export_calendar_to(self, path: Path, course_id: int) -> bool:
        if self.db is None:
            return False
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        from kapjournal.exporters import ics  # icalendar (about 9 MiB) loads on the first export
        try:
            ics.export_course_ics(self.db, course_id, path, summary=CALENDAR_SUMMARY)
        except StorageError as exc:
            self._say(arg(tr("Not saved: %1"), error_text(exc)))
            return False
        self._say(tr("Calendar file saved. Open it with your calendar app to add the sessions."))
        return True
