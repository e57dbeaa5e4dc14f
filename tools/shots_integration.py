"""Screenshots of the "after a session" screens, light and dark, with demo data.

    QT_QPA_PLATFORM=offscreen python tools/shots_integration.py [OUT_DIR] [light|dark ...]

Default OUT_DIR: /tmp/shots-integration. Uses a throw-away data folder, no keychain.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QWidget  # noqa: E402
from shotlib import Camera, create_journal, main_window, reopen, shots_main  # noqa: E402

from kapjournal.preparation import course  # noqa: E402
from kapjournal.sample.build import build_demo  # noqa: E402
from kapjournal.ui.reflection.settings import IntegrationSettings  # noqa: E402


def run(cam: Camera) -> None:
    with main_window(cam, "kap-shots-integ-") as w:
        build_demo(create_journal(cam, w), days=120)
        db = reopen(cam, w)
        page = w.page("journal")
        w.shell.show_page("journal")

        # The journal with a search.
        page.search_now("sister")
        page.list.setCurrentIndex(page.model.index(0))
        cam.shoot(w, "journal-search")
        page.search_now("")

        # Capture, on its second question.
        sessions = [s for s in course.sessions_of(db, course.courses(db)[-1].id or 0) if s.kind == "ketamine"]
        page.open_capture(sessions[-1].id)
        cp = page.capture_page
        cp.flow.set_index(1)
        for i, check in enumerate(cp.flow.inputs[1]._checks):
            check.setChecked(i in (0, 3, 18))
        cam.shoot(w, "capture")
        page.capture_page.draft.discard()

        # An integration reflection for the newest session's 72-hour step.
        page.open_reflection(sessions[-1].id or 0, "72h")
        ip = page.integration_page
        ip.flow.set_index(1)
        field = ip.flow.input_for("what_shifted")
        if field is not None and field._text is not None:
            field._text.setPlainText("I noticed the old bracing habit and let it pass, twice.")
        cam.shoot(w, "integration")
        ip._to_action()
        ip.action.text.setText("Breathing space before the Monday meeting")
        ip.action.has_date.setChecked(True)
        cam.shoot(w, "integration-action")
        ip.draft.discard()

        # A thought record, opened from the demo.
        from kapjournal.storage import repo
        from kapjournal.storage.models import Entry

        record = repo.select(db, Entry, "kind = 'thought_record'", order="occurred_at DESC", limit=1)[0]
        page.open_thought_record(record)
        cam.shoot(w, "thought-record")
        tp = page.thought_page
        scroll = tp.findChild(QWidget, "")  # the page's scroll area is its first child
        bar = tp.layout().itemAt(0).widget().verticalScrollBar()  # type: ignore[union-attr]
        bar.setValue(bar.maximum())
        cam.shoot(w, "thought-record-end")
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
        cam.shoot(w, "breathing")
        bp.reset()

        page.open_practice()
        cam.shoot(w, "practice")
        page.open_steps()
        page.steps_page.list.setCurrentRow(0)
        cam.shoot(w, "steps")
        w.shell.show_page("settings")
        sp = w.page("settings")
        box = sp.section(IntegrationSettings)
        area = sp.layout().itemAt(0).widget()
        area.ensureWidgetVisible(box)  # type: ignore[union-attr]
        cam.shoot(w, "settings-integration")


def main() -> int:
    return shots_main(run, "/tmp/shots-integration", shot_ms=200, wait_ms=200)  # noqa: S108 - screenshots only


if __name__ == "__main__":
    sys.exit(main())
