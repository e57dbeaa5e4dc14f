"""What the screenshot tools (tools/screenshots.py, tools/shots_*.py) share.

A :class:`Camera` saves ``NAME-MODE.png`` files into one folder and knows how long to
let Qt settle; :func:`main_window` opens the real MainWindow on a throw-away data
folder (no keychain) in a theme; :func:`create_journal` and :func:`reopen` walk the
create and unlock screens; :func:`shots_main` is every tool's command line:

    QT_QPA_PLATFORM=offscreen python tools/<tool>.py [OUT_DIR] [light|dark ...]
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from kapjournal.context import AppContext
from kapjournal.paths import resolve_paths
from kapjournal.storage import keyslots
from kapjournal.storage.db import Database
from kapjournal.storage.keychain import NullSecretStore
from kapjournal.ui.app import create_application
from kapjournal.ui.common.theme import apply_theme
from kapjournal.ui.common.workers import wait_for_tasks
from kapjournal.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

PASS = "quiet river morning lantern"  # noqa: S105 - a throw-away journal's passphrase


def settle(ms: int = 150) -> None:
    """Run Qt's event loop for about ``ms`` milliseconds."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def until(cond: Callable[[], bool], timeout: float = 20, settle_ms: int = 150) -> None:
    """Run the event loop and background tasks until ``cond()`` or ``timeout`` seconds."""
    end = time.monotonic() + timeout
    while not cond() and time.monotonic() < end:
        QCoreApplication.processEvents()
        wait_for_tasks(50)
        time.sleep(0.01)
    settle(settle_ms)


@dataclass(frozen=True)
class Camera:
    """Saves screenshots as ``OUT/NAME-MODE.png``.

    ``shot_ms``: how long to settle before each grab; ``wait_ms``: after each
    :meth:`until` and by default in :meth:`settle`; ``timeout``: :meth:`until`'s limit.
    """

    out: Path
    mode: str
    shot_ms: int = 150
    wait_ms: int = 150
    timeout: float = 20

    def settle(self, ms: int | None = None) -> None:
        settle(self.wait_ms if ms is None else ms)

    def until(self, cond: Callable[[], bool]) -> None:
        until(cond, self.timeout, self.wait_ms)

    def shoot(self, widget: QWidget, name: str) -> None:
        settle(self.shot_ms)
        widget.grab().save(str(self.out / f"{name}-{self.mode}.png"))


@contextmanager
def main_window(
    cam: Camera,
    prefix: str,
    size: tuple[int, int] = (1100, 760),
    prefs: Mapping[str, object] | None = None,
    clock: Callable[[], datetime] | None = None,
) -> Iterator[MainWindow]:
    """The real main window, shown, in ``cam.mode``, on a throw-away data folder.

    ``prefs`` are set besides ``ui/theme``; ``clock`` replaces the context's clock.
    The window is closed when the block ends normally; the folder is always removed.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, cam.mode)
    data = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        ctx = AppContext.create(resolve_paths(data), NullSecretStore())
        ctx.prefs.set("ui/theme", cam.mode)
        for key, value in (prefs or {}).items():
            ctx.prefs.set(key, value)
        if clock is not None:
            ctx.clock = clock
        w = MainWindow(ctx)
        w.resize(*size)
        w.show()
        yield w
        w.close()
        w.deleteLater()
        cam.settle()
    finally:
        shutil.rmtree(data, ignore_errors=True)


def create_journal(cam: Camera, w: MainWindow) -> Database:
    """Create a journal with :data:`PASS` from the welcome screen; return its database."""
    w.welcome.create_button.click()
    w.access.create_page.form.first.setText(PASS)
    w.access.create_page.form.second.setText(PASS)
    w.access.create_page.create.click()
    cam.until(lambda: w.stack.currentWidget() is w.access.recovery_page)
    code = w.access.recovery_page.code_label.text()
    w.access.recovery_page.check.setText(code.split("-")[-1])
    w.access.recovery_page.continue_button.click()
    cam.until(lambda: w.stack.currentWidget() is w.shell)
    assert w.vault.journal is not None
    return w.vault.journal.db


def reopen(cam: Camera, w: MainWindow) -> Database:
    """Lock and unlock again, so every page reads what was written behind its back."""
    w.lock("manual")
    w.unlock_page.field.setText(PASS)
    w.unlock_page.unlock.click()
    cam.until(lambda: w.stack.currentWidget() is w.shell)
    assert w.vault.journal is not None
    return w.vault.journal.db


def shots_main(
    run: Callable[[Camera], None],
    default_out: str,
    *,
    shot_ms: int = 150,
    wait_ms: int = 150,
    timeout: float = 20,
) -> int:
    """``[OUT_DIR] [light|dark ...]`` from ``sys.argv``: ``run`` once a mode (both by default)."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else default_out)
    out.mkdir(parents=True, exist_ok=True)
    modes = sys.argv[2:] or ["light", "dark"]
    # Screenshots need no real key-derivation cost.
    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    create_application()
    for mode in modes:
        run(Camera(out, mode, shot_ms=shot_ms, wait_ms=wait_ms, timeout=timeout))
    print(f"screenshots written to {out}")
    return 0
