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
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shotlib import Camera, main_window, shots_main


def run(cam: Camera) -> None:
    out, mode = cam.out, cam.mode
    with main_window(cam, "kap-shots-summary-", size=(1280, 860)) as w:
        w.access.open_sample()
        cam.until(lambda: w.stack.currentWidget() is w.shell)
        w.shell.show_page("summary")
        page = w.page("summary")
        cam.until(lambda: page.summary is not None)
        cam.shoot(w, "summary")
        rows = page.item_rows()
        if rows:
            rows[0].setCheckState(Qt.CheckState.Unchecked)
            page.refresh()
        page.choose_preset("two_weeks")
        page.refresh()
        page.preview.verticalScrollBar().setValue(page.preview.verticalScrollBar().maximum() // 2)
        cam.shoot(w, "summary-scrolled")
        if mode == "light":
            pdf = out / "summary-demo.pdf"
            page.choose_preset("course")
            page.refresh()
            page.export_to(pdf, "pdf")
            cam.until(lambda: pdf.exists() and not page._busy)
            if shutil.which("pdftoppm"):
                cmd = ["pdftoppm", "-r", "60", "-png", str(pdf), str(out / "pdf-page")]
                subprocess.run(cmd, check=False)  # noqa: S603 - poppler from PATH


def main() -> int:
    return shots_main(run, "/tmp/shots-summary", shot_ms=200, wait_ms=200, timeout=30)  # noqa: S108


if __name__ == "__main__":
    sys.exit(main())
