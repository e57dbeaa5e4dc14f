"""House rules a machine can check: lint, strict types on storage and the domain, and
layers that never point up (STYLE.md 1, 20)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kapjournal"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )


def test_ruff_is_clean() -> None:
    done = _run("ruff", "check", "kapjournal", "tests", "tools", "benchmarks")
    assert done.returncode == 0, done.stdout[-3000:]


def test_mypy_strict_on_storage_and_domain() -> None:
    done = _run("mypy")
    assert done.returncode == 0, done.stdout[-3000:]


IMPORT = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)


def _imports(path: Path) -> set[str]:
    return set(IMPORT.findall(path.read_text("utf-8")))


def test_storage_imports_no_qt_and_no_upper_layer() -> None:
    bad = {
        f"{p.relative_to(ROOT)}: {name}"
        for p in (PACKAGE / "storage").rglob("*.py")
        for name in _imports(p)
        if name.startswith(("PySide6", "kapjournal.ui"))
        or (name.startswith("kapjournal.") and not name.startswith("kapjournal.storage"))
    }
    assert bad == set()


def test_domain_imports_no_widgets() -> None:
    # The command line is app wiring: it starts the GUI and lends the exporter the
    # app's chart, both imported inside functions.
    allowed = {"cli.py"}
    bad = {
        f"{p.relative_to(ROOT)}: {name}"
        for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).parts[0] not in ("ui", "storage")
        if p.name not in allowed
        for name in _imports(p)
        if name.startswith(("PySide6.QtWidgets", "PySide6.QtCharts", "kapjournal.ui"))
    }
    assert bad == set()


def test_no_sql_in_widgets() -> None:
    sql = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")
    bad = [
        str(p.relative_to(ROOT)) for p in (PACKAGE / "ui").rglob("*.py") if sql.search(p.read_text("utf-8"))
    ]
    assert bad == []
