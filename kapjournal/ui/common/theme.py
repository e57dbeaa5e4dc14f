"""Calm light and dark themes: Fusion style, soft palettes, large text and targets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from kapjournal.content.resdir import resource_path

LIGHT = {
    "window": "#f6f4ef",
    "base": "#ffffff",
    "alt": "#efece4",
    "text": "#2b2f33",
    "muted": "#5f676e",
    "accent": "#2f7d7a",
    "accent_text": "#ffffff",
    "border": "#d9d4c9",
    "warn_bg": "#fbefd9",
    "warn_text": "#6b4a12",
    "error": "#a23b3b",
    "ok": "#2f7d4f",
    "nav": "#ebe7de",
}
DARK = {
    "window": "#1f2326",
    "base": "#272c30",
    "alt": "#2e3439",
    "text": "#e6e4df",
    "muted": "#a9b0b5",
    "accent": "#5fb3ae",
    "accent_text": "#10201f",
    "border": "#3c4349",
    "warn_bg": "#3d3320",
    "warn_text": "#f1d9a8",
    "error": "#e58a8a",
    "ok": "#7cc69a",
    "nav": "#25292d",
}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    try:
        return hints.colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:  # Qt < 6.5
        return False


def colors(mode: str) -> dict[str, str]:
    dark = mode == "dark" or (mode == "system" and system_prefers_dark())
    return DARK if dark else LIGHT


def apply_theme(app: QApplication, mode: str = "system") -> dict[str, str]:
    """Apply the palette and style sheet; returns the colour table in use."""
    c = colors(mode)
    app.setStyle(QStyleFactory.create("Fusion"))
    pal = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"),
        (role.Base, "base"),
        (role.AlternateBase, "alt"),
        (role.WindowText, "text"),
        (role.Text, "text"),
        (role.ButtonText, "text"),
        (role.Button, "alt"),
        (role.Highlight, "accent"),
        (role.HighlightedText, "accent_text"),
        (role.ToolTipBase, "base"),
        (role.ToolTipText, "text"),
        (role.PlaceholderText, "muted"),
        (role.Link, "accent"),
    ):
        pal.setColor(r, QColor(c[key]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(c["muted"]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(c["muted"]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(c["muted"]))
    app.setPalette(pal)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 11.5))
    app.setFont(font)
    icon = "check-dark.svg" if c is DARK else "check.svg"
    app.setStyleSheet(STYLE_SHEET % {**c, "check_icon": resource_path("ui", icon).as_posix()})
    app.setProperty("kap_colors", c)
    return c


STYLE_SHEET = """
QWidget { color: %(text)s; }
QMainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget { background: %(window)s; }
QLabel[role="title"] { font-size: 22pt; font-weight: 600; }
QLabel[role="subtitle"] { font-size: 13pt; color: %(muted)s; }
QLabel[role="muted"] { color: %(muted)s; }
QLabel[role="error"] { color: %(error)s; font-weight: 600; }
QLabel[role="ok"] { color: %(ok)s; font-weight: 600; }
QLabel[role="code"] { font-family: monospace; font-size: 20pt; letter-spacing: 2px;
    background: %(base)s; border: 1px solid %(border)s; border-radius: 8px; padding: 14px; }
QFrame[role="card"] { background: %(base)s; border: 1px solid %(border)s; border-radius: 12px; }
QFrame[role="banner"] { background: %(warn_bg)s; border-radius: 8px; }
QFrame[role="banner"] QLabel { color: %(warn_text)s; }
QPushButton { min-height: 40px; padding: 6px 18px; border-radius: 8px;
    border: 1px solid %(border)s; background: %(alt)s; }
QPushButton:hover { border-color: %(accent)s; }
QPushButton:focus { border: 2px solid %(accent)s; }
QPushButton[role="primary"] { background: %(accent)s; color: %(accent_text)s; border: none;
    font-weight: 600; }
QPushButton[role="primary"]:focus { border: 2px solid %(text)s; }
QPushButton[role="primary"]:disabled { background: %(border)s; color: %(muted)s; }
QPushButton[role="link"] { background: transparent; border: none; color: %(accent)s;
    text-decoration: underline; min-height: 32px; padding: 2px 6px; }
QPushButton[role="help"] { background: %(warn_bg)s; color: %(warn_text)s; border: none;
    font-weight: 600; }
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QComboBox, QDateTimeEdit {
    background: %(base)s; border: 1px solid %(border)s; border-radius: 8px; padding: 6px; min-height: 28px; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QComboBox:focus {
    border: 2px solid %(accent)s; }
QComboBox::drop-down, QAbstractSpinBox::drop-down { border: none; width: 24px; }
QListWidget#nav { background: %(nav)s; border: none; padding-top: 12px; font-size: 13pt; }
QListWidget#nav::item { min-height: 44px; padding-left: 18px; border-radius: 8px; margin: 2px 8px; }
QListWidget#nav::item:selected { background: %(accent)s; color: %(accent_text)s; }
QListView, QTreeView, QTableView { background: %(base)s; border: 1px solid %(border)s; border-radius: 8px; }
QProgressBar { border: 1px solid %(border)s; border-radius: 5px; background: %(base)s; max-height: 10px; }
QProgressBar::chunk { background: %(accent)s; border-radius: 5px; }
QCheckBox { min-height: 32px; spacing: 10px; }
QCheckBox::indicator, QRadioButton::indicator { width: 16px; height: 16px;
    border: 2px solid %(muted)s; background: %(base)s; }
QCheckBox::indicator { border-radius: 4px; }
QRadioButton::indicator { border-radius: 10px; }
QCheckBox::indicator:checked { background: %(accent)s; border-color: %(accent)s; image: url(%(check_icon)s); }
QRadioButton::indicator:checked { border-color: %(accent)s;
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 %(accent)s, stop:0.5 %(accent)s, stop:0.62 %(base)s, stop:1 %(base)s); }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: %(border)s; }
QCheckBox::indicator:focus, QRadioButton::indicator:focus { border-color: %(accent)s; }
QGroupBox { font-weight: 600; border: 1px solid %(border)s; border-radius: 10px; margin-top: 16px;
    padding: 14px 12px 10px 12px; background: %(base)s; }
QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 4px; }
"""
