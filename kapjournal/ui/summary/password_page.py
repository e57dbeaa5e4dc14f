"""The calm page shown once after a protected PDF is written: the password to read
to the therapist, and what to do and not do with it. The password is not kept: the
page forgets it when it closes (:meth:`PasswordPage.forget`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from kapjournal.i18n import arg, tr
from kapjournal.ui.common.widgets import button as make_button
from kapjournal.ui.common.widgets import label


class PasswordPage(QDialog):
    """``password`` is shown when the app made it; for the patient's own password
    (``shown=False``) only the advice is shown."""

    def __init__(self, file_name: str, password: str, *, shown: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your PDF password"))
        self.setModal(True)
        self.setMinimumWidth(660)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 20)
        lay.setSpacing(14)
        lay.addWidget(label(tr("Your PDF password"), "title"))
        lay.addWidget(
            label(arg(tr("“%1” is saved. It opens only with this password."), file_name), "subtitle")
            if shown
            else label(
                arg(tr("“%1” is saved. It opens only with the password you chose."), file_name), "subtitle"
            )
        )
        self.password_label = label(password if shown else "", "code", about=tr("PDF password"))
        self.password_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.password_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_label.setVisible(shown)
        lay.addWidget(self.password_label)
        if shown:
            lay.addWidget(
                label(
                    tr("%n words in small letters, with a space between them.", "", len(password.split())),
                    "muted",
                )
            )
        self.advice = label(
            tr(
                "Read it to your therapist, for example on the phone or at your next visit. "
                "Do not send it in the same email as the file: anyone who gets both could open it."
            )
        )
        lay.addWidget(self.advice)
        self.forget_note = label(
            tr(
                "KAP Journal does not keep this password. When you close this window it is gone; "
                "if it gets lost, simply export again: the new file gets a new password."
            ),
            "muted",
        )
        lay.addWidget(self.forget_note)
        row = QHBoxLayout()
        row.addStretch(1)
        self.done_button = make_button(tr("I have it, close"), "primary")
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.accept)
        row.addWidget(self.done_button)
        lay.addLayout(row)
        self.finished.connect(self.forget)

    def password(self) -> str:
        """The password on screen ('' once forgotten, or when the patient chose it)."""
        return self.password_label.text()

    def forget(self) -> None:
        self.password_label.setText("")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.forget()
        super().closeEvent(event)
