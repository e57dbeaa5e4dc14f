"""Shared pieces of the "Before a session" screens: names of session kinds/settings/
statuses, date formatting and a calm card frame."""

from __future__ import annotations

import logging
from datetime import datetime

from kapjournal.i18n import QT_TR_NOOP, arg, tr, translated
from kapjournal.storage.models import Session, to_local
from kapjournal.ui.common.formatting import fmt_date, fmt_time

logger = logging.getLogger(__name__)


KIND_NAMES = {
    "ketamine": QT_TR_NOOP("Ketamine session"),
    "therapy": QT_TR_NOOP("Psychotherapy"),
    "integration": QT_TR_NOOP("Integration session"),
    "rtms": QT_TR_NOOP("rTMS"),
    "neurofeedback": QT_TR_NOOP("Neurofeedback"),
    "hypnotherapy": QT_TR_NOOP("Hypnotherapy"),
    "body": QT_TR_NOOP("Body-oriented therapy"),
    "other": QT_TR_NOOP("Other appointment"),
}
SETTING_NAMES = {
    "clinic": QT_TR_NOOP("At the clinic"),
    "home": QT_TR_NOOP("At home"),
    "other": QT_TR_NOOP("Somewhere else"),
}
STATUS_NAMES = {
    "planned": QT_TR_NOOP("Planned"),
    "done": QT_TR_NOOP("Done"),
    "cancelled": QT_TR_NOOP("Cancelled"),
    "moved": QT_TR_NOOP("Moved"),
}


def kind_name(kind: str) -> str:
    return translated(KIND_NAMES.get(kind, "Other appointment"))


def setting_name(setting: str) -> str:
    return translated(SETTING_NAMES.get(setting, "Somewhere else"))


def status_name(status: str) -> str:
    return translated(STATUS_NAMES.get(status, "Planned"))


def session_local(session: Session) -> datetime:
    """The session's time in its own recorded UTC offset."""
    return to_local(session.scheduled_at, session.tz_offset_min)


def fmt_when(session: Session, long: bool = True) -> str:
    local = session_local(session)
    return arg(tr("%1, %2"), fmt_date(local, long), fmt_time(local))


def session_heading(session: Session, number: int | None) -> str:
    """ "Session 2" for numbered ketamine sessions, else the kind's name."""
    if session.kind == "ketamine" and number:
        return arg(tr("Session %1"), number)
    return kind_name(session.kind)


