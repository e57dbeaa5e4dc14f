"""Search while typing in two steps: the first screen of hits is shown at once with
"counting" on the line above the list, and the count follows; a count for a search
that was replaced never lands on the newer one. Snippets are painted as plain runs
with the matches on the warm mark, right-to-left snippets too."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QColor

from kapjournal.reflection import after_session
from kapjournal.storage import repo
from kapjournal.storage.models import Entry
from kapjournal.storage.search import FIRST_PAGE
from kapjournal.ui.common.widgets import theme_colour
from tests.ui.pages import Journal, db_of
from tests.ui.test_preparation import _window

NOW = datetime(2031, 3, 3, 9, 0).astimezone()
COUNTING = "Matching entries, newest first. Counting them…"


def test_the_count_arrives_after_the_first_screen(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _clock = _window(qtbot, make_window, NOW)
    w.shell.show_page("journal")
    journal = Journal(w)
    db = db_of(w)
    with db.transaction():
        made = [repo.insert(db, Entry(kind="note", body=f"a calm evening, day {n}")).id for n in range(40)]
    seen: list[object] = []
    searcher = journal.searcher  # connected after the timeline: its line is already updated
    searcher.found.connect(lambda text, page: seen.append((text, journal.count(), journal.result_line())))
    searcher.counted.connect(lambda text, total: seen.append((text, total, journal.result_line())))
    journal.type_search(qtbot, "calm ")
    assert seen[-2:] == [("calm ", FIRST_PAGE, COUNTING), ("calm ", 40, "40 matching entries, newest first")]
    assert [e.id for e in journal.hits()] == sorted(made, reverse=True)[:FIRST_PAGE]
    seen.clear()
    journal.type_search(qtbot, "day 7 ")  # one hit: the page is its own count, no second step
    assert seen == [("calm day 7 ", 1, "1 matching entry")]


def test_a_replaced_search_never_shows_its_count(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _clock = _window(qtbot, make_window, NOW)
    w.shell.show_page("journal")
    journal = Journal(w)
    db = db_of(w)
    with db.transaction():
        for n in range(30):
            repo.insert(db, Entry(kind="note", body=f"river walk {n}" + (" sunny" if n < 20 else "")))
    searcher = journal.searcher
    counts: list[tuple[str, int]] = []
    searcher.counted.connect(lambda text, total: counts.append((text, total)))
    flt = after_session.TimelineFilter()

    def replace_river(text: str, page: object) -> None:
        if text == "river ":
            searcher.request(db, "sunny ", flt)

    searcher.found.connect(replace_river)
    searcher.request(db, "river ", flt)  # its page arrives, then "sunny" replaces its count
    qtbot.waitUntil(lambda: not searcher.busy, timeout=10_000)
    assert counts == [("sunny ", 20)]


def _marked_pixels(journal: Journal) -> int:
    mark = theme_colour("warn_bg", QColor("#fbefd9")).rgb()
    return sum(1 for pixel in journal.list_pixels() if pixel == mark)


def test_snippets_are_painted_with_their_matches_marked(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _clock = _window(qtbot, make_window, NOW)
    w.resize(1100, 760)  # the list as wide as on a laptop, whatever an earlier test left
    w.shell.show_page("journal")
    journal = Journal(w)
    assert journal.write_note("Morning notes\nthe lantern by the window kept me company")
    journal.type_search(qtbot, "lantern ")
    assert journal.count() == 1 and "\x02lantern\x03" in journal.snippet(0)
    journal.clear_selection()  # a selected row underlines its matches
    assert _marked_pixels(journal) > 20
    assert journal.write_note("רשימות בוקר\nהפנס ליד החלון lantern היה איתי")
    journal.search_now("הפנס ")  # (key clicks cannot type Hebrew)
    assert journal.count() == 1 and "\x02הפנס\x03" in journal.snippet(0)
    # The count arrives in a second step, and the detail pane then selects the first
    # hit: clear the selection only once the search has finished.
    qtbot.waitUntil(lambda: not journal.searcher.busy, timeout=10_000)
    journal.clear_selection()
    assert _marked_pixels(journal) > 20
