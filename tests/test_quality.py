"""House rules a machine can check: lint, strict types on storage and the domain, and
layers that never point up (docs/ARCHITECTURE.md, "Layers")."""

from __future__ import annotations

import ast
import os
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
        or (
            name.startswith("kapjournal.")
            and not name.startswith("kapjournal.storage")
            and name not in LEAVES
        )
    }
    assert bad == set()
    # A leaf may be used by every layer only while it imports nothing of the project.
    for leaf in LEAVES:
        path = PACKAGE / (leaf.removeprefix("kapjournal.") + ".py")
        assert [n for n in _imports(path) if n.startswith("kapjournal")] == [], leaf


#: Modules every layer may import: they import nothing of the project themselves
#: (``shown``: the error a person reads, by its message id; the command line's
#: ``--version`` path loads it without the storage package).
LEAVES = ("kapjournal.shown",)


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


# -- the house: packages, cycles, sizes (docs/ARCHITECTURE.md) --------------------------------
#: The UI's feature packages: each may use ui/common, the Feature protocol (ui/feature.py),
#: the home page's card type (ui/today.py) and ui/errors.py, never another feature, the
#: access or settings packages, or the window itself.
UI_FEATURES = ("preparation", "reflection", "measures", "summary")
UI_SHARED = ("kapjournal.ui.common", "kapjournal.ui.feature", "kapjournal.ui.today", "kapjournal.ui.errors")


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def _module_graph(only_top_level: bool) -> dict[str, set[str]]:
    """Module -> the kapjournal modules it imports (``from pkg import submodule`` counts
    as the submodule; imports under ``if TYPE_CHECKING`` are left out)."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}

    def imports(body: list[ast.stmt]) -> set[str]:
        found: set[str] = set()
        for node in body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name in modules}
            elif isinstance(node, ast.ImportFrom) and node.module:
                subs = {f"{node.module}.{a.name}" for a in node.names} & modules.keys()
                if len(subs) < len(node.names) and node.module in modules:
                    found.add(node.module)
                found |= subs
            if not only_top_level:
                for child in ast.iter_child_nodes(node):
                    if isinstance(child, ast.stmt):
                        found |= imports([child])
                for field in ("body", "orelse", "handlers", "finalbody"):
                    found |= imports([s for s in getattr(node, field, []) if isinstance(s, ast.stmt)])
        return found

    return {name: imports(ast.parse(p.read_text("utf-8")).body) for name, p in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles() -> None:
    """Not even through imports inside functions: a cycle means two modules are one."""
    assert _cycles(_module_graph(only_top_level=False)) == []


def test_cycle_check_sees_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_ui_features_do_not_import_each_other() -> None:
    bad = []
    for name, deps in _module_graph(only_top_level=False).items():
        parts = name.split(".")
        if parts[:2] != ["kapjournal", "ui"] or len(parts) < 4 or parts[2] not in UI_FEATURES:
            continue
        for dep in deps:
            if dep.startswith("kapjournal.ui") and not dep.startswith(
                (f"kapjournal.ui.{parts[2]}", *UI_SHARED)
            ):
                bad.append(f"{name} -> {dep}")
    assert bad == []


def test_ui_access_and_settings_do_not_import_each_other() -> None:
    """The closed-journal pages and Settings are two app-level packages: what both use
    (the restore dialog) lives in ui/common."""
    bad = [
        f"{name} -> {dep}"
        for name, deps in _module_graph(only_top_level=False).items()
        for mine, theirs in (("access", "settings"), ("settings", "access"))
        if name.startswith(f"kapjournal.ui.{mine}")
        for dep in deps
        if dep.startswith(f"kapjournal.ui.{theirs}")
    ]
    assert bad == []


def test_ui_common_imports_no_feature() -> None:
    bad = [
        f"{name} -> {dep}"
        for name, deps in _module_graph(only_top_level=False).items()
        if name.startswith("kapjournal.ui.common")
        for dep in deps
        if dep.startswith("kapjournal.ui") and not dep.startswith("kapjournal.ui.common")
    ]
    assert bad == []


def test_ui_files_and_functions_stay_small() -> None:
    """No ui/ file over 500 lines, no function over 80, unless a ``# long:`` comment says why."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "ui_sizes.py")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout


def test_window_wiring_has_no_attribute_probes() -> None:
    """Features plug in through the typed FeatureHost: no getattr/hasattr on pages or the
    window, and no attributes stuck on the window (``type: ignore[attr-defined]``)."""
    names = ("main_window.py", "host.py", "shell.py", "feature.py", "selftest.py")
    wiring = [PACKAGE / "ui" / n for n in names] + sorted((PACKAGE / "ui").glob("*/feature.py"))
    probe = re.compile(r"\b(getattr|hasattr)\(|type: ignore\[attr-defined\]")
    bad = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in wiring
        for n, line in enumerate(p.read_text("utf-8").splitlines(), 1)
        if probe.search(line)
    ]
    assert bad == []


def test_tools_and_benchmarks_import() -> None:
    """The screenshot tools and the benchmarks reach into the app: a move that breaks
    one of their imports fails here, not the next time someone takes screenshots."""
    names = [p.stem for p in sorted((ROOT / "tools").glob("*.py"))]
    names += [p.stem for p in sorted((ROOT / "benchmarks").glob("*.py"))]
    code = (
        "import importlib, sys\n"
        f"sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / 'tools')!r}, {str(ROOT / 'benchmarks')!r}]\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False, env=env
    )
    assert done.returncode == 0, done.stderr[-3000:]
