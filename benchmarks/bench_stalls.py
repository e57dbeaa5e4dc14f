"""The longest GUI-thread stall per step of a scripted session (prints figures;
asserts nothing).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_stalls.py [--runs N] [--days D]

Builds one sample journal of ``--days`` days (default 3650: ten years) as the app's
sample journal, then runs the session ``--runs`` times, each in a fresh process on a
fresh copy: unlock, visit every page, type a search word key by key, switch the theme,
build the summary of the whole ten years, export it as a PDF and as a protected PDF.
A heartbeat timer (``tests/ui/stalls.py``) records the longest gap of the event loop
in each step; the table gives its median, min and max over the runs (and how long
each step took to finish, the work on threads included). Target: ≤ 50 ms per step.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 50
SEARCH_WORD = "calm"


def building(page) -> bool:  # type: ignore[no-untyped-def]
    """Whether the Summary page is still building its preview (an older page without
    ``building`` built it on the GUI thread when its timer fired)."""
    probe = getattr(page, "building", None)
    return bool(probe()) if probe is not None else page._timer.isActive()


def build_journal(data: Path, days: int) -> None:
    """The app's sample journal under ``data``, ``days`` days long."""
    from kapjournal.context import AppContext
    from kapjournal.paths import resolve_paths
    from kapjournal.sample.build import build_demo
    from kapjournal.storage.keychain import NullSecretStore
    from kapjournal.vault import SAMPLE_PASSPHRASE, Vault

    ctx = AppContext.create(resolve_paths(data), NullSecretStore())
    vault = Vault(ctx.paths.sample_dir, ctx.prefs, ctx.secrets, sample=True)
    vault.create(SAMPLE_PASSPHRASE)
    assert vault.journal is not None
    build_demo(vault.journal.db, days=days)
    vault.lock()


def one_run(data: Path, days: int) -> dict[str, list[float]]:
    """The scripted session on the journal under ``data``: {step: [stall ms, total ms]}."""
    from PySide6.QtTest import QTest

    from kapjournal.context import AppContext
    from kapjournal.paths import resolve_paths
    from kapjournal.storage.keychain import NullSecretStore
    from kapjournal.ui.app import create_application
    from kapjournal.ui.common.theme import apply_theme
    from kapjournal.ui.common.workers import Task
    from kapjournal.ui.main_window import MainWindow
    from tests.ui.stalls import StallWatch, pump, pump_until

    app = create_application()
    apply_theme(app, "light")
    w = MainWindow(AppContext.create(resolve_paths(data), NullSecretStore()))
    w.resize(1366, 768)
    w.show()
    watch = StallWatch()
    totals: dict[str, float] = {}

    def idle() -> bool:
        return not Task._active

    def run(name: str, action, done=idle) -> None:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        with watch.step(name):
            action()
            pump_until(done, 300)
            pump(50)  # what the step posted for later (layouts, repaints)
        totals[name] = (time.perf_counter() - start) * 1000

    with watch.step("start"):
        pump(200)
    run("unlock", w.access.open_sample, lambda: w.stack.currentWidget() is w.shell and idle())
    for key in w.shell.page_keys():
        run(f"page {key}", lambda k=key: w.shell.show_page(k))
    journal = w.shell.show_page("journal")
    pump_until(idle)

    def type_word() -> None:
        journal.search.setFocus()
        for ch in SEARCH_WORD:
            QTest.keyClicks(journal.search, ch)
            pump(120)  # a person types about eight keys a second

    run("type a search", type_word)
    run("theme dark", lambda: apply_theme(app, "dark"))
    run("theme light", lambda: apply_theme(app, "light"))
    summary = w.shell.show_page("summary")
    pump_until(lambda: summary.summary is not None and not building(summary) and idle())

    def ready() -> bool:
        return not building(summary) and idle()

    today = date.today()
    run("summary whole journal", lambda: summary.set_range(today - timedelta(days=days - 1), today), ready)
    out = Path(tempfile.mkdtemp(prefix="kap-stall-out-"))
    run(
        "export PDF",
        lambda: summary.export_to(out / "s.pdf", "pdf"),
        lambda: (out / "s.pdf").exists() and idle(),
    )
    run(
        "export protected PDF",
        lambda: summary.export_protected_to(out / "p.pdf", "a long enough password, surely"),
        lambda: (out / "p.pdf").exists() and idle(),
    )
    watch.stop()
    shutil.rmtree(out, ignore_errors=True)
    w.lock("bench")
    pump(50)
    return {name: [ms, totals.get(name, 0.0)] for name, ms in watch.steps.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--days", type=int, default=3650)
    parser.add_argument("--one-run", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    from kapjournal.storage import keyslots

    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    if args.one_run:
        result = one_run(args.one_run, args.days)
        print(json.dumps(result))
        sys.stdout.flush()
        os._exit(0)  # skip interpreter teardown: PySide can crash while finalizing
    base = Path(tempfile.mkdtemp(prefix="kap-bench-stalls-"))
    try:
        start = time.perf_counter()
        build_journal(base / "template", args.days)
        print(f"sample journal of {args.days} days built in {time.perf_counter() - start:.0f} s")
        runs: list[dict[str, list[float]]] = []
        for i in range(args.runs):
            copy = base / f"run{i}"
            shutil.copytree(base / "template", copy)
            proc = subprocess.run(  # noqa: S603 - this script, with the same interpreter
                [sys.executable, __file__, "--one-run", str(copy), "--days", str(args.days)],
                capture_output=True,
                text=True,
                check=False,
            )
            lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
            if proc.returncode or not lines:
                print(f"run {i} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
                return 1
            runs.append(json.loads(lines[-1]))
        report(runs)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0


def report(runs: list[dict[str, list[float]]]) -> None:
    print(f"longest GUI-thread stall per step, ms, over {len(runs)} runs (target ≤ {TARGET_MS} ms)")
    print(f"{'step':<24} {'median':>7} {'min':>6} {'max':>6}   {'step took (median)':>18}")
    for name in runs[0]:
        stalls = [r[name][0] for r in runs if name in r]
        took = [r[name][1] for r in runs if name in r]
        mark = "" if statistics.median(stalls) <= TARGET_MS else "  over"
        print(
            f"{name:<24} {statistics.median(stalls):7.0f} {min(stalls):6.0f} {max(stalls):6.0f}"
            f"   {statistics.median(took):15.0f} ms{mark}"
        )


if __name__ == "__main__":
    sys.exit(main())
