"""Summary export figures (not a test: prints a table, asserts nothing).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_summary.py [--days N]

Builds a sample journal of ``--days`` days (default 3650: ten years, one check-in and
one note a day, maintenance sessions every 90 days), then for the whole range and for
the last course: collect + build the summary, draw the chart, and render each format,
printing time and output size. The PDF's page count shows it stays readable: long
ranges aggregate by week (chart) and by month (table).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from kapjournal import exporters as X
from kapjournal import summary as S
from kapjournal.sample.build import build_demo
from kapjournal.storage import keyslots
from kapjournal.storage.journal import create_journal
from kapjournal.ui.common.chart_export import qt_chart_renderer


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def pages(pdf: bytes) -> str:
    try:
        out = subprocess.run(
            ["pdfinfo", "-"],  # noqa: S607 - a poppler tool from PATH
            input=pdf,
            capture_output=True,
            check=True,
        ).stdout.decode()
    except (OSError, subprocess.CalledProcessError):
        return "?"
    return next((line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")), "?")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=3650)
    args = parser.parse_args()
    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    QApplication.instance() or QApplication(["bench"])
    folder = Path(tempfile.mkdtemp(prefix="kap-bench-summary-"))
    journal, _ = create_journal(folder / "j", "correct horse battery staple")
    db = journal.db
    _, t = timed(lambda: build_demo(db, days=args.days))
    print(f"sample journal of {args.days} days built in {t:.1f} s")
    today = date.today()
    ranges = {
        "whole history": (today - timedelta(days=args.days - 1), today),
        "last course": S.preset_range(db, "course", today),
    }
    print(f"{'range':<14} {'step':<10} {'seconds':>8} {'bytes':>10} {'pages':>6}")
    for name, (start, end) in ranges.items():
        summary, t = timed(lambda s=start, e=end: S.build_summary(db, S.SummaryOptions(s, e)))
        print(f"{name:<14} {'build':<10} {t:8.3f} {'':>10} {'':>6}")
        summary, t = timed(lambda s=summary: S.attach_chart(s, qt_chart_renderer()))
        print(f"{name:<14} {'chart':<10} {t:8.3f} {len(summary.chart_png or b''):>10} {'':>6}")
        for fmt in X.FORMATS:
            data, t = timed(lambda f=fmt, s=summary: X.render(s, f))
            print(f"{name:<14} {fmt:<10} {t:8.3f} {len(data):>10} {pages(data) if fmt == 'pdf' else '':>6}")
    journal.close()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown: PySide can crash while finalizing
