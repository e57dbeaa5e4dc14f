"""Dialogs for the course and its sessions, built in code. Each has a class method
returning ``(value, accepted)`` so tests can drive the real dialog without a modal loop
(they replace ``exec``)."""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kapjournal.i18n import arg, tr
from kapjournal.preparation import course
from kapjournal.storage.db import Database
from kapjournal.storage.models import SESSION_KINDS, SESSION_SETTINGS, SESSION_STATUSES, Course, Session
from kapjournal.ui.common import fit
from kapjournal.ui.common.crisis import offer_help
from kapjournal.ui.common.formatting import (
    date_format,
    datetime_format,
    picked_datetime,
    time_format,
    to_qdatetime,
)
from kapjournal.ui.common.keys import save_and_continue, whole_stop
from kapjournal.ui.common.widgets import Banner, button, label
from kapjournal.ui.preparation.common import fmt_when, kind_name, session_local, setting_name, status_name
from kapjournal.ui.preparation.course_purpose import CoursePurposeBox

logger = logging.getLogger(__name__)

#: The English patterns of the date editors (date_format()/datetime_format() give the
#: window language's).
DATE_FORMAT = "d MMM yyyy"
DATETIME_FORMAT = "d MMM yyyy  HH:mm"

DEFAULT_TIME = time(10, 0)
PLAN_SIZE = 4  # three sessions and the optional fourth
# No weekday section: Qt steps and types a "ddd" section in surprising ways (Down on
# "Tue 1 Dec" went to "Mon 7 Dec"); the weekday is shown by the calendar popup instead.


def _line(name: str, hint: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(hint)
    edit.setMaxLength(500)
    return edit


def _combo(name: str, items: dict[str, str]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for key, text in items.items():
        box.addItem(text, key)
    return box


def _select(box: QComboBox, key: str) -> None:
    box.setCurrentIndex(max(0, box.findData(key)))


def _dialog_layout(dialog: QDialog, title: str, min_width: int) -> tuple[QVBoxLayout, QVBoxLayout]:
    """The dialog's column, headed by *title* (also the window title): a body that
    scrolls when the screen is short, and a footer for the buttons that never does."""
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(min(min_width, (fit.available_size(dialog.parentWidget()) - fit.FRAME).width()))
    body, footer = fit.scrolling_body(dialog)
    body.addWidget(label(title, "title"))
    return body, footer


def dialog_buttons(dialog: QDialog, ok_text: str) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    row = QHBoxLayout()
    cancel = button(tr("Cancel"))
    ok = button(ok_text, "primary")
    ok.setDefault(True)
    help_button = offer_help(dialog)  # the window's safety button is blocked meanwhile
    if help_button is not None:
        row.addWidget(help_button)
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(ok)
    cancel.clicked.connect(dialog.reject)
    # Enter presses the default button; Ctrl+Enter is the one "save and continue"
    # everywhere, also from the notes field, where Enter starts a new line.
    save_and_continue(dialog, ok.click)
    return row, cancel, ok


@dataclass
class CoursePlan:
    """What the course dialog returns: the course and, for a new course, its plan."""

    course: Course
    times: list[datetime]
    include_fourth: bool
    setting: str = "clinic"
    questionnaires: list[str] = field(default_factory=list)  # optional ones the patient took up


class CourseDialog(QDialog):
    """Create a course with the default plan offered (3 sessions 2-4 days apart and an
    optional 4th, each adjustable), or edit an existing course's details."""

    def __init__(
        self,
        now: datetime,
        existing: Course | None = None,
        parent: QWidget | None = None,
        already_on: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.now = now
        self.existing = existing
        lay, footer = _dialog_layout(self, tr("Your course") if existing else tr("Set up your course"), 620)
        if not existing:
            lay.addWidget(
                label(
                    tr(
                        "Fill in what you know; everything can be changed later. Nothing here "
                        "leaves your computer."
                    ),
                    "muted",
                )
            )
        lay.addWidget(self._build_about(existing))
        lay.addWidget(self._build_plan(existing))
        self.purpose = None if existing else CoursePurposeBox(already_on or [])
        if self.purpose is not None:
            lay.addWidget(self.purpose)

        row, self.cancel_button, self.ok_button = dialog_buttons(
            self, tr("Save") if existing else tr("Create course")
        )
        footer.addLayout(row)
        self.ok_button.clicked.connect(self.accept)

        if existing:
            self.title_edit.setText(existing.title)
            self.clinic.setText(existing.clinic)
            self.care_name.setText(existing.care_name)
            self.care_phone.setText(existing.care_phone)
            self.care_email.setText(existing.care_email)
            d = existing.start_date
            self.start.setDate(QDate(d.year, d.month, d.day))
        else:
            tomorrow = (now + timedelta(days=1)).date()
            self.start.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
            self.first_time.setTime(QTime(DEFAULT_TIME.hour, DEFAULT_TIME.minute))
            self.suggest()
            self.start.dateChanged.connect(self.suggest)
            self.first_time.timeChanged.connect(self.suggest)
            self.fourth.toggled.connect(self._fourth_toggled)
            for edit in self.times:
                edit.dateTimeChanged.connect(self._check_plan)
            self._fourth_toggled(False)
        fit.fit_dialog(self)  # as tall as it needs, at most the screen: the body scrolls

    def _build_about(self, existing: Course | None) -> QGroupBox:
        """Name, clinic and care team; the start date here only when editing."""
        about = QGroupBox(tr("About the course"))
        form = QFormLayout(about)
        self.title_edit = _line(tr("Name of the course"), tr("For example: First course"))
        self.clinic = _line(tr("Clinic"), tr("Where you have your sessions"))
        self.care_name = _line(tr("Care-team contact"), tr("Name"))
        self.care_phone = _line(tr("Care-team phone"), tr("Phone"))
        self.care_email = _line(tr("Care-team e-mail"), tr("E-mail"))
        self.start = whole_stop(QDateEdit())  # one Tab stop
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(date_format())
        self.start.setAccessibleName(tr("Date of the first session"))
        self.start.setMinimumWidth(200)
        form.addRow(tr("Name (optional)"), self.title_edit)
        form.addRow(tr("Clinic"), self.clinic)
        form.addRow(tr("Care team"), self.care_name)
        form.addRow(tr("Phone"), self.care_phone)
        form.addRow(tr("E-mail"), self.care_email)
        if existing:
            form.addRow(tr("Started on"), self.start)
        return about

    def _build_plan(self, existing: Course | None) -> QGroupBox:
        """The sessions of the default plan, each adjustable (hidden when editing)."""
        self.plan_box = QGroupBox(tr("Your sessions"))
        plan = QVBoxLayout(self.plan_box)
        plan.addWidget(
            label(
                tr(
                    "A typical course has three sessions within about two weeks, two to four days "
                    "apart, sometimes with a fourth. Change each date and time to match what your "
                    "clinic gave you."
                ),
                "muted",
            )
        )
        pform = QFormLayout()
        self.first_time = whole_stop(QTimeEdit())  # one Tab stop
        self.first_time.setDisplayFormat(time_format())
        self.first_time.setAccessibleName(tr("Usual time of day"))
        if not existing:
            pform.addRow(tr("Starting on"), self.start)
        pform.addRow(tr("Usual time"), self.first_time)
        pform.addRow(label(tr("Adjust any session below:"), "muted"))
        self.times: list[QDateTimeEdit] = []
        for n in range(PLAN_SIZE):
            edit = whole_stop(QDateTimeEdit())  # one Tab stop
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(datetime_format())
            edit.setAccessibleName(arg(tr("Session %1: date and time"), n + 1))
            edit.setMinimumWidth(240)
            self.times.append(edit)
            if n < PLAN_SIZE - 1:
                pform.addRow(arg(tr("Session %1"), n + 1), edit)
        self.fourth = QCheckBox(tr("A fourth session"))
        self.fourth.setAccessibleName(tr("Add a fourth session"))
        pform.addRow(self.fourth, self.times[-1])
        self.setting = _combo(
            tr("Where the sessions take place"), {k: setting_name(k) for k in SESSION_SETTINGS}
        )
        pform.addRow(tr("Where"), self.setting)
        plan.addLayout(pform)
        self.plan_note = Banner("")
        self.plan_note.hide()
        plan.addWidget(self.plan_note)
        if existing:
            self.plan_box.hide()
        return self.plan_box

    # -- the plan ---------------------------------------------------------------------
    def suggest(self) -> None:
        """Fill the session times from the start date and usual time (default plan)."""
        d, t = self.start.date(), self.first_time.time()
        start = datetime(d.year(), d.month(), d.day()).date()
        offset = picked_datetime(self.start.dateTime()).utcoffset() or timedelta(0)
        plan = course.default_plan(start, time(t.hour(), t.minute()), int(offset.total_seconds() // 60))
        for edit, when in zip(self.times, plan, strict=True):
            edit.blockSignals(True)
            edit.setDateTime(to_qdatetime(when))
            edit.blockSignals(False)
        self._check_plan()

    def _fourth_toggled(self, on: bool) -> None:
        self.times[-1].setEnabled(on)
        self._check_plan()

    def planned_times(self) -> list[datetime]:
        count = PLAN_SIZE if self.fourth.isChecked() else PLAN_SIZE - 1
        return [picked_datetime(e.dateTime()) for e in self.times[:count]]

    def plan_warnings(self) -> list[str]:
        times = self.planned_times()
        notes = []
        past = [n + 1 for n, t in enumerate(times) if t < self.now]
        if past:
            notes.append(
                arg(
                    tr("Session %1 is in the past. That is fine if you are writing down an earlier course."),
                    ", ".join(str(n) for n in past),
                )
            )
        for i, a in enumerate(times):
            for j in range(i + 1, len(times)):
                if abs(times[j] - a) < timedelta(minutes=course.DEFAULT_DURATION_MIN):
                    notes.append(arg(tr("Sessions %1 and %2 are at the same time."), i + 1, j + 1))
        return notes

    def _check_plan(self) -> None:
        notes = self.plan_warnings()
        self.plan_note.text.setText("\n".join(notes))
        self.plan_note.setVisible(bool(notes))

    # -- result -------------------------------------------------------------------------
    def result_value(self) -> CoursePlan:
        c = copy.copy(self.existing) if self.existing else Course()
        d = self.start.date()
        c.start_date = datetime(d.year(), d.month(), d.day()).date()
        c.title = self.title_edit.text().strip()
        c.clinic = self.clinic.text().strip()
        c.care_name = self.care_name.text().strip()
        c.care_phone = self.care_phone.text().strip()
        c.care_email = self.care_email.text().strip()
        times = [] if self.existing else self.planned_times()
        taken = self.purpose.accepted_instruments() if self.purpose is not None else []
        return CoursePlan(c, times, self.fourth.isChecked(), str(self.setting.currentData()), taken)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        now: datetime,
        existing: Course | None = None,
        already_on: list[str] | None = None,
    ) -> tuple[CoursePlan | None, bool]:
        dialog = cls(now, existing, parent, already_on)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.result_value() if accepted else None
        dialog.deleteLater()
        return value, accepted


class SessionDialog(QDialog):
    """Add or edit one session. Past or overlapping times are noted, never refused."""

    def __init__(self, db: Database, session: Session, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session = session
        self.now = now
        self.original_start = session.scheduled_at if session.id is not None else None
        new = session.id is None
        lay, footer = _dialog_layout(self, tr("Add a session") if new else tr("Edit session"), 560)
        form = QFormLayout()
        self.when = whole_stop(QDateTimeEdit())  # one Tab stop
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(datetime_format())
        self.when.setAccessibleName(tr("Date and time"))
        self.kind = _combo(tr("Kind of session"), {k: kind_name(k) for k in SESSION_KINDS})
        self.setting = _combo(tr("Where"), {k: setting_name(k) for k in SESSION_SETTINGS})
        self.route = _line(tr("Route (optional)"), tr("Only if you want to note it, as your clinic calls it"))
        self.duration = QSpinBox()
        self.duration.setRange(0, 1440)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(tr(" minutes"))
        self.duration.setSpecialValueText(tr("Not noted"))
        self.duration.setAccessibleName(tr("How long it lasts"))
        self.status = _combo(tr("Status"), {k: status_name(k) for k in SESSION_STATUSES})
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(tr("Notes"))
        self.notes.setTabChangesFocus(True)
        fit.at_least_lines(self.notes, 4)
        self.notes.setMaximumHeight(self.notes.minimumHeight())
        form.addRow(tr("When"), self.when)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Where"), self.setting)
        form.addRow(tr("Route"), self.route)
        form.addRow(tr("Length"), self.duration)
        form.addRow(tr("Status"), self.status)
        form.addRow(tr("Notes"), self.notes)
        lay.addLayout(form)
        self.warning = Banner("")
        self.warning.hide()
        lay.addWidget(self.warning)
        row, self.cancel_button, self.ok_button = dialog_buttons(
            self, tr("Add session") if new else tr("Save")
        )
        footer.addLayout(row)
        self.ok_button.clicked.connect(self.accept)

        self.when.setDateTime(to_qdatetime(session_local(session)))
        _select(self.kind, session.kind)
        _select(self.setting, session.setting)
        _select(self.status, session.status)
        self.route.setText(session.route)
        self.duration.setValue(session.duration_min or 0)
        self.notes.setPlainText(session.notes)
        self.when.dateTimeChanged.connect(self._time_changed)
        for signal in (
            self.kind.currentIndexChanged,
            self.status.currentIndexChanged,
            self.duration.valueChanged,
        ):
            signal.connect(self._check)
        self._check()
        fit.fit_dialog(self)

    def candidate(self) -> Session:
        s = copy.copy(self.session)
        s.scheduled_at = picked_datetime(self.when.dateTime())
        s.kind = str(self.kind.currentData())
        s.setting = str(self.setting.currentData())
        s.route = self.route.text().strip()
        s.duration_min = self.duration.value() or None
        s.status = str(self.status.currentData())
        s.notes = self.notes.toPlainText()
        return s

    def _time_changed(self) -> None:
        if (
            self.original_start is not None
            and self.status.currentData() == "planned"
            and picked_datetime(self.when.dateTime()) != self.original_start
        ):
            _select(self.status, "moved")
        self._check()

    def warnings(self) -> list[str]:
        notes = []
        for w in course.schedule_warnings(self.db, self.candidate(), self.now):
            if w.code == "in_past":
                notes.append(tr("This time is in the past. You can keep it, or mark the session done."))
            elif w.code == "overlap" and w.other_session_id is not None:
                from kapjournal.storage import repo

                other = repo.get(self.db, Session, w.other_session_id)
                if other is not None:
                    notes.append(
                        arg(
                            tr("This overlaps another appointment (%1, %2)."),
                            kind_name(other.kind),
                            fmt_when(other, long=False),
                        )
                    )
        return notes

    def _check(self) -> None:
        notes = self.warnings()
        self.warning.text.setText("\n".join(notes))
        self.warning.setVisible(bool(notes))

    @classmethod
    def ask(
        cls, parent: QWidget | None, db: Database, session: Session, now: datetime
    ) -> tuple[Session | None, bool]:
        dialog = cls(db, session, now, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.candidate() if accepted else None
        dialog.deleteLater()
        return value, accepted


def ask_delete_session(parent: QWidget | None, entries: int) -> str | None:
    """ "keep" or "remove" the session's writing (or "keep" when it has none), or None
    to cancel."""
    return _ask_delete(
        parent,
        entries,
        tr("Delete this session?"),
        tr("Delete this session from your plan?"),
        tr("Delete session"),
        tr(
            "You wrote {0} entries for this session (an intention, notes or questions). "
            "Keep them in your journal, or remove them with the session?"
        ),
    )


def ask_delete_course(parent: QWidget | None, entries: int) -> str | None:
    """As :func:`ask_delete_session`, for a whole course and its sessions."""
    return _ask_delete(
        parent,
        entries,
        tr("Delete this course?"),
        tr("Delete this course and all its sessions from your plan?"),
        tr("Delete course"),
        tr(
            "You wrote {0} entries for this course's sessions (intentions, notes or "
            "questions). Keep them in your journal, or remove them with the course?"
        ),
    )


def _ask_delete(
    parent: QWidget | None, entries: int, title: str, plain: str, action: str, with_writing: str
) -> str | None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    if entries == 0:
        box.setText(plain)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return "keep" if box.clickedButton() is yes else None
    box.setText(with_writing.format(entries))
    keep = box.addButton(tr("Keep my writing"), QMessageBox.ButtonRole.AcceptRole)
    remove = box.addButton(tr("Remove it too"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return "keep"
    if clicked is remove:
        return "remove"
    return None
