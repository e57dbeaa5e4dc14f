"""The Summary page's export box.

First and by default: **a protected PDF** (one click, then the file chooser), with a
password made for the patient, or one they type themselves (checked like a
passphrase). One deliberate step away, behind "Other formats, not protected": the
unprotected exports (PDF, HTML, Markdown, CSV, FHIR), with the existing warning.
This module only holds the widgets; the page does the exporting."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kapjournal.exporters import FORMATS
from kapjournal.exporters.protect import check_own_password
from kapjournal.i18n import LANGUAGES, arg, language, tr
from kapjournal.passphrase import MIN_LENGTH
from kapjournal.ui.common.widgets import PassphraseField, buddy, button, label

PAPER_SIZES = {"a4": "A4", "letter": "US Letter"}


def _format_names() -> dict[str, str]:
    """The formats' names as people read them (``FORMATS`` holds the English ones)."""
    return {
        "pdf": tr("PDF document"),
        "html": tr("Web page (HTML)"),
        "md": tr("Plain text (Markdown)"),
        "csv": tr("Spreadsheet (CSV): check-ins and scores"),
        "fhir": tr("FHIR R4 (JSON) for health records"),
    }


def _paper_names() -> dict[str, str]:
    return {"a4": tr("A4"), "letter": tr("US Letter")}


class ExportPanel(QGroupBox):
    """The widgets of the export box. ``own_changed`` fires when the own-password
    fields change (the page enables the button)."""

    own_changed = Signal()

    def __init__(self, paper: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Export"), parent)
        form = QFormLayout(self)
        form.addRow(
            label(
                tr(
                    "A protected PDF opens only with a password, which you read to your "
                    "therapist. The check-ins and scores for their records (FHIR and CSV) "
                    "are inside it."
                ),
                "muted",
            )
        )
        self.paper = QComboBox()
        self.paper.setAccessibleName(tr("Paper size"))
        for key, text in _paper_names().items():
            self.paper.addItem(text, key)
        self.paper.setCurrentIndex(list(PAPER_SIZES).index(paper))
        form.addRow(tr("Paper"), self.paper)
        # The therapist may read another language than the patient writes in: the
        # summary's fixed words follow this choice; the patient's own words never change.
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language of the summary"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language())))
        form.addRow(tr("Language"), self.language)
        form.addRow(self._build_password())
        self.protect_button = button(
            tr("Export protected PDF…"),
            "primary",
            tip=tr("Choose where to save the PDF; its password is shown next"),
        )
        form.addRow(self.protect_button)
        self.others_toggle = QCheckBox(tr("Other formats, not protected"))
        self.others_toggle.setToolTip(tr("HTML, Markdown, CSV, FHIR, or a PDF without a password"))
        form.addRow(self.others_toggle)
        self.others = self._build_others()
        self.others.setVisible(False)
        self.others_toggle.toggled.connect(self.others.setVisible)
        form.addRow(self.others)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Export progress"))
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.cancel_button = button(tr("Stop"), tip=tr("Stop making the file; nothing is written"))
        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.hide()
        form.addRow(self.progress_row)
        self.status = label("", "muted", about=tr("Export status"))
        form.addRow(self.status)
        for combo in (self.format, self.paper, self.language):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)

    def _build_password(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        self.make_password = QRadioButton(tr("Make a password for me"))
        self.own_password = QRadioButton(tr("Use my own password"))
        self.make_password.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.make_password)
        group.addButton(self.own_password)
        col.addWidget(self.make_password)
        col.addWidget(self.own_password)
        self.own_box = QWidget()
        own = QVBoxLayout(self.own_box)
        own.setContentsMargins(24, 0, 0, 0)
        self.own_first = PassphraseField(tr("Your PDF password"), tr("Your PDF password"))
        self.own_second = PassphraseField(tr("Type it again"), tr("Your PDF password again"))
        own.addWidget(buddy(label(tr("Your PDF password"), "muted"), self.own_first))
        own.addWidget(self.own_first)
        own.addWidget(buddy(label(tr("The same password again"), "muted"), self.own_second))
        own.addWidget(self.own_second)
        self.own_feedback = label("", "muted", about=tr("PDF password feedback"))
        own.addWidget(self.own_feedback)
        self.own_box.setVisible(False)
        col.addWidget(self.own_box)
        self.own_password.toggled.connect(self.own_box.setVisible)
        self.own_password.toggled.connect(self._own_edited)
        self.own_first.textChanged.connect(self._own_edited)
        self.own_second.textChanged.connect(self._own_edited)
        return box

    def _build_others(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(label(tr("These files are not encrypted: anyone who has the file can read it."), "muted"))
        self.format = QComboBox()
        self.format.setAccessibleName(tr("File format"))
        names = _format_names()
        for key in FORMATS:
            self.format.addItem(names[key], key)
        form.addRow(tr("Format"), self.format)
        self.export_button = button(tr("Export without protection…"), tip=tr("Choose where to save the file"))
        form.addRow(self.export_button)
        return box

    # -- the patient's own password -----------------------------------------------------
    def own_problem(self) -> str:
        """Why the own password cannot be used yet ('' when it can, or when the app
        makes the password)."""
        if not self.own_password.isChecked():
            return ""
        text = self.own_first.text()
        if len(text) < MIN_LENGTH:
            return arg(tr("Please use at least %1 characters."), MIN_LENGTH)
        if not check_own_password(text).acceptable:
            return tr("This password would be easy to guess. Add another word or two.")
        if text != self.own_second.text():
            return tr("The two passwords are not the same yet.")
        return ""

    def _own_edited(self) -> None:
        problem = self.own_problem()
        if self.own_password.isChecked():
            self.own_feedback.setText(problem or tr("Good choice."))
        self.own_changed.emit()

    def own_text(self) -> str | None:
        """The patient's own password when chosen and usable, else None."""
        if self.own_password.isChecked() and not self.own_problem():
            return self.own_first.text()
        return None

    def wipe(self) -> None:
        self.own_first.wipe()
        self.own_second.wipe()
        self.make_password.setChecked(True)
