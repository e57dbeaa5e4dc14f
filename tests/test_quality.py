"""House rules a machine can check: lint, strict types on storage and the domain, and
layers that never point up (STYLE.md 1, 20)."""

from __future__ import annotations

import ast
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


SQL_TEXT = re.compile(
    r"\b(SELECT\s|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|WHERE\s|ORDER\s+BY|GROUP\s+BY"
    r"|IS\s+(NOT\s+)?NULL|PRAGMA\s)"
    r"|\b\w+\s*(=|!=|<>|<=|>=|<|>|\bIN|\bLIKE)\s*[(]?\?"
)
RAW_SQL_CALLS = {"execute", "executescript", "query", "query_one", "scalar"}
FRAGMENT_CALLS = {"select", "count"}  # repo.select/repo.count take SQL fragments


def _sql_outside_storage(path: Path, root: Path = ROOT) -> list[str]:
    """What in one module speaks SQL: SQL text in a string, a raw call on the
    connection, or a where/order fragment handed to ``repo.select``/``repo.count``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        where = f"{path.relative_to(root)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.search(node.value):
            found.append(f"{where} SQL text {node.value[:40]!r}")
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        name = node.func.attr
        owner = node.func.value.id if isinstance(node.func.value, ast.Name) else ""
        fragment = len(node.args) > 2 or any(k.arg in ("where", "params", "order") for k in node.keywords)
        if name in RAW_SQL_CALLS:
            found.append(f"{where} raw .{name}() call")
        elif name in FRAGMENT_CALLS and owner == "repo" and fragment:
            found.append(f"{where} repo.{name}() with a where/order fragment")
    return found


def test_no_sql_outside_storage() -> None:
    """Only kapjournal/storage speaks SQL; the domain and the UI call its typed queries
    (``kapjournal.storage.queries``), so no WHERE or ORDER BY is written above it."""
    bad = [
        problem
        for p in sorted(PACKAGE.rglob("*.py"))
        if p.relative_to(PACKAGE).parts[0] != "storage"
        for problem in _sql_outside_storage(p)
    ]
    assert bad == []


def test_sql_check_sees_what_it_forbids(tmp_path: Path) -> None:
    """The check above finds each kind of SQL it is meant to keep out."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "repo.select(db, Entry, \"kind = 'note'\")\n"
        "repo.count(db, Entry, order='id')\n"
        "db.execute(q)\n"
        "x = 'session_id = ?'\n"
        "y = 'a ORDER BY b'\n"
        "repo.select(db, Entry)\n",
        "utf-8",
    )
    found = _sql_outside_storage(sample, tmp_path)
    assert [f.split(" ", 1)[0] for f in found] == [f"sample.py:{n}" for n in (1, 2, 3, 4, 5)]
