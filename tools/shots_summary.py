"""Screenshots of the Summary page (light and dark) and the demo summary's PDF pages.

    QT_QPA_PLATFORM=offscreen python tools/shots_summary.py [OUT_DIR] [light|dark ...]

Opens the sample journal in the real MainWindow (throw-away data folder, no keychain),
shows the Summary page, unticks one item, and saves PNGs to OUT_DIR
(default ``/tmp/shots-summary``). Also writes the PDF the page would export and, when
``pdftoppm`` is installed, its pages at 60 dpi.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kapjournal.context import AppContext
from kapjournal.paths import resolve_paths
from kapjournal.storage import keyslots
from kapjournal.storage.keychain import NullSecretStore
from kapjournal.ui.app import create_application
from kapjournal.ui.main_window import MainWindow
from kapjournal.ui.theme import apply_theme
from kapjournal.ui.workers import wait_for_tasks


def settle(ms: int = 200) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def until(cond: Callable[[], bool], timeout: float = 30) -> None:
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
    data = Path(tempfile.mkdtemp(prefix="kap-shots-summary-"))
    try:
        ctx = AppContext.create(resolve_paths(data), NullSecretStore())
        ctx.prefs.set("ui/theme", mode)
        w = MainWindow(ctx)
        w.resize(1280, 860)
        w.show()
        w.open_sample()
        until(lambda: w.stack.currentWidget() is w.shell)
        w.shell.show_page("summary")
        page = w.summary_page
        until(lambda: page.summary is not None)
        shoot(w, out, "summary", mode)
        rows = page.item_rows()
        if rows:
            rows[0].setCheckState(Qt.CheckState.Unchecked)
            page.refresh()
        page.choose_preset("two_weeks")
        page.refresh()
        page.preview.verticalScrollBar().setValue(page.preview.verticalScrollBar().maximum() // 2)
        shoot(w, out, "summary-scrolled", mode)
        if mode == "light":
            pdf = out / "summary-demo.pdf"
            page.choose_preset("course")
            page.refresh()
            page.export_to(pdf, "pdf")
            until(lambda: pdf.exists() and not page._busy)
            if shutil.which("pdftoppm"):
                cmd = ["pdftoppm", "-r", "60", "-png", str(pdf), str(out / "pdf-page")]
                subprocess.run(cmd, check=False)  # noqa: S603 - poppler from PATH
        w.close()
        w.deleteLater()
        settle()
    finally:
        shutil.rmtree(data, ignore_errors=True)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots-summary")  # noqa: S108
    out.mkdir(parents=True, exist_ok=True)
    modes = sys.argv[2:] or ["light", "dark"]
    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    create_application()
    for mode in modes:
        run(out, mode)
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
