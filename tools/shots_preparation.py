"""Screenshots of the "Before a session" screens, light and dark, for review.

    QT_QPA_PLATFORM=offscreen python tools/shots_preparation.py [OUT_DIR] [light|dark ...]

Drives the real main window with a throw-away journal: Today (no course, days before a
session, session day), the course dialog, the intention flow (a question, the look
back before session 2, the baseline), the read view, the session page, the checklist
(also while editing) and the sessions timeline. Default OUT_DIR: /tmp/shots-preparation.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QScrollArea, QWidget

from kapjournal.preparation import checklist, course
from kapjournal.storage import repo
from kapjournal.storage.models import Entry, Session
from kapjournal.ui.preparation.dialogs import CourseDialog
from kapjournal.ui.preparation.feature import Preparation
from kapjournal.ui.preparation.settings import ReminderBox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shotlib import Camera, create_journal, main_window, shots_main


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def scroll_to(page: QWidget, target: QWidget) -> None:
    area = page.findChild(QScrollArea)
    if area is not None:
        area.ensureWidgetVisible(target, 0, 0)
        bar = area.verticalScrollBar()
        bar.setValue(min(bar.maximum(), target.mapTo(area.widget(), target.rect().topLeft()).y() - 24))


def run(cam: Camera) -> None:
    now = datetime.now().astimezone().replace(hour=9, minute=0, second=0, microsecond=0)
    clock = Clock(now)
    with main_window(cam, "kap-shots-prep-", clock=clock) as w:
        db = create_journal(cam, w)
        w.shell.show_page("today")
        cam.shoot(w, "today-no-course")

        dialog = CourseDialog(clock(), parent=w)
        dialog.title_edit.setText("First course")
        dialog.clinic.setText("Riverside Ketamine Clinic")
        dialog.care_name.setText("Dr. Alex Morgan")
        dialog.care_phone.setText("+1 555 0100")
        dialog.care_email.setText("care@example.org")
        dialog.fourth.setChecked(True)
        dialog.show()
        cam.shoot(dialog, "course-dialog")
        plan = dialog.result_value()
        dialog.close()
        course.create_course_with_plan(db, plan.course, plan.times, plan.include_fourth, now=clock())
        sessions = [s for s in course.sessions_of(db, course.courses(db)[0].id or 0)]
        first, second = sessions[0], sessions[1]
        clock.now = first.scheduled_at.astimezone() - timedelta(days=2, hours=1)
        w.data_changed.emit("session")
        w.shell.show_page("today")
        cam.shoot(w, "today-days-before")

        w.page("today").card("session_soon").action.click()
        flow = w.page("sessions").flow
        assert flow.flow is not None
        flow.flow.inputs[0].set_value(
            "Months of feeling flat and far away from the people I love. I want to understand "
            "what keeps me braced for bad news. 🌿"
        )
        cam.shoot(w, "intention-flow")
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
        cam.shoot(w, "intention-baseline")
        flow.save_button.click()
        view = w.page("sessions").session_view
        items = view.checklist.rows
        for row in items[:4]:
            row.check.click()
        view.questions.editor.setPlainText("Is it normal to feel very tired the day after?")
        view.questions.add_button.click()
        cam.shoot(w, "session-page")
        scroll_to(view.page, view.checklist_card)
        cam.shoot(w, "checklist")
        view.checklist.set_editing(True)
        view.checklist.new_item.setText("Bring my own blanket")
        scroll_to(view.page, view.checklist_card)
        cam.shoot(w, "checklist-editing")
        view.checklist.set_editing(False)

        clock.now = first.scheduled_at.astimezone() - timedelta(hours=2)
        w.shell.show_page("today")
        w.page("today").refresh()
        cam.shoot(w, "today-session-day")
        w.page("today").card("session_day").action.click()
        cam.shoot(w, "read-view")
        w.feature(Preparation).close_read_view()

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
        w.page("sessions").start_intention(second.id or 0)
        w.shell.show_page("sessions")
        cam.shoot(w, "intention-lookback")
        w.page("sessions").flow.close_button.click()
        w.page("sessions").show_timeline()
        cam.shoot(w, "sessions-timeline")
        w.shell.show_page("settings")
        scroll_to(w.page("settings"), w.page("settings").section(ReminderBox))
        cam.shoot(w, "settings-preparation")


def main() -> int:
    return shots_main(run, "/tmp/shots-preparation", shot_ms=200)  # noqa: S108 - review shots


if __name__ == "__main__":
    sys.exit(main())
