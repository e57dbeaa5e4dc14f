"""Every text is readable and every focus ring visible, in both themes, measured on
what is drawn (WCAG 2.2 AA: text 4.5:1, 1.4.3; focus indicator 3:1, 1.4.11/2.4.13).

Each theme is reached the way a patient reaches it: the window starts in the *other*
theme, every screen is built and shown, then Settings → Theme switches. So a page
that keeps colours from before a switch (the old cream Check-ins tabs in dark) fails.

How it measures, from the pixels of the window as rendered:

- a label, button, check box, radio button or line edit is drawn twice, with its text
  and with its text taken away; the pixels that differ are the text, and for each the
  colour with the text is compared with the colour under it without (the best such
  pair is the ink against its background: what the glyph stems show);
- a tab, a list or table row, a combo box or a text editor is drawn once; inside it
  (clear of borders) the most common colour is the background and the colour that
  stands out most from it is the text;
- a focusable control is drawn unfocused and focused; the pixels that change with at
  least 3:1 between the two states are its focus indicator, and they must cover at
  least a one-pixel ring around it.

Disabled controls are left out (WCAG exempts inactive components); chart pictures
are not widgets and are checked by the chart tests.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QRect, QSignalBlocker, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)

from kapjournal.ui.common.theme import apply_theme
from tests.ui.pages import EveryDialog, EveryScreen, wait_until, while_open

TEXT_MIN = 4.5
RING_MIN = 3.0
OTHER = {"light": "dark", "dark": "light"}


# -- colour arithmetic (WCAG 2.x) ----------------------------------------------------------
def _channel(v: int) -> float:
    c = v / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: int) -> float:
    r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: int, b: int) -> float:
    la, lb = sorted((luminance(a), luminance(b)))
    return (lb + 0.05) / (la + 0.05)


def test_contrast_arithmetic() -> None:
    assert contrast(0x000000, 0xFFFFFF) == pytest.approx(21.0)
    assert contrast(0x777777, 0xFFFFFF) == pytest.approx(4.48, abs=0.01)
    assert contrast(0x123456, 0x123456) == 1.0


# -- pixels ---------------------------------------------------------------------------------
def pixels(image: QImage) -> array:
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(img.constBits())[: img.sizeInBytes()]
    out = array("I")
    out.frombytes(data)
    mask = 0xFFFFFF
    return array("I", (p & mask for p in out))


def surface(widget: QWidget) -> QWidget:
    """What to render a widget from: the page a scroll area scrolls (so what is out
    of view is drawn too, over its real background), else the window."""
    node = widget.parentWidget()
    while node is not None:
        parent = node.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        if isinstance(area, QScrollArea) and area.widget() is node:
            return node
        if node.isWindow():
            return node
        node = parent
    return widget.window()


def render(widget: QWidget, rect: QRect | None = None) -> tuple[array, int, int]:
    src = surface(widget)
    r = rect if rect is not None else widget.rect()
    top_left = widget.mapTo(src, r.topLeft())
    image = src.grab(QRect(top_left, r.size())).toImage()
    return pixels(image), image.width(), image.height()


def best_pair(with_text: array, without: array) -> tuple[float, int, int] | None:
    pairs = {(a, b) for a, b in zip(with_text, without, strict=True) if a != b}
    if not pairs:
        return None
    return max((contrast(a, b), a, b) for a, b in pairs)


def standout(px: array) -> tuple[float, int, int] | None:
    """(contrast, ink, background): the most common colour and the one most unlike it."""
    if not px:
        return None
    background = Counter(px).most_common(1)[0][0]
    ink = max(set(px), key=lambda p: contrast(p, background))
    if ink == background:
        return None
    return contrast(ink, background), ink, background


# -- what carries text ----------------------------------------------------------------------
class _Blanked:
    """Takes a widget's text away (signals blocked) and puts it back."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.blocker = QSignalBlocker(widget)
        self.saved: tuple[str, ...] = ()

    def __enter__(self) -> None:
        w = self.widget
        if isinstance(w, QLineEdit):
            self.saved = (w.text(), w.placeholderText())
            w.setText("")
            w.setPlaceholderText("")
        elif isinstance(w, QLabel | QAbstractButton):
            self.saved = (w.text(),)
            w.setText("")

    def __exit__(self, *exc: object) -> None:
        w = self.widget
        if isinstance(w, QLineEdit):
            w.setText(self.saved[0])
            w.setPlaceholderText(self.saved[1])
        elif isinstance(w, QLabel | QAbstractButton):
            w.setText(self.saved[0])
        self.blocker.unblock()


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled() and widget.width() > 4 and widget.height() > 4


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QLabel):
        return "" if widget.pixmap() is not None and not widget.pixmap().isNull() else widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def _inset(rect: QRect, by: int) -> QRect:
    return rect.adjusted(by, by, -by, -by)


def measurements(window: QWidget) -> Iterator[tuple[QWidget, str, tuple[float, int, int]]]:
    """(widget, what, (contrast, ink, background)) for every visible text on screen."""
    for widget in window.findChildren(QWidget):
        if not shown(widget):
            continue
        text = text_of(widget)
        if text.strip():
            px, _, _ = render(widget)
            with _Blanked(widget):
                blank, _, _ = render(widget)
            found = best_pair(px, blank)
            if found is not None:
                yield widget, text, found
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                rect = _inset(widget.tabRect(i), 4)
                found = standout(render(widget, rect)[0]) if rect.isValid() else None
                if found is not None:
                    yield widget, f"tab {widget.tabText(i)}", found
        elif isinstance(widget, QComboBox) and widget.currentText():
            rect = _inset(widget.rect(), 4).adjusted(0, 0, -30, 0)
            found = standout(render(widget, rect)[0])
            if found is not None:
                yield widget, widget.currentText(), found
        elif isinstance(widget, QAbstractItemView):
            yield from _rows(widget)
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and widget.toPlainText().strip():
            view = widget.viewport()
            found = standout(render(view, _inset(view.rect(), 2))[0])
            if found is not None:
                yield widget, widget.toPlainText()[:30], found


def _rows(view: QAbstractItemView) -> Iterator[tuple[QWidget, str, tuple[float, int, int]]]:
    model = view.model()
    if model is None:
        return
    port = view.viewport()
    for row in range(min(model.rowCount(QModelIndex()), 40)):
        for column in range(8):
            index = model.index(row, column)
            if not index.isValid():
                break
            rect = view.visualRect(index).intersected(port.rect())
            shown_text = str(index.data() or "") or str(index.data(Qt.ItemDataRole.AccessibleTextRole) or "")
            if rect.height() < 12 or rect.width() < 12 or not shown_text.strip():
                continue
            found = standout(render(port, _inset(rect, 3))[0])
            if found is not None:
                yield view, f"row {row}: {shown_text[:30]}", found


# -- the window in a theme ------------------------------------------------------------------
def _describe(widget: QWidget, what: str, found: tuple[float, int, int]) -> str:
    ratio, ink, background = found
    name = widget.objectName() or widget.accessibleName() or ""
    return f"{type(widget).__name__} {name!r} {what!r}: {ratio:.2f}:1 (#{ink:06x} on #{background:06x})"


def _switch_in_settings(w: Any, theme: str) -> None:
    """Settings → Theme, with its list open as a patient opens it."""
    from kapjournal.ui.settings.settings_page import SettingsPage

    page = w.shell.show_page("settings")
    assert isinstance(page, SettingsPage)
    combo = _theme_combo(page)
    combo.showPopup()
    combo.setCurrentIndex(combo.findData(theme))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wait_until(lambda: _is(theme), what=f"the {theme} theme")
    assert QApplication.activePopupWidget() is None, "the theme list stayed open over the switch"
    assert not combo.view().isVisible()


def _theme_combo(page: QWidget) -> QComboBox:
    for combo in page.findChildren(QComboBox):
        if combo.findData("dark") >= 0 and combo.findData("light") >= 0:
            return combo
    raise AssertionError("no theme list in Settings")


def _is(theme: str) -> bool:
    from kapjournal.ui.common.theme import DARK, LIGHT

    app = QApplication.instance()
    return app is not None and app.property("kap_colors") == (DARK if theme == "dark" else LIGHT)


def _stale(widget: QWidget, background: int, theme: str) -> bool:
    """Whether ``background`` is a surface of the *other* theme (a page that kept its
    colours across a switch), not one of this theme's. The summary preview is paper,
    white in both."""
    from kapjournal.ui.common.theme import colors

    if any(node.property("role") == "paper" for node in _lineage(widget)):
        return False
    surfaces = ("window", "base", "alt", "nav", "border")
    ours = {int(colors(theme)[k][1:], 16) for k in surfaces}
    theirs = {int(colors(OTHER[theme])[k][1:], 16) for k in surfaces} - ours

    def near(a: int, b: int) -> bool:
        return all(abs(((a >> s) & 255) - ((b >> s) & 255)) <= 3 for s in (0, 8, 16))

    return any(near(background, c) for c in theirs)


def _lineage(widget: QWidget) -> Iterator[QWidget]:
    node: QWidget | None = widget
    while node is not None:
        yield node
        node = node.parentWidget()


@pytest.fixture
def themed(make_window, request):  # type: ignore[no-untyped-def]
    """A 1366×768 window that started in the other theme; restores light afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, OTHER[request.param])
    w = make_window()
    w.resize(1366, 768)
    w.activateWindow()
    yield w, request.param
    apply_theme(app, "light")


def _screens(w: Any, theme: str) -> Iterator[str]:
    every = EveryScreen(w)
    for name in every.access():  # before a journal is open: in the theme it started in
        yield f"{name} (in {OTHER[theme]})"
    every.open_sample()
    list(every.pages())  # every page built and shown in the old theme
    _switch_in_settings(w, theme)
    assert _is(theme)
    yield from every.pages()


@pytest.mark.parametrize("themed", ["light", "dark"], indirect=True)
def test_every_text_is_readable(themed) -> None:  # type: ignore[no-untyped-def]
    w, theme = themed
    failures: list[str] = []
    seen: set[int] = set()
    measured = 0
    for screen in _screens(w, theme):
        for widget, what, found in measurements(w):
            key = hash((id(widget), what))
            if key in seen:
                continue
            seen.add(key)
            measured += 1
            if found[0] < TEXT_MIN:
                failures.append(f"{screen}: {_describe(widget, what, found)}")
            elif "(in " not in screen and _stale(widget, found[2], theme):
                failures.append(f"{screen}: keeps the {OTHER[theme]} theme: {_describe(widget, what, found)}")
    assert measured > 300, f"only {measured} texts measured: the walk saw too little"
    in_dialogs = _check_dialogs(w, theme, failures)
    assert len(in_dialogs) == len(EveryDialog(w).openers()), in_dialogs
    assert all(count > 0 for count in in_dialogs.values()), f"a dialog without text measured: {in_dialogs}"
    assert not failures, f"{len(failures)} texts under {TEXT_MIN}:1 in {theme}:\n" + "\n".join(failures)


def _check_dialogs(w: Any, theme: str, failures: list[str]) -> dict[str, int]:
    """Every dialog and message box, opened as its screen opens it, in ``theme``: its
    texts are measured like a page's (each against what the dialog draws under it).
    Returns how many texts each dialog had."""
    counts: dict[str, int] = {}
    for name, opener in EveryDialog(w).openers():

        def visit(dialog: QWidget, name: str = name) -> None:
            QTest.qWait(0)  # laid out and polished
            counts[name] = 0
            for widget, what, found in measurements(dialog):
                counts[name] += 1
                if found[0] < TEXT_MIN:
                    failures.append(f"dialog {name}: {_describe(widget, what, found)}")
                elif _stale(widget, found[2], theme):
                    failures.append(
                        f"dialog {name}: keeps the {OTHER[theme]} theme: {_describe(widget, what, found)}"
                    )
            EveryDialog.close(dialog)

        while_open(opener, visit)
    return counts


# -- focus rings -----------------------------------------------------------------------------
FOCUSABLE = (
    QAbstractButton,
    QLineEdit,
    QAbstractItemView,
    QTabBar,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
)


def _focus_targets(window: QWidget) -> Iterator[QWidget]:
    for widget in window.findChildren(QWidget):
        scale_row = widget.property("role") == "scalerow"  # a 0–10 row: one focus stop
        if not shown(widget) or not (isinstance(widget, FOCUSABLE) or scale_row):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            if isinstance(widget, QAbstractScrollArea) and widget.height() > 400:
                continue  # an editor or a long list: its ring is checked on the smaller ones
            yield widget


def ring_pixels(widget: QWidget, park: QWidget) -> tuple[int, int]:
    """(pixels that change by ≥ 3:1 when ``widget`` takes focus, a 1 px ring's count)."""
    park.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.qWait(0)
    rect = widget.rect().adjusted(-2, -2, 2, 2)
    before, _, _ = render(widget, rect)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.qWait(0)
    after, _, _ = render(widget, rect)
    changed = sum(1 for a, b in zip(before, after, strict=True) if a != b and contrast(a, b) >= RING_MIN)
    # A tab bar rings its current tab, not the whole bar.
    box = widget.tabRect(widget.currentIndex()) if isinstance(widget, QTabBar) else widget.rect()
    return changed, 2 * (box.width() + box.height())


@pytest.mark.parametrize("themed", ["light", "dark"], indirect=True)
def test_focus_rings_are_visible(themed) -> None:  # type: ignore[no-untyped-def]
    w, theme = themed
    failures: list[str] = []
    seen: set[int] = set()
    kinds: Counter[str] = Counter()
    for screen in _screens(w, theme):
        park = w  # focus parked on the window: nothing of it is focused
        for widget in list(_focus_targets(w)):
            if id(widget) in seen or not widget.isVisible():
                continue
            seen.add(id(widget))
            if not w.isActiveWindow():
                w.activateWindow()
                QTest.qWaitForWindowActive(w)
            changed, ring = ring_pixels(widget, park)
            if not widget.hasFocus():
                continue  # it gives its focus away (a proxy, a popup)
            kinds[type(widget).__name__] += 1
            if changed < ring:
                label = widget.accessibleName() or text_of(widget)
                failures.append(
                    f"{screen}: {type(widget).__name__} {label!r}: {changed} ring pixels ≥ {RING_MIN}:1, "
                    f"want {ring}"
                )
    in_dialogs = _check_dialog_rings(w, failures)
    assert all(count > 0 for count in in_dialogs.values()), (
        f"a dialog without a focused control: {in_dialogs}"
    )
    wanted = ("QPushButton", "QCheckBox", "QRadioButton", "QLineEdit", "QListView", "QListWidget", "QTabBar")
    assert any(kinds[k] for k in kinds if "Scale" in k), f"no scale row was focused: {dict(kinds)}"
    for kind in wanted:
        assert kinds[kind] > 0, f"no {kind} was focused: {dict(kinds)}"
    summary = f"{len(failures)} faint focus rings in {theme} ({dict(kinds)}):\n"
    assert not failures, summary + "\n".join(failures)


def _check_dialog_rings(w: Any, failures: list[str]) -> dict[str, int]:
    """The focus ring of every control in every dialog and message box (focus parked
    on the dialog itself). Returns how many controls each dialog had focused."""
    counts: dict[str, int] = {}
    for name, opener in EveryDialog(w).openers():

        def visit(dialog: QWidget, name: str = name) -> None:
            dialog.activateWindow()
            QTest.qWaitForWindowActive(dialog)
            counts[name] = 0
            for widget in list(_focus_targets(dialog)):
                changed, ring = ring_pixels(widget, dialog)
                if not widget.hasFocus():
                    continue
                counts[name] += 1
                if changed < ring:
                    what = f"{type(widget).__name__} {widget.accessibleName() or text_of(widget)!r}"
                    failures.append(
                        f"dialog {name}: {what}: {changed} ring pixels ≥ {RING_MIN}:1, want {ring}"
                    )
            EveryDialog.close(dialog)

        while_open(opener, visit)
    return counts
