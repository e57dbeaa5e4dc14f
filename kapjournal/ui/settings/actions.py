"""What the Settings page asks of the open journal: a new passphrase or recovery code
(a key rotation behind a progress dialog that cannot be cancelled), the keychain,
backups (list, back up now, restore), deleting the journal, and the theme.

:class:`JournalActions` is wired to the Settings page when that page is first built.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressBar, QVBoxLayout, QWidget

from kapjournal.i18n import QT_TR_NOOP, tr, translated
from kapjournal.storage.backups import BackupInfo, list_backups, restore_bundle
from kapjournal.ui.common import fit
from kapjournal.ui.common.crisis import offer_help
from kapjournal.ui.common.theme import apply_theme, close_popups
from kapjournal.ui.common.widgets import label
from kapjournal.ui.common.workers import run_task
from kapjournal.ui.errors import user_message as _message

if TYPE_CHECKING:
    from kapjournal.ui.main_window import MainWindow
    from kapjournal.ui.settings.settings_page import SettingsPage

logger = logging.getLogger(__name__)


class JournalActions(QObject):
    """The Settings page's journal-level requests, carried out for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.rotating = False  # a key rotation is running: it must not be interrupted

    @property
    def page(self) -> SettingsPage:
        return self.w.settings.get()

    def wire(self, s: SettingsPage) -> None:
        s.change_passphrase_requested.connect(self.change_passphrase)
        s.remember_requested.connect(self.remember)
        s.forget_requested.connect(self.forget)
        s.new_recovery_requested.connect(self.new_recovery_code)
        s.backup_requested.connect(self.backup_now)
        s.backups_refresh_requested.connect(self.list_backups)
        s.restore_requested.connect(self.restore_backup)
        s.delete_requested.connect(self.delete_journal)
        s.lock_settings_changed.connect(self.w.configure_idle_lock)
        s.theme_changed.connect(self.apply_theme)

    def list_backups(self) -> None:
        """List the backups off the GUI thread (each bundle is opened to read it)."""
        vault = self.w.vault
        journal = vault.journal
        if journal is None or not vault.is_open:
            return
        files, journal_id = vault.files, journal.journal_id

        def done(infos: Any) -> None:
            page = self.w.settings.built  # not built yet: it lists them when first shown
            if page is not None and self.w.vault is vault and vault.journal is journal and vault.is_open:
                page.set_backups(infos, journal_id)

        run_task(
            lambda: list_backups(files),
            done,
            lambda e: logger.info("backups not listed (%s)", type(e).__name__),
            uses_journal=False,
        )

    def restore_backup(self, info: BackupInfo) -> None:
        """Settings → Backups: confirm, lock, put the chosen backup back."""
        if not self.w.vault.is_open or self.w.vault.sample:
            return
        from kapjournal.ui.settings.backups import RestoreDialog

        chosen, ok = RestoreDialog.ask(self.w, [info], self.w.vault.journal_id(), chosen=info)
        if ok and chosen is not None:
            self.restore(chosen)

    def restore(self, info: BackupInfo) -> None:
        vault = self.w.vault
        folder: Path = vault.folder
        # Lock first, as the lock button does: drafts kept, views cleared, key dropped.
        if vault.is_open and not self.w.lock("restore"):
            return
        self.w.access.unlock_page.set_busy(True, tr("Restoring…"))
        self.w.access.unlock_page.show_note(tr("Putting the backup back in place…"))

        def done(_: Any) -> None:
            self.w.access.unlock_page.set_busy(False)
            self.w.access.unlock_page.show_note(tr("The backup is back in place. Unlock to continue."))
            self.w.access.tick_wait()

        def failed(exc: BaseException) -> None:
            self.w.access.unlock_page.set_busy(False)
            self.w.access.unlock_page.show_error(_message(exc))
            self.w.access.tick_wait()

        run_task(lambda: restore_bundle(info.path, folder), done, failed)

    def go_to_backups(self) -> None:
        self.w.host.show_page("settings")
        self.page.show_backups()

    def _run_rotation(
        self,
        work: Callable[[Callable[[float], None]], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Run a key rotation in a worker behind a modal progress dialog without a
        cancel button (a rotation must not be interrupted)."""
        dialog = KeyRotationProgress(self.w)
        # Owned by the dialog, so it is destroyed on the GUI thread with it, never by
        # the pool thread that drops the job (and its reference to ``emit``).
        relay = _ProgressRelay(dialog)
        relay.progressed.connect(dialog.set_fraction)
        self.rotating = True
        dialog.show()

        def finish() -> None:
            self.rotating = False
            dialog.finish()
            self.list_backups()  # every backup was re-encrypted

        def ok(result: Any) -> None:
            helping = dialog.stepped_aside
            finish()
            self._after_help(helping, lambda: done(result))

        def bad(exc: BaseException) -> None:
            helping = dialog.stepped_aside
            finish()
            self._after_help(helping, lambda: failed(exc))

        run_task(lambda: work(relay.progressed.emit), ok, bad)

    def _after_help(self, helping: bool, then: Callable[[], None]) -> None:
        """Run ``then`` (it may bring up the new recovery code) now, or, when the patient
        left the progress dialog for the safety page and is still on it, once they leave
        it: a finished rotation never takes the crisis lines off the screen. (Left by
        locking, the journal is closed: nothing of it is shown then.)"""
        stack = self.w.stack
        on_help = stack.currentWidget()
        if not helping or on_help is self.w.shell:
            then()
            return

        def left(_index: int) -> None:
            if stack.currentWidget() is on_help:
                return
            stack.currentChanged.disconnect(left)
            if self.w.vault.is_open:
                then()
            else:
                logger.info("a finished key rotation was not reported: the journal locked meanwhile")

        stack.currentChanged.connect(left)

    def _refuse_when_damaged(self) -> str:
        journal = self.w.vault.journal
        if journal is not None and journal.damaged:
            return tr(
                "The journal is open read-only because its file is damaged, so its keys "
                "cannot be changed now. You can restore a backup first."
            )
        return ""

    def change_passphrase(self, current: str, new: str) -> None:
        vault = self.w.vault
        refused = self._refuse_when_damaged()
        if refused:
            self.page.change_finished(False, refused)
            return

        def done(code: Any) -> None:
            if code:
                self.page.change_finished(
                    True, tr("Passphrase changed. Your journal also has a new recovery code.")
                )
                self.show_new_code(
                    str(code),
                    tr(
                        "Your journal got a new key, so it also has a new recovery code. "
                        "Please keep this one and destroy the old one."
                    ),
                )
            else:
                self.page.change_finished(
                    True, tr("Passphrase changed. Your recovery code still works.")
                )

        self._run_rotation(
            lambda progress: vault.change_passphrase(current, new, progress),
            done,
            lambda e: self.page.change_finished(False, _message(e)),
        )

    def show_new_code(self, code: str, note: str = "") -> None:
        self.w.access.code_from_settings = True
        self.w.access.recovery_page.show_code(code, note)
        self.w.stack.setCurrentWidget(self.w.access.recovery_page)
        self.w.access.recovery_page.check.setFocus()

    def remember(self) -> None:
        vault = self.w.vault

        def done(_: Any) -> None:
            self.page.set_remembered(True, True, "")

        def failed(exc: BaseException) -> None:
            self.page.set_remembered(False, *self.w.access.keychain)
            self.w.host.announce(_message(exc))

        def timeout() -> None:
            self.page.set_remembered(False, False, tr("The system keychain did not answer."))

        run_task(
            vault.remember,
            done,
            failed,
            timeout_ms=self.w.ctx.keychain_timeout_ms,
            on_timeout=timeout,
            uses_journal=False,
        )

    def forget(self) -> None:
        vault = self.w.vault
        run_task(
            vault.forget,
            lambda _: self.page.set_remembered(False, *self.w.access.keychain),
            lambda e: self.w.host.announce(_message(e)),
            timeout_ms=self.w.ctx.keychain_timeout_ms,
            uses_journal=False,
        )

    def new_recovery_code(self) -> None:
        vault = self.w.vault
        refused = self._refuse_when_damaged()
        if refused:
            self.w.host.announce(refused)
            return
        self._run_rotation(
            vault.new_recovery_code,
            lambda code: self.show_new_code(str(code)),
            lambda e: self.w.host.announce(_message(e)),
        )

    def backup_now(self) -> None:
        vault = self.w.vault
        fit.show_message(self.page.backup_message, tr("Backing up…"))

        def work() -> Any:
            assert vault.journal is not None
            return vault.journal.auto_backup("manual", force=True)

        def done(path: Any) -> None:
            fit.show_message(
                self.page.backup_message,
                tr("Backed up.") if path else tr("Not backed up: the journal failed its check."),
            )
            self.list_backups()

        run_task(work, done, lambda e: fit.show_message(self.page.backup_message, _message(e)))

    def delete_journal(self, passphrase: str) -> None:
        vault = self.w.vault
        self.page.delete_button.setEnabled(False)
        # No page may touch the journal while it is being deleted.
        self.w.clear_views()

        def done(_: Any) -> None:
            self.page.delete_button.setEnabled(True)
            self.w.inactivity.stop()
            self.w.vault = self.w.main_vault
            self.w.stack.setCurrentWidget(self.w.access.welcome)
            self.w.set_title()
            self.w.announce_locked()

        def failed(exc: BaseException) -> None:
            self.page.delete_button.setEnabled(True)
            self.page.delete_field.wipe()
            if vault.is_open and vault.journal is not None:
                self.w.give_journal_to_views(vault.journal.db)
            QMessageBox.information(self.w, tr("Not deleted"), _message(exc))

        # Checking the passphrase (Argon2) and the keychain call run off the GUI thread.
        run_task(lambda: vault.delete(passphrase), done, failed)

    def apply_theme(self, mode: str) -> None:
        """Switch the theme once the pick that asked for it is done: the theme list is
        closed now and the switch runs from the event loop, so no popup stays painted
        over a window that is restyling."""
        close_popups()
        QTimer.singleShot(0, self, lambda: self._switch_theme(mode))

    def _switch_theme(self, mode: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, mode)


class _ProgressRelay(QObject):
    """Carries a worker's progress (0.0–1.0) to the GUI thread (a queued signal)."""

    progressed = Signal(float)


class KeyRotationProgress(QDialog):
    """The "Giving your journal a new key…" dialog: modal, no cancel button; Escape and
    the window's close button do nothing until :meth:`finish`."""

    TEXT = QT_TR_NOOP("Giving your journal a new key…")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Please wait"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 24)
        lay.setSpacing(14)
        self.label = label(translated(self.TEXT))
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)  # the theme's slim bar has no room for a percentage
        self.bar.setAccessibleName(translated(self.TEXT))
        self.note = label(tr("This takes a moment. Please leave the app open until it is done."), "muted")
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.note)
        # The rotation cannot stop, but the patient need not wait for it to reach help:
        # the dialog steps aside (the rotation goes on) and the safety page opens.
        self.stepped_aside = False  # the patient left it for the safety page
        help_button = offer_help(self, leave=self._step_aside)
        if help_button is not None:
            lay.addWidget(help_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._running = True

    def label_text(self) -> str:
        return self.label.text()

    def value(self) -> int:
        return self.bar.value()

    def set_fraction(self, fraction: float) -> None:
        self.bar.setValue(max(self.bar.value(), min(100, round(fraction * 100))))

    def _step_aside(self) -> None:
        self.stepped_aside = True
        self.hide()

    def finish(self) -> None:
        self._running = False
        self.hide()
        self.deleteLater()

    def reject(self) -> None:
        if not self._running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
        else:
            super().closeEvent(event)


