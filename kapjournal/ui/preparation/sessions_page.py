"""Sessions: every course and its sessions as one timeline (newest course first), the
page of one session (its intention, checklist and questions for the care team), the
intention flow, and the calendar export."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kapjournal.exporters import ics
from kapjournal.preparation import course
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Course, Session
from kapjournal.ui.common.widgets import Banner, Page, button, label, tr
from kapjournal.ui.preparation import dialogs
from kapjournal.ui.preparation.checklist_widget import ChecklistWidget, QuestionsWidget
from kapjournal.ui.preparation.common import (
    Card,
    Clock,
    fmt_date,
    fmt_when,
    kind_name,
    session_heading,
    setting_name,
    status_name,
)
from kapjournal.ui.preparation.intention_page import IntentionFlowView, IntentionSummary, pack_for_entry

logger = logging.getLogger(__name__)

SessionRole = Qt.ItemDataRole.UserRole + 1
CourseRole = Qt.ItemDataRole.UserRole + 2
CALENDAR_SUMMARY = "neutral"  # "Therapy appointment": says nothing about ketamine


@dataclass
class TimelineRow:
    course: Course
    session: Session | None = None  # None: the course's header row
    number: int | None = None
    has_intention: bool = False


def course_name(c: Course) -> str:
    return c.title or tr("Course from {0}").format(fmt_date(c.start_date, long=False))


class TimelineModel(QAbstractListModel):
    """Courses (newest first), each followed by its sessions in time order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TimelineRow] = []

    def load(self, db: Database | None) -> None:
        self.beginResetModel()
        self._rows = []
        if db is not None and not db.closed:
            for c in reversed(course.courses(db)):
                self._rows.append(TimelineRow(c))
                numbers = course.session_numbers(db, c.id or 0)
                for s in course.sessions_of(db, c.id or 0):
                    has = s.kind == "ketamine" and course.intention_for(db, s.id or 0) is not None
                    self._rows.append(TimelineRow(c, s, numbers.get(s.id or 0), has))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row(self, index: int) -> TimelineRow | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def row_of_session(self, session_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.session and r.session.id == session_id), -1)

    def row_of_course(self, course_id: int) -> int:
        return next(
            (i for i, r in enumerate(self._rows) if r.session is None and r.course.id == course_id), -1
        )

    def text(self, r: TimelineRow) -> str:
        if r.session is None:
            parts = [course_name(r.course), tr("from {0}").format(fmt_date(r.course.start_date, long=False))]
            if r.course.clinic:
                parts.append(r.course.clinic)
            return " · ".join(parts)
        s = r.session
        head = session_heading(s, r.number)
        if s.kind == "ketamine" and r.number:
            head += " — " + kind_name(s.kind)
        details = [fmt_when(s), setting_name(s.setting), status_name(s.status)]
        if r.has_intention:
            details.append(tr("intention set"))
        return head + "\n" + " · ".join(details)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        r = self.row(index.row())
        if r is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(r)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if r.session is None:
                font.setBold(True)
                font.setPointSizeF(max(font.pointSizeF(), 11.5) + 1.5)
            elif r.session.status == "cancelled":
                font.setStrikeOut(True)
            return font
        if role == SessionRole:
            return r.session
        if role == CourseRole:
            return r.course
        return None


class SessionView(QWidget):
    """One session: details, intention, checklist and questions for the care team."""

    back_requested = Signal()
    intention_requested = Signal(int)
    read_requested = Signal(int)
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.title = label("", "title", name=tr("Session"))
        self.when = label("", "subtitle", name=tr("Session time"))
        self.details = label("", "muted", name=tr("Session details"))
        self.notes = label("", name=tr("Session notes"))
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
            parts.append(tr("route: {0}").format(session.route))
        if session.duration_min:
            parts.append(tr("{0} minutes").format(session.duration_min))
        self.details.setText(" · ".join(parts))
        self.notes.setText(session.notes)
        self.notes.setVisible(bool(session.notes.strip()))
        ketamine = session.kind == "ketamine"
        self.intention_card.setVisible(ketamine)
        self.checklist_card.setVisible(ketamine)
        entry = course.intention_for(db, session.id or 0) if ketamine else None
        self.summary.show_entry(entry, pack_for_entry(db, entry) if entry else None)
        self.summary.setVisible(entry is not None)
        self.no_intention.setVisible(entry is None)
        self.set_button.setText(tr("Change my intention") if entry else tr("Set intention"))
        self.read_button.setVisible(entry is not None)
        self.checklist.set_session(db if ketamine else None, session if ketamine else None)
        self.questions.set_session(db, session)

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
        for lab in (self.title, self.when, self.details, self.notes):
            lab.clear()


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

        # -- the timeline ---------------------------------------------------------------
        self.timeline = QWidget()
        tl = QVBoxLayout(self.timeline)
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
        self.course_info = label("", "muted", name=tr("Course details"))
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
        self.list.setModel(self.model)
        self.list.setAccessibleName(tr("Courses and sessions"))
        self.list.setSpacing(5)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        # The app style sheet sets every widget's text colour; keep selected rows readable.
        self.list.setStyleSheet(
            "QListView::item { padding: 4px 8px; border-radius: 6px; }"
            "QListView::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        )
        tl.addWidget(self.list, 1)
        foot = QHBoxLayout()
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
        self.message = label("", "muted", name=tr("Sessions message"))
        tl.addWidget(self.message)
        self.stack.addWidget(self.timeline)

        # -- one session, and the intention flow -----------------------------------------------
        self.session_view = SessionView()
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
        self.course_info.setText(tr("Care team: {0}").format(" · ".join(bits)) if bits else "")
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
        self.message.setText(text)

    def _child_changed(self, table: str) -> None:
        self.changed.emit(table)

    # -- courses ---------------------------------------------------------------------------------
    def new_course(self) -> None:
        if self.db is None:
            return
        plan, ok = dialogs.CourseDialog.ask(self.window(), self.clock())
        if not ok or plan is None:
            return
        try:
            result = course.create_course_with_plan(
                self.db, plan.course, plan.times, plan.include_fourth, now=self.clock(), setting=plan.setting
            )
        except StorageError as exc:
            self._say(tr("Not saved: ") + str(exc))
            return
        self.show_timeline()
        row = self.model.row_of_course(result.course.id or 0)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row + 1 if result.sessions else row))
        notes = [self._warning_text(w) for w in result.warnings]
        self._show_warnings([n for n in notes if n])
        self._say(tr("Your course is saved with {0} sessions.").format(len(result.sessions)))
        self.changed.emit("session")

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
            self._say(tr("Not saved: ") + str(exc))
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
            return tr("{0} is in the past and still marked as planned.").format(when)
        other = repo.get(self.db, Session, w.other_session_id or 0)
        if other is None:
            return ""
        return tr("{0} overlaps another appointment ({1}).").format(when, fmt_when(other, long=False))

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
            self._say(tr("Not saved: ") + str(exc))
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
            self._say(str(exc))
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
            self._say(str(exc))
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
        try:
            ics.export_course_ics(self.db, course_id, path, summary=CALENDAR_SUMMARY)
        except StorageError as exc:
            self._say(tr("Not saved: ") + str(exc))
            return False
        self._say(tr("Calendar file saved. Open it with your calendar app to add the sessions."))
        return True
