"""After a session, clicked through the real main window (pytest-qt, offscreen)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time as _time
from datetime import datetime, time, timedelta
from pathlib import Path

from kapjournal.preparation import course
from kapjournal.reflection import after_session
from kapjournal.richtext import render_markdown
from kapjournal.storage import repo
from kapjournal.storage.models import Commitment, Course, Entry, Practice
from kapjournal.ui.reflection.common import plain_document_text
from kapjournal.ui.reflection.journal_page import entry_markdown
from tests.conftest import PASS
from tests.ui.pages import App, Journal, Settings, Today, db_of
from tests.uihelpers import create_journal_via_ui, unlock_via_ui

ROOT = Path(__file__).resolve().parents[2]
INTENTION = "Meet what comes with curiosity"


def _course_from_yesterday(db):  # type: ignore[no-untyped-def]
    now = datetime.now().astimezone()
    offset = int((now.utcoffset() or timedelta(0)).total_seconds() // 60)
    times = course.default_plan(now.date() - timedelta(days=1), time(10), offset)
    return course.create_course_with_plan(db, Course(title="Spring"), times, False).sessions


def _finish_flow(qtbot, flow) -> None:  # type: ignore[no-untyped-def]
    for _ in range(len(flow.prompts)):
        flow.next_button.click()


def test_today_day_one_reflection_quotes_intention_then_search_finds_it(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    db = db_of(w)
    s1 = _course_from_yesterday(db)[0]
    course.save_intention(db, s1.id or 0, {"intention_phrase": INTENTION})
    w.data_changed.emit("session")
    w.shell.show_page("today")
    Today(w).refresh()
    card = Today(w).card("day_after")
    assert card is not None, Today(w).card_keys()
    card.action.click()

    page = Journal(w)
    ip = page.reflection
    assert w.shell.current_key() == "journal"
    assert page.showing() == "reflection"
    assert ip.title.text() == "Day 1 after session 1"
    assert INTENTION in ip.intention_text.text()
    assert ip.intention_ask.text() == "Was it met? What shifted?"
    ip.flow.input_for("what_shifted")._text.setPlainText("I felt closer to my sister, and lighter.")
    ip.flow.input_for("intention_met")._group.buttons()[1].setChecked(True)
    _finish_flow(qtbot, ip.flow)
    assert ip.stack.currentIndex() == 1  # the action step comes last
    ip.action.text.setText("Call my sister on Sunday")
    ip.action.has_date.setChecked(True)
    ip.save_button.click()

    assert page.showing() == "timeline"
    entry = repo.select(db, Entry, "kind = 'integration'")[0]
    assert entry.session_id == s1.id and entry.subkind == "24h"
    assert entry.answers["intention_met"] == "Partly"
    step = repo.select(db, Commitment, "entry_id = ?", (entry.id,))[0]
    assert step.text == "Call my sister on Sunday" and step.session_id == s1.id and step.due_date is not None
    Today(w).refresh()
    assert Today(w).card("day_after") is None  # written: no longer due

    # Later: find it by searching a word.
    page.search("sister")
    assert page.count() >= 1
    found = page.hits()
    assert entry.id in [e.id for e in found if e]
    row = page.row_of(entry.id)
    assert "\x02" in page.snippet(row)
    page.select_row(row)
    assert page.current is not None and page.current.id == entry.id
    assert "closer to my sister" in plain_document_text(page.preview_html())
    page.paint_list()  # the delegate paints highlighted snippets
    page.search("Sunday")  # the action step is searchable through its entry
    assert page.row_of(entry.id) >= 0


CHILD = textwrap.dedent(
    """
    import sys, time
    from kapjournal.storage import keyslots
    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    keyslots.ARGON2_LANES = 1
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTest import QTest
    from kapjournal.context import AppContext
    from kapjournal.paths import resolve_paths
    from kapjournal.storage import repo
    from kapjournal.storage.keychain import NullSecretStore
    from kapjournal.ui.app import create_application
    from kapjournal.ui.main_window import MainWindow
    from tests.ui.pages import AccessScreens, App, Journal, db_of

    def until(cond, timeout=20):
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                print("TIMEOUT", flush=True)
                sys.exit(3)
            QCoreApplication.processEvents()
            time.sleep(0.01)

    create_application()
    w = MainWindow(AppContext.create(resolve_paths(sys.argv[1]), NullSecretStore()))
    w.show()
    AccessScreens(w).press_unlock(sys.argv[2])
    until(lambda: App(w).screen() == "shell")
    w.shell.show_page("journal")
    journal = Journal(w)
    journal.new_thought_record()
    QTest.keyClicks(journal.thought_record.situation, sys.argv[3])
    db = db_of(w)
    def kept():
        d = repo.load_draft(db, "thought_record:new")
        return d is not None and sys.argv[3] in str(d.payload)
    until(kept)
    QTest.keyClicks(journal.thought_record.situation, " still typing")
    print("READY", flush=True)
    while True:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    """
)


def test_kill_mid_typing_then_unlock_offers_the_draft(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.storage.journal import create_journal

    data = tmp_path / "data"
    journal, _ = create_journal(data, PASS)
    journal.close()
    typed = "the train was late and I blamed myself"
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())
    child = subprocess.Popen(
        [sys.executable, str(script), str(data), PASS, typed],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "READY"
        _time.sleep(0.1)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL

    w = make_window(data=data)
    unlock_via_ui(qtbot, w)
    assert App(w).screen() == "shell"
    w.shell.show_page("journal")
    page = Journal(w)
    assert page.recovered_banner.isVisibleTo(w)
    assert "thought record" in page.recovered_text()
    assert page.open_draft_button.isVisibleTo(w)
    page.open_draft_button.click()
    assert page.showing() == "thought_record"
    assert page.thought_record.situation.toPlainText().startswith(typed)
    assert db_of(w).integrity_problems() == []


def test_lock_in_the_middle_of_a_thought_record_keeps_it(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    page = Journal(w)
    page.new_thought_record()
    tp = page.thought_record
    tp.situation.setPlainText("Friend cancelled dinner")
    tp.mood_rows[0].name.setText("lonely")
    tp.mood_rows[0].before.setValue(70)
    tp.thought_rows[0].text.setText("Nobody wants to see me")
    tp.thought_rows[0].hot.setChecked(True)
    tp.add_thought("I should have known")
    tp.trap_checks[0].setChecked(True)
    w.lock("manual")
    assert tp.situation.toPlainText() == ""
    assert all(not r.name.text() for r in tp.mood_rows)
    unlock_via_ui(qtbot, w)
    w.shell.show_page("journal")
    assert page.recovered_banner.isVisibleTo(w)
    page.open_draft_button.click()
    assert tp.situation.toPlainText() == "Friend cancelled dinner"
    assert [(r.name.text(), r.before.value()) for r in tp.mood_rows] == [("lonely", 70)]
    assert [r.text.text() for r in tp.thought_rows] == ["Nobody wants to see me", "I should have known"]
    assert tp.thought_rows[0].hot.isChecked()
    assert tp.trap_checks[0].isChecked()
    # Finish it: re-rate, see before/after, save with an action step.
    tp.mood_rows[0].after.setValue(30)
    assert "lonely: 70 % before, 30 % after" in tp.before_after.accessibleDescription()
    tp.belief.setValue(60)
    tp.action.text.setText("Text Sam about a walk")
    tp.save_button.click()
    entry = repo.select(db_of(w), Entry, "kind = 'thought_record'")[0]
    assert entry.answers["moods"] == "lonely 70" and entry.answers["moods_now"] == "lonely 30"
    assert entry.answers["hot_thought"] == "Nobody wants to see me"
    assert tp.trap_checks[0].property("trap_name") in entry.tags
    assert repo.select(db_of(w), Commitment, "entry_id = ?", (entry.id,))[0].text == "Text Sam about a walk"
    assert repo.load_draft(db_of(w), "thought_record:new") is None
    assert page.showing() == "timeline" and page.current is not None


def test_thought_record_shortcut_from_anywhere(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    w.shell.show_page("settings")
    thought, _, _ = Journal(w).menu_actions()
    thought.trigger()
    assert w.shell.current_key() == "journal"
    assert Journal(w).showing() == "thought_record"


def test_capture_same_evening(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    s1 = _course_from_yesterday(db_of(w))[0]
    page = Journal(w)
    page.press_capture()
    cp = page.capture
    assert page.showing() == "capture"
    assert cp.session.session_id() == s1.id
    cp.flow.input_for("remember_most")._text.setPlainText("the music held me")
    cp.flow.skip_button.click()  # every question can be skipped
    cp.flow.input_for("one_word")._line.setText("spacious")
    _finish_flow(qtbot, cp.flow)
    entry = repo.select(db_of(w), Entry, "kind = 'capture'")[0]
    assert entry.session_id == s1.id and entry.title == "spacious"
    assert entry.share is False  # captures stay private by default
    assert page.current is not None and page.current.id == entry.id


def test_markdown_preview_runs_nothing_and_labels_stay_plain(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    page = Journal(w)
    evil = (
        "# Title\n\n<script>alert('s')</script>\n\n<img src=x onerror=alert('i')>\n\n"
        "[click](javascript:alert('j'))\n\n<iframe src='https://example.org'></iframe>\n\n"
        '<a href="https://example.org" onclick="alert(\'c\')">ok</a> **bold**'
    )
    page.write(evil)
    page.update_preview()
    import re

    for html in (page.preview_html().lower(), render_markdown(evil).lower()):
        for bad in ("<script", "<iframe", "<img", "javascript:"):
            assert bad not in html
        assert not re.search(r"<[^>]*\son\w+\s*=", html)  # no event handler on any tag
    shown = plain_document_text(page.preview_html())
    assert "alert('s')" not in shown and "Title" in shown and "bold" in shown
    assert page.save()
    rendered = render_markdown(entry_markdown(page.current, None)).lower()
    assert "<script" not in rendered and "javascript:" not in rendered
    # An intention with markup shows as literal text in the reflection.
    db = db_of(w)
    s1 = _course_from_yesterday(db)[0]
    phrase = "<b>be</b><img src=x onerror=alert(1)>"
    course.save_intention(db, s1.id or 0, {"intention_phrase": phrase})
    assert page.open_reflection(s1.id or 0, "24h")
    label = page.reflection.intention_text
    from PySide6.QtCore import Qt

    assert label.textFormat() == Qt.TextFormat.PlainText and phrase in label.text()


def test_large_and_unusual_text_through_the_journal(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    page = Journal(w)
    odd = "emoji 🌿 RTL שלום עולם combining e\u0301 NUL\x00end"
    page.write(odd)
    page.tags.setText("🌿, ünïcode")
    assert page.save()
    odd_id = page.current.id
    big = ("Walking by the river, noticing the light. " * 25_000)[:1_000_000]
    page.new_note()
    page.write(big)
    page.update_preview()
    assert "beginning of this long entry" in plain_document_text(page.preview_html())
    assert page.save()
    big_id = page.current.id
    page.open_entry(odd_id)
    assert page.text() == odd.replace("\x00", "\ufffd")
    assert set(page.current.tags) == {"🌿", "ünïcode"}
    page.open_entry(big_id)
    assert len(page.text()) == len(big)
    page.search("שלום")
    assert [e.id for e in page.hits()] == [odd_id]
    page.paint_list()
    for query in ['"', "*", "NEAR", "OR", "(((", 'a") OR (', "NEAR(a b", ")", "AND", "\x00"]:
        page.search(query)  # never errors
        assert page.count() >= 0
    page.search("")
    assert page.count() == 2


def test_filters_delete_and_share_default(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    db = db_of(w)
    page = Journal(w)
    s1 = _course_from_yesterday(db)[0]
    after_session.save_reflection(db, s1.id or 0, "24h", {"what_shifted": "calmer mornings"})
    after_session.save_note(db, "garden note", tags=["garden"])
    w.data_changed.emit("entry")
    assert page.count() == 2
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("integration"))
    assert page.count() == 1 and page.hit(0).kind == "integration"
    page.kind_filter.setCurrentIndex(0)
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("garden"))
    assert page.count() == 1 and page.hit(0).body == "garden note"
    page.tag_filter.setCurrentIndex(0)
    page.session_filter.setCurrentIndex(page.session_filter.findData(s1.id))
    assert page.count() == 1
    page.session_filter.setCurrentIndex(0)
    # Delete for good.
    page.open_entry(page.hit(page.count() - 1).id)
    doomed = page.current.id
    assert page.delete_current(confirm=False)
    assert repo.get(db, Entry, doomed) is None
    page.search("calmer garden")
    assert page.count() == 0
    # Share default for notes, set in Settings.
    box = Settings(w).reflection
    box.share_checks["note"].setChecked(True)
    page.search("")
    page.new_note()
    assert page.share.isChecked()
    box.days.setText("2, 5")
    box.before_next.setChecked(False)
    assert box.save_schedule()
    assert course.integration_schedule(db) == [2, 5]
    box.days.setText("two")
    assert not box.save_schedule() and box.message.text()


def test_breathing_space_steps_pause_and_log(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    page = Journal(w)
    page.open_practice()
    page.practice.breathing_button.click()
    bp = page.breathing
    assert page.showing() == "breathing"
    bp.step_seconds = 2
    bp.timer.setInterval(15)
    steps: list[int] = []
    bp.step_changed.connect(steps.append)
    bp.start_button.click()
    assert "Awareness" in bp.step_title.text() and bp.step_text.text()
    bp.pause_button.click()
    shown = bp.countdown.text()
    qtbot.wait(60)
    assert bp.countdown.text() == shown and bp.pause_button.text() == "Resume"
    bp.pause_button.click()
    with qtbot.waitSignal(bp.completed, timeout=10000) as done:
        pass
    assert steps == [0, 1, 2]
    assert done.args == [1]
    assert "Well done" in bp.step_title.text()
    assert repo.count(db_of(w), Practice, "practice = 'breathing_space' AND minutes = 1") == 1
    bp.note.setPlainText("Shoulders dropped in step 3")
    assert bp.save_note()
    entry = repo.select(db_of(w), Entry, "kind = 'mbct'")[0]
    assert entry.subkind == "breathing_space"
    assert repo.select(db_of(w), Practice)[0].entry_id == entry.id
    # Stop early: under a minute, nothing logged.
    bp.start_button.click()
    bp.stop_button.click()
    assert repo.count(db_of(w), Practice) == 1
    assert "nothing was added" in bp.done_text.text()


def test_practice_log_and_notes(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    page = Journal(w)
    page.press_practice()
    pp = page.practice
    pp.log_minutes.setValue(12)
    assert pp.add_log() is not None
    assert "12 minutes" in pp.week_total.text()
    assert pp.recent.count() == 1
    pp.decentering.editor.setPlainText("'I will fail' is a thought, not a fact")
    assert pp.decentering.save()
    pp.body_scan.editor.setPlainText("warm feet, busy mind")
    pp.body_scan.minutes.setValue(20)
    assert pp.body_scan.save()
    assert "32 minutes" in pp.week_total.text()
    kinds = {e.subkind for e in repo.select(db_of(w), Entry, "kind = 'mbct'")}
    assert kinds == {"decentering", "body_scan"}


def test_action_steps_marked_done_changed(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    db = db_of(w)
    now = datetime.now().astimezone()  # one reading of the clock: no midnight between two
    today = now.date()
    a = after_session.add_action_step(db, "Walk after lunch", today)
    after_session.add_action_step(db, "Call Sam", today + timedelta(days=3))
    page = Journal(w)
    page.press_steps()
    sp = page.steps
    assert sp.list.count() == 2
    sp.list.setCurrentRow(0)
    assert sp.current().id == a.id and sp.step_text.text() == "Walk after lunch"
    sp.set_status("changed")
    sp.note.setText("walked in the evening instead")
    assert sp.save()
    saved = repo.get(db, Commitment, a.id or 0)
    assert saved.status == "changed" and saved.outcome_note == "walked in the evening instead"
    # Today shows steps that are due.
    assert Journal(w).steps_due_cards(db, now) == []
    after_session.add_action_step(db, "Breathing space before work", today)
    cards = Journal(w).steps_due_cards(db, now)
    assert len(cards) == 1 and "Breathing space" not in cards[0].text  # no patient text on Today
    Today(w).refresh()
    view = Today(w).card("steps_due")
    assert view is not None
    view.action.click()
    assert w.shell.current_key() == "journal" and page.showing() == "steps"
    assert sp.current().text == "Breathing space before work"


def test_an_unknown_step_opens_the_first_one_not_yet_written(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    page = Journal(w)
    db = db_of(w)
    s1 = _course_from_yesterday(db)[0]
    steps = after_session.schedule_steps(db)
    shown = page.reflection
    for unknown in ("nonsense", "5h", ""):
        assert page.open_reflection(s1.id or 0, unknown), unknown
        assert shown.context is not None and shown.context.step == steps[0], unknown
        assert shown.flow.prompts, unknown  # questions to answer, not an empty page
    after_session.save_reflection(db, s1.id or 0, steps[0], {"what_shifted": "the quiet"})
    assert page.open_reflection(s1.id or 0, "nonsense")
    assert shown.context is not None and shown.context.step == steps[1]
    assert page.open_reflection(s1.id or 0, steps[0])  # a known step opens as asked
    assert shown.context is not None and shown.context.step == steps[0]


def test_a_missing_session_is_refused_kindly(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    page = Journal(w)
    said: list[str] = []
    page.on_status(said.append)
    assert not page.open_reflection(987654, "24h")
    assert said and "Sessions page" in said[0]
    assert page.showing() != "reflection"
