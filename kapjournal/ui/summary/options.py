"""What the summary holds: its dates (a preset or your own), its sections, whether
your name is shown, and each shared item, ticked or not.

:class:`SummaryOptionsPanel` keeps those choices and turns them into
:class:`kapjournal.summary.SummaryOptions`; it emits ``changed`` whenever the
patient changes one, and the page (:mod:`.summary_page`) rebuilds the preview.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from kapjournal import summary as S
from kapjournal.context import Clock, local_now
from kapjournal.i18n import tr, translated
from kapjournal.storage.db import Database
from kapjournal.ui.common.formatting import date_format
from kapjournal.ui.common.keys import whole_stop
from kapjournal.ui.common.widgets import button, label
from kapjournal.ui.summary.include_list import IncludeList, IncludeRow

logger = logging.getLogger(__name__)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class SummaryOptionsPanel(QWidget):
    """The Dates, Sections and What to include groups of the Summary page."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, clock: Clock = local_now) -> None:
        super().__init__(parent)
        self.clock = clock  # the context's clock (kapjournal.context)
        self.db: Database | None = None
        self._excluded: set[str] = set()
        self._filling = False
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)
        col.addWidget(self._build_dates())
        col.addWidget(self._build_sections())
        col.addWidget(self._build_items(), 1)
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset.setMinimumContentsLength(12)

        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)
        for box in self.section_boxes.values():
            box.toggled.connect(self._changed)
        self.show_name.toggled.connect(self._changed)
        self.items.include_model.toggled.connect(self._item_toggled)
        self.include_all.clicked.connect(self._include_all)

    def _build_dates(self) -> QGroupBox:
        dates = QGroupBox(tr("Dates"))
        form = QFormLayout(dates)
        self.preset = QComboBox()
        self.preset.setAccessibleName(tr("Date range"))
        for key, text in S.PRESETS.items():
            self.preset.addItem(translated(text), key)
        form.addRow(tr("Range"), self.preset)
        self.date_from = whole_stop(QDateEdit())  # one Tab stop
        self.date_to = whole_stop(QDateEdit())  # one Tab stop
        for edit, name in ((self.date_from, tr("From")), (self.date_to, tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setAccessibleName(name)
            form.addRow(name, edit)
        return dates

    def _build_sections(self) -> QGroupBox:
        sections = QGroupBox(tr("Sections"))
        sec_lay = QVBoxLayout(sections)
        self.section_boxes: dict[str, QCheckBox] = {}
        for key, text in S.SECTIONS.items():
            box = QCheckBox(translated(text))
            box.setAccessibleName(translated(text))
            box.setChecked(True)
            sec_lay.addWidget(box)
            self.section_boxes[key] = box
        self.show_name = QCheckBox(tr("Show my name"))
        self.show_name.setAccessibleName(tr("Show my name"))
        self.show_name.setChecked(True)
        sec_lay.addWidget(self.show_name)
        return sections

    def _build_items(self) -> QGroupBox:
        items = QGroupBox(tr("What to include"))
        items_lay = QVBoxLayout(items)
        items_lay.addWidget(label(tr("Untick anything you would rather keep to yourself."), "muted"))
        self.items = IncludeList()  # one Tab stop, arrows inside, Space ticks
        items_lay.addWidget(self.items)
        self.include_all = button(tr("Include everything again"), "link")
        items_lay.addWidget(self.include_all, 0, Qt.AlignmentFlag.AlignLeft)
        return items

    # -- life cycle -----------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        """A freshly opened journal: every item ticked, the first preset's dates."""
        self.db = db
        self._excluded.clear()
        self.set_enabled(True)
        self._filling = True
        self.preset.setCurrentIndex(0)
        self._filling = False
        self._apply_preset()

    def clear(self) -> None:
        """Forget the journal and its items (on lock)."""
        self.db = None
        self._excluded.clear()
        self.items.include_model.wipe()
        self.set_enabled(False)

    def set_enabled(self, on: bool) -> None:
        for w in (self.preset, self.date_from, self.date_to, self.items):
            w.setEnabled(on)
        for box in (*self.section_boxes.values(), self.show_name):
            box.setEnabled(on)
        if on:
            custom = self.preset.currentData() == "custom"
            self.date_from.setEnabled(True)
            self.date_to.setEnabled(True)
            self.date_from.setToolTip("" if custom else tr("Changing a date switches to your own dates."))

    def _changed(self) -> None:
        if not self._filling:
            self.changed.emit()

    # -- dates ------------------------------------------------------------------------
    def _preset_changed(self) -> None:
        if self._filling:
            return
        if self.preset.currentData() != "custom":
            self._apply_preset()
        self.changed.emit()

    def _apply_preset(self) -> None:
        if self.db is None:
            return
        key = self.preset.currentData()
        if key == "custom":
            return
        start, end = S.preset_range(self.db, key, self.clock().date())
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
        self.changed.emit()

    def set_range(self, start: date, end: date) -> None:
        """Choose your own dates (as the date fields do)."""
        self._filling = True
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.date_from.setDate(_qdate(start))
        self.date_to.setDate(_qdate(end))
        self._filling = False
        self.changed.emit()

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

    # -- items ------------------------------------------------------------------------
    def offer(self, offered: list[S.OfferedItem]) -> None:
        """List the items these dates offer; an untick outside them is forgotten."""
        self._excluded &= {i.uid for i in offered}
        self.items.include_model.fill(offered, self._excluded, self.items.font())

    def item_rows(self) -> list[IncludeRow]:
        """The checkable rows of the list (section headings left out)."""
        return self.items.rows()

    def _item_toggled(self, uid: str, included: bool) -> None:
        if included:
            self._excluded.discard(uid)
        else:
            self._excluded.add(uid)
        self.changed.emit()

    def _include_all(self) -> None:
        self._excluded.clear()
        self.items.include_model.include_all()
        self.changed.emit()

    def show_safety_rule(self, flagged: bool) -> None:
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
