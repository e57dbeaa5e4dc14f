"""How long switching the theme takes with every page built (prints figures; asserts
nothing).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_theme.py [--rounds N]

Opens the sample journal in a 1366×768 window, builds every page (and shows every
Check-ins tab and every view the Journal and Sessions pages host, so each is
polished), then switches light ↔ dark ``--rounds`` times. Each switch is timed as the
patient feels it: the theme call, the events it posts, and one full repaint of the
window. The widgets not on screen are restyled afterwards in batches from the event
loop: their total time and the longest single batch (the longest the window waits)
are printed too. Then the first show of every page after a switch (what navigating
costs). Figures: min / median / max over the rounds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget  # noqa: E402

from kapjournal.context import AppContext  # noqa: E402
from kapjournal.paths import resolve_paths  # noqa: E402
from kapjournal.storage import keyslots  # noqa: E402
from kapjournal.storage.keychain import NullSecretStore  # noqa: E402
from kapjournal.ui.app import create_application  # noqa: E402
from kapjournal.ui.common.theme import _Restyle, apply_theme  # noqa: E402
from kapjournal.ui.common.workers import wait_for_tasks  # noqa: E402
from kapjournal.ui.main_window import MainWindow  # noqa: E402


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def show_everything(w: MainWindow) -> int:
    """Show every page and every view a page stacks or tabs; the widget count."""
    for key in w.shell.page_keys():
        page = w.shell.show_page(key)
        settle()
        for holder in page.findChildren(QStackedWidget) + page.findChildren(QTabWidget):
            for i in range(holder.count()):
                holder.setCurrentIndex(i)
                settle()
            holder.setCurrentIndex(0)
    w.shell.show_page(w.shell.page_keys()[0])
    settle()
    return len(QApplication.allWidgets())


def timed_switch(app: QApplication, w: MainWindow, mode: str) -> tuple[float, float, float]:
    """(switch as felt, until every widget is restyled, longest batch) in ms."""
    start = time.perf_counter()
    apply_theme(app, mode)
    settle()
    w.repaint()
    felt = time.perf_counter()
    restyle = _Restyle.of(app)
    longest = 0.0
    while restyle.pending:
        before = time.perf_counter()
        QCoreApplication.processEvents()
        longest = max(longest, time.perf_counter() - before)
    end = time.perf_counter()
    return (felt - start) * 1000, (end - start) * 1000, longest * 1000


def spread(name: str, values: list[float]) -> str:
    return (
        f"{name}: min {min(values):.0f} / median {statistics.median(values):.0f} / max {max(values):.0f} ms"
        f" (each: {' '.join(f'{t:.0f}' for t in values)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    app = create_application()
    apply_theme(app, "light")
    data = Path(tempfile.mkdtemp(prefix="kap-bench-theme-"))
    try:
        w = MainWindow(AppContext.create(resolve_paths(data), NullSecretStore()))
        w.resize(1366, 768)
        w.show()
        w.access.open_sample()
        deadline = time.monotonic() + 120
        while w.stack.currentWidget() is not w.shell and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            wait_for_tasks(50)
        widgets = show_everything(w)
        print(f"{widgets} widgets, every page built")
        rounds = [timed_switch(app, w, "dark" if i % 2 == 0 else "light") for i in range(args.rounds)]
        print(spread("switch (theme call + events + repaint)", [r[0] for r in rounds]))
        print(spread("until every widget is restyled", [r[1] for r in rounds]))
        print(spread("longest batch after the switch", [r[2] for r in rounds]))
        apply_theme(app, "dark")
        settle()
        firsts = []
        for key in w.shell.page_keys():
            start = time.perf_counter()
            w.shell.show_page(key)
            settle()
            w.repaint()
            firsts.append((key, (time.perf_counter() - start) * 1000))
        print("first show after a switch: " + ", ".join(f"{k} {t:.0f} ms" for k, t in firsts))
        w.close()
        settle()
    finally:
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
