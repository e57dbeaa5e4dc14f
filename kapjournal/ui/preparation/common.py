"""Shared pieces of the "Before a session" screens: names of session kinds/settings/
statuses, date formatting and a calm card frame."""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kapjournal.storage.models import Session, to_local
from kapjournal.ui.common.widgets import tr

logger = logging.getLogger(__name__)


KIND_NAMES = {
    "ketamine": "Ketamine session",
    "therapy": "Psychotherapy",
    "integration": "Integration session",
    "rtms": "rTMS",
    "neurofeedback": "Neurofeedback",
    "hypnotherapy": "Hypnotherapy",
    "body": "Body-oriented therapy",
    "other": "Other appointment",
}
SETTING_NAMES = {"clinic": "At the clinic", "home": "At home", "other": "Somewhere else"}
STATUS_NAMES = {"planned": "Planned", "done": "Done", "cancelled": "Cancelled", "moved": "Moved"}


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES.get(kind, "Other appointment"))


def setting_name(setting: str) -> str:
    return tr(SETTING_NAMES.get(setting, "Somewhere else"))


def status_name(status: str) -> str:
    return tr(STATUS_NAMES.get(status, "Planned"))


def session_local(session: Session) -> datetime:
    """The session's time in its own recorded UTC offset."""
    return to_local(session.scheduled_at, session.tz_offset_min)


def fmt_date(day: date | QDate, long: bool = True) -> str:
    """A calendar date in the patient's locale (a ``datetime`` gives its own date)."""
    qdate = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    return QLocale().toString(qdate, "dddd d MMMM yyyy" if long else "ddd d MMM")


def fmt_time(at: datetime) -> str:
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def fmt_when(session: Session, long: bool = True) -> str:
    local = session_local(session)
    return tr("{0}, {1}").format(fmt_date(local, long), fmt_time(local))


def session_heading(session: Session, number: int | None) -> str:
    """ "Session 2" for numbered ketamine sessions, else the kind's name."""
    if session.kind == "ketamine" and number:
        return tr("Session {0}").format(number)
    return kind_name(session.kind)


def to_qdatetime(at: datetime) -> QDateTime:
    """The wall-clock date and time of an aware datetime (in its own offset), as a
    local QDateTime for editing."""
    return QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))


def picked_datetime(value: QDateTime) -> datetime:
    """What the patient picked, as an aware time in this computer's local zone (with
    the offset that applies on that date, so clock changes are right)."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()


class Card(QFrame):
    """A calm rounded card (theme role ``card``) with a vertical layout in ``lay``."""

    def __init__(self, parent: QWidget | None = None, *, margins: int = 22) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(margins, margins - 4, margins, margins - 4)
        self.lay.setSpacing(10)
