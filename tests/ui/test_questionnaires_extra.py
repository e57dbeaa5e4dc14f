"""PCL-5 and AUDIT-C in the window: off until switched on in Settings, offered (never
forced) when a course is created for PTSD or alcohol, filled by real digit keys and
saved with Ctrl+Enter, scored with the care-team note, charted on Trends with session
markers, and in the summary."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from kapjournal import summary as S
from kapjournal.exporters import render
from kapjournal.measures import instruments
from kapjournal.preparation import course
from kapjournal.storage import queries
from kapjournal.storage.models import Course, Questionnaire
from kapjournal.ui.common import charts
from kapjournal.ui.preparation import dialogs as prep_dialogs
from tests.ui.pages import App, Checkins, CourseSetUp, Sessions, db_of
from tests.uihelpers import create_journal_via_ui, unlock_via_ui

SNAPSHOT = "A snapshot to discuss with your care team."


@pytest.fixture
def window(qtbot, make_window):  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    return w


def test_off_until_switched_on_in_settings(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    w = window
    app, checkins = App(w), Checkins(w)
    app.show("checkins")
    assert checkins.shown_questionnaires() == ["phq9", "gad7"]
    choice = app.settings_questionnaires()
    assert choice.switched_on() == []
    texts = {b.text() for b in choice.box.boxes.values()}
    assert texts == {"PCL-5 (post-traumatic stress)", "AUDIT-C (alcohol use)"}
    choice.switch_on("auditc")
    app.show("checkins")
    assert checkins.shown_questionnaires() == ["phq9", "gad7", "auditc"]
    choice = app.settings_questionnaires()
    choice.switch_on("pcl5")
    app.show("checkins")
    assert checkins.shown_questionnaires() == ["phq9", "gad7", "pcl5", "auditc"]
    assert instruments.switched_on(db_of(w)) == ["pcl5", "auditc"]
    choice = app.settings_questionnaires()
    choice.switch_off("pcl5", "auditc")
    app.show("checkins")
    assert checkins.shown_questionnaires() == ["phq9", "gad7"]
    # the choice is the journal's: it comes back after locking and unlocking
    choice = app.settings_questionnaires()
    choice.switch_on("pcl5")
    w.lock("manual")
    unlock_via_ui(qtbot, w)
    assert App(w).settings_questionnaires().switched_on() == ["pcl5"]


@pytest.mark.parametrize(
    ("inst_id", "digits", "total", "band_words"),
    [
        ("pcl5", "44444443000000000000", 31, "within the provisional cut-point range (31–33)"),
        ("pcl5", "44444442000000000000", 30, "below the provisional cut-point range (31–33)"),
        ("auditc", "300", 3, "at the cut-point often used for women (3)"),
        ("auditc", "444", 12, "at or above the usual screening cut-points"),
    ],
)
def test_filled_by_keyboard_and_scored(
    window, inst_id: str, digits: str, total: int, band_words: str
) -> None:  # type: ignore[no-untyped-def]
    w = window
    app, checkins = App(w), Checkins(w)
    app.settings_questionnaires().switch_on(inst_id)
    app.show("checkins")
    form = checkins.start_questionnaire(inst_id)
    assert form.inst.id == inst_id
    checkins.answer_by_keys(form, digits)
    assert form.answers == [int(d) for d in digits]
    result = form.result_total.text()
    assert result.startswith(f"Total {total} of {form.inst.max_total}: ") and band_words in result
    assert form.result_note.text() == SNAPSHOT
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = [q for q in queries.newest_first(db_of(w), Questionnaire) if q.instrument == inst_id]
    assert len(stored) == 1 and stored[0].total == total and stored[0].answers == [int(d) for d in digits]
    assert not form.done_button.isHidden()  # saved; Ctrl+Enter again goes back to the list
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert checkins.current_questionnaire() is None


def test_auditc_rows_show_their_own_answers(window) -> None:  # type: ignore[no-untyped-def]
    w = window
    App(w).settings_questionnaires().switch_on("auditc")
    App(w).show("checkins")
    form = Checkins(w).start_questionnaire("auditc")
    assert [r.text() for r in form.rows[1].radios] == ["1 or 2", "3 or 4", "5 or 6", "7 to 9", "10 or more"]
    assert [r.text() for r in form.rows[2].radios][-1] == "Daily or almost daily"
    assert (
        form.rows[1].text.text()
        == "2. How many standard drinks containing alcohol do you have on a typical day?"
    )


def _accept_with(monkeypatch: pytest.MonkeyPatch, act) -> list[QDialog]:  # type: ignore[no-untyped-def]
    seen: list[QDialog] = []

    def fake_exec(self):  # type: ignore[no-untyped-def]
        seen.append(self)
        act(CourseSetUp(self.parent(), self))
        self.ok_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(prep_dialogs.CourseDialog, "exec", fake_exec)
    return seen


def test_course_for_ptsd_offers_the_pcl5_and_taking_it_switches_it_on(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = window
    offered: list[list[str]] = []

    def act(setup: CourseSetUp) -> None:
        assert setup.offered() == []  # nothing before a purpose is ticked
        setup.tick_purpose("ptsd")
        offered.append(setup.offered())
        setup.take_offer("pcl5")

    _accept_with(monkeypatch, act)
    App(w).show("sessions")
    Sessions(w).widget.new_course()
    assert offered == [["pcl5"]]
    assert instruments.switched_on(db_of(w)) == ["pcl5"]
    assert Checkins(w).shown_questionnaires() == ["phq9", "gad7", "pcl5"]


def test_course_offer_left_unticked_switches_nothing_on(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = window
    seen: list[list[str]] = []

    def act(setup: CourseSetUp) -> None:
        setup.tick_purpose("alcohol")
        setup.tick_purpose("depression")
        seen.append(setup.offered())
        setup.tick_purpose("alcohol")  # untick: the offer goes away again
        seen.append(setup.offered())

    _accept_with(monkeypatch, act)
    App(w).show("sessions")
    Sessions(w).widget.new_course()
    assert seen == [["auditc"], []]
    assert instruments.switched_on(db_of(w)) == []
    assert len(course.courses(db_of(w))) == 1  # the course itself is created as always


def test_charted_with_session_markers_and_in_the_summary(window) -> None:  # type: ignore[no-untyped-def]
    w = window
    db = db_of(w)
    now = datetime.now().astimezone().replace(hour=10, minute=0, second=0, microsecond=0)
    start = now - timedelta(days=6)
    course.create_course_with_plan(
        db, Course(title="C", start_date=start.date()),
        course.default_plan(start.date(), start.timetz(), course.offset_of(start)), False, now=now,
    )  # fmt: skip
    instruments.switch_on(db, ["pcl5", "auditc"])
    from kapjournal.storage import repo

    repo.insert(db, instruments.make_record("pcl5", [2] * 20, at=now - timedelta(days=2)))
    repo.insert(db, instruments.make_record("auditc", [1, 1, 0], at=now - timedelta(days=2)))
    app, checkins = App(w), Checkins(w)
    app.show("checkins")
    checkins.show_tab("trends")
    trends = checkins.trends
    trends.refresh()
    assert trends.shown_instruments() == ["phq9", "gad7", "pcl5", "auditc"]
    for inst_id in ("pcl5", "auditc"):
        view = trends.q_views[inst_id]
        assert view.isVisibleTo(trends)
        chart = view.chart()
        names = [s.name() for s in chart.series()]
        assert any("total" in n for n in names), names
        assert (
            len(chart.series()) > len(instruments.get_instrument(inst_id).bands) + 2
        )  # bands, line, dots, marks
        assert "taken" in view.accessibleDescription()
    # the table has their columns
    titles = [trends.table_model.column_title(i) for i in range(trends.table_model.column_count())]
    assert "PCL-5" in titles and "AUDIT-C" in titles
    # the data the chart draws has the session days the markers stand on
    data = trends.data
    assert data is not None and data.sessions
    described = charts.describe_questionnaire_chart(data, "pcl5")
    assert "PCL-5 totals (0 to 80)" in described and "above the provisional cut-point range" in described
    # the summary, every format
    options = S.SummaryOptions(start.date() - timedelta(days=1), now.date())
    summary = S.build_summary(db, options)
    assert {r.instrument for r in summary.scores} == {"pcl5", "auditc"}
    for fmt in ("md", "html", "csv"):
        text = render(summary, fmt).decode("utf-8")
        assert "PCL-5" in text and "AUDIT-C" in text, fmt
        if fmt != "csv":
            assert "A provisional cut-point range of 31–33 is published" in text, fmt
    csv_text = render(summary, "csv").decode("utf-8")
    assert "item_20" in csv_text.splitlines()[0]


def test_tab_goes_round_the_new_screens(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QScrollArea

    from tests.ui.test_focus import check_chain, settle, tab_round, walk

    w = window
    App(w).settings_questionnaires().switch_on("pcl5", "auditc")
    settings_box = App(w).settings_questionnaires().box
    stops = walk(w)
    assert all(b in stops for b in settings_box.boxes.values())  # both reachable by Tab
    App(w).show("checkins")
    checkins = Checkins(w)
    checkins.show_tab("questionnaires")
    stops = tab_round(w, w.page("checkins"))
    assert all(checkins.questionnaires.start_buttons[i] in stops for i in ("pcl5", "auditc"))
    for inst_id in ("pcl5", "auditc"):
        form = checkins.start_questionnaire(inst_id)
        stops = tab_round(w, form)
        assert sum(1 for s in stops if s in form.rows[-1].radios) == 1  # one stop per question
        form.back_to_list.click()
    # the course dialog with a purpose ticked: its offer is in the chain
    dialog = prep_dialogs.CourseDialog(datetime.now().astimezone(), None, w)
    dialog.show()
    CourseSetUp(w, dialog).tick_purpose("ptsd")
    settle()
    stops = walk(dialog)
    assert dialog.purpose is not None and dialog.purpose.offers["pcl5"] in stops
    areas = dialog.findChildren(QScrollArea)
    check_chain(dialog, areas[0].widget() if areas else dialog, stops, help_button=None)
    dialog.reject()
