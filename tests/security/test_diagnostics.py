"""Failures a person can report (SECURITY 41): the crash log holds exception types and
code frames only, is private and rotated; diagnostic details name versions; a failed
start says so calmly and returns 1; the Help menu copies the details."""

from __future__ import annotations

import os
import re
import stat
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from kapjournal import __version__, diagnostics
from kapjournal.storage.db import sqlcipher_version
from tests.conftest import CANARY

REAL_HOME = str(Path.home())
FRAME = re.compile(r"^ {2}\S+:\d+ in \S+$")


@pytest.fixture(autouse=True)
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private HOME and XDG_STATE_HOME: nothing here writes to the real home."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    return home / ".local" / "state" / "kapjournal"


def _raise_canary() -> None:
    raise ValueError(f"the patient wrote {CANARY}")


def _caught(fn) -> BaseException:  # type: ignore[no-untyped-def]
    try:
        fn()
    except BaseException as exc:
        return exc
    raise AssertionError("did not raise")


def _log_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.glob("crash.log*")))


def _no_canary(data: bytes) -> bool:
    return CANARY.encode("utf-8") not in data and CANARY.encode("utf-16-le") not in data


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- frames --------------------------------------------------------------------------------
def test_frames_are_type_and_file_line_function_never_the_message() -> None:
    local_value = f"local {CANARY}"  # noqa: F841 - a local value must not appear either
    frames = diagnostics.format_frames(_caught(_raise_canary))
    assert frames[0] == "ValueError"
    assert all(FRAME.match(line) for line in frames[1:]), frames
    assert frames[-1].startswith("  test_diagnostics.py:")
    assert frames[-1].endswith(" in _raise_canary")
    text = "\n".join(frames)
    assert CANARY not in text
    assert "raise ValueError" not in text  # no source lines
    assert str(Path.home()) not in text and REAL_HOME not in text


def test_chained_exceptions_are_each_shown_and_marked() -> None:
    def explicit() -> None:
        try:
            _raise_canary()
        except ValueError as exc:
            raise RuntimeError(CANARY) from exc

    def implicit() -> None:
        try:
            _raise_canary()
        except ValueError:
            {}[CANARY]  # a KeyError whose key is patient text

    frames = diagnostics.format_frames(_caught(explicit))
    assert frames[0] == "RuntimeError"
    assert "caused by (raise … from):" in frames
    assert frames[frames.index("caused by (raise … from):") + 1] == "ValueError"
    assert any(
        line.endswith(" in test_chained_exceptions_are_each_shown_and_marked.<locals>.explicit")
        for line in frames
    )

    frames = diagnostics.format_frames(_caught(implicit))
    assert frames[0] == "KeyError"
    assert "raised while handling:" in frames
    assert CANARY not in "\n".join(frames)


def test_an_import_failure_names_the_module_and_paths_stay_short() -> None:
    import importlib

    exc = _caught(lambda: importlib.import_module("kapjournal_no_such_module_zq7"))
    frames = diagnostics.format_frames(exc)
    assert frames[0] == "ModuleNotFoundError (module kapjournal_no_such_module_zq7)"
    assert any(line.startswith("  stdlib/importlib/__init__.py:") for line in frames)
    assert not any(os.sep + "home" + os.sep in line or str(Path.home()) in line for line in frames)


def test_an_import_name_that_is_not_code_is_withheld() -> None:
    frames = diagnostics.format_frames(ImportError("x", name=f"my {CANARY} note"))
    assert frames == ["ImportError (module withheld)"]


def test_frames_inside_the_package_are_relative_to_it(tmp_path: Path) -> None:
    from kapjournal.storage.fsutil import atomic_write_bytes

    frames = diagnostics.format_frames(_caught(lambda: atomic_write_bytes(tmp_path / "no" / "x", b"")))
    assert any(line.startswith("  kapjournal/storage/fsutil.py:") for line in frames), frames
    assert str(tmp_path) not in "\n".join(frames)


# -- the crash log -----------------------------------------------------------------------------
def test_crash_log_has_frames_only_and_is_private(state_home: Path) -> None:
    old = os.umask(0o022)  # a permissive umask must not loosen the modes
    try:
        exc = _caught(_raise_canary)
        path = diagnostics.record_crash(type(exc), exc, exc.__traceback__, f"start-up {CANARY}!")
    finally:
        os.umask(old)
    assert path == state_home / "crash.log"
    assert _mode(state_home) == 0o700
    assert _mode(path) == 0o600
    data = _log_bytes(state_home)
    assert _no_canary(data)
    text = data.decode("utf-8")
    assert f"ERROR {__version__} other\n" in text  # an unknown place is not written
    assert "ValueError" in text
    assert diagnostics.last_crash_frames()[0] == "ValueError"
    crash = diagnostics.last_crash()
    assert crash is not None and crash.version == __version__


def test_crash_log_rotates_and_every_file_stays_private(
    state_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(diagnostics, "MAX_BYTES", 2048)
    old = os.umask(0o022)
    try:
        for i in range(120):
            exc = _caught(_raise_canary) if i % 2 else _caught(lambda: {}[CANARY])
            assert diagnostics.record_crash(type(exc), exc, exc.__traceback__, "main thread") is not None
    finally:
        os.umask(old)
    files = sorted(state_home.glob("crash.log*"))
    assert len(files) == diagnostics.BACKUP_COUNT + 1
    assert {_mode(p) for p in files} == {0o600}
    assert all(p.stat().st_size <= 2048 for p in files)
    assert _no_canary(_log_bytes(state_home))
    assert diagnostics.last_crash_frames()[0] == "ValueError"  # the newest record (i = 119)


def test_no_crash_yet_means_no_frames() -> None:
    assert diagnostics.last_crash_frames() == []
    assert diagnostics.last_crash() is None


def test_state_dir_follows_xdg(tmp_path: Path) -> None:
    home = Path.home()
    linux = "linux"
    assert diagnostics.state_dir({"XDG_STATE_HOME": str(tmp_path)}, linux) == tmp_path / "kapjournal"
    assert diagnostics.state_dir({}, linux) == home / ".local" / "state" / "kapjournal"
    assert diagnostics.state_dir({"XDG_STATE_HOME": "relative/path"}, linux) == (
        home / ".local" / "state" / "kapjournal"
    )
    assert not (tmp_path / "kapjournal").exists()  # nothing is created by asking


# -- diagnostic details -------------------------------------------------------------------------
def test_diagnostic_details_name_versions_and_the_last_crash(state_home: Path) -> None:
    exc = _caught(_raise_canary)
    diagnostics.record_crash(type(exc), exc, exc.__traceback__, "main thread")
    details = diagnostics.diagnostic_details()
    assert f"KAP Journal {__version__}" in details
    assert f"Qt {qVersion()}" in details
    assert f"SQLCipher {sqlcipher_version()}" in details
    assert f"Python {sys.version_info.major}.{sys.version_info.minor}" in details
    assert "Crash log: ~/.local/state/kapjournal/crash.log" in details
    assert "\n  ValueError\n    test_diagnostics.py:" in details
    assert CANARY not in details
    assert str(Path.home()) not in details


# -- the app ------------------------------------------------------------------------------------
def test_exception_hooks_record_crashes(qapp, state_home: Path) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.ui import app as app_module

    exc = _caught(_raise_canary)
    app_module.main_thread_hook(type(exc), exc, exc.__traceback__)
    assert diagnostics.last_crash() is not None
    assert diagnostics.last_crash().where == "main thread"  # type: ignore[union-attr]

    caught: list[threading.ExceptHookArgs] = []

    def work() -> None:
        try:
            _raise_canary()
        except ValueError as err:
            here = threading.current_thread()
            caught.append(threading.ExceptHookArgs((type(err), err, err.__traceback__, here)))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    app_module.background_thread_hook(caught[0])
    crash = diagnostics.last_crash()
    assert crash is not None and crash.where == "background thread"
    assert crash.frames[-1].endswith(" in _raise_canary")
    assert _no_canary(_log_bytes(state_home))


@pytest.fixture
def quiet_start(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """run_app without touching process-wide hooks or the shared app's theme."""
    from kapjournal.ui import app as app_module
    from kapjournal.ui.common import theme

    monkeypatch.setattr(app_module, "_install_excepthooks", lambda: None)
    monkeypatch.setattr(app_module, "qInstallMessageHandler", lambda handler: None)
    monkeypatch.setattr(theme, "apply_theme", lambda app, mode: None)
    return app_module


def test_a_failed_start_says_so_calmly_and_returns_1(  # type: ignore[no-untyped-def]
    qapp, quiet_start, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, state_home: Path
) -> None:
    from kapjournal.context import AppContext
    from kapjournal.paths import resolve_paths

    def broken(cls, paths, secrets=None):  # type: ignore[no-untyped-def]
        raise RuntimeError(f"preferences said {CANARY}")

    monkeypatch.setattr(AppContext, "create", classmethod(broken))
    shown: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        if len(shown) == 1:  # the person copies the details, then closes
            next(b for b in box.buttons() if b.text() == "Copy diagnostic details").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    QApplication.clipboard().clear()
    assert quiet_start.run_app(resolve_paths(tmp_path / "data")) == 1

    log = state_home / "crash.log"
    assert len(shown) == 2  # copying keeps the message open
    text, informative = shown[0]
    assert "KAP Journal could not start. Nothing in your journal was changed." in text
    assert f"Details for support were saved to:\n{log}" in text
    assert "copied" in shown[1][1]
    frames = diagnostics.last_crash_frames()
    assert frames[0] == "RuntimeError"
    assert any(re.match(r"^ {2}kapjournal/ui/app\.py:\d+ in run_app$", line) for line in frames)
    assert diagnostics.last_crash().where == "start-up"  # type: ignore[union-attr]
    copied = QApplication.clipboard().text()
    assert copied.startswith("KAP Journal") and "  RuntimeError" in copied
    assert _no_canary(_log_bytes(state_home)) and CANARY not in copied + text + informative


def test_a_missing_module_at_start_is_diagnosable(  # type: ignore[no-untyped-def]
    qapp, quiet_start, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The original report: all anyone saw was "ModuleNotFoundError"."""
    from kapjournal.paths import resolve_paths

    monkeypatch.setitem(sys.modules, "kapjournal.ui.main_window", None)
    shown: list[str] = []
    monkeypatch.setattr(quiet_start, "show_startup_failure", lambda path: shown.append(str(path)))
    assert quiet_start.run_app(resolve_paths(tmp_path / "data")) == 1
    frames = diagnostics.last_crash_frames()
    assert frames[0] == "ModuleNotFoundError (module kapjournal.ui.main_window)"
    assert any(line.startswith("  kapjournal/ui/app.py:") and line.endswith(" in run_app") for line in frames)
    assert shown == [str(diagnostics.crash_log_path())]


def test_help_menu_copies_diagnostic_details(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = make_window()
    help_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Help")
    assert w.diagnostics_action in help_menu.actions()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    QApplication.clipboard().clear()
    w.diagnostics_action.trigger()
    copied = QApplication.clipboard().text()
    assert copied.startswith(f"KAP Journal {__version__}")
    assert "SQLCipher" in copied and "Last crash: none recorded" in copied
    assert told and "clipboard" in told[0] and "nothing from your journal" in told[0]
    monkeypatch.undo()  # pytest-qt closes the window before fixtures are torn down
