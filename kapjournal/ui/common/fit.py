"""Fitting windows and dialogs on the screen they open on.

Every size here is derived from :func:`available_size`, the screen's available
geometry (the desktop minus panels): the main window's first size, the most a dialog
may take, and the scrolling body of a dialog whose content is taller than that. The
layout test (``tests/ui/test_layout.py``) replaces :func:`available_size` to open the
app on a 1024×600 or 1366×768 screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kapjournal.ui.common.keys import follow_focus
from kapjournal.ui.common.widgets import announce

#: The window's largest first size (what it opened at before it looked at the screen).
LARGEST_FIRST = QSize(1100, 760)
#: The smallest the window may be made: fits a 1024×600 screen, and 1.5× text on a
#: 1366×768 screen (911×512 in Qt's logical pixels), with room for a title bar.
SMALLEST = QSize(620, 440)
#: What a window frame (title bar and borders) takes from the available height/width.
FRAME = QSize(16, 40)
FRACTION = 0.9  # the first window takes 90% of the available screen


def available_size(widget: QWidget | None = None) -> QSize:
    """The available geometry of ``widget``'s screen (else the primary screen)."""
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return LARGEST_FIRST
    return screen.availableGeometry().size()


def first_window_size(available: QSize) -> QSize:
    """90% of the available screen, at most :data:`LARGEST_FIRST`, never below
    :data:`SMALLEST` nor above what fits with the window's frame."""
    fits = available - FRAME
    width = min(LARGEST_FIRST.width(), round(available.width() * FRACTION))
    height = min(LARGEST_FIRST.height(), round(available.height() * FRACTION))
    width = min(max(width, SMALLEST.width()), max(fits.width(), 1))
    height = min(max(height, SMALLEST.height()), max(fits.height(), 1))
    return QSize(width, height)


def smallest_window_size(available: QSize) -> QSize:
    """The main window's minimum size on a screen of ``available`` size."""
    return SMALLEST.boundedTo(available - FRAME)


class FittingScrollArea(QScrollArea):
    """A frameless, resizable scroll area that asks for its whole content's size (a
    plain QScrollArea asks for at most 24 lines), so a dialog is only as small as the
    screen makes it."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(content)
        follow_focus(self)  # no Tab stop of its own; it scrolls to what has the focus

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar, hint.height())


def scrolling_body(
    dialog: QDialog, margins: tuple[int, int, int, int] = (24, 20, 24, 20)
) -> tuple[QVBoxLayout, QVBoxLayout]:
    """Give ``dialog`` a scrolling body above a fixed footer (its buttons).

    Returns ``(body, footer)``: put the content in ``body`` and the button row in
    ``footer``, so "Create course" stays on screen however tall the content is."""
    left, top, right, bottom = margins
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    content = QWidget()
    content.setObjectName("dialogbody")
    body = QVBoxLayout(content)
    body.setContentsMargins(left, top, right, 8)
    body.setSpacing(12)
    outer.addWidget(FittingScrollArea(content), 1)
    footer = QVBoxLayout()
    footer.setContentsMargins(left, 8, right, bottom)
    outer.addLayout(footer)
    return body, footer


def fit_dialog(dialog: QWidget) -> None:
    """Size ``dialog`` to its content, at most what its screen has room for (call it
    once the content is built; a scrolling body takes the rest)."""
    room = available_size(dialog.parentWidget() or dialog) - FRAME
    hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint().boundedTo(room))
    dialog.resize(hint.boundedTo(room))


def scrolling_layout(page: QWidget, margins: tuple[int, int, int, int] | None = None) -> QVBoxLayout:
    """Lay ``page`` out in a scroll area that fills it: the content stretches to the
    page and scrolls once the page is smaller than the content's minimum. Returns the
    content's layout."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    content = QWidget()
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    follow_focus(area)  # no Tab stop of its own; it scrolls to what has the focus
    outer.addWidget(area)
    lay = QVBoxLayout(content)
    if margins is not None:
        lay.setContentsMargins(*margins)
    return lay


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area that holds ``widget`` so that it is in view (innermost
    first), once the layouts have taken in its new size. For a message that appears
    after a button was pressed: at 1024×600 it may otherwise lie below the fold."""
    for _ in range(3):  # a label that grew: its layout, then the scroll area's content
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            inner = parent.widget()
            if inner is not None and inner.isAncestorOf(widget) and parent.isVisible():
                parent.ensureWidgetVisible(widget, 16, 24)
        parent = parent.parentWidget()


def show_message(label: QWidget, text: str, *, urgent: bool = False) -> None:
    """Set a page's message (a confirmation or a problem), have a screen reader say it,
    and scroll it into view, so "Saved." is seen without scrolling. An empty text only
    clears it."""
    announce(label, text, urgent=urgent)
    if text and label.isVisible():
        reveal(label)


def at_least_lines(editor: QPlainTextEdit | QTextEdit, lines: int) -> None:
    """Never let ``editor`` shrink below ``lines`` lines of its font."""
    fm = editor.fontMetrics()
    frame = 2 * editor.frameWidth() + 2 * round(editor.document().documentMargin()) + 16
    editor.setMinimumHeight(lines * fm.lineSpacing() + frame)


def shows_hint(edit: QLineEdit, extra: int = 0) -> None:
    """Never let ``edit`` shrink below the width of its placeholder (plus ``extra``, e.g.
    for a clear button)."""
    fm = edit.fontMetrics()
    edit.setMinimumWidth(fm.horizontalAdvance(edit.placeholderText()) + 28 + extra)


class FlowLayout(QLayout):
    """A row of controls that wraps onto the next line when the row is too narrow
    (buttons keep their whole text instead of being squeezed). A stretch added with
    :meth:`addStretch` pushes the items after it to the right while they fit on one line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._stretch_at = -1
        self._grow: QWidget | None = None
        self._captions: set[int] = set()  # ids of widgets that never end a line
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        """Add ``widget``; on one line, a widget with ``stretch`` takes the spare width."""
        super().addWidget(widget)
        if stretch and self._grow is None:
            self._grow = widget

    def add_captioned(self, caption: QWidget, field: QWidget, stretch: int = 0) -> None:
        """A caption and its field, kept on one line: the caption wraps with its field."""
        self.addWidget(caption)
        self._captions.add(id(caption))
        self.addWidget(field, stretch)

    def addStretch(self, stretch: int = 1) -> None:
        self._stretch_at = len(self._items)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        if index < self._stretch_at:
            self._stretch_at -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = [i.sizeHint() for i in self._visible()]
        width = sum(s.width() for s in shown) + self._gap * max(len(shown) - 1, 0)
        height = max((s.height() for s in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        items = self._visible()
        hints = [i.sizeHint() for i in items]
        spare = area.width() - (sum(h.width() for h in hints) + self._gap * max(len(hints) - 1, 0))
        grow = next((i for i in items if self._grow is not None and i.widget() is self._grow), None)
        after = [i for i in items if self._items.index(i) >= self._stretch_at >= 0]
        pushed = after[0] if after and grow is None and spare > 0 else None
        x, y, line = area.x(), area.y(), 0
        for n, (item, hint) in enumerate(zip(items, hints, strict=True)):
            if item is pushed:
                x += spare
            w = min(hint.width() + (spare if item is grow and spare > 0 else 0), area.width())
            tied = id(item.widget()) in self._captions and n + 1 < len(items)
            need = w + self._gap + hints[n + 1].width() if tied else w  # a caption moves with its field
            if x > area.x() and x + need > area.right() + 1:
                x, y, line = area.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(w, hint.height())))
            x += w + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()
