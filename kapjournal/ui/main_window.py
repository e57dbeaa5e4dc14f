"""The main window: the stack of screens (access pages, the journal shell, overlays),
locking and unlocking, and the one place where the app-level signals are wired.

Features plug in through :class:`~kapjournal.ui.feature.FeatureHost` (``self.host``);
the window calls their life cycle and that of every built page. The closed-journal
flows live in :mod:`kapjournal.ui.access.flows`, the Settings page's journal actions in
:mod:`kapjournal.ui.settings.actions`. See docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from kapjournal import APP_NAME
from kapjournal.context import AppContext
from kapjournal.i18n import arg, tr
from kapjournal.storage.db import Database
from kapjournal.ui.access.flows import AccessFlows
from kapjournal.ui.access.lock import InactivityTimer, ScreenLockWatcher
from kapjournal.ui.common import fit
from kapjournal.ui.common.workers import run_task, wait_for_journal_tasks, wait_for_tasks
from kapjournal.ui.feature import Feature, Lazy, give_journal
from kapjournal.ui.host import WindowHost
from kapjournal.ui.settings.actions import JournalActions
from kapjournal.ui.shell import MessageStrip, Shell
from kapjournal.ui.tray import Tray
from kapjournal.vault import Vault

if TYPE_CHECKING:  # built when first shown: the unlock screen needs neither
    from kapjournal.ui.settings.settings_page import SettingsPage
    from kapjournal.ui.today import TodayPage

logger = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """One window, one journal at a time (the patient's own, or the sample)."""

    locked = Signal()  #: emitted once the journal is locked (after every feature heard it)
    unlocked = Signal()  #: emitted once the journal is open and every feature heard it
    data_changed = Signal(str)  #: a table changed (``FeatureHost.data_changed``)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.main_vault = Vault(ctx.paths.journal_dir, ctx.prefs, ctx.secrets)
        self.sample_vault = Vault(ctx.paths.sample_dir, ctx.prefs, ctx.secrets, sample=True)
        self.vault = self.main_vault
        self._locking = False
        self._was_maximized = False
        self._keychain_asked = False
        self.setWindowTitle(APP_NAME)
        room = fit.available_size(self)  # the first size comes from the screen it opens on
        self.setMinimumSize(fit.smallest_window_size(room))
        self.resize(fit.first_window_size(room))
        self._restore_geometry()

        self.messages = MessageStrip()  # what announce says, at the top of every screen
        self.stack = QStackedWidget()
        self.setCentralWidget(self.messages.above(self.stack))
        self.access = AccessFlows(self)
        self.shell = Shell()
        for page in [*self.access.pages(), self.shell]:
            self.stack.addWidget(page)
        self.welcome = self.access.welcome
        self.unlock_page = self.access.unlock_page
        self.keys = JournalActions(self)
        self.inactivity = InactivityTimer(self)  # watches the app's events while it is on
        self.screen_lock = ScreenLockWatcher(self)
        self.tray = Tray(self, clock=ctx.now)
        self._build_menu()

        self.host = WindowHost(self)
        self.today: Lazy[TodayPage] = self.shell.add_page("today", tr("Today"), self._build_today)
        self.settings: Lazy[SettingsPage] = self.shell.add_page(
            "settings", tr("Settings"), self._build_settings
        )
        self.features: list[Feature] = self._install_features()
        self._wire()
        self.start()

    def _restore_geometry(self) -> None:
        """Size, place and maximized state as the patient left them (a device setting)."""
        saved = self.ctx.prefs.get("ui/geometry")
        if saved and self.restoreGeometry(QByteArray(saved)):
            self._was_maximized = self.isMaximized()
            room = fit.available_size(self)  # saved on a larger screen: fit this one
            if self.width() > room.width() or self.height() > room.height():
                self.resize(fit.first_window_size(room))

    def _install_features(self) -> list[Feature]:
        """Every feature declares its parts through the host; the order does not matter."""
        from kapjournal.ui.measures.feature import MeasuresFeature
        from kapjournal.ui.preparation.feature import Preparation
        from kapjournal.ui.reflection.feature import Reflection
        from kapjournal.ui.summary.feature import SummaryFeature

        host = self.host
        return [Preparation(host), Reflection(host), MeasuresFeature(host), SummaryFeature(host)]

    def page(self, key: str) -> Any:
        """Shell page ``key``, built if needed (tools and tests; features use the host)."""
        return self.shell.page(key)

    def feature(self, kind: type) -> Any:
        """The installed feature of class ``kind`` (tests and the self-test use it)."""
        return next(f for f in self.features if isinstance(f, kind))

    # -- pages the window itself owns ---------------------------------------------------
    def _build_today(self) -> TodayPage:
        from kapjournal.ui.today import TodayPage

        self.host.check_today_kinds()
        return TodayPage(self.host.now, self.host.today_providers, self.host.today_actions)

    def _build_settings(self) -> SettingsPage:
        from kapjournal.ui.settings.settings_page import SettingsPage

        page = SettingsPage(self.ctx.prefs)
        for build in self.host.section_builders:
            page.add_section(build())
        self.keys.wire(page)
        return page

    def section_declared(self, build: Any) -> None:
        """A feature declared a settings section after the Settings page was built."""
        page = self.settings.built
        if page is not None:
            section = build()
            page.add_section(section)
            db = self.host.journal_db()
            if db is not None:
                give_journal(section.load, db)

    def _load_settings(self, page: SettingsPage) -> None:
        page.load(str(self.vault.folder), self.access.keychain[0], self.access.keychain[1], self.vault.sample)

    def _page_built(self, page: Any) -> None:
        """A page built while the journal is open gets it at once."""
        db = self.host.journal_db()
        if db is None:
            return
        settings = self.settings.built
        if settings is not None and page is settings:
            self._load_settings(settings)
        give_journal(page.on_unlocked, db)

    # -- menus and wiring: the one signal hub -----------------------------------------------
    def _build_menu(self) -> None:
        self.journal_menu = self.menuBar().addMenu(tr("&Journal"))
        self.write_group_end = self.journal_menu.addSeparator()  # features' "write" actions go above
        self.lock_action = QAction(tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.journal_menu.addAction(self.lock_action)
        self.journal_menu.addSeparator()
        self.quit_action = QAction(tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.journal_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu(tr("&Help"))
        self.help_group_end = self.help_menu.addSeparator()  # features' help actions go above
        self.diagnostics_action = QAction(tr("Copy &diagnostic details"), self)
        self.help_menu.addAction(self.diagnostics_action)
        self.about_action = QAction(tr("&About KAP Journal"), self)
        self.help_menu.addAction(self.about_action)

    def _wire(self) -> None:
        self.lock_action.triggered.connect(lambda: self.lock("manual"))
        self.quit_action.triggered.connect(self.close)
        self.diagnostics_action.triggered.connect(self._copy_diagnostics)
        self.about_action.triggered.connect(self._about)
        self.shell.lock_button.clicked.connect(lambda: self.lock("manual"))
        self.shell.leave_sample.clicked.connect(self.access.leave_sample)
        self.shell.go_to_backups.clicked.connect(self.keys.go_to_backups)
        self.shell.page_built.connect(self._page_built)
        self.shell.nav.currentRowChanged.connect(lambda _row: self.messages.clear())
        self.locked.connect(self.messages.clear)
        self.inactivity.inactive.connect(lambda: self.lock("idle"))
        self.screen_lock.screen_locked.connect(self._on_screen_locked)
        self.tray.open_requested.connect(self.bring_to_front)
        self.tray.lock_requested.connect(lambda: self.lock("manual"))
        self.tray.quit_requested.connect(self.close)
        self.data_changed.connect(self._data_changed)
        self.access.wire()

    def _data_changed(self, table: str) -> None:
        today = self.today.built
        if today is not None and self.host.journal_db() is not None:
            today.refresh()
        for feature in self.features:
            feature.data_changed(table)

    def bring_to_front(self) -> None:
        """Raise the window as it was (maximized stays maximized); only a minimized or
        hidden window is shown again."""
        if self.isMinimized() or not self.isVisible():
            self.showMaximized() if self._was_maximized else self.showNormal()
        self.raise_()
        self.activateWindow()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange and not self.isMinimized():
            self._was_maximized = self.isMaximized()
        super().changeEvent(event)

    # -- start ------------------------------------------------------------------------
    def start(self) -> None:
        if self.main_vault.exists():
            self.access.show_unlock()
            if self.ctx.prefs.get("unlock/remembered"):
                self.access.try_saved_key()
        else:
            self.stack.setCurrentWidget(self.welcome)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._keychain_asked:
            # Asking the system keychain loads its library and talks to D-Bus: once the
            # first screen is on the glass, not before (the journal cannot be open before
            # then). The screen-lock watcher (QtDBus) waits for the first open journal.
            self._keychain_asked = True
            QTimer.singleShot(0, self.access.check_keychain)

    def set_title(self) -> None:
        """The window title says which journal and whether it is locked; the platform
        adds the application's display name ("… — KAP Journal"), so it is not repeated
        here. Never any patient text."""
        locked = not self.vault.is_open and self.stack.currentWidget() is self.unlock_page
        if self.vault.sample:
            title = tr("Sample journal (locked)") if locked else tr("Sample journal")
        else:
            title = tr("Locked") if locked else APP_NAME
        self.setWindowTitle(title)

    def check_journal(self) -> None:
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
                lambda path: self.keys.list_backups() if path and current() else None,
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

    # -- opened and locked ----------------------------------------------------------------
    def give_journal_to_views(self, db: Database) -> None:
        """Every built page gets the open journal (pages built later get it when built)."""
        settings = self.settings.built
        for page in self.shell.built_pages():
            if settings is not None and page is settings:
                self._load_settings(settings)
            give_journal(page.on_unlocked, db)

    def clear_views(self) -> None:
        """Every built page drops what it shows of the journal."""
        for page in self.shell.built_pages():
            page.clear()

    def opened(self) -> None:
        """A journal was opened (unlock, recovery, set-up, the sample)."""
        journal = self.vault.journal
        if journal is None:
            return
        self.give_journal_to_views(journal.db)
        self.shell.sample_banner.setVisible(self.vault.sample)
        self.shell.damaged_banner.setVisible(journal.damaged)
        self.unlock_page.field.wipe()  # the typed passphrase is not kept in a hidden field
        self.stack.setCurrentWidget(self.shell)
        self.shell.show_page("today")
        self.configure_idle_lock()
        self.set_title()
        for feature in self.features:
            give_journal(feature.unlocked, journal.db)  # a damaged journal still opens
        self.tray.set_locked(False)
        # Nothing to lock before now; loading QtDBus here keeps it out of the unlock
        # screen and beside no key derivation (issue 14). Once only.
        QTimer.singleShot(0, self.screen_lock.start)
        self.unlocked.emit()
        if not journal.damaged:
            self.check_journal()

    def announce_locked(self) -> None:
        """The one lock announcement: features, tray and banner, then ``locked``."""
        for feature in self.features:
            feature.locked()
        self.shell.damaged_banner.hide()
        self.tray.set_locked(True)
        self.locked.emit()

    def configure_idle_lock(self) -> None:
        prefs = self.ctx.prefs
        self.inactivity.configure(
            bool(prefs.get("lock/idle_enabled")) and self.vault.is_open, prefs.idle_minutes()
        )

    def _on_screen_locked(self) -> None:
        if self.ctx.prefs.get("lock/on_screen_lock"):
            self.lock("screen")

    def lock(self, reason: str = "manual") -> bool:
        """Lock like KeePassXC: guard re-entry, keep unsaved text as an encrypted draft,
        close dialogs, clear views, close the connection and drop the key.

        If some unsaved text could not be kept as a draft (disk full, read-only folder),
        nothing is cleared: an idle or screen lock waits and tries again later, and a
        lock the patient asked for (or quitting) asks first. Returns True when locked.
        """
        if self._locking or not self.vault.is_open:
            return not self.vault.is_open
        if self.keys.rotating:
            # A key rotation must finish: the journal stays open until it has.
            self.host.announce(tr("The journal is getting its new key; it stays open until that is done."))
            self.inactivity.restart()
            logger.info("lock postponed: key rotation running")
            return False
        self._locking = True
        try:
            kept = all([page.flush_draft() is not False for page in self.shell.built_pages()])
            kept = self.host.flush_editing_overlays() and kept
            if not kept and not self._lock_despite_unsaved(reason):
                return False
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, (QDialog, QMessageBox)) and widget.isVisible():
                    widget.reject()
            self.clear_views()
            wait_for_journal_tasks(5000)
            self.vault.lock()
            self.inactivity.stop()
            logger.info("locked (%s)", reason)
            self.access.show_unlock()
            self.announce_locked()
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
            self.host.announce(text + " " + tr("The journal stayed open for now."))
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
            arg(
                tr(
                    "KAP Journal %1\n\nA private, encrypted journal for ketamine-assisted "
                    "psychotherapy. Everything stays on this computer.\n\nKAP Journal is not a "
                    "medical device and does not replace your care team."
                ),
                __version__,
            ),
        )

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.vault.is_open and not self.lock("quit"):
            event.ignore()
            return
        wait_for_tasks(5000)
        for vault in (self.main_vault, self.sample_vault):
            vault.lock()
        self.ctx.prefs.set("ui/geometry", bytes(self.saveGeometry().data()))
        event.accept()
