"""GUI start-up: one QApplication, one context, one main window.

Start-up imports only what the first screen needs (Qt, the closed-journal pages, the key
slots): the crash log on the first crash, the feature pages when first shown
(``benchmarks/compare.py`` lists what the unlock path imports and times it).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kapjournal import APP_ID, APP_NAME, __version__
from kapjournal.context import AppContext
from kapjournal.i18n import arg, choose_language, install_language, tr
from kapjournal.paths import Paths
from kapjournal.ui.common.icons import app_icon

logger = logging.getLogger(__name__)
qt_logger = logging.getLogger("kapjournal.qt")


def _qt_message(mode: QtMsgType, context: object, message: str) -> None:
    # Qt's own messages go to our log at DEBUG, by category only: Qt may quote text.
    category = getattr(context, "category", "qt") or "qt"
    level = logging.WARNING if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) else logging.DEBUG
    qt_logger.log(level, "Qt message (%s)", category)


def main_thread_hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: an unexpected error is logged by type only (its message
    could quote patient text), recorded in the crash log as type and code frames
    (SECURITY 41), and told calmly in the window's message strip; never a console traceback."""
    from kapjournal.diagnostics import record_crash

    logger.error("unexpected error: %s", exc_type.__name__)
    record_crash(exc_type, exc, tb, "main thread")
    from kapjournal.ui.shell import MessageStrip

    for widget in QApplication.topLevelWidgets():
        strip = widget.findChild(MessageStrip)
        if strip is not None:
            strip.say(tr("Something went wrong just now. Please try again."))


def background_thread_hook(args: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: the same for a background thread."""
    if issubclass(args.exc_type, SystemExit):  # as threading's own hook: not an error
        return
    from kapjournal.diagnostics import record_crash

    logger.error("unexpected error in a background thread: %s", args.exc_type.__name__)
    record_crash(args.exc_type, args.exc_value, args.exc_traceback, "background thread")


def _install_excepthooks() -> None:
    sys.excepthook = main_thread_hook
    threading.excepthook = background_thread_hook


def create_application(
    argv: list[str] | None = None, language: str = "", translations: Path | None = None
) -> QApplication:
    """The one QApplication, in *language* (``"en"``, ``"de"``; ``""`` is the system's),
    with our catalogue (from *translations*, else the shipped one) and Qt's own."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("KAP Journal")
    app.setDesktopFileName(APP_ID)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    install_language(app, choose_language(language), translations)
    return app


def startup_failure_box(log_path: Path | None) -> tuple[QMessageBox, QPushButton]:
    """The calm message shown when the app cannot start, and its copy button."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("KAP Journal could not start"), "")
    if log_path is not None:
        text = arg(
            tr(
                "KAP Journal could not start. Nothing in your journal was changed.\n\n"
                "Details for support were saved to:\n%1"
            ),
            log_path,
        )
    else:
        text = tr(
            "KAP Journal could not start. Nothing in your journal was changed.\n\n"
            "The details for support could not be saved, but you can copy them."
        )
    box.setText(text)
    box.setInformativeText(
        tr("The details hold version numbers and places in the program's code, nothing you wrote.")
    )
    copy = box.addButton(tr("Copy diagnostic details"), QMessageBox.ButtonRole.ActionRole)
    copy.setAccessibleName(tr("Copy diagnostic details"))
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    return box, copy


def show_startup_failure(log_path: Path | None) -> None:
    """Show the start-up failure until the person closes it. Copying keeps it open, so
    the details can be pasted while the app (which owns the clipboard) still runs."""
    from kapjournal.diagnostics import diagnostic_details

    box, copy = startup_failure_box(log_path)
    clicked: list[object] = []
    box.buttonClicked.connect(clicked.append)
    for _ in range(100):  # bounded, whatever happens to the event loop
        clicked.clear()
        box.exec()
        # Only a click on Copy keeps it open: Close, Escape, the window's close
        # button or a quitting app (no click at all) end it.
        if not clicked or clicked[-1] is not copy:
            break
        QApplication.clipboard().setText(diagnostic_details())
        box.setInformativeText(
            tr("The details were copied. Paste them into your message to support, then close this window.")
        )
    box.deleteLater()


def _chosen_language(paths: Paths) -> str:
    """The language chosen in Settings (a device setting, readable before unlock);
    the system's when none was chosen or it cannot be read."""
    try:
        from kapjournal.prefs import UI_LANGUAGE, Preferences

        return str(Preferences(paths).get(UI_LANGUAGE.key))
    except Exception as exc:  # the settings file is unreadable: start in the system's language
        logger.warning("could not read the language setting: %s", type(exc).__name__)
        return ""


def run_app(paths: Paths, report_failure: Callable[[Path | None], None] | None = None) -> int:
    """Start the app; a failure to start is recorded and reported by ``report_failure``
    (the calm dialog, or the self-test's printed line)."""
    qInstallMessageHandler(_qt_message)
    _install_excepthooks()
    app = create_application(language=_chosen_language(paths))
    try:
        from kapjournal.ui.common.theme import apply_theme
        from kapjournal.ui.main_window import MainWindow

        ctx = AppContext.create(paths)
        apply_theme(app, str(ctx.prefs.get("ui/theme")))
        window = MainWindow(ctx)
        window.show()
    except Exception as exc:
        from kapjournal.diagnostics import record_crash

        logger.error("could not start: %s", type(exc).__name__)
        (report_failure or show_startup_failure)(record_crash(type(exc), exc, exc.__traceback__, "start-up"))
        return 1
    return int(app.exec())
