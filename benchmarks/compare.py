"""Issue 14's paired comparisons in one run (not a test: prints figures, asserts nothing).

    python benchmarks/compare.py              # 10-year sample journal, 15 pairs each
    python benchmarks/compare.py --quick      # 1-year journal, 5 pairs (a smoke run)
    python benchmarks/compare.py --only launch,version

The machine is shared and noisy, so every time is a ratio against a yardstick measured
in the same run, alternating A B A B ..., printed as min / median / max of the pairs:

* launch: process start to the unlock screen shown (an existing journal; offscreen
  Qt; the child starts as the console script does and, once the app has loaded Qt,
  wraps ``QApplication.exec``; at the first turn of the event loop it
  paints the window once with ``grab()`` and prints which page is on top) against the
  bare-Qt floor (import PySide6, one QApplication, one shown label, painted the same
  way). The modules loaded when the unlock screen is up are listed, with their import
  cost (``python -X importtime``). Target: <= 2.5x the floor.
* version: ``kapjournal --version`` against ``python -c pass``. Target: <= 3x.
* search: the whole process ``kapjournal search --keychain WORD`` against
  ``jrnl -contains WORD`` (jrnl 4.6 in a temporary venv, its encrypted journal written
  by jrnl's own code from our JSON export of the same sample journal's texts). Both
  unlock from a keyring in a private D-Bus session (dbus-run-session +
  gnome-keyring-daemon), each the way it remembers a journal: jrnl keeps its password
  there and derives its key (PBKDF2); ours keeps the random device secret of "Remember
  on this computer" (set up by the app's own ``Vault.remember``) and opens the device
  key slot with it (HKDF). Both list every matching entry. Target: <= 0.35x jrnl.
* memory: peak RSS (``ru_maxrss``) of an offscreen app that unlocks the sample journal
  and visits every page and tab. Target: <= 150 MiB.
* rotation: a passphrase change (new data key, the database and its backup
  re-encrypted) on the sample journal.

The app runs from a compiled copy of the package (as pip installs it), so neither side
compiles source while it is timed.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASS = "benchmark river stone lantern"  # noqa: S105 - a throwaway journal's passphrase
JRNL = "jrnl==4.6"
WORD = "river"
#: What the unlock screen must not load (issue 14: they load on first use). A feature's
#: own module (``ui/<feature>/feature.py``) loads: it declares the feature's parts.
NOT_AT_UNLOCK = (
    "kapjournal.exporters", "kapjournal.summary", "kapjournal.ui.summary.", "kapjournal.ui.reflection.",
    "kapjournal.ui.preparation.", "kapjournal.ui.measures.", "kapjournal.ui.settings.settings_page",
    "kapjournal.ui.common.chart", "kapjournal.richtext", "PySide6.QtCharts",
    "markdown", "nh3", "zxcvbn", "icalendar",
)
ALLOWED_AT_UNLOCK = (".feature", "kapjournal.ui.preparation.today_cards")

FLOOR_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
label = QLabel("KAP Journal")
label.show()

def report():
    label.grab()
    sys.stdout.write("shown label\\n")
    sys.stdout.flush()
    app.quit()

QTimer.singleShot(0, report)
app.exec()
"""

LAUNCH_CHILD = """
import json, sys
import kapjournal.cli as cli

def exec_once(self):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def report():
        page = "unknown"
        for widget in QApplication.topLevelWidgets():
            stack = getattr(widget, "stack", None)
            if widget.isVisible() and stack is not None:
                widget.grab()
                current = stack.currentWidget()
                page = "unlock" if current is widget.unlock_page else type(current).__name__
        sys.stdout.write(f"shown {page}\\n")
        sys.stdout.flush()
        if len(sys.argv) > 2:
            with open(sys.argv[2], "w") as f:
                json.dump(sorted(sys.modules), f)
        self.quit()

    QTimer.singleShot(0, report)
    return int(real_exec())

real_exec = None
real_lighter = cli.lighter_pyside_imports

def lighter_then_hook():
    # Qt loads where the app loads it (kapjournal.cli.main, after parsing its arguments),
    # not before the app's own imports: PySide6's import hook would read their source.
    global real_exec
    real_lighter()
    from PySide6.QtWidgets import QApplication

    real_exec = QApplication.exec
    QApplication.exec = exec_once

cli.lighter_pyside_imports = lighter_then_hook
sys.exit(cli.main(["--data-dir", sys.argv[1]]))
"""

#: The console script pip writes for ``kapjournal = kapjournal.cli:main``.
ENTRY_POINT = """
import re
import sys
from kapjournal.cli import main
if __name__ == "__main__":
    sys.argv[0] = re.sub(r"(-script\\.pyw|\\.exe)?$", "", sys.argv[0])
    sys.exit(main())
"""


# -- helpers ----------------------------------------------------------------------------
class Rig:
    """The temporary folder: a compiled copy of the app, its scripts and environment."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.app = tmp / "app"
        shutil.copytree(ROOT / "kapjournal", self.app / "kapjournal",
                        ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(ROOT / "resources", self.app / "kapjournal" / "resources")  # as in the wheel
        compileall.compile_dir(self.app, quiet=1, force=True)
        self.scripts: dict[str, Path] = {}
        (tmp / "bin").mkdir()
        scripts = (("floor.py", FLOOR_CHILD), ("launch.py", LAUNCH_CHILD), ("kapjournal", ENTRY_POINT))
        for name, text in scripts:
            path = tmp / "bin" / name
            path.write_text(textwrap.dedent(text).lstrip())
            self.scripts[name.removesuffix(".py")] = path
        self.env = dict(os.environ)
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.env.pop("PYTHONPATH", None)
        self.env.update({
            "PYTHONPATH": str(self.app),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # no D-Bus waits
        })
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            self.env[var] = str(tmp / "home" / var.lower())


def until_line(
    cmd: Sequence[str], env: dict[str, str], prefix: str, stdin: str | None = None
) -> tuple[float, str]:
    """Seconds from start to the first stdout line starting with ``prefix`` (then the
    process is left to finish), and that line."""
    start = time.perf_counter()
    proc = subprocess.Popen(  # noqa: S603 - our interpreter and our scripts
        list(cmd), env=env, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    if stdin and proc.stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
    line = ""
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(prefix):
            break
    took = time.perf_counter() - start
    proc.stdout.read()
    proc.wait(timeout=120)
    return took, line.strip()


def whole(cmd: Sequence[str], env: dict[str, str], stdin: str | None = None) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our interpreter and our scripts
        list(cmd), env=env, input=stdin, capture_output=True, text=True, timeout=300, check=False,
    )
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{Path(cmd[0]).name} failed ({done.returncode}): {done.stderr.strip()[-300:]}")
    return took, done.stdout


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Pairs:
    """A B A B ...: one warm-up of each, then ``pairs`` pairs; wall and CPU seconds (the
    CPU time of the finished processes: steadier than wall time on a busy machine)."""

    def __init__(self, a: Callable[[], float], b: Callable[[], float], pairs: int) -> None:
        a(), b()
        self.a: list[float] = []
        self.b: list[float] = []
        self.cpu_a: list[float] = []
        self.cpu_b: list[float] = []
        for _ in range(pairs):
            for run, wall, cpu in ((a, self.a, self.cpu_a), (b, self.b, self.cpu_b)):
                before = children_cpu()
                wall.append(run())
                cpu.append(children_cpu() - before)


def spread(values: Sequence[float], scale: float = 1000, unit: str = " ms") -> str:
    return (f"{min(values) * scale:.0f} / {statistics.median(values) * scale:.0f} / "
            f"{max(values) * scale:.0f}{unit}")


def ratio_row(label: str, a_name: str, b_name: str, pairs: Pairs, target: float) -> list[str]:
    ratios = [y / x for x, y in zip(pairs.a, pairs.b, strict=True)]
    cpu = [y / x for x, y in zip(pairs.cpu_a, pairs.cpu_b, strict=True) if x > 0]
    med = statistics.median(ratios)
    return [
        f"{label}  (min / median / max of {len(ratios)} pairs, A B A B ...)",
        f"    {a_name:<40} wall {spread(pairs.a)}, CPU {spread(pairs.cpu_a)}",
        f"    {b_name:<40} wall {spread(pairs.b)}, CPU {spread(pairs.cpu_b)}",
        f"    ratio B/A {min(ratios):.2f} / {med:.2f} / {max(ratios):.2f}x   target <= {target}x   "
        f"{'MET' if med <= target else 'NOT MET'} (median wall)"
        + (f"; CPU ratio {statistics.median(cpu):.2f}x" if cpu else ""),
    ]


# -- the sample journal -------------------------------------------------------------------
def make_journal(tmp: Path, days: int) -> Path:
    from kapjournal.sample.build import build_demo
    from kapjournal.storage.journal import create_journal

    folder = tmp / "journal"
    journal, _ = create_journal(folder, PASS)
    try:
        build_demo(journal.db, days=days)
        journal.auto_backup("manual", force=True)
    finally:
        journal.close()
    return folder


def journal_texts(folder: Path) -> list[tuple[str, str]]:
    """(occurred_at, text) of every entry, from our JSON export."""
    from kapjournal.exporters import exchange
    from kapjournal.storage.journal import unlock_journal

    journal = unlock_journal(folder, "passphrase", PASS)
    try:
        doc = json.loads(exchange.dumps(exchange.export_all(journal.db)))
    finally:
        journal.close()
    texts = []
    for row in doc["tables"]["entry"]:
        parts = [row.get("title") or "", row.get("body") or ""]
        parts += [str(v) for v in (row.get("answers") or {}).values() if v]
        texts.append((row["occurred_at"], "\n".join(p for p in parts if p).strip() or "(empty)"))
    return texts


# -- launch and --version ---------------------------------------------------------------------
def bench_launch(rig: Rig, folder: Path, pairs: int, out: list[str]) -> None:
    py = sys.executable
    pages: set[str] = set()

    def floor() -> float:
        return until_line([py, str(rig.scripts["floor"])], rig.env, "shown")[0]

    def launch() -> float:
        took, line = until_line([py, str(rig.scripts["launch"]), str(folder)], rig.env, "shown")
        pages.add(line)
        return took

    runs = Pairs(floor, launch, pairs)
    out += ratio_row(f"launch to the unlock screen ({', '.join(sorted(pages))})",
                     "A bare-Qt floor (PySide6, one label)", "B kapjournal, existing journal", runs, 2.5)
    out += unlock_imports(rig, folder)


def unlock_imports(rig: Rig, folder: Path) -> list[str]:
    """What is loaded when the unlock screen is up, with each import's cost."""
    listing = rig.tmp / "modules.json"
    done = subprocess.run(  # noqa: S603 - our interpreter and script
        [sys.executable, "-X", "importtime", str(rig.scripts["launch"]), str(folder), str(listing)],
        env=rig.env, capture_output=True, text=True, timeout=120, check=False,
    )
    loaded = set(json.loads(listing.read_text())) if listing.exists() else set()
    cost: dict[str, int] = {}
    for line in done.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m:
            cost[m.group(4)] = int(m.group(1))
    ours = sorted(m for m in loaded if m.startswith("kapjournal"))
    packages: dict[str, int] = {}
    for name in loaded:
        top = name.split(".")[0]
        if top != "kapjournal" and name in cost and top not in sys.stdlib_module_names:
            packages[top] = packages.get(top, 0) + cost[name]
    own = sum(cost.get(m, 0) for m in ours)
    bad = sorted(m for m in loaded if m.startswith(NOT_AT_UNLOCK) and not m.endswith(ALLOWED_AT_UNLOCK))
    lines = [f"  the unlock path imports {len(ours)} kapjournal modules ({own / 1000:.0f} ms of their own):"]
    names = ", ".join(f"{m.removeprefix('kapjournal.')} {cost.get(m, 0) / 1000:.1f}" for m in ours)
    lines += textwrap.wrap(names, width=108, initial_indent="      ", subsequent_indent="      ")
    lines.append("  and these packages (ms, self time of their modules): " + ", ".join(
        f"{k} {v / 1000:.0f}" for k, v in sorted(packages.items(), key=lambda kv: -kv[1])))
    lines.append("  must load on first use, loaded at unlock: " + (", ".join(bad) if bad else "none"))
    return lines


def bench_version(rig: Rig, pairs: int, out: list[str]) -> None:
    py = sys.executable
    seen: set[str] = set()

    def bare() -> float:
        return whole([py, "-c", "pass"], rig.env)[0]

    def version() -> float:
        took, text = whole([py, str(rig.scripts["kapjournal"]), "--version"], rig.env)
        seen.add(text.strip())
        return took

    runs = Pairs(bare, version, pairs)
    out += ratio_row(f"kapjournal --version ({', '.join(sorted(seen))})", "A python -c pass",
                     "B kapjournal --version", runs, 3)


# -- search against jrnl ------------------------------------------------------------------------
JRNL_SETUP = """
import json, sys
from datetime import datetime
from jrnl.config import get_default_config, save_config
from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption

texts_file, journal_file, config_file, password = sys.argv[1:5]
config = get_default_config()
config["journals"] = {"default": {"journal": journal_file, "encrypt": True}}
config["encrypt"] = True
config["highlight"] = False
save_config(config, config_file)
lines = []
for when, text in sorted(json.load(open(texts_file))):
    stamp = datetime.fromisoformat(when.replace("Z", "+00:00")).strftime("%Y-%m-%d %I:%M:%S %p")
    lines.append(f"[{stamp}] {text}\\n")
enc = Jrnlv3Encryption("default", config)
enc.check_keyring = False
enc.password = password
open(journal_file, "wb").write(enc.encrypt("\\n".join(lines)))
print(len(lines))
"""


def jrnl_venv(tmp: Path) -> Path:
    venv = tmp / "jrnl-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)  # noqa: S603
    subprocess.run(  # noqa: S603 - pip, from the registry
        [str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check", JRNL],
        check=True, capture_output=True,
    )
    return venv


def bench_search(rig: Rig, folder: Path, pairs: int, out: list[str]) -> None:
    tmp = rig.tmp
    venv = jrnl_venv(tmp)
    texts = journal_texts(folder)
    (tmp / "texts.json").write_text(json.dumps(texts))
    jrnl_home = tmp / "jrnl-home"
    (jrnl_home / "jrnl").mkdir(parents=True)
    config = jrnl_home / "jrnl" / "jrnl.yaml"
    setup = tmp / "jrnl_setup.py"
    setup.write_text(textwrap.dedent(JRNL_SETUP).lstrip())
    subprocess.run([str(venv / "bin" / "python"), str(setup), str(tmp / "texts.json"),  # noqa: S603
                    str(tmp / "jrnl.txt"), str(config), PASS], check=True, capture_output=True)
    ours = tmp / "search-journal"  # remembering adds a device key slot: not in the others' copy
    shutil.copytree(folder, ours)
    spec = {"pairs": pairs, "venv": str(venv), "jrnl_config_home": str(jrnl_home), "folder": str(ours),
            "kapjournal": str(rig.scripts["kapjournal"]), "env": rig.env}
    (tmp / "search.json").write_text(json.dumps(spec))
    done = subprocess.run(  # noqa: S603 - dbus-run-session, our interpreter and script
        ["dbus-run-session", "--", sys.executable, __file__,  # noqa: S607
         "--search-in-session", str(tmp / "search.json")],
        capture_output=True, text=True, timeout=3600, check=False, env=rig.env,
    )
    if done.returncode != 0:
        out.append(f"search vs jrnl: failed: {done.stderr.strip()[-400:]}")
        return
    res = json.loads(done.stdout.strip().splitlines()[-1])
    runs = Pairs(lambda: 0.0, lambda: 0.0, 0)
    runs.a, runs.b, runs.cpu_a, runs.cpu_b = res["jrnl"], res["ours"], res["cpu_jrnl"], res["cpu_ours"]
    out += ratio_row(
        f"whole-process search for {WORD!r}, {len(texts):,} texts "
        f"(ours {res['ours_hits']} entries listed, jrnl {res['jrnl_hits']} entries shown)",
        f"A jrnl -contains {WORD} (4.6)", f"B kapjournal search --keychain {WORD}", runs, 0.35,
    )


#: What "Remember on this computer" does in the app: a device key slot for the journal and
#: its random secret in the system keychain (the Secret Service of the private session).
REMEMBER = """
import sys
from pathlib import Path
from kapjournal.paths import Paths
from kapjournal.prefs import Preferences
from kapjournal.storage.keychain import KeyringSecretStore
from kapjournal.vault import Vault

folder = Path(sys.argv[1])
store = KeyringSecretStore()
if not store.availability().available:
    sys.exit(store.availability().reason)
vault = Vault(folder, Preferences(Paths(folder)), store)
vault.unlock(sys.stdin.read())
vault.remember()
vault.lock()
"""


def search_in_session(spec_file: str) -> int:
    """Inside dbus-run-session: an unlocked gnome-keyring, both secrets in it, the pairs."""
    spec = json.loads(Path(spec_file).read_text())
    home = Path(tempfile.mkdtemp(prefix="kapjournal-keyring-"))
    (home / "run").mkdir(mode=0o700)
    keyring_env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"),
                       XDG_CONFIG_HOME=str(home / "config"), XDG_RUNTIME_DIR=str(home / "run"))
    daemon = subprocess.Popen(  # as scripts/test.sh
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],  # noqa: S607
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=keyring_env,
        text=True,
    )
    assert daemon.stdin is not None
    daemon.stdin.write("compare-keyring")
    daemon.stdin.close()
    try:
        return _search_pairs(spec)
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)


def _search_pairs(spec: dict) -> int:
    venv = Path(spec["venv"])
    env = dict(spec["env"], DBUS_SESSION_BUS_ADDRESS=os.environ["DBUS_SESSION_BUS_ADDRESS"])
    env.pop("PYTHON_KEYRING_BACKEND", None)
    for _ in range(100):  # the daemon takes a moment to own the Secret Service name
        remembered = subprocess.run(  # noqa: S603 - our interpreter and the app's own code
            [sys.executable, "-c", REMEMBER, spec["folder"]], input=PASS, capture_output=True, text=True,
            check=False, env=env,
        )
        if remembered.returncode == 0:
            break
        time.sleep(0.1)
    else:
        raise RuntimeError(f"could not remember the device key: {remembered.stderr.strip()[-300:]}")
    subprocess.run(  # noqa: S603 - jrnl's own keyring library
        [str(venv / "bin" / "python"), "-c",
         "import sys, keyring; keyring.set_password('jrnl', 'default', sys.argv[1])", PASS],
        check=True, env=env, capture_output=True,
    )
    jrnl_env = dict(env, XDG_CONFIG_HOME=spec["jrnl_config_home"])
    jrnl_cmd = [str(venv / "bin" / "jrnl"), "-contains", WORD]
    ours_cmd = [sys.executable, spec["kapjournal"], "search", "--data-dir", spec["folder"], "--keychain",
                WORD]
    hits: dict[str, int] = {}

    def jrnl() -> float:
        took, text = whole(jrnl_cmd, jrnl_env)
        hits["jrnl"] = len(re.findall(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [AP]M", text, re.M))
        return took

    def ours() -> float:
        took, text = whole(ours_cmd, env)
        hits["ours"] = len(text.splitlines())
        return took

    runs = Pairs(jrnl, ours, int(spec["pairs"]))
    print(json.dumps({"jrnl": runs.a, "ours": runs.b, "cpu_jrnl": runs.cpu_a, "cpu_ours": runs.cpu_b,
                      "jrnl_hits": hits["jrnl"], "ours_hits": hits["ours"]}))
    return 0


# -- memory and rotation -----------------------------------------------------------------------
MEMORY_CHILD = """
import resource, sys, time
from kapjournal.cli import lighter_pyside_imports

lighter_pyside_imports()  # as the app's start-up (kapjournal.cli.main) does
from PySide6.QtWidgets import QApplication, QTabWidget
from kapjournal.context import AppContext
from kapjournal.paths import resolve_paths
from kapjournal.storage.keychain import NullSecretStore
from kapjournal.ui.app import create_application
from kapjournal.ui.common.theme import apply_theme
from kapjournal.ui.common.workers import wait_for_tasks
from kapjournal.ui.main_window import MainWindow

app = create_application()
ctx = AppContext.create(resolve_paths(sys.argv[1]), NullSecretStore())
apply_theme(app, "light")
w = MainWindow(ctx)
w.show()

def settle(cond=lambda: True, seconds=120):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if cond():
            break
        time.sleep(0.01)
    wait_for_tasks(60000)
    app.processEvents()

w.unlock_page.field.setText(sys.stdin.readline().rstrip("\\n"))
w.unlock_page.unlock.click()
settle(lambda: w.vault.is_open)
pages = 0
for key in w.shell.page_keys():
    page = w.shell.show_page(key)
    settle()
    pages += 1
    for tabs in page.findChildren(QTabWidget) if page is not None else []:
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            settle()
            pages += 1
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
print(f"{pages}|{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}|{status['VmRSS'].strip()}")
w.close()
"""


def bench_memory(rig: Rig, folder: Path, days: int, out: list[str]) -> None:
    data = rig.tmp / "memory-data"
    shutil.copytree(folder, data)
    script = rig.tmp / "memory.py"
    script.write_text(textwrap.dedent(MEMORY_CHILD).lstrip())
    done = subprocess.run(  # noqa: S603 - our interpreter and script
        [sys.executable, str(script), str(data)], input=PASS + "\n", env=rig.env,
        capture_output=True, text=True, timeout=900, check=False,
    )
    try:
        pages, peak_kib, now = done.stdout.strip().splitlines()[-1].split("|")
    except (IndexError, ValueError):
        out.append(f"peak memory: failed: {done.stderr.strip()[-300:]}")
        return
    peak = int(peak_kib) / 1024
    out.append(f"peak memory (ru_maxrss) after unlocking a {days // 365}-year journal and visiting "
               f"{pages} pages and tabs: {peak:.0f} MiB (now {now})   target <= 150 MiB   "
               f"{'MET' if peak <= 150 else 'NOT MET'}")


def bench_rotation(rig: Rig, folder: Path, days: int, out: list[str]) -> None:
    from kapjournal.storage.journal import unlock_journal

    copy = rig.tmp / "rotation"
    shutil.copytree(folder, copy)
    size = (copy / "journal.kapdb").stat().st_size / 2**20
    journal = unlock_journal(copy, "passphrase", PASS)
    secrets = [PASS, "a brand new river stone passphrase"]
    times = []
    try:
        for i in range(3):
            start = time.perf_counter()
            journal.change_passphrase(secrets[(i + 1) % 2])
            times.append(time.perf_counter() - start)
    finally:
        journal.close()
    out.append(f"key rotation (passphrase change), {days // 365}-year journal ({size:.1f} MB, 1 backup): "
               f"{spread(times)} (min / median / max of 3)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1-year journal, 5 pairs")
    parser.add_argument("--pairs", type=int, help="pairs per comparison (default 15, quick 5)")
    parser.add_argument("--only", default="launch,version,search,memory,rotation")
    parser.add_argument("--search-in-session", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.search_in_session:
        return search_in_session(args.search_in_session)
    only = set(args.only.split(","))
    pairs = args.pairs or (5 if args.quick else 15)
    days = 365 if args.quick else 3650
    began = time.perf_counter()
    out: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kapjournal-compare-") as name:
        rig = Rig(Path(name))
        print(f"... sample journal, {days} days", file=sys.stderr, flush=True)
        folder = make_journal(rig.tmp, days if only & {"search", "memory", "rotation"} else 1)
        for step, run in (
            ("launch", lambda: bench_launch(rig, folder, pairs, out)),
            ("version", lambda: bench_version(rig, pairs * 2, out)),
            ("search", lambda: bench_search(rig, folder, pairs, out)),
            ("memory", lambda: bench_memory(rig, folder, days, out)),
            ("rotation", lambda: bench_rotation(rig, folder, days, out)),
        ):
            if step in only:
                print(f"... {step}", file=sys.stderr, flush=True)
                run()
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nKAP Journal, issue 14 comparisons ({os.cpu_count()} CPUs, load {load}, "
          f"Python {sys.version.split()[0]}, {time.perf_counter() - began:.0f} s)")
    print("-" * 100)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
