"""Take screenshots of every screen, in light and dark, for review and the README.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUT_DIR [light|dark ...]

Uses a throw-away data folder and no keychain. Pages added by later features are
captured when present (see SCENES).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from kapjournal.context import AppContext
from kapjournal.paths import resolve_paths
from kapjournal.storage import keyslots
from kapjournal.storage.keychain import NullSecretStore
from kapjournal.ui.app import create_application
from kapjournal.ui.main_window import MainWindow
from kapjournal.ui.theme import apply_theme
from kapjournal.ui.workers import wait_for_tasks

PASS = "quiet river morning lantern"


def settle(ms: int = 150) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def until(cond: Callable[[], bool], timeout: float = 20) -> None:
    end = time.monotonic() + timeout
    while not cond() and time.monotonic() < end:
        QCoreApplication.processEvents()
        wait_for_tasks(50)
        time.sleep(0.01)
    settle()


def shoot(widget: QWidget, out: Path, name: str, mode: str) -> None:
    settle()
    widget.grab().save(str(out / f"{name}-{mode}.png"))


def run(out: Path, mode: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, mode)
    data = Path(tempfile.mkdtemp(prefix="kap-shots-"))
    try:
        ctx = AppContext.create(resolve_paths(data), NullSecretStore())
        ctx.prefs.set("ui/theme", mode)
        w = MainWindow(ctx)
        w.resize(1100, 760)
        w.show()
        shoot(w, out, "welcome", mode)
        w.welcome.create_button.click()
        w.create_page.form.first.setText("tulip")
        shoot(w, out, "setup-weak", mode)
        w.create_page.form.first.setText(PASS)
        w.create_page.form.second.setText(PASS)
        shoot(w, out, "setup", mode)
        w.create_page.create.click()
        until(lambda: w.stack.currentWidget() is w.recovery_page)
        shoot(w, out, "recovery-code", mode)
        code = w.recovery_page.code_label.text()
        w.recovery_page.check.setText(code.split("-")[-1])
        w.recovery_page.continue_button.click()
        until(lambda: w.stack.currentWidget() is w.shell)
        w.journal_page.editor.setPlainText("Walked by the river. The light on the water helped.")
        w.journal_page.save()
        w.journal_page.editor.setPlainText("Felt calmer after the breathing space. 🌿")
        settle(300)
        shoot(w, out, "journal", mode)
        w.shell.show_page("settings")
        shoot(w, out, "settings", mode)
        w.lock("manual")
        shoot(w, out, "locked", mode)
        w.unlock_page.field.setText("not my passphrase")
        w.unlock_page.unlock.click()
        until(lambda: bool(w.unlock_page.message.text()))
        shoot(w, out, "unlock-wrong", mode)
        w.unlock_page.forgot.click()
        shoot(w, out, "recover", mode)
        w.close()
        w.deleteLater()
        settle()
    finally:
        shutil.rmtree(data, ignore_errors=True)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    modes = sys.argv[2:] or ["light", "dark"]
    # Screenshots need no real key-derivation cost.
    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    create_application()
    for mode in modes:
        run(out, mode)
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
