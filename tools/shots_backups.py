"""Screenshots of Settings → Backups, the restore dialogs, the key-rotation progress,
the new-recovery-code page and the read-only banner of a damaged journal.

    QT_QPA_PLATFORM=offscreen python tools/shots_backups.py [OUT_DIR] [light|dark ...]

Uses the real MainWindow at 1366x768 on a throw-away data folder (no keychain).
Backups are dated over the last weeks with an injected clock; one unreadable file
and one backup of another journal are dropped into ``backups/``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shotlib import Camera, create_journal, main_window, reopen, shots_main

from kapjournal.storage import repo
from kapjournal.storage.journal import create_journal as create_bare_journal
from kapjournal.storage.models import Entry
from kapjournal.ui.settings.actions import KeyRotationProgress
from kapjournal.ui.settings.settings_page import RestoreDialog

SIZE = (1366, 768)
NOW = datetime.now(UTC).replace(microsecond=0)


def _fill_backups(w, folder: Path) -> None:  # type: ignore[no-untyped-def]
    journal = w.vault.journal
    assert journal is not None
    plan = [
        (timedelta(days=40), "before-v2"),
        (timedelta(days=9), "auto"),
        (timedelta(days=3), "auto"),
        (timedelta(days=1, hours=2), "before-restore"),
        (timedelta(hours=20), "auto"),
        (timedelta(minutes=5), "manual"),
    ]
    for age, reason in plan:
        journal.auto_backup(reason, force=True, now=lambda age=age: NOW - age)
    backups = w.vault.files.backups
    (backups / "copied-from-usb.kapbackup").write_bytes(b"this is not a backup")
    other_dir = Path(tempfile.mkdtemp(prefix="kap-shots-other-"))
    try:
        other, _ = create_bare_journal(other_dir / "j", "a different journal entirely")
        made = other.auto_backup("manual", force=True, now=lambda: NOW - timedelta(days=2))
        other.close()
        assert made is not None
        shutil.copy(made, backups / ("from-old-laptop" + made.suffix))
    finally:
        shutil.rmtree(other_dir, ignore_errors=True)


def _flip_middle_page(db_file: Path) -> None:
    data = bytearray(db_file.read_bytes())
    pages = len(data) // 4096
    data[(pages // 2 - 1) * 4096 + 700] ^= 0x01
    db_file.write_bytes(bytes(data))


def run(cam: Camera) -> None:
    with main_window(cam, "kap-shots-backups-", size=SIZE) as w:
        create_journal(cam, w)
        cam.until(lambda: bool(list(w.vault.files.backups.glob("*.kapbackup"))))
        cam.settle(400)
        for p in w.vault.files.backups.glob("*.kapbackup"):
            p.unlink()  # the automatic one made now: replaced by the dated ones below
        _fill_backups(w, w.vault.folder)
        w.shell.show_page("settings")
        page = w.page("settings")
        cam.until(lambda: page.backup_model.rowCount() == 8)
        page.show_backups()
        cam.shoot(w, "settings-backups")
        page.backup_list.select_row(0)
        cam.shoot(w, "settings-backups-unusable")
        page.backup_list.select_row(1)
        page.backup_list.select_row(page.backup_model.rowCount() - 1)
        chosen = page.selected_backup()
        assert chosen is not None
        dialog = RestoreDialog(w, [chosen], w.vault.journal_id(), chosen=chosen)
        dialog.show()
        cam.shoot(dialog, "restore-confirm")
        dialog.close()
        dialog.deleteLater()
        infos = [r.info for r in page.backup_model.rows()]
        dialog = RestoreDialog(
            w,
            infos,
            w.vault.journal_id(),
            intro="KAP Journal keeps encrypted backups of your journal. You can put one back: "
            "the newest one is chosen, and you can choose another.",
        )
        dialog.resize(620, 560)
        dialog.show()
        cam.shoot(dialog, "restore-picker")
        dialog.close()
        dialog.deleteLater()
        progress = KeyRotationProgress(w)
        progress.show()
        progress.set_fraction(0.4)
        cam.shoot(progress, "rotation-progress")
        progress.finish()
        w.access.recovery_page.show_code(
            "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2",
            "Your journal got a new key, so it also has a new recovery code. "
            "Please keep this one and destroy the old one.",
        )
        w.stack.setCurrentWidget(w.access.recovery_page)
        cam.shoot(w, "recovery-code-new-key")
        w.access.recovery_page.check.setText("WXYZ2")
        w.access.recovery_page.continue_button.click()
        w.lock("manual")
        w.unlock_page.show_note("The backup is back in place. Unlock to continue.")
        cam.shoot(w, "unlock-restored")

    with main_window(cam, "kap-shots-damaged-", size=SIZE) as w:
        db = create_journal(cam, w)
        for i in range(80):
            repo.insert(db, Entry(body=f"Walked by the river, day {i}. " + "The light on the water. " * 20))
        cam.until(lambda: bool(list(w.vault.files.backups.glob("*.kapbackup"))))
        cam.settle(400)
        w.lock("manual")
        _flip_middle_page(w.vault.files.db)
        reopen(cam, w)
        cam.until(lambda: w.shell.damaged_banner.isVisible())
        cam.shoot(w, "damaged-banner")
        w.shell.go_to_backups.click()
        cam.until(lambda: w.page("settings").backup_model.rowCount() > 0)
        cam.shoot(w, "damaged-settings")


def main() -> int:
    return shots_main(run, "/tmp/shots-backups", shot_ms=250, wait_ms=200, timeout=30)  # noqa: S108


if __name__ == "__main__":
    sys.exit(main())
