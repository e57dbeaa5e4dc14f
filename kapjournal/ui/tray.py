"""The tray icon: open, lock, quit, and gentle reminders.

Tooltips and notifications never carry patient text: only the app name and a
generic sentence ("A reminder from KAP Journal").
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from kapjournal import APP_NAME
from kapjournal.context import Clock, local_now
from kapjournal.i18n import tr
from kapjournal.ui.common.icons import app_icon

logger = logging.getLogger(__name__)


class Tray(QObject):
    open_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None, clock: Clock = local_now) -> None:
        super().__init__(parent)
        self.clock = clock  # the context's clock (kapjournal.context)
        self.menu = QMenu(parent)
        self.open_action = QAction(tr("Open KAP Journal"), self)
        self.lock_action = QAction(tr("Lock"), self)
        self.quit_action = QAction(tr("Quit"), self)
        self.menu.addAction(self.open_action)
        self.extra_separator = self.menu.addSeparator()
        self.menu.addAction(self.lock_action)
        self.menu.addAction(self.quit_action)
        self.open_action.triggered.connect(self.open_requested)
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setToolTip(APP_NAME)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.show()
        self._due: dict[str, list[datetime]] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self._check_due)
        self.notified: list[str] = []  # titles shown (for tests); never patient text

    @property
    def available(self) -> bool:
        return self.icon is not None

    def add_action(self, action: QAction) -> None:
        """Later features add entries (e.g. "Check in") above Lock/Quit."""
        self.menu.insertAction(self.extra_separator, action)

    def set_locked(self, locked: bool) -> None:
        self.lock_action.setEnabled(not locked)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    # -- reminders -----------------------------------------------------------------------
    def schedule(self, instants: list[datetime], key: str = "sessions") -> None:
        """Remember when to remind (times only; kept while locked, never written).

        Each feature schedules under its own ``key``; a call replaces only that list."""
        self._due[key] = sorted(instants)
        if any(self._due.values()):
            self._timer.start()
        else:
            self._timer.stop()

    def _check_due(self, now: datetime | None = None) -> None:

        now = now or self.clock().astimezone(UTC).replace(microsecond=0)
        due = any(t <= now for times in self._due.values() for t in times)
        if due:
            self._due = {k: [t for t in times if t > now] for k, times in self._due.items()}
            self.notify(tr("A reminder from KAP Journal"), tr("Open the app when you are ready."))

    def notify(self, title: str, text: str) -> None:
        self.notified.append(title)
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
