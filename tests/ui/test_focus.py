"""The keyboard never gets lost: on every screen and in every flow, Tab from the first
control goes round every visible control in reading order and comes back; a list
or table is one stop; "Need help now?" is among the stops wherever it is shown.
Then the two other keyboard rules (docs/ARCHITECTURE.md, "Keyboard"): Ctrl+Enter is
"save and continue" everywhere, and digits answer every scale.

The walk presses a real Tab key (``QTest.keyClick`` on the focused widget), so the
widgets' own key handling (text boxes, tables) is part of what is checked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QWidget,
)

from kapjournal.preparation import course
from kapjournal.storage import repo
from kapjournal.storage.models import Checkin, Course, Entry, Questionnaire, Session, SideEffect
from tests.ui.pages import (
    LONG_WAIT_MS,
    AccessScreens,
    App,
    Checkins,
    Journal,
    Safety,
    SafetyPlan,
    Sessions,
    db_of,
    default_passphrase,
)
from tests.uihelpers import create_journal_via_ui

#: No screen should need more Tab presses than this to go round (tables count once).
MAX_STOPS = 70
#: Pixels of slack when comparing positions (a focus frame, a baseline).
SLACK = 6


def settle() -> None:
    """Let pending layouts run, so positions are the real ones (no waiting on a clock)."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()


# -- the walk -------------------------------------------------------------------------------
def _inside_composite(widget: QWidget) -> bool:
    """A part of a bigger control (a spin box's text, a table's cell editor, a combo's
    popup, a scroll bar, a tab bar's arrows): reached through the control itself."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractItemView | QTabBar | QScrollBar):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """Every control on screen in *root* that should take Tab."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled() or (widget.isWindow() and widget is not root):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if _inside_composite(widget):
            continue
        found.append(widget)
    return found


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = widget.accessibleName() or widget.property("text") or ""
    return f"{type(widget).__name__}({text!s:.40})"


def walk(window: QWidget, start: QWidget | None = None, limit: int = MAX_STOPS * 3) -> list[QWidget]:
    """Press Tab from *start* (or the focused control) until focus comes back round;
    the controls focused, in order. Fails when it never comes back."""
    window.activateWindow()
    if start is not None:
        start.setFocus(Qt.FocusReason.TabFocusReason)
    first = QApplication.focusWidget()
    assert first is not None, "nothing has the focus"
    stops = [first]
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None, f"focus was lost after {describe(stops[-1])}"
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first:
            return stops
        stops.append(now)
    raise AssertionError(
        f"Tab never came back to {describe(first)}; went: " + ", ".join(describe(s) for s in stops[:60])
    )


@dataclass
class Box:
    widget: QWidget
    rect: QRect


def box(widget: QWidget, window: QWidget) -> Box:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return Box(widget, QRect(top_left, widget.size()))


def follows(a: QRect, b: QRect) -> bool:
    """*b* comes after *a* in reading order: further along the same line, on a later
    line, or at the top of a new column to the right."""
    same_line = b.top() < a.bottom() - SLACK and a.top() < b.bottom() - SLACK
    if same_line:
        return b.left() >= a.left() - SLACK or b.top() >= a.bottom() - SLACK
    if b.top() >= a.top() - SLACK:
        return True
    return b.left() >= a.right() - SLACK  # a column to the right


def check_chain(
    window: QWidget, region: QWidget, stops: list[QWidget], *, help_button: QWidget | None
) -> None:
    """The assertions every screen shares (see the module docstring)."""
    names = ", ".join(describe(s) for s in stops)
    assert len(stops) <= MAX_STOPS, f"{len(stops)} Tab stops: {names}"
    assert len(set(map(id, stops))) == len(stops), f"a control was reached twice: {names}"
    missing = [c for c in controls(window) if c not in stops]
    assert not missing, (
        "never reached by Tab: " + ", ".join(describe(m) for m in missing) + f"\nwent: {names}"
    )
    if help_button is not None:
        assert help_button in stops, f"Need help now? is not reached: {names}"
    # Reading order is the page's, not where scrolling left it: measure every stop
    # with the page scrolled back to the top (the walk scrolled it along the way).
    for area in window.findChildren(QScrollArea):
        area.verticalScrollBar().setValue(0)
        area.horizontalScrollBar().setValue(0)
    inside = [box(s, window) for s in stops if region is s or region.isAncestorOf(s)]
    assert inside, f"no stop inside {describe(region)}: {names}"
    # The stops go round: reading order, with one way back to the top.
    backs = [
        (a, b) for a, b in zip(inside, [*inside[1:], inside[0]], strict=True) if not follows(a.rect, b.rect)
    ]
    assert len(backs) <= 1, (
        "out of reading order: "
        + "; ".join(
            f"{describe(a.widget)} at {a.rect.getRect()} then {describe(b.widget)} at {b.rect.getRect()}"
            for a, b in backs
        )
        + f"\nwent: {names}"
    )


def tab_round(
    w: Any, region: QWidget, start: QWidget | None = None, *, help_shown: bool = True
) -> list[QWidget]:
    """Walk Tab round the window from *start* and check the chain in *region*."""
    settle()
    stops = walk(w, start)
    check_chain(w, region, stops, help_button=Safety(w).help_button if help_shown else None)
    return stops


# -- screens -------------------------------------------------------------------------------
@pytest.fixture
def journal_window(qtbot, make_window):  # type: ignore[no-untyped-def]
    w = make_window()
    w.ctx.prefs.set("safety/country", "GB")
    create_journal_via_ui(qtbot, w)
    return w


def _course(db: Any) -> list[Session]:
    """Three sessions from yesterday on, the first with an intention (so the second has
    something to look back on)."""
    now = datetime.now().astimezone()
    offset = int((now.utcoffset() or timedelta(0)).total_seconds() // 60)
    times = course.default_plan(now.date() - timedelta(days=1), time(10), offset)
    sessions = course.create_course_with_plan(db, Course(title="Spring"), times, False).sessions
    course.save_intention(db, sessions[0].id or 0, {"intention_phrase": "Meet what comes with curiosity"})
    return sessions


def test_tab_round_access_screens(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    app, access = App(w), AccessScreens(w)
    tab_round(w, app.screen_widget("welcome"))
    access.start_creating()
    tab_round(w, app.screen_widget("create"))
    access.type_new_passphrase(default_passphrase())
    access.submit_create()
    app.wait_for_screen("recovery_code", LONG_WAIT_MS)
    tab_round(w, app.screen_widget("recovery_code"))
    code = access.recovery_code()
    access.confirm_recovery_code(code.split("-")[-1])
    app.wait_for_screen("shell", LONG_WAIT_MS)
    w.lock("manual")
    app.wait_for_screen("unlock")
    tab_round(w, app.screen_widget("unlock"))
    access.forgot_passphrase()
    app.wait_for_screen("recover")
    tab_round(w, app.screen_widget("recover"))


@pytest.mark.parametrize("key", ["today", "sessions", "journal", "checkins", "summary", "settings"])
def test_tab_round_every_page(journal_window, key: str) -> None:  # type: ignore[no-untyped-def]
    w = journal_window
    _course(db_of(w))
    app = App(w)
    app.show(key)
    page = app.current_page_widget()
    if key == "checkins":
        for tab in ("checkin", "questionnaires", "side_effects", "trends", "history"):
            Checkins(w).show_tab(tab)
            tab_round(w, page)
    else:
        tab_round(w, page)


def test_tab_round_sessions_flows(journal_window) -> None:  # type: ignore[no-untyped-def]
    w = journal_window
    sessions = _course(db_of(w))
    app, page = App(w), Sessions(w)
    app.show("sessions")
    page.open_session(sessions[1].id or 0)
    tab_round(w, page.session_view)
    page.start_intention(sessions[1].id or 0)
    flow = page.intention
    assert flow.current_step() == "lookback"
    tab_round(w, flow)
    flow.begin_button.click()
    for _ in flow.flow.prompts:
        tab_round(w, flow)
        flow.flow.next_button.click()
    assert flow.current_step() == "baseline"
    tab_round(w, flow)


def test_tab_round_journal_flows(journal_window) -> None:  # type: ignore[no-untyped-def]
    w = journal_window
    sessions = _course(db_of(w))
    app, journal = App(w), Journal(w)
    app.show("journal")
    journal.write_note("A first note")
    tab_round(w, journal.widget, journal.editor)  # the note editor beside the list
    journal.press_capture()
    tab_round(w, journal.capture)
    journal.open_reflection(sessions[0].id or 0, "24h")
    reflection = journal.reflection
    for _ in reflection.flow.prompts:
        tab_round(w, reflection)
        reflection.flow.next_button.click()
    tab_round(w, reflection)  # the action step
    journal.new_thought_record()
    tab_round(w, journal.thought_record)
    journal.open_practice()
    tab_round(w, journal.practice)
    journal.open_breathing()
    tab_round(w, journal.breathing)
    journal.press_steps()
    tab_round(w, journal.steps)


def test_tab_round_questionnaire_and_safety(journal_window) -> None:  # type: ignore[no-untyped-def]
    w = journal_window
    App(w).show("checkins")
    form = Checkins(w).start_questionnaire("phq9")
    stops = tab_round(w, form)
    # each question's answers are one stop (arrows or digits inside)
    assert sum(1 for s in stops if s in form.rows[0].radios) == 1
    Safety(w).show()
    tab_round(w, App(w).screen_widget("safety"))


def test_tab_round_safety_plan_editor_and_the_page_with_a_plan(journal_window) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.measures import safety_plan

    w = journal_window
    plan = SafetyPlan(w)
    plan.open()
    stops = tab_round(w, App(w).screen_widget("safety_plan"))
    editors = [plan.editor(p) for p in safety_plan.PART_IDS]
    assert [s for s in stops if s in editors] == editors  # the seven parts in order, each one stop
    assert plan.share_box in stops and plan.save_button in stops
    plan.write("reasons", "The sea")
    ctrl_enter(plan.editor("reasons"))  # save and go back
    assert App(w).screen() == "shell" and safety_plan.read_plan(db_of(w)).items("reasons") == ("The sea",)
    Safety(w).show()
    stops = tab_round(w, App(w).screen_widget("safety"))
    assert Safety(w).edit_plan_button in stops


def test_tab_round_course_and_session_dialogs(journal_window) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.ui.preparation.dialogs import CourseDialog, SessionDialog

    w = journal_window
    sessions = _course(db_of(w))
    now = datetime.now().astimezone()
    for dialog in (CourseDialog(now, None, w), SessionDialog(db_of(w), sessions[0], now, w)):
        dialog.show()
        settle()
        stops = walk(dialog)
        # Reading order within the scrolling body (the footer buttons stay below it
        # whatever the scroll); every control, footer included, must still be reached.
        areas = dialog.findChildren(QScrollArea)
        body = areas[0].widget() if areas else dialog
        check_chain(dialog, body, stops, help_button=None)  # a dialog is modal: help waits
        dialog.reject()
        dialog.deleteLater()


# -- Ctrl+Enter: save and continue -------------------------------------------------------------
def test_ctrl_enter_saves_every_course_and_session_dialog(journal_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from kapjournal.ui.preparation.dialogs import CourseDialog, SessionDialog

    w = journal_window
    db = db_of(w)
    sessions = _course(db)
    now = datetime.now().astimezone()
    existing = course.courses(db)[0]
    new_session = Session(course_id=existing.id, scheduled_at=sessions[-1].scheduled_at + timedelta(days=3))
    makers = {
        "new course": lambda: CourseDialog(now, None, w),
        "course": lambda: CourseDialog(now, existing, w),
        "new session": lambda: SessionDialog(db, new_session, now, w),
        "session": lambda: SessionDialog(db, sessions[0], now, w),
    }
    for what, make in makers.items():
        dialog = make()
        fields = [dialog.findChildren(QLineEdit)[0], *dialog.findChildren(QPlainTextEdit)]
        for field in fields:  # from a line and from a text field (where Enter is a new line)
            dialog.setResult(0)
            dialog.show()
            dialog.activateWindow()
            settle()
            ctrl_enter(field)
            assert dialog.result() == QDialog.DialogCode.Accepted, (what, type(field).__name__)
        dialog.deleteLater()


def ctrl_enter(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClick(
        QApplication.focusWidget() or widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )


def test_ctrl_enter_saves_and_continues_everywhere(journal_window) -> None:  # type: ignore[no-untyped-def]
    w = journal_window
    db = db_of(w)
    sessions = _course(db)
    app, journal, checkins = App(w), Journal(w), Checkins(w)

    # the check-in: a digit, then Ctrl+Enter from the note saves it
    app.show("checkins")
    form = checkins.form
    QTest.keyClick(form.scales["mood"], Qt.Key.Key_6)
    ctrl_enter(form.note)
    assert repo.count(db, Checkin) == 1 and "Saved" in checkins.checkin_message()

    # a questionnaire: Ctrl+Enter saves a complete one, then goes back to the list
    q = checkins.start_questionnaire("gad7")
    for row in q.rows:
        row.radios[0].click()
    ctrl_enter(q.rows[-1].radios[0])
    assert repo.count(db, Questionnaire) == 1
    ctrl_enter(q.done_button)
    assert checkins.current_questionnaire() is None

    # the side effects form
    checkins.show_tab("side_effects")
    se = checkins.side_effects
    se.choose(next(iter(se.cat.symptoms)), 1)
    ctrl_enter(se.note)
    assert repo.count(db, SideEffect) == 1

    # the intention flow: Next through the prompts (the last one says Next: the mood
    # step follows), a digit on the mood step, then Ctrl+Enter saves
    app.show("sessions")
    Sessions(w).start_intention(sessions[1].id or 0)
    flow = Sessions(w).intention
    ctrl_enter(flow.begin_button)
    assert flow.current_step() == "prompts"
    prompts = flow.flow
    for i, _ in enumerate(prompts.prompts):
        assert prompts.next_button.text() == "Next", f"prompt {i + 1} is not the end"
        prompts.inputs[prompts.index].focus()
        ctrl_enter(QApplication.focusWidget())
    assert flow.current_step() == "baseline"
    flow.baseline.focus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_7)
    assert flow.baseline.value() == 7
    ctrl_enter(QApplication.focusWidget())
    assert course.baseline_for(db, sessions[1].id or 0) is not None
    assert course.intention_for(db, sessions[1].id or 0) is not None

    # the thought record: Ctrl+Enter saves it and goes back to the journal
    app.show("journal")
    journal.new_thought_record()
    record = journal.thought_record
    record.situation.setPlainText("The bus was late")
    entries = repo.count(db, Entry)
    ctrl_enter(record.situation)
    assert repo.count(db, Entry) == entries + 1
    assert journal.showing() == "timeline"

    # the capture: Ctrl+Enter goes through every prompt and saves at the end
    journal.press_capture()
    capture = journal.capture
    capture.flow.inputs[0].set_value("Warm light")
    for _ in capture.flow.prompts:
        ctrl_enter(capture.flow.next_button)
    assert repo.count(db, Entry) == entries + 2 and journal.showing() == "timeline"

    # the reflection: the prompts, then the action step, where Ctrl+Enter saves
    journal.open_reflection(sessions[0].id or 0, "24h")
    reflection = journal.reflection
    reflection.flow.inputs[0].set_value("Quieter")
    for _ in reflection.flow.prompts:
        assert reflection.flow.next_button.text() == "Next"
        ctrl_enter(reflection.flow.next_button)
    ctrl_enter(reflection.action.text)
    assert repo.count(db, Entry) == entries + 3 and journal.showing() == "timeline"

    # a practice note
    journal.open_practice()
    card = journal.practice.decentering
    card.editor.setPlainText("Thoughts passed like clouds")
    ctrl_enter(card.editor)
    assert repo.count(db, Entry) == entries + 4

    # the journal's note editor: save, then back to the list on the saved note
    journal.new_note()
    journal.write("A free note")
    ctrl_enter(journal.editor)
    assert repo.count(db, Entry) == entries + 5
    assert QApplication.focusWidget() is journal.entry_list


# -- digits on every scale ------------------------------------------------------------------
def test_digits_answer_every_scale(journal_window) -> None:  # type: ignore[no-untyped-def]
    w = journal_window
    sessions = _course(db_of(w))
    app, checkins = App(w), Checkins(w)
    app.show("checkins")
    form = checkins.form
    # check-in scales: a digit, arrows, Enter moves on; after the last, the next control
    rows = list(form.scales.values())
    rows[0].setFocus()
    for digit, row in zip((Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_8), rows, strict=True):
        assert QApplication.focusWidget() is row
        QTest.keyClick(row, digit)
        QTest.keyClick(row, Qt.Key.Key_Return)
    assert [r.value() for r in rows] == [3, 4, 5, 8]
    after = QApplication.focusWidget()
    assert after is not None and after not in rows and after is not form.save_button
    QTest.keyClick(rows[0], Qt.Key.Key_Right)
    assert rows[0].value() == 4

    # questionnaire answers 0-3: the digit picks the answer
    q = checkins.start_questionnaire("phq9")
    q.rows[0].focus_answer()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert q.rows[0].value() == 2

    # the intention flow's mood step: one stop, digits, arrows, Home/End
    app.show("sessions")
    Sessions(w).start_intention(sessions[0].id or 0)
    flow = Sessions(w).intention
    flow.flow.set_index(len(flow.flow.prompts) - 1)
    flow.flow.next_button.click()
    assert flow.current_step() == "baseline"
    flow.baseline.focus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    assert flow.baseline.value() == 4
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert flow.baseline.value() == 5
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    assert flow.baseline.value() == 10
    stops = walk(w)
    assert sum(1 for s in stops if s in flow.baseline.group.buttons()) == 1

    # the thought record's 0-100 % ratings take typed numbers
    app.show("journal")
    Journal(w).new_thought_record()
    record = Journal(w).thought_record
    spin = record.mood_rows[0].before
    spin.setFocus(Qt.FocusReason.TabFocusReason)
    spin.selectAll()
    QTest.keyClicks(spin, "40")
    assert spin.value() == 40
