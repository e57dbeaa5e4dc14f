"""Before a session: Today, the course and its sessions, the intention flow, the
checklist, reminders and prompt packs — the flows a patient clicks through, plus the
domain helpers they use."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kapjournal import prompts
from kapjournal.prefs import PROMPTS_IMPORTED
from kapjournal.preparation import checklist, course
from kapjournal.preparation import today as today_rules
from kapjournal.storage import repo
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.models import Checkin, Commitment, Course, Entry, Session
from kapjournal.ui.main_window import MainWindow
from kapjournal.ui.preparation import dialogs as prep_dialogs
from tests.conftest import CANARY
from tests.ui.pages import AccessScreens, App, Sessions, Settings, Today, db_of
from tests.uihelpers import create_journal_via_ui, unlock_via_ui

# A fixed "now" in this computer's own zone (what Today calls today).
NOW = datetime(2031, 3, 3, 9, 0).astimezone()


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _window(qtbot, make_window, now: datetime = NOW) -> tuple[MainWindow, Clock]:  # type: ignore[no-untyped-def]
    w = make_window()
    clock = Clock(now)
    w.ctx.clock = clock
    create_journal_via_ui(qtbot, w)
    w.shell.show_page("today")
    return w, clock


def _accept_as_is(monkeypatch: pytest.MonkeyPatch, cls: type, fill=None) -> list[QDialog]:  # type: ignore[no-untyped-def]
    """Run the real dialog without its modal loop: optionally fill it, then press OK."""
    seen: list[QDialog] = []

    def fake_exec(self):  # type: ignore[no-untyped-def]
        seen.append(self)
        if fill is not None:
            fill(self)
        self.ok_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def _make_course(db, start: datetime, count: int = 3) -> list[Session]:  # type: ignore[no-untyped-def]
    result = course.create_course_with_plan(
        db,
        Course(title="Test course", start_date=start.date()),
        course.default_plan(start.date(), start.timetz(), course.offset_of(start))[:count],
        count > 3,
        now=start,
    )
    return result.sessions


# -- the Done-when path -------------------------------------------------------------------------
def test_new_patient_course_intention_checklist_and_session_day(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w, clock = _window(qtbot, make_window)
    today = Today(w)
    assert "no_course:" in today.card_keys()
    # Create the course from the default plan, changing nothing.
    dialogs = _accept_as_is(monkeypatch, prep_dialogs.CourseDialog)
    today.card("no_course").action.click()
    assert len(dialogs) == 1
    assert w.shell.current_key() == "sessions"
    db = db_of(w)
    sessions = course.sessions_of(db, course.courses(db)[0].id or 0)
    assert len(sessions) == 3 and all(s.kind == "ketamine" for s in sessions)
    gaps = [(b.scheduled_at - a.scheduled_at).days for a, b in pairwise(sessions)]
    assert all(2 <= g <= 4 for g in gaps)
    # Session 1 is tomorrow: Today offers to set the intention.
    w.shell.show_page("today")
    card = today.card("session_soon")
    assert card is not None and "Session 1 is tomorrow" in card.title.text()
    card.action.click()
    page = Sessions(w)
    assert page.showing() == "intention"
    flow = page.intention.flow
    assert flow is not None and flow.index == 0
    assert page.intention.current_step() == "prompts"  # nothing to look back on yet
    flow.inputs[0].value()  # first question shown, large and empty
    qtbot.keyClicks(flow.input_for("what_brings_me")._text, "Feeling far away ")
    flow.input_for("what_brings_me")._text.insertPlainText(f"{CANARY} 🌿")  # QTest cannot type emoji
    flow.skip_button.click()  # skippable
    while flow.input_for("intention_phrase") is not flow.inputs[flow.index]:
        flow.next_button.click()
    flow.input_for("intention_phrase")._line.setText("Meet what comes with curiosity")
    flow.next_button.click()
    flow.input_for("anchor")._line.setText("Breathe")
    flow.next_button.click()  # Finish -> the baseline check-in
    assert page.intention.current_step() == "baseline"
    page.intention.baseline.group.button(6).click()
    page.intention.save_button.click()
    entry = course.intention_for(db, sessions[0].id or 0)
    assert entry is not None
    assert entry.title == "Meet what comes with curiosity"
    assert entry.answers["what_brings_me"] == f"Feeling far away {CANARY} 🌿"
    assert "hope_to_understand" not in entry.answers
    assert (entry.pack_id, entry.pack_version) == ("kapjournal.intention", "1")
    baseline = repo.select(db, Checkin, "context = 'baseline'")
    assert [(c.mood, c.session_id) for c in baseline] == [(6, sessions[0].id)]
    assert repo.load_draft(db, f"intention:{sessions[0].uid}") is None
    # The session page shows the intention and the checklist; tick two items.
    assert page.showing() == "session"
    assert page.intention_phrase() == "Meet what comes with curiosity"
    rows = page.checklist.rows
    assert len(rows) >= 5
    rows[0].check.click()
    rows[1].text.clicked.emit()  # clicking the words ticks too
    ticked = [i.id for i, on in checklist.items_for_session(db, sessions[0].id or 0) if on]
    assert ticked == [rows[0].item.id, rows[1].item.id]
    assert page.checklist.progress.text().startswith("2 of")
    # Session day: Today shows the intention; the calm read view opens full window.
    clock.now = sessions[0].scheduled_at.astimezone() - timedelta(hours=2)
    w.shell.show_page("today")
    card = today.card("session_day")
    assert card is not None and card.action.text() == "Read my intention"
    card.action.click()
    read = page.read_view
    assert App(w).screen() == "read_view"
    assert read.phrase.text() == "Meet what comes with curiosity"
    assert read.anchor.text() == "Breathe"
    assert read.phrase.textFormat() == Qt.TextFormat.PlainText
    assert CANARY not in w.windowTitle()
    qtbot.keyClick(read, Qt.Key.Key_Escape)
    assert App(w).screen() == "shell"
    assert read.phrase.text() == ""


# -- Today states --------------------------------------------------------------------------------
def test_today_no_course_days_before_and_session_day(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, clock = _window(qtbot, make_window)
    assert "no_course:" in Today(w).card_keys()
    assert "Set up your course" in Today(w).card("no_course").action.text()
    db = db_of(w)
    sessions = _make_course(db, NOW + timedelta(days=3))
    w.data_changed.emit("session")
    card = Today(w).card("session_soon")
    assert card is not None and card.title.text() == "Session 1 is in 3 days"
    assert card.action.text() == "Set your intention"
    course.save_intention(db, sessions[0].id or 0, {"intention_phrase": "Soft belly"})
    clock.now = NOW + timedelta(days=3, hours=-1)
    Today(w).refresh()
    mine = [k for k in Today(w).card_keys() if k.split(":")[0] in today_rules.TODAY_KINDS]
    assert mine == [f"session_day:{sessions[0].id}"]
    # Day after: a clean hook the integration feature can take over.
    clock.now = NOW + timedelta(days=4, hours=3)
    Today(w).refresh()
    after = Today(w).card("day_after")
    assert after is not None and after.title.text() == "Day 1 after Session 1"
    called = []
    Today(w).set_action_handler(
        "day_after", lambda item: called.append((item.session_id, item.params["step"]))
    )
    after.action.click()
    assert called == [(sessions[0].id, "24h")]


def test_today_shows_top_cards_by_priority_and_survives_a_broken_provider(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.ui.today import TodayCard

    w, _ = _window(qtbot, make_window)
    hits = []

    def broken(db, now):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    def many(db, now):  # type: ignore[no-untyped-def]
        return [
            TodayCard(f"x{n}", "T", "t", "Go", lambda n=n: hits.append(n), priority=n) for n in (999, 0, 1)
        ]

    Today(w).add_provider(broken)
    Today(w).add_provider(many)
    keys = Today(w).card_keys()
    assert len(keys) == 3 and keys[:2] == ["x0", "x1"] and "x999" not in keys
    Today(w).card("x1").action.click()
    assert hits == [1]


# -- the intention flow ----------------------------------------------------------------------------
def test_intention_flow_resumes_after_lock_with_text_intact(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _ = _window(qtbot, make_window)
    db = db_of(w)
    sessions = _make_course(db, NOW + timedelta(days=2))
    Sessions(w).start_intention(sessions[0].id or 0)
    flow = Sessions(w).intention
    flow.flow.next_button.click()
    flow.flow.next_button.click()
    words = f"Willing to meet the sadness {CANARY} שלום"
    flow.flow.inputs[2]._text.setPlainText(words)
    w.lock("manual")  # before the 2-second autosave fires
    assert flow.flow is None
    assert App(w).screen() == "unlock"
    unlock_via_ui(qtbot, w)
    page = Sessions(w)
    assert page.showing() == "intention"  # reopened where it was left
    assert page.intention.flow.index == 2
    assert page.intention.flow.inputs[2].value() == words
    page.intention.close_button.click()  # close for now: kept as a draft
    assert page.showing() == "session"
    page.start_intention(sessions[0].id or 0)
    assert page.intention.flow.index == 2 and page.intention.flow.inputs[2].value() == words


def test_second_session_shows_previous_intention_notes_and_open_steps(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _ = _window(qtbot, make_window)
    db = db_of(w)
    sessions = _make_course(db, NOW - timedelta(days=2))
    course.save_intention(
        db, sessions[0].id or 0, {"intention_phrase": "Listen to the younger me", "anchor": "Soft"}
    )
    repo.insert(db, Entry(kind="note", body="Walked by the river", occurred_at=NOW - timedelta(days=1)))
    repo.insert(db, Commitment(text="Call my sister", session_id=sessions[0].id))
    Sessions(w).start_intention(sessions[1].id or 0)
    flow = Sessions(w).intention
    assert flow.current_step() == "lookback"
    texts = [lab.text() for lab in flow.lookback.findChildren(type(flow.title))]
    assert "Listen to the younger me" in texts
    assert any("Walked by the river" in t for t in texts)
    assert any("Call my sister" in t for t in texts)
    flow.begin_button.click()
    assert flow.current_step() == "prompts"


def test_imported_intention_pack_is_used_and_recorded(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w, _ = _window(qtbot, make_window)
    db = db_of(w)
    sessions = _make_course(db, NOW + timedelta(days=2))
    pack_file = tmp_path / "mine.toml"
    pack_file.write_text(
        'id = "dr.lee.intention"\nversion = "2"\nlanguage = "en"\nkind = "intention"\n'
        'title = "Dr Lee: intention"\ntitle_prompt = "phrase"\n\n'
        '[[prompts]]\nid = "phrase"\ntext = "Your phrase"\ninput = "phrase"\n',
        encoding="utf-8",
    )
    box = Settings(w).prompt_packs
    assert box.import_file(pack_file)
    box.intention_pack.setCurrentIndex(box.intention_pack.findData("dr.lee.intention"))
    box.intention_pack.activated.emit(box.intention_pack.currentIndex())
    Sessions(w).start_intention(sessions[0].id or 0)
    flow = Sessions(w).intention
    assert [p.id for p in flow.flow.prompts] == ["phrase"]
    flow.flow.inputs[0]._line.setText("Let it be enough")
    flow.flow.next_button.click()
    flow.baseline_skip.click()
    entry = course.intention_for(db, sessions[0].id or 0)
    assert entry is not None and (entry.pack_id, entry.pack_version, entry.title) == (
        "dr.lee.intention",
        "2",
        "Let it be enough",
    )
    assert repo.count(db, Checkin, "context = 'baseline'") == 0  # skipped


# -- sessions -----------------------------------------------------------------------------------
def test_delete_session_with_entries_keep_or_remove(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w, _ = _window(qtbot, make_window)
    db = db_of(w)
    sessions = _make_course(db, NOW + timedelta(days=2))
    first, second = sessions[0].id or 0, sessions[1].id or 0
    kept = course.save_intention(db, first, {"intention_phrase": "Keep me"})
    gone = course.save_intention(db, second, {"intention_phrase": "Remove me"})
    checklist.add_question(db, "A question", second)
    asked = []
    page = Sessions(w)

    def answer(choice):  # type: ignore[no-untyped-def]
        def ask(parent, count):  # type: ignore[no-untyped-def]
            asked.append(count)
            return choice

        return ask

    monkeypatch.setattr(prep_dialogs, "ask_delete_session", answer(None))
    page.open_session(first)
    page.delete_session()
    assert repo.get(db, Session, first) is not None  # cancelled: nothing changed
    monkeypatch.setattr(prep_dialogs, "ask_delete_session", answer("keep"))
    page.delete_session()
    assert repo.get(db, Session, first) is None
    still = repo.get(db, Entry, kept.id or 0)
    assert still is not None and still.session_id is None
    assert "kept" in page.message()
    monkeypatch.setattr(prep_dialogs, "ask_delete_session", answer("remove"))
    page.open_session(second)
    page.delete_session()
    assert repo.get(db, Entry, gone.id or 0) is None
    assert repo.count(db, Entry, "kind = 'question'") == 0
    assert asked == [1, 1, 2]
    assert page.showing() == "timeline"


def test_delete_course_asks_about_writing(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w, _ = _window(qtbot, make_window)
    db = db_of(w)
    sessions = _make_course(db, NOW + timedelta(days=2))
    kept = course.save_intention(db, sessions[0].id or 0, {"intention_phrase": "Keep me"})
    page = Sessions(w)
    page.reload()
    course_id = sessions[0].course_id
    monkeypatch.setattr(prep_dialogs, "ask_delete_course", lambda parent, count: None)
    page.delete_course(course_id)
    assert repo.get(db, Course, course_id) is not None  # cancelled: nothing changed
    counts: list[int] = []

    def keep(parent, count):  # type: ignore[no-untyped-def]
        counts.append(count)
        return "keep"

    monkeypatch.setattr(prep_dialogs, "ask_delete_course", keep)
    page.delete_course(course_id)
    assert counts == [1]
    assert repo.get(db, Course, course_id) is None
    assert repo.count(db, Session, "course_id = ?", (course_id,)) == 0
    still = repo.get(db, Entry, kept.id or 0)
    assert still is not None and still.session_id is None
    assert "kept" in page.message()


def test_add_session_in_the_past_and_overlapping_warns_but_saves(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w, _ = _window(qtbot, make_window)
    db = db_of(w)
    sessions = _make_course(db, NOW + timedelta(days=2))
    page = Sessions(w)
    page.reload()
    warnings_seen = []

    def fill(dialog):  # type: ignore[no-untyped-def]
        from kapjournal.ui.common.formatting import to_qdatetime

        dialog.when.setDateTime(to_qdatetime(sessions[0].scheduled_at.astimezone()))
        dialog.kind.setCurrentIndex(dialog.kind.findData("therapy"))
        dialog.route.setText("")
        dialog.notes.setPlainText("Integration talk ✨ مرحبا")
        warnings_seen.append(dialog.warning.text.text())

    _accept_as_is(monkeypatch, prep_dialogs.SessionDialog, fill)
    page.add_session()
    assert "overlaps" in warnings_seen[0]
    assert "overlaps" in page.warnings()
    therapy = repo.select(db, Session, "kind = 'therapy'")
    assert len(therapy) == 1 and therapy[0].notes == "Integration talk ✨ مرحبا"
    # The timeline lists the course and all four appointments.
    assert page.row_count() == 5

    def past(dialog):  # type: ignore[no-untyped-def]
        from kapjournal.ui.common.formatting import to_qdatetime

        dialog.when.setDateTime(to_qdatetime((NOW - timedelta(days=5)).astimezone()))
        warnings_seen.append(dialog.warning.text.text())

    _accept_as_is(monkeypatch, prep_dialogs.SessionDialog, past)
    page.add_session()
    assert "in the past" in warnings_seen[-1]
    assert repo.count(db, Session) == 5


def test_course_dialog_plan_offers_fourth_and_notes_past(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = prep_dialogs.CourseDialog(NOW)
    qtbot.addWidget(dialog)
    assert len(dialog.planned_times()) == 3
    assert not dialog.times[-1].isEnabled()
    dialog.fourth.setChecked(True)
    times = dialog.planned_times()
    assert len(times) == 4 and times[0].date() == (NOW + timedelta(days=1)).date()
    assert not dialog.plan_note.isVisibleTo(dialog)
    from PySide6.QtCore import QDate

    dialog.start.setDate(QDate(2031, 2, 1))
    assert "in the past" in dialog.plan_note.text.text()
    plan = dialog.result_value()
    assert plan.include_fourth and len(plan.times) == 4


def test_calendar_export_writes_ics_without_details(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w, _ = _window(qtbot, make_window)
    db = db_of(w)
    sessions = _make_course(db, NOW + timedelta(days=2))
    sessions[0].notes = CANARY
    course.save_session(db, sessions[0])
    out = tmp_path / "plan"
    assert Sessions(w).export_calendar_to(out, sessions[0].course_id)
    data = (tmp_path / "plan.ics").read_bytes()
    assert data.count(b"BEGIN:VEVENT") == 3
    assert CANARY.encode() not in data and b"Test course" not in data and b"etamine" not in data


# -- checklist ------------------------------------------------------------------------------------
def test_checklist_long_item_emoji_rtl_edit_and_remove(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _ = _window(qtbot, make_window)
    db = db_of(w)
    sessions = _make_course(db, NOW + timedelta(days=2))
    page = Sessions(w)
    page.open_session(sessions[0].id or 0)
    widget = page.checklist
    widget.edit_toggle.click()
    long_text = ("Bring the letter from my GP " * 200)[:5000]
    widget.new_item.setText(long_text)
    widget.add_button.click()
    widget.new_item.setText("🎧 אוזניות ומסכת עיניים")
    qtbot.keyClick(widget.new_item, Qt.Key.Key_Return)
    long_row = widget.row_for("Bring the letter")
    assert long_row is not None and long_row.item.text == long_text
    assert long_row.text.wordWrap()
    assert long_row.edit_button.isVisibleTo(widget)
    assert len(long_row.check.accessibleName()) <= 160
    qtbot.waitUntil(lambda: long_row.text.height() > 3 * long_row.text.fontMetrics().height())
    long_row.check.click()
    assert any(
        on and i.id == long_row.item.id for i, on in checklist.items_for_session(db, sessions[0].id or 0)
    )
    rtl = widget.row_for("🎧")
    rtl.begin_edit()
    rtl.editor.setPlainText("🎧 headphones")
    rtl.save_button.click()
    assert widget.row_for("🎧 headphones") is not None
    # Remove (archive) a ticked item: it stays in this session's history, not the next.
    widget.row_for("Bring the letter").remove_button.click()
    assert widget.row_for("Bring the letter") is not None
    later = [i.text for i, _ in checklist.items_for_session(db, sessions[1].id or 0)]
    assert long_text not in later and "🎧 headphones" in later


def test_questions_for_care_team_autosave_and_add(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _ = _window(qtbot, make_window)
    db = db_of(w)
    sessions = _make_course(db, NOW + timedelta(days=2))
    page = Sessions(w)
    page.open_session(sessions[0].id or 0)
    q = page.questions
    q.editor.setPlainText(f"Is tiredness normal? {CANARY}")
    w.lock("manual")
    unlock_via_ui(qtbot, w)
    db = db_of(w)
    page.open_session(sessions[0].id or 0)
    assert q.editor.toPlainText() == f"Is tiredness normal? {CANARY}"
    q.add_button.click()
    assert [e.body for e in checklist.questions_for(db, sessions[0].id)] == [f"Is tiredness normal? {CANARY}"]
    assert q.editor.toPlainText() == ""
    q.rows[0].done.click()
    assert checklist.questions_for(db, sessions[0].id)[0].subkind == checklist.ANSWERED


# -- prompt packs, reminders ---------------------------------------------------------------------------
HOSTILE = {
    "html.toml": 'id = "x"\nversion = "1"\nlanguage = "en"\nkind = "intention"\n'
    'title = "<script>alert(1)</script>"\n'
    '[[prompts]]\nid = "a"\ntext = "Q"\ninput = "text"\n',
    "dupe.toml": 'id = "x"\nversion = "1"\nlanguage = "en"\nkind = "intention"\ntitle = "T"\n'
    '[[prompts]]\nid = "a"\ntext = "Q"\ninput = "text"\n[[prompts]]\nid = "a"\ntext = "Q2"\ninput = "text"\n',
    "type.toml": 'id = "x"\nversion = "1"\nlanguage = "en"\nkind = "intention"\ntitle = "T"\n'
    '[[prompts]]\nid = "a"\ntext = "Q"\ninput = "slider"\n',
}


def test_hostile_prompt_packs_refused_with_reason_and_nothing_changes(
    qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    w, _ = _window(qtbot, make_window)
    db = db_of(w)
    box = Settings(w).prompt_packs
    w.shell.show_page("settings")
    before = repo.get_setting(db, PROMPTS_IMPORTED.key, {})
    shown_before = box.model.rowCount()
    for name, text in HOSTILE.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert not box.import_file(path)
        assert name in box.message.text() and "line" in box.message.text()
        assert "nothing was changed" in box.message.text()
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b'id = "x"\ntitle = "\xff\xfe"\n')
    assert not box.import_file(bad)
    assert "UTF-8" in box.message.text()
    huge = tmp_path / "huge.toml"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    assert not box.import_file(huge)
    assert "larger than" in box.message.text()
    assert box.message.textFormat() == Qt.TextFormat.PlainText
    assert repo.get_setting(db, PROMPTS_IMPORTED.key, {}) == before
    assert box.model.rowCount() == shown_before


def test_import_and_remove_a_therapists_pack(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w, _ = _window(qtbot, make_window)
    box = Settings(w).prompt_packs
    path = tmp_path / "cbt.toml"
    path.write_text(
        'id = "dr.lee.cbt"\nversion = "1.2"\nlanguage = "en"\nkind = "cbt"\ntitle = "Dr Lee: thoughts"\n'
        'source = "Dr Lee, 2031"\n[[prompts]]\nid = "a"\ntext = "What happened?"\ninput = "longtext"\n',
        encoding="utf-8",
    )
    assert box.import_file(path)
    rows = {box.model.data(box.model.index(r, 0)): r for r in range(box.model.rowCount())}
    row = rows["Dr Lee: thoughts"]
    assert box.model.data(box.model.index(row, 2)) == "1.2"
    assert box.model.data(box.model.index(row, 3)) == "Imported"
    box.select_pack("kapjournal.intention")
    assert not box.remove_button.isEnabled()  # shipped packs stay
    box.select_pack("dr.lee.cbt")
    assert box.remove_button.isEnabled()
    assert box.remove_selected(confirm=False)
    assert prompts.get_pack(db_of(w), "dr.lee.cbt") is None


def test_reminders_scheduled_after_unlock_and_switch_off(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, _ = _window(qtbot, make_window)
    db = db_of(w)
    sessions = _make_course(db, NOW + timedelta(days=2))
    w.data_changed.emit("session")
    expected = [r.at for r in course.reminder_times(sessions, NOW)]
    assert w.tray._due["sessions"] == expected and len(expected) == 6
    Settings(w).session_reminders.enabled.setChecked(False)
    assert w.tray._due["sessions"] == []
    assert w.ctx.prefs.get("reminders/enabled") is False
    Settings(w).session_reminders.enabled.setChecked(True)
    w.lock("manual")
    unlock_via_ui(qtbot, w)
    assert w.tray._due["sessions"] == expected
    w.tray._check_due(expected[0] + timedelta(seconds=1))
    assert w.tray.notified == ["A reminder from KAP Journal"]
    # The hours are the patient's to choose.
    Settings(w).session_reminders.evening.setValue(20)
    Settings(w).session_reminders.morning.setValue(7)
    later = [r.at for r in course.reminder_times(sessions, NOW, evening_hour=20, morning_hour=7)]
    assert w.ctx.prefs.get("reminders/evening_hour") == 20
    assert w.tray._due["sessions"] == later
    assert later != expected


def test_sample_journal_shows_course_on_sessions_page(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    AccessScreens(w).open_sample()
    qtbot.waitUntil(lambda: App(w).screen() == "shell", timeout=20000)
    page = Sessions(w)
    w.shell.show_page("sessions")
    assert page.row_count() > 3
    assert Today(w).cards  # the sample has something for today


# -- domain helpers added for these screens ---------------------------------------------------------
def test_domain_baseline_chosen_pack_steps_and_reminders(db) -> None:  # type: ignore[no-untyped-def]
    sessions = _make_course(db, NOW + timedelta(days=2))
    sid = sessions[0].id or 0
    c = course.save_baseline(db, sid, 7, NOW)
    assert (c.context, c.session_id, c.mood) == ("baseline", sid, 7)
    assert course.baseline_for(db, sid).id == c.id
    with pytest.raises(InvalidData):
        course.save_baseline(db, sid, 11)
    assert course.entry_count(db, sid) == 0
    course.save_intention(db, sid, {"intention_phrase": "x"})
    assert course.entry_count(db, sid) == 1
    repo.insert(db, Commitment(text="b", due_date=(NOW + timedelta(days=3)).date()))
    repo.insert(db, Commitment(text="a", due_date=(NOW + timedelta(days=1)).date()))
    repo.insert(db, Commitment(text="done", status="done"))
    assert [s.text for s in course.open_action_steps(db)] == ["a", "b"]
    assert len(course.upcoming_reminders(db, NOW)) == 6
    assert prompts.chosen_pack(db, "intention").id == "kapjournal.intention"
    with pytest.raises(InvalidData):
        prompts.set_chosen_pack(db, "intention", "kapjournal.capture")
    c2 = repo.get(db, Course, sessions[0].course_id)
    c2.end_date = c2.start_date - timedelta(days=1)
    with pytest.raises(InvalidData):
        course.save_course(db, c2)


def test_a_done_session_shows_its_preparation_as_history(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

    w, _clock = _window(qtbot, make_window)
    db = db_of(w)
    sessions = _make_course(db, NOW - timedelta(days=2))
    first = sessions[0]
    course.save_intention(db, first.id or 0, {"intention_phrase": "Stay with the breath"})
    checklist.ensure_template(db)
    items = [item for item, _ in checklist.items_for_session(db, first.id or 0)]
    checklist.tick(db, first.id or 0, items[0].id or 0)
    page = Sessions(w)
    view = page.session_view

    def shown_texts() -> str:
        return " ".join(lab.text() for lab in view.findChildren(QLabel) if lab.isVisibleTo(view))

    # planned: preparing is the point, and comes first
    w.shell.show_page("sessions")
    page.open_session(first.id or 0)
    assert view.set_button.isVisibleTo(view) and view.set_button.text() == "Change my intention"
    assert "Before my session" in shown_texts() and f"of {len(items)} done" in shown_texts()
    assert not view.after_card.isVisibleTo(view)

    # done: the After-the-session card leads; the preparation is what was done
    done = repo.get(db, Session, first.id or 0)
    assert done is not None
    done.status = "done"
    repo.update(db, done)
    page.open_session(first.id or 0)
    for _ in range(3):
        QApplication.processEvents()
    body = view.page.body
    assert body.indexOf(view.after_card) < body.indexOf(view.intention_card)
    texts = shown_texts()
    assert view.after_card.isVisibleTo(view)
    assert view.after_card.y() < view.intention_card.y() < view.checklist_card.y()
    assert not view.set_button.isVisibleTo(view)  # no "Change my intention"
    assert "Change my intention" not in texts and "Set intention" not in texts
    assert "Your intention was" in texts and page.intention_phrase() == "Stay with the breath"
    assert "Before my session" not in texts and f"of {len(items)} done" not in texts
    assert "What I did to prepare" in texts and items[0].text in texts
    assert items[1].text not in texts  # not ticked: not listed as a to-do either
    boxes = [b for b in view.checklist.findChildren(QCheckBox) if b.isVisibleTo(view)]
    assert boxes == []
    assert view.capture_button.isVisibleTo(view)  # the way on: write what came up
