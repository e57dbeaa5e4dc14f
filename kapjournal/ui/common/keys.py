"""The keyboard rules every page follows (docs/ARCHITECTURE.md, "Keyboard").

- **Ctrl+Enter is "save and continue"** everywhere: it keeps what is on screen and
  moves on to what comes next (the next step of a flow; after the last step, or in an
  editor, the save itself and the way back to its list). Pages install it with
  :func:`save_and_continue` on the widget that holds that screen, never on a parent
  and a child at once (two shortcuts for one key in one place cancel each other).
- **Digits answer a scale**: a row of numbered buttons is one Tab stop
  (:class:`ButtonScale`); a digit picks its number, arrows step, Home/End go to the
  ends.
- **Tab goes in reading order** (:func:`tab_chain` where widgets are added later than
  the ones they sit between), **a list or table is one Tab stop** with arrow keys
  inside (:func:`one_tab_stop`), and **a scrolling page follows the focus**
  (:func:`follow_focus`), so Tab never lands on something off screen.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

#: The key sequences of "save and continue" (main and keypad Enter).
SAVE_AND_CONTINUE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
#: Within this many seconds, "1" then "0" on a scale that reaches 10 makes 10.
TEN_WINDOW_S = 1.0


def save_and_continue(widget: QWidget, slot: Callable[[], object]) -> list[QShortcut]:
    """Ctrl+Enter (and keypad Enter) anywhere inside *widget* runs *slot*: the one
    "save and continue" of that screen."""
    shortcuts = []
    for seq in SAVE_AND_CONTINUE_KEYS:
        shortcut = QShortcut(QKeySequence(seq), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)
    return shortcuts


def tab_chain(widgets: Iterable[QWidget | None]) -> None:
    """Put *widgets* one after the other in the Tab order (None and hidden-for-good
    widgets may be passed; None is skipped)."""
    chain = [w for w in widgets if w is not None]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def _takes_tab(widget: QWidget) -> bool:
    return bool(
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
    )


def next_stop(widget: QWidget) -> QWidget | None:
    """The control Tab moves to after *widget* (visible, enabled, taking Tab)."""
    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        if _takes_tab(candidate) and not widget.isAncestorOf(candidate):
            return candidate
        candidate = candidate.nextInFocusChain()
    return None


def previous_stop(widget: QWidget) -> QWidget | None:
    """The control Shift+Tab moves to before *widget*."""
    candidate = widget.previousInFocusChain()
    while candidate is not None and candidate is not widget:
        if _takes_tab(candidate) and not widget.isAncestorOf(candidate):
            return candidate
        candidate = candidate.previousInFocusChain()
    return None


#: Controls whose insides are theirs alone: the layout walk does not go into them.
_LEAVES = (QAbstractSpinBox, QComboBox, QAbstractItemView, QTabBar, QLineEdit, QPlainTextEdit, QTextEdit)


def _in_layout_order(widget: QWidget, out: list[QWidget]) -> None:
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
        out.append(widget)
    if isinstance(widget, _LEAVES):
        return
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        children = [inner] if inner is not None else []
    elif isinstance(widget, QTabWidget):
        children = [widget.tabBar(), *(widget.widget(i) for i in range(widget.count()))]
    elif isinstance(widget, QStackedWidget | QSplitter):
        children = [widget.widget(i) for i in range(widget.count())]
    elif widget.layout() is not None:
        children = _layout_widgets(widget.layout())
    else:
        children = []
    for child in children:
        _in_layout_order(child, out)


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets of *layout* in reading order (a grid row by row)."""
    items = [layout.itemAt(i) for i in range(layout.count())]
    positions = []
    for i in range(len(items)):
        if isinstance(layout, QGridLayout):  # row, then column
            row, col, *_ = layout.getItemPosition(i)
            positions.append((row, col, i))
        elif isinstance(layout, QFormLayout):  # row, then label before field
            row, role = layout.getItemPosition(i)
            positions.append((row, int(role.value), i))
        else:
            positions.append((0, 0, i))
    found: list[QWidget] = []
    for *_, i in sorted(positions):
        item = items[i]
        if item is None:
            continue
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found.extend(_layout_widgets(item.layout()))
    return found


def tab_in_layout_order(root: QWidget) -> None:
    """Make Tab inside *root* follow its layouts (top to bottom, a row left to right),
    for pages whose parts are added in a different order than they are shown."""
    found: list[QWidget] = []
    _in_layout_order(root, found)
    tab_chain(found)


class _WholeStop(QObject):
    """Tab leaves a date or time field at once (arrows move between its parts)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(obj, QWidget) or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            target = next_stop(obj)
        elif event.key() == Qt.Key.Key_Backtab or event.key() == Qt.Key.Key_Tab:
            target = previous_stop(obj)
        else:
            return False
        if target is not None:
            target.setFocus(
                Qt.FocusReason.TabFocusReason
                if event.key() == Qt.Key.Key_Tab
                else Qt.FocusReason.BacktabFocusReason
            )
        return True


D = TypeVar("D", bound=QDateTimeEdit)


def whole_stop(edit: D) -> D:
    """A date or time field is one Tab stop, like any other field."""
    edit.installEventFilter(_WholeStop(edit))
    return edit


def one_tab_stop(view: QAbstractItemView) -> QAbstractItemView:
    """A list or table is one Tab stop: Tab leaves it, arrow keys move inside."""
    view.setTabKeyNavigation(False)
    return view


class _FocusFollower(QObject):
    """Scrolls every watched scroll area to the widget that takes the focus in it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.areas: list[QScrollArea] = []
        app.focusChanged.connect(self._changed)

    def _changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        self.areas = [a for a in self.areas if _alive(a)]
        for area in self.areas:
            inner = area.widget()
            if inner is not None and inner.isAncestorOf(new) and area.isVisible():
                area.ensureWidgetVisible(new, 16, 24)


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:  # the C++ object is gone
        return False
    return True


def follow_focus(area: QScrollArea) -> None:
    """When a widget inside *area* takes the focus, scroll it into view. The area
    itself is then no Tab stop (an unnamed stop that only scrolls helps nobody)."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    follower = app.findChild(_FocusFollower, "kap_focus_follower")
    if follower is None:
        follower = _FocusFollower(app)
        follower.setObjectName("kap_focus_follower")
    follower.areas.append(area)


class DigitKeys:
    """Turns digit keys into a scale value: ``7`` → 7; ``1`` then ``0`` within a second
    → 10 (when the scale reaches 10 and 1 was just chosen)."""

    def __init__(self) -> None:
        self._last: tuple[str, float] = ("", 0.0)

    def value(self, text: str, current: int | None, maximum: int) -> int:
        digit = int(text)
        prev, when = self._last
        now = time.monotonic()
        if prev == "1" and digit == 0 and now - when < TEN_WINDOW_S and maximum >= 10 and current == 1:
            self._last = ("", 0.0)
            return 10
        self._last = (text, now)
        return digit

    def reset(self) -> None:
        self._last = ("", 0.0)


def digit_of(event: QKeyEvent) -> str:
    """The digit a key press types ('' for any other key or with Ctrl/Alt held)."""
    text = event.text()
    held = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    return text if len(text) == 1 and text.isdigit() and not held else ""


class ButtonScale(QObject):
    """Keys for a row of checkable buttons in *group* whose ids are their numbers.

    The row is one Tab stop (the chosen button, or *home* before one is chosen); a
    digit chooses its number, Left/Right (and Down/Up) step, Home/End go to the ends.
    The buttons keep their own look, focus ring and click behaviour."""

    def __init__(self, group: QButtonGroup, home: int | None = None) -> None:
        super().__init__(group)
        self.group = group
        ids = sorted(group.id(b) for b in group.buttons())
        self.minimum, self.maximum = (ids[0], ids[-1]) if ids else (0, 0)
        self.home = home if home is not None else self.minimum
        self.digits = DigitKeys()
        for b in group.buttons():
            b.installEventFilter(self)
        group.buttonToggled.connect(lambda *_: self.rove())
        self.rove()

    def value(self) -> int | None:
        checked = self.group.checkedButton()
        return None if checked is None else self.group.id(checked)

    def stop(self) -> QAbstractButton | None:
        """The button Tab lands on."""
        return self.group.checkedButton() or self.group.button(self.home)

    def rove(self) -> None:
        stop = self.stop()
        for b in self.group.buttons():
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus if b is stop else Qt.FocusPolicy.ClickFocus)

    def choose(self, value: int) -> None:
        b = self.group.button(max(self.minimum, min(self.maximum, value)))
        if b is None:
            return
        b.setChecked(True)
        self.rove()
        b.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        digit = digit_of(event)
        current = self.value()
        if digit:
            value = self.digits.value(digit, current, self.maximum)
            if self.minimum <= value <= self.maximum:
                self.choose(value)
            return True
        self.digits.reset()
        key = event.key()
        here = self.group.id(obj) if isinstance(obj, QAbstractButton) else -1
        start = current if current is not None else here
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.choose(self.minimum if start is None or start < 0 else start + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.choose(self.maximum if start is None or start < 0 else start - 1)
        elif key == Qt.Key.Key_Home:
            self.choose(self.minimum)
        elif key == Qt.Key.Key_End:
            self.choose(self.maximum)
        else:
            return False
        return True
