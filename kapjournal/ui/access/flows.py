"""The closed-journal screens and what they do: first run (create, the recovery code),
the sample journal, unlock (passphrase, saved key, the wait after failed attempts),
recovery with the code, and the offer to restore a backup when a journal will not open.

:class:`AccessFlows` owns the five access pages (create, recovery code and recover are
built when first shown); the window shows them in its stack and
calls :meth:`MainWindow.opened` once a journal is open. See docs/ARCHITECTURE.md,
"How locking works".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from kapjournal.i18n import tr, translated
from kapjournal.storage.backups import current_journal_id, list_backups
from kapjournal.storage.errors import JournalDamaged, KeySlotsMissing, NotAJournal
from kapjournal.storage.keychain import KeychainError
from kapjournal.ui.access.pages import CreatePage, RecoverPage, RecoveryCodePage, UnlockPage, WelcomePage
from kapjournal.ui.common.workers import run_task
from kapjournal.ui.errors import user_message as _message
from kapjournal.ui.feature import Lazy
from kapjournal.vault import SAMPLE_PASSPHRASE, DeviceUnlock

if TYPE_CHECKING:
    from kapjournal.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

SAMPLE_DAYS = 90


class AccessFlows(QObject):
    """Welcome, create, recovery code, unlock and recover, for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.welcome = WelcomePage()
        self.unlock_page = UnlockPage()
        # Built when first shown (the unlock screen of a journal shows none of them).
        self._create = Lazy(self._build_create)
        self._recovery = Lazy(self._build_recovery)
        self._recover = Lazy(self._build_recover)
        self.keychain = (False, tr("Checking the system keychain…"))
        self.saved_key_stale = False
        #: The recovery page was opened from Settings (a new code), not at set-up.
        self.code_from_settings = False
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(1000)

    def pages(self) -> list[Any]:
        """The pages built with the window (the others join the stack when built)."""
        return [self.welcome, self.unlock_page]

    @property
    def create_page(self) -> CreatePage:
        return self._create.get()

    @property
    def recovery_page(self) -> RecoveryCodePage:
        return self._recovery.get()

    @property
    def recover_page(self) -> RecoverPage:
        return self._recover.get()

    def _build_create(self) -> CreatePage:
        page = CreatePage()
        self.w.stack.addWidget(page)
        page.back_requested.connect(lambda: self.w.stack.setCurrentWidget(self.welcome))
        page.submitted.connect(self.create)
        page.set_keychain(*self.keychain)
        return page

    def _build_recovery(self) -> RecoveryCodePage:
        page = RecoveryCodePage()
        self.w.stack.addWidget(page)
        page.done.connect(self.recovery_code_kept)
        return page

    def _build_recover(self) -> RecoverPage:
        page = RecoverPage()
        self.w.stack.addWidget(page)
        page.back_requested.connect(self.show_unlock)
        page.submitted.connect(self.recover)
        return page

    def wire(self) -> None:
        self.wait_timer.timeout.connect(self.tick_wait)
        self.welcome.create_requested.connect(self.show_create)
        self.welcome.sample_requested.connect(self.open_sample)
        self.unlock_page.unlock_requested.connect(self.unlock)
        self.unlock_page.saved_key_requested.connect(self.try_saved_key)
        self.unlock_page.forgot_requested.connect(self.show_recover)

    def _keychain_known(self, available: bool, reason: str) -> None:
        self.keychain = (available, reason)
        if self._create.built is not None:
            self._create.built.set_keychain(*self.keychain)

    def check_keychain(self) -> None:
        def done(av: Any) -> None:
            self._keychain_known(av.available, translated(av.reason) if av.reason else "")

        def timeout() -> None:
            self._keychain_known(False, tr("The system keychain did not answer."))

        self._keychain_known(*self.keychain)
        run_task(
            self.w.ctx.secrets.availability,
            done,
            lambda e: timeout(),
            timeout_ms=self.w.ctx.keychain_timeout_ms,
            on_timeout=timeout,
            uses_journal=False,
        )

    def show_create(self) -> None:
        self.w.vault = self.w.main_vault
        self.create_page.wipe()
        self.create_page.set_keychain(*self.keychain)
        self.w.stack.setCurrentWidget(self.create_page)
        self.create_page.form.first.setFocus()

    def create(self, passphrase: str, remember: bool) -> None:
        self.create_page.set_busy(True)

        def work() -> str:
            code = self.w.main_vault.create(passphrase)
            if remember:
                try:
                    self.w.main_vault.remember()
                except KeychainError:
                    logger.info("remember failed at set-up")
            return code

        def done(code: Any) -> None:
            self.create_page.set_busy(False)
            self.create_page.wipe()
            self.w.vault = self.w.main_vault
            self.recovery_page.show_code(str(code))
            self.w.stack.setCurrentWidget(self.recovery_page)
            self.recovery_page.check.setFocus()

        def failed(exc: BaseException) -> None:
            self.create_page.set_busy(False)
            self.create_page.show_error(_message(exc))

        run_task(work, done, failed)

    def recovery_code_kept(self) -> None:
        from_settings, self.code_from_settings = self.code_from_settings, False
        if self.w.vault.is_open and from_settings:
            self.w.stack.setCurrentWidget(self.w.shell)
            self.w.shell.show_page("settings")
        elif self.w.vault.is_open:
            from kapjournal.ui.access.country import ask_country  # with the safety page's content

            self.w.opened()
            ask_country(self.w, self.w.ctx.prefs)  # set-up: confirm the crisis lines' country
        else:
            self.show_unlock()

    def open_sample(self) -> None:
        if self.w.main_vault.is_open:
            return
        vault = self.w.sample_vault
        self.welcome.sample_button.setEnabled(False)

        def work() -> None:
            if vault.exists():
                vault.unlock(SAMPLE_PASSPHRASE)
            else:
                from kapjournal.sample.build import build_demo

                vault.create(SAMPLE_PASSPHRASE)
                assert vault.journal is not None
                build_demo(vault.journal.db, days=SAMPLE_DAYS)

        def done(_: Any) -> None:
            self.welcome.sample_button.setEnabled(True)
            self.w.vault = vault
            self.w.opened()

        def failed(exc: BaseException) -> None:
            self.welcome.sample_button.setEnabled(True)
            QMessageBox.information(self.w, tr("Sample journal"), _message(exc))

        run_task(work, done, failed)

    def leave_sample(self) -> None:
        if not self.w.vault.sample:
            return
        self.w.lock("leave-sample")
        self.w.vault = self.w.main_vault
        if self.w.main_vault.exists():
            self.show_unlock()
        else:
            self.w.stack.setCurrentWidget(self.welcome)
        self.w.set_title()

    def show_unlock(self) -> None:
        self.unlock_page.reset(
            sample=self.w.vault.sample,
            saved_key=bool(self.w.ctx.prefs.get("unlock/remembered")) and not self.w.vault.sample,
        )
        self.w.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.focus()
        self.tick_wait()
        self.w.set_title()

    def tick_wait(self) -> None:
        seconds = int(self.w.vault.seconds_until_next_attempt() + 0.999)
        self.unlock_page.set_waiting(seconds)
        if seconds > 0:
            self.wait_timer.start()
        else:
            self.wait_timer.stop()

    def unlock(self, passphrase: str) -> None:
        vault = self.w.vault
        self.unlock_page.set_busy(True)

        def done(_: Any) -> None:
            self.unlock_page.set_busy(False)
            self.w.opened()
            if self.saved_key_stale and not vault.sample:
                self._offer_update_saved_key()

        def failed(exc: BaseException) -> None:
            self.unlock_page.set_busy(False)
            self.unlock_page.show_error(_message(exc))
            self.tick_wait()
            if isinstance(exc, (NotAJournal, JournalDamaged, KeySlotsMissing)):
                self.offer_restore()

        run_task(lambda: vault.unlock(passphrase), done, failed)

    def try_saved_key(self) -> None:
        vault = self.w.vault
        if vault.sample:
            return
        self.unlock_page.set_busy(True)

        def done(result: Any) -> None:
            self.unlock_page.set_busy(False)
            if result is DeviceUnlock.OPENED:
                self.w.opened()
            elif result is DeviceUnlock.STALE:
                self.saved_key_stale = True
                self.unlock_page.show_error(
                    tr(
                        "The key saved on this computer no longer fits this journal. "
                        "Please type your passphrase."
                    )
                )
            elif result is DeviceUnlock.UNAVAILABLE:
                self.unlock_page.show_error(
                    tr("The system keychain did not answer. Please type your passphrase.")
                )

        def failed(exc: BaseException) -> None:
            self.unlock_page.set_busy(False)
            self.unlock_page.show_error(_message(exc))
            if isinstance(exc, (NotAJournal, JournalDamaged, KeySlotsMissing)):
                self.offer_restore()

        def timeout() -> None:
            self.unlock_page.set_busy(False)
            self.unlock_page.show_error(
                tr("The system keychain did not answer. Please type your passphrase.")
            )

        run_task(
            vault.unlock_with_saved_key,
            done,
            failed,
            timeout_ms=self.w.ctx.keychain_timeout_ms,
            on_timeout=timeout,
        )

    def _offer_update_saved_key(self) -> None:
        self.saved_key_stale = False
        answer = QMessageBox.question(self.w,
            tr("Update the saved key?"),
            tr(
                "The key saved on this computer was out of date. "
                "Save a new one so the journal opens without typing?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.w.keys.remember()
        else:
            self.w.keys.forget()

    def show_recover(self) -> None:
        self.recover_page.wipe()
        self.w.stack.setCurrentWidget(self.recover_page)
        self.recover_page.code.setFocus()

    def recover(self, code: str, new_passphrase: str) -> None:
        vault = self.w.vault
        self.recover_page.set_busy(True)

        def done(_: Any) -> None:
            self.recover_page.set_busy(False)
            self.recover_page.wipe()
            self.w.opened()
            self.w.host.announce(tr("Your new passphrase is set."))

        def failed(exc: BaseException) -> None:
            self.recover_page.set_busy(False)
            self.recover_page.show_error(_message(exc))

        run_task(lambda: vault.unlock_with_recovery(code, new_passphrase), done, failed)

    def offer_restore(self) -> None:
        """The journal could not be opened: offer this journal's newest usable backup,
        and let the patient choose another from the list."""
        from kapjournal.ui.common.restore import RestoreDialog, backup_rows

        vault = self.w.vault
        files = vault.files

        def done(result: Any) -> None:
            infos, journal_id = result
            showing = self.w.stack.currentWidget()
            if self.w.vault is not vault or vault.is_open or showing is not self.unlock_page:
                return
            if not any(row.restorable for row in backup_rows(infos, journal_id)):
                return
            chosen, ok = RestoreDialog.ask(self.w,
                infos,
                journal_id,
                intro=tr(
                    "KAP Journal keeps encrypted backups of your journal. You can put one back: "
                    "the newest one is chosen, and you can choose another."
                ),
            )
            if ok and chosen is not None:
                self.w.keys.restore(chosen)

        run_task(
            lambda: (list_backups(files), current_journal_id(files)),
            done,
            lambda e: logger.info("backups not listed (%s)", type(e).__name__),
            uses_journal=False,
        )
