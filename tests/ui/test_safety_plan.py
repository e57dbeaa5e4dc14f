"""The safety plan as a patient meets it: offered once on Today ("Not now" ends the
offer), written in its editor (from Today, Settings and the safety page), saved by
itself and by Ctrl+Enter, shown at the top of the safety page with the crisis lines
still in sight at 1366×768, and a safety page that opens when the plan cannot be read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kapjournal.measures import safety, safety_plan
from kapjournal.storage import repo
from kapjournal.ui.common import fit
from kapjournal.ui.common.theme import apply_theme
from tests.conftest import CANARY
from tests.ui.pages import App, Safety, SafetyPlan, Today, db_of, wait_until
from tests.uihelpers import create_journal_via_ui, unlock_via_ui

LONG = "Step outside and breathe slowly for a minute, then walk once around the block " * 3
FULL = {
    "warning_signs": ["WARN-sleeping badly", LONG],
    "on_my_own": ["OWN-walk by the river " + LONG, "OWN-warm shower " + LONG, "OWN-music", "OWN-tea"],
    "distractions": ["DIST-the café", LONG],
    "people": ["PEOPLE-my sister Sam", "Jo", "Kim"],
    "professionals": ["PRO-the clinic"],
    "safer": ["SAFER-keys to Sam", LONG],
    "reasons": ["REASON-my niece " + LONG, "REASON-the sea " + LONG, "REASON-Biscuit"],
}


def _open(qtbot, make_window, country: str = "GB"):  # type: ignore[no-untyped-def]
    w = make_window()
    w.ctx.prefs.set("safety/country", country)
    create_journal_via_ui(qtbot, w)
    return w


def _ctrl_enter(widget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    target = QApplication.focusWidget() or widget
    QTest.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_offered_on_today_then_written_and_saved_with_ctrl_enter(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    App(w).show("today")
    card = Today(w).card("safety_plan:offer")
    assert card is not None and card.dismiss is not None and card.dismiss.text() == "Not now"
    card.action.click()
    plan = SafetyPlan(w)
    assert plan.shown()
    assert QApplication.focusWidget() is plan.editor("warning_signs")  # the first part, ready to type
    assert "Things I can do on my own" in plan.text() and "My reasons for living" in plan.text()
    for part in safety_plan.PART_IDS:
        assert plan.editor(part).accessibleName() == safety_plan.part_title(part)  # its visible heading
    plan.write("reasons", "My niece\n\nThe sea ")
    plan.write("on_my_own", f"Walk {CANARY}")
    _ctrl_enter(plan.editor("on_my_own"))
    assert App(w).screen() == "shell" and App(w).page() == "today"
    stored = safety_plan.read_plan(db_of(w))
    assert stored.items("reasons") == ("My niece", "The sea")
    assert stored.items("on_my_own") == (f"Walk {CANARY}",)
    assert Today(w).card("safety_plan:offer") is None  # a plan exists: no more offer


def test_not_now_ends_the_offer_for_good(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    App(w).show("today")
    card = Today(w).card("safety_plan:offer")
    assert card is not None and card.dismiss is not None
    card.dismiss.click()
    assert Today(w).card("safety_plan:offer") is None
    assert safety_plan.read_plan(db_of(w)).is_empty  # nothing forced, nothing written
    w.lock("manual")
    unlock_via_ui(qtbot, w)
    Today(w).refresh()
    assert "safety_plan:offer" not in Today(w).card_keys()
    Safety(w).show()
    assert Safety(w).edit_plan_button is not None  # still one click away on the safety page


@pytest.fixture
def themed() -> Iterator[None]:
    """The app's real theme (its larger headings), put back afterwards as test_layout does."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, palette, font = app.styleSheet(), app.palette(), app.font()
    apply_theme(app, "light")
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    app.setStyleSheet("")
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setFont(font)


@pytest.mark.parametrize(("country", "first_line"), [("GB", "116 123"), ("DE", "0800 111 0 111")])
def test_the_plan_sits_on_top_and_the_crisis_lines_stay_in_sight(  # type: ignore[no-untyped-def]
    qtbot, themed, make_window, country: str, first_line: str
) -> None:
    w = _open(qtbot, make_window, country)
    w.resize(QSize(1366, 768) - fit.FRAME)
    safety_plan.save_plan(db_of(w), safety_plan.make_plan(FULL), w.ctx.now())
    Safety(w).show()
    QApplication.processEvents()
    text = Safety(w).text()
    # reasons for living and the first steps first, above the crisis lines
    said = ("My reasons for living", "1. REASON-my niece", "Things I can do on my own",
            "Talk to someone now", "The rest of my plan")  # fmt: skip
    order = [text.find(s) for s in said]
    assert all(i >= 0 for i in order) and order == sorted(order), order
    assert "The whole plan is below the crisis lines." in text and "3. OWN-music" in text  # all of it, below
    number = Safety(w).number_label(first_line)
    bottom = Safety(w).widget_top(number) + number.height()
    assert 0 < bottom <= Safety(w).visible_height(), (country, bottom, Safety(w).visible_height())


def test_edit_from_the_safety_page_and_back_to_where_the_patient_was(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    App(w).show("journal")
    Safety(w).need_help()
    assert "At a calm moment you can write a short plan" in Safety(w).text()
    Safety(w).edit_plan()
    plan = SafetyPlan(w)
    assert plan.shown()
    plan.write("reasons", "Biscuit the dog")
    plan.save_and_back()
    assert Safety(w).shown() and "1. Biscuit the dog" in Safety(w).text()
    Safety(w).back()
    assert App(w).screen() == "shell" and App(w).page() == "journal"


def test_typing_is_saved_by_itself_and_help_from_the_editor_keeps_the_words(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    plan = SafetyPlan(w)
    plan.open()
    plan.write("people", "Sam")
    assert plan.state() == "Not saved yet"
    wait_until(lambda: plan.state() == "Saved.", what="the plan to save itself")
    assert safety_plan.read_plan(db_of(w)).items("people") == ("Sam",)
    plan.write("people", "Sam\nJo")
    Safety(w).help_action.trigger()  # F1 / "Need help now?" from inside the editor
    assert Safety(w).shown()
    assert safety_plan.read_plan(db_of(w)).items("people") == ("Sam", "Jo")
    Safety(w).back()
    assert plan.shown() and plan.text_of("people") == "Sam\nJo"
    plan.back()
    assert App(w).screen() == "shell"


def test_the_share_box_decides_the_summary(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    plan = SafetyPlan(w)
    plan.open()
    assert not plan.share_box.isChecked()
    plan.share_box.click()
    assert safety_plan.is_shared(db_of(w)) and "summary" in plan.state()
    plan.share_box.click()
    assert not safety_plan.is_shared(db_of(w))


def test_the_safety_page_opens_when_the_plan_cannot_be_read(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.storage.errors import NotAJournal

    w = _open(qtbot, make_window)
    safety_plan.save_plan(db_of(w), safety_plan.make_plan(FULL), w.ctx.now())

    def broken(_db):  # type: ignore[no-untyped-def]
        raise NotAJournal("The journal could not be read.")

    monkeypatch.setattr(safety, "read_plan", broken)
    monkeypatch.setattr(safety_plan, "read_plan", broken)
    Safety(w).need_help()
    assert Safety(w).shown()
    text = Safety(w).text()
    assert "cannot be read just now" in text and "116 123" in Safety(w).numbers()
    Safety(w).edit_plan()
    plan = SafetyPlan(w)
    assert "cannot be changed here" in plan.problem()
    assert not plan.editor("reasons").isEnabled() and not plan.share_box.isEnabled()
    plan.save_and_back()  # "Back": nothing stored is overwritten
    monkeypatch.undo()
    assert safety_plan.read_plan(db_of(w)).items("reasons")[2] == "REASON-Biscuit"


def test_locking_clears_the_editor(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = _open(qtbot, make_window)
    repo.set_setting(db_of(w), "safety/plan", [f"walk {CANARY}"])  # the old list, from before
    plan = SafetyPlan(w)
    plan.open()
    assert plan.text_of("on_my_own") == f"walk {CANARY}"
    w.lock("manual")
    assert App(w).screen() == "unlock"
    assert all(CANARY not in plan.text_of(p) for p in safety_plan.PART_IDS)


def test_a_lock_right_after_typing_keeps_the_words(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """The editor saves by itself a moment after typing stops; a lock inside that
    moment must still keep what was typed (the window flushes editing overlays)."""
    w = _open(qtbot, make_window)
    plan = SafetyPlan(w)
    plan.open()
    plan.write("reasons", "Typed just before the lock")
    w.lock("manual")  # before the autosave timer fires: no event loop runs in between
    assert App(w).screen() == "unlock"
    unlock_via_ui(qtbot, w)
    assert safety_plan.read_plan(db_of(w)).items("reasons") == ("Typed just before the lock",)
