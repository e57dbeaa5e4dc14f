"""Pages shown while the journal is closed: first-run set-up, recovery code, unlock,
and "Forgot passphrase?" (recovery). They emit requests; the main window acts."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from kapjournal.i18n import arg, error_text, tr
from kapjournal.storage.errors import StorageError
from kapjournal.storage.fsutil import atomic_write_bytes
from kapjournal.ui.common import fit
from kapjournal.ui.common.widgets import (
    Banner,
    NewPassphraseForm,
    Page,
    PassphraseField,
    buddy,
    button,
    label,
    restyle,
)

logger = logging.getLogger(__name__)


class WelcomePage(Page):
    """First run: create a journal, or look around in a sample journal."""

    create_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        b = self.body
        b.addStretch(1)
        b.addWidget(label(tr("Welcome to KAP Journal"), "title"))
        b.addWidget(
            label(
                tr(
                    "A quiet place for your preparation, your sessions and what comes after. "
                    "Everything you write stays on this computer, encrypted with a passphrase "
                    "only you know."
                ),
                "subtitle",
            )
        )
        b.addWidget(
            label(
                tr(
                    "KAP Journal is not a medical device and does not replace your care team. "
                    "It gives no medical or dosing advice."
                ),
                "muted",
            )
        )
        b.addSpacing(12)
        self.create_button = button(tr("Create my journal"), "primary")
        self.sample_button = button(
            tr("Explore with sample data"),
            tip=tr("Opens a separate journal filled with invented entries. Nothing of yours goes in it."),
        )
        self.create_button.clicked.connect(self.create_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        b.addWidget(self.create_button)
        b.addWidget(self.sample_button)
        b.addStretch(2)


class CreatePage(Page):
    """Choose a passphrase (with strength feedback) and whether to remember it."""

    submitted = Signal(str, bool)  # passphrase, remember
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        b = self.body
        b.addWidget(label(tr("Choose a passphrase"), "title"))
        b.addWidget(
            label(
                tr(
                    "Your passphrase encrypts the journal. A few unrelated words are easy to "
                    "remember and hard to guess. Next you will get a recovery code, in case "
                    "you ever forget it."
                ),
                "subtitle",
            )
        )
        self.form = NewPassphraseForm()
        b.addWidget(self.form)
        self.remember = QCheckBox(tr("Remember on this computer"))
        self.remember.setAccessibleName(tr("Remember on this computer"))
        self.remember.setEnabled(False)  # until the keychain has answered (set_keychain)
        self.remember_reason = label("", "muted")
        b.addWidget(self.remember)
        b.addWidget(self.remember_reason)
        self.message = label("", "error", about=tr("Problem"))
        b.addWidget(self.message)
        row = QHBoxLayout()
        self.back = button(tr("Back"))
        self.create = button(tr("Create journal"), "primary")
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.create)
        b.addLayout(row)
        b.addStretch(1)
        self.back.clicked.connect(self.back_requested)
        self.create.clicked.connect(self._submit)
        self.form.second.returnPressed.connect(self._submit)
        self.form.first.returnPressed.connect(self.form.second.setFocus)

    def set_keychain(self, available: bool, reason: str) -> None:
        """Without a keychain the box is disabled and unticked, and says why (the
        reason below it is also its description for a screen reader)."""
        self.remember.setEnabled(available)
        if not available:
            self.remember.setChecked(False)
        text = (
            reason
            if not available
            else tr("Anyone who can use your computer account could then open the journal.")
        )
        self.remember_reason.setText(text)
        self.remember.setAccessibleDescription(text)

    def set_busy(self, busy: bool) -> None:
        self.create.setEnabled(not busy)
        self.create.setText(tr("Creating…") if busy else tr("Create journal"))

    def _submit(self) -> None:
        problem = self.form.problem()
        fit.show_message(self.message, problem)
        if problem:
            return
        # Never remember where the page said there is no keychain to remember in.
        remember = self.remember.isChecked() and self.remember.isEnabled()
        self.submitted.emit(self.form.passphrase(), remember)

    def show_error(self, text: str) -> None:
        fit.show_message(self.message, text)

    def wipe(self) -> None:
        self.form.wipe()
        self.message.clear()


class RecoveryCodePage(Page):
    """Show the recovery code once, with print/save and a check that it was kept."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        b = self.body
        b.addWidget(label(tr("Your recovery code"), "title"))
        b.addWidget(
            label(
                tr(
                    "If you forget your passphrase, this code is the only way back into your "
                    "journal. Write it down or print it, and keep it somewhere safe, away from "
                    "this computer. It is shown only now."
                ),
                "subtitle",
            )
        )
        self.note = Banner("")
        self.note.text.setAccessibleDescription(tr("About this recovery code"))
        self.note.hide()
        b.addWidget(self.note)
        self.code_label = label("", "code", wrap=False, about=tr("Recovery code"))
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        b.addWidget(self.code_label)
        row = QHBoxLayout()
        self.print_button = button(tr("Print…"))
        self.save_button = button(tr("Save to a file…"))
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        b.addLayout(row)
        self.saved_note = label("", "muted")
        b.addWidget(self.saved_note)
        b.addSpacing(8)
        check_caption = label(tr("To check you have kept it, type the last group of the code:"))
        b.addWidget(check_caption)
        self.check = QLineEdit()
        buddy(check_caption, self.check)
        self.check.setAccessibleName(tr("Last group of the recovery code"))
        self.check.setMaxLength(12)
        self.check.setMinimumHeight(44)
        b.addWidget(self.check)
        self.message = label("", "error")
        b.addWidget(self.message)
        self.continue_button = button(tr("I have kept it — continue"), "primary")
        b.addWidget(self.continue_button)
        b.addStretch(1)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        self.continue_button.clicked.connect(self._continue)
        self.check.returnPressed.connect(self._continue)
        self.check.textChanged.connect(self._check_changed)

    def show_code(self, code: str, note: str = "") -> None:
        """Show ``code``; ``note`` says why there is a new one (hidden when empty)."""
        self._code = code
        self.note.text.setText(note)
        self.note.setVisible(bool(note))
        self.code_label.setText(code)
        self.check.clear()
        self.message.clear()
        self.saved_note.clear()

    def matches(self, typed: str) -> bool:
        last = self._code.split("-")[-1]
        return bool(last) and typed.strip().upper().replace(" ", "") == last

    def _check_changed(self, typed: str) -> None:
        """An old "not yet" goes as soon as the right group is typed."""
        if self.message.text() and self.matches(typed):
            self.message.clear()

    def _continue(self) -> None:
        if not self.matches(self.check.text()):
            fit.show_message(self.message, tr("That is not the last group yet. Please look again."))
            return
        self._code = ""
        self.code_label.clear()
        self.note.hide()
        self.done.emit()

    def document_text(self) -> str:
        return "\n".join(
            [
                tr("KAP Journal recovery code"),
                "",
                self._code,
                "",
                tr(
                    "Keep this somewhere safe. With it, anyone can open your journal "
                    "and set a new passphrase."
                ),
                "",
            ]
        )

    def print_html(self) -> str:
        """The printed page: the code large and spaced in a monospace font, so it can
        be read back without mistakes (the same words as the saved file)."""
        esc = html.escape
        note = tr(
            "Keep this somewhere safe. With it, anyone can open your journal and set a new passphrase."
        )
        return (
            "<h2>" + esc(tr("KAP Journal recovery code")) + "</h2>"
            f"<p style=\"font-family: monospace; font-size: 26pt; letter-spacing: 4px;\">"
            f"{esc(self._code)}</p>"
            f"<p style=\"font-size: 12pt;\">{esc(note)}</p>"
        )

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save recovery code"),
            str(Path.home() / "kapjournal-recovery-code.txt"),
            tr("Text files (*.txt)"),
        )
        if not path:
            return
        try:
            atomic_write_bytes(Path(path), self.document_text().encode("utf-8"))
        except StorageError as exc:
            fit.show_message(self.saved_note, error_text(exc))
            return
        fit.show_message(
            self.saved_note,
            tr("Saved. Move that file somewhere safe, such as a USB stick you keep at home.")
        )

    def _print(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setHtml(self.print_html())
        doc.print_(printer)
        fit.show_message(self.saved_note, tr("Sent to the printer."))


class UnlockPage(Page):
    """Passphrase prompt; one-line message on failure; growing delay; recovery link."""

    unlock_requested = Signal(str)
    saved_key_requested = Signal()
    forgot_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        b = self.body
        b.addStretch(1)
        self.heading = label(tr("Welcome back"), "title")
        b.addWidget(self.heading)
        self.subtitle = label(tr("Your journal is locked. Type your passphrase to open it."), "subtitle")
        b.addWidget(self.subtitle)
        self.sample_banner = Banner(tr("Sample journal: everything in it is invented."))
        self.sample_banner.hide()
        b.addWidget(self.sample_banner)
        self.field = PassphraseField(tr("Passphrase"), tr("Passphrase"))
        buddy(self.subtitle, self.field)
        b.addWidget(self.field)
        self.message = label("", "error", about=tr("Unlock message"))
        b.addWidget(self.message)
        row = QHBoxLayout()
        self.forgot = button(tr("Forgot passphrase?"), "link")
        self.saved_key = button(tr("Open with the key saved on this computer"))
        self.saved_key.hide()
        self.unlock = button(tr("Unlock"), "primary")
        row.addWidget(self.forgot)
        row.addStretch(1)
        row.addWidget(self.unlock)
        b.addLayout(row)
        b.addWidget(self.saved_key)
        b.addStretch(2)
        self.field.returnPressed.connect(self._submit)
        self.unlock.clicked.connect(self._submit)
        self.forgot.clicked.connect(self.forgot_requested)
        self.saved_key.clicked.connect(self.saved_key_requested)
        self._busy = False

    def _submit(self) -> None:
        if self._busy or not self.unlock.isEnabled():
            return
        if not self.field.text():
            restyle(self.message, "error")
            fit.show_message(self.message, tr("Please type your passphrase."))
            return
        self.unlock_requested.emit(self.field.text())

    def set_busy(self, busy: bool, text: str = "") -> None:
        """``text``: what the button says meanwhile (default "Opening…")."""
        self._busy = busy
        self.unlock.setEnabled(not busy)
        self.field.setEnabled(not busy)
        self.unlock.setText((text or tr("Opening…")) if busy else tr("Unlock"))

    def set_waiting(self, seconds: int) -> None:
        """Disable the button during the growing delay after failures."""
        self.unlock.setEnabled(seconds <= 0)
        if seconds > 0:
            self.unlock.setText(arg(tr("Please wait… %1 s"), seconds))
        else:
            self.unlock.setText(tr("Unlock"))

    def show_error(self, text: str) -> None:
        restyle(self.message, "error")
        fit.show_message(self.message, text)
        self.field.selectAll()
        self.field.setFocus()

    def show_note(self, text: str) -> None:
        """A calm line that is not an error (what just happened), then the passphrase."""
        restyle(self.message, "ok")
        fit.show_message(self.message, text)
        self.field.setFocus()

    def reset(self, *, sample: bool, saved_key: bool) -> None:
        self.field.wipe()
        self.message.clear()
        self.sample_banner.setVisible(sample)
        self.saved_key.setVisible(saved_key)
        self.set_busy(False)

    def focus(self) -> None:
        self.field.setFocus()


class RecoverPage(Page):
    """Forgot passphrase: recovery code + a new passphrase."""

    submitted = Signal(str, str)  # code, new passphrase
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        b = self.body
        b.addWidget(label(tr("Use your recovery code"), "title"))
        intro = label(
            tr(
                "Type the recovery code you kept when you created the journal, then choose "
                "a new passphrase. Your entries stay exactly as they are."
            ),
            "subtitle",
        )
        b.addWidget(intro)
        self.code = QLineEdit()
        buddy(intro, self.code)
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.code.setAccessibleName(tr("Recovery code"))
        self.code.setMinimumHeight(44)
        b.addWidget(self.code)
        self.form = NewPassphraseForm()
        b.addWidget(self.form)
        self.message = label("", "error", about=tr("Problem"))
        b.addWidget(self.message)
        row = QHBoxLayout()
        self.back = button(tr("Back"))
        self.submit = button(tr("Open and set new passphrase"), "primary")
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.submit)
        b.addLayout(row)
        b.addStretch(1)
        self.back.clicked.connect(self.back_requested)
        self.submit.clicked.connect(self._submit)
        self.form.second.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        if not self.code.text().strip():
            fit.show_message(self.message, tr("Please type your recovery code."))
            return
        problem = self.form.problem()
        fit.show_message(self.message, problem)
        if not problem:
            self.submitted.emit(self.code.text(), self.form.passphrase())

    def set_busy(self, busy: bool) -> None:
        self.submit.setEnabled(not busy)
        self.submit.setText(tr("Opening…") if busy else tr("Open and set new passphrase"))

    def show_error(self, text: str) -> None:
        fit.show_message(self.message, text)

    def wipe(self) -> None:
        self.code.clear()
        self.form.wipe()
        self.message.clear()
