"""Failures a person can report, without a word of their journal (SECURITY 41).

A crash is written to ``crash.log`` in the app's state folder as the exception's
type and the code frames it passed through (``file:line in function``), for the
exception and every exception chained to it. Never an exception's message (it can
quote what the patient wrote), never a local value, never a source line. File paths
are shortened so the home folder does not appear.

One detail beyond the type is kept: for ``ImportError`` and ``ModuleNotFoundError``
the *name of the module* that failed to import (``exc.name``). It comes from an
``import`` statement in our code or a library's, so it is code, never patient text
(KAP Journal imports nothing whose name a person typed), and without it a missing
dependency reads only "ModuleNotFoundError", which is how such a failure went
undiagnosed before. The name is kept only when it looks like a dotted Python name;
anything else is withheld. Likewise an ``OSError`` keeps its symbolic errno
(``ENOSPC``), a number's name rather than a message.

The crash log is folder 0700 and files 0600, rotated at 256 KiB with three old
copies. ``diagnostic_details()`` adds versions (app, Python, Qt, PySide6,
SQLCipher), the platform and the log path for a "Copy diagnostic details" action.

Nothing happens at import: the folder is created on the first write. This module
imports no widgets; the storage layer does not import it.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import logging.handlers
import os
import platform
import re
import sys
import sysconfig
import threading
import time
import traceback
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType

from kapjournal import APP_NAME, __version__

logger = logging.getLogger(__name__)

APP_DIR = "kapjournal"
CRASH_LOG = "crash.log"
MAX_BYTES = 256 * 1024
BACKUP_COUNT = 3
#: Frames kept per exception (a RecursionError has a thousand): the first and the last.
MAX_FRAMES = 60
HEAD_FRAMES = 10
#: Exceptions followed along ``__cause__``/``__context__`` and inside groups.
MAX_CHAIN = 12

_PACKAGE_DIR = Path(__file__).resolve().parent
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$")
_PSEUDO_FILE = re.compile(r"^<[A-Za-z0-9_ .-]{1,80}>$")  # <frozen importlib._bootstrap>, <string>
#: The places a crash is recorded from; anything else is written as "other", so even a
#: mistaken caller cannot put words into the log through *where*.
PLACES = frozenset({"start-up", "main thread", "background thread"})
_HEADER = re.compile(r"^(?P<when>\S+) (?P<level>[A-Z]+) (?P<version>\S+) (?P<where>.*)$")
_write_lock = threading.Lock()


# -- where the log lives -----------------------------------------------------------------
def state_dir(environ: Mapping[str, str] | None = None, platform_name: str | None = None) -> Path:
    """The folder for the crash log. On Linux and other XDG systems
    ``$XDG_STATE_HOME/kapjournal`` (an unset or relative value means
    ``~/.local/state/kapjournal``, as the XDG spec says); elsewhere Qt's generic
    state location plus ``kapjournal``. Nothing is created here."""
    env = os.environ if environ is None else environ
    name = sys.platform if platform_name is None else platform_name
    if name not in ("win32", "cygwin", "darwin"):
        base = env.get("XDG_STATE_HOME", "")
        if base and Path(base).is_absolute():
            return Path(base) / APP_DIR
        return Path.home() / ".local" / "state" / APP_DIR
    try:
        from PySide6.QtCore import QStandardPaths

        qt_base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericStateLocation)
    except (ImportError, AttributeError):  # no Qt at all: the crash we may be recording
        qt_base = ""
    if qt_base:
        return Path(qt_base) / APP_DIR
    return Path.home() / ".local" / "state" / APP_DIR


def crash_log_path(folder: Path | None = None) -> Path:
    return (folder if folder is not None else state_dir()) / CRASH_LOG


def display_path(path: Path) -> str:
    """*path* with the home folder written as ``~`` (for text a person shares)."""
    with contextlib.suppress(RuntimeError, ValueError):
        return str(Path("~") / path.relative_to(Path.home()))
    return str(path)


# -- frames -------------------------------------------------------------------------------
def _short_path(filename: str) -> str:
    """A frame's file relative to the package, ``site-packages/…``, the standard
    library (``stdlib/…``) or else its base name: never a home folder."""
    if _PSEUDO_FILE.match(filename):
        return filename
    path = Path(filename)
    with contextlib.suppress(ValueError, OSError):
        return (Path(APP_DIR) / path.resolve().relative_to(_PACKAGE_DIR)).as_posix()
    parts = path.parts
    for marker in ("site-packages", "dist-packages"):
        if marker in parts:
            rest = parts[len(parts) - parts[::-1].index(marker) :]
            return "/".join((marker, *rest))
    with contextlib.suppress(ValueError, OSError, KeyError):
        stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
        return (Path("stdlib") / path.resolve().relative_to(stdlib)).as_posix()
    return path.name or "?"


def _type_name(exc_type: type[BaseException]) -> str:
    module = getattr(exc_type, "__module__", "") or ""
    qualname = getattr(exc_type, "__qualname__", exc_type.__name__)
    return qualname if module == "builtins" else f"{module}.{qualname}"


def _describe(exc_type: type[BaseException], exc: BaseException | None) -> str:
    """The type, plus the few attributes that are code or numbers (module docstring)."""
    text = _type_name(exc_type)
    if isinstance(exc, ImportError):
        name = exc.name
        if isinstance(name, str) and name:
            text += f" (module {name})" if _NAME.match(name) and len(name) <= 200 else " (module withheld)"
    elif isinstance(exc, OSError) and isinstance(exc.errno, int):
        text += f" ({errno.errorcode.get(exc.errno, f'errno {exc.errno}')})"
    return text


def _frame_lines(tb: TracebackType | None) -> list[str]:
    # walk_tb gives (frame, line number): nothing is read from the source, no locals.
    frames = [
        f"{_short_path(frame.f_code.co_filename)}:{lineno} in {frame.f_code.co_qualname}"
        for frame, lineno in traceback.walk_tb(tb)
    ]
    if len(frames) > MAX_FRAMES:
        tail = MAX_FRAMES - HEAD_FRAMES
        omitted = len(frames) - MAX_FRAMES
        frames = [*frames[:HEAD_FRAMES], f"… {omitted} frames left out …", *frames[-tail:]]
    return frames


def _chain(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> Iterator[tuple[str, str, list[str]]]:
    """(marker, description, frames) for the exception and those chained to it, as
    Python links them: ``raise … from`` (cause), during handling (context), groups."""
    seen: set[int] = set()
    todo: list[tuple[str, type[BaseException], BaseException | None, TracebackType | None]] = [
        ("", exc_type, exc, tb)
    ]
    while todo and len(seen) < MAX_CHAIN:
        marker, kind, current, trace = todo.pop(0)
        if current is not None:
            if id(current) in seen:
                continue
            seen.add(id(current))
        yield marker, _describe(kind, current), _frame_lines(trace)
        if current is None:
            continue
        linked: list[tuple[str, type[BaseException], BaseException | None, TracebackType | None]] = []
        if isinstance(current, BaseExceptionGroup):
            for i, sub in enumerate(current.exceptions, 1):
                linked.append((f"in the group, number {i}:", type(sub), sub, sub.__traceback__))
        if current.__cause__ is not None:
            cause = current.__cause__
            linked.append(("caused by (raise … from):", type(cause), cause, cause.__traceback__))
        elif current.__context__ is not None and not current.__suppress_context__:
            ctx = current.__context__
            linked.append(("raised while handling:", type(ctx), ctx, ctx.__traceback__))
        todo[:0] = linked


def _frames(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> list[str]:
    lines: list[str] = []
    for marker, description, frames in _chain(exc_type, exc, tb):
        if marker:
            lines.append(marker)
        lines.append(description)
        lines.extend(f"  {frame}" for frame in frames)
    return lines


def format_frames(exc: BaseException) -> list[str]:
    """The exception's qualified type and its code frames, then each chained exception
    after a marker line; frames are indented ``file:line in function``. Never a
    message, a value or a source line."""
    return _frames(type(exc), exc, exc.__traceback__)


# -- the crash log ------------------------------------------------------------------------
def _private_file(path: Path) -> None:
    flags = (
        os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    )
    os.close(os.open(path, flags, 0o600))
    path.chmod(0o600)  # it may have existed with a looser mode


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every file it writes, current and rotated, is 0600 whatever the umask."""

    def _open(self) -> TextIOWrapper:
        _private_file(Path(self.baseFilename))
        return super()._open()

    def doRollover(self) -> None:
        super().doRollover()
        for i in range(1, self.backupCount + 1):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{self.baseFilename}.{i}").chmod(0o600)


class _CrashFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        when = time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(record.created))
        where = getattr(record, "where", "") or "-"
        frames: list[str] = getattr(record, "frames", [])
        header = f"{when} {record.levelname} {__version__} {where}"
        return "\n".join([header, *(f"  {line}" for line in frames)])


def _open_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)


def record_crash(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    where: str,
    *,
    folder: Path | None = None,
) -> Path | None:
    """Append one record (time, level, version, *where*, frames) to the crash log and
    return its path, or None when it could not be written. *where* is one of
    :data:`PLACES` (others are written as "other"). Never raises: it runs inside
    exception hooks."""
    try:
        path = crash_log_path(folder)
        place = where if where in PLACES else "other"
        record = logging.makeLogRecord(
            {
                "name": "kapjournal.crash",
                "levelno": logging.ERROR,
                "levelname": "ERROR",
                "msg": "crash",
                "where": place,
                "frames": _frames(exc_type, exc, tb),
            }
        )
        with _write_lock:
            _open_folder(path.parent)
            handler = _PrivateRotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
            )
            handler.setFormatter(_CrashFormatter())
            try:
                handler.handle(record)
            finally:
                handler.close()
    except Exception as failure:  # an exception hook must not raise
        logger.warning("could not write the crash log (%s)", type(failure).__name__)
        return None
    logger.error("crash recorded (%s, %s)", _type_name(exc_type), place)
    return path


@dataclass(frozen=True)
class Crash:
    when: str
    version: str
    where: str
    frames: list[str] = field(default_factory=list)


def last_crash(folder: Path | None = None) -> Crash | None:
    """The newest record in the crash log, or None."""
    path = crash_log_path(folder)
    for candidate in (path, Path(f"{path}.1")):
        try:
            with candidate.open("rb") as fh:
                size = candidate.stat().st_size
                fh.seek(max(0, size - 2 * MAX_BYTES))
                text = fh.read().decode("utf-8", "replace")
        except OSError:
            continue
        lines = text.splitlines()
        starts = [i for i, line in enumerate(lines) if _HEADER.match(line)]
        if not starts:
            continue
        head = _HEADER.match(lines[starts[-1]])
        assert head is not None
        frames = [line[2:] for line in lines[starts[-1] + 1 :] if line.startswith("  ")]
        return Crash(head["when"], head["version"], head["where"], frames)
    return None


def last_crash_frames(folder: Path | None = None) -> list[str]:
    """The type and frames of the newest crash, or an empty list."""
    crash = last_crash(folder)
    return crash.frames if crash is not None else []


# -- details for support --------------------------------------------------------------------
def _qt_versions() -> tuple[str, str, str]:
    try:
        import PySide6
        from PySide6.QtCore import qVersion
        from PySide6.QtGui import QGuiApplication
    except ImportError:
        return "not available", "not available", "-"
    app = QGuiApplication.instance()
    platform_plugin = QGuiApplication.platformName() if isinstance(app, QGuiApplication) else "-"
    return str(qVersion()), str(PySide6.__version__), platform_plugin or "-"


def _sqlcipher_version() -> str:
    try:
        from kapjournal.storage.db import sqlcipher_version

        return sqlcipher_version()
    except Exception as exc:  # a missing or plain-SQLite driver: say which
        return f"not available ({type(exc).__name__})"


def diagnostic_details(folder: Path | None = None) -> str:
    """Plain text for support: versions, platform, the crash log's path and the last
    crash's frames. Nothing from the journal and no folder but the log's."""
    qt, pyside, qt_platform = _qt_versions()
    path = crash_log_path(folder)
    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Platform: {platform.system()} {platform.release()} ({platform.machine()})",
        f"Qt {qt}, PySide6 {pyside}, Qt platform {qt_platform}",
        f"SQLCipher {_sqlcipher_version()}",
        f"Crash log: {display_path(path)}",
    ]
    crash = last_crash(folder)
    if crash is None:
        lines.append("Last crash: none recorded")
    else:
        lines.append(f"Last crash: {crash.when}, version {crash.version}, {crash.where}")
        lines.extend(f"  {frame}" for frame in crash.frames)
    return "\n".join(lines) + "\n"
