"""The theme switch: one constant style sheet, colours from the palette, and widgets
that look after a switch exactly as they look when the app starts in that theme.

(How long a switch takes is printed by ``benchmarks/bench_theme.py``, never asserted.)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QFrame, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kapjournal.ui.common.theme import DARK, LIGHT, ROLES, _Restyle, apply_theme, palette_for, style_sheet
from kapjournal.ui.common.widgets import label


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    apply_theme(qapp, "light")
    yield qapp
    _Restyle.of(qapp).finish()
    apply_theme(qapp, "light")


@pytest.mark.parametrize("table", [LIGHT, DARK], ids=["light", "dark"])
def test_every_colour_comes_out_of_its_palette_role(table: dict[str, str]) -> None:
    pal = palette_for(table)
    assert set(ROLES) == set(table)
    for key, (role, _name) in ROLES.items():
        assert pal.color(role) == QColor(table[key]), key


def test_the_style_sheet_holds_no_theme_colour() -> None:
    sheet = style_sheet()
    assert "%(" not in sheet
    paper = sheet[sheet.index('QTextBrowser[role="paper"]') :]
    sheet = sheet.replace(paper[: paper.index("}") + 1], "")  # paper is white in both themes
    themed = {v.lower() for v in (*LIGHT.values(), *DARK.values())}
    assert not [c for c in themed if c in sheet.lower()]
    assert "-dark.svg" not in sheet


def test_a_switch_keeps_the_style_sheet(app: QApplication) -> None:
    sheet = app.styleSheet()
    apply_theme(app, "dark")
    assert app.styleSheet() == sheet
    assert app.palette().color(ROLES["accent"][0]) == QColor(DARK["accent"])


def _panel() -> tuple[QWidget, QWidget]:
    """A window with a widget of every colour kind, and a hidden part of it."""
    top = QWidget()
    lay = QVBoxLayout(top)
    for role in ("muted", "error", "ok", "heading"):
        lay.addWidget(label(f"A {role} line", role))
    banner = QFrame()
    banner.setProperty("role", "banner")
    QVBoxLayout(banner).addWidget(label("A banner"))
    lay.addWidget(banner)
    primary = QPushButton("Save")
    primary.setProperty("role", "primary")
    lay.addWidget(primary)
    lay.addWidget(QPushButton("Back"))
    help_button = QPushButton("Need help now?")
    help_button.setProperty("role", "help")
    lay.addWidget(help_button)
    edit = QLineEdit("some words")
    lay.addWidget(edit)
    box = QCheckBox("Shared")
    box.setChecked(True)
    lay.addWidget(box)
    hidden = QWidget()
    inner = QVBoxLayout(hidden)
    inner.addWidget(label("Shown later", "muted"))
    inner.addWidget(QLineEdit("more words"))
    late = QCheckBox("Later")
    late.setChecked(True)
    inner.addWidget(late)
    lay.addWidget(hidden)
    hidden.hide()
    top.resize(420, 560)
    return top, hidden


def _shot(top: QWidget, hidden: QWidget) -> QImage:
    hidden.show()
    for _ in range(3):
        QCoreApplication.processEvents()
    image = top.grab().toImage()
    hidden.hide()
    return image


def _fresh(app: QApplication, theme: str) -> QImage:
    app.setStyleSheet("")  # as at start-up: the theme applied before any widget exists
    apply_theme(app, theme)
    top, hidden = _panel()
    top.show()
    try:
        return _shot(top, hidden)
    finally:
        top.close()


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_after_a_switch_everything_looks_as_at_start(
    app: QApplication, theme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _fresh(app, theme)
    monkeypatch.setattr(_Restyle, "BATCH_S", 0.0)  # no batches: the hidden part waits for its show
    other = "light" if theme == "dark" else "dark"
    app.setStyleSheet("")
    apply_theme(app, other)
    top, hidden = _panel()
    top.show()
    QCoreApplication.processEvents()
    try:
        assert _shot(top, hidden) != expected  # (the two themes do differ)
        apply_theme(app, theme)
        restyle = _Restyle.of(app)
        assert restyle.pending > 0  # the hidden part waits for its turn or its show
        assert _shot(top, hidden) == expected  # shown before its turn: polished on show
    finally:
        top.close()


def test_the_rest_is_restyled_from_the_event_loop(app: QApplication) -> None:
    top, hidden = _panel()
    top.show()
    QCoreApplication.processEvents()
    try:
        apply_theme(app, "dark")
        restyle = _Restyle.of(app)
        assert restyle.pending > 0
        for _ in range(200):
            if not restyle.pending:
                break
            QCoreApplication.processEvents()
        assert restyle.pending == 0
        edit = hidden.findChild(QLineEdit)
        assert edit is not None
        assert edit.palette().color(edit.foregroundRole()) == QColor(DARK["text"])
    finally:
        top.close()
