"""Questionnaire forms are built when first opened (issue 14, memory), and a draft
kept for a form not built yet still shows as "Continue" and comes back when it opens."""

from __future__ import annotations

from kapjournal.storage import repo
from tests.ui.pages import Checkins, db_of
from tests.uihelpers import create_journal_via_ui, unlock_via_ui


def test_forms_are_built_on_first_open_and_drafts_survive(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    page = Checkins(w)
    page.show_tab("questionnaires")
    panel = page.questionnaires
    assert len(panel.forms) == 0  # the list of instruments, no form yet

    # A draft kept earlier for GAD-7 (in the journal only): "Continue", still unbuilt.
    answers = [2, 2, 2, None, None, None, None]
    repo.save_draft(db_of(w), "questionnaire:gad7", "questionnaire", {"answers": answers, "difficulty": None})
    panel.refresh()
    assert "Continue" in page.start_button_text("gad7")
    assert "Start" in page.start_button_text("phq9")
    assert len(panel.forms) == 0

    # Opening it builds that form only, with the draft's answers.
    form = page.start_questionnaire("gad7")
    assert list(panel.forms) == ["gad7"] and panel.current_form() is form
    assert form.answers == answers and form.recovered.isVisibleTo(form)

    # Lock and unlock: the built form clears and comes back; the others stay unbuilt.
    w.lock("manual")
    assert form.answers == [None] * len(answers)
    unlock_via_ui(qtbot, w)
    assert form.answers == answers
    assert list(panel.forms) == ["gad7"]
    phq9 = panel.open_form("phq9")
    assert phq9.answers == [None] * len(phq9.rows) and set(panel.forms) == {"gad7", "phq9"}
