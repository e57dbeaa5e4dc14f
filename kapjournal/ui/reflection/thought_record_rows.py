"""The pieces of the thought record form: a 0-100 % rating box (or "not rated"), a
text box, one mood row (name, before, after), one automatic thought (with its "hot
thought" choice) and the before/after view of the mood ratings."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from kapjournal import prompts
from kapjournal.i18n import arg, tr
from kapjournal.reflection import after_session
from kapjournal.ui.common import fit
from kapjournal.ui.common.widgets import button, label, plain_tip, theme_colour

logger = logging.getLogger(__name__)

NOT_RATED = -1


def rating_box(name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(NOT_RATED, 100)
    spin.setSpecialValueText(tr("not rated"))
    spin.setSuffix(" %")
    spin.setValue(NOT_RATED)
    spin.setAccessibleName(name)
    spin.setMinimumHeight(40)
    spin.setMinimumWidth(120)
    return spin


def spin_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == NOT_RATED else spin.value()


def set_spin(spin: QSpinBox, value: Any) -> None:
    spin.setValue(value if isinstance(value, int) and 0 <= value <= 100 else NOT_RATED)


def text_box(name: str, height: int = 96) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class MoodRow(QWidget):
    """A mood and its rating now; its re-rating lives in step 7 (``after_row``)."""

    removed = Signal(object)
    changed = Signal()

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(tr("One word, e.g. anxious"))
        self.name.setAccessibleName(arg(tr("Mood %1", "a feeling in a thought record"), index))
        self.name.setMinimumHeight(40)
        self.before = rating_box(arg(tr("How strong, mood %1"), index))
        self.remove = button(tr("Remove"), name=arg(tr("Remove mood %1"), index))
        lay.addWidget(self.name, 1)
        lay.addWidget(self.before)
        lay.addWidget(self.remove)
        self.after_row = QWidget()
        after = QHBoxLayout(self.after_row)
        after.setContentsMargins(0, 0, 0, 0)
        self.after_label = label("", about=arg(tr("Mood %1 name"), index))
        self.after = rating_box(arg(tr("How strong now, mood %1"), index))
        after.addWidget(self.after_label, 1)
        after.addWidget(self.after)
        self.name.textChanged.connect(self._renamed)
        self.before.valueChanged.connect(lambda *_: self.changed.emit())
        self.after.valueChanged.connect(lambda *_: self.changed.emit())
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self._renamed()

    def _renamed(self) -> None:
        self.after_label.setText(self.name.text().strip() or tr("(mood not named yet)"))
        self.changed.emit()

    def rating(self) -> after_session.MoodRating:
        return after_session.MoodRating(
            self.name.text().strip(), spin_value(self.before), spin_value(self.after)
        )


class ThoughtRow(QWidget):
    removed = Signal(object)
    changed = Signal()

    def __init__(self, index: int, group: QButtonGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = fit.FlowLayout(self)  # "Hot thought" and "Remove" wrap below on a narrow screen
        self.text = QLineEdit()
        self.text.setMaxLength(prompts.ANSWER_LIMITS["text"])
        self.text.setAccessibleName(arg(tr("Automatic thought %1"), index))
        self.text.setPlaceholderText(tr("A thought or image, in the words it came"))
        fit.shows_hint(self.text)
        self.text.setMinimumHeight(40)
        self.hot = QRadioButton(tr("Hot thought"))
        self.hot.setAccessibleName(arg(tr("Mark thought %1 as the hot thought"), index))
        group.addButton(self.hot)
        self.remove = button(tr("Remove"), name=arg(tr("Remove thought %1"), index))
        lay.addWidget(self.text, 1)
        lay.addWidget(self.hot)
        lay.addWidget(self.remove)
        self.text.textChanged.connect(self.changed)
        self.hot.toggled.connect(lambda *_: self.changed.emit())
        self.remove.clicked.connect(lambda: self.removed.emit(self))


class BeforeAfterView(QWidget):
    """Paired bars: each mood's rating at the start (muted) and after (accent)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moods: list[after_session.MoodRating] = []
        self.setAccessibleName(tr("Mood ratings before and after"))
        self.setMinimumHeight(40)

    def set_moods(self, moods: list[after_session.MoodRating]) -> None:
        self.moods = [m for m in moods if m.name and (m.before is not None or m.after is not None)]
        parts = []
        for m in self.moods:
            before = "–" if m.before is None else f"{m.before} %"
            after = "–" if m.after is None else f"{m.after} %"
            parts.append(arg(tr("%1: %2 before, %3 after"), m.name, before, after))
        self.setAccessibleDescription("; ".join(parts) or tr("No moods rated yet."))
        self.setToolTip(plain_tip(self.accessibleDescription()))
        self.setFixedHeight(max(40, 14 + len(self.moods) * 46))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, max(40, 14 + len(self.moods) * 46))

    def paintEvent(self, event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        accent = theme_colour("accent", pal.color(QPalette.ColorRole.Highlight))
        muted = theme_colour("muted", pal.color(QPalette.ColorRole.PlaceholderText))
        text = pal.color(QPalette.ColorRole.WindowText)
        fm = self.fontMetrics()
        if not self.moods:
            p.setPen(muted)
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignVCenter,
                tr("Rate your moods at the start and again in step 7 to see them side by side."),
            )
            return
        name_w = min(180, max(fm.horizontalAdvance(m.name) for m in self.moods) + 16)
        num_w = fm.horizontalAdvance("100 % → 100 %") + 12
        bar_w = max(60, self.width() - name_w - num_w - 8)
        y = 8
        for m in self.moods:
            p.setPen(text)
            p.drawText(
                QRectF(0, y, name_w - 8, 36),
                Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                fm.elidedText(m.name, Qt.TextElideMode.ElideRight, name_w - 8),
            )
            for row, (value, colour) in enumerate(((m.before, muted), (m.after, accent))):
                track = QRectF(name_w, y + 4 + row * 16, bar_w, 12)
                p.setPen(Qt.PenStyle.NoPen)
                faint = QColor(colour)
                faint.setAlpha(40)
                p.setBrush(faint)
                p.drawRoundedRect(track, 5, 5)
                if value is not None:
                    p.setBrush(colour)
                    p.drawRoundedRect(QRectF(track.x(), track.y(), max(4.0, bar_w * value / 100), 12), 5, 5)
            p.setPen(text)
            before = "–" if m.before is None else f"{m.before} %"
            after = "–" if m.after is None else f"{m.after} %"
            p.drawText(
                QRectF(name_w + bar_w + 8, y, num_w, 36), Qt.AlignmentFlag.AlignVCenter, f"{before} → {after}"
            )
            y += 46
        p.end()
