"""Issue 12's flows, checked in a real X server with real key presses.

    PYTHONPATH=. python tools/xcheck_flows.py OUT_DIR [--sizes 1366x768,1024x600,1.5x]

For each size it starts its own Xvfb (and openbox, so that "maximized" means what it
means on a desktop), makes a throw-away sample journal (``kapjournal demo --days 7``:
session 3 of the course is today), starts the app (xcb platform, ``--data-dir``, no
keychain: ``keyring.backends.fail.Keyring``, private XDG folders) and drives it with
``xdotool`` key presses; a page of the navigation is reached by a pointer click on
its entry. What is on screen is read back over AT-SPI (texts, focus and the screen
rectangles of the app's nodes, walked by this file under the system Python, which has
pyatspi) and from the window manager (titles, ``_NET_WM_STATE``). A PNG per step
(``xwd | convert``) goes to OUT_DIR for a person to look at; it prints one line per
check and exits 1 when one failed.

Needs Xvfb, openbox, xdotool, wmctrl, xprop, xwd, ImageMagick's convert, D-Bus
(``dbus-run-session``; it re-runs itself under it) and at-spi2-core with
python3-pyatspi. Invented text only; the passphrase is made up here.
"""

# ruff: noqa: S603, S607 - this tool runs X tools (Xvfb, openbox, xdotool, ...) by name
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
CONVERT = "/usr/local/bin/convert" if Path("/usr/local/bin/convert").exists() else "convert"
PASS = "quiet river morning lantern"  # noqa: S105 - an invented passphrase for a throw-away journal
#: size name -> (screen width, height, QT_SCALE_FACTOR or None)
SIZES: dict[str, tuple[int, int, str | None]] = {
    "1366x768": (1366, 768, None),
    "1024x600": (1024, 600, None),
    "1.5x": (1366, 768, "1.5"),
}
Node = dict[str, Any]
NAV = ("Today", "Sessions", "Journal", "Check-ins", "Summary", "Settings")


# -- the AT-SPI side (runs under the system Python: ``--atspi PID``) --------------------
def atspi_dump(pid: int) -> int:  # pragma: no cover - system Python only
    import pyatspi

    desktop = pyatspi.Registry.getDesktop(0)
    out: list[dict[str, Any]] = []

    def text_of(node: Any) -> str | None:
        try:
            t = node.queryText()
        except NotImplementedError:
            return None
        return str(t.getText(0, t.characterCount))

    def walk(node: Any, parent: int) -> None:
        states = node.getState()
        if parent >= 0 and not states.contains(pyatspi.STATE_SHOWING):
            return
        try:
            e = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            rect = [e.x, e.y, e.width, e.height]
        except NotImplementedError:
            rect = None
        out.append(
            {
                "role": node.getRoleName(),
                "name": node.name or "",
                "text": text_of(node),
                "focused": states.contains(pyatspi.STATE_FOCUSED),
                "checked": states.contains(pyatspi.STATE_CHECKED),
                "selected": states.contains(pyatspi.STATE_SELECTED),
                "rect": rect,
                "parent": parent,
            }
        )
        me = len(out) - 1
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                walk(child, me)

    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.get_process_id() == pid:
            walk(app, -1)
            json.dump(out, sys.stdout)
            return 0
    return 2


# -- the X server and the app ---------------------------------------------------------
def run(*cmd: str, env: dict[str, str] | None = None, check: bool = False) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=check)
    return done.stdout


def wait(what: str, test: Callable[[], Any], timeout: float = 20.0) -> Any:
    """Poll ``test`` until it returns something true (a tool, not a test: it may wait)."""
    end = time.monotonic() + timeout
    while True:
        got = test()
        if got:
            return got
        if time.monotonic() > end:
            raise TimeoutError(what)
        time.sleep(0.25)


class Display:
    """A private Xvfb of one size, with openbox managing its windows."""

    def __init__(self, width: int, height: int) -> None:
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as f:
            self.name = ":" + f.readline().strip()
        self.env = {**os.environ, "DISPLAY": self.name}
        self.wm = subprocess.Popen(
            ["openbox"],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait("openbox", lambda: "openbox" in run("wmctrl", "-m", env=self.env).lower())

    def stop(self) -> None:
        for proc in (self.wm, self.xvfb):
            proc.terminate()
            proc.wait(30)


class App:
    """The real app on a display, driven with xdotool and read over AT-SPI."""

    def __init__(self, display: Display, home: Path, out: Path, prefix: str, scale: str | None) -> None:
        self.display, self.home, self.out, self.prefix, self.scale = display, home, out, prefix, scale
        self.shots = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.win = ""

    def env(self) -> dict[str, str]:
        env = dict(self.display.env)
        env.update(
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_LOGGING_RULES="qt.accessibility.atspi=false",
            PYTHONPATH=str(ROOT),
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        )
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[var] = str(self.home / var.lower())
        env.pop("QT_SCALE_FACTOR", None)
        if self.scale:
            env["QT_SCALE_FACTOR"] = self.scale
        return env

    def make_journal(self) -> None:
        cmd = [sys.executable, "-m", "kapjournal", "demo", "--data-dir", str(self.home / "data")]
        subprocess.run(
            [*cmd, "--passphrase-stdin", "--days", "7"],
            input=PASS + "\n",
            text=True,
            env=self.env(),
            check=True,
            capture_output=True,
        )

    def start(self) -> None:
        cmd = [sys.executable, "-m", "kapjournal", "--data-dir", str(self.home / "data")]
        log = open(self.home / "app.log", "ab")  # noqa: SIM115 - the child keeps it
        self.proc = subprocess.Popen(cmd, env=self.env(), stdout=log, stderr=log)
        self.win = wait("the window", self._window_id)
        wait("the app on the AT-SPI bus", lambda: any(n["role"] == "frame" for n in self.nodes()), 60)
        self.xdo("windowactivate", "--sync", self.win)

    def _window_id(self) -> str:
        """The app's window as the window manager lists it (``wmctrl -lp``); asked at
        start, when it is the only one."""
        assert self.proc is not None
        for line in run("wmctrl", "-lp", env=self.display.env).splitlines():
            wid, _desk, pid = line.split()[:3]
            if pid == str(self.proc.pid):
                return wid
        return ""

    def quit(self) -> None:
        assert self.proc is not None
        self.key("ctrl+q")
        self.proc.wait(60)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(30)

    # -- acting --
    def xdo(self, *args: str) -> str:
        return run("xdotool", *args, env=self.display.env)

    def key(self, *keys: str) -> None:
        """Real key presses, through the X server, to the focused window."""
        for k in keys:
            self.xdo("key", "--clearmodifiers", k)
            time.sleep(0.15)
        time.sleep(0.4)

    def type(self, text: str) -> None:
        self.xdo("type", "--delay", "30", text)
        time.sleep(0.4)

    def click(self, node: Node) -> None:
        x, y, w, h = node["rect"]  # in Qt's logical pixels: the scale factor makes them the screen's
        k = float(self.scale or 1)
        self.xdo("mousemove", str(int((x + w / 2) * k)), str(int((y + h / 2) * k)), "click", "1")
        time.sleep(0.6)

    def shot(self, what: str) -> str:
        self.shots += 1
        name = f"{self.prefix}-{self.shots:02d}-{what}.png"
        xwd = subprocess.run(["xwd", "-root", "-display", self.display.name], capture_output=True, check=True)
        subprocess.run([CONVERT, "xwd:-", str(self.out / name)], input=xwd.stdout, check=True)
        return name

    # -- reading --
    def nodes(self) -> list[Node]:
        assert self.proc is not None
        got = subprocess.run(
            [SYSTEM_PYTHON, __file__, "--atspi", str(self.proc.pid)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=self.display.env,
        )
        return list(json.loads(got.stdout)) if got.returncode == 0 and got.stdout else []

    def texts(self) -> list[str]:
        return [n["text"] or n["name"] for n in self.nodes() if n["role"] == "label"]

    def find(self, role: str, name: str, nodes: list[Node] | None = None) -> Node | None:
        for n in nodes if nodes is not None else self.nodes():
            if n["role"] == role and (n["name"] == name or (n["text"] or "") == name):
                return n
        return None

    def focused(self) -> Node | None:
        """The node with the keyboard focus. (Qt leaves "focused" on the navigation's
        current item when focus moves on, so an item only counts if nothing else has it.)"""
        got = [n for n in self.nodes() if n["focused"]]
        return next((n for n in got if n["role"] != "list item"), got[0] if got else None)

    def tab_to(self, test: Callable[[Node], bool], what: str, limit: int = 60) -> Node:
        """Press Tab until the focused node passes ``test``."""
        for _ in range(limit):
            now = self.focused()
            if now is not None and test(now):
                return now
            self.key("Tab")
        raise TimeoutError(f"Tab never reached {what}")

    def titles(self) -> list[str]:
        return [line.split(None, 3)[-1] for line in run("wmctrl", "-l", env=self.display.env).splitlines()]

    def state(self) -> str:
        return run("xprop", "-id", self.win, "_NET_WM_STATE", env=self.display.env)

    def maximized(self) -> bool:
        s = self.state()
        return "_NET_WM_STATE_MAXIMIZED_VERT" in s and "_NET_WM_STATE_MAXIMIZED_HORZ" in s

    def nav(self, title: str) -> None:
        """Bring up a page: one click on its entry in the navigation."""
        item = wait(f"the {title} entry", lambda: self.find("list item", title))
        self.click(item)


def in_view(nodes: list[Node], node: Node) -> bool:
    """The node's rectangle lies inside every ancestor's (scroll areas clip) and inside
    the window: a person sees it without scrolling."""
    x, y, w, h = node["rect"]
    parent = node["parent"]
    while parent >= 0:
        up = nodes[parent]
        if up["rect"] and up["role"] not in ("application",):
            px, py, pw, ph = up["rect"]
            if pw > 0 and ph > 0 and (x < px or y < py or x + w > px + pw or y + h > py + ph):
                return False
        parent = up["parent"]
    return bool(w > 0 and h > 0)


# -- the checks -----------------------------------------------------------------------
class Report:
    def __init__(self) -> None:
        self.lines: list[tuple[bool, str]] = []

    def check(self, ok: bool, what: str, shots: list[str]) -> None:
        self.lines.append((ok, what))
        print(f"{'ok  ' if ok else 'FAIL'} {what}  [{', '.join(shots)}]", flush=True)


def unlock(app: App) -> None:
    wait("the unlock page", lambda: any("Locked" in t for t in app.titles()))
    app.type(PASS)
    app.key("Return")
    wait("the journal open", lambda: app.find("list item", "Today"), 60)


def label_with(app: App, start: str) -> Callable[[], Node | None]:
    return lambda: next(
        (n for n in app.nodes() if n["role"] == "label" and (n["text"] or n["name"]).startswith(start)), None
    )


def open_last_session(app: App, up: int = 0) -> None:
    """Sessions, Tab into the timeline, End (the last row: session 3; ``up`` rows
    above it: session 2), Enter opens it."""
    app.nav("Sessions")
    if app.find("push button", "Back to all sessions"):  # the page kept the session last open
        app.tab_to(lambda n: n["name"] == "Back to all sessions", "Back to all sessions")
        app.key("space")
    app.tab_to(
        lambda n: (
            (n["role"] in ("list", "table", "tree", "tree table") and n["name"] != "Sections")
            or (n["role"] in ("list item", "table cell") and n["name"].startswith("Session"))
        ),
        "the timeline",
    )
    app.key("End", *["Up"] * up, "Return")


def session_done(app: App, rep: Report) -> None:
    """Mark today's session done in its dialog; Today stops saying "Session 3 is today"."""
    before = bool(wait("Today's session card", label_with(app, "Session 3 is today")))
    shots = [app.shot("today-session-3-is-today")]
    open_last_session(app)
    wait("session 3's page", lambda: app.find("push button", "Edit session"))
    app.tab_to(lambda n: n["name"] == "Edit session", "Edit session")
    app.key("space")
    wait("the session dialog", lambda: "Edit session — KAP Journal" in app.titles())
    app.tab_to(lambda n: n["role"] == "combo box" and "Planned" in (n["name"], n["text"]), "Status")
    app.key("d")  # the first choice starting with D: Done
    shots.append(app.shot("session-dialog-done"))
    app.key("Return")
    wait("the dialog closed", lambda: "Edit session — KAP Journal" not in app.titles())
    app.key("Escape")
    app.nav("Today")
    after = wait("Today's done card", label_with(app, "Session 3 is done"))
    gone = label_with(app, "Session 3 is today")() is None
    shots.append(app.shot("today-after-done"))
    rep.check(
        before and bool(after) and gone,
        "Today said 'Session 3 is today'; after Status=Done it says 'Session 3 is done' only",
        shots,
    )


def done_session_page(app: App, rep: Report) -> None:
    """A done session's page offers the capture and the reflections reached."""
    open_last_session(app)
    wait("session 3's page", lambda: app.find("push button", "Edit session"))
    app.tab_to(lambda n: n["name"] == "Write what came up", "Write what came up")  # Tab scrolls to it
    shots = [app.shot("session-3-done-page")]
    app.key("space")
    capture = wait("the capture page", lambda: app.find("label", "This evening"))
    shots.append(app.shot("capture-from-session"))
    rep.check(
        bool(capture), "Session 3 (done): Tab to 'Write what came up', Space: the capture page opens", shots
    )
    open_last_session(app, up=1)  # session 2, three days ago: its day 1 and day 3 are reached
    wait("session 2's page", lambda: app.find("push button", "Edit session"))
    app.tab_to(
        lambda n: n["role"] == "push button" and n["name"].startswith(("Day ", "Before the next")),
        "a reflection step",
    )
    step = app.focused()
    app.key("space")
    picker = wait("the reflection page", reflection_page(app))
    shots = [app.shot("reflection-from-session")]
    rep.check(
        bool(picker), f"Session 2 (done): Tab to '{step and step['name']}', Space: '{picker['name']}'", shots
    )


def reflection_page(app: App) -> Callable[[], Node | None]:
    """The reflection page's heading ("Day 1 after session 2"), once it is up."""
    return lambda: next(
        (
            n
            for n in app.nodes()
            if n["role"] == "label" and n["name"].startswith("Day ") and " after session " in n["name"]
        ),
        None,
    )


def to_journal(app: App) -> None:
    """The Journal page's list (from a page opened over it: its "Back to the journal")."""
    app.nav("Journal")
    if app.find("push button", "Back to the journal"):
        app.tab_to(lambda n: n["name"] == "Back to the journal", "Back to the journal")
        app.key("space")


def journal_reflection(app: App, rep: Report) -> None:
    to_journal(app)
    wait("the journal", lambda: app.find("push button", "Write a reflection"))
    app.tab_to(lambda n: n["name"] == "Write a reflection", "Write a reflection")
    app.key("space")
    picker = wait("the reflection page", reflection_page(app))
    rep.check(
        bool(picker),
        f"Journal: Tab to 'Write a reflection', Space: '{picker['name']}'",
        [app.shot("reflection-from-journal")],
    )


def detail_text(app: App) -> str:
    """Everything the detail pane shows: the nodes right of the hit list."""
    nodes = app.nodes()
    hits = next(n for n in nodes if n["role"] in ("list", "table") and n["name"] != "Sections" and n["rect"])
    right = hits["rect"][0] + hits["rect"][2]
    return " ".join(
        (n["text"] or "") + " " + n["name"]
        for n in nodes
        if n["rect"] and n["rect"][0] >= right and n["rect"][1] >= hits["rect"][1]
    )


def search_follows(app: App, rep: Report, word: str = "river") -> None:
    """Search, then move through the hits: the detail pane shows each selected hit."""
    to_journal(app)
    wait("the journal", lambda: app.find("push button", "Write a reflection"))
    app.key("ctrl+f")
    app.type(word)
    info = wait("the hit count", label_with(app, ""), 5) and wait(
        "the hit count",
        lambda: next(
            (n for n in app.nodes() if n["role"] == "label" and "matching entr" in (n["text"] or n["name"])),
            None,
        ),
    )
    shots = [app.shot("search-typed")]
    app.tab_to(lambda n: n["role"] in ("list", "table", "tree", "list item"), "the hit list")
    seen: list[bool] = []
    for step in range(3):
        if step:
            app.key("Down")
        picked = next(
            (
                n
                for n in app.nodes()
                if n["role"] in ("list item", "table cell") and n["selected"] and n["name"] not in NAV
            ),
            None,
        )
        when = (picked["name"] if picked else "?").split(" · ")[0]  # "Sun 29 Nov 2026, 19:15"
        shown = detail_text(app)
        seen.append(word in shown.lower() and when in shown)
        shots.append(app.shot(f"search-hit-{step + 1}"))
    rep.check(
        all(seen),
        f"search '{word}' ({(info['text'] or info['name'])}); Tab to the list, Down twice: "
        f"the detail pane shows the selected hit's date and '{word}' at each: {seen}",
        shots,
    )


def saved_in_view(app: App, rep: Report, size: str) -> None:
    """A check-in and a PHQ-9 saved by keyboard; the messages are in view."""
    app.key("ctrl+k")
    wait("the check-in form", lambda: app.find("push button", "Save check-in"))
    for _ in range(5):
        app.key("6", "Tab")
    app.key("ctrl+Return")
    msg = wait("Saved", label_with(app, "Saved."))
    nodes = app.nodes()
    msg = next(n for n in nodes if n["role"] == "label" and (n["text"] or n["name"]).startswith("Saved."))
    shots = [app.shot("checkin-saved")]
    rep.check(
        in_view(nodes, msg),
        f"{size}: Ctrl+K, digits, Ctrl+Enter: '{msg['text'] or msg['name']}' in view",
        shots,
    )
    tab = wait("the Questionnaires tab", lambda: app.find("page tab", "Questionnaires"))
    app.click(tab)
    wait("Start PHQ-9", lambda: app.find("push button", "Start PHQ-9"))
    app.tab_to(lambda n: n["name"] == "Start PHQ-9", "Start PHQ-9")
    app.key("space")
    wait("the PHQ-9 form", lambda: app.find("push button", "Save"))
    app.tab_to(lambda n: n["role"] == "radio button", "the first answer")
    for _ in range(10):  # nine questions and the difficulty one: the first answer (0), Tab on
        app.key("0", "Tab")
    app.key("ctrl+Return")
    total = wait("the total", label_with(app, "Total "))
    nodes = app.nodes()
    total = next(n for n in nodes if n["role"] == "label" and (n["text"] or n["name"]).startswith("Total "))
    saved = next((n for n in nodes if n["role"] == "label" and (n["text"] or n["name"]) == "Saved."), None)
    shots = [app.shot("phq9-saved")]
    ok = in_view(nodes, total) and saved is not None and in_view(nodes, saved)
    rep.check(
        ok,
        f"{size}: PHQ-9 by digits, Ctrl+Enter: '{total['text'] or total['name']}' and 'Saved.' in view",
        shots,
    )


def maximized_state(app: App, rep: Report) -> None:
    """Ctrl+K keeps a maximized window maximized; a restart brings it back maximized."""
    run("wmctrl", "-i", "-r", app.win, "-b", "add,maximized_vert,maximized_horz", env=app.display.env)
    wait("maximized", app.maximized)
    shots = [app.shot("maximized")]
    app.key("ctrl+k")
    wait("the check-in form", lambda: app.find("push button", "Save check-in"))
    still = app.maximized()
    shots.append(app.shot("maximized-after-ctrl-k"))
    rep.check(still, f"maximized (window manager), Ctrl+K: still maximized ({app.state().strip()})", shots)
    app.quit()
    app.start()
    again = wait("maximized after restart", app.maximized, 10)
    shots = [app.shot("restarted")]
    rep.check(bool(again), "Ctrl+Q, start again: the window opens maximized", shots)
    unlock(app)


def run_size(size: str, out: Path, rep: Report) -> None:
    width, height, scale = SIZES[size]
    display = Display(width, height)
    home = Path(tempfile.mkdtemp(prefix="kap-xcheck-"))
    app = App(display, home, out, size, scale)
    try:
        app.make_journal()
        app.start()
        unlock(app)
        if size == "1366x768":
            session_done(app, rep)
            done_session_page(app, rep)
            journal_reflection(app, rep)
            search_follows(app, rep)
            maximized_state(app, rep)
        else:
            saved_in_view(app, rep, size)
    except TimeoutError as exc:
        rep.check(False, f"{size}: waited in vain for {exc}", [app.shot("stuck")])
        if os.environ.get("XCHECK_DEBUG"):
            for n in app.nodes():
                print(
                    "   ", n["role"], repr(n["name"]), repr((n["text"] or "")[:60]), n["rect"], n["focused"]
                )
    finally:
        app.stop()
        display.stop()
        shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    if sys.argv[1:2] == ["--atspi"]:
        return atspi_dump(int(sys.argv[2]))
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default=",".join(SIZES))
    args = parser.parse_args()
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):  # AT-SPI needs a session bus
        return subprocess.call(["dbus-run-session", "--", sys.executable, *sys.argv])
    args.out.mkdir(parents=True, exist_ok=True)
    rep = Report()
    for size in args.sizes.split(","):
        run_size(size, args.out, rep)
    failed = [what for ok, what in rep.lines if not ok]
    print(f"{len(rep.lines) - len(failed)} of {len(rep.lines)} checks passed; PNGs in {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
