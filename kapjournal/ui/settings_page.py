"""Settings: passphrase, remember/forget, recovery code, locking, data folder, look."""

from __future__ import annotations

import logging

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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kapjournal.prefs import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, Preferences
from kapjournal.ui.widgets import NewPassphraseForm, Page, PassphraseField, button, label, tr

logger = logging.getLogger(__name__)

THEMES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))


class SettingsPage(Page):
    """Emits requests; the main window runs them (off the GUI thread where slow)."""

    change_passphrase_requested = Signal(str, str)
    remember_requested = Signal()
    forget_requested = Signal()
    new_recovery_requested = Signal()
    backup_requested = Signal()
    delete_requested = Signal(str)
    lock_settings_changed = Signal()
    theme_changed = Signal(str)

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=720)
        self.prefs = prefs
        b = self.body
        b.addWidget(label(tr("Settings"), "title"))

        # -- passphrase -------------------------------------------------------------
        box = QGroupBox(tr("Passphrase"))
        lay = QVBoxLayout(box)
        self.current = PassphraseField(tr("Current passphrase"), tr("Current passphrase"))
        self.new_form = NewPassphraseForm()
        self.change_button = button(tr("Change passphrase"), "primary")
        self.change_message = label("", "muted", name=tr("Passphrase change result"))
        lay.addWidget(self.current)
        lay.addWidget(self.new_form)
        row = QHBoxLayout()
        row.addWidget(self.change_message, 1)
        row.addWidget(self.change_button)
        lay.addLayout(row)
        b.addWidget(box)

        # -- this computer -------------------------------------------------------------
        box = QGroupBox(tr("This computer"))
        lay = QVBoxLayout(box)
        self.remember = QCheckBox(tr("Remember on this computer"))
        self.remember.setAccessibleName(tr("Remember on this computer"))
        self.remember_reason = label("", "muted")
        lay.addWidget(self.remember)
        lay.addWidget(self.remember_reason)
        b.addWidget(box)

        # -- recovery code -------------------------------------------------------------
        box = QGroupBox(tr("Recovery code"))
        lay = QVBoxLayout(box)
        lay.addWidget(
            label(
                tr("Lost your recovery code? Make a new one. The old code stops working at once."),
                "muted",
            )
        )
        self.recovery_button = button(tr("Make a new recovery code…"))
        lay.addWidget(self.recovery_button)
        b.addWidget(box)

        # -- locking -------------------------------------------------------------------
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
        b.addWidget(box)

        # -- appearance ----------------------------------------------------------------
        box = QGroupBox(tr("Appearance"))
        form = QFormLayout(box)
        self.theme = QComboBox()
        self.theme.setAccessibleName(tr("Theme"))
        for key, text in THEMES:
            self.theme.addItem(tr(text), key)
        form.addRow(tr("Theme"), self.theme)
        b.addWidget(box)

        # -- data folder ---------------------------------------------------------------
        box = QGroupBox(tr("Where your journal is kept"))
        lay = QVBoxLayout(box)
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(tr("Journal folder"))
        lay.addWidget(self.folder)
        lay.addWidget(
            label(
                tr(
                    "To move the journal, close the app and move the whole folder; start the "
                    "app with --data-dir pointing to the new place. Encrypted backups are kept "
                    "in its 'backups' folder."
                ),
                "muted",
            )
        )
        row = QHBoxLayout()
        self.open_folder = button(tr("Open folder"))
        self.backup_button = button(tr("Back up now"))
        self.backup_message = label("", "muted")
        row.addWidget(self.open_folder)
        row.addWidget(self.backup_button)
        row.addWidget(self.backup_message, 1)
        lay.addLayout(row)
        b.addWidget(box)

        # -- delete --------------------------------------------------------------------
        box = QGroupBox(tr("Delete this journal"))
        self._delete_box = box
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
        b.addWidget(box)
        b.addStretch(1)

        self._sections: list[QWidget] = []
        self.change_button.clicked.connect(self._change)
        self.remember.clicked.connect(self._remember_clicked)
        self.recovery_button.clicked.connect(self._new_recovery)
        self.idle_enabled.toggled.connect(self._save_lock)
        self.idle_minutes.valueChanged.connect(self._save_lock)
        self.screen_lock.toggled.connect(self._save_lock)
        self.theme.currentIndexChanged.connect(self._theme)
        self.open_folder.clicked.connect(self._open_folder)
        self.backup_button.clicked.connect(self.backup_requested)
        self.delete_button.clicked.connect(self._delete)

    def add_section(self, box: QWidget) -> None:
        """Features add their own group (prompt packs, crisis line country, ...) above
        the delete section. A section may implement ``load(db)`` and ``clear()``."""
        index = self.body.indexOf(self._delete_box)
        self.body.insertWidget(index, box)
        self._sections.append(box)

    # -- loading -----------------------------------------------------------------------
    def load(self, folder: str, keychain_available: bool, keychain_reason: str, sample: bool) -> None:
        self._loading = True
        self.folder.setText(folder)
        self.idle_enabled.setChecked(bool(self.prefs.get("lock/idle_enabled")))
        self.idle_minutes.setValue(self.prefs.idle_minutes())
        self.screen_lock.setChecked(bool(self.prefs.get("lock/on_screen_lock")))
        index = self.theme.findData(self.prefs.get("ui/theme"))
        self.theme.setCurrentIndex(max(0, index))
        self.set_remembered(bool(self.prefs.get("unlock/remembered")), keychain_available, keychain_reason)
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
        self.remember.setChecked(remembered)
        self.remember.setEnabled(available or remembered)
        if not available:
            self.remember_reason.setText(reason)
        elif remembered:
            self.remember_reason.setText(
                tr(
                    "The journal opens without a passphrase when you start the app. "
                    "Untick to forget the saved key."
                )
            )
        else:
            self.remember_reason.setText(
                tr(
                    "Saves a key in the system keychain. Anyone who can use your computer "
                    "account could then open the journal."
                )
            )

    def on_unlocked(self, db: object) -> None:
        for box in self._sections:
            hook = getattr(box, "load", None)
            if hook is not None:
                hook(db)

    def clear(self) -> None:
        for box in self._sections:
            hook = getattr(box, "clear", None)
            if hook is not None:
                hook()
        self.current.wipe()
        self.new_form.wipe()
        self.delete_field.wipe()
        self.change_message.clear()
        self.backup_message.clear()

    # -- actions -----------------------------------------------------------------------
    def _change(self) -> None:
        if not self.current.text():
            self.change_message.setText(tr("Please type your current passphrase."))
            return
        problem = self.new_form.problem()
        if problem:
            self.change_message.setText(problem)
            return
        self.change_message.setText(tr("Changing…"))
        self.change_button.setEnabled(False)
        self.change_passphrase_requested.emit(self.current.text(), self.new_form.passphrase())

    def change_finished(self, ok: bool, text: str) -> None:
        self.change_button.setEnabled(True)
        self.change_message.setText(text)
        if ok:
            self.current.wipe()
            self.new_form.wipe()

    def _remember_clicked(self, checked: bool) -> None:
        if checked:
            self.remember_requested.emit()
        else:
            self.forget_requested.emit()

    def _new_recovery(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("Make a new recovery code"),
            tr("Your old recovery code will stop working. Make a new one now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.new_recovery_requested.emit()

    def _save_lock(self) -> None:
        if getattr(self, "_loading", False):
            return
        self.prefs.set("lock/idle_enabled", self.idle_enabled.isChecked())
        self.prefs.set("lock/idle_minutes", self.idle_minutes.value())
        self.prefs.set("lock/on_screen_lock", self.screen_lock.isChecked())
        self.idle_minutes.setEnabled(self.idle_enabled.isChecked())
        self.lock_settings_changed.emit()

    def _theme(self) -> None:
        if getattr(self, "_loading", False):
            return
        key = str(self.theme.currentData())
        self.prefs.set("ui/theme", key)
        self.theme_changed.emit(key)

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
