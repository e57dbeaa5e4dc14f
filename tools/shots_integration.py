"""Screenshots of the "after a session" screens, light and dark, with demo data.

    QT_QPA_PLATFORM=offscreen python tools/shots_integration.py [OUT_DIR] [light|dark ...]

Default OUT_DIR: /tmp/shots-integration. Uses a throw-away data folder, no keychain.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kapjournal import course  # noqa: E402
from kapjournal.context import AppContext  # noqa: E402
from kapjournal.demo import build_demo  # noqa: E402
from kapjournal.paths import resolve_paths  # noqa: E402
from kapjournal.storage import keyslots  # noqa: E402
from kapjournal.storage.keychain import NullSecretStore  # noqa: E402
from kapjournal.ui.app import create_application  # noqa: E402
from kapjournal.ui.main_window import MainWindow  # noqa: E402
from kapjournal.ui.theme import apply_theme  # noqa: E402
from kapjournal.ui.workers import wait_for_tasks  # noqa: E402

PASS = "quiet river morning lantern"  # noqa: S105 - a throw-away journal's passphrase


def settle(ms: int = 200) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def until(cond: Callable[[], bool], timeout: float = 20) -> None:
    end = time.monotonic() + timeout
    while not cond() and time.monotonic() < end:
        QCoreApplication.processEvents()
        wait_for_tasks(50)
        time.sleep(0.01)
    settle()


def shoot(widget: QWidget, out: Path, name: str, mode: str) -> None:
    settle()
    widget.grab().save(str(out / f"{name}-{mode}.png"))


def run(out: Path, mode: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, mode)
    data = Path(tempfile.mkdtemp(prefix="kap-shots-integ-"))
    try:
        ctx = AppContext.create(resolve_paths(data), NullSecretStore())
        ctx.prefs.set("ui/theme", mode)
        w = MainWindow(ctx)
        w.resize(1100, 760)
        w.show()
        w.welcome.create_button.click()
        w.create_page.form.first.setText(PASS)
        w.create_page.form.second.setText(PASS)
        w.create_page.create.click()
        until(lambda: w.stack.currentWidget() is w.recovery_page)
        code = w.recovery_page.code_label.text()
        w.recovery_page.check.setText(code.split("-")[-1])
        w.recovery_page.continue_button.click()
        until(lambda: w.stack.currentWidget() is w.shell)
        assert w.vault.journal is not None
        build_demo(w.vault.journal.db, days=120)
        w.lock("manual")
        w.unlock_page.field.setText(PASS)
        w.unlock_page.unlock.click()
        until(lambda: w.stack.currentWidget() is w.shell)
        db = w.vault.journal.db
        page = w.journal_page
        w.shell.show_page("journal")

        # The journal with a search.
        page.search_now("sister")
        page.list.setCurrentIndex(page.model.index(0))
        shoot(w, out, "journal-search", mode)
        page.search_now("")

        # Capture, on its second question.
        sessions = [s for s in course.sessions_of(db, course.courses(db)[-1].id or 0) if s.kind == "ketamine"]
        page.open_capture(sessions[-1].id)
        cp = page.capture_page
        cp.flow.set_index(1)
        for i, check in enumerate(cp.flow.inputs[1]._checks):
            check.setChecked(i in (0, 3, 18))
        shoot(w, out, "capture", mode)
        page.capture_page.draft.discard()

        # An integration reflection for the newest session's 72-hour step.
        page.open_reflection(sessions[-1].id or 0, "72h")
        ip = page.integration_page
        ip.flow.set_index(1)
        field = ip.flow.input_for("what_shifted")
        if field is not None and field._text is not None:
            field._text.setPlainText("I noticed the old bracing habit and let it pass, twice.")
        shoot(w, out, "integration", mode)
        ip._to_action()
        ip.action.text.setText("Breathing space before the Monday meeting")
        ip.action.has_date.setChecked(True)
        shoot(w, out, "integration-action", mode)
        ip.draft.discard()

        # A thought record, opened from the demo.
        from kapjournal.storage import repo
        from kapjournal.storage.models import Entry

        record = repo.select(db, Entry, "kind = 'thought_record'", order="occurred_at DESC", limit=1)[0]
        page.open_thought_record(record)
        shoot(w, out, "thought-record", mode)
        tp = page.thought_page
        scroll = tp.findChild(QWidget, "")  # the page's scroll area is its first child
        bar = tp.layout().itemAt(0).widget().verticalScrollBar()  # type: ignore[union-attr]
        bar.setValue(bar.maximum())
        shoot(w, out, "thought-record-end", mode)
        del scroll

        # The breathing space, running in step 2.
        page.open_breathing()
        bp = page.breathing_page
        bp.start()
        bp.timer.stop()
        bp._enter(1)
        bp.remaining = 42
        bp.elapsed = 78
        bp._show_time(42)
        bp.progress.setValue(78)
        shoot(w, out, "breathing", mode)
        bp.reset()

        page.open_practice()
        shoot(w, out, "practice", mode)
        page.open_steps()
        page.steps_page.list.setCurrentRow(0)
        shoot(w, out, "steps", mode)
        w.shell.show_page("settings")
        sp = w.settings_page
        box = w.integration_settings  # type: ignore[attr-defined]
        area = sp.layout().itemAt(0).widget()
        area.ensureWidgetVisible(box)  # type: ignore[union-attr]
        shoot(w, out, "settings-integration", mode)
        w.close()
        w.deleteLater()
        settle()
    finally:
        shutil.rmtree(data, ignore_errors=True)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots-integration")  # noqa: S108 - screenshots only
    out.mkdir(parents=True, exist_ok=True)
    modes = sys.argv[2:] or ["light", "dark"]
    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    create_application()
    for mode in modes:
        run(out, mode)
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
