"""The measures flows a patient clicks through: check-in, PHQ-9/GAD-7, the safety
screen (and its "Need help now?" button on every page), side effects, trends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from kapjournal.measures import checkins, safety
from kapjournal.prefs import CHECKINS_EXTRAS
from kapjournal.storage import repo
from kapjournal.storage.models import Checkin, Course, Questionnaire, Session, SideEffect
from tests.conftest import CANARY
from tests.ui.pages import App, Checkins, Safety, SafetyPlan, db_of
from tests.uihelpers import create_journal_via_ui


def _open(qtbot, make_window, country: str | None = "GB"):  # type: ignore[no-untyped-def]
    w = make_window()
    if country is not None:
        w.ctx.prefs.set("safety/country", country)
    create_journal_via_ui(qtbot, w)
    return w


# -- PHQ-9 item 9 → safety screen (the Done-when test) ------------------------------------
def test_phq9_item9_shows_safety_screen_with_country_line(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window, "GB")
    w.shell.show_page("checkins")
    page = Checkins(w)
    form = page.start_questionnaire("phq9")
    assert form is not None and form.inst.id == "phq9"
    for i in range(8):
        form.rows[i].radios[0].click()
    assert not Safety(w).shown()
    form.rows[8].radios[1].click()  # item 9 = 1 ("Several days")
    assert Safety(w).shown()
    text = Safety(w).text()
    assert "116 123" in text  # Samaritans, the GB line
    assert "999" in text  # the UK emergency number
    assert "alerts" in text.lower() or "does not alert anyone" in text
    # Never blocks: Back returns to the questionnaire, answers intact, and it can be saved.
    Safety(w).back()
    assert App(w).screen() == "shell"
    assert page.current_questionnaire() is form
    assert form.answers[8] == 1
    saved = form.save()
    assert saved is not None and saved.answers[8] == 1 and saved.total == 1
    assert repo.count(db_of(w), Questionnaire) == 1


def test_item9_zero_does_not_show_safety(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    form = Checkins(w).open_questionnaire("phq9")
    for i in range(8):
        form.rows[i].radios[2].click()
    form.rows[8].radios[0].click()
    assert not Safety(w).shown()
    assert form.result().total == 16
    assert "moderately severe" in form.result_total.text()
    assert form.result_note.text() == "A snapshot to discuss with your care team."


def test_half_done_questionnaire_is_a_draft_never_complete(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    form = Checkins(w).open_questionnaire("gad7")
    for i in range(4):
        form.rows[i].radios[3].click()
    assert form.save() is None
    assert "draft" in form.message.text().lower()
    assert not form.result_frame.isVisibleTo(form)
    db = db_of(w)
    assert repo.count(db, Questionnaire) == 0
    draft = repo.load_draft(db, "questionnaire:gad7")
    assert draft is not None and draft.payload["answers"][:5] == [3, 3, 3, 3, None]
    # Lock and unlock: the answers come back, still not scored.
    w.lock("manual")
    assert form.answers == [None] * 7
    from tests.uihelpers import unlock_via_ui

    unlock_via_ui(qtbot, w)
    assert form.answers[:4] == [3, 3, 3, 3] and form.answers[4] is None
    assert form.recovered.isVisibleTo(form)
    assert repo.count(db_of(w), Questionnaire) == 0
    assert "Continue" in Checkins(w).start_button_text("gad7")


def test_one_at_a_time_is_remembered(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    panel = Checkins(w).questionnaires
    form = panel.open_form("phq9")
    form.layout_toggle.setChecked(True)
    assert form.rows[0].isVisibleTo(form) and not form.rows[1].isVisibleTo(form)
    form.rows[0].radios[1].click()  # answering moves on
    assert form.current == 1 and form.rows[1].isVisibleTo(form)
    assert repo.get_setting(db_of(w), "questionnaires/one_at_a_time") is True
    w.lock("manual")
    from tests.uihelpers import unlock_via_ui

    unlock_via_ui(qtbot, w)
    assert Checkins(w).questionnaire_form("gad7").layout_toggle.isChecked()


def test_questionnaire_digit_keys_answer(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    form = Checkins(w).open_questionnaire("gad7")
    form.rows[0].radios[0].setFocus()
    qtbot.keyClick(form.rows[0].radios[0], Qt.Key.Key_2)
    assert form.answers[0] == 2


# -- check-ins ----------------------------------------------------------------------------
def test_checkin_keyboard_only(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    qtbot.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    form = Checkins(w).form
    assert w.shell.current_key() == "checkins"
    assert Checkins(w).tab() == "checkin"
    mood = form.scales["mood"]
    assert mood.hasFocus() or form.focusWidget() is mood
    for key in (
        Qt.Key.Key_7,
        Qt.Key.Key_Return,
        Qt.Key.Key_3,
        Qt.Key.Key_Return,
        Qt.Key.Key_6,
        Qt.Key.Key_Return,
        Qt.Key.Key_1,
        Qt.Key.Key_0,
    ):
        qtbot.keyClick(form.focusWidget(), key)
    assert form.values() == {"mood": 7, "anxiety": 3, "energy": 6, "sleep": 10}
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    rows = repo.select(db_of(w), Checkin)
    assert len(rows) == 1
    c = rows[0]
    assert (c.mood, c.anxiety, c.energy, c.sleep) == (7, 3, 6, 10)
    assert "Saved" in Checkins(w).checkin_message()
    assert not Safety(w).shown()


def test_checkin_mouse_with_feelings_and_note(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    page = Checkins(w)
    page.open_checkin()
    form = page.form
    page.check_in(mood=4, anxiety=2, feelings=["calm"], note=f"a quiet morning {CANARY}")
    c = repo.select(db_of(w), Checkin)[0]
    assert c.mood == 4 and c.anxiety == 2 and c.energy is None and c.feelings == ["calm"]
    assert c.note == f"a quiet morning {CANARY}"
    assert form.values()["mood"] is None  # reset for the next one
    assert Checkins(w).history_count() == 1


def test_lowest_mood_checkin_shows_safety_page(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window, "US")
    Checkins(w).open_checkin()
    Checkins(w).check_in(mood=0)
    assert repo.select(db_of(w), Checkin)[0].mood == 0
    assert Safety(w).shown()
    assert "988" in Safety(w).numbers() and "911" in Safety(w).numbers()
    Safety(w).back_top()
    assert App(w).screen() == "shell" and w.shell.current_key() == "checkins"


def test_checkin_without_mood_refused(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    form = Checkins(w).form
    form.scales["anxiety"].buttons[5].click()
    assert form.save() is None
    assert "mood" in form.message.text().lower()
    assert repo.count(db_of(w), Checkin) == 0


def test_out_of_range_values_refused(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    form = Checkins(w).form
    form.scales["mood"].set_value(11)  # the widget ignores it
    assert form.values()["mood"] is None
    db = db_of(w)
    repo.set_setting(db, CHECKINS_EXTRAS.key, ["days_since_use"])
    form.reload_settings()
    extra = form.extra_inputs[0]
    assert extra.item.id == "days_since_use"
    assert extra.box is not None and extra.box.maximum() == 36500
    extra.box.setValue(99999)  # clamped by the box
    assert extra.value() == 36500
    # And storage refuses what a widget would never send.
    from kapjournal.storage.errors import InvalidData

    with pytest.raises(InvalidData):
        repo.insert(db, Checkin(mood=12))
    with pytest.raises(InvalidData):
        repo.insert(db, Questionnaire(instrument="phq9", answers=[4] + [0] * 8, total=4))
    assert repo.count(db, Checkin) == 0


def test_extra_items_from_settings_appear_and_are_saved(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    s = Checkins(w).settings
    s.extra_checks["pain"].setChecked(True)
    s.custom_name.setText("Time outdoors")
    s.custom_max.setValue(120)
    s.add_custom.click()
    form = Checkins(w).form
    ids = [e.item.id for e in form.extra_inputs]
    assert ids[0] == "pain" and ids[1].startswith("custom_")
    form.scales["mood"].set_value(6)
    form.extra_inputs[0].set_value(3)
    form.extra_inputs[1].set_value(45)
    c = form.save()
    assert c is not None and c.extras == {"pain": 3, ids[1]: 45}


def test_checkin_reminder_pref_and_notification(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    s = Checkins(w).settings
    s.reminder_on.setChecked(True)
    assert checkins.reminder_time(db_of(w)) == (20, 0)
    assert len(Checkins(w).reminders) == 2
    first = Checkins(w).reminders[0]
    Checkins(w).check_reminders(first + timedelta(seconds=1))
    assert w.tray.notified == ["A reminder from KAP Journal"]
    assert len(Checkins(w).reminders) == 2 and Checkins(w).reminders[0] > first


# -- the safety page from everywhere --------------------------------------------------------
def test_help_button_works_on_unlock_page_without_journal_data(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window, "DE")
    db = db_of(w)
    repo.insert(db, Course(title="c", care_name="Dr. Care", care_phone="+49 30 1234"))
    repo.set_setting(db, "safety/plan", [f"walk by the lake {CANARY}"])
    w.lock("manual")
    assert App(w).screen() == "unlock"
    corner = App(w).menu_corner()
    assert corner is Safety(w).help_button and corner.isVisibleTo(w)
    corner.click()
    assert Safety(w).shown()
    text = Safety(w).text()
    assert "0800 111 0 111" in text and "112" in text
    assert "+49 30 1234" not in text and CANARY not in text  # no journal data when locked
    Safety(w).back()
    assert App(w).screen() == "unlock"


def test_help_button_from_welcome_and_shell(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    assert App(w).screen() == "welcome"
    Safety(w).need_help()
    assert Safety(w).shown()
    Safety(w).back()
    assert App(w).screen() == "welcome"
    create_journal_via_ui(qtbot, w)
    w.shell.show_page("journal")
    Safety(w).help_action.trigger()  # the tray menu entry
    assert Safety(w).shown()
    Safety(w).back()
    assert App(w).screen() == "shell" and w.shell.current_key() == "journal"


def test_unknown_country_falls_back_to_emergency_wording_and_care_team(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window, "ZZ")
    repo.insert(db_of(w), Course(title="c", care_name="Dr. Care", care_phone="+1 555 0199"))
    Safety(w).need_help()
    text = Safety(w).text()
    assert "your local emergency number" in text
    assert "can tell you the nearest crisis line" in text  # how to find a local line
    assert "+1 555 0199" in text and "Dr. Care" in text
    assert "116 123" not in text and "988" not in text


def test_safety_settings_country_and_steps(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(safety, "system_country", lambda: "")  # a locale without a country
    w = _open(qtbot, make_window, None)
    s = Safety(w).settings
    assert s.country.currentData() == safety.OTHER_COUNTRY  # nothing chosen, nothing to guess
    s.country.setCurrentIndex(s.country.findData("AU"))
    assert w.ctx.prefs.get("safety/country") == "AU"
    App(w).show("settings")
    s.edit_plan.click()  # Settings' way to the safety plan
    plan = SafetyPlan(w)
    assert plan.shown()
    plan.write("on_my_own", "Breathe slowly\n\n  Call my sister  \n")
    plan.save_and_back()
    assert App(w).screen() == "shell" and App(w).page() == "settings"
    assert repo.get_setting(db_of(w), "safety/plan") == ["Breathe slowly", "Call my sister"]
    Safety(w).show()
    text = Safety(w).text()
    assert "13 11 14" in text and "000" in text
    assert "1. Breathe slowly" in text and "2. Call my sister" in text


def test_lock_while_on_safety_page_clears_it(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    repo.insert(db_of(w), Course(title="c", care_phone="+44 20 7946 0000"))
    Safety(w).show()
    assert "+44 20 7946 0000" in Safety(w).numbers()
    w.lock("manual")
    assert App(w).screen() == "unlock"
    assert "+44 20 7946 0000" not in Safety(w).text()


# -- side effects --------------------------------------------------------------------------
def test_side_effect_with_blood_pressure_and_severe_advice(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    db = db_of(w)
    course = repo.insert(db, Course(title="c", care_name="Dr. Care", care_phone="+1 555 0100"))
    repo.insert(
        db,
        Session(course_id=course.id or 0, scheduled_at=datetime.now(UTC) - timedelta(hours=3), status="done"),
    )
    w.data_changed.emit("session")
    form = Checkins(w).side_effects
    assert form.session.count() == 2 and isinstance(form.session.currentData(), int)
    form.choose("raised_bp", 1)
    assert form.bp_box.isVisibleTo(form)
    form.systolic.setValue(150)
    form.save_button.click()
    assert "both" in form.message.text()  # one number alone is refused
    form.diastolic.setValue(95)
    form.save_button.click()
    se = repo.select(db, SideEffect)[0]
    assert (se.bp_systolic, se.bp_diastolic, se.severity) == (150, 95, 1)
    assert form.advice.text() == "Tell your care team."
    form.choose("headache", 3)
    form.save_button.click()
    assert form.advice.text() == "Please contact your care team."
    assert form.advice_phone.text() == "+1 555 0100" and form.advice_frame.property("role") == "urgent"
    assert form.history.rowCount() == 2


# -- trends and Today -----------------------------------------------------------------------
def test_trends_page_with_demo_data_table_toggle(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.sample.build import build_demo

    w = _open(qtbot, make_window)
    build_demo(db_of(w), days=90)
    w.shell.show_page("checkins")
    page = Checkins(w)
    page.show_tab("trends")
    trends = page.trends
    assert trends.data is not None and trends.data.unit == "day"
    assert len(trends.data.sessions) == 3
    names = {s.name() for s in trends.mood_view.chart().series()}
    assert {"Mood", "Anxiety", "Ketamine session"} <= names
    trends.as_table.setChecked(True)
    assert trends.stack.currentWidget() is trends.table
    assert trends.table_model.rowCount() >= 85
    trends.range_buttons["all"].click()
    assert trends.range_kind == "all"
    trends.range_buttons["2w"].click()
    assert trends.table_model.rowCount() == 14
    assert any(
        "Session" in str(trends.table_model.data(trends.table_model.index(r, 5)))
        for r in range(trends.table_model.rowCount())
    )


def test_today_cards_for_checkin_and_due_questionnaire(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("kapjournal.ui.today")
    w = _open(qtbot, make_window)
    db = db_of(w)
    course = repo.insert(db, Course(title="c"))
    now = datetime.now().astimezone()  # one reading of the clock: no midnight between two
    repo.insert(db, Session(course_id=course.id or 0, scheduled_at=now.astimezone(UTC) + timedelta(days=3)))
    cards = Checkins(w).checkin_cards(db, now)
    assert [c.key for c in cards] == ["checkin:today"]
    due = Checkins(w).questionnaire_cards(db, now)
    assert len(due) == 1  # one card for both, Today stays short
    assert "PHQ-9" in due[0].title and "GAD-7" in due[0].title
    due[0].on_action()
    assert Checkins(w).current_questionnaire() is not None
    repo.insert(db, Checkin(mood=5, at_utc=now.astimezone(UTC), tz_offset_min=checkins_offset()))
    assert Checkins(w).checkin_cards(db, now) == []


def checkins_offset() -> int:
    from kapjournal.storage.models import local_offset_min

    return local_offset_min()


def test_history_pages_many_checkins(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    db = db_of(w)
    base = datetime(2024, 3, 1, 8, tzinfo=UTC)
    with db.transaction():
        for i in range(450):
            repo.insert(db, Checkin(mood=i % 11, at_utc=base + timedelta(minutes=10 * i)))
    hist = Checkins(w).history
    hist.refresh()
    assert hist.model.rowCount() == 200
    while hist.model.canFetchMore():
        hist.model.fetchMore()
    assert hist.model.rowCount() == 450
    assert date(2024, 3, 1) <= checkins.local_day(hist.model.rows[-1])
