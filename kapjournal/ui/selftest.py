"""``kapjournal --self-test``: start the real app and report what a person would see.

Used by the installed-app and frozen-build stages of CI (``tools/smoke_app.py``),
and useful for support: it runs the same start-up path as a normal launch, reports
the first screen (``welcome`` or ``unlock``), and, when a passphrase is given on
standard input, unlocks through the unlock page's own button and waits for Today.
Then it quits the window the way a person would (its Quit action).

It prints one line per step on standard output (``keychain: available (...)``,
``first-screen: unlock``, ``reached: today``, ``quit: clean``) and nothing a patient
wrote. Exit code 0 when
every step was reached, 3 when a step was not reached in time.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kapjournal.paths import Paths

if TYPE_CHECKING:
    from kapjournal.ui.main_window import MainWindow

#: A generous limit for each step: this proves that a screen appears at all, on a
#: loaded CI machine; speed is measured by the benchmarks, not here.
STEP_SECONDS = 90.0
EXIT_STEP_MISSED = 3


class _Probe:
    """Polls the main window from its own event loop; never blocks it."""

    def __init__(self, passphrase: str | None, out: Callable[[str], None]) -> None:
        self.passphrase = passphrase
        self.out = out
        self.window: MainWindow | None = None
        self.step = "first-screen"
        self.deadline = time.monotonic() + STEP_SECONDS
        self.missed = False
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.poll)

    def _next(self, step: str) -> None:
        self.step = step
        self.deadline = time.monotonic() + STEP_SECONDS

    def _find_window(self) -> MainWindow | None:
        from kapjournal.ui.main_window import MainWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                return widget
        return None

    def poll(self) -> None:
        if time.monotonic() > self.deadline:
            self.out(f"missed: {self.step}")
            self.missed = True
            self.timer.stop()
            app = QApplication.instance()
            if app is not None:
                app.exit(EXIT_STEP_MISSED)
            return
        window = self.window or self._find_window()
        if window is None:
            return
        self.window = window
        current = window.stack.currentWidget()
        if self.step == "first-screen":
            if current is window.welcome:
                self.out("first-screen: welcome")
                self._quit(window)
            elif current is window.unlock_page:
                self.out("first-screen: unlock")
                if self.passphrase is None:
                    self._quit(window)
                    return
                page = window.unlock_page
                page.field.setText(self.passphrase)
                self._next("today")
                page.unlock.click()
        elif self.step == "today":
            shell = window.shell
            if current is shell and shell.current_key() == "today":
                self.out("reached: today")
                self._quit(window)
            elif current is window.unlock_page and window.unlock_page.message.text():
                # The page said why it did not open (a wrong passphrase, a damaged
                # file): the step is missed, no need to wait for the deadline.
                self.deadline = 0.0

    def _quit(self, window: MainWindow) -> None:
        self.timer.stop()
        self.step = "quit"
        # The Quit action, as a person would use it: it locks and closes the window.
        window.quit_action.trigger()


def run_self_test(paths: Paths, passphrase: str | None) -> int:
    from kapjournal.ui.app import create_application, run_app

    def out(line: str) -> None:
        print(line, flush=True)

    from kapjournal.storage.keychain import KeyringSecretStore

    store = KeyringSecretStore()
    state = "available" if store.availability().available else "unavailable"
    # A frozen build that lost keyring's backends would only say "unavailable" here.
    out(f"keychain: {state} ({store.backend_name() or 'none'})")
    create_application()
    probe = _Probe(passphrase, out)
    probe.timer.start()
    def failed(log_path: object) -> None:
        from kapjournal.diagnostics import last_crash_frames

        out("start-up failed: " + " | ".join(last_crash_frames()[:3]))

    code = run_app(paths, report_failure=failed)
    if probe.missed:
        return EXIT_STEP_MISSED
    if code == 0:
        out("quit: clean")
    return code


def read_optional_secret() -> str | None:
    """The passphrase for the unlock step, when standard input carries one line."""
    if sys.stdin is None or sys.stdin.isatty():
        return None
    line = sys.stdin.readline().rstrip("\r\n")
    return line or None
