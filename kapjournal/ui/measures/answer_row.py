"""One questionnaire item as a card of large radio rows: the item's text, its
answers, digit keys to answer (0 for the first answer, 1 for the next, ...)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
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
        self.set_vertical(False)

    def set_vertical(self, vertical: bool) -> None:
        for r in self.radios:
            self.grid.removeWidget(r)
        for i, r in enumerate(self.radios):
            if vertical:
                self.grid.addWidget(r, i, 0)
            else:
                self.grid.addWidget(r, 0, i)
        for c in range(len(self.radios)):
            self.grid.setColumnStretch(c, 0 if vertical else 1)

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
