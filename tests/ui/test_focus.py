"""The keyboard never gets lost: on every screen and in every flow, Tab from the first
control goes round every visible control in reading order and comes back; a list
or table is one stop; "Need help now?" is among the stops wherever it is shown.
Then the two other keyboard rules (docs/ARCHITECTURE.md, "Keyboard"): Ctrl+Enter is
"save and continue" everywhere, and digits answer every scale.

The walk presses a real Tab key (``QTest.keyClick`` on the focused widget), so the
widgets' own key handling (text boxes, tables) is part of what is checked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QTabBar,
    QWidget,
)

from kapjournal.storage import repo
from kapjournal.storage.models import Checkin, Entry, Questionnaire, Session
from tests.ui.pages import App, Checkins, Journal, Safety, Sessions, Settings, db_of
from tests.uihelpers import create_journal_via_ui

#: No screen should need more Tab presses than this to go round (tables count once).
MAX_STOPS = 70
#: Pixels of slack when comparing positions (a focus frame, a baseline).
SLACK = 6


# -- the walk -------------------------------------------------------------------------------
def _inside_composite(widget: QWidget) -> bool:
    """A part of a bigger control (a spin box's text, a table's cell editor, a combo's
    popup, a scroll bar, a tab bar's arrows): reached through the control itself."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractItemView | QTabBar | QScrollBar):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """Every control on screen in *root* that should take Tab."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled() or widget.isWindow() and widget is not root:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if _inside_composite(widget):
            continue
        found.append(widget)
    return found


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = widget.accessibleName() or (widget.text() if hasattr(widget, "text") else "")  # noqa: B009
    return f"{type(widget).__name__}({text!s:.40})"


def walk(window: QWidget, start: QWidget | None = None, limit: int = MAX_STOPS * 3) -> list[QWidget]:
    """Press Tab from *start* (or the focused control) until focus comes back round;
    the controls focused, in order. Fails when it never comes back."""
    window.activateWindow()
    if start is not None:
        start.setFocus(Qt.FocusReason.TabFocusReason)
    first = QApplication.focusWidget()
    assert first is not None, "nothing has the focus"
    stops = [first]
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None, f"focus was lost after {describe(stops[-1])}"
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first:
            return stops
        stops.append(now)
    raise AssertionError(
        f"Tab never came back to {describe(first)}; went: " + ", ".join(describe(s) for s in stops[:60])
    )


@dataclass
class Box:
    widget: QWidget
    rect: QRect


def box(widget: QWidget, window: QWidget) -> Box:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return Box(widget, QRect(top_left, widget.size()))


def follows(a: QRect, b: QRect) -> bool:
    """*b* comes after *a* in reading order: further along the same line, on a later
    line, or at the top of a new column to the right."""
    same_line = b.top() < a.bottom() - SLACK and a.top() < b.bottom() - SLACK
    if same_line:
        return b.left() >= a.left() - SLACK or b.top() >= a.bottom() - SLACK
    if b.top() >= a.top() - SLACK:
        return True
    return b.left() >= a.right() - SLACK  # a column to the right


def check_chain(window: QWidget, region: QWidget, stops: list[QWidget], *, help_button: QWidget | None) -> None:
    """The assertions every screen shares (see the module docstring)."""
    names = ", ".join(describe(s) for s in stops)
    assert len(stops) <= MAX_STOPS, f"{len(stops)} Tab stops: {names}"
    assert len(set(map(id, stops))) == len(stops), f"a control was reached twice: {names}"
    missing = [c for c in controls(window) if c not in stops]
    assert not missing, "never reached by Tab: " + ", ".join(describe(m) for m in missing) + f"\nwent: {names}"
    if help_button is not None:
        assert help_button in stops, f"Need help now? is not reached: {names}"
    inside = [box(s, window) for s in stops if region is s or region.isAncestorOf(s)]
    assert inside, f"no stop inside {describe(region)}: {names}"
    for a, b in zip(inside, inside[1:], strict=False):
        assert follows(a.rect, b.rect), (
            f"out of reading order: {describe(a.widget)} at {a.rect.getRect()} then "
            f"{describe(b.widget)} at {b.rect.getRect()}\nwent: {names}"
        )


def tab_round(w: Any, region: QWidget, start: QWidget | None = None, *, help_shown: bool = True) -> list[QWidget]:
    """Walk Tab round the window from *start* and check the chain in *region*."""
    QTest.qWait(20)  # let layouts settle so positions are real
    stops = walk(w, start)
    check_chain(w, region, stops, help_button=Safety(w).help_button if help_shown else None)
    return stops


# -- screens -------------------------------------------------------------------------------
@pytest.fixture
def journal_window(qtbot, make_window):  # type: ignore[no-untyped-def]
    w = make_window()
    w.ctx.prefs.set("safety/country", "GB")
    create_journal_via_ui(qtbot, w)
    return w


def test_tab_round_access_screens(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.pages import AccessScreens

    w = make_window()
    access = AccessScreens(w)
    for name in ("welcome", "create"):
        if name == "create":
            access.start_creating()
        tab_round(w, App(w).screen_widget(name))
