"""Fitting windows and dialogs on the screen they open on.

Every size here is derived from :func:`available_size`, the screen's available
geometry (the desktop minus panels): the main window's first size, the most a dialog
may take, and the scrolling body of a dialog whose content is taller than that. The
layout test (``tests/ui/test_layout.py``) replaces :func:`available_size` to open the
app on a 1024×600 or 1366×768 screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QVBoxLayout, QWidget

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

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar, hint.height())


def scrolling_body(dialog: QDialog, margins: tuple[int, int, int, int] = (24, 20, 24, 20)) -> tuple[QVBoxLayout, QVBoxLayout]:
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
