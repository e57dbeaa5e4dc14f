"""Report UI modules over 500 lines and functions over 80 lines in kapjournal/ui/.

    python tools/ui_sizes.py [ROOT]

ROOT defaults to this checkout's ``kapjournal/ui``. Every file over the limit and
every function (or method) over the limit is printed; a function passes when its
``def`` line, or the line just above it (decorators included), carries a
``# long: <reason>`` comment. A file passes when one of its first ten lines carries
such a comment. The exit status is 1 when anything over a limit has no reason, so
the check can run in CI or from a test.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FILE_LIMIT = 500
FUNCTION_LIMIT = 80
_REASON = re.compile(r"#\s*long:\s*\S")
_DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "kapjournal" / "ui"


@dataclass(frozen=True)
class Oversize:
    """One file or function over its limit."""

    path: Path
    line: int
    name: str
    length: int
    limit: int
    reason: bool

    def __str__(self) -> str:
        mark = "ok (long: reason given)" if self.reason else "NO REASON"
        return f"{self.path}:{self.line}: {self.name} {self.length} lines > {self.limit}  {mark}"


def _has_reason(lines: list[str], *linenos: int) -> bool:
    """True when any of the 1-based ``linenos`` carries a ``# long:`` comment."""
    return any(1 <= n <= len(lines) and _REASON.search(lines[n - 1]) for n in linenos)


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


def check_file(path: Path) -> list[Oversize]:
    """Every oversize item in one Python file."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found: list[Oversize] = []
    if len(lines) > FILE_LIMIT:
        reason = _has_reason(lines, *range(1, 11))
        found.append(Oversize(path, 1, "(file)", len(lines), FILE_LIMIT, reason))
    for fn in _functions(ast.parse(source, filename=str(path))):
        length = (fn.end_lineno or fn.lineno) - fn.lineno + 1
        if length <= FUNCTION_LIMIT:
            continue
        first = min([fn.lineno, *(d.lineno for d in fn.decorator_list)])
        reason = _has_reason(lines, fn.lineno, first - 1, *range(first, fn.lineno))
        found.append(Oversize(path, fn.lineno, f"{fn.name}()", length, FUNCTION_LIMIT, reason))
    return found


def check_tree(root: Path) -> list[Oversize]:
    """Every oversize item under ``root``, in path and line order."""
    found: list[Oversize] = []
    for path in sorted(root.rglob("*.py")):
        found.extend(check_file(path))
    return found


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else _DEFAULT_ROOT
    found = check_tree(root)
    for item in found:
        print(item)
    missing = [item for item in found if not item.reason]
    if missing:
        print(f"{len(missing)} over the limit without a '# long:' reason", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
