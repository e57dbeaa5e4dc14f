"""Drive the real app through its screens for the AT-SPI check (tests/ui/test_atspi.py).

    QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 python tests/ui/atspi_driver.py DATA_DIR

Runs in the test venv as a child process: the window must keep answering AT-SPI
calls from its own event loop while the walker (``atspi_walk.py``, under the system
Python that has pyatspi) reads its tree. For every screen it prints ``SCREEN name``
and keeps the event loop running until a line arrives on standard input; then it
goes on to the next screen. ``DONE`` at the end. It uses the page objects of
``tests/ui/pages.py``, a throw-away journal with an invented passphrase, and invented
text only.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6 import QtGui  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop, QSocketNotifier, Qt  # noqa: E402
from PySide6.QtGui import QTextDocumentFragment  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QMessageBox, QPushButton  # noqa: E402

from kapjournal.context import AppContext  # noqa: E402
from kapjournal.paths import resolve_paths  # noqa: E402
from kapjournal.storage import keyslots  # noqa: E402
from kapjournal.storage.keychain import NullSecretStore  # noqa: E402
from kapjournal.ui.app import create_application  # noqa: E402
from kapjournal.ui.common.workers import wait_for_tasks  # noqa: E402
from kapjournal.ui.main_window import MainWindow  # noqa: E402
from tests.ui.pages import (  # noqa: E402
    LONG_WAIT_MS,
    App,
    CountryQuestion,
    EveryDialog,
    SafetyPlan,
    is_showing,
    visible_dialogs,
    wait_until,
    while_open,
)

PASS = "quiet river morning lantern"
SAFETY = "Need help now?"
Show = Callable[..., None]


def without_mnemonic(text: str) -> str:
    """A buddy label's text as read: "&Name" is "Name", "&&" is "&"."""
    return "&".join(part.replace("&", "") for part in text.split("&&"))


def label_texts() -> list[str]:
    """What every showing label displays, as plain text (a screen reader's name for
    a label must be one of these)."""
    texts = []
    for top in QApplication.topLevelWidgets():
        for lab in top.findChildren(QLabel):
            if not lab.isVisible():
                continue
            text = lab.text()
            rich = lab.textFormat() == Qt.TextFormat.RichText or (
                lab.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
            )
            if rich:
                text = QTextDocumentFragment.fromHtml(text).toPlainText()
            texts.append(without_mnemonic(text) if lab.buddy() is not None else text)
    return texts


def pause(name: str, dialog: QDialog | None = None) -> None:
    """Say which screen is up and what its labels show (and, for a dialog, its title
    and whether it is modal), then serve the event loop until told to go on."""
    QCoreApplication.processEvents()  # what the screen does right after it is shown
    wait_for_tasks()
    QCoreApplication.processEvents()
    combos = [c.currentText() for top in QApplication.topLevelWidgets() for c in top.findChildren(QComboBox)]
    shown: dict[str, object] = {"labels": label_texts(), "combo_values": [text for text in combos if text]}
    if dialog is not None:
        shown["dialog"] = {
            "title": dialog.windowTitle(),
            "modal": dialog.isModal(),
            "message": isinstance(dialog, QMessageBox),
            "blocked": QApplication.activeModalWidget() is not None,  # the window behind it
        }
    print(f"SCREEN {name} {json.dumps(shown)}", flush=True)
    # The event loop itself waits for standard input, so every AT-SPI call is
    # answered at once (polling would add its interval to each of them).
    loop = QEventLoop()
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(loop.quit)
    loop.exec()
    notifier.setEnabled(False)
    sys.stdin.readline()


def screens(w: MainWindow, show: Show) -> Iterator[str]:
    """Bring up each screen in turn; yields its name once it is showing (a dialog,
    up in its own modal loop, is shown with ``show`` itself)."""
    app = App(w)
    access = app.access
    yield "welcome"
    access.start_creating()
    access.type_new_passphrase("tulip")
    access.submit_create()
    wait_until(lambda: bool(access.create_message()), what="the create page's problem")
    yield "create-weak"
    access.type_new_passphrase(PASS)
    access.submit_create()
    app.wait_for_screen("recovery_code", LONG_WAIT_MS)
    yield "recovery-code"
    code = access.recovery_code()
    access.confirm_recovery_code(code.split("-")[-1])
    app.wait_for_screen("shell")
    yield "today"  # with the set-up's country question over it (not modal)
    if CountryQuestion(w).shown():
        CountryQuestion(w).not_now()
    yield from journal_pages(w)
    every_dialog(w, show)
    w.lock("manual")
    app.wait_for_screen("unlock")
    access.unlock("not my passphrase")
    yield "unlock-wrong"
    access.forgot_passphrase()
    app.wait_for_screen("recover")
    yield "recover"


def journal_pages(w: MainWindow) -> Iterator[str]:
    app = App(w)
    for key in ("sessions", "journal"):
        app.show(key)
        yield key
    app.show("checkins")
    checkins = app.checkins
    checkins.form.scales["mood"].set_value(6)
    yield "checkins"
    for tab in ("questionnaires", "side_effects", "trends", "history"):
        checkins.show_tab(tab)
        yield f"checkins-{tab}"
    form = checkins.start_questionnaire("phq9")
    form.set_answer(0, 1)
    yield "phq9-item"
    for index in range(1, len(form.rows)):
        form.set_answer(index, 0)
    yield "phq9-result"
    # PCL-5 and AUDIT-C, switched on in Settings: their own answers (AUDIT-C's differ per item)
    app.show("settings")
    app.settings_questionnaires().switch_on("pcl5", "auditc")
    app.show("checkins")
    checkins.show_tab("questionnaires")
    audit = checkins.start_questionnaire("auditc")
    audit.set_answer(0, 2)
    yield "auditc-item"
    app.show("summary")
    summary = app.summary
    summary.export_to(Path(sys.argv[1]).parent / "summary.md", "md")
    wait_until(lambda: "saved" in summary.status().lower(), LONG_WAIT_MS, "the export status")
    yield "summary-exported"
    app.show("settings")
    yield "settings"
    app.safety.need_help()
    app.wait_for_screen("safety")
    yield "safety"
    app.safety.edit_plan()
    app.wait_for_screen("safety_plan")
    yield "safety-plan"
    SafetyPlan(w).back()
    app.wait_for_screen("safety")
    app.safety.back()
    app.wait_for_screen("shell")


def every_dialog(w: MainWindow, show: Show) -> None:
    """Every dialog and message box, each opened as its screen opens it. While it is
    up its tree is walked; then it is left as a patient in crisis leaves it: by its own
    "Need help now?" when it has one (which must bring up the safety page; the driver
    goes back from there), else with Escape (after which the window's own button must
    work again). ``CLOSED name {...}`` says what happened."""
    app = App(w)

    def visit(name: str) -> Callable[[QDialog], None]:
        def seen(dialog: QDialog) -> None:
            show(f"dialog-{name}", dialog)
            helpers = [b for b in dialog.findChildren(QPushButton) if b.text() == SAFETY and b.isVisible()]
            if helpers:
                helpers[0].click()
                closed = "help"
            else:
                closed = "escape" if EveryDialog.close(dialog) else "stuck"
            QCoreApplication.processEvents()
            report = {
                "closed": closed,
                "open": is_showing(dialog),
                "blocked": QApplication.activeModalWidget() is not None,
                "screen": app.screen(),
            }
            print(f"CLOSED dialog-{name} {json.dumps(report)}", flush=True)

        return seen

    for name, opener in EveryDialog(w).openers():
        while_open(opener, visit(name))
        if app.screen() == "safety":
            app.safety.back()
            app.wait_for_screen("shell")
        for left in visible_dialogs():  # a dialog its help button only hid (key rotation)
            EveryDialog.close(left)


def run(show: Show) -> int:
    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    create_application()
    w = MainWindow(AppContext.create(resolve_paths(Path(sys.argv[1])), NullSecretStore()))
    w.resize(1366, 768)
    w.show()
    for name in screens(w, show):
        show(name)
    # The walker's listener stops first; the window stays up (and keeps answering)
    # until the test says so. The app's own quit path is checked by the installed-app
    # and frozen-build stages (--self-test), not here.
    pause("DONE")
    return 0


if __name__ == "__main__":
    code = run(pause)
    sys.stdout.flush()
    sys.stderr.flush()
    # Leave without the interpreter's teardown, which destroys the remaining Qt objects
    # (accessibility bridge, windows) in no fixed order.
    os._exit(code)
