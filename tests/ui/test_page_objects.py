"""Tests talk to pages, not to widget internals (STYLE 25).

Outside ``tests/ui/pages.py`` no test reaches more than one attribute into a main
window: ``w.lock(...)`` and ``w.shell.show_page(...)`` are fine, ``w.journal_page.editor``
is not (a widget path; it belongs in a page object). The walk follows a name bound to
part of a window (``page = w.journal_page``; ``page.editor`` is then two hops deep),
and it reads test code kept in strings that builds a ``MainWindow`` (a child process's
script). The window's data, ``w.ctx``, ``w.vault``, ``w.main_vault`` and
``w.sample_vault``, is not a widget path and may be reached into.
"""

from __future__ import annotations

import ast
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
PAGES = TESTS / "ui" / "pages.py"
HERE = Path(__file__).resolve()  # its examples reach in on purpose
MAX_HOPS = 2  # w.x.y
WINDOW_NAME = re.compile(r"^(w\d*|win|window\w*|main|main_window|mw)$")
WINDOW_FACTORIES = {"make_window", "MainWindow"}
DATA_ROOTS = {"ctx", "vault", "main_vault", "sample_vault"}


@dataclass(frozen=True)
class Chain:
    root: str  # the name the chain starts at
    hops: int  # attribute hops after it
    first: str | None  # the first attribute (to tell data from widgets)


def _chain(node: ast.expr) -> Chain | None:
    """The attribute chain ending at ``node``, through calls and subscripts."""
    hops, first = 0, None
    while True:
        if isinstance(node, ast.Attribute):
            hops += 1
            first = node.attr
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Subscript):
            node = node.value
        elif isinstance(node, ast.Name):
            return Chain(node.id, hops, first)
        else:
            return None


def _is_window_factory(value: ast.expr) -> bool:
    call = value if isinstance(value, ast.Call) else None
    return call is not None and isinstance(call.func, ast.Name) and call.func.id in WINDOW_FACTORIES


class _Scope:
    """The window names and aliases of one top-level function (or the module)."""

    def __init__(self, tree: ast.AST) -> None:
        self.windows: set[str] = set()
        self.aliases: dict[str, tuple[int, bool]] = {}  # name -> (hops into a window, is data)
        assigns: list[tuple[str, ast.expr]] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.arg) and WINDOW_NAME.match(node.arg):
                self.windows.add(node.arg)
            elif isinstance(node, ast.Name) and WINDOW_NAME.match(node.id):
                self.windows.add(node.id)
            elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.NamedExpr)) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name):
                        assigns.append((target.id, node.value))
        for name, value in assigns:
            if _is_window_factory(value):
                self.windows.add(name)
        changed = True
        while changed:  # an alias of an alias
            changed = False
            for name, value in assigns:
                if name in self.windows:
                    continue
                depth = self.depth(value)
                if depth is not None and depth[0] >= 1 and self.aliases.get(name, (0, True))[0] < depth[0]:
                    self.aliases[name] = depth
                    changed = True

    def depth(self, node: ast.expr) -> tuple[int, bool] | None:
        """How many hops into a window ``node`` is, and whether it is the window's data."""
        chain = _chain(node)
        if chain is None:
            return None
        if chain.root in self.windows:
            return chain.hops, chain.first in DATA_ROOTS
        if chain.root in self.aliases:
            hops, data = self.aliases[chain.root]
            return hops + chain.hops, data
        return None


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}


def _continued(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Whether a longer attribute chain goes on from ``node``."""
    cur, parent = node, parents.get(node)
    while (isinstance(parent, ast.Call) and parent.func is cur) or (
        isinstance(parent, ast.Subscript) and parent.value is cur
    ):
        cur, parent = parent, parents.get(parent)
    return isinstance(parent, ast.Attribute) and parent.value is cur


def deep_reaches(source: str) -> list[tuple[int, str]]:
    """(line, code) of every chain more than ``MAX_HOPS`` deep into a window."""
    tree = ast.parse(source)
    parents = _parents(tree)
    scopes: list[tuple[ast.AST, list[ast.AST]]] = []
    top = [n for n in tree.body if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    scopes.append((ast.Module(body=top, type_ignores=[]), top))
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            scopes.append((node, [node]))
        elif isinstance(node, ast.ClassDef):
            scopes.extend((m, [m]) for m in node.body)
    found: list[tuple[int, str]] = []
    for scope_tree, roots in scopes:
        scope = _Scope(scope_tree)
        for root in roots:
            for node in ast.walk(root):
                if not isinstance(node, ast.Attribute) or _continued(node, parents):
                    continue
                depth = scope.depth(node)
                if depth is not None and depth[0] > MAX_HOPS and not depth[1]:
                    found.append((node.lineno, ast.unparse(node)))
        for node in ast.walk(scope_tree):  # a script kept in a string
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "MainWindow(" in node.value:
                try:
                    inner = deep_reaches(textwrap.dedent(node.value))
                except SyntaxError:
                    continue
                found.extend((node.lineno, f"(in a string) {code}") for _, code in inner)
    return sorted(set(found))


def test_the_check_finds_deep_reaches_and_allows_the_rest() -> None:
    source = textwrap.dedent(
        '''
        def test_x(make_window):
            w = make_window()
            w.lock("manual")
            w.shell.show_page("journal")
            w.journal_page.editor.setPlainText("x")
            assert w.vault.journal.db is not None
            page = w.journal_page
            page.save()
            page.model.rowCount()
            form = page.checkin
            form.scales["mood"].buttons[0].click()
            other = make_window()
            other.measures.page.tabs.count()
            journal = Journal(w)
            journal.editor.setPlainText("fine: a page object")
            db = w.vault.journal
            db.db.cursor().execute("x")

        CHILD = """
        w = MainWindow(ctx)
        w.unlock_page.field.setText("p")
        """
        '''
    )
    found = sorted(code for _, code in deep_reaches(source))
    assert found == [
        "(in a string) w.unlock_page.field.setText",
        "form.scales['mood'].buttons[0].click",
        "other.measures.page.tabs.count",
        "page.model.rowCount",
        "w.journal_page.editor.setPlainText",
    ]


def test_no_test_reaches_into_the_window() -> None:
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        if path in (PAGES, HERE):
            continue
        for line, code in deep_reaches(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(TESTS.parent)}:{line}: {code}")
    assert offenders == [], (
        f"{len(offenders)} reach(es) into a window's widgets outside tests/ui/pages.py "
        "(add or use a page object there):\n" + "\n".join(offenders)
    )
