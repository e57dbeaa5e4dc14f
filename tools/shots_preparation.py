"""Screenshots of the "Before a session" screens, light and dark, for review.

    QT_QPA_PLATFORM=offscreen python tools/shots_preparation.py [OUT_DIR] [light|dark ...]

Drives the real main window with a throw-away journal: Today (no course, days before a
session, session day), the course dialog, the intention flow (a question, the look
back before session 2, the baseline), the read view, the session page, the checklist
(also while editing) and the sessions timeline. Default OUT_DIR: /tmp/shots-preparation.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from kapjournal import checklist, course
from kapjournal.context import AppContext
from kapjournal.paths import resolve_paths
from kapjournal.storage import keyslots, repo
from kapjournal.storage.keychain import NullSecretStore
from kapjournal.storage.models import Entry, Session
from kapjournal.ui.app import create_application
from kapjournal.ui.main_window import MainWindow
from kapjournal.ui.prep_dialogs import CourseDialog
from kapjournal.ui.theme import apply_theme

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import PASS, settle, until


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def shoot(widget: QWidget, out: Path, name: str, mode: str) -> None:
    settle(200)
    widget.grab().save(str(out / f"{name}-{mode}.png"))


def scroll_to(page: QWidget, target: QWidget) -> None:
    area = page.findChild(QScrollArea)
    if area is not None:
        area.ensureWidgetVisible(target, 0, 0)
        bar = area.verticalScrollBar()
        bar.setValue(min(bar.maximum(), target.mapTo(area.widget(), target.rect().topLeft()).y() - 24))


def run(out: Path, mode: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, mode)
    data = Path(tempfile.mkdtemp(prefix="kap-shots-prep-"))
    try:
        ctx = AppContext.create(resolve_paths(data), NullSecretStore())
        ctx.prefs.set("ui/theme", mode)
        now = datetime.now().astimezone().replace(hour=9, minute=0, second=0, microsecond=0)
        clock = Clock(now)
        ctx.extras["clock"] = clock
        w = MainWindow(ctx)
        w.resize(1100, 760)
        w.show()
        w.welcome.create_button.click()
        w.create_page.form.first.setText(PASS)
        w.create_page.form.second.setText(PASS)
        w.create_page.create.click()
        until(lambda: w.stack.currentWidget() is w.recovery_page)
        w.recovery_page.check.setText(w.recovery_page.code_label.text().split("-")[-1])
        w.recovery_page.continue_button.click()
        until(lambda: w.stack.currentWidget() is w.shell)
        assert w.vault.journal is not None
        db = w.vault.journal.db
        w.shell.show_page("today")
        shoot(w, out, "today-no-course", mode)

        dialog = CourseDialog(clock(), parent=w)
        dialog.title_edit.setText("First course")
        dialog.clinic.setText("Riverside Ketamine Clinic")
        dialog.care_name.setText("Dr. Alex Morgan")
        dialog.care_phone.setText("+1 555 0100")
        dialog.care_email.setText("care@example.org")
        dialog.fourth.setChecked(True)
        dialog.show()
        shoot(dialog, out, "course-dialog", mode)
        plan = dialog.result_value()
        dialog.close()
        course.create_course_with_plan(db, plan.course, plan.times, plan.include_fourth, now=clock())
        sessions = [s for s in course.sessions_of(db, course.courses(db)[0].id or 0)]
        first, second = sessions[0], sessions[1]
        clock.now = first.scheduled_at.astimezone() - timedelta(days=2, hours=1)
        w.data_changed.emit("session")
        w.shell.show_page("today")
        shoot(w, out, "today-days-before", mode)

        w.today_page.card("session_soon").action.click()
        flow = w.sessions_page.flow
        assert flow.flow is not None
        flow.flow.inputs[0].set_value(
            "Months of feeling flat and far away from the people I love. I want to understand "
            "what keeps me braced for bad news. 🌿"
        )
        shoot(w, out, "intention-flow", mode)
        answers = {
            "hope_to_understand": "Why I keep bracing for bad news.",
            "treat_myself": "Gently, the way I would treat a friend.",
            "support_after": "My partner picks me up.",
            "intention_phrase": "Meet what comes with curiosity",
            "anchor": "Breathe, I am safe here",
        }
        for pid, value in answers.items():
            field = flow.flow.input_for(pid)
            if field is not None:
                field.set_value(value)
        flow.flow.set_index(len(flow.flow.prompts) - 1)
        flow.flow.next_button.click()
        flow.baseline.group.button(6).click()
        shoot(w, out, "intention-baseline", mode)
        flow.save_button.click()
        view = w.sessions_page.session_view
        items = view.checklist.rows
        for row in items[:4]:
            row.check.click()
        view.questions.editor.setPlainText("Is it normal to feel very tired the day after?")
        view.questions.add_button.click()
        shoot(w, out, "session-page", mode)
        scroll_to(view.page, view.checklist_card)
        shoot(w, out, "checklist", mode)
        view.checklist.set_editing(True)
        view.checklist.new_item.setText("Bring my own blanket")
        scroll_to(view.page, view.checklist_card)
        shoot(w, out, "checklist-editing", mode)
        view.checklist.set_editing(False)

        clock.now = first.scheduled_at.astimezone() - timedelta(hours=2)
        w.shell.show_page("today")
        w.today_page.refresh()
        shoot(w, out, "today-session-day", mode)
        w.today_page.card("session_day").action.click()
        shoot(w, out, "read-view", mode)
        w.preparation.close_read_view()

        # Before session 2: the look back.
        first_done = repo.get(db, Session, first.id or 0)
        assert first_done is not None
        first_done.status = "done"
        course.save_session(db, first_done)
        repo.insert(
            db,
            Entry(
                kind="note",
                body="Felt lighter in the evening. Called my sister.",
                occurred_at=first.scheduled_at + timedelta(days=1),
            ),
        )
        checklist.add_question(db, "Can we talk about sleep?", second.id)
        clock.now = second.scheduled_at.astimezone() - timedelta(days=1, hours=2)
        w.sessions_page.start_intention(second.id or 0)
        w.shell.show_page("sessions")
        shoot(w, out, "intention-lookback", mode)
        w.sessions_page.flow.close_button.click()
        w.sessions_page.show_timeline()
        shoot(w, out, "sessions-timeline", mode)
        w.shell.show_page("settings")
        scroll_to(w.settings_page, w.preparation.reminders)
        shoot(w, out, "settings-preparation", mode)
        w.close()
        w.deleteLater()
        settle()
    finally:
        shutil.rmtree(data, ignore_errors=True)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots-preparation")  # noqa: S108 - review shots
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
