"""Shared pieces of the "Before a session" screens: names of session kinds/settings/
statuses, date formatting and a calm card frame."""

from __future__ import annotations

import logging
from datetime import datetime

from kapjournal.storage.models import Session, to_local
from kapjournal.ui.common.formatting import fmt_date, fmt_time
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


def fmt_when(session: Session, long: bool = True) -> str:
    local = session_local(session)
    return tr("{0}, {1}").format(fmt_date(local, long), fmt_time(local))


def session_heading(session: Session, number: int | None) -> str:
    """ "Session 2" for numbered ketamine sessions, else the kind's name."""
    if session.kind == "ketamine" and number:
        return tr("Session {0}").format(number)
    return kind_name(session.kind)


