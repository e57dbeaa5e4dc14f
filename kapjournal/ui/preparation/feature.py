"""Wiring of "Before a session" into the main window (called from
``MainWindow._install_preparation``): the Today and Sessions pages, the Today
provider and its actions, the full-window "read my intention" view, reminders and the
Settings sections."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kapjournal.preparation import course
from kapjournal.preparation.course import TodayItem
from kapjournal.storage import repo
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Session
from kapjournal.ui.common.widgets import tr
from kapjournal.ui.preparation.common import window_clock
from kapjournal.ui.preparation.intention_page import IntentionReadView, pack_for_entry
from kapjournal.ui.preparation.prompt_packs_box import PromptPacksBox
from kapjournal.ui.preparation.sessions_page import SessionsPage
from kapjournal.ui.preparation.settings import PREF as REMINDERS_PREF
from kapjournal.ui.preparation.settings import ReminderBox
from kapjournal.ui.preparation.today_page import PreparationCards, TodayPage

if TYPE_CHECKING:
    from kapjournal.ui.main_window import MainWindow

logger = logging.getLogger(__name__)


class Preparation(QObject):
    """Holds the feature's pages and the glue between them and the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.clock = window_clock(window.ctx.extras)
        self.today = TodayPage(self.clock)
        self.sessions = SessionsPage(self.clock)
        self.read_view = IntentionReadView()
        window.stack.addWidget(self.read_view)
        window.shell.add_page("today", tr("Today"), self.today)
        window.shell.add_page("sessions", tr("Sessions"), self.sessions)
        self.reminders = ReminderBox(window.ctx.prefs)
        self.packs = PromptPacksBox()
        window.settings_page.add_section(self.reminders)
        window.settings_page.add_section(self.packs)

        self.cards = PreparationCards(self.today)
        self.today.add_provider(self.cards)
        handlers = {
            "no_course": self._new_course,
            "no_sessions": self._add_session,
            "session_soon": self._session_soon,
            "session_day": self._session_day,
            "day_after": self._open_session,  # the integration feature replaces this
            "course_done": self._show_sessions,
        }
        for kind, handler in handlers.items():
            self.today.set_action_handler(kind, handler)

        self.sessions.changed.connect(window.data_changed)
        self.sessions.read_requested.connect(self.read_intention)
        self.packs.changed.connect(window.data_changed)
        self.reminders.toggled_on.connect(lambda _: self.schedule_reminders())
        self.read_view.closed.connect(self.close_read_view)
        window.data_changed.connect(self._data_changed)
        window.unlocked.connect(self.schedule_reminders)
        window.locked.connect(self.read_view.clear)

    # -- navigation -------------------------------------------------------------------------
    def _go(self, key: str) -> None:
        self.window.stack.setCurrentWidget(self.window.shell)
        self.window.shell.show_page(key)

    def _show_sessions(self, item: TodayItem | None = None) -> None:
        self._go("sessions")

    def _new_course(self, item: TodayItem | None = None) -> None:
        self._go("sessions")
        self.sessions.new_course()

    def _add_session(self, item: TodayItem | None = None) -> None:
        self._go("sessions")
        self.sessions.add_session(item.course_id if item else None)

    def _open_session(self, item: TodayItem) -> None:
        self._go("sessions")
        if item.session_id is not None:
            self.sessions.open_session(item.session_id)

    def _session_soon(self, item: TodayItem) -> None:
        if item.params.get("has_intention"):
            self._open_session(item)
        else:
            self.start_intention(item.session_id)

    def _session_day(self, item: TodayItem) -> None:
        if item.params.get("has_intention") and item.session_id is not None:
            self.read_intention(item.session_id)
        else:
            self.start_intention(item.session_id)

    def start_intention(self, session_id: int | None) -> None:
        if session_id is None:
            return
        self._go("sessions")
        self.sessions.start_intention(session_id)

    def read_intention(self, session_id: int) -> None:
        """The calm full-window view of a session's intention."""
        db = self.sessions.db
        if db is None or db.closed:
            return
        session = repo.get(db, Session, session_id)
        entry = course.intention_for(db, session_id) if session else None
        if session is None or entry is None:
            self.start_intention(session_id)
            return
        self.sessions.flush_draft()
        self.read_view.show_entry(
            entry, session, course.session_number(db, session), pack_for_entry(db, entry)
        )
        self.window.stack.setCurrentWidget(self.read_view)
        self.read_view.close_button.setFocus()

    def close_read_view(self) -> None:
        self.read_view.clear()
        if self.window.vault.is_open:
            self.window.stack.setCurrentWidget(self.window.shell)

    # -- refresh and reminders -------------------------------------------------------------------
    def _data_changed(self, table: str) -> None:
        if self.today.db is not None and not self.today.db.closed:
            self.today.refresh()
        self.sessions.on_data_changed(table)
        if table in ("session", "course", "setting"):
            self.schedule_reminders()

    def schedule_reminders(self) -> None:
        """Times only (no patient text); kept in memory while the app runs."""
        db = self.sessions.db
        if db is None or db.closed or self.window.vault.sample:
            return
        try:
            prefs = self.window.ctx.prefs
            enabled = bool(prefs.get(REMINDERS_PREF))
            reminders = (
                course.upcoming_reminders(
                    db,
                    self.clock(),
                    evening_hour=int(prefs.get("reminders/evening_hour")),
                    morning_hour=int(prefs.get("reminders/morning_hour")),
                )
                if enabled
                else []
            )
        except StorageError as exc:
            logger.info("reminders not scheduled: %s", type(exc).__name__)
            return
        self.window.tray.schedule([r.at for r in reminders])
        logger.info("%d reminders scheduled", len(reminders))
