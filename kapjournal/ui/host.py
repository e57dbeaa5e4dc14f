"""The window's side of :class:`~kapjournal.ui.feature.FeatureHost`: what features may
declare (pages, overlays, Today cards and actions, settings sections, actions at named
places) and ask (the open journal, the clock, navigation, messages).

It keeps the registries the window reads: the Today providers and action handlers,
the settings-section builders and the overlays. See docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from kapjournal.context import AppContext
from kapjournal.storage.db import Database
from kapjournal.ui.common.widgets import expose_corner_widget
from kapjournal.ui.feature import Lazy, Place, TodayProvider, W

if TYPE_CHECKING:
    from kapjournal.ui.main_window import MainWindow

logger = logging.getLogger(__name__)


class WindowHost:
    """Implements ``FeatureHost`` for :class:`MainWindow`; one per window."""

    def __init__(self, window: MainWindow) -> None:
        self._w = window
        self.today_providers: list[TodayProvider] = []
        self.today_actions: dict[str, Callable[..., Any]] = {}
        self.section_builders: list[Callable[[], QWidget]] = []
        self.overlays: list[Lazy[Any]] = []
        self.editing_overlays: list[Lazy[Any]] = []  # Views: flushed before a lock
        self.named_actions: dict[str, Callable[..., Any]] = {}

    @property
    def ctx(self) -> AppContext:
        return self._w.ctx

    def now(self) -> datetime:
        return self._w.ctx.now().astimezone()

    # -- declaring -----------------------------------------------------------------------
    def add_page(self, key: str, title: str, build: Callable[[], W]) -> Lazy[W]:
        return self._w.shell.add_page(key, title, build)

    def add_overlay(self, build: Callable[[], W]) -> Lazy[W]:
        lazy: Lazy[W] = Lazy(build)
        lazy.on_built.append(lambda widget: self._add_to_stack(widget))
        self.overlays.append(lazy)
        return lazy

    def add_editing_overlay(self, build: Callable[[], W]) -> Lazy[W]:
        lazy = self.add_overlay(build)
        self.editing_overlays.append(lazy)
        return lazy

    def flush_editing_overlays(self) -> bool:
        """Keep the unsaved text of every built editing overlay; False when some could
        not be kept."""
        views = [lazy.built for lazy in self.editing_overlays if lazy.built is not None]
        return all([view.flush_draft() is not False for view in views])

    def _add_to_stack(self, widget: QWidget) -> None:
        self._w.stack.addWidget(widget)

    def add_today_provider(self, provider: TodayProvider) -> None:
        self.today_providers.append(provider)

    def add_today_action(self, kind: str, handler: Callable[..., Any]) -> None:
        """One owner per kind (a second raises); the kinds are checked against the Today
        rules when the Today page is first built (:meth:`check_today_kinds`), so the
        unlock screen does not load the rules."""
        if kind in self.today_actions:
            raise ValueError(f"Today kind {kind!r} already has an action")
        self.today_actions[kind] = handler

    def add_settings_section(self, build: Callable[[], QWidget]) -> None:
        self.section_builders.append(build)
        self._w.section_declared(build)

    def add_action(self, action: QAction, place: Place) -> None:
        w = self._w
        if place is Place.TRAY:
            w.tray.add_action(action)
            return
        if not action.shortcut().isEmpty():
            w.addAction(action)  # the shortcut works on every screen of the window
        if place is Place.JOURNAL_WRITE:
            w.journal_menu.insertAction(w.write_group_end, action)
        elif place is Place.HELP:
            w.help_menu.insertAction(w.help_group_end, action)

    def add_corner_widget(self, widget: QWidget) -> None:
        self._w.menuBar().setCornerWidget(widget, Qt.Corner.TopRightCorner)
        expose_corner_widget(self._w, self._w.menuBar(), widget)  # else a screen reader cannot find it

    def add_named_action(self, name: str, handler: Callable[..., Any]) -> None:
        if name in self.named_actions:
            raise ValueError(f"action {name!r} already has an owner")
        self.named_actions[name] = handler

    # -- asking --------------------------------------------------------------------------
    def journal_db(self) -> Database | None:
        vault = self._w.vault
        if vault.is_open and vault.journal is not None and not vault.journal.db.closed:
            return vault.journal.db
        return None

    def is_sample(self) -> bool:
        return self._w.vault.sample

    def show_page(self, key: str) -> Any:
        w = self._w
        if not w.vault.is_open:
            return None
        if w.stack.currentWidget() is not w.shell:
            w.stack.setCurrentWidget(w.shell)
        return w.shell.show_page(key)

    def show_overlay(self, overlay: Lazy[W]) -> W:
        widget = overlay.get()
        self._w.stack.setCurrentWidget(widget)
        return widget

    def close_overlay(self, target: QWidget | None = None) -> None:
        w = self._w
        if target is not None and target is not w.shell and w.stack.indexOf(target) >= 0:
            w.stack.setCurrentWidget(target)
        elif w.vault.is_open:
            w.stack.setCurrentWidget(w.shell)
        elif w.main_vault.exists() or w.vault.sample:
            w.access.show_unlock()
        else:
            w.stack.setCurrentWidget(w.welcome)

    def current_screen(self) -> QWidget | None:
        return self._w.stack.currentWidget()

    def flush_current_page(self) -> None:
        w = self._w
        page = w.shell.current_page()
        if w.stack.currentWidget() is w.shell and page is not None:
            page.flush_draft()

    def check_today_kinds(self) -> None:
        """Every declared Today action is for a kind the Today rules know."""
        from kapjournal.preparation import today as today_rules

        for kind in self.today_actions:
            if kind not in today_rules.TODAY_KINDS:
                raise ValueError(f"unknown Today kind {kind!r}")

    def run_today_action(self, item: Any) -> None:
        handler = self.today_actions.get(item.kind)
        if handler is None:
            logger.info("no action for Today kind %s", item.kind)
            return
        handler(item)

    def has_today_action(self, kind: str) -> bool:
        return kind in self.today_actions

    def run_named_action(self, name: str, *args: Any) -> Any:
        handler = self.named_actions.get(name)
        if handler is None:
            logger.info("no action named %s", name)
            return None
        return handler(*args)

    def announce(self, text: str) -> None:
        """The window's message strip at the top (never a status bar), heard as an alert."""
        self._w.messages.say(text)

    def notify(self, title: str, text: str) -> None:
        self._w.tray.notify(title, text)

    def schedule_reminders(self, owner: str, times: list[datetime]) -> None:
        self._w.tray.schedule(times, key=owner)

    def bring_to_front(self) -> None:
        self._w.bring_to_front()

    def data_changed(self, table: str) -> None:
        self._w.data_changed.emit(table)
