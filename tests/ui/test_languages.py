"""Choosing languages: the window's (Settings, applies on the next start, nothing is
rebuilt or lost) and the summary's own (the therapist may read another language; the
patient's words never change)."""

from __future__ import annotations

from pathlib import Path

from kapjournal.i18n import language
from kapjournal.prefs import UI_LANGUAGE
from tests.domain.test_summary import END, START, UNTICK_TEXT
from tests.ui.pages import Settings
from tests.ui.test_summary import _open_summary
from tests.uihelpers import create_journal_via_ui


def test_the_language_choice_is_stored_and_says_when_it_applies(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    settings = Settings(w)
    settings.open()
    page = settings.widget
    assert language() == "en"
    assert [page.language.itemData(i) for i in range(page.language.count())] == ["", "en", "de"]
    assert page.language.itemText(2) == "Deutsch"  # named in its own language

    page.language.setCurrentIndex(page.language.findData("de"))
    assert w.ctx.prefs.get(UI_LANGUAGE.key) == "de"
    assert not page.language_note.isHidden()
    assert page.language_note.text() == "KAP Journal will be in Deutsch the next time it starts."

    page.language.setCurrentIndex(page.language.findData("en"))
    assert w.ctx.prefs.get(UI_LANGUAGE.key) == "en"
    assert page.language_note.isHidden()  # already the window's language


def test_the_summary_has_its_own_language(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _w, page = _open_summary(qtbot, make_window)
    widget = page.widget
    widget.date_from.setDate(widget.date_from.date().fromString(START.isoformat(), "yyyy-MM-dd"))
    widget.date_to.setDate(widget.date_to.date().fromString(END.isoformat(), "yyyy-MM-dd"))
    qtbot.waitUntil(lambda: widget.summary is not None and widget.summary.end == END)
    english = page.preview_text()
    assert "Mar 2026" in english and "März" not in english
    assert widget.summary_language() == "en"

    widget.language.setCurrentIndex(widget.language.findData("de"))
    qtbot.waitUntil(lambda: "März 2026" in page.preview_text())
    german = page.preview_text()
    assert UNTICK_TEXT in german  # the patient's own words, exactly as written
    assert language() == "en"  # the window stays in its language

    target = tmp_path / "summary.md"
    monkeypatch.setattr(widget, "choose_path", lambda fmt: target)
    widget.format.setCurrentIndex(widget.format.findData("md"))
    with qtbot.waitSignal(widget.exported, timeout=20000):
        widget.export_to(target, "md")
    text = target.read_text(encoding="utf-8")
    assert "März 2026" in text and UNTICK_TEXT in text
