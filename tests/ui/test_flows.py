"""Flows that used to dead-end: Today follows the session's state (marked done, it
offers "Write what came up", not "Session 1 is today"); a done session's page offers
its capture and its reflections; reflections can be started from the journal; the
search's detail pane follows the hits."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kapjournal.reflection import after_session
from kapjournal.storage import repo
from kapjournal.storage.models import Session
from tests.ui.pages import App, Journal, Sessions, Today, db_of
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


def _mark_done(db, session: Session) -> None:  # type: ignore[no-untyped-def]
    stored = repo.get(db, Session, session.id or 0)
    assert stored is not None
    stored.status = "done"
    repo.update(db, stored)


def test_a_done_sessions_page_offers_the_capture_and_the_steps_reached(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _clock = _window(qtbot, make_window, NOW)
    db = db_of(w)
    first, second = _make_course(db, NOW - timedelta(days=3, hours=2))[:2]
    w.data_changed.emit("session")
    sessions = Sessions(w)
    w.shell.show_page("sessions")
    sessions.open_session(second.id or 0)  # not done yet: nothing to write about
    assert not sessions.offers_after()
    sessions.open_session(first.id or 0)
    assert not sessions.offers_after()
    _mark_done(db, first)
    w.data_changed.emit("session")
    assert sessions.showing() == "session" and sessions.offers_after()
    # held three days ago, with a next session planned: Day 1, Day 3, before the next
    steps = sessions.reflection_steps()
    assert steps == ["Day 1 after", "Day 3 after", "Before the next session"]
    sessions.write_what_came_up()
    journal = Journal(w)
    assert w.shell.current_key() == "journal" and journal.showing() == "capture"
    assert journal.capture.session.session_id() == first.id
    w.shell.show_page("sessions")
    sessions.open_reflection_step("Day 3 after")
    assert w.shell.current_key() == "journal" and journal.showing() == "reflection"
    assert journal.reflection.context.session_id == first.id
    assert journal.reflection.context.step == "72h"
    # a reflection written shows as written on the session's page
    after_session.save_reflection(db, first.id or 0, "24h", {"what_shifted": "a little calmer"})
    w.data_changed.emit("entry")
    w.shell.show_page("sessions")
    sessions.open_session(first.id or 0)
    assert sessions.reflection_steps() == ["Day 1 after (written)", "Day 3 after", "Before the next session"]


def test_a_named_action_has_one_owner(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _clock = _window(qtbot, make_window, NOW)
    with pytest.raises(ValueError):
        w.host.add_named_action("reflection.capture", lambda *_: None)
    assert w.host.run_named_action("no.such.action", 1) is None


def test_the_search_detail_follows_the_hits(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _clock = _window(qtbot, make_window, NOW)
    w.shell.show_page("journal")
    journal = Journal(w)
    for text in ("apple pie with friends", "banana bread at home", "apple juice in the park"):
        journal.new_note()
        assert journal.write_note(text)
    banana = next(e for e in journal.hits() if "banana" in e.body)
    assert journal.open_entry(banana.id or 0)
    journal.search("apple")  # banana does not match: the first hit is shown instead
    assert journal.count() == 2
    shown = journal.current
    assert shown is not None and shown.id == journal.hit(0).id and "apple" in shown.body
    assert "banana" not in journal.text()
    journal.select_row(1)
    chosen = journal.current
    assert chosen is not None and chosen.id == journal.hit(1).id
    journal.search("apple pie")  # the entry selected still matches: it stays
    assert journal.current is not None and journal.current.id == chosen.id
    journal.search("nothing like this")  # no hits: the pane clears
    assert journal.count() == 0
    assert journal.current is None and journal.text() == ""


def test_a_reflection_can_be_started_from_the_journal(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _clock = _window(qtbot, make_window, NOW)
    w.shell.show_page("journal")
    journal = Journal(w)
    journal.write_a_reflection()  # no session yet: a calm word, and still the timeline
    assert journal.showing() == "timeline"
    assert "Sessions page" in App(w).message()
    db = db_of(w)
    first, second = _make_course(db, NOW - timedelta(days=5))[:2]
    w.data_changed.emit("session")
    journal.write_a_reflection()  # the latest session held, at its first step
    assert journal.showing() == "reflection"
    latest = after_session.latest_started_session(db, NOW)
    assert latest is not None and latest.session_id == second.id  # held two days after the first
    assert journal.reflection_choice() == (second.id, "24h")
    assert journal.reflection.context.session_id == second.id
    journal.pick_reflection_session(first.id or 0)
    journal.pick_reflection_step("72h")
    assert journal.reflection_choice() == (first.id, "72h")
    assert journal.reflection.context.session_id == first.id
    assert journal.reflection.context.step == "72h"
    assert journal.reflection.title.text() == "Day 3 after session 1"
