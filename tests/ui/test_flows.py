"""Flows that used to dead-end: Today follows the session's state (marked done, it
offers "Write what came up", not "Session 1 is today")."""

from __future__ import annotations

from datetime import datetime, timedelta

from kapjournal.storage import repo
from kapjournal.storage.models import Session
from tests.ui.pages import Journal, Today, db_of
from tests.ui.test_preparation import _make_course, _window

NOW = datetime(2031, 3, 3, 9, 0).astimezone()


def test_marking_a_session_done_moves_today_on_to_the_capture(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _clock = _window(qtbot, make_window, NOW)
    db = db_of(w)
    first = _make_course(db, NOW - timedelta(hours=2))[0]  # held this morning
    w.data_changed.emit("session")
    today = Today(w)
    assert today.card("session_day").title.text() == "Session 1 is today"
    # the session is marked done (what the session dialog saves), and the window says so
    stored = repo.get(db, Session, first.id or 0)
    assert stored is not None
    stored.status = "done"
    repo.update(db, stored)
    w.data_changed.emit("session")
    assert today.card("session_day") is None
    done = today.card("session_done")
    assert done is not None and done.title.text() == "Session 1 is done"
    assert done.action.text() == "Write what came up"
    done.action.click()
    assert w.shell.current_key() == "journal"
    journal = Journal(w)
    assert journal.showing() == "capture"
    assert journal.capture.session.session_id() == first.id
