"""Helpers for pytest-qt tests that drive the main window."""

from __future__ import annotations

from kapjournal.ui.main_window import MainWindow
from tests.conftest import PASS


def create_journal_via_ui(qtbot, w: MainWindow, remember: bool = False) -> None:  # type: ignore[no-untyped-def]
    assert w.stack.currentWidget() is w.welcome
    w.welcome.create_button.click()
    w.create_page.form.first.setText(PASS)
    w.create_page.form.second.setText(PASS)
    if remember:
        qtbot.waitUntil(lambda: w.create_page.remember.isEnabled())
        w.create_page.remember.setChecked(True)
    w.create_page.create.click()
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.recovery_page, timeout=10000)
    code = w.recovery_page.code_label.text()
    w.recovery_page.check.setText(code.split("-")[-1])
    w.recovery_page.continue_button.click()
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.shell)
    return code  # type: ignore[return-value]


def unlock_via_ui(qtbot, w: MainWindow, passphrase: str = PASS) -> None:  # type: ignore[no-untyped-def]
    w.unlock_page.message.clear()
    w.unlock_page.field.setText(passphrase)
    w.unlock_page.unlock.click()
    qtbot.waitUntil(
        lambda: w.stack.currentWidget() is w.shell or bool(w.unlock_page.message.text()), timeout=10000
    )
