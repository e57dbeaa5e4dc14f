"""A confirmation is seen without scrolling: on a 1024×600 screen and at 1.5× text, after
each save (recovery code, check-in, questionnaire, side effect, journal note, Settings)
the message it sets lies inside the visible viewport of every scroll area around it,
and inside the window, even when the page was scrolled to its top before the press."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QScrollArea, QWidget

from kapjournal.ui.common import fit
from tests.ui.pages import App, CountryQuestion, default_passphrase

SIZES = {"1024x600": QSize(1024, 600), "1.5x": QSize(911, 512)}  # as tests/ui/test_layout.py


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def to_top(w: QWidget) -> None:
    """Scroll every scroll area back to its top, as a patient who just opened the page."""
    for area in w.findChildren(QScrollArea):
        area.verticalScrollBar().setValue(0)
    settle()


def not_in_view(label: QLabel) -> str:
    """Why ``label`` cannot be seen as things are scrolled now ("" when it can)."""
    settle()
    if not label.isVisible() or not label.text():
        return f"{label.text()!r} is not shown"
    parent = label.parentWidget()
    while parent is not None:
        inner = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and inner is not None and inner.isAncestorOf(label):
            viewport = parent.viewport()
            rect = QRect(label.mapTo(viewport, QPoint(0, 0)), label.size())
            if not viewport.rect().contains(rect):
                return f"{label.text()!r} lies at {rect}, outside the viewport {viewport.rect()}"
        parent = parent.parentWidget()
    window = label.window()
    rect = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    if not window.rect().contains(rect):
        return f"{label.text()!r} lies at {rect}, outside the window {window.rect()}"
    return ""


@pytest.mark.parametrize("size", list(SIZES))
def test_every_confirmation_is_in_view(make_window, monkeypatch, tmp_path: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    room = SIZES[size]
    monkeypatch.setattr(fit, "available_size", lambda widget=None: room)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "code.txt"), ""))
    w = make_window()
    w.ctx.prefs.set("safety/country", "GB")
    app = App(w)
    found: list[str] = []

    def check(what: str, label: QLabel) -> None:
        if why := not_in_view(label):
            found.append(f"{what}: {why}")

    # the recovery code: "Saved. Move that file…", then the check's "not the last group"
    access = app.access
    access.start_creating()
    access.type_new_passphrase(default_passphrase())
    access.submit_create()
    app.wait_for_screen("recovery_code", 20000)
    saved_note, check_message = access.recovery_labels
    to_top(w)
    access.press_save_recovery_code()
    assert (tmp_path / "code.txt").exists()
    check("recovery code saved", saved_note)
    to_top(w)
    access.confirm_recovery_code("WRONG")
    check("recovery code check", check_message)
    access.confirm_recovery_code(access.recovery_code().split("-")[-1])
    app.wait_for_screen("shell")
    if CountryQuestion(w).shown():
        CountryQuestion(w).not_now()

    checkins = app.checkins
    app.show("checkins")
    checkins.open_checkin()
    to_top(w)
    checkins.check_in(mood=5, note="A calm morning")
    assert checkins.checkin_message().startswith("Saved")
    check("check-in", checkins.form.message)

    to_top(w)
    form = checkins.fill_and_save_questionnaire("gad7")
    assert form.message.text() == "Saved."
    check("questionnaire result", form.result_total)
    check("questionnaire saved", form.message)

    page = checkins.side_effects
    plain = next(s for s, sym in page.cat.symptoms.items() if not sym.reading and not sym.needs_text)
    to_top(w)
    checkins.save_side_effect(plain, next(iter(page.severity_buttons)))
    assert page.message.text() == "Saved."
    check("side effect", page.message)

    journal = app.journal
    app.show("journal")
    journal.new_note()
    journal.write("Walked by the river.\n" * 12)
    to_top(w)
    journal.press_save()
    assert journal.save_state() == "Saved"
    check("journal note", journal.save_state_label)

    settings = app.settings
    to_top(w)
    settings.change_passphrase("", "a new long passphrase of words")
    assert settings.change_message() == "Please type your current passphrase."
    check("settings passphrase", settings.change_message_label)

    assert not found, f"{size}: {len(found)} messages out of view:\n" + "\n".join(found)
