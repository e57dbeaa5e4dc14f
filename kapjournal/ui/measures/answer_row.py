"""One questionnaire item as a card of large radio rows: the item's text, its
answers, digit keys to answer (0 for the first answer, 1 for the next, ...)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QRadioButton, QVBoxLayout, QWidget

from kapjournal.ui.common.widgets import label

logger = logging.getLogger(__name__)


class AnswerRow(QFrame):
    """One item: its text and its answers as large radio rows. Digit keys answer."""

    answered = Signal(int, object)  # item index, score or None

    def __init__(
        self,
        index: int,
        number: int,
        text: str,
        options: list[tuple[int, str]],
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.index = index
        self.setProperty("role", "card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(8)
        self.text = label(f"{number}. {text}", "heading")
        lay.addWidget(self.text)
        # A screen reader names the card (a panel) by its question when focus enters
        # it, and reads the question after each answer, which keeps its own words.
        self.setAccessibleName(self.text.text())
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        lay.addLayout(self.grid)
        self.group = QButtonGroup(self)
        self.radios: list[QRadioButton] = []
        for score, option in options:
            r = QRadioButton(option)
            r.setProperty("role", "answer")
            r.setAccessibleName(option)
            r.setAccessibleDescription(f"{name} {number}. {text}")
            r.setCursor(Qt.CursorShape.PointingHandCursor)
            r.installEventFilter(self)
            self.group.addButton(r, score)
            self.radios.append(r)
        self.group.idToggled.connect(self._toggled)
        self._columns = 0
        self._vertical = False
        self.set_vertical(False)

    def set_vertical(self, vertical: bool) -> None:
        self._vertical = vertical
        self._place(1 if vertical else self._fitting_columns(self.width()))

    def _fitting_columns(self, width: int) -> int:
        """All answers in one row if they fit whole, else two columns, else one."""
        if width <= 0:
            return len(self.radios)
        m = self.layout().contentsMargins()
        room = width - m.left() - m.right()
        gap = self.grid.horizontalSpacing()
        widths = [r.sizeHint().width() for r in self.radios]
        for columns in (len(self.radios), 2):
            need = max(widths) * columns + gap * (columns - 1)
            if columns == len(self.radios):
                need = sum(widths) + gap * (columns - 1)
            if need <= room:
                return columns
        return 1

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for r in self.radios:
            self.grid.removeWidget(r)
        for i, r in enumerate(self.radios):
            self.grid.addWidget(r, i // columns, i % columns)
        for c in range(len(self.radios)):
            self.grid.setColumnStretch(c, 1 if c < columns and columns > 1 else 0)
        self.updateGeometry()  # more rows need more height: the page lays out again

    def resizeEvent(self, event: QResizeEvent) -> None:
        if not self._vertical:  # reflow: the answers wrap rather than being cut short
            self._place(self._fitting_columns(event.size().width()))
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        m = self.layout().contentsMargins()
        widest = max((r.sizeHint().width() for r in self.radios), default=0)
        return QSize(widest + m.left() + m.right(), hint.height())

    def value(self) -> int | None:
        v = self.group.checkedId()
        return None if v < 0 else v

    def set_value(self, value: int | None) -> None:
        self.group.blockSignals(True)
        if value is None:
            self.group.setExclusive(False)
            for r in self.radios:
                r.setChecked(False)
            self.group.setExclusive(True)
        else:
            btn = self.group.button(value)
            if btn is not None:
                btn.setChecked(True)
        self.group.blockSignals(False)

    def _toggled(self, score: int, checked: bool) -> None:
        if checked:
            self.answered.emit(self.index, score)

    def focus_answer(self) -> None:
        v = self.value()
        (self.radios[v] if v is not None else self.radios[0]).setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if text.isdigit() and len(text) == 1 and int(text) < len(self.radios):
                self.radios[int(text)].setChecked(True)
                self.radios[int(text)].setFocus()
                return True
        return super().eventFilter(obj, event)
