"""The flows a patient clicks through: set-up, lock, unlock, recover, remember, sample."""

from __future__ import annotations

import hashlib
import time
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from kapjournal.storage.keychain import Availability, NullSecretStore
from kapjournal.ui.common.workers import wait_for_tasks
from kapjournal.ui.main_window import MainWindow
from tests.conftest import CANARY, PASS
from tests.uihelpers import create_journal_via_ui, unlock_via_ui

NEW_PASS = "another calm meadow sentence"


def entry_count(w: MainWindow) -> int:
    from kapjournal.storage import repo
    from kapjournal.storage.models import Entry

    assert w.vault.journal is not None
    return repo.count(w.vault.journal.db, Entry)


def test_first_run_refuses_weak_then_creates(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    w.welcome.create_button.click()
    w.create_page.form.first.setText("password")
    w.create_page.form.second.setText("password")
    w.create_page.create.click()
    assert w.create_page.message.text()  # refused with a reason
    assert w.stack.currentWidget() is w.create_page
    assert not w.main_vault.exists()
    w.create_page.back.click()
    code = create_journal_via_ui(qtbot, w)
    assert len(code) == 29
    assert w.windowTitle() == "KAP Journal"
    assert w.shell.current_key() == "today"
    assert not w.recovery_page.code_label.text()  # the code is not kept on screen


def test_recovery_code_check_must_match(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    w.welcome.create_button.click()
    w.create_page.form.first.setText(PASS)
    w.create_page.form.second.setText(PASS)
    w.create_page.create.click()
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.recovery_page, timeout=10000)
    w.recovery_page.check.setText("WRONG")
    w.recovery_page.continue_button.click()
    assert w.stack.currentWidget() is w.recovery_page
    assert w.recovery_page.message.text()


def test_lock_keeps_draft_clears_views_and_unlock_recovers(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    page = w.journal_page
    page.editor.setPlainText("saved note")
    assert page.save()
    page.new_note()
    page.editor.setPlainText(f"unsaved words {CANARY}")
    w.lock_action.trigger()
    assert w.stack.currentWidget() is w.unlock_page
    assert not w.vault.is_open
    assert page.editor.toPlainText() == ""
    assert page.model.rowCount() == 0
    assert CANARY not in w.windowTitle()
    assert "locked" in w.windowTitle()
    unlock_via_ui(qtbot, w)
    assert w.stack.currentWidget() is w.shell
    assert page.editor.toPlainText() == f"unsaved words {CANARY}"
    assert not page.recovered.isHidden()
    page.save()
    assert entry_count(w) == 2


def test_wrong_passphrase_one_line_file_untouched(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    w.lock("manual")
    db_file = w.main_vault.files.db
    before = (hashlib.sha256(db_file.read_bytes()).hexdigest(), db_file.stat().st_mtime_ns)
    unlock_via_ui(qtbot, w, "definitely not it")
    message = w.unlock_page.message.text()
    assert message and "\n" not in message
    assert w.stack.currentWidget() is w.unlock_page
    assert (hashlib.sha256(db_file.read_bytes()).hexdigest(), db_file.stat().st_mtime_ns) == before


def test_idle_lock(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    w.journal_page.editor.setPlainText("typing when the timer fires")
    w.inactivity.set_interval_ms(200)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.unlock_page, timeout=10000)
    assert not w.vault.is_open
    unlock_via_ui(qtbot, w)
    assert w.journal_page.editor.toPlainText() == "typing when the timer fires"


def test_forgot_passphrase_with_recovery_code(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    code = create_journal_via_ui(qtbot, w)
    w.lock("manual")
    w.unlock_page.forgot.click()
    assert w.stack.currentWidget() is w.recover_page
    w.recover_page.code.setText("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")
    w.recover_page.form.first.setText(NEW_PASS)
    w.recover_page.form.second.setText(NEW_PASS)
    w.recover_page.submit.click()
    qtbot.waitUntil(lambda: bool(w.recover_page.message.text()), timeout=10000)
    assert w.stack.currentWidget() is w.recover_page
    w.recover_page.code.setText(code.lower())
    w.recover_page.form.first.setText(NEW_PASS)
    w.recover_page.form.second.setText(NEW_PASS)
    w.recover_page.submit.click()
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.shell, timeout=10000)
    w.lock("manual")
    w.vault._next_attempt_at = 0
    unlock_via_ui(qtbot, w, PASS)
    assert w.stack.currentWidget() is w.unlock_page  # the old passphrase no longer opens
    w.vault._next_attempt_at = 0
    unlock_via_ui(qtbot, w, NEW_PASS)
    assert w.stack.currentWidget() is w.shell


def test_remember_opens_without_typing(qtbot, make_window, secret_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_window(secret_store)
    create_journal_via_ui(qtbot, w, remember=True)
    assert w.ctx.prefs.get("unlock/remembered")
    w.close()
    wait_for_tasks()
    w2 = make_window(secret_store)
    qtbot.waitUntil(lambda: w2.stack.currentWidget() is w2.shell, timeout=10000)
    # After a lock the saved key needs a click, it does not reopen by itself.
    w2.lock("manual")
    assert w2.unlock_page.saved_key.isVisibleTo(w2)
    w2.unlock_page.saved_key.click()
    qtbot.waitUntil(lambda: w2.stack.currentWidget() is w2.shell, timeout=10000)


class SlowStore:
    """A keychain that never answers in time."""

    def availability(self) -> Availability:
        time.sleep(1.0)
        return Availability(True)

    def get(self, journal_id: str) -> str | None:
        time.sleep(1.0)
        return None

    def set(self, journal_id: str, secret: str) -> None:
        time.sleep(1.0)

    def delete(self, journal_id: str) -> None:
        return None


def test_slow_keychain_never_freezes(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    w.close()
    wait_for_tasks()
    w2 = make_window(SlowStore(), keychain_timeout_ms=150)
    w2.ctx.prefs.set("unlock/remembered", True)
    started = time.monotonic()
    w2._try_saved_key()
    # Returned at once; work runs elsewhere. Any call into SlowStore takes a full
    # second, so the bound below still tells "waited for the keychain" from "did not",
    # with room for a busy machine.
    assert time.monotonic() - started < 0.9
    qtbot.waitUntil(lambda: "keychain" in w2.unlock_page.message.text(), timeout=10000)
    assert w2.unlock_page.unlock.isEnabled()


def test_no_keychain_disables_remember_with_reason(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(NullSecretStore("No secure keychain is available on this computer."))
    w.welcome.create_button.click()
    qtbot.waitUntil(lambda: bool(w.create_page.remember_reason.text()))
    assert not w.create_page.remember.isEnabled()
    assert "keychain" in w.create_page.remember_reason.text()


def test_sample_journal_is_separate_and_marked(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    w.welcome.sample_button.click()
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.shell, timeout=20000)
    assert "Sample" in w.windowTitle()
    assert w.shell.sample_banner.isVisibleTo(w)
    assert w.journal_page.model.rowCount() > 0
    assert w.ctx.paths.sample_dir.joinpath("journal.kapdb").exists()
    assert not w.ctx.paths.journal_dir.joinpath("journal.kapdb").exists()
    w.shell.leave_sample.click()
    assert w.stack.currentWidget() is w.welcome
    assert not w.sample_vault.is_open


def test_not_saved_keeps_text(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.storage import repo
    from kapjournal.storage.errors import NotSaved

    w = make_window()
    create_journal_via_ui(qtbot, w)
    page = w.journal_page
    page.editor.setPlainText("words that must survive")

    def full(*a, **k):  # type: ignore[no-untyped-def]
        raise NotSaved("Could not save: the disk is full.")

    monkeypatch.setattr(repo, "insert", full)
    assert not page.save()
    assert "Not saved" in page.state.text() and "disk is full" in page.state.text()
    assert page.editor.toPlainText() == "words that must survive"
    monkeypatch.undo()
    assert page.save()


def test_damaged_journal_offers_restore_and_keeps_file(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    w.journal_page.editor.setPlainText("before the damage")
    w.journal_page.save()
    w._backup_now()
    qtbot.waitUntil(lambda: w.settings_page.backup_message.text() == "Backed up.", timeout=10000)
    w.lock("manual")
    db_file = w.main_vault.files.db
    db_file.write_bytes(b"\x00garbage" * 512)
    from kapjournal.ui.settings.settings_page import RestoreDialog

    # The restore picker comes up with the newest usable backup chosen: accept it.
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: RestoreDialog.DialogCode.Accepted)
    unlock_via_ui(qtbot, w)
    qtbot.waitUntil(lambda: "backup is back" in w.unlock_page.message.text(), timeout=20000)
    # The damaged file is kept, inside a before-restore backup (never as a loose file).
    from kapjournal.storage.backups import list_backups

    aside = [i.path for i in list_backups(w.main_vault.files) if i.reason == "before-restore"]
    assert len(aside) == 1 and not list(db_file.parent.glob("journal.damaged-*"))
    with zipfile.ZipFile(aside[0]) as zf:
        assert zf.read("journal.kapdb").startswith(b"\x00garbage")
    unlock_via_ui(qtbot, w)
    assert w.stack.currentWidget() is w.shell
    assert entry_count(w) == 1


def test_settings_change_passphrase(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    s = w.settings_page
    w.shell.show_page("settings")
    s.current.setText(PASS)
    s.new_form.first.setText(NEW_PASS)
    s.new_form.second.setText(NEW_PASS)
    s.change_button.click()
    qtbot.waitUntil(lambda: "changed" in s.change_message.text(), timeout=10000)
    w.lock("manual")
    unlock_via_ui(qtbot, w, NEW_PASS)
    assert w.stack.currentWidget() is w.shell


def test_every_control_has_an_accessible_name(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QSpinBox,
    )

    w = make_window()
    create_journal_via_ui(qtbot, w)
    missing = []
    for cls in (QAbstractButton, QLineEdit, QPlainTextEdit, QSpinBox, QComboBox):
        for widget in w.findChildren(cls):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
                continue
            name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
            if not name and widget.focusPolicy() != 0:
                missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    assert missing == []


def test_screen_lock_signal_locks(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    w.screen_lock.on_active_changed(True)
    assert w.stack.currentWidget() is w.unlock_page
    assert not w.vault.is_open


def test_screen_lock_respects_setting(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    w.settings_page.screen_lock.setChecked(False)
    w.screen_lock.on_active_changed(True)
    assert w.vault.is_open


def _fail_drafts(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.storage import repo
    from kapjournal.storage.errors import NotSaved

    def full(*a, **k):  # type: ignore[no-untyped-def]
        raise NotSaved("Could not save: the disk is full.")

    monkeypatch.setattr(repo, "save_draft", full)


def test_idle_lock_waits_when_unsaved_text_cannot_be_kept(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    w.shell.show_page("journal")
    w.journal_page.editor.setPlainText("words the disk cannot take")
    _fail_drafts(monkeypatch)
    assert w.lock("idle") is False
    assert w.vault.is_open and w.stack.currentWidget() is w.shell
    assert w.journal_page.editor.toPlainText() == "words the disk cannot take"
    assert "could not be saved" in w.statusBar().currentMessage()
    monkeypatch.undo()  # pytest-qt closes the window before fixtures are torn down


@pytest.mark.parametrize(("choice", "locked"), [("keep", False), ("lock", True)])
def test_manual_lock_asks_when_unsaved_text_cannot_be_kept(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch, choice: str, locked: bool
) -> None:
    w = make_window()
    create_journal_via_ui(qtbot, w)
    w.shell.show_page("journal")
    w.journal_page.editor.setPlainText("words the disk cannot take")
    _fail_drafts(monkeypatch)
    wanted = QMessageBox.ButtonRole.RejectRole if choice == "keep" else QMessageBox.ButtonRole.DestructiveRole
    asked = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        for b in box.buttons():
            if box.buttonRole(b) == wanted:
                b.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert w.lock("manual") is locked
    assert asked and "could not be saved" in asked[0]
    assert w.vault.is_open is not locked
    if not locked:
        assert w.journal_page.editor.toPlainText() == "words the disk cannot take"
    monkeypatch.undo()  # pytest-qt closes the window before fixtures are torn down


def test_delete_journal_from_settings(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    s = w.settings_page
    s.delete_field.setText("not the passphrase at all")
    s.delete_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert w.vault.is_open and w.main_vault.exists()
    s.delete_field.setText(PASS)
    s.delete_button.click()
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.welcome, timeout=10000)
    assert not w.main_vault.exists()


def test_patient_text_in_tooltips_is_plain(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.storage import repo
    from kapjournal.storage.models import Checkin
    from kapjournal.ui.common.widgets import plain_tip

    tip = plain_tip('<b>bold</b><img src="/etc/hostname"> & more')
    assert "<b>" not in tip and "<img" not in tip and "&lt;img" in tip
    w = make_window()
    create_journal_via_ui(qtbot, w)
    assert w.vault.journal is not None
    repo.insert(w.vault.journal.db, Checkin(mood=5, note='<img src="/etc/hostname"><b>x</b>'))
    w.data_changed.emit("checkin")
    tips = []
    for m in w.findChildren(QAbstractItemModel):
        root = QModelIndex()
        while m.canFetchMore(root):
            m.fetchMore(root)
        try:
            columns = m.columnCount(root)
        except TypeError:  # list models keep columnCount private
            columns = 1
        for r in range(m.rowCount(root)):
            for c in range(columns):
                tips.append(str(m.data(m.index(r, c, root), Qt.ItemDataRole.ToolTipRole) or ""))
    assert any("&lt;img" in t for t in tips)
    assert not any("<img" in t for t in tips)
