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
from typing import Any

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
    theme: str | None = None,
) -> Iterator[MainWindow]:
    """The real main window, shown, in ``cam.mode``, on a throw-away data folder.

    ``prefs`` are set besides ``ui/theme``; ``clock`` replaces the context's clock;
    ``theme`` is the theme when ``cam.mode`` names more than a theme.
    The window is closed when the block ends normally; the folder is always removed.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    mode = theme or cam.mode
    apply_theme(app, mode)
    data = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        ctx = AppContext.create(resolve_paths(data), NullSecretStore())
        ctx.prefs.set("ui/theme", mode)
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


# -- the tour: every screen, overlay and dialog, in a patient's order ---------------------------
#: The screen sizes of the matrix: two common small screens, and 1.5× text on a 1366×768
#: screen. Qt 6 turns 1.5× text (GNOME "Large text", Xft.dpi 144, KDE's 150% scale) into
#: a device pixel ratio of 1.5, so the app lays out on 1366/1.5 × 768/1.5 logical pixels.
SIZES: dict[str, tuple[int, int]] = {"1024x600": (1024, 600), "1366x768": (1366, 768), "1.5x": (911, 512)}

Wait = Callable[[Callable[[], object]], None]
Shot = tuple[str, QWidget]


def tour(w: MainWindow, wait: Wait, clock: Callable[[], datetime]) -> Iterator[Shot]:
    """Drive ``w`` (a fresh window on an empty data folder) through every screen, page,
    overlay and dialog; yield ``(name, window)`` when each is up (``window`` is the top-level
    widget to check or photograph: the main window, or a dialog). ``wait(cond)`` runs the
    event loop until ``cond()``."""
    yield from _tour_access(w, wait)
    yield from _tour_pages(w, wait)
    yield from _tour_dialogs(w, clock)
    yield from _tour_locked(w, wait)


def _tour_access(w: MainWindow, wait: Wait) -> Iterator[Shot]:
    from kapjournal.sample.build import build_demo

    yield "welcome", w
    w.welcome.create_button.click()
    w.access.create_page.form.first.setText("tulip")
    yield "create", w
    w.access.create_page.form.first.setText(PASS)
    w.access.create_page.form.second.setText(PASS)
    w.access.create_page.create.click()
    wait(lambda: w.stack.currentWidget() is w.access.recovery_page)
    yield "recovery-code", w
    code = w.access.recovery_page.code_label.text()
    w.access.recovery_page.check.setText(code.split("-")[-1])
    w.access.recovery_page.continue_button.click()
    wait(lambda: w.stack.currentWidget() is w.shell)
    assert w.vault.journal is not None
    build_demo(w.vault.journal.db, days=90)
    w.lock("manual")  # reopen, so every page reads the demo journal
    w.unlock_page.field.setText(PASS)
    w.unlock_page.unlock.click()
    wait(lambda: w.stack.currentWidget() is w.shell)


def demo_plan() -> Any:
    """An invented, full safety plan (every part, some long lines) for tours and shots."""
    from kapjournal.measures.safety_plan import make_plan

    return make_plan(
        {
            "warning_signs": ["I stop answering messages", "Sleeping badly for several nights"],
            "on_my_own": [
                "Step outside and breathe slowly for a minute, then walk once around the block "
                "and notice five things I can see",
                "Put on the playlist from session 2",
                "A warm shower",
            ],
            "distractions": ["The café on Elm Street", "Walking the dog in the park"],
            "people": ["My sister Sam", "Jo from the choir"],
            "professionals": ["My care team at the clinic", "My GP"],
            "safer": ["Give the spare keys to Sam for a while"],
            "reasons": [
                "My niece, who is learning to read",
                "Seeing the sea again next summer",
                "My dog Biscuit",
            ],
        }
    )


def _tour_pages(w: MainWindow, wait: Wait) -> Iterator[Shot]:
    from kapjournal.measures import instruments
    from kapjournal.measures.safety_plan import save_plan
    from kapjournal.preparation import course
    from kapjournal.ui.measures.feature import MeasuresFeature
    from kapjournal.ui.preparation.feature import Preparation

    assert w.vault.journal is not None
    db = w.vault.journal.db
    w.shell.show_page("today")
    yield "today", w
    sessions = w.shell.show_page("sessions")
    sessions.show_timeline()
    yield "sessions", w
    first = course.sessions_of(db, course.courses(db)[0].id or 0)[0]
    sessions.open_session(first.id or 0)
    yield "session", w
    sessions.start_intention(first.id or 0)
    yield "intention", w
    sessions.show_timeline()
    prep = w.feature(Preparation)
    prep.read_intention(first.id or 0)
    if w.stack.currentWidget() is not w.shell:
        yield "read-view", w
        prep.close_read_view()
    journal = w.shell.show_page("journal")
    journal.show_timeline()
    journal.new_note()
    yield "journal", w
    for name, open_view in (
        ("capture", journal.open_capture),
        ("reflection", lambda: journal.open_reflection(first.id or 0, "24h")),
        ("thought-record", journal.new_thought_record),
        ("practice", journal.open_practice),
        ("breathing", journal.open_breathing),
        ("steps", journal.open_steps),
    ):
        open_view()
        yield name, w
    journal.show_timeline()
    measures = w.feature(MeasuresFeature)
    instruments.set_switched_on(db, instruments.optional_ids())  # PCL-5, AUDIT-C cards too
    page = w.shell.show_page("checkins")
    page.on_data_changed("setting")
    for name, tab in (
        ("checkin", page.checkin),
        ("questionnaires", page.questionnaires),
        ("side-effects", page.side_effects),
        ("trends", page.trends),
        ("history", page.history),
    ):
        page.tabs.setCurrentWidget(tab)
        yield name, w
    page.tabs.setCurrentWidget(page.questionnaires)
    for inst in instruments.all_ids():
        page.questionnaires.open_form(inst)
        yield inst, w
        page.questionnaires.show_home()
    measures.show_safety()
    yield "safety", w
    measures.back_from_safety()
    save_plan(db, demo_plan(), w.ctx.now())  # a full plan: the safety page with it on top
    measures.show_safety()
    yield "safety-with-plan", w
    measures.open_plan_editor()
    yield "safety-plan", w
    measures.back_from_plan()
    measures.back_from_safety()
    w.shell.show_page("summary")
    yield "summary", w
    w.shell.show_page("settings")
    yield "settings", w
    w.shell.show_page("today")


def _tour_dialogs(w: MainWindow, clock: Callable[[], datetime]) -> Iterator[Shot]:
    from kapjournal.preparation import course
    from kapjournal.storage.backups import list_backups
    from kapjournal.ui.preparation.dialogs import CourseDialog, SessionDialog
    from kapjournal.ui.settings.actions import KeyRotationProgress
    from kapjournal.ui.settings.backups import RestoreDialog

    assert w.vault.journal is not None
    db = w.vault.journal.db
    existing = course.courses(db)[0]
    session = course.sessions_of(db, existing.id or 0)[0]
    w.vault.journal.auto_backup()  # the restore dialog lists at least one backup
    backups = list_backups(w.vault.files)
    journal_id = w.vault.journal_id()
    def with_purposes() -> CourseDialog:  # PTSD and alcohol ticked: both offers show
        dialog = CourseDialog(clock(), parent=w)
        assert dialog.purpose is not None
        for pid in ("ptsd", "alcohol"):
            dialog.purpose.purposes[pid].setChecked(True)
        return dialog

    for name, make in (
        ("course-dialog", lambda: CourseDialog(clock(), parent=w)),
        ("course-dialog-purposes", with_purposes),
        ("course-edit-dialog", lambda: CourseDialog(clock(), existing, parent=w)),
        ("session-dialog", lambda: SessionDialog(db, session, clock(), parent=w)),
        ("restore-dialog", lambda: RestoreDialog(w, backups, journal_id)),
        ("key-rotation", lambda: KeyRotationProgress(w)),
    ):
        dialog = make()
        dialog.show()
        yield name, dialog
        if isinstance(dialog, KeyRotationProgress):
            dialog.finish()
        else:
            dialog.reject()
            dialog.deleteLater()


def _tour_locked(w: MainWindow, wait: Wait) -> Iterator[Shot]:
    w.lock("manual")
    w.unlock_page.field.setText("not my passphrase")
    w.unlock_page.unlock.click()
    wait(lambda: bool(w.unlock_page.message.text()))
    yield "unlock", w
    w.unlock_page.forgot.click()
    yield "recover", w
