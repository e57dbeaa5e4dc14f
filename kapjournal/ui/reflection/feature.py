""" "After a session" in the window: the Journal page (timeline, notes, captures,
reflections, thought records, practices, action steps), its menu and tray actions, its
Today cards (steps due, kept writing, the day-after reflection) and its Settings box.

The Journal page and the Settings box are imported when first built (the unlock screen
needs neither)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from kapjournal.i18n import tr
from kapjournal.storage.db import Database
from kapjournal.ui.feature import FeatureHost, Place
from kapjournal.ui.today import TodayCard

if TYPE_CHECKING:
    from kapjournal.ui.reflection.journal_page import JournalPage
    from kapjournal.ui.reflection.settings import IntegrationSettings

logger = logging.getLogger(__name__)


class Reflection:
    """Declares the feature's parts; holds the glue between them."""

    def __init__(self, host: FeatureHost) -> None:
        self.host = host
        self.journal = host.add_page("journal", tr("Journal"), self._build_journal)
        host.add_settings_section(self._build_settings)
        self.actions = (
            self._action(tr("New &thought record"), "Ctrl+Shift+T", lambda p: p.new_thought_record()),
            self._action(tr("Three-minute &breathing space"), "Ctrl+Shift+B", lambda p: p.open_breathing()),
            self._action(tr("&Search the journal"), "Ctrl+Shift+F", lambda p: p.focus_search()),
        )
        for action in self.actions:
            host.add_action(action, Place.JOURNAL_WRITE)
        tray_breathing = QAction(tr("Three-minute breathing space"))
        tray_breathing.triggered.connect(self._breathing_from_tray)
        host.add_action(tray_breathing, Place.TRAY)
        self._tray_breathing = tray_breathing
        host.add_today_provider(self.steps_due_cards)
        host.add_today_provider(self.kept_writing_cards)
        host.add_today_action("day_after", self.open_day_after)
        host.add_today_action("session_done", self.open_capture)
        # what another feature may ask for (the Sessions page's done session)
        host.add_named_action("reflection.capture", self.capture_session)
        host.add_named_action("reflection.open", self.reflect_on_session)

    def _build_journal(self) -> JournalPage:
        from kapjournal.ui.reflection.journal_page import JournalPage

        page = JournalPage(clock=self.host.now)
        page.changed.connect(self.host.data_changed)
        page.status.connect(self.host.announce)
        return page

    @staticmethod
    def _build_settings() -> IntegrationSettings:
        from kapjournal.ui.reflection.settings import IntegrationSettings

        return IntegrationSettings()

    def _action(self, text: str, keys: str, run: Callable[[JournalPage], Any]) -> QAction:
        action = QAction(text)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda *_: self._on_journal(run))
        return action

    def _on_journal(self, run: Callable[[JournalPage], Any]) -> Any:
        page: JournalPage | None = self.host.show_page("journal")
        return run(page) if page is not None else None

    def _breathing_from_tray(self) -> None:
        self.host.bring_to_front()
        self._on_journal(lambda p: p.open_breathing())

    # -- life cycle --------------------------------------------------------------------------
    def unlocked(self, db: Database) -> None:
        """The journal page gets the journal through its own ``on_unlocked``."""

    def locked(self) -> None:
        """The journal page clears itself (``clear``); nothing else is held."""

    def data_changed(self, table: str) -> None:
        page = self.journal.built
        if page is not None:
            page.on_data_changed(table)

    # -- Today -------------------------------------------------------------------------------
    def open_day_after(self, item: Any) -> bool:
        """Today's "Day 1 after session 1" action: open that reflection."""
        if item is None or item.session_id is None:
            return False
        step = str(item.params.get("step") or "24h")
        return bool(self._on_journal(lambda p: p.open_reflection(int(item.session_id), step)))

    def open_capture(self, item: Any) -> bool:
        """Today's "Session 1 is done" action: write what came up in that session."""
        if item is None or item.session_id is None:
            return False
        return bool(self._on_journal(lambda p: p.open_capture(int(item.session_id)) or True))

    def capture_session(self, session_id: int) -> bool:
        """"Write what came up" for a session (its capture, new or the one written)."""
        return bool(self._on_journal(lambda p: p.open_capture(session_id) or True))

    def reflect_on_session(self, session_id: int, step: str) -> bool:
        """One integration reflection ("Day 1 after") of a session."""
        return bool(self._on_journal(lambda p: p.open_reflection(session_id, step)))

    def kept_writing_cards(self, db: Database, now: datetime) -> list[TodayCard]:
        """Today's first card when the journal kept unfinished writing (after a lock,
        a quit or a crash): the banner that offers it lives on the Journal page."""
        from kapjournal.storage import repo
        from kapjournal.ui.reflection.journal_page import DRAFT_KINDS

        kept = [d for d in repo.list_drafts(db) if d.key.split(":", 1)[0] in DRAFT_KINDS]
        if not kept:
            return []
        return [
            TodayCard(
                key="drafts:kept",
                title=tr("We kept what you were writing"),
                text=tr("Your unfinished writing is safe. Pick it up whenever you like."),
                action_text=tr("Open it"),
                on_action=lambda: self.host.show_page("journal"),
                priority=5,
            )
        ]

    def steps_due_cards(self, db: Database, now: datetime) -> list[TodayCard]:
        """A Today card when action steps have reached their day (no patient text)."""
        from kapjournal.reflection import after_session

        due = after_session.steps_due(db, now.date())
        if not due:
            return []
        first = due[0]
        count = len(due)
        text = (
            tr("You planned a step for today. How did it go?")
            if count == 1
            else tr("%n action steps have reached their day. How did they go?", "", count)
        )
        return [
            TodayCard(
                key=f"steps_due:{first.uid}",
                title=tr("Action step"),
                text=text,
                action_text=tr("Look back on it") if count == 1 else tr("Look back on them"),
                on_action=lambda: self._on_journal(lambda p: p.open_steps(first.id)),
                priority=40,
            )
        ]
