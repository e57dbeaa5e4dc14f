"""The Summary page: choose dates, sections and single items, see exactly what the file
will hold, then export it (PDF, HTML, Markdown, CSV or FHIR) off the GUI thread.

The preview is the very ``QTextDocument`` the PDF is laid out from (same HTML, same
chart), shown on white like paper whatever the theme. No file exists until Export.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kapjournal import summary as S
from kapjournal.exporters import FORMATS, export
from kapjournal.exporters.pdf import build_document
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.ui.common.chart_export import qt_chart_renderer
from kapjournal.ui.common.widgets import button, label, tr
from kapjournal.ui.common.workers import run_task

logger = logging.getLogger(__name__)

REFRESH_MS = 250
PREVIEW_MARGIN = 28
SAVED_TEXT = "Saved “{name}”. This file is not encrypted: keep it safe and send it only to your care team."
UID_ROLE = Qt.ItemDataRole.UserRole + 1
PAPER_SIZES = {"a4": "A4", "letter": "US Letter"}
FILE_FILTERS = {
    "pdf": "PDF (*.pdf)",
    "html": "HTML (*.html)",
    "md": "Markdown (*.md)",
    "csv": "CSV (*.csv)",
    "fhir": "FHIR JSON (*.json)",
}


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def default_paper() -> str:
    country = QLocale.system().territory()
    letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico}
    return "letter" if country in letter else "a4"


class ExportNotice:
    """The one-time notice that an exported file is not encrypted."""

    TEXT = (
        "The file you export is not encrypted. Anyone who has the file can read it.\n\n"
        "It is yours: KAP Journal sends nothing to anyone. Keep it somewhere safe, send it "
        "only to your care team, and delete it when you no longer need it."
    )

    @classmethod
    def ask(cls, parent: QWidget) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Before you export"))
        box.setText(tr("This file will not be encrypted"))
        box.setInformativeText(tr(cls.TEXT))
        ok = box.addButton(tr("I understand, export"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok


class SummaryPage(QWidget):
    """Page protocol: ``on_unlocked(db)``, ``clear()``, ``on_shown()``,
    ``on_data_changed(table)``. ``exported(file_name)`` fires after a file is written."""

    exported = Signal(str)
    export_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.summary: S.Summary | None = None
        self._collected: S.Collected | None = None
        self._excluded: set[str] = set()
        self._dirty = True
        self._filling = False
        self._doc: QTextDocument | None = None
        self._busy = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 16)
        outer.setSpacing(10)
        outer.addWidget(label(tr("Summary for your care team"), "title"))
        outer.addWidget(
            label(
                tr(
                    "Choose what to share. The preview on the right is exactly what the file will "
                    "hold. Only entries you marked for sharing are offered."
                ),
                "muted",
            )
        )
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)

        # -- controls ------------------------------------------------------------------
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(340)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        scroll.setWidget(holder)
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 12, 0)
        col.setSpacing(10)

        dates = QGroupBox(tr("Dates"))
        form = QFormLayout(dates)
        self.preset = QComboBox()
        self.preset.setAccessibleName(tr("Date range"))
        for key, text in S.PRESETS.items():
            self.preset.addItem(tr(text), key)
        form.addRow(tr("Range"), self.preset)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit, name in ((self.date_from, tr("From")), (self.date_to, tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            form.addRow(name, edit)
        col.addWidget(dates)

        sections = QGroupBox(tr("Sections"))
        sec_lay = QVBoxLayout(sections)
        self.section_boxes: dict[str, QCheckBox] = {}
        for key, text in S.SECTIONS.items():
            box = QCheckBox(S.t(text))
            box.setAccessibleName(S.t(text))
            box.setChecked(True)
            sec_lay.addWidget(box)
            self.section_boxes[key] = box
        self.show_name = QCheckBox(tr("Show my name"))
        self.show_name.setAccessibleName(tr("Show my name"))
        self.show_name.setChecked(True)
        sec_lay.addWidget(self.show_name)
        col.addWidget(sections)

        items = QGroupBox(tr("What to include"))
        items_lay = QVBoxLayout(items)
        items_lay.addWidget(label(tr("Untick anything you would rather keep to yourself."), "muted"))
        self.items = QListWidget()
        self.items.setAccessibleName(tr("Entries to include"))
        self.items.setMinimumHeight(220)
        self.items.setMinimumWidth(0)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.items.setWordWrap(True)
        items_lay.addWidget(self.items)
        self.include_all = button(tr("Include everything again"), "link")
        items_lay.addWidget(self.include_all, 0, Qt.AlignmentFlag.AlignLeft)
        col.addWidget(items, 1)

        out = QGroupBox(tr("Export"))
        out_form = QFormLayout(out)
        self.format = QComboBox()
        self.format.setAccessibleName(tr("File format"))
        for key, text in FORMATS.items():
            self.format.addItem(tr(text), key)
        out_form.addRow(tr("Format"), self.format)
        self.paper = QComboBox()
        self.paper.setAccessibleName(tr("Paper size"))
        for key, text in PAPER_SIZES.items():
            self.paper.addItem(tr(text), key)
        self.paper.setCurrentIndex(list(PAPER_SIZES).index(default_paper()))
        out_form.addRow(tr("Paper"), self.paper)
        self.export_button = button(tr("Export…"), "primary", tip=tr("Choose where to save the file"))
        out_form.addRow(self.export_button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Export progress"))
        self.progress.setRange(0, 0)
        self.progress.hide()
        out_form.addRow(self.progress)
        self.status = label("", "muted", name=tr("Export status"))
        out_form.addRow(self.status)
        col.addWidget(out)
        for combo in (self.preset, self.format, self.paper):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        split.addWidget(scroll)

        # -- preview -------------------------------------------------------------------
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(12, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(label(tr("Preview"), "subtitle"))
        head.addStretch(1)
        self.preview_note = label("", "muted", name=tr("Preview details"))
        head.addWidget(self.preview_note)
        right_lay.addLayout(head)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(tr("Preview of the summary"))
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.setStyleSheet(
            "QTextBrowser { background: #ffffff; color: #1f2a30; border: 1px solid #c9d1d6;"
            " border-radius: 4px; }"
        )
        right_lay.addWidget(self.preview, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([400, 620])

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)
        for box in self.section_boxes.values():
            box.toggled.connect(self.schedule)
        self.show_name.toggled.connect(self.schedule)
        self.items.itemChanged.connect(self._item_changed)
        self.include_all.clicked.connect(self._include_all)
        self.export_button.clicked.connect(self._export_clicked)
        self._set_enabled(False)

    # -- page protocol --------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        self.db = db
        self._excluded.clear()
        self._set_enabled(True)
        self._filling = True
        self.preset.setCurrentIndex(0)
        self._filling = False
        self._apply_preset()
        self._dirty = True
        if self.isVisible():
            self.schedule()

    def clear(self) -> None:
        """Drop every decrypted view (on lock)."""
        self._timer.stop()
        self.db = None
        self.summary = None
        self._collected = None
        self._excluded.clear()
        self._filling = True
        self.items.clear()
        self._filling = False
        self.preview.clear()
        self._doc = None
        self.preview_note.setText("")
        self.status.setText("")
        self._set_enabled(False)

    def flush_draft(self) -> None:
        """The summary's options are not patient text: nothing to keep."""
        return

    def on_shown(self) -> None:
        if self.db is not None and (self._dirty or self.summary is None):
            self.refresh()

    def on_data_changed(self, _table: str = "") -> None:
        self._dirty = True
        self._collected = None
        if self.isVisible():
            self.schedule()

    # -- selection ------------------------------------------------------------------------
    def _set_enabled(self, on: bool) -> None:
        for w in (
            self.preset,
            self.date_from,
            self.date_to,
            self.items,
            self.format,
            self.paper,
            self.export_button,
        ):
            w.setEnabled(on)
        for box in (*self.section_boxes.values(), self.show_name):
            box.setEnabled(on)
        if on:
            custom = self.preset.currentData() == "custom"
            self.date_from.setEnabled(True)
            self.date_to.setEnabled(True)
            self.date_from.setToolTip("" if custom else tr("Changing a date switches to your own dates."))

    def schedule(self) -> None:
        if self.db is not None and not self._filling:
            self._timer.start()

    def _preset_changed(self) -> None:
        if self._filling:
            return
        if self.preset.currentData() != "custom":
            self._apply_preset()
        self.schedule()

    def _apply_preset(self) -> None:
        if self.db is None:
            return
        key = self.preset.currentData()
        if key == "custom":
            return
        start, end = S.preset_range(self.db, key, date.today())
        self._filling = True
        self.date_from.setDate(_qdate(start))
        self.date_to.setDate(_qdate(end))
        self._filling = False

    def _dates_edited(self) -> None:
        if self._filling:
            return
        self._filling = True
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self._filling = False
        self.schedule()

    def set_range(self, start: date, end: date) -> None:
        """Choose your own dates (as the date fields do)."""
        self._filling = True
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.date_from.setDate(_qdate(start))
        self.date_to.setDate(_qdate(end))
        self._filling = False
        self.schedule()

    def choose_preset(self, key: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(key))

    def range(self) -> tuple[date, date]:
        start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        return (start, end) if start <= end else (end, start)

    def options(self) -> S.SummaryOptions:
        start, end = self.range()
        return S.SummaryOptions(
            start,
            end,
            sections=frozenset(k for k, b in self.section_boxes.items() if b.isChecked()),
            excluded=frozenset(self._excluded),
            show_name=self.show_name.isChecked(),
        )

    def _fill_items(self, offered: list[S.OfferedItem]) -> None:
        self._filling = True
        self.items.clear()
        section = None
        bold = QFont(self.items.font())
        bold.setBold(True)
        for item in offered:
            if item.section != section:
                section = item.section
                head = QListWidgetItem(S.t(S.SECTIONS[section]))
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                head.setFont(bold)
                self.items.addItem(head)
            row = QListWidgetItem(item.text)
            row.setData(UID_ROLE, item.uid)
            row.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            row.setCheckState(
                Qt.CheckState.Unchecked if item.uid in self._excluded else Qt.CheckState.Checked
            )
            self.items.addItem(row)
        if not offered:
            empty = QListWidgetItem(tr("Nothing shared in these dates yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.items.addItem(empty)
        self._filling = False

    def item_rows(self) -> list[QListWidgetItem]:
        """The checkable rows of the list (section headings left out)."""
        rows = [self.items.item(i) for i in range(self.items.count())]
        return [r for r in rows if r.data(UID_ROLE)]

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        uid = item.data(UID_ROLE)
        if not uid:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self._excluded.discard(uid)
        else:
            self._excluded.add(uid)
        self.schedule()

    def _include_all(self) -> None:
        self._excluded.clear()
        self._filling = True
        for row in self.item_rows():
            row.setCheckState(Qt.CheckState.Checked)
        self._filling = False
        self.schedule()

    # -- building and preview ----------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the summary and the preview now (the timer calls this)."""
        self._timer.stop()
        if self.db is None:
            return
        start, end = self.range()
        try:
            col = self._collected
            if col is None or (col.start, col.end) != (start, end):
                col = S.collect(self.db, start, end)
                self._collected = col
                offered = S.offered_items(col)
                self._excluded &= {i.uid for i in offered}
                self._fill_items(offered)
            summary = S.build_summary(self.db, self.options(), collected=col)
            summary = S.attach_chart(summary, qt_chart_renderer(), formats=("png", "svg"))
        except StorageError as exc:
            self.status.setText(tr(str(exc)))
            return
        self.summary = summary
        self._dirty = False
        self._show_safety_rule(bool(summary.flags))
        width = max(360, min(900, self.preview.viewport().width() - 2 * PREVIEW_MARGIN - 24))
        doc = build_document(summary, image_width=width)
        doc.setDocumentMargin(PREVIEW_MARGIN)
        self._doc = doc
        self.preview.setDocument(doc)
        shown = len(summary.included)
        self.preview_note.setText(tr("{n} items · {period}").format(n=shown, period=summary.period))

    def _show_safety_rule(self, flagged: bool) -> None:
        """Safety notes stay in while a flagged record is in the summary: the box says so."""
        box = self.section_boxes.get("safety")
        if box is None:
            return
        box.blockSignals(True)
        if flagged:
            box.setChecked(True)
            box.setEnabled(False)
            box.setToolTip(
                tr(
                    "Always included while this summary holds a PHQ-9 item 9 answer above "
                    "\u201cNot at all\u201d or a check-in at the lowest mood. To leave it out, "
                    "untick that item below."
                )
            )
        else:
            box.setEnabled(True)
            box.setToolTip("")
        box.blockSignals(False)

    def preview_text(self) -> str:
        """The preview's text (tests)."""
        return self.preview.toPlainText()

    # -- export --------------------------------------------------------------------------------
    def _export_clicked(self) -> None:
        if self.db is None or self._busy:
            return
        if not S.export_acknowledged(self.db):
            if not ExportNotice.ask(self):
                return
            S.acknowledge_export(self.db)
        fmt = str(self.format.currentData())
        path = self.choose_path(fmt)
        if path is not None:
            self.export_to(path, fmt)

    def choose_path(self, fmt: str) -> Path | None:
        name = S.default_filename(fmt, date.today())
        start = Path.home() / "Documents"
        folder = start if start.is_dir() else Path.home()
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Export the summary"), str(folder / name), FILE_FILTERS[fmt]
        )
        if not chosen:
            return None
        path = Path(chosen)
        suffix = ".json" if fmt == "fhir" else f".{fmt}"
        return path if path.name.endswith(suffix) else path.with_name(path.name + suffix)

    def export_to(self, path: Path, fmt: str) -> None:
        """Write the summary shown in the preview to ``path`` off the GUI thread."""
        if self.db is None or self._busy:
            return
        if self._timer.isActive() or self.summary is None:
            self.refresh()
        summary = self.summary
        if summary is None:
            return
        paper = str(self.paper.currentData())
        self._busy = True
        self.export_button.setEnabled(False)
        self.progress.show()
        self.status.setText(tr("Writing the file…"))

        def done(_: Any) -> None:
            self._finish()
            self.status.setText(tr(SAVED_TEXT).format(name=path.name))
            self.exported.emit(path.name)

        def failed(exc: BaseException) -> None:
            self._finish()
            if isinstance(exc, StorageError):
                message = tr(str(exc))
            else:
                logger.warning("export failed: %s", type(exc).__name__)
                message = tr("The file could not be written. Nothing was lost; please try again.")
            self.status.setText(message)
            self.export_failed.emit(message)

        run_task(lambda: export(summary, fmt, path, paper=paper), done, failed)

    def _finish(self) -> None:
        self._busy = False
        self.progress.hide()
        self.export_button.setEnabled(self.db is not None)
