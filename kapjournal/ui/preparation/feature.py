""""Before a session" in the window: the Sessions page, the Today cards of the course
and their actions, the full-window "read my intention" view, session reminders and the
Settings sections (reminders, prompt packs).

Only the Today cards are imported with the feature; its pages, overlays and Settings
sections are imported when first built (the unlock screen needs none of them)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from kapjournal.i18n import tr
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.ui.feature import FeatureHost
from kapjournal.ui.preparation.today_cards import PreparationCards

if TYPE_CHECKING:
    from kapjournal.preparation.today import TodayItem
    from kapjournal.ui.preparation.intention_page import IntentionReadView
    from kapjournal.ui.preparation.prompt_packs_box import PromptPacksBox
    from kapjournal.ui.preparation.sessions_page import SessionsPage
    from kapjournal.ui.preparation.settings import ReminderBox

logger = logging.getLogger(__name__)

REMINDER_KEY = "sessions"


class Preparation:
    """Declares the feature's parts; holds the glue between them."""

    def __init__(self, host: FeatureHost) -> None:
        self.host = host
        self.sessions = host.add_page("sessions", tr("Sessions"), self._build_sessions)
        self.read_view = host.add_overlay(self._build_read_view)
        host.add_settings_section(self._build_reminders)
        host.add_settings_section(self._build_packs)
        host.add_today_provider(PreparationCards(host))
        for kind, handler in {
            "no_course": self._new_course,
            "no_sessions": self._add_session,
            "session_soon": self._session_soon,
            "session_day": self._session_day,
            "course_done": self._show_sessions,
        }.items():
            host.add_today_action(kind, handler)

    # -- parts, built when first needed ------------------------------------------------------
    def _build_sessions(self) -> SessionsPage:
        from kapjournal.ui.preparation.sessions_page import SessionsPage

        page = SessionsPage(self.host.now)
        page.changed.connect(self.host.data_changed)
        page.read_requested.connect(self.read_intention)
        # a done session offers its capture and reflections: the reflection feature's,
        # reached through the host (features never import each other)
        view = page.session_view
        view.capture_requested.connect(lambda sid: self.host.run_named_action("reflection.capture", sid))
        view.reflection_requested.connect(
            lambda sid, step: self.host.run_named_action("reflection.open", sid, step)
        )
        return page

    def _build_read_view(self) -> IntentionReadView:
        from kapjournal.ui.preparation.intention_page import IntentionReadView

        view = IntentionReadView()
        view.closed.connect(self.close_read_view)
        return view

    def _build_reminders(self) -> ReminderBox:
        from kapjournal.ui.preparation.settings import ReminderBox

        box = ReminderBox(self.host.ctx.prefs)
        box.toggled_on.connect(lambda _: self.schedule_reminders())
        return box

    def _build_packs(self) -> PromptPacksBox:
        from kapjournal.ui.preparation.prompt_packs_box import PromptPacksBox

        box = PromptPacksBox()
        box.changed.connect(self.host.data_changed)
        return box

    # -- life cycle ------------------------------------------------------------------------------
    def unlocked(self, db: Database) -> None:
        self.schedule_reminders()

    def locked(self) -> None:
        view = self.read_view.built
        if view is not None:
            view.clear()

    def data_changed(self, table: str) -> None:
        page = self.sessions.built
        if page is not None:
            page.on_data_changed(table)
        if table in ("session", "course", "setting"):
            self.schedule_reminders()

    # -- navigation -------------------------------------------------------------------------
    def _sessions_page(self) -> SessionsPage | None:
        page: SessionsPage | None = self.host.show_page("sessions")
        return page

    def _show_sessions(self, item: TodayItem | None = None) -> None:
        self._sessions_page()

    def _new_course(self, item: TodayItem | None = None) -> None:
        page = self._sessions_page()
        if page is not None:
            page.new_course()

    def _add_session(self, item: TodayItem | None = None) -> None:
        page = self._sessions_page()
        if page is not None:
            page.add_session(item.course_id if item else None)

    def open_session(self, item: TodayItem) -> None:
        page = self._sessions_page()
        if page is not None and item.session_id is not None:
            page.open_session(item.session_id)

    def _session_soon(self, item: TodayItem) -> None:
        if item.params.get("has_intention"):
            self.open_session(item)
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
        page = self._sessions_page()
        if page is not None:
            page.start_intention(session_id)

    def read_intention(self, session_id: int) -> None:
        """The calm full-window view of a session's intention."""
        from kapjournal.preparation import course
        from kapjournal.storage import repo
        from kapjournal.storage.models import Session
        from kapjournal.ui.preparation.intention_page import pack_for_entry

        db = self.host.journal_db()
        if db is None:
            return
        session = repo.get(db, Session, session_id)
        entry = course.intention_for(db, session_id) if session else None
        if session is None or entry is None:
            self.start_intention(session_id)
            return
        page = self.sessions.built
        if page is not None:
            page.flush_draft()
        view = self.host.show_overlay(self.read_view)
        view.show_entry(entry, session, course.session_number(db, session), pack_for_entry(db, entry))
        view.close_button.setFocus()

    def close_read_view(self) -> None:
        view = self.read_view.built
        if view is not None:
            view.clear()
        self.host.close_overlay()

    # -- reminders --------------------------------------------------------------------------
    def schedule_reminders(self) -> None:
        """Times only (no patient text); kept in memory while the app runs."""
        from kapjournal.preparation import course
        from kapjournal.ui.preparation.settings import PREF as REMINDERS_PREF

        db = self.host.journal_db()
        if db is None or self.host.is_sample():
            return
        try:
            prefs = self.host.ctx.prefs
            reminders = (
                course.upcoming_reminders(
                    db,
                    self.host.now(),
                    evening_hour=int(prefs.get("reminders/evening_hour")),
                    morning_hour=int(prefs.get("reminders/morning_hour")),
                )
                if prefs.get(REMINDERS_PREF)
                else []
            )
        except StorageError as exc:
            logger.info("reminders not scheduled: %s", type(exc).__name__)
            return
        self.host.schedule_reminders(REMINDER_KEY, [r.at for r in reminders])
        logger.info("%d reminders scheduled", len(reminders))
