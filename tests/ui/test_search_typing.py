"""Search while typing: each pause searches on a worker, the newest keystroke wins
(an earlier search is dropped, never shown over a later one), and long hit lists
load a page at a time as the list scrolls."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale

from kapjournal.reflection import after_session
from kapjournal.storage import queries, repo
from kapjournal.storage.models import Entry
from kapjournal.storage.search import FIRST_PAGE, PAGE
from tests.ui.pages import Journal, db_of
from tests.ui.test_preparation import _window

NOW = datetime(2031, 3, 3, 9, 0).astimezone()


def test_typing_searches_on_a_worker_newest_first(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _clock = _window(qtbot, make_window, NOW)
    w.shell.show_page("journal")
    journal = Journal(w)
    for text in ("apple pie with friends", "banana bread at home", "applesauce in the park"):
        assert journal.write_note(text)
    journal.type_search(qtbot, "appl")
    assert [e.body for e in journal.hits()] == ["applesauce in the park", "apple pie with friends"]
    assert journal.result_line() == "2 matching entries, newest first"
    assert journal.searcher.started >= 1
    assert "\x02applesauce\x03" in journal.snippet(0)
    assert journal.current is not None and journal.current.id == journal.hit(0).id
    journal.type_search(qtbot, "e pie")  # "apple pie": the words so far, the last as a prefix
    assert [e.body for e in journal.hits()] == ["apple pie with friends"]
    journal.search_box.clear()
    qtbot.waitUntil(lambda: journal.count() == 3 and journal.result_line() == "")
    journal.type_search(qtbot, "b")  # one letter: the timeline waits for the next one
    assert journal.count() == 3 and journal.result_line() == "Type another letter to search."
    journal.type_search(qtbot, "a")
    assert [e.body for e in journal.hits()] == ["banana bread at home"]


def test_a_superseded_search_is_dropped(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _clock = _window(qtbot, make_window, NOW)
    w.shell.show_page("journal")
    journal = Journal(w)
    assert journal.write_note("apple") and journal.write_note("banana")
    searcher = journal.searcher
    delivered: list[str] = []
    searcher.found.connect(lambda text, page: delivered.append(text))
    flt = after_session.TimelineFilter()
    searcher.request(db_of(w), "apple", flt)
    searcher.request(db_of(w), "banana", flt)  # while "apple" runs: it is cancelled
    qtbot.waitUntil(lambda: not searcher.busy, timeout=10_000)
    assert delivered == ["banana"]
    assert (searcher.started, searcher.dropped) == (2, 1)
    assert [e.body for e in journal.hits()] == ["banana"]
    searcher.request(db_of(w), "apple", flt)
    searcher.cancel()  # the journal locks, or the box is cleared: nothing arrives
    qtbot.waitUntil(lambda: not searcher.busy, timeout=10_000)
    assert delivered == ["banana"]


def test_many_hits_load_a_page_at_a_time(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _clock = _window(qtbot, make_window, NOW)
    w.shell.show_page("journal")
    journal = Journal(w)
    db = db_of(w)
    with db.transaction():
        made = [repo.insert(db, Entry(kind="note", body=f"I felt calm, day {n}")).id for n in range(1010)]
    journal.type_search(qtbot, "fel")
    newest = sorted(made, reverse=True)
    assert [e.id for e in journal.hits()] == newest[:FIRST_PAGE]  # the first screen
    cap = QLocale().toString(1000)  # "1,000" in English, "1000" in the C locale
    assert journal.result_line() == (
        f"{cap} or more matching entries, newest first. Add a word to narrow the search."
    )
    assert journal.can_load_more()
    journal.load_more()
    assert [e.id for e in journal.hits()] == newest[: FIRST_PAGE + PAGE]
    flt = queries.TimelineFilter(kind="integration")
    assert queries.timeline_search(db, "fel", flt).entries == []
