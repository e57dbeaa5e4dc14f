"""The Sessions timeline as a Qt model: every course (newest first), each followed by
its sessions in time order, one row each."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from kapjournal.i18n import arg, tr
from kapjournal.preparation import course
from kapjournal.storage.db import Database
from kapjournal.storage.models import Course, Session
from kapjournal.ui.common.formatting import fmt_date
from kapjournal.ui.preparation.common import fmt_when, kind_name, session_heading, setting_name, status_name

logger = logging.getLogger(__name__)

SessionRole = Qt.ItemDataRole.UserRole + 1
CourseRole = Qt.ItemDataRole.UserRole + 2


@dataclass
class TimelineRow:
    course: Course
    session: Session | None = None  # None: the course's header row
    number: int | None = None
    has_intention: bool = False


def course_name(c: Course) -> str:
    return c.title or arg(tr("Course from %1"), fmt_date(c.start_date, long=False))


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
            parts = [course_name(r.course), arg(tr("from %1"), fmt_date(r.course.start_date, long=False))]
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
