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
from tests.ui.pages import AccessScreens, App, Journal, Settings, db_of
from tests.uihelpers import create_journal_via_ui, unlock_via_ui

NEW_PASS = "another calm meadow sentence"


def entry_count(w: MainWindow) -> int:
    from kapjournal.storage import repo
    from kapjournal.storage.models import Entry

    return repo.count(db_of(w), Entry)


def test_first_run_refuses_weak_then_creates(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    access = AccessScreens(w)
    access.start_creating()
    access.type_new_passphrase("password")
    access.submit_create()
    assert access.create_message()  # refused with a reason
    assert App(w).screen() == "create"
    assert not w.main_vault.exists()
    access.back_from_create()
    code = create_journal_via_ui(qtbot, w)
    assert len(code) == 29
    assert w.windowTitle() == "KAP Journal"
    assert w.shell.current_key() == "today"
    assert not access.recovery_code()  # the code is not kept on screen


def test_recovery_code_check_must_match(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    access = AccessScreens(w)
    access.start_creating()
    access.type_new_passphrase(PASS)
    access.submit_create()
    qtbot.waitUntil(lambda: App(w).screen() == "recovery_code", timeout=10000)
    access.confirm_recovery_code("WRONG")
    assert App(w).screen() == "recovery_code"
    assert access.recovery_message()


def test_lock_keeps_draft_clears_views_and_unlock_recovers(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    page = Journal(w)
    page.write("saved note")
    assert page.save()
    page.new_note()
    page.write(f"unsaved words {CANARY}")
    w.lock_action.trigger()
    assert App(w).screen() == "unlock"
    assert not w.vault.is_open
    assert page.text() == ""
    assert page.count() == 0
    assert CANARY not in w.windowTitle()
    assert "locked" in w.windowTitle().lower()
    unlock_via_ui(qtbot, w)
    assert App(w).screen() == "shell"
    assert page.text() == f"unsaved words {CANARY}"
    assert not page.recovered_banner.isHidden()
    page.save()
    assert entry_count(w) == 2


def test_wrong_passphrase_one_line_file_untouched(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    w.lock("manual")
    db_file = w.main_vault.files.db
    before = (hashlib.sha256(db_file.read_bytes()).hexdigest(), db_file.stat().st_mtime_ns)
    unlock_via_ui(qtbot, w, "definitely not it")
    message = AccessScreens(w).unlock_message()
    assert message and "\n" not in message
    assert App(w).screen() == "unlock"
    assert (hashlib.sha256(db_file.read_bytes()).hexdigest(), db_file.stat().st_mtime_ns) == before


def test_idle_lock(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    Journal(w).write("typing when the timer fires")
    w.inactivity.set_interval_ms(200)
    qtbot.waitUntil(lambda: App(w).screen() == "unlock", timeout=10000)
    assert not w.vault.is_open
    unlock_via_ui(qtbot, w)
    assert Journal(w).text() == "typing when the timer fires"


def test_forgot_passphrase_with_recovery_code(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    code = create_journal_via_ui(qtbot, w)
    w.lock("manual")
    access = AccessScreens(w)
    access.forgot_passphrase()
    assert App(w).screen() == "recover"
    access.recover("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", NEW_PASS)
    qtbot.waitUntil(lambda: bool(access.recover_message()), timeout=10000)
    assert App(w).screen() == "recover"
    access.recover(code.lower(), NEW_PASS)
    qtbot.waitUntil(lambda: App(w).screen() == "shell", timeout=10000)
    w.lock("manual")
    w.vault._next_attempt_at = 0
    unlock_via_ui(qtbot, w, PASS)
    assert App(w).screen() == "unlock"  # the old passphrase no longer opens
    w.vault._next_attempt_at = 0
    unlock_via_ui(qtbot, w, NEW_PASS)
    assert App(w).screen() == "shell"


def test_remember_opens_without_typing(qtbot, make_window, secret_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_window(secret_store)
    create_journal_via_ui(qtbot, w, remember=True)
    assert w.ctx.prefs.get("unlock/remembered")
    w.close()
    wait_for_tasks()
    w2 = make_window(secret_store)
    qtbot.waitUntil(lambda: App(w2).screen() == "shell", timeout=10000)
    # After a lock the saved key needs a click, it does not reopen by itself.
    w2.lock("manual")
    assert AccessScreens(w2).saved_key_button.isVisibleTo(w2)
    AccessScreens(w2).use_saved_key()
    qtbot.waitUntil(lambda: App(w2).screen() == "shell", timeout=10000)


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
    w2.access.try_saved_key()
    # Returned at once; work runs elsewhere. Any call into SlowStore takes a full
    # second, so the bound below still tells "waited for the keychain" from "did not",
    # with room for a busy machine.
    assert time.monotonic() - started < 0.9
    access = AccessScreens(w2)
    qtbot.waitUntil(lambda: "keychain" in access.unlock_message(), timeout=10000)
    assert access.unlock_button.isEnabled()


def test_no_keychain_disables_remember_with_reason(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(NullSecretStore("No secure keychain is available on this computer."))
    access = AccessScreens(w)
    access.start_creating()
    qtbot.waitUntil(lambda: bool(access.remember_reason()))
    assert not access.remember_box.isEnabled()
    assert "keychain" in access.remember_reason()


def test_sample_journal_is_separate_and_marked(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    AccessScreens(w).open_sample()
    qtbot.waitUntil(lambda: App(w).screen() == "shell", timeout=20000)
    assert "Sample" in w.windowTitle()
    assert App(w).sample_banner.isVisibleTo(w)
    assert Journal(w).count() > 0
    assert w.ctx.paths.sample_dir.joinpath("journal.kapdb").exists()
    assert not w.ctx.paths.journal_dir.joinpath("journal.kapdb").exists()
    App(w).leave_sample()
    assert App(w).screen() == "welcome"
    assert not w.sample_vault.is_open


def test_not_saved_keeps_text(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.storage import repo
    from kapjournal.storage.errors import NotSaved

    w = make_window()
    create_journal_via_ui(qtbot, w)
    page = Journal(w)
    page.write("words that must survive")

    def full(*a, **k):  # type: ignore[no-untyped-def]
        raise NotSaved("Could not save: the disk is full.")

    monkeypatch.setattr(repo, "insert", full)
    assert not page.save()
    assert "Not saved" in page.save_state() and "disk is full" in page.save_state()
    assert page.text() == "words that must survive"
    monkeypatch.undo()
    assert page.save()


def test_damaged_journal_offers_restore_and_keeps_file(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    Journal(w).write("before the damage")
    Journal(w).save()
    w.keys.backup_now()
    qtbot.waitUntil(lambda: Settings(w).backup_message() == "Backed up.", timeout=10000)
    w.lock("manual")
    db_file = w.main_vault.files.db
    db_file.write_bytes(b"\x00garbage" * 512)
    from kapjournal.ui.settings.settings_page import RestoreDialog

    # The restore picker comes up with the newest usable backup chosen: accept it.
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: RestoreDialog.DialogCode.Accepted)
    unlock_via_ui(qtbot, w)
    qtbot.waitUntil(lambda: "backup is back" in AccessScreens(w).unlock_message(), timeout=20000)
    # The damaged file is kept, inside a before-restore backup (never as a loose file).
    from kapjournal.storage.backups import list_backups

    aside = [i.path for i in list_backups(w.main_vault.files) if i.reason == "before-restore"]
    assert len(aside) == 1 and not list(db_file.parent.glob("journal.damaged-*"))
    with zipfile.ZipFile(aside[0]) as zf:
        assert zf.read("journal.kapdb").startswith(b"\x00garbage")
    unlock_via_ui(qtbot, w)
    assert App(w).screen() == "shell"
    assert entry_count(w) == 1


def test_settings_change_passphrase(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    s = Settings(w)
    s.change_passphrase(PASS, NEW_PASS)
    qtbot.waitUntil(lambda: "changed" in s.change_message(), timeout=10000)
    w.lock("manual")
    unlock_via_ui(qtbot, w, NEW_PASS)
    assert App(w).screen() == "shell"


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
    assert App(w).screen() == "unlock"
    assert not w.vault.is_open


def test_screen_lock_respects_setting(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    Settings(w).screen_lock_box.setChecked(False)
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
    Journal(w).write("words the disk cannot take")
    _fail_drafts(monkeypatch)
    assert w.lock("idle") is False
    assert w.vault.is_open and App(w).screen() == "shell"
    assert Journal(w).text() == "words the disk cannot take"
    assert "could not be saved" in App(w).message()
    monkeypatch.undo()  # pytest-qt closes the window before fixtures are torn down


@pytest.mark.parametrize(("choice", "locked"), [("keep", False), ("lock", True)])
def test_manual_lock_asks_when_unsaved_text_cannot_be_kept(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch, choice: str, locked: bool
) -> None:
    w = make_window()
    create_journal_via_ui(qtbot, w)
    w.shell.show_page("journal")
    Journal(w).write("words the disk cannot take")
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
        assert Journal(w).text() == "words the disk cannot take"
    monkeypatch.undo()  # pytest-qt closes the window before fixtures are torn down


def test_delete_journal_from_settings(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    s = Settings(w)
    s.delete_journal("not the passphrase at all")
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert w.vault.is_open and w.main_vault.exists()
    s.delete_journal(PASS)
    qtbot.waitUntil(lambda: App(w).screen() == "welcome", timeout=10000)
    assert not w.main_vault.exists()


def test_patient_text_in_tooltips_is_plain(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.storage import repo
    from kapjournal.storage.models import Checkin
    from kapjournal.ui.common.widgets import plain_tip

    tip = plain_tip('<b>bold</b><img src="/etc/hostname"> & more')
    assert "<b>" not in tip and "<img" not in tip and "&lt;img" in tip
    w = make_window()
    create_journal_via_ui(qtbot, w)
    repo.insert(db_of(w), Checkin(mood=5, note='<img src="/etc/hostname"><b>x</b>'))
    for key in w.shell.page_keys():  # pages are built when first shown
        App(w).show(key)
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


def test_a_feature_that_cannot_read_a_damaged_journal_does_not_stop_the_opening(
    qtbot, make_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.storage.errors import JournalDamaged
    from kapjournal.ui.measures.feature import MeasuresFeature

    w = make_window()
    create_journal_via_ui(qtbot, w)
    w.lock("manual")

    def unreadable(self, db):  # type: ignore[no-untyped-def]
        raise JournalDamaged("damaged")

    monkeypatch.setattr(MeasuresFeature, "unlocked", unreadable)
    opened = []
    w.unlocked.connect(lambda: opened.append(True))
    unlock_via_ui(qtbot, w)
    assert App(w).screen() == "shell" and App(w).page() == "today"
    assert opened == [True]  # every later step of the opening ran
    assert w.lock("manual")
