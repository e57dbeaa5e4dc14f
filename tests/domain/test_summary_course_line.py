"""The summary's course line ("Course · … · from 5 Mar 2026") follows the sessions as
they are now: moving or cancelling the first session moves it (it went stale)."""

from __future__ import annotations

from kapjournal import summary as S
from kapjournal.exporters.html import qt_html, render_html
from kapjournal.exporters.markdown_export import render_markdown_doc
from kapjournal.preparation import course
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import Session
from tests.domain.test_summary import at, build_fixed_journal, fixed_summary


def _first_session(db: Database) -> Session:
    (c,) = course.courses(db)
    return course.sessions_of(db, c.id or 0)[0]


def _lines(db: Database) -> list[str]:
    s = fixed_summary(db)
    texts = [render_html(s).decode(), qt_html(s), render_markdown_doc(s).decode()]
    return [
        next(line for line in text.split("<tr>" if "<" in text else "\n") if "Lakeside" in line)
        for text in texts
    ]


def test_course_line_follows_a_moved_first_session(db: Database) -> None:
    build_fixed_journal(db)
    assert all("from 5 Mar 2026" in line for line in _lines(db))
    course.move_session(db, _first_session(db).id or 0, at(6, 10))
    lines = _lines(db)
    assert all("from 6 Mar 2026" in line for line in lines), lines
    assert not any("5 Mar" in line for line in lines)
    assert (
        S.build_summary(db, S.SummaryOptions(at(1, 0).date(), at(20, 0).date())).courses[0].start
        == at(6, 0).date()
    )


def test_course_line_skips_a_cancelled_first_session(db: Database) -> None:
    build_fixed_journal(db)
    first = _first_session(db)
    first.status = "cancelled"
    repo.update(db, first)
    assert all("from 8 Mar 2026" in line for line in _lines(db))


def test_course_without_sessions_keeps_its_own_start(db: Database) -> None:
    build_fixed_journal(db)
    (c,) = course.courses(db)
    for s in course.sessions_of(db, c.id or 0):
        s.status = "cancelled"
        repo.update(db, s)
    assert all("from 5 Mar 2026" in line for line in _lines(db))
