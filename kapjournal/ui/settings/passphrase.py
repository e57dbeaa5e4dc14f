"""Settings → the ways into the journal: change the passphrase, remember the key on
this computer (the system keychain) or forget it, and make a new recovery code.

Each section only asks (a signal); the main window does the slow or secret work
off the GUI thread and answers through :meth:`PassphraseSection.change_finished`
and :meth:`KeychainSection.set_remembered`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from kapjournal.i18n import tr
from kapjournal.ui.common import fit
from kapjournal.ui.common.widgets import NewPassphraseForm, PassphraseField, button, label

logger = logging.getLogger(__name__)


class PassphraseSection(QGroupBox):
    """The current passphrase, a new one twice, and Change passphrase."""

    change_requested = Signal(str, str)  # current, new

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Passphrase"), parent)
        lay = QVBoxLayout(self)
        self.current = PassphraseField(tr("Current passphrase"), tr("Current passphrase"))
        self.new_form = NewPassphraseForm()
        self.change_button = button(tr("Change passphrase"), "primary")
        self.change_message = label("", "muted")
        lay.addWidget(self.current)
        lay.addWidget(self.new_form)
        row = QHBoxLayout()
        row.addWidget(self.change_message, 1)
        row.addWidget(self.change_button)
        lay.addLayout(row)
        self.change_button.clicked.connect(self._change)

    def _change(self) -> None:
        if not self.current.text():
            fit.show_message(self.change_message, tr("Please type your current passphrase."))
            return
        problem = self.new_form.problem()
        if problem:
            fit.show_message(self.change_message, problem)
            return
        fit.show_message(self.change_message, tr("Changing…"))
        self.change_button.setEnabled(False)
        self.change_requested.emit(self.current.text(), self.new_form.passphrase())

    def change_finished(self, ok: bool, text: str) -> None:
        self.change_button.setEnabled(True)
        fit.show_message(self.change_message, text)
        if ok:
            self.current.wipe()
            self.new_form.wipe()

    def wipe(self) -> None:
        """Forget every typed passphrase and the last message (on lock)."""
        self.current.wipe()
        self.new_form.wipe()
        self.change_message.clear()


class KeychainSection(QGroupBox):
    """This computer: Remember on this computer, and why it can or cannot."""

    remember_requested = Signal()
    forget_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("This computer"), parent)
        lay = QVBoxLayout(self)
        self.remember = QCheckBox(tr("Remember on this computer"))
        self.remember.setAccessibleName(tr("Remember on this computer"))
        self.remember_reason = label("", "muted")
        # A key saved earlier, while the keychain cannot be reached now: the box cannot
        # be ticked (there is nothing to remember in), but the key can still be forgotten.
        self.forget_button = button(tr("Forget the saved key"))
        self.forget_button.hide()
        lay.addWidget(self.remember)
        lay.addWidget(self.remember_reason)
        lay.addWidget(self.forget_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.remember.clicked.connect(self._remember_clicked)
        self.forget_button.clicked.connect(self.forget_requested)

    def set_remembered(self, remembered: bool, available: bool, reason: str) -> None:
        """Ticked only when remembered in a keychain that is there; without one the box
        is disabled and unticked, and says why (also to a screen reader)."""
        self.remember.setChecked(remembered and available)
        self.remember.setEnabled(available)
        self.forget_button.setVisible(remembered and not available)
        if not available:
            text = reason
        elif remembered:
            text = tr(
                "The journal opens without a passphrase when you start the app. "
                "Untick to forget the saved key."
            )
        else:
            text = tr(
                "Saves a key in the system keychain. Anyone who can use your computer "
                "account could then open the journal."
            )
        self.remember_reason.setText(text)
        self.remember.setAccessibleDescription(text)

    def _remember_clicked(self, checked: bool) -> None:
        if checked:
            self.remember_requested.emit()
        else:
            self.forget_requested.emit()


class RecoveryCodeSection(QGroupBox):
    """Make a new recovery code (after asking: the old one stops working)."""

    new_recovery_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Recovery code"), parent)
        lay = QVBoxLayout(self)
        lay.addWidget(
            label(
                tr("Lost your recovery code? Make a new one. The old code stops working at once."),
                "muted",
            )
        )
        self.recovery_button = button(tr("Make a new recovery code…"))
        lay.addWidget(self.recovery_button)
        self.recovery_button.clicked.connect(self._new_recovery)

    def _new_recovery(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("Make a new recovery code"),
            tr("Your old recovery code will stop working. Make a new one now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.new_recovery_requested.emit()
