"""Building blocks shared by the measures pages: a wrapping flow layout, the 0–10
scale row with big buttons and digit keys, toggle chips, and small helpers."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from kapjournal.i18n import arg, tr, translated
from kapjournal.ui.common.keys import DigitKeys, digit_of
from kapjournal.ui.common.widgets import label

logger = logging.getLogger(__name__)

def palette_colors() -> dict[str, str]:
    """The colour table of the theme in use (``apply_theme`` stores it on the app)."""
    from PySide6.QtWidgets import QApplication

    from kapjournal.ui.common.theme import LIGHT

    app = QApplication.instance()
    value = app.property("kap_colors") if app is not None else None
    return dict(value) if isinstance(value, dict) else dict(LIGHT)


def selectable(text: str, role: str = "", name: str = "") -> QLabel:
    """A plain-text label the patient can select and copy (phone numbers); ``name``
    says what it is and is read as its description, after the number itself."""
    lab = label(text, role, about=name if name != text else "")
    lab.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    lab.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    lab.setProperty("selectable", True)  # the theme rings it when it has focus
    return lab


# -- read-only history tables ------------------------------------------------------------
#: The roles a table cell answers with its text (shown, and read by screen readers).
TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
RESIZE_PRECISION_ROWS = 40  # rows beyond those on screen a column fits (Qt's default: 1000)


class HistoryTableModel(QAbstractTableModel):
    """A read-only table of ``rows`` under the translated titles in ``COLUMNS``; the
    titles are also what a screen reader announces. Subclasses implement ``data``."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def column_count(self) -> int:
        return len(self.COLUMNS)

    def column_title(self, section: int) -> str:
        return translated(self.COLUMNS[section])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in TEXT_ROLES:
            return self.column_title(section)
        return None


def history_view(
    model: QAbstractTableModel, name: str, *, alternate: bool = True, stretch_all: bool = False
) -> QTableView:
    """A read-only table of whole rows for *model*: columns fit their contents and the
    last one takes the rest (or, with *stretch_all*, all share the width)."""
    view = QTableView()
    view.setTabKeyNavigation(False)  # one Tab stop, arrows inside
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternate)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)  # as the cells
    if stretch_all:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fit the rows on screen and the next few, not every fetched row: a restyle or
        # resize asked the model for every cell of years of rows (most of a theme switch).
        header.setResizeContentsPrecision(RESIZE_PRECISION_ROWS)
        _LastColumnFills(view)
    return view


class _LastColumnFills(QObject):
    """The last column takes the width the others leave, but never less than its title
    and cells need (a stretched last section shrinks below them, clipping its title):
    without that room the column keeps its size and the table scrolls sideways."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(lambda *_: self.update())
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(lambda *_: self.update())
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def update(self) -> None:
        header = self.view.horizontalHeader()
        last = header.count() - 1
        if last < 0:
            return
        others = sum(header.sectionSize(i) for i in range(last) if not header.isSectionHidden(i))
        need = max(header.sectionSizeFromContents(last).width(), self.view.sizeHintForColumn(last))
        fills = others + need <= self.view.viewport().width()
        if header.stretchLastSection() != fills:
            header.setStretchLastSection(fills)


# -- a layout that wraps its children like words ----------------------------------------
class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), dry=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, dry=False)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, dry: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.widget() is not None and not item.widget().isVisibleTo(item.widget().parentWidget()):
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x = rect.x()
                y += line + self._gap
                line = 0
            if not dry:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y()


# -- the 0–10 scale --------------------------------------------------------------------
class ScaleRow(QFrame):
    """Eleven big buttons 0..max with anchor words below; one keyboard stop.

    Keys: a digit sets the value (``1`` then ``0`` quickly makes 10), Left/Right step,
    Home/End go to the ends, Delete clears, Enter moves on (``advance``).
    """

    changed = Signal()
    advance = Signal()

    def __init__(
        self,
        name: str,
        question: str,
        minimum: int,
        maximum: int,
        anchors: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "scalerow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.name = name
        self._say_value(None, question)
        self.minimum, self.maximum = minimum, maximum
        self._anchors = dict(anchors)
        self._value: int | None = None
        self._digits = DigitKeys()  # the same digit rule as every scale (ui/common/keys.py)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(4)
        self.question = label(question, "heading")
        lay.addWidget(self.question)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so a second click can clear
        self.buttons: list[QPushButton] = []
        self.anchor_labels: list[QLabel] = []
        for col, v in enumerate(range(minimum, maximum + 1)):
            b = QPushButton(str(v))
            b.setProperty("role", "scale")
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            anchor = self._anchors.get(v)
            b.setAccessibleName(f"{name} {v}" + (f" – {anchor}" if anchor else ""))
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.clicked.connect(lambda _=False, v=v: self._clicked(v))
            self.group.addButton(b, v)
            self.buttons.append(b)
            grid.addWidget(b, 0, col)
            if anchor:
                a = label(anchor, "muted", wrap=True)
                a.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                font = a.font()
                font.setPointSizeF(max(8.0, font.pointSizeF() - 1.5))
                a.setFont(font)
                a.installEventFilter(self)  # its height follows its wrapped text (eventFilter)
                self.anchor_labels.append(a)
                # Centre the anchor word under its own button (a 3-column span in the
                # middle, the button's own column at either end).
                # The word never widens a column: every button keeps the same width.
                last = maximum - minimum
                a.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                if col == 0:
                    a.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                    grid.addWidget(a, 1, 0, 1, 2)
                elif col == last:
                    a.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                    grid.addWidget(a, 1, last - 1, 1, 2)
                else:
                    grid.addWidget(a, 1, col - 1, 1, 3)
        for col in range(maximum - minimum + 1):
            grid.setColumnStretch(col, 1)
        lay.addLayout(grid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """An anchor word that wraps at its width ("Sehr schlecht" under two narrow
        buttons) asks for the height of all its lines: the grid does not give a
        spanning label its height for width, so the row would cut the second line."""
        word = next((a for a in self.anchor_labels if a is watched), None)
        if word is not None and event.type() == QEvent.Type.Resize:
            need = word.heightForWidth(word.width())
            if need > 0 and need != word.minimumHeight():
                word.setMinimumHeight(need)
        return super().eventFilter(watched, event)

    # -- value ------------------------------------------------------------------------
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and not self.minimum <= value <= self.maximum:
            return
        self._value = value
        for b in self.buttons:
            b.setChecked(self.group.id(b) == value)
        self._say_value(value, self.question.text())
        self.changed.emit()

    def _say_value(self, value: int | None, question: str) -> None:
        """The row is one keyboard stop without a value interface, so its accessible
        name carries the value ("Mood: 6 – okay", "Mood: not set"); a screen reader
        says the new name when it changes under focus. The question is its description."""
        anchor = self._anchors.get(value) if value is not None else None
        described = tr("not set") if value is None else (f"{value}" + (f" – {anchor}" if anchor else ""))
        self.setAccessibleName(arg(tr("%1: %2"), self.name, described))
        self.setAccessibleDescription(question)

    def _clicked(self, v: int) -> None:
        self.set_value(None if self._value == v else v)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    # -- keyboard ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, digit = event.key(), digit_of(event)
        if digit:
            self.set_value(self._digits.value(digit, self._value, self.maximum))
            event.accept()
            return
        self._digits.reset()
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.set_value(self.minimum if current is None else min(self.maximum, current + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.set_value(self.maximum if current is None else max(self.minimum, current - 1))
        elif key == Qt.Key.Key_Home:
            self.set_value(self.minimum)
        elif key == Qt.Key.Key_End:
            self.set_value(self.maximum)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.advance.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._mark(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._mark(False)
        super().focusOutEvent(event)

    def _mark(self, on: bool) -> None:
        self.setProperty("focused", "true" if on else "false")
        self.style().unpolish(self)
        self.style().polish(self)


def chip(text: str, name: str = "") -> QPushButton:
    b = QPushButton(text)
    b.setProperty("role", "chip")
    b.setCheckable(True)
    b.setAccessibleName(name or text)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    return b
