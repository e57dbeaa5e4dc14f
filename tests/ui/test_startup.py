"""What the real start-up loads before the unlock screen is up (issue 14): Qt, the
closed-journal pages and the key-slot code; feature pages, Settings, Today, exporters,
charts, Markdown, nh3, zxcvbn and icalendar load on first use. Timings live in
``benchmarks/compare.py``; this only checks the import structure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kapjournal.storage.journal import create_journal
from tests._helpers import ROOT, subprocess_env

PASS = "correct horse battery staple"

#: Start the app as ``kapjournal`` does, and at the first turn of the event loop report
#: the page on top and every loaded module.
CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

real_exec = QApplication.exec

def exec_once(self):
    def report():
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "stack")]
        pages = [type(w.stack.currentWidget()).__name__ for w in windows]
        built = sorted(type(w.stack.widget(i)).__name__ for w in windows for i in range(w.stack.count()))
        try:
            with open("/proc/self/maps") as maps:  # the shared libraries loaded (Linux)
                libs = sorted({line.rsplit("/", 1)[-1].strip() for line in maps if ".so" in line})
        except OSError:
            libs = None
        print(json.dumps({"pages": pages, "built": built, "libs": libs, "modules": sorted(sys.modules)}))
        self.quit()

    QTimer.singleShot(0, report)
    return int(real_exec())

QApplication.exec = exec_once
from kapjournal.cli import main

sys.exit(main(["--data-dir", sys.argv[1]]))
"""

NOT_AT_START = (
    "kapjournal.exporters",
    "kapjournal.summary",
    "kapjournal.richtext",
    "kapjournal.diagnostics",
    "kapjournal.preparation",
    "kapjournal.reflection.after_session",
    "kapjournal.measures",
    "kapjournal.prompts",
    "kapjournal.content.loader",
    "kapjournal.ui.settings.settings_page",
    "kapjournal.ui.settings.backups",
    "kapjournal.ui.access.country",
    "kapjournal.ui.common.chart",
    "PySide6.QtCharts",
    "PySide6.QtSvg",
    "PySide6.QtDBus",
    "sqlcipher3",
    "markdown",
    "nh3",
    "zxcvbn",
    "icalendar",
)


def _is_page_module(name: str) -> bool:
    """A feature's page, dialog or settings module (its ``feature`` module declares it)."""
    parts = name.split(".")
    return (
        len(parts) == 4
        and parts[:2] == ["kapjournal", "ui"]
        and parts[2] in ("preparation", "reflection", "measures", "summary")
        and parts[3] not in ("feature", "today_cards")
    )


def test_unlock_screen_loads_no_feature_page(tmp_path: Path) -> None:
    journal, _ = create_journal(tmp_path / "data", PASS)
    journal.close()
    env = subprocess_env()
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["pages"] == ["UnlockPage"], done.stderr
    modules = report["modules"]
    assert "kapjournal.storage.keyslots" in modules and "kapjournal.ui.access.pages" in modules
    early = [m for m in modules if m.startswith(NOT_AT_START) or _is_page_module(m)]
    assert early == []
    # The set-up and recovery pages are built when first shown; an existing journal
    # opens on the unlock screen, so they are not built yet.
    assert not {"CreatePage", "RecoveryCodePage", "RecoverPage"} & set(report["built"]), report["built"]
    assert "UnlockPage" in report["built"]
    # The icons are PNGs: neither Qt's SVG library nor its icon engine loads.
    if report["libs"] is not None:
        svg = [lib for lib in report["libs"] if "Svg" in lib or "svgicon" in lib or "qsvg" in lib]
        assert svg == []
