"""The main window: closed-journal pages, the journal shell, locking, and the one
place where signals are wired (``_wire``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kapjournal import APP_NAME
from kapjournal.context import AppContext
from kapjournal.storage.backups import BackupInfo, current_journal_id, list_backups, restore_bundle
from kapjournal.storage.errors import (
    JournalDamaged,
    JournalInUse,
    KeySlotsMissing,
    NotAJournal,
    StorageError,
)
from kapjournal.storage.keychain import KeychainError
from kapjournal.ui.access.lock import InactivityTimer, ScreenLockWatcher
from kapjournal.ui.access.pages import (
    CreatePage,
    RecoverPage,
    RecoveryCodePage,
    UnlockPage,
    WelcomePage,
)
from kapjournal.ui.common.theme import apply_theme
from kapjournal.ui.common.widgets import Banner, button, label, tr
from kapjournal.ui.common.workers import run_task, wait_for_journal_tasks, wait_for_tasks
from kapjournal.ui.reflection.journal_page import JournalPage
from kapjournal.ui.settings.settings_page import RestoreDialog, SettingsPage, backup_rows
from kapjournal.ui.tray import Tray
from kapjournal.vault import SAMPLE_PASSPHRASE, DeviceUnlock, Vault

logger = logging.getLogger(__name__)

SAMPLE_DAYS = 90


class Shell(QWidget):
    """Navigation on the left, the section pages on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.sample_banner = Banner(
            tr(
                "Sample journal: everything here is invented. "
                "Nothing you write here is kept with your own journal."
            )
        )
        self.leave_sample = button(tr("Leave the sample"))
        self.sample_banner.layout().addStretch(0)
        self.sample_banner.layout().addWidget(self.leave_sample)
        self.leave_sample.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.sample_banner.hide()
        outer.addWidget(self.sample_banner)
        self.damaged_banner = Banner(
            tr(
                "Your journal file is damaged, so it is open read-only: you can read, but "
                "nothing new is saved. You can restore a backup in Settings → Backups."
            )
        )
        self.damaged_banner.text.setAccessibleName(tr("Journal read-only"))
        self.go_to_backups = button(tr("Go to Backups"))
        self.damaged_banner.layout().addWidget(self.go_to_backups)
        self.go_to_backups.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.damaged_banner.hide()
        outer.addWidget(self.damaged_banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        outer.addLayout(row, 1)
        side = QWidget()
        side.setObjectName("navside")
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 12)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(tr("Sections"))
        self.nav.setFixedWidth(220)
        side_lay.addWidget(self.nav, 1)
        self.side_buttons = QVBoxLayout()
        self.side_buttons.setContentsMargins(12, 0, 12, 0)
        side_lay.addLayout(self.side_buttons)
        self.lock_button = button(tr("Lock"), tip=tr("Lock the journal now (Ctrl+L)"))
        self.side_buttons.addWidget(self.lock_button)
        row.addWidget(side)
        self.pages = QStackedWidget()
        row.addWidget(self.pages, 1)
        self.nav.currentRowChanged.connect(self._row_changed)
        self._keys: list[str] = []

    #: Navigation order; pages are inserted by it whatever order features install in.
    ORDER = ("today", "sessions", "journal", "checkins", "summary", "settings")

    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        rank = self.ORDER.index(key) if key in self.ORDER else len(self.ORDER)
        pos = sum(
            1 for k in self._keys if (self.ORDER.index(k) if k in self.ORDER else len(self.ORDER)) <= rank
        )
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self.nav.insertItem(pos, item)
        self.pages.insertWidget(pos, widget)
        self._keys.insert(pos, key)

    def page(self, key: str) -> QWidget | None:
        return self.pages.widget(self._keys.index(key)) if key in self._keys else None

    def _row_changed(self, row: int) -> None:
        previous = self.pages.currentWidget()
        flush = getattr(previous, "flush_draft", None)
        if flush is not None:
            flush()
        self.pages.setCurrentIndex(row)
        shown = getattr(self.pages.currentWidget(), "on_shown", None)
        if shown is not None:
            shown()

    def show_page(self, key: str) -> None:
        if key in self._keys:
            self.nav.setCurrentRow(self._keys.index(key))

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else ""

    def page_widgets(self) -> list[QWidget]:
        return [self.pages.widget(i) for i in range(self.pages.count())]


class MainWindow(QMainWindow):
    """Pages in the shell may implement ``on_unlocked(db)``, ``clear()`` (drop every
    decrypted view on lock), ``flush_draft()`` (keep unsaved text as an encrypted
    draft) and ``on_shown()``. Features install their pages and actions in the
    ``_install_*`` methods below; ``data_changed(table)`` lets pages refresh."""

    locked = Signal()
    unlocked = Signal()
    data_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.main_vault = Vault(ctx.paths.journal_dir, ctx.prefs, ctx.secrets)
        self.sample_vault = Vault(ctx.paths.sample_dir, ctx.prefs, ctx.secrets, sample=True)
        self.vault = self.main_vault
        self._locking = False
        self._rotating = False  # a key rotation is running: it must not be interrupted
        self._code_from_settings = False
        self._saved_key_stale = False
        self._keychain = (False, tr("Checking the system keychain…"))
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 760)
        self.setMinimumSize(720, 540)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.welcome = WelcomePage()
        self.create_page = CreatePage()
        self.recovery_page = RecoveryCodePage()
        self.unlock_page = UnlockPage()
        self.recover_page = RecoverPage()
        self.shell = Shell()
        for w in (
            self.welcome,
            self.create_page,
            self.recovery_page,
            self.unlock_page,
            self.recover_page,
            self.shell,
        ):
            self.stack.addWidget(w)

        self.journal_page = JournalPage()
        self.settings_page = SettingsPage(ctx.prefs)
        self.shell.add_page("journal", tr("Journal"), self.journal_page)
        self.shell.add_page("settings", tr("Settings"), self.settings_page)

        self.inactivity = InactivityTimer(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.inactivity)
        self.screen_lock = ScreenLockWatcher(self)
        self.tray = Tray(self)
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._build_menu()
        self._install_preparation()
        self._install_integration()
        self._install_measures()
        self._install_summary()
        self._wire()
        self.start()

    # -- features: each installs its pages, actions and wiring here ----------------------
    def _install_preparation(self) -> None:
        """Course, sessions, Today, intentions, checklist, reminders ("Before a session")."""
        from kapjournal.ui.preparation.feature import Preparation

        self.preparation = Preparation(self)
        self.today_page = self.preparation.today
        self.sessions_page = self.preparation.sessions

    def _install_integration(self) -> None:
        """Capture, integration, thought records, MBCT, the journal ("After a session")."""
        from kapjournal.ui.reflection import feature

        feature.install(self)

    def _install_measures(self) -> None:
        """Check-ins, questionnaires, side effects, trends, the safety page."""
        from kapjournal.ui.measures.feature import MeasuresFeature

        self.measures = MeasuresFeature(self)

    def _install_summary(self) -> None:
        """The therapist summary and its exports."""
        from kapjournal.ui.summary.summary_page import SummaryPage

        self.summary_page = SummaryPage()
        self.shell.add_page("summary", tr("Summary"), self.summary_page)
        self.data_changed.connect(self.summary_page.on_data_changed)

    # -- wiring: the one signal hub ---------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(tr("&Journal"))
        self.lock_action = QAction(tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        menu.addAction(self.lock_action)
        menu.addSeparator()
        self.quit_action = QAction(tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        self.diagnostics_action = QAction(tr("Copy &diagnostic details"), self)
        help_menu.addAction(self.diagnostics_action)
        self.about_action = QAction(tr("&About KAP Journal"), self)
        help_menu.addAction(self.about_action)

    def _wire(self) -> None:
        self.lock_action.triggered.connect(lambda: self.lock("manual"))
        self.quit_action.triggered.connect(self.close)
        self.diagnostics_action.triggered.connect(self._copy_diagnostics)
        self.about_action.triggered.connect(self._about)
        self.shell.lock_button.clicked.connect(lambda: self.lock("manual"))
        self.shell.leave_sample.clicked.connect(self.leave_sample)
        self.shell.go_to_backups.clicked.connect(self._go_to_backups)
        self.locked.connect(self.shell.damaged_banner.hide)
        self.inactivity.inactive.connect(lambda: self.lock("idle"))
        self.screen_lock.screen_locked.connect(self._on_screen_locked)
        self._wait_timer.timeout.connect(self._tick_wait)
        self.tray.open_requested.connect(self.bring_to_front)
        self.tray.lock_requested.connect(lambda: self.lock("manual"))
        self.tray.quit_requested.connect(self.close)
        self.locked.connect(lambda: self.tray.set_locked(True))
        self.unlocked.connect(lambda: self.tray.set_locked(False))

        self.welcome.create_requested.connect(self._show_create)
        self.welcome.sample_requested.connect(self.open_sample)
        self.create_page.back_requested.connect(lambda: self.stack.setCurrentWidget(self.welcome))
        self.create_page.submitted.connect(self._create)
        self.recovery_page.done.connect(self._recovery_code_kept)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.saved_key_requested.connect(self._try_saved_key)
        self.unlock_page.forgot_requested.connect(self._show_recover)
        self.recover_page.back_requested.connect(self.show_unlock)
        self.recover_page.submitted.connect(self._recover)

        self.journal_page.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        s = self.settings_page
        s.change_passphrase_requested.connect(self._change_passphrase)
        s.remember_requested.connect(self._remember)
        s.forget_requested.connect(self._forget)
        s.new_recovery_requested.connect(self._new_recovery_code)
        s.backup_requested.connect(self._backup_now)
        s.backups_refresh_requested.connect(self._list_backups)
        s.restore_requested.connect(self._restore_backup)
        s.delete_requested.connect(self._delete_journal)
        s.lock_settings_changed.connect(self._configure_idle_lock)
        s.theme_changed.connect(self._apply_theme)

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- start ------------------------------------------------------------------------
    def start(self) -> None:
        self._check_keychain()
        if self.main_vault.exists():
            self.show_unlock()
            if self.ctx.prefs.get("unlock/remembered"):
                self._try_saved_key()
        else:
            self.stack.setCurrentWidget(self.welcome)

    def _check_keychain(self) -> None:
        def done(av: Any) -> None:
            self._keychain = (av.available, tr(av.reason) if av.reason else "")
            self.create_page.set_keychain(*self._keychain)

        def timeout() -> None:
            self._keychain = (False, tr("The system keychain did not answer."))
            self.create_page.set_keychain(*self._keychain)

        self.create_page.set_keychain(*self._keychain)
        run_task(
            self.ctx.secrets.availability,
            done,
            lambda e: timeout(),
            timeout_ms=self.ctx.keychain_timeout_ms,
            on_timeout=timeout,
            uses_journal=False,
        )

    def _set_title(self) -> None:
        title = APP_NAME
        if self.vault.sample:
            title += " — " + tr("Sample journal")
        if not self.vault.is_open and self.stack.currentWidget() is self.unlock_page:
            title += " (" + tr("locked") + ")"
        self.setWindowTitle(title)

    # -- set-up -----------------------------------------------------------------------
    def _show_create(self) -> None:
        self.vault = self.main_vault
        self.create_page.wipe()
        self.create_page.set_keychain(*self._keychain)
        self.stack.setCurrentWidget(self.create_page)
        self.create_page.form.first.setFocus()

    def _create(self, passphrase: str, remember: bool) -> None:
        self.create_page.set_busy(True)

        def work() -> str:
            code = self.main_vault.create(passphrase)
            if remember:
                try:
                    self.main_vault.remember()
                except KeychainError:
                    logger.info("remember failed at set-up")
            return code

        def done(code: Any) -> None:
            self.create_page.set_busy(False)
            self.create_page.wipe()
            self.vault = self.main_vault
            self.recovery_page.show_code(str(code))
            self.stack.setCurrentWidget(self.recovery_page)
            self.recovery_page.check.setFocus()

        def failed(exc: BaseException) -> None:
            self.create_page.set_busy(False)
            self.create_page.show_error(_message(exc))

        run_task(work, done, failed)

    def _recovery_code_kept(self) -> None:
        from_settings, self._code_from_settings = self._code_from_settings, False
        if self.vault.is_open and from_settings:
            self.stack.setCurrentWidget(self.shell)
            self.shell.show_page("settings")
        elif self.vault.is_open:
            self._opened()
        else:
            self.show_unlock()

    # -- sample journal ------------------------------------------------------------------
    def open_sample(self) -> None:
        if self.main_vault.is_open:
            return
        vault = self.sample_vault
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
            self.vault = vault
            self._opened()

        def failed(exc: BaseException) -> None:
            self.welcome.sample_button.setEnabled(True)
            QMessageBox.information(self, tr("Sample journal"), _message(exc))

        run_task(work, done, failed)

    def leave_sample(self) -> None:
        if not self.vault.sample:
            return
        self.lock("leave-sample")
        self.vault = self.main_vault
        if self.main_vault.exists():
            self.show_unlock()
        else:
            self.stack.setCurrentWidget(self.welcome)
        self._set_title()

    # -- unlock -----------------------------------------------------------------------
    def show_unlock(self) -> None:
        self.unlock_page.reset(
            sample=self.vault.sample,
            saved_key=bool(self.ctx.prefs.get("unlock/remembered")) and not self.vault.sample,
        )
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.focus()
        self._tick_wait()
        self._set_title()

    def _tick_wait(self) -> None:
        seconds = int(self.vault.seconds_until_next_attempt() + 0.999)
        self.unlock_page.set_waiting(seconds)
        if seconds > 0:
            self._wait_timer.start()
        else:
            self._wait_timer.stop()

    def _unlock(self, passphrase: str) -> None:
        vault = self.vault
        self.unlock_page.set_busy(True)

        def done(_: Any) -> None:
            self.unlock_page.set_busy(False)
            self._opened()
            if self._saved_key_stale and not vault.sample:
                self._offer_update_saved_key()

        def failed(exc: BaseException) -> None:
            self.unlock_page.set_busy(False)
            self.unlock_page.show_error(_message(exc))
            self._tick_wait()
            if isinstance(exc, (NotAJournal, JournalDamaged, KeySlotsMissing)):
                self._offer_restore()

        run_task(lambda: vault.unlock(passphrase), done, failed)

    def _try_saved_key(self) -> None:
        vault = self.vault
        if vault.sample:
            return
        self.unlock_page.set_busy(True)

        def done(result: Any) -> None:
            self.unlock_page.set_busy(False)
            if result is DeviceUnlock.OPENED:
                self._opened()
            elif result is DeviceUnlock.STALE:
                self._saved_key_stale = True
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
                self._offer_restore()

        def timeout() -> None:
            self.unlock_page.set_busy(False)
            self.unlock_page.show_error(
                tr("The system keychain did not answer. Please type your passphrase.")
            )

        run_task(
            vault.unlock_with_saved_key,
            done,
            failed,
            timeout_ms=self.ctx.keychain_timeout_ms,
            on_timeout=timeout,
        )

    def _offer_update_saved_key(self) -> None:
        self._saved_key_stale = False
        answer = QMessageBox.question(
            self,
            tr("Update the saved key?"),
            tr(
                "The key saved on this computer was out of date. "
                "Save a new one so the journal opens without typing?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._remember()
        else:
            self._forget()

    def _show_recover(self) -> None:
        self.recover_page.wipe()
        self.stack.setCurrentWidget(self.recover_page)
        self.recover_page.code.setFocus()

    def _recover(self, code: str, new_passphrase: str) -> None:
        vault = self.vault
        self.recover_page.set_busy(True)

        def done(_: Any) -> None:
            self.recover_page.set_busy(False)
            self.recover_page.wipe()
            self._opened()
            self.statusBar().showMessage(tr("Your new passphrase is set."), 8000)

        def failed(exc: BaseException) -> None:
            self.recover_page.set_busy(False)
            self.recover_page.show_error(_message(exc))

        run_task(lambda: vault.unlock_with_recovery(code, new_passphrase), done, failed)

    def _offer_restore(self) -> None:
        """The journal could not be opened: offer this journal's newest usable backup,
        and let the patient choose another from the list."""
        vault = self.vault
        files = vault.files

        def done(result: Any) -> None:
            infos, journal_id = result
            if self.vault is not vault or vault.is_open or self.stack.currentWidget() is not self.unlock_page:
                return
            if not any(row.restorable for row in backup_rows(infos, journal_id)):
                return
            chosen, ok = RestoreDialog.ask(
                self,
                infos,
                journal_id,
                intro=tr(
                    "KAP Journal keeps encrypted backups of your journal. You can put one back: "
                    "the newest one is chosen, and you can choose another."
                ),
            )
            if ok and chosen is not None:
                self._restore(chosen)

        run_task(
            lambda: (list_backups(files), current_journal_id(files)),
            done,
            lambda e: logger.info("backups not listed (%s)", type(e).__name__),
            uses_journal=False,
        )

    # -- backups and restore -----------------------------------------------------------
    def _list_backups(self) -> None:
        """List the backups off the GUI thread (each bundle is opened to read it)."""
        vault = self.vault
        journal = vault.journal
        if journal is None or not vault.is_open:
            return
        files, journal_id = vault.files, journal.journal_id

        def done(infos: Any) -> None:
            if self.vault is vault and vault.journal is journal and vault.is_open:
                self.settings_page.set_backups(infos, journal_id)

        run_task(
            lambda: list_backups(files),
            done,
            lambda e: logger.info("backups not listed (%s)", type(e).__name__),
            uses_journal=False,
        )

    def _restore_backup(self, info: BackupInfo) -> None:
        """Settings → Backups: confirm, lock, put the chosen backup back."""
        if not self.vault.is_open or self.vault.sample:
            return
        chosen, ok = RestoreDialog.ask(self, [info], self.vault.journal_id(), chosen=info)
        if ok and chosen is not None:
            self._restore(chosen)

    def _restore(self, info: BackupInfo) -> None:
        vault = self.vault
        folder: Path = vault.folder
        # Lock first, as the lock button does: drafts kept, views cleared, key dropped.
        if vault.is_open and not self.lock("restore"):
            return
        self.unlock_page.set_busy(True, tr("Restoring…"))
        self.unlock_page.show_note(tr("Putting the backup back in place…"))

        def done(_: Any) -> None:
            self.unlock_page.set_busy(False)
            self.unlock_page.show_note(tr("The backup is back in place. Unlock to continue."))
            self._tick_wait()

        def failed(exc: BaseException) -> None:
            self.unlock_page.set_busy(False)
            self.unlock_page.show_error(_message(exc))
            self._tick_wait()

        run_task(lambda: restore_bundle(info.path, folder), done, failed)

    def _go_to_backups(self) -> None:
        self.shell.show_page("settings")
        self.settings_page.show_backups()

    def _check_journal(self) -> None:
        """After each unlock: the full integrity check off the GUI thread (read-only on
        damage), then the automatic backup of a whole journal."""
        vault = self.vault
        journal = vault.journal
        if journal is None:
            return

        def current() -> bool:
            return self.vault is vault and vault.journal is journal and vault.is_open

        def backup() -> None:
            if vault.sample or not current():
                return
            run_task(
                lambda: journal.auto_backup() if journal.is_open else None,
                lambda path: self._list_backups() if path and current() else None,
                lambda e: logger.info("automatic backup skipped"),
            )

        def checked(problems: Any) -> None:
            if not current():
                return
            if problems:
                self.shell.damaged_banner.show()
            else:
                backup()

        def failed(exc: BaseException) -> None:
            logger.info("full check not run (%s)", type(exc).__name__)
            backup()

        run_task(lambda: journal.full_check() if journal.is_open else [], checked, failed)

    # -- opened -------------------------------------------------------------------------
    def _opened(self) -> None:
        journal = self.vault.journal
        if journal is None:
            return
        db = journal.db
        for page in self.shell.page_widgets():
            hook = getattr(page, "on_unlocked", None)
            if hook is None:
                continue
            try:
                hook(db)
            except StorageError as exc:
                # A damaged journal can fail to read part of what one page shows: the
                # journal still opens (read-only, with the banner), never stuck here.
                logger.warning("a page could not read the journal (%s)", type(exc).__name__)
        self.settings_page.load(
            str(self.vault.folder), self._keychain[0], self._keychain[1], self.vault.sample
        )
        self.shell.sample_banner.setVisible(self.vault.sample)
        self.shell.damaged_banner.setVisible(journal.damaged)
        self.unlock_page.field.wipe()  # the typed passphrase is not kept in a hidden field
        self.stack.setCurrentWidget(self.shell)
        self.shell.show_page("today")
        self._configure_idle_lock()
        self._set_title()
        self.unlocked.emit()
        if not journal.damaged:
            self._check_journal()

    def _configure_idle_lock(self) -> None:
        prefs = self.ctx.prefs
        self.inactivity.configure(
            bool(prefs.get("lock/idle_enabled")) and self.vault.is_open, prefs.idle_minutes()
        )

    def _on_screen_locked(self) -> None:
        if self.ctx.prefs.get("lock/on_screen_lock"):
            self.lock("screen")

    # -- lock -----------------------------------------------------------------------------
    def lock(self, reason: str = "manual") -> bool:
        """Lock like KeePassXC: guard re-entry, keep unsaved text as an encrypted draft,
        close dialogs, clear views, close the connection and drop the key.

        If some unsaved text could not be kept as a draft (disk full, read-only folder),
        nothing is cleared: an idle or screen lock waits and tries again later, and a
        lock the patient asked for (or quitting) asks first. Returns True when locked.
        """
        if self._locking or not self.vault.is_open:
            return not self.vault.is_open
        if self._rotating:
            # A key rotation must finish: the journal stays open until it has.
            self.statusBar().showMessage(
                tr("The journal is getting its new key; it stays open until that is done."), 8000
            )
            self.inactivity.restart()
            logger.info("lock postponed: key rotation running")
            return False
        self._locking = True
        try:
            kept = True
            for page in self.shell.page_widgets():
                flush = getattr(page, "flush_draft", None)
                if flush is not None and flush() is False:
                    kept = False
            if not kept and not self._lock_despite_unsaved(reason):
                return False
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, (QDialog, QMessageBox)) and widget.isVisible():
                    widget.reject()
            for page in self.shell.page_widgets():
                clear = getattr(page, "clear", None)
                if clear is not None:
                    clear()
            wait_for_journal_tasks(5000)
            self.vault.lock()
            self.inactivity.stop()
            logger.info("locked (%s)", reason)
            self.show_unlock()
            self.locked.emit()
            return True
        finally:
            self._locking = False

    def _lock_despite_unsaved(self, reason: str) -> bool:
        text = tr(
            "Some of what you just wrote could not be saved (the disk may be full or the "
            "journal folder read-only). It is still on the screen."
        )
        if reason in ("idle", "screen"):
            # Keep the words: stay open, say why, and try again after another idle period.
            self.statusBar().showMessage(text + " " + tr("The journal stayed open for now."), 60_000)
            self.inactivity.restart()
            logger.warning("lock postponed: unsaved text could not be kept")
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Not saved yet"))
        box.setText(text)
        box.setInformativeText(tr("Keep the journal open so you can copy your words somewhere safe?"))
        keep = box.addButton(tr("Keep it open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(
            tr("Quit anyway") if reason == "quit" else tr("Lock anyway"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is not keep

    # -- settings actions ----------------------------------------------------------------
    def _run_rotation(
        self,
        work: Callable[[Callable[[float], None]], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Run a key rotation in a worker behind a modal progress dialog without a
        cancel button (a rotation must not be interrupted)."""
        dialog = KeyRotationProgress(self)
        # Owned by the dialog, so it is destroyed on the GUI thread with it, never by
        # the pool thread that drops the job (and its reference to ``emit``).
        relay = _ProgressRelay(dialog)
        relay.progressed.connect(dialog.set_fraction)
        self._rotating = True
        dialog.show()

        def finish() -> None:
            self._rotating = False
            dialog.finish()
            self._list_backups()  # every backup was re-encrypted

        def ok(result: Any) -> None:
            finish()
            done(result)

        def bad(exc: BaseException) -> None:
            finish()
            failed(exc)

        run_task(lambda: work(relay.progressed.emit), ok, bad)

    def _refuse_when_damaged(self) -> str:
        journal = self.vault.journal
        if journal is not None and journal.damaged:
            return tr(
                "The journal is open read-only because its file is damaged, so its keys "
                "cannot be changed now. You can restore a backup first."
            )
        return ""

    def _change_passphrase(self, current: str, new: str) -> None:
        vault = self.vault
        refused = self._refuse_when_damaged()
        if refused:
            self.settings_page.change_finished(False, refused)
            return

        def done(code: Any) -> None:
            if code:
                self.settings_page.change_finished(
                    True, tr("Passphrase changed. Your journal also has a new recovery code.")
                )
                self._show_new_code(
                    str(code),
                    tr(
                        "Your journal got a new key, so it also has a new recovery code. "
                        "Please keep this one and destroy the old one."
                    ),
                )
            else:
                self.settings_page.change_finished(
                    True, tr("Passphrase changed. Your recovery code still works.")
                )

        self._run_rotation(
            lambda progress: vault.change_passphrase(current, new, progress),
            done,
            lambda e: self.settings_page.change_finished(False, _message(e)),
        )

    def _show_new_code(self, code: str, note: str = "") -> None:
        self._code_from_settings = True
        self.recovery_page.show_code(code, note)
        self.stack.setCurrentWidget(self.recovery_page)
        self.recovery_page.check.setFocus()

    def _remember(self) -> None:
        vault = self.vault

        def done(_: Any) -> None:
            self.settings_page.set_remembered(True, True, "")

        def failed(exc: BaseException) -> None:
            self.settings_page.set_remembered(False, *self._keychain)
            self.statusBar().showMessage(_message(exc), 8000)

        def timeout() -> None:
            self.settings_page.set_remembered(False, False, tr("The system keychain did not answer."))

        run_task(
            vault.remember,
            done,
            failed,
            timeout_ms=self.ctx.keychain_timeout_ms,
            on_timeout=timeout,
            uses_journal=False,
        )

    def _forget(self) -> None:
        vault = self.vault
        run_task(
            vault.forget,
            lambda _: self.settings_page.set_remembered(False, *self._keychain),
            lambda e: self.statusBar().showMessage(_message(e), 8000),
            timeout_ms=self.ctx.keychain_timeout_ms,
            uses_journal=False,
        )

    def _new_recovery_code(self) -> None:
        vault = self.vault
        refused = self._refuse_when_damaged()
        if refused:
            self.statusBar().showMessage(refused, 8000)
            return
        self._run_rotation(
            vault.new_recovery_code,
            lambda code: self._show_new_code(str(code)),
            lambda e: self.statusBar().showMessage(_message(e), 8000),
        )

    def _backup_now(self) -> None:
        vault = self.vault
        self.settings_page.backup_message.setText(tr("Backing up…"))

        def work() -> Any:
            assert vault.journal is not None
            return vault.journal.auto_backup("manual", force=True)

        def done(path: Any) -> None:
            self.settings_page.backup_message.setText(
                tr("Backed up.") if path else tr("Not backed up: the journal failed its check.")
            )
            self._list_backups()

        run_task(work, done, lambda e: self.settings_page.backup_message.setText(_message(e)))

    def _delete_journal(self, passphrase: str) -> None:
        vault = self.vault
        self.settings_page.delete_button.setEnabled(False)
        # No page may touch the journal while it is being deleted.
        for page in self.shell.page_widgets():
            clear = getattr(page, "clear", None)
            if clear is not None:
                clear()

        def done(_: Any) -> None:
            self.settings_page.delete_button.setEnabled(True)
            self.inactivity.stop()
            self.vault = self.main_vault
            self.stack.setCurrentWidget(self.welcome)
            self._set_title()
            self.locked.emit()

        def failed(exc: BaseException) -> None:
            self.settings_page.delete_button.setEnabled(True)
            self.settings_page.delete_field.wipe()
            if vault.is_open and vault.journal is not None:
                for page in self.shell.page_widgets():
                    hook = getattr(page, "on_unlocked", None)
                    if hook is not None:
                        hook(vault.journal.db)
            QMessageBox.information(self, tr("Not deleted"), _message(exc))

        # Checking the passphrase (Argon2) and the keychain call run off the GUI thread.
        run_task(lambda: vault.delete(passphrase), done, failed)

    def _apply_theme(self, mode: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, mode)

    def _copy_diagnostics(self) -> None:
        # Versions and code locations only (kapjournal.diagnostics): not a secret, so
        # unlike a recovery code it is not cleared from the clipboard later.
        from kapjournal.diagnostics import diagnostic_details

        QApplication.clipboard().setText(diagnostic_details())
        QMessageBox.information(
            self,
            tr("Diagnostic details copied"),
            tr(
                "The diagnostic details are on the clipboard. They hold version numbers and "
                "places in the program's code, nothing from your journal. You can paste them "
                "into a message to support."
            ),
        )

    def _about(self) -> None:
        from kapjournal import __version__

        QMessageBox.about(
            self,
            tr("About KAP Journal"),
            tr(
                "KAP Journal {0}\n\nA private, encrypted journal for ketamine-assisted "
                "psychotherapy. Everything stays on this computer.\n\nKAP Journal is not a "
                "medical device and does not replace your care team."
            ).format(__version__),
        )

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.vault.is_open and not self.lock("quit"):
            event.ignore()
            return
        wait_for_tasks(5000)
        for vault in (self.main_vault, self.sample_vault):
            vault.lock()
        event.accept()


class _ProgressRelay(QObject):
    """Carries a worker's progress (0.0–1.0) to the GUI thread (a queued signal)."""

    progressed = Signal(float)


class KeyRotationProgress(QDialog):
    """The "Giving your journal a new key…" dialog: modal, no cancel button; Escape and
    the window's close button do nothing until :meth:`finish`."""

    TEXT = "Giving your journal a new key…"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Please wait"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 24)
        lay.setSpacing(14)
        self.label = label(tr(self.TEXT), name=tr(self.TEXT))
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)  # the theme's slim bar has no room for a percentage
        self.bar.setAccessibleName(tr(self.TEXT))
        self.note = label(tr("This takes a moment. Please leave the app open until it is done."), "muted")
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.note)
        self._running = True

    def label_text(self) -> str:
        return self.label.text()

    def value(self) -> int:
        return self.bar.value()

    def set_fraction(self, fraction: float) -> None:
        self.bar.setValue(max(self.bar.value(), min(100, round(fraction * 100))))

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


def _message(exc: BaseException) -> str:
    """A calm one-line message for an error (never a traceback, never patient text)."""
    if isinstance(exc, (StorageError, KeychainError)):
        return tr(str(exc))
    if isinstance(exc, JournalInUse):
        return tr(str(exc))
    logger.warning("unexpected error: %s", type(exc).__name__)
    return tr("Something went wrong. Nothing you wrote was lost; please try again.")
