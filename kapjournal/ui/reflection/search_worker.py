"""The timeline's search while typing, off the GUI thread.

A search is two steps: the first page of hits (what the person waits for), then,
once that page is shown, how many entries match (the line above the list). One
search runs at a time. A newer request supersedes it: the running read is
cancelled (its generation changed, so SQLite's progress handler stops it within a
few thousand steps) and only the newest request is started next; an answer that was
superseded is dropped. Typing therefore never waits for the previous query, and
queries never pile up.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from kapjournal.reflection import after_session
from kapjournal.storage.db import Database
from kapjournal.storage.errors import Cancelled
from kapjournal.ui.common.workers import run_task

logger = logging.getLogger(__name__)


class SearchWorker(QObject):
    """``request(db, text, flt)``; ``found(text, page)`` arrives on the GUI thread with
    the first :class:`~kapjournal.reflection.after_session.SearchPage` of the newest
    request, then (if that page was full, so its ``counted`` is false)
    ``counted(text, total)`` with how many entries match, up to the cap;
    ``failed(text)`` if that search could not be read. A newer request cancels both
    steps of the one before."""

    found = Signal(str, object)
    counted = Signal(str, int)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0  # read by the worker thread: a plain int, never a Qt object
        self._running = False
        self._pending: tuple[Database, str, after_session.TimelineFilter] | None = None
        #: How many searches were started and how many answers were dropped (tests).
        self.started = 0
        self.dropped = 0

    @property
    def busy(self) -> bool:
        return self._running or self._pending is not None

    def request(self, db: Database, text: str, flt: after_session.TimelineFilter) -> None:
        """Search ``text`` within ``flt``: now if nothing runs, else as soon as the
        running search (now superseded) has stopped."""
        self._generation += 1
        self._pending = (db, text, flt)
        if not self._running:
            self._start_pending()

    def cancel(self) -> None:
        """Drop the pending request and stop the running one (lock, search cleared,
        a filter changed, a search run at once)."""
        self._generation += 1
        self._pending = None

    def _start_pending(self) -> None:
        if self._pending is None:
            return
        db, text, flt = self._pending
        self._pending = None
        if db.closed:
            return
        generation = self._generation
        self._running = True
        self.started += 1
        run_task(
            lambda: after_session.timeline_search(
                db, text, flt, limit=after_session.SEARCH_FIRST_PAGE, cancelled=self._cancelled(generation)
            ),
            lambda page: self._done(generation, db, text, flt, page),
            lambda exc: self._failed(generation, text, exc),
        )

    def _cancelled(self, generation: int) -> Any:
        def cancelled() -> bool:
            return generation != self._generation

        return cancelled

    def _done(
        self, generation: int, db: Database, text: str, flt: after_session.TimelineFilter, page: Any
    ) -> None:
        """The first page arrived: show it (``found`` is handled before this returns),
        then count the matches unless the page already did, or start what is pending."""
        if generation != self._generation:
            self._running = False
            self.dropped += 1
            self._start_pending()
            return
        self.found.emit(text, page)
        if page.counted or db.closed or generation != self._generation:
            self._running = False
            self._start_pending()
            return
        run_task(
            lambda: after_session.search_count(db, text, flt, cancelled=self._cancelled(generation)),
            lambda total: self._counted(generation, text, total),
            lambda exc: self._failed(generation, text, exc),
        )

    def _counted(self, generation: int, text: str, total: Any) -> None:
        self._running = False
        if generation == self._generation:
            self.counted.emit(text, int(total))
        else:
            self.dropped += 1
        self._start_pending()

    def _failed(self, generation: int, text: str, exc: BaseException) -> None:
        self._running = False
        if generation != self._generation or isinstance(exc, Cancelled):
            self.dropped += 1
        else:
            logger.warning("search failed (%s)", type(exc).__name__)
            self.failed.emit(text)
        self._start_pending()
