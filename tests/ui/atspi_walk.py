"""Print the AT-SPI tree of one running application as JSON (for tests/ui/test_atspi.py).

    /usr/bin/python3 tests/ui/atspi_walk.py PID      the tree of the app with that pid
    /usr/bin/python3 tests/ui/atspi_walk.py --ping   start the accessibility bus, exit 0
    /usr/bin/python3 tests/ui/atspi_walk.py --listen PID
        print ``LISTENING``, then one JSON line per announcement (``object:announcement``)
        the app with that pid makes, until standard input closes

Runs under the *system* Python, which has pyatspi (Debian ``python3-pyatspi``; it is
built on PyGObject and not installable from PyPI into the test venv). The walk must
be a separate process anyway: the app answers every AT-SPI call from its own event
loop, so it cannot walk itself. Only showing nodes are walked (what a screen-reader
user can reach on this screen); each node is one JSON object with its role, name,
description, text (labels and fields), value, states, the roles of the nodes it is
labelled by, its path of roles and its window ("dialog: Set up your course"). Exit 2
when the app is not on the bus.
"""

from __future__ import annotations

import json
import sys

import pyatspi
from gi.repository import GLib

STATES = {
    "showing": pyatspi.STATE_SHOWING,
    "focusable": pyatspi.STATE_FOCUSABLE,
    "focused": pyatspi.STATE_FOCUSED,
    "editable": pyatspi.STATE_EDITABLE,
    "enabled": pyatspi.STATE_ENABLED,
    "checked": pyatspi.STATE_CHECKED,
}


def _text(node) -> str | None:
    try:
        t = node.queryText()
    except NotImplementedError:
        return None
    return t.getText(0, t.characterCount)


def _value(node) -> float | None:
    try:
        return float(node.queryValue().currentValue)
    except NotImplementedError:
        return None


def _labelled_by(node) -> list[str]:
    names = []
    for rel in node.getRelationSet():
        if rel.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(rel.getNTargets()):
                target = rel.getTarget(i)
                names.append(target.name or _text(target) or "")
    return names


def walk(node, path: list[str], out: list[dict], window: str = "") -> None:
    states = node.getState()
    if not states.contains(pyatspi.STATE_SHOWING) and path:
        return
    role = node.getRoleName()
    out.append(
        {
            "role": role,
            "name": node.name or "",
            "description": node.description or "",
            "text": _text(node),
            "value": _value(node),
            "states": [k for k, v in STATES.items() if states.contains(v)],
            "labelled_by": _labelled_by(node),
            "path": "/".join(path),
            "window": window,
        }
    )
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is None:
            continue
        try:
            # The application's children are its windows: each node says which it is in.
            top = f"{child.getRoleName()}: {child.name or ''}" if not path else ""
            walk(child, [*path, role], out, window or top)
        except GLib.GError as exc:
            # A window or widget destroyed a moment ago can still be listed by its
            # parent (seen in CI for a closed dialog's window): it is not on screen, so
            # it is not walked, as a screen reader skips it. Any other error stands.
            if "No such object path" not in str(exc):
                raise
            print(f"skipped a node that is gone: {exc}", file=sys.stderr)


def listen(pid: int) -> int:
    def heard(event) -> None:
        if event.source is not None and event.source.get_process_id() == pid:
            print(json.dumps({"text": str(event.any_data), "role": event.source.getRoleName()}), flush=True)

    def closed(*_args) -> bool:
        pyatspi.Registry.stop()
        return False

    pyatspi.Registry.registerEventListener(heard, "object:announcement")
    GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_IN | GLib.IO_HUP, closed)
    print("LISTENING", flush=True)
    pyatspi.Registry.start()
    return 0


def main() -> int:
    desktop = pyatspi.Registry.getDesktop(0)
    if sys.argv[1] == "--ping":
        return 0
    if sys.argv[1] == "--listen":
        return listen(int(sys.argv[2]))
    pid = int(sys.argv[1])
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.get_process_id() == pid:
            nodes: list[dict] = []
            walk(app, [], nodes)
            json.dump(nodes, sys.stdout)
            return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
