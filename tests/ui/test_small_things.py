"""The small things a patient notices (issue 12, item 7): each checked as they meet it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton

from kapjournal.ui.access.pages import CreatePage, RecoveryCodePage
from kapjournal.ui.common.theme import apply_theme
from kapjournal.ui.common.widgets import NewPassphraseForm
from kapjournal.ui.preparation.dialogs import DATE_FORMAT, DATETIME_FORMAT
from kapjournal.ui.settings.passphrase import KeychainSection
from tests.ui.pages import App
from tests.uihelpers import create_journal_via_ui


def test_ctrl_k_keeps_a_maximized_window_maximized(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    w.showMaximized()
    qtbot.waitUntil(w.isMaximized)
    w.bring_to_front()
    assert w.isMaximized()


def test_window_state_comes_back_after_a_restart(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    w = make_window(data=data)
    w.resize(760, 560)  # inside the offscreen screen (800 x 600)
    w.close()
    again = make_window(data=data)
    assert (again.width(), again.height()) == (760, 560)


def test_titles_do_not_repeat_the_app_name(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    assert w.windowTitle() == "KAP Journal"
    w.lock("manual")
    assert w.windowTitle() == "Locked"  # the platform adds " — KAP Journal"


def test_remember_cannot_be_ticked_without_a_keychain(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = CreatePage()
    qtbot.addWidget(page)
    assert not page.remember.isEnabled()  # until the keychain has answered
    page.set_keychain(False, "No keychain")
    page.remember.setChecked(True)  # even if something ticks it
    sent = []
    page.submitted.connect(lambda pw, remember: sent.append(remember))
    page.form.first.setText("correct horse battery staple")
    page.form.second.setText("correct horse battery staple")
    page.create.click()
    assert sent == [False]


def _indicator_fill(box: QCheckBox) -> QColor:
    """The colour inside the check box's square, as drawn."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    return box.grab().toImage().pixelColor(QPoint(rect.center().x(), rect.center().y()))


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_a_box_that_cannot_be_ticked_looks_it(qtbot, mode: str) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    colors = apply_theme(app, mode)
    try:
        page = CreatePage()
        qtbot.addWidget(page)
        page.resize(800, 700)
        page.show()
        can = QCheckBox("Something that can be ticked")
        qtbot.addWidget(can)
        can.show()
        page.set_keychain(False, "No secure keychain is available on this computer.")
        cannot = _indicator_fill(page.remember)
        # not the empty white (or dark) square of a box waiting for a tick
        assert cannot != _indicator_fill(can) and cannot != QColor(colors["base"]), (mode, cannot.name())
    finally:
        apply_theme(app, "light")


def test_create_page_says_why_it_cannot_remember(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = CreatePage()
    qtbot.addWidget(page)
    page.set_keychain(False, "No secure keychain is available on this computer.")
    assert not page.remember.isEnabled() and not page.remember.isChecked()
    assert "keychain" in page.remember.accessibleDescription()


def test_settings_never_shows_remember_ticked_without_a_keychain(qtbot) -> None:  # type: ignore[no-untyped-def]
    section = KeychainSection()
    qtbot.addWidget(section)
    section.show()
    forgot: list[bool] = []
    section.forget_requested.connect(lambda: forgot.append(True))
    reason = "The system keychain is not running."
    # remembered earlier, but the keychain cannot be reached now
    section.set_remembered(True, False, reason)
    assert not section.remember.isChecked() and not section.remember.isEnabled()
    assert section.remember.accessibleDescription() == reason == section.remember_reason.text()
    assert section.forget_button.isVisible()  # the saved key can still be forgotten
    section.forget_button.click()
    assert forgot == [True]
    section.set_remembered(False, False, reason)
    assert not section.remember.isChecked() and not section.remember.isEnabled()
    assert not section.forget_button.isVisible()
    section.set_remembered(True, True, "")
    assert section.remember.isChecked() and section.remember.isEnabled()
    assert not section.forget_button.isVisible()
    assert section.remember.accessibleDescription() == section.remember_reason.text() != reason


def test_strength_bar_shows_something_for_a_weak_passphrase(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = NewPassphraseForm()
    qtbot.addWidget(form)
    assert form.meter.value() == 0
    form.first.setText("password")
    assert 0 < form.meter.value() < form.meter.maximum()


def test_recovery_check_error_goes_once_the_right_group_is_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = RecoveryCodePage()
    qtbot.addWidget(page)
    page.show_code("AAAA-BBBB-CCCC")
    page.check.setText("CCCX")
    page.continue_button.click()
    assert page.message.text()
    page.check.setText("CCCC")
    assert page.message.text() == ""


def test_recovery_code_prints_large(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = RecoveryCodePage()
    qtbot.addWidget(page)
    page.show_code("AAAA-BBBB-CCCC")
    html = page.print_html()
    assert "AAAA-BBBB-CCCC" in html and "26pt" in html and "monospace" in html


def test_date_fields_type_as_people_write_dates(qtbot) -> None:  # type: ignore[no-untyped-def]
    for fmt in (DATE_FORMAT, DATETIME_FORMAT):
        assert "ddd" not in fmt  # no weekday section to step or type into by mistake
    assert QDate.fromString("30 Dec 2026", DATE_FORMAT) == QDate(2026, 12, 30)


def test_need_help_has_a_shortcut_and_a_help_menu_entry(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    entries = [a for a in w.help_menu.actions() if a.text() == "Need help now?"]
    assert entries and entries[0].shortcut().toString() == "F1"
    entries[0].trigger()  # from the welcome screen, before any journal exists
    assert App(w).screen() == "safety"


def test_settings_never_sends_a_patient_to_the_command_line(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.pages import visible_label_texts

    w = make_window()
    create_journal_via_ui(qtbot, w)
    App(w).show("settings")
    assert "--data-dir" not in visible_label_texts(w.page("settings"))
