"""Every screen fits: opens every page, overlay and dialog (the tour in tools/shotlib.py)
at 1024×600, at 1366×768 and at 1.5× text on 1366×768, in light and dark, and fails
when a control is out of reach or a label is cut short; in German too.

"Out of reach": a visible control or label does not lie inside its window, once every
enclosing scroll area has scrolled it into view (a control clipped by a parent that does
not scroll can never be seen), or the window is larger than the screen. "Cut short": a
label that does not wrap needs more width than it has, a wrapping label more height, a
button's text more width, a search box's placeholder more width, a text editor has
fewer than three lines, or a table's column is narrower than its title. 1.5× text is
modelled as Qt 6 does it: Xft.dpi 144 (GNOME's "Large text") becomes a device pixel
ratio of 1.5, so the app lays out on 911×512 logical pixels.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

from kapjournal.i18n import install_language
from kapjournal.ui.common import fit
from kapjournal.ui.common.theme import apply_theme
from tests.ui.pages import App, wait_until

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from shotlib import SIZES, tour

TOLERANCE = 1  # px: rounding in layouts
MIN_EDITOR_LINES = 3


# -- the check --------------------------------------------------------------------------------
def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText()
    name = widget.accessibleName() or widget.objectName()
    shown = (text or name).replace("\n", " ")
    return f"{type(widget).__name__}({shown[:50]!r})"


def _internal(widget: QWidget, top: QWidget) -> bool:
    """Qt's own parts (a spin box's line edit, a combo box's popup, a tab bar's arrows,
    cells of an item view): the control they belong to is checked instead."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea):
            return True  # inside an item view, a text editor or a chart: it scrolls its own
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar)):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QScrollBar)


def _matters(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text().strip()) or (widget.pixmap() is not None and not widget.pixmap().isNull())
    focusable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return focusable and widget.isEnabled() and not isinstance(widget, QTabBar)


def out_of_reach(widget: QWidget, top: QWidget) -> str:
    """Why ``widget`` cannot be seen however the patient scrolls ("" when it can)."""
    rect = QRect(0, 0, widget.width(), widget.height())
    child = widget
    while child is not top:
        parent = child.parentWidget()
        if parent is None:
            return ""
        rect = rect.translated(child.pos())
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and area.viewport() is parent and area.widget() is child:
            # scrolled into view: it takes the viewport (as much of it as it needs)
            viewport = parent.rect()
            if viewport.height() < min(rect.height(), 40) or viewport.width() < min(rect.width(), 40):
                return f"its scroll area is squeezed to {viewport.width()}×{viewport.height()}"
            rect = QRect(0, 0, min(rect.width(), viewport.width()), min(rect.height(), viewport.height()))
            child = parent
            continue
        room = parent.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
        if not room.contains(rect):
            return f"lies at {_r(rect)}, outside {describe(parent)} {_r(parent.rect())}"
        child = parent
    return ""


def _r(rect: QRect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}×{rect.height()})"


def cut_short(widget: QWidget) -> str:
    """Why ``widget``'s text is elided or clipped ("" when it is whole)."""
    fm = QFontMetrics(widget.font())
    if isinstance(widget, QLabel) and widget.text() and widget.textFormat() == Qt.TextFormat.PlainText:
        have = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
        if not widget.wordWrap():
            need = max(fm.horizontalAdvance(line) for line in widget.text().split("\n"))
            if need > have + TOLERANCE:
                return f"needs {need} px wide, has {have}"
        elif widget.heightForWidth(widget.width()) > widget.height() + TOLERANCE:
            return f"needs {widget.heightForWidth(widget.width())} px high, has {widget.height()}"
    if isinstance(widget, QAbstractButton) and widget.text():
        need = widget.sizeHint().width()
        if need > widget.width() + TOLERANCE:
            return f"needs {need} px wide, has {widget.width()}"
    if isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
        need = fm.horizontalAdvance(widget.placeholderText()) + 16
        if need > widget.width() + TOLERANCE:
            return f"its hint needs {need} px wide, has {widget.width()}"
    if isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
        lines = widget.viewport().height() / max(fm.lineSpacing(), 1)
        if lines < MIN_EDITOR_LINES:
            return f"shows {lines:.1f} lines"
    if (
        isinstance(widget, QTabBar)
        and widget.count()
        and widget.sizeHint().width() > widget.width() + TOLERANCE
    ):
        return f"its tabs need {widget.sizeHint().width()} px wide, has {widget.width()}"
    return ""


def clipped_titles(view: QTableView) -> list[str]:
    """The column titles of ``view`` that are narrower than their text."""
    header = view.horizontalHeader()
    model = view.model()
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or model is None:
            continue
        need = header.sectionSizeFromContents(section).width()
        if header.sectionSize(section) + TOLERANCE < need:
            title = model.headerData(section, Qt.Orientation.Horizontal)
            found.append(f"its column {title!r} needs {need} px wide, has {header.sectionSize(section)}")
    return found


def layout_problems(top: QWidget, room: QSize) -> list[str]:
    """Everything out of reach or cut short in the top-level widget ``top`` on a screen
    of available size ``room``."""
    found = []
    fits = room - fit.FRAME
    if top.width() > fits.width() + TOLERANCE or top.height() > fits.height() + TOLERANCE:
        found.append(
            f"the window is {top.width()}×{top.height()}, "
            f"the screen has room for {fits.width()}×{fits.height()}"
        )
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or _internal(widget, top):
            continue
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{describe(widget.widget())} needs sideways scrolling")
        if isinstance(widget, QTabBar) and (why := cut_short(widget)):
            found.append(f"{describe(widget)} {why}")
        if isinstance(widget, QTableView):
            found += [f"{describe(widget)} {why}" for why in clipped_titles(widget)]
        if not _matters(widget):
            continue
        why = out_of_reach(widget, top)
        if why:
            found.append(f"{describe(widget)} {why}")
            continue
        why = cut_short(widget)
        if why:
            found.append(f"{describe(widget)} is cut short: {why}")
    return found


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


# -- the matrix -------------------------------------------------------------------------------
@pytest.fixture
def themed() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, palette, font = app.styleSheet(), app.palette(), app.font()
    yield
    # Requested before make_window, so its windows are closed by now; they are deleted
    # first (restyling half-deleted widgets crashed Qt). Then the sheet is cleared and
    # set, as apply_theme does.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    app.setStyleSheet("")
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setFont(font)


def _screen(monkeypatch: pytest.MonkeyPatch, size: str) -> QSize:
    room = QSize(*SIZES[size])
    monkeypatch.setattr(fit, "available_size", lambda widget=None: room)
    return room


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The window's language (a parameter): English, or German with its catalogue, Qt's
    own and the German data files; English again afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    code: str = request.param
    if code != "en":
        assert install_language(app, code) == {"kapjournal": True, "qtbase": True}
    try:
        yield code
    finally:
        if code != "en":
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            install_language(app, "en")


# English at every size in both themes; German (its words run about 30 % longer) at every
# size in light: a theme changes colours, not the room a text needs.
CASES = [(size, mode, "en") for size in SIZES for mode in ("light", "dark")] + [
    (size, "light", "de") for size in SIZES
]


@pytest.mark.parametrize(("size", "mode", "language"), CASES, indirect=["language"])
def test_every_screen_fits(qtbot, themed, language, make_window, monkeypatch, size: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    room = _screen(monkeypatch, size)
    apply_theme(QApplication.instance(), mode)
    w = make_window()
    found: list[str] = []
    seen: list[str] = []
    for name, top in tour(w, lambda cond: wait_until(cond, 10000), w.ctx.now):
        settle()
        seen.append(name)
        found += [f"{name}: {p}" for p in layout_problems(top, room)]
    assert len(seen) >= 30, seen
    assert not found, f"{size} {mode} {language}: {len(found)} layout problems:\n" + "\n".join(found)


def test_first_window_size_comes_from_the_screen(make_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A first start each time (a fresh data folder): later starts restore the saved size.
    for size, (width, height) in SIZES.items():
        _screen(monkeypatch, size)
        w = make_window(data=tmp_path / size)
        frame = w.size() + fit.FRAME
        assert frame.width() <= width and frame.height() <= height, (size, w.size())
        assert w.minimumSize().width() <= w.width() and w.minimumSize().height() <= w.height()
        w.close()
    _screen(monkeypatch, "1366x768")
    first = make_window(data=tmp_path / "first")
    assert first.size() == QSize(1100, 691)  # 90% of 768 high; capped at 1100 wide
    assert fit.first_window_size(QSize(2560, 1440)) == QSize(1100, 760)


def test_messages_appear_at_the_top_and_are_cleared(make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    app = App(w)
    assert app.message() == ""
    w.host.announce("Check-in saved. Thank you.")
    assert app.message() == "Check-in saved. Thank you."
    strip = app.message_strip
    assert strip.isVisible() and strip.mapTo(w, strip.rect().topLeft()).y() < 80
    assert w.statusBar().isHidden() or not w.statusBar().currentMessage()
    strip.dismiss.click()
    assert app.message() == ""
