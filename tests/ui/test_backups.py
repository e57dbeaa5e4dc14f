"""Settings → Backups, restoring, key rotations with progress, and a damaged journal
opened read-only: the flows a patient clicks through (real SQLCipher journals)."""

from __future__ import annotations

import hashlib
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from kapjournal.storage import repo
from kapjournal.storage.backups import BackupInfo, list_backups
from kapjournal.storage.journal import create_journal
from kapjournal.storage.models import Entry
from kapjournal.ui.common.workers import wait_for_tasks
from kapjournal.ui.main_window import MainWindow
from kapjournal.ui.settings.actions import KeyRotationProgress
from kapjournal.ui.settings.settings_page import RestoreDialog, backup_rows, default_row, size_text
from tests._helpers.make_frozen import PASSPHRASE as FROZEN_PASSPHRASE
from tests.conftest import PASS
from tests.ui.pages import AccessScreens, App, Journal, Settings, db_of
from tests.uihelpers import create_journal_via_ui, unlock_via_ui

NEW_PASS = "another calm meadow sentence"
FROZEN = Path(__file__).resolve().parents[1] / "_files" / "journal-v1"
WAIT = 20000


# -- page helpers ----------------------------------------------------------------------
def bodies(w: MainWindow) -> list[str]:
    return sorted(e.body for e in repo.select(db_of(w), Entry))


def write_note(w: MainWindow, text: str) -> None:
    assert Journal(w).write_note(text)


def wait_for_auto_backup(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The automatic backup made after an unlock (after the full check)."""
    qtbot.waitUntil(lambda: any(i.reason == "auto" for i in list_backups(w.vault.files)), timeout=WAIT)
    wait_for_tasks()


def back_up_now(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    Settings(w).back_up_now()


def show_backups(qtbot, w: MainWindow, rows: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Open Settings and wait for the list to show ``rows`` backups; their texts."""
    return Settings(w).show_backups(rows, timeout_ms=WAIT)


def accept_restore_dialog(monkeypatch, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Answer the restore dialog with its default button, keeping what it said."""

    def answer(dialog: RestoreDialog) -> int:
        seen.append(dialog.message.text())
        return RestoreDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", answer)


def wait_restored(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: "back in place. Unlock" in AccessScreens(w).unlock_message(), timeout=WAIT)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- rows without a window ---------------------------------------------------------------
def _info(
    name: str, minutes: int, reason: str, journal_id: str | None = "me", usable: bool = True
) -> BackupInfo:
    return BackupInfo(
        path=Path(name),
        created=datetime(2026, 3, 3, 12, 0, tzinfo=UTC) - timedelta(minutes=minutes),
        reason=reason,
        size=2048,
        journal_id=journal_id if usable else None,
        usable=usable,
        problem=None if usable else "This backup file is damaged and cannot be read.",
    )


def test_default_choice_is_the_newest_usable_backup_of_this_journal_not_a_restore() -> None:
    infos = [
        _info("broken", 0, "auto", usable=False),
        _info("foreign", 1, "manual", journal_id="other"),
        _info("aside", 2, "before-restore"),
        _info("good", 3, "auto"),
    ]
    rows = backup_rows(infos, "me")
    assert [r.restorable for r in rows] == [False, False, True, True]
    assert "damaged" in rows[0].why_not and "another journal" in rows[1].why_not
    assert rows[default_row(rows)].info.path == Path("good")
    # Only the state a restore replaced is left: it is chosen (it can be put back).
    assert default_row(backup_rows(infos[:3], "me")) == 2
    # Unreadable key files (no journal id): any readable backup can go back.
    assert backup_rows(infos, None)[1].restorable


# -- the list ----------------------------------------------------------------------------
def test_list_shows_backups_newest_first_with_reason_and_size(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    create_journal_via_ui(qtbot, w)
    wait_for_auto_backup(qtbot, w)
    texts = show_backups(qtbot, w, 1)
    assert "Automatic" in texts[0]
    back_up_now(qtbot, w)  # the list refreshes after a backup is made
    texts = show_backups(qtbot, w, 2)
    infos = list_backups(w.vault.files)
    assert "You made this one" in texts[0] and "Automatic" in texts[1]
    for text, info in zip(texts, infos, strict=True):
        assert size_text(info.size) in text
        assert (
            QLocale().formattedDataSize(info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            in text
        )
        assert str(info.created.astimezone().year) in text
    s = Settings(w)
    model = s.backup_model
    spoken = str(model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole))
    assert "You made this one" in spoken and str(infos[0].created.astimezone().day) in spoken
    assert "\n" not in spoken
    # One Tab stop, arrow keys inside; the newest backup is chosen at first.
    assert s.backup_list.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert not s.backup_list.tabKeyNavigation()
    assert s.backup_list.currentIndex().row() == 0
    assert s.restore_button.isEnabled()
    assert s.restore_button.accessibleName() == s.restore_button.text() == "Restore this backup…"


def test_keyboard_choice_restores_that_backup_and_keeps_the_state_it_replaced(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch
) -> None:
    w = make_window()
    create_journal_via_ui(qtbot, w)
    wait_for_auto_backup(qtbot, w)
    write_note(w, "first words")
    back_up_now(qtbot, w)
    write_note(w, "second words")
    back_up_now(qtbot, w)
    show_backups(qtbot, w, 3)
    s = Settings(w)
    seen: list[str] = []
    accept_restore_dialog(monkeypatch, seen)
    # Down arrow to the backup holding only the first note; Enter asks to restore it.
    qtbot.keyClick(s.backup_list, Qt.Key.Key_Down)
    assert s.backup_list.currentIndex().row() == 1
    chosen = s.selected_backup()
    assert chosen is not None
    qtbot.keyClick(s.backup_list, Qt.Key.Key_Return)
    assert seen and "will be put back to how it was on" in seen[0] and "so you can undo this" in seen[0]
    wait_restored(qtbot, w)
    assert not w.vault.is_open
    unlock_via_ui(qtbot, w)
    assert App(w).screen() == "shell"
    assert bodies(w) == ["first words"]
    # What was replaced is kept as a backup, listed, and not chosen by default.
    texts = show_backups(qtbot, w, 4)
    assert any("Before a restore" in t for t in texts)
    aside_row = next(i for i, t in enumerate(texts) if "Before a restore" in t)
    assert s.backup_list.currentIndex().row() != aside_row
    # It can itself be put back: the restore is undone.
    s.backup_list.select_row(aside_row)
    s.restore_chosen()
    wait_restored(qtbot, w)
    unlock_via_ui(qtbot, w)
    assert bodies(w) == ["first words", "second words"]


def test_backup_of_another_journal_is_listed_but_not_restorable(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path: Path
) -> None:
    other, _ = create_journal(tmp_path / "other", "a different journal entirely")
    foreign = other.auto_backup("manual", force=True)
    other.close()
    w = make_window()
    create_journal_via_ui(qtbot, w)
    wait_for_auto_backup(qtbot, w)
    assert foreign is not None
    dropped = w.vault.files.backups / ("20300101T000000000000Z-manual.kapbackup")
    shutil.copy(foreign, dropped)
    (w.vault.files.backups / "junk.kapbackup").write_bytes(b"not a zip at all")
    texts = show_backups(qtbot, w, 3)
    s = Settings(w)
    model = s.backup_model
    foreign_row = next(i for i, t in enumerate(texts) if "another journal" in t)
    junk_row = next(i for i, t in enumerate(texts) if "Not usable" in t)
    assert "not a KAP Journal backup" in texts[junk_row]
    # Chosen by default: this journal's own backup, even though the foreign one is newer.
    assert "Automatic" in texts[s.backup_list.currentIndex().row()]
    for row in (foreign_row, junk_row):
        assert model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None  # greyed
        s.backup_list.select_row(row)
        assert not s.restore_button.isEnabled()
    # Even if asked directly, the restore refuses with its message and changes nothing.
    db_file = w.vault.files.db
    w.lock("manual")
    before = _sha(db_file)
    info = next(i for i in list_backups(w.vault.files) if i.path == dropped)
    w.keys.restore(info)
    qtbot.waitUntil(lambda: "another journal" in AccessScreens(w).unlock_message(), timeout=WAIT)
    assert "Nothing was changed" in AccessScreens(w).unlock_message()
    assert _sha(db_file) == before
    assert not any(i.reason == "before-restore" for i in list_backups(w.vault.files))


# -- key rotations -----------------------------------------------------------------------
def change_passphrase(w: MainWindow, current: str, new: str) -> None:
    Settings(w).change_passphrase(current, new)


def test_passphrase_change_shows_progress_and_says_the_code_still_works(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch
) -> None:
    fractions: list[float] = []
    original = KeyRotationProgress.set_fraction

    def record(self: KeyRotationProgress, fraction: float) -> None:
        fractions.append(fraction)
        original(self, fraction)

    monkeypatch.setattr(KeyRotationProgress, "set_fraction", record)
    w = make_window()
    create_journal_via_ui(qtbot, w)
    wait_for_auto_backup(qtbot, w)
    change_passphrase(w, PASS, NEW_PASS)
    dialogs = [d for d in w.findChildren(KeyRotationProgress) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.label_text() == "Giving your journal a new key…"
    # No cancel button: its one button is "Need help now?", which lets the rotation go on.
    assert dialog.isModal() and [b.text() for b in dialog.findChildren(QPushButton)] == ["Need help now?"]
    dialog.reject()  # Escape does not interrupt a rotation
    assert dialog.isVisible()
    assert w.lock("manual") is False and w.vault.is_open  # nor does a lock
    s = Settings(w)
    qtbot.waitUntil(lambda: bool(s.change_message()) and s.change_message() != "Changing…", timeout=WAIT)
    assert s.change_message() == "Passphrase changed. Your recovery code still works."
    assert not any(d.isVisible() for d in w.findChildren(KeyRotationProgress))
    assert fractions and fractions[-1] == 1.0
    assert App(w).screen() == "shell"
    w.lock("manual")
    unlock_via_ui(qtbot, w, NEW_PASS)
    assert App(w).screen() == "shell"


def test_first_release_journal_shows_its_new_recovery_code_after_a_change(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(FROZEN, data)
    w = make_window(data=data)
    unlock_via_ui(qtbot, w, FROZEN_PASSPHRASE)
    assert App(w).screen() == "shell"
    change_passphrase(w, FROZEN_PASSPHRASE, NEW_PASS)
    qtbot.waitUntil(lambda: App(w).screen() == "recovery_code", timeout=WAIT)
    page = AccessScreens(w)
    assert page.recovery_note.isVisibleTo(w)
    assert page.recovery_note_text() == (
        "Your journal got a new key, so it also has a new recovery code. "
        "Please keep this one and destroy the old one."
    )
    code = page.recovery_code()
    assert len(code) == 29
    page.confirm_recovery_code(code.split("-")[-1])
    assert App(w).screen() == "shell" and w.shell.current_key() == "settings"
    assert "new recovery code" in Settings(w).change_message()
    assert not page.recovery_code()
    # The new code opens the journal.
    w.lock("manual")
    page.forgot_passphrase()
    page.recover(code, PASS)
    qtbot.waitUntil(lambda: App(w).screen() == "shell", timeout=WAIT)


def test_help_during_a_key_rotation_keeps_the_crisis_lines_up_until_the_patient_leaves(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path: Path
) -> None:
    """The progress dialog's "Need help now?": the rotation goes on behind the safety
    page, and its new recovery code comes up only once the patient goes back."""
    data = tmp_path / "data"
    shutil.copytree(FROZEN, data)
    w = make_window(data=data)
    unlock_via_ui(qtbot, w, FROZEN_PASSPHRASE)
    change_passphrase(w, FROZEN_PASSPHRASE, NEW_PASS)
    (dialog,) = [d for d in w.findChildren(KeyRotationProgress) if d.isVisible()]
    (need_help,) = dialog.findChildren(QPushButton)
    need_help.click()
    assert App(w).screen() == "safety" and not dialog.isVisible()
    qtbot.waitUntil(lambda: not w.keys.rotating, timeout=WAIT)
    wait_for_tasks()
    assert App(w).screen() == "safety"
    App(w).safety.back()
    qtbot.waitUntil(lambda: App(w).screen() == "recovery_code", timeout=WAIT)
    assert len(AccessScreens(w).recovery_code()) == 29


def test_new_recovery_code_runs_behind_the_progress_dialog(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w = make_window()
    create_journal_via_ui(qtbot, w)
    Settings(w).open()
    Settings(w).new_recovery_code()
    assert any(d.isVisible() for d in w.findChildren(KeyRotationProgress))
    qtbot.waitUntil(lambda: App(w).screen() == "recovery_code", timeout=WAIT)
    assert not any(d.isVisible() for d in w.findChildren(KeyRotationProgress))
    access = AccessScreens(w)
    assert len(access.recovery_code()) == 29 and not access.recovery_note.isVisibleTo(w)


# -- a damaged journal ----------------------------------------------------------------------
def _flip_middle_page(db_file: Path) -> None:
    data = bytearray(db_file.read_bytes())
    pages = len(data) // 4096
    data[(pages // 2 - 1) * 4096 + 700] ^= 0x01
    db_file.write_bytes(bytes(data))


def test_damaged_journal_is_read_only_with_a_banner_and_keeps_the_text(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch
) -> None:
    w = make_window()
    create_journal_via_ui(qtbot, w)
    wait_for_auto_backup(qtbot, w)
    for i in range(80):
        repo.insert(db_of(w), Entry(body=f"entry {i} " + "words " * 80))
    back_up_now(qtbot, w)
    w.lock("manual")
    db_file = w.vault.files.db
    _flip_middle_page(db_file)
    before = _sha(db_file)
    unlock_via_ui(qtbot, w)
    assert App(w).screen() == "shell"
    app = App(w)
    assert app.damaged_banner.isVisibleTo(w)
    assert app.damaged_text() == (
        "Your journal file is damaged, so it is open read-only: you can read, but nothing new "
        "is saved. You can restore a backup in Settings → Backups."
    )
    # A save is refused, calmly; the words stay in the editor.
    w.shell.show_page("journal")
    page = Journal(w)
    assert not page.write_note("words written after the damage")
    assert "Not saved" in page.save_state() and "read-only" in page.save_state()
    assert page.text() == "words written after the damage"
    # The banner's button goes to the backups, where the manual backup is chosen.
    app.go_to_backups()
    assert w.shell.current_key() == "settings"
    texts = show_backups(qtbot, w, 2)
    assert "You made this one" in texts[Settings(w).chosen_backup_row()]
    # Restoring asks about the unsaved words first (they cannot be kept as a draft).
    asked: list[str] = []

    def lock_anyway(box: QMessageBox) -> int:
        asked.append(box.text())
        for b in box.buttons():
            if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole:
                b.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", lock_anyway)
    accept_restore_dialog(monkeypatch, [])
    Settings(w).restore_chosen()
    assert asked and "could not be saved" in asked[0]
    wait_restored(qtbot, w)
    assert _sha(next(i.path for i in list_backups(w.vault.files) if i.reason == "before-restore")) != before
    unlock_via_ui(qtbot, w)
    assert App(w).screen() == "shell"
    assert not App(w).damaged_banner.isVisibleTo(w)
    assert w.vault.journal is not None and not w.vault.journal.damaged
    assert len(bodies(w)) == 80


def test_a_page_that_cannot_read_a_damaged_journal_does_not_stop_the_opening(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch
) -> None:
    """Which page meets the damaged page depends on the file's layout; here the journal
    page's first read fails, as it did for a real flipped byte in the screenshots."""
    from kapjournal.storage.db import READ_ONLY_MESSAGE
    from kapjournal.storage.errors import JournalDamaged

    w = make_window()
    create_journal_via_ui(qtbot, w)
    wait_for_auto_backup(qtbot, w)
    for i in range(80):
        repo.insert(db_of(w), Entry(body=f"entry {i} " + "words " * 80))
    w.lock("manual")
    _flip_middle_page(w.vault.files.db)

    def unreadable(db: object) -> None:
        raise JournalDamaged(READ_ONLY_MESSAGE)

    monkeypatch.setattr(Journal(w).widget, "on_unlocked", unreadable)
    unlock_via_ui(qtbot, w)
    assert App(w).screen() == "shell"
    assert App(w).damaged_banner.isVisibleTo(w)
    assert not AccessScreens(w).passphrase_field.text()  # the passphrase is not left in the field
    monkeypatch.undo()


def test_full_check_after_unlock_shows_the_banner(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Damage only the full check sees: found in the background, banner shown."""
    from kapjournal.storage import db as dbmod

    w = make_window()
    create_journal_via_ui(qtbot, w)
    wait_for_auto_backup(qtbot, w)
    w.lock("manual")
    calls: list[str] = []

    def problems(self) -> list[str]:  # type: ignore[no-untyped-def]
        calls.append("check")
        return ["row 3 missing from index"]

    monkeypatch.setattr(dbmod.Database, "integrity_problems", problems)
    unlock_via_ui(qtbot, w)
    assert App(w).screen() == "shell"
    qtbot.waitUntil(lambda: App(w).damaged_banner.isVisibleTo(w), timeout=WAIT)
    assert calls == ["check"]  # once; no automatic backup of a damaged journal
    assert w.vault.journal is not None and w.vault.journal.damaged
    monkeypatch.undo()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_unusable_rows_are_greyed_in_both_themes(qtbot, theme: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from kapjournal.ui.common.theme import colors
    from kapjournal.ui.settings.settings_page import BackupListModel

    app = QApplication.instance()
    assert app is not None
    previous = app.property("kap_colors")
    app.setProperty("kap_colors", colors(theme))  # the table apply_theme stores
    try:
        model = BackupListModel()
        model.set_backups([_info("good", 0, "auto"), _info("broken", 1, "auto", usable=False)], "me")
        assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
        grey = model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole)
        assert grey.name() == colors(theme)["muted"]
    finally:
        app.setProperty("kap_colors", previous)


@pytest.mark.parametrize("room", [(1024, 600), (911, 512), (683, 400)])  # 1.5× text: 1366×768, 1024×600
def test_restore_dialog_opens_with_its_heading_in_view(qtbot, make_window, monkeypatch, room) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtWidgets import QApplication, QScrollArea

    from kapjournal.ui.common import fit

    screen = QSize(*room)
    monkeypatch.setattr(fit, "available_size", lambda widget=None: screen)
    w = make_window()
    create_journal_via_ui(qtbot, w)
    journal = w.vault.journal
    assert journal is not None
    now = datetime.now(UTC)
    for days in range(1, 9):
        journal.auto_backup("manual", force=True, now=lambda days=days: now - timedelta(days=days))
    dialog = RestoreDialog(w, list_backups(w.vault.files), w.vault.journal_id())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.list.setFocus()  # where it opens: the backup to restore is chosen there
    for _ in range(5):
        QApplication.processEvents()
    fits = screen - fit.FRAME
    assert dialog.width() <= fits.width() and dialog.height() <= fits.height()
    area = dialog.findChildren(QScrollArea)[0]
    viewport = area.viewport()
    top_left = dialog.heading.mapTo(viewport, dialog.heading.rect().topLeft())
    assert viewport.rect().contains(QRect(top_left, dialog.heading.size())), (room, top_left)
    assert area.verticalScrollBar().value() == 0
    assert QApplication.focusWidget() is dialog.list or dialog.focusWidget() is dialog.list
    # the list still shows a couple of backups
    assert dialog.list.viewport().height() >= 2 * dialog.list.sizeHintForRow(0)
