"""GUI start-up: one QApplication, one context, one main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLocale, QtMsgType, QTranslator, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kapjournal import APP_ID, APP_NAME, __version__
from kapjournal.context import AppContext
from kapjournal.paths import Paths
from kapjournal.resdir import resource_path

logger = logging.getLogger(__name__)
qt_logger = logging.getLogger("kapjournal.qt")


def _qt_message(mode: QtMsgType, context: object, message: str) -> None:
    # Qt's own messages go to our log at DEBUG, by category only: Qt may quote text.
    category = getattr(context, "category", "qt") or "qt"
    level = logging.WARNING if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) else logging.DEBUG
    qt_logger.log(level, "Qt message (%s)", category)


def _install_excepthooks() -> None:
    """An unexpected error is logged by type only (its message could quote patient
    text) and never ends the app with a traceback on the console."""
    import threading

    def hook(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
        logger.error("unexpected error: %s", exc_type.__name__)
        from PySide6.QtWidgets import QMainWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMainWindow):
                widget.statusBar().showMessage(
                    QApplication.translate("KapJournal", "Something went wrong just now. Please try again."),
                    10_000,
                )

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        logger.error("unexpected error in a background thread: %s", args.exc_type.__name__)

    sys.excepthook = hook  # type: ignore[assignment]
    threading.excepthook = thread_hook


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("KAP Journal")
    app.setDesktopFileName(APP_ID)
    icon = resource_path("icons", "kapjournal.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    translator = QTranslator(app)
    if translator.load(QLocale(), "kapjournal", "_", str(resource_path("translations"))):
        app.installTranslator(translator)
    return app


def run_app(paths: Paths) -> int:
    qInstallMessageHandler(_qt_message)
    _install_excepthooks()
    app = create_application()
    from kapjournal.ui.main_window import MainWindow
    from kapjournal.ui.theme import apply_theme

    ctx = AppContext.create(paths)
    apply_theme(app, str(ctx.prefs.get("ui/theme")))
    window = MainWindow(ctx)
    window.show()
    return int(app.exec())
