"""The crisis line is always one look away: the country from the locale on first run,
the set-up question, changing the country on the safety page, the PHQ-9 item-9 page
on a fresh install, and the summary saying exactly what that page showed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale

from kapjournal import summary as S
from kapjournal.exporters.markdown_export import render_markdown_doc
from kapjournal.measures import safety
from kapjournal.storage import repo
from kapjournal.storage.models import Course
from tests.ui.pages import App, Checkins, CountryQuestion, Safety, db_of, wait_until
from tests.uihelpers import create_journal_via_ui, unlock_via_ui


def _locale(language: QLocale.Language, territory: QLocale.Country) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(language, territory))
    try:
        yield
    finally:
        QLocale.setDefault(before)


@pytest.fixture
def german_locale() -> Iterator[None]:
    """The app runs as on a de_DE system (``QLocale()`` is what the guess reads)."""
    yield from _locale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def french_locale() -> Iterator[None]:
    yield from _locale(QLocale.Language.French, QLocale.Country.France)


def _answer_phq9_item9(w) -> None:  # type: ignore[no-untyped-def]
    form = Checkins(w).open_questionnaire("phq9")
    for i in range(8):
        form.rows[i].radios[0].click()
    form.rows[8].radios[1].click()  # item 9: "Several days"


def _summary(w):  # type: ignore[no-untyped-def]
    today = w.ctx.now().date()
    return S.build_summary(db_of(w), S.SummaryOptions(today - timedelta(days=7), today), now=w.ctx.now())


# -- first run: the locale's guess, confirmed by one calm question ------------------------------
def test_fresh_first_run_on_a_german_locale_preselects_germany(qtbot, make_window, german_locale) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    assert w.ctx.prefs.get("safety/country") == ""  # a fresh install: nothing chosen
    create_journal_via_ui(qtbot, w, answer_country=False)
    question = CountryQuestion(w)
    assert question.shown()
    assert question.country() == "DE"
    assert w.ctx.prefs.get("safety/country") == "DE"  # the guess is kept even unanswered
    # Never blocking: the journal is open behind it and the safety page opens from it.
    assert App(w).screen() == "shell"
    Safety(w).need_help()
    assert "0800 111 0 111" in Safety(w).text()
    Safety(w).back()
    question.not_now()
    wait_until(lambda: not question.shown())
    assert w.ctx.prefs.get("safety/country") == "DE"


def test_the_setup_question_changes_the_country(qtbot, make_window, german_locale) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w, answer_country=False)
    question = CountryQuestion(w)
    question.choose("AT")
    question.use_this_country()
    wait_until(lambda: not question.shown())
    assert w.ctx.prefs.get("safety/country") == "AT"
    Safety(w).need_help()
    text = Safety(w).text()
    assert "TelefonSeelsorge" in text and "142" in Safety(w).numbers() and "144" in Safety(w).numbers()
    assert safety.chosen_country(w.ctx.prefs) == "AT"  # a choice, never guessed over


def test_the_question_comes_once_and_closes_when_the_journal_locks(qtbot, make_window, german_locale) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w, answer_country=False)
    assert CountryQuestion(w).shown()
    w.lock("manual")
    wait_until(lambda: not CountryQuestion(w).shown())
    assert w.ctx.prefs.get("safety/country") == "DE"  # closing it kept the guess
    unlock_via_ui(qtbot, w)
    assert App(w).screen() == "shell" and not CountryQuestion(w).shown()


# -- the safety page itself ------------------------------------------------------------------
def test_change_country_on_the_safety_page_applies_at_once(qtbot, make_window, german_locale) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)  # answers the set-up question "Not now"
    w.shell.show_page("journal")
    page = Safety(w)
    page.need_help()
    assert page.country() == "DE" and "0800 111 0 222" in page.numbers()
    assert page.country_box.focusPolicy() != 0  # reachable by keyboard
    page.country_box.setFocus()
    page.change_country("CH")
    assert page.shown() and page.country() == "CH"
    assert page.country_box.hasFocus()  # the keyboard stays where the choice was made
    assert "143" in page.numbers() and "0800 111 0 111" not in page.numbers()
    assert w.ctx.prefs.get("safety/country") == "CH"
    # a country with no crisis line here: its emergency number and how to find a line
    page.change_country("FR")
    assert page.numbers() == ["112"]
    assert "can tell you the nearest crisis line" in page.text()
    page.change_country(safety.OTHER_COUNTRY)
    assert "your local emergency number" in page.text() and page.numbers() == []
    assert w.ctx.prefs.get("safety/country") == safety.OTHER_COUNTRY
    page.back()  # still returns to where the patient was
    assert App(w).screen() == "shell" and App(w).page() == "journal"


def test_change_country_on_the_unlock_page_works_without_a_journal(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    Safety(w).need_help()
    Safety(w).change_country("LI")
    assert "143" in Safety(w).numbers() and "144" in Safety(w).numbers()
    assert w.ctx.prefs.get("safety/country") == "LI"
    Safety(w).back()
    assert App(w).screen() == "welcome"


# -- PHQ-9 item 9 on a fresh install, and what the summary says ---------------------------------
def test_phq9_item9_shows_a_crisis_line_on_a_fresh_install(qtbot, make_window, german_locale) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w, answer_country=False)  # no Settings visit, the question left open
    _answer_phq9_item9(w)
    assert Safety(w).shown()
    assert "TelefonSeelsorge" in Safety(w).text()
    assert {"0800 111 0 111", "0800 111 0 222", "112"} <= set(Safety(w).numbers())
    Safety(w).back()
    saved = Checkins(w).current_questionnaire().save()
    assert saved is not None
    flags = _summary(w).flags
    assert [f.kind for f in flags] == ["phq9_item9"]
    assert flags[0].shown == (
        "The safety page showed: crisis line TelefonSeelsorge 0800 111 0 111; crisis line "
        "TelefonSeelsorge 0800 111 0 222; emergency number 112 (police 110)."
    )


def test_summary_says_the_emergency_number_only_when_that_was_all(qtbot, make_window, french_locale) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    _answer_phq9_item9(w)
    assert Safety(w).numbers() == ["112"]
    Safety(w).back()
    assert Checkins(w).current_questionnaire().save() is not None
    (flag,) = _summary(w).flags
    assert flag.shown == "The safety page showed the emergency number only (112)."
    md = render_markdown_doc(_summary(w)).decode()
    assert "The safety page showed the emergency number only (112)." in md
    assert "the patient was shown crisis contacts" not in md


def test_lowest_mood_page_and_a_country_changed_on_it(qtbot, make_window, german_locale) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    repo.insert(db_of(w), Course(title="c", start_date=date.today(), care_phone="+49 30 0000"))
    Checkins(w).open_checkin()
    Checkins(w).check_in(mood=0)
    assert Safety(w).shown()
    Safety(w).change_country("AT")  # the patient saw Germany's lines, then Austria's
    (flag,) = _summary(w).flags
    assert flag.kind == "lowest_mood"
    seen = ("TelefonSeelsorge 0800 111 0 111", "TelefonSeelsorge 142", "112", "the care team's contact")
    for shown in seen:
        assert shown in flag.shown, shown
