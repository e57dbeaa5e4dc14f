"""Settings: passphrase, remember/forget, recovery code (:mod:`.passphrase`),
locking, look, data folder, backups (:mod:`.backups`: list and restore), and
deleting the journal. Features add their own sections with :meth:`SettingsPage.add_section`."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kapjournal.i18n import LANGUAGES, QT_TR_NOOP, arg, choose_language, language, tr, translated
from kapjournal.prefs import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, UI_LANGUAGE, Preferences
from kapjournal.storage.backups import BackupInfo
from kapjournal.storage.db import Database
from kapjournal.ui.common.keys import tab_in_layout_order
from kapjournal.ui.common.widgets import Page, PassphraseField, announce, button, label
from kapjournal.ui.feature import give_journal
from kapjournal.ui.settings.backups import (
    BackupListModel,
    BackupsSection,
    RestoreDialog,
    backup_rows,
    default_row,
    size_text,
)
from kapjournal.ui.settings.passphrase import KeychainSection, PassphraseSection, RecoveryCodeSection

# The backups' names stay importable from here, where the window and tests find them.
__all__ = [
    "THEMES",
    "BackupListModel",
    "RestoreDialog",
    "SettingsPage",
    "backup_rows",
    "default_row",
    "size_text",
]

logger = logging.getLogger(__name__)

THEMES = (
    ("system", QT_TR_NOOP("Follow the system")),
    ("light", QT_TR_NOOP("Light")),
    ("dark", QT_TR_NOOP("Dark")),
)


class SettingsPage(Page):
    """Emits requests; the main window runs them (off the GUI thread where slow).

    The sections' widgets stay reachable as attributes of the page (``current``,
    ``remember``, ``backup_list``, ``restore_button``, …)."""

    change_passphrase_requested = Signal(str, str)
    remember_requested = Signal()
    forget_requested = Signal()
    new_recovery_requested = Signal()
    backup_requested = Signal()
    backups_refresh_requested = Signal()
    restore_requested = Signal(object)  # BackupInfo
    delete_requested = Signal(str)
    lock_settings_changed = Signal()
    theme_changed = Signal(str)

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=720)
        self.prefs = prefs
        self._loading = False
        b = self.body
        b.addWidget(label(tr("Settings"), "title"))
        self.passphrase_section = PassphraseSection()
        self.keychain_section = KeychainSection()
        self.recovery_section = RecoveryCodeSection()
        self.backups_section = BackupsSection()
        self.backups_box = self.backups_section
        self._delete_box = self._build_delete()
        for box in (
            self.passphrase_section,
            self.keychain_section,
            self.recovery_section,
            self._build_locking(),
            self._build_appearance(),
            self._build_folder(),
            self.backups_section,
            self._delete_box,
        ):
            b.addWidget(box)
        b.addStretch(1)
        self._expose_sections()

        self._sections: list[Any] = []  # SettingsSection widgets (kapjournal.ui.feature)
        self.passphrase_section.change_requested.connect(self.change_passphrase_requested)
        self.keychain_section.remember_requested.connect(self.remember_requested)
        self.keychain_section.forget_requested.connect(self.forget_requested)
        self.recovery_section.new_recovery_requested.connect(self.new_recovery_requested)
        self.backups_section.backup_requested.connect(self.backup_requested)
        self.backups_section.restore_requested.connect(self.restore_requested)
        self.idle_enabled.toggled.connect(self._save_lock)
        self.idle_minutes.valueChanged.connect(self._save_lock)
        self.screen_lock.toggled.connect(self._save_lock)
        self.theme.currentIndexChanged.connect(self._theme)
        self.language.currentIndexChanged.connect(self._language)
        self.open_folder.clicked.connect(self._open_folder)
        self.delete_button.clicked.connect(self._delete)

    def _expose_sections(self) -> None:
        """The sections' widgets, under the names they always had."""
        self.current = self.passphrase_section.current
        self.new_form = self.passphrase_section.new_form
        self.change_button = self.passphrase_section.change_button
        self.change_message = self.passphrase_section.change_message
        self.remember = self.keychain_section.remember
        self.remember_reason = self.keychain_section.remember_reason
        self.recovery_button = self.recovery_section.recovery_button
        backups = self.backups_section
        self.backup_model = backups.backup_model
        self.backup_list = backups.backup_list
        self.backups_empty = backups.backups_empty
        self.backup_button = backups.backup_button
        self.restore_button = backups.restore_button
        self.backup_message = backups.backup_message

    def _build_locking(self) -> QGroupBox:
        box = QGroupBox(tr("Locking"))
        form = QFormLayout(box)
        self.idle_enabled = QCheckBox(tr("Lock when I have not used the app for a while"))
        self.idle_enabled.setAccessibleName(tr("Lock when idle"))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(tr(" minutes"))
        self.idle_minutes.setAccessibleName(tr("Minutes before locking"))
        self.screen_lock = QCheckBox(tr("Lock when the computer's screen locks"))
        self.screen_lock.setAccessibleName(tr("Lock with the screen"))
        form.addRow(self.idle_enabled)
        form.addRow(tr("After"), self.idle_minutes)
        form.addRow(self.screen_lock)
        form.addRow(label(tr("You can always lock at once with Ctrl+L."), "muted"))
        return box

    def _build_appearance(self) -> QGroupBox:
        box = QGroupBox(tr("Appearance"))
        form = QFormLayout(box)
        self.theme = QComboBox()
        self.theme.setAccessibleName(tr("Theme"))
        for key, text in THEMES:
            self.theme.addItem(translated(text), key)
        form.addRow(tr("Theme"), self.theme)
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language"))
        self.language.addItem(tr("The system's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each in its own language
        form.addRow(tr("Language"), self.language)
        self.language_note = label("", "muted")
        self.language_note.hide()
        form.addRow(self.language_note)
        return box

    def _build_folder(self) -> QGroupBox:
        box = QGroupBox(tr("Where your journal is kept"))
        lay = QVBoxLayout(box)
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(tr("Journal folder"))
        lay.addWidget(self.folder)
        lay.addWidget(
            label(
                tr(
                    "Encrypted backups are kept in its 'backups' folder. To take your journal "
                    "to a new computer, close the app and copy this whole folder to the same "
                    "place there."
                ),
                "muted",
            )
        )
        row = QHBoxLayout()
        self.open_folder = button(tr("Open folder"))
        row.addWidget(self.open_folder)
        row.addStretch(1)
        lay.addLayout(row)
        return box

    def _build_delete(self) -> QGroupBox:
        box = QGroupBox(tr("Delete this journal"))
        lay = QVBoxLayout(box)
        lay.addWidget(
            label(
                tr(
                    "Removes the journal, its backups, its key files and the key saved on this "
                    "computer. This cannot be undone. Export anything you want to keep first."
                ),
                "muted",
            )
        )
        self.delete_field = PassphraseField(tr("Passphrase to confirm"), tr("Passphrase to confirm deleting"))
        self.delete_button = button(tr("Delete journal…"))
        row = QHBoxLayout()
        row.addWidget(self.delete_field, 1)
        row.addWidget(self.delete_button)
        lay.addLayout(row)
        return box

    def add_section(self, box: QWidget) -> None:
        """Features add their own group (prompt packs, crisis line country, ...) above
        the delete section. Each is a ``SettingsSection``: ``load(db)`` and ``clear()``."""
        index = self.body.indexOf(self._delete_box)
        self.body.insertWidget(index, box)
        self._sections.append(box)
        tab_in_layout_order(self)  # Tab goes down the page as it reads

    def section(self, kind: type) -> Any:
        """The section of class ``kind`` a feature added (tools and tests)."""
        return next(box for box in self._sections if isinstance(box, kind))

    # -- loading -----------------------------------------------------------------------
    def load(self, folder: str, keychain_available: bool, keychain_reason: str, sample: bool) -> None:
        self._loading = True
        self.folder.setText(folder)
        self.idle_enabled.setChecked(bool(self.prefs.get("lock/idle_enabled")))
        self.idle_minutes.setValue(self.prefs.idle_minutes())
        self.screen_lock.setChecked(bool(self.prefs.get("lock/on_screen_lock")))
        index = self.theme.findData(self.prefs.get("ui/theme"))
        self.theme.setCurrentIndex(max(0, index))
        self.language.setCurrentIndex(max(0, self.language.findData(self.prefs.get(UI_LANGUAGE.key))))
        self.set_remembered(bool(self.prefs.get("unlock/remembered")), keychain_available, keychain_reason)
        self.backups_section.set_sample(sample)
        for w in (
            self.remember,
            self.current,
            self.new_form,
            self.change_button,
            self.recovery_button,
            self.delete_field,
            self.delete_button,
        ):
            w.setEnabled(not sample and w.isEnabled())
        self._loading = False

    def set_remembered(self, remembered: bool, available: bool, reason: str) -> None:
        self.keychain_section.set_remembered(remembered, available, reason)

    def on_unlocked(self, db: Database) -> None:
        for box in self._sections:
            give_journal(box.load, db)

    def flush_draft(self) -> None:
        """Settings keeps no unsaved text (passphrase fields are never kept)."""
        return

    def clear(self) -> None:
        for box in self._sections:
            box.clear()
        self.passphrase_section.wipe()
        self.delete_field.wipe()
        self.backups_section.clear()

    # -- backups -----------------------------------------------------------------------
    def on_shown(self) -> None:
        self.backups_refresh_requested.emit()

    def set_backups(self, infos: Sequence[BackupInfo], journal_id: str | None) -> None:
        """Show the listing (made off the GUI thread); keep the chosen row if it is
        still there, else choose the newest restorable one."""
        self.backups_section.set_backups(infos, journal_id)

    def selected_backup(self) -> BackupInfo | None:
        return self.backups_section.selected_backup()

    def show_backups(self) -> None:
        """Bring the Backups section into view with the list focused."""
        scroll = self.findChild(QScrollArea)
        if scroll is not None and scroll.widget() is not None:
            # The section's top at the top of the view, so the whole list shows.
            top = self.backups_box.mapTo(scroll.widget(), self.backups_box.rect().topLeft()).y()
            scroll.verticalScrollBar().setValue(max(0, top - 12))
        self.backups_section.focus_list()

    # -- actions -----------------------------------------------------------------------
    def change_finished(self, ok: bool, text: str) -> None:
        """The window's answer to ``change_passphrase_requested``."""
        self.passphrase_section.change_finished(ok, text)

    def _save_lock(self) -> None:
        if self._loading:
            return
        self.prefs.set("lock/idle_enabled", self.idle_enabled.isChecked())
        self.prefs.set("lock/idle_minutes", self.idle_minutes.value())
        self.prefs.set("lock/on_screen_lock", self.screen_lock.isChecked())
        self.idle_minutes.setEnabled(self.idle_enabled.isChecked())
        self.lock_settings_changed.emit()

    def _theme(self) -> None:
        if self._loading:
            return
        key = str(self.theme.currentData())
        self.prefs.set("ui/theme", key)
        self.theme_changed.emit(key)

    def _language(self) -> None:
        """Store the choice; the window changes language when KAP Journal next starts
        (nothing open is rebuilt, so nothing typed is lost)."""
        if self._loading:
            return
        chosen = str(self.language.currentData())
        self.prefs.set(UI_LANGUAGE.key, chosen)
        if choose_language(chosen) == language():
            self.language_note.hide()
            return
        name = LANGUAGES[choose_language(chosen)]
        announce(self.language_note, arg(tr("KAP Journal will be in %1 the next time it starts."), name))
        self.language_note.show()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text()))

    def _delete(self) -> None:
        if not self.delete_field.text():
            self.delete_field.setFocus()
            return
        answer = QMessageBox.warning(
            self,
            tr("Delete this journal?"),
            tr("Everything in this journal and its backups will be gone for good. Delete it?"),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(self.delete_field.text())
