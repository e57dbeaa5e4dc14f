"""Locking triggers: one app-wide inactivity filter, and the OS screen lock where Qt
can see it (the freedesktop/GNOME screensaver signals on the session D-Bus)."""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

logger = logging.getLogger(__name__)

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class InactivityTimer(QObject):
    """Emits ``inactive`` after ``minutes`` without keyboard, mouse or touch input."""

    inactive = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.inactive)
        self._enabled = False
        self._watching = False

    def _watch(self, on: bool) -> None:
        """Filter the app's events only while the idle lock is on (an open journal):
        an app-wide Python filter makes PySide6 build the Python type of every object
        and event it sees, ~200 types (~40 ms) before the unlock screen was up."""
        app = QCoreApplication.instance()
        if app is None or on == self._watching:
            return
        self._watching = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def configure(self, enabled: bool, minutes: int) -> None:
        self._enabled = enabled
        self._watch(enabled)
        self._timer.setInterval(max(1, minutes) * 60_000)
        self.restart()

    def set_interval_ms(self, msecs: int) -> None:
        """For tests: a short interval."""
        self._timer.setInterval(msecs)
        self.restart()

    def restart(self) -> None:
        if self._enabled:
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._enabled and event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False


class ScreenLockWatcher(QObject):
    """Emits ``screen_locked`` when the desktop's screensaver/lock becomes active."""

    screen_locked = Signal()

    SERVICES = (
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected = False
        self._started = False

    def start(self) -> None:
        """Listen on the session bus (loads QtDBus and connects: ~50 ms, so the window
        calls this once its first screen is painted). Once only."""
        if self._started:
            return
        self._started = True
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # not on every platform
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for service, path, interface in self.SERVICES:
            if bus.connect(service, path, interface, "ActiveChanged", self, SLOT("on_active_changed(bool)")):
                self.connected = True
        logger.debug("screen-lock watcher connected: %s", self.connected)

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
