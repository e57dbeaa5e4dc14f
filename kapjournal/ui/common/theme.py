"""Calm light and dark themes: Fusion style, soft palettes, large text and targets.

The whole look is one application style sheet (:data:`STYLE_SHEET`) plus the palette;
pages never carry a style sheet of their own, they name what a widget *is* with a
``role`` property (``label(text, "heading")``, ``button(text, "primary")``) and the
sheet styles that role once.

The sheet holds no colour: every colour is a palette role (``palette(highlight)``,
see :data:`ROLES`) and every themed icon a ``kaptheme:`` file, so the sheet is the
same in light and dark and is set once. A switch sets the application palette,
points ``kaptheme:`` at the theme's icons and lets Qt forget the colours it worked
out from the sheet (:func:`apply_theme`). Qt re-reads those when it next paints; each
widget's own palette (which Qt fills from the sheet when it polishes a widget) is
worked out again at once for what is on screen, and for the rest in small batches
from the event loop, or when it is shown if that comes first (:class:`_Restyle`).
Replacing the sheet instead re-polished every built widget twice (about 1 s with
every page built).

Two visual rules hold everywhere: *selected* is a fill (the accent colour), *focused*
is a ring (the ``focus`` colour, drawn in a border that is otherwise transparent or
faint, outside the fill), so the two never look alike. ``tests/ui/test_contrast.py``
measures text and focus-ring contrast on every page in both themes.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QDir, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from kapjournal.content.resdir import resource_path

LIGHT = {
    "window": "#f6f4ef",
    "base": "#ffffff",
    "alt": "#efece4",
    "text": "#2b2f33",
    "muted": "#5f676e",
    "accent": "#2a726f",
    "accent_text": "#ffffff",
    "border": "#d9d4c9",
    "focus": "#2b2f33",
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
    "focus": "#e6e4df",
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


_R = QPalette.ColorRole
# The palette role that carries each colour of the table, and its name in a style
# sheet. The tool-tip roles, bright-text, link-visited and accent carry the colours
# the standard roles have no place for: nothing on our screens is drawn with them by
# Fusion (the sheet draws tool tips, buttons and lists; the 3D roles are left alone,
# Fusion draws scroll bars with them). ``focus`` is
# the text colour in both themes, so it is the text role (tests/ui/test_theme.py
# checks that every colour of both tables comes out of its role).
ROLES: dict[str, tuple[QPalette.ColorRole, str]] = {
    "window": (_R.Window, "window"),
    "base": (_R.Base, "base"),
    "alt": (_R.AlternateBase, "alternate-base"),
    "text": (_R.Text, "text"),
    "muted": (_R.PlaceholderText, "placeholder-text"),
    "accent": (_R.Highlight, "highlight"),
    "accent_text": (_R.HighlightedText, "highlighted-text"),
    "border": (_R.Mid, "mid"),
    "focus": (_R.Text, "text"),
    "warn_bg": (_R.ToolTipBase, "tooltip-base"),
    "warn_text": (_R.ToolTipText, "tooltip-text"),
    "error": (_R.BrightText, "bright-text"),
    "ok": (_R.LinkVisited, "link-visited"),
    "nav": (_R.Accent, "accent"),
}
# What the rest of the palette repeats, for Qt's own drawing (and the widgets that
# draw their own pictures with palette colours).
_ALSO = (
    (_R.WindowText, "text"),
    (_R.ButtonText, "text"),
    (_R.Button, "alt"),
    (_R.Link, "accent"),
)
ICONS = "kaptheme"  # the search-path prefix of the themed icons in the sheet


def palette_for(c: dict[str, str]) -> QPalette:
    """The application palette for colour table ``c``."""
    pal = QPalette()
    for key, (r, _name) in ROLES.items():
        if key != "focus":  # (the text role, set by "text")
            pal.setColor(r, QColor(c[key]))
    for r, key in _ALSO:
        pal.setColor(r, QColor(c[key]))
    for r in (_R.Text, _R.ButtonText, _R.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor(c["muted"]))
    return pal


def style_sheet() -> str:
    """The application style sheet: the same for every theme (colours are palette
    roles, themed icons ``kaptheme:`` files)."""
    return STYLE_SHEET % {
        **{key: f"palette({name})" for key, (_r, name) in ROLES.items()},
        "check_icon": f"{ICONS}:check.svg",
        "up_icon": f"{ICONS}:arrow-up.svg",
        "down_icon": f"{ICONS}:arrow-down.svg",
    }


def close_popups() -> None:
    """Close an open combo list or menu, so no popup is left painted while the
    window restyles (it would look frozen)."""
    for _ in range(5):  # a popup can sit on a popup; bounded whatever happens
        popup = QApplication.activePopupWidget()
        if popup is None:
            return
        combo = popup.parentWidget()
        if isinstance(combo, QComboBox):
            combo.hidePopup()
        else:
            popup.close()


def apply_theme(app: QApplication, mode: str = "system") -> dict[str, str]:
    """Apply the theme; returns the colour table in use.

    The Fusion style, the font and the style sheet are set only the first time. The
    colour table is stored before anything restyles (pages that draw their own
    pictures read it on the palette change), and nothing is done when the palette is
    unchanged.
    """
    c = colors(mode)
    close_popups()
    if not app.property("kap_fusion"):  # (under a style sheet, style() is Qt's wrapper)
        app.setStyle("Fusion")
        app.setProperty("kap_fusion", True)
    font = QFont(app.font())
    if font.pointSizeF() < 11.5:
        font.setPointSizeF(11.5)
        app.setFont(font)
    app.setProperty("kap_colors", c)
    QDir.setSearchPaths(ICONS, [resource_path("ui", "dark" if c is DARK else "light").as_posix()])
    pal = palette_for(c)
    sheet = style_sheet()
    if app.styleSheet() != sheet:  # the first time (or after a test cleared it)
        app.setPalette(pal)
        app.setStyleSheet(sheet)
        return c
    if app.palette() != pal:
        app.setPalette(pal)
        _Restyle.of(app).start()
    return c


class _Restyle(QObject):
    """Brings every widget up to a new palette without re-polishing all at once.

    Qt keeps the colours it worked out from the sheet: per widget and state (what
    it paints backgrounds, borders and sub-controls with) and in each widget's own
    palette. The first are dropped for the whole app in one cheap call and worked
    out again when painted; the second need the widget polished again (about 0.2 ms
    each). That is done now for what is on screen (found by walking down from the
    windows, never into what is hidden), then for the rest, walked the same way, in
    batches of at most :data:`BATCH_S` from the event loop, so the window never waits
    long; a widget shown before its turn is polished in its show event, before it
    paints.
    """

    BATCH_S = 0.008

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("kap_restyle")
        self._app = app
        self._later: list[QWidget] = []  # hidden widgets whose part is still to walk
        self._done: set[QWidget] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._batch)

    @classmethod
    def of(cls, app: QApplication) -> _Restyle:
        found = app.findChild(_Restyle, "kap_restyle")
        return found if isinstance(found, _Restyle) else cls(app)

    @property
    def pending(self) -> int:
        """Hidden parts still to restyle (0: every widget has the new palette)."""
        return len(self._later)

    def start(self) -> None:
        style = self._app.style()
        style.unpolish(self._app)  # drops the sheet's worked-out colours, app-wide
        style.polish(self._app)
        if not self._later:
            self._app.installEventFilter(self)
        self._later = []
        self._done = set()
        walk = list(self._app.topLevelWidgets())
        while walk:
            w = walk.pop()
            if not w.isVisible():
                self._later.append(w)
                continue
            self._polish(w)
            w.update()
            walk.extend(c for c in w.children() if isinstance(c, QWidget))
        self._timer.start()

    def finish(self) -> None:
        """Polish everything still waiting now (tests, and before a screenshot)."""
        while self._later:
            self._step()
        self._batch()

    def _polish(self, w: QWidget) -> None:
        if w not in self._done:
            self._done.add(w)
            w.style().polish(w)

    def _step(self) -> None:
        w = self._later.pop()
        if shiboken6.isValid(w):
            self._polish(w)
            self._later.extend(c for c in w.children() if isinstance(c, QWidget))

    def _batch(self) -> None:
        until = time.perf_counter() + self.BATCH_S
        while self._later and time.perf_counter() < until:
            self._step()
        if not self._later:
            self._timer.stop()
            self._app.removeEventFilter(self)
            self._done = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            self._polish(watched)
        return False


# One sheet for every page. Selected = filled with the accent; focused = a ring in the
# ``focus`` colour. Buttons, tabs and answer rows keep a 2 px border at all times
# (transparent or faint, the fill clipped inside it), so the ring that takes its place
# never moves the text and is drawn against what surrounds the control.
STYLE_SHEET = """
QMainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget { background: %(window)s; }
QToolTip { color: %(text)s; background: %(base)s; border: 1px solid %(border)s; padding: 4px; }
QLabel[role="title"] { font-size: 22pt; font-weight: 600; }
QLabel[role="subtitle"] { font-size: 13pt; color: %(muted)s; }
QLabel[role="muted"] { color: %(muted)s; }
QLabel[role="error"] { color: %(error)s; font-weight: 600; }
QLabel[role="ok"] { color: %(ok)s; font-weight: 600; }
QLabel[role="question"] { font-size: 18pt; font-weight: 600; }
QLabel[role="heading"] { font-size: 14pt; font-weight: 600; }
QLabel[role="lead"] { font-size: 14pt; }
QLabel[role="total"] { font-size: 13pt; font-weight: 600; }
QLabel[role="intention"] { font-size: 16pt; font-style: italic; }
QLabel[role="countdown"] { font-size: 34pt; font-weight: 300; }
QLabel[role="number"] { font-size: 20pt; font-weight: 600; }
QLabel[role="code"] { font-family: monospace; font-size: 20pt; letter-spacing: 2px;
    background: %(base)s; border: 1px solid %(border)s; border-radius: 8px; padding: 14px; }
QLabel[selectable="true"] { border: 2px solid transparent; border-radius: 4px; }
QLabel[selectable="true"]:focus { border-color: %(focus)s; }
QFrame[role="card"] { background: %(base)s; border: 1px solid %(border)s; border-radius: 12px; }
QFrame[role="banner"] { background: %(warn_bg)s; border-radius: 8px; }
QFrame[role="banner"] QLabel { color: %(warn_text)s; }
QFrame[role="urgent"] { background: %(warn_bg)s; border: 2px solid %(warn_text)s; border-radius: 10px; }
QFrame[role="urgent"] QLabel { color: %(warn_text)s; }
QFrame[role="scalerow"] { border: 2px solid transparent; border-radius: 10px; }
QFrame[role="scalerow"][focused="true"] { border-color: %(focus)s; }

QPushButton { min-height: 40px; padding: 5px 17px; border-radius: 8px; color: %(text)s;
    border: 2px solid %(border)s; background: %(alt)s; background-clip: padding; }
QPushButton:hover { border-color: %(accent)s; }
QPushButton[role="primary"] { background: %(accent)s; color: %(accent_text)s;
    border-color: transparent; font-weight: 600; }
QPushButton[role="primary"]:disabled { background: %(border)s; color: %(muted)s; }
QPushButton[role="link"] { background: transparent; border-color: transparent; color: %(accent)s;
    text-decoration: underline; min-height: 32px; padding: 0px 4px; }
QPushButton[role="help"] { background: %(warn_bg)s; color: %(warn_text)s; border-color: transparent;
    font-weight: 600; }
QPushButton[role="scale"] { min-width: 38px; max-width: 64px; min-height: 44px; padding: 0px;
    font-size: 13pt; }
QPushButton[role="chip"] { min-height: 34px; padding: 1px 13px; border-radius: 17px; }
QPushButton:checked { background: %(accent)s; color: %(accent_text)s; border-color: transparent;
    font-weight: 600; }
QPushButton:disabled { color: %(muted)s; }
QPushButton:focus, QPushButton:checked:focus, QPushButton[role="primary"]:focus,
QPushButton[role="link"]:focus, QPushButton[role="help"]:focus { border-color: %(focus)s; }

QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox {
    background: %(base)s; color: %(text)s; border: 1px solid %(border)s; border-radius: 8px;
    padding: 6px; min-height: 28px; placeholder-text-color: %(muted)s; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {
    border: 2px solid %(accent)s; padding: 5px; }
QComboBox::drop-down, QDateTimeEdit::drop-down { subcontrol-origin: padding;
    subcontrol-position: center right; width: 26px; border: none; }
QComboBox::down-arrow, QDateTimeEdit::down-arrow { image: url(%(down_icon)s); width: 14px; height: 14px; }
QComboBox QAbstractItemView { background: %(base)s; color: %(text)s; border: 1px solid %(border)s;
    selection-background-color: %(accent)s; selection-color: %(accent_text)s; }
QAbstractSpinBox { padding-right: 30px; }
QAbstractSpinBox:focus { padding-right: 29px; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { subcontrol-origin: padding; width: 28px;
    border: none; border-left: 1px solid %(border)s; background: %(alt)s; }
QAbstractSpinBox::up-button { subcontrol-position: top right; border-top-right-radius: 6px;
    border-bottom: 1px solid %(border)s; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right; border-bottom-right-radius: 6px; }
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover { background: %(border)s; }
QAbstractSpinBox::up-arrow { image: url(%(up_icon)s); width: 14px; height: 14px; }
QAbstractSpinBox::down-arrow { image: url(%(down_icon)s); width: 14px; height: 14px; }
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off,
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off { image: none; }

QListView, QTreeView, QTableView { background: %(base)s; color: %(text)s;
    border: 2px solid %(border)s; border-radius: 8px; gridline-color: %(border)s; }
QListView:focus, QTreeView:focus, QTableView:focus { border-color: %(focus)s; }
QListView::item:selected, QTreeView::item:selected, QTableView::item:selected {
    background: %(accent)s; color: %(accent_text)s; }
QListView[role="timeline"]::item { padding: 4px 8px; border-radius: 6px; }
QHeaderView::section { background: %(alt)s; color: %(text)s; border: none;
    border-bottom: 1px solid %(border)s; padding: 4px 6px; }
QListWidget#nav { background: %(nav)s; border: 2px solid transparent; border-radius: 0px;
    padding-top: 10px; font-size: 13pt; }
QListWidget#nav:focus { border-color: %(focus)s; }
QListWidget#nav::item { min-height: 44px; padding-left: 18px; border-radius: 8px; margin: 2px 6px;
    color: %(text)s; }
QListWidget#nav::item:selected { background: %(accent)s; color: %(accent_text)s; }
QTextBrowser[role="paper"] { background: #ffffff; color: #1f2a30; border: 1px solid #c9d1d6;
    border-radius: 4px; }
QProgressBar { border: 1px solid %(border)s; border-radius: 5px; background: %(base)s; max-height: 10px; }
QProgressBar::chunk { background: %(accent)s; border-radius: 5px; }

QTabWidget::pane { border: none; }
QTabBar { qproperty-drawBase: 0; }
QTabBar::tab { min-height: 36px; padding: 3px 16px; margin-right: 4px; border-radius: 8px;
    border: 2px solid %(border)s; background: %(alt)s; color: %(text)s; background-clip: padding; }
QTabBar::tab:selected { background: %(accent)s; color: %(accent_text)s; border-color: transparent; }
QTabBar::tab:focus, QTabBar::tab:selected:focus { border-color: %(focus)s; }

QCheckBox { min-height: 32px; spacing: 10px; }
QCheckBox, QRadioButton { border: 2px solid transparent; border-radius: 8px; padding: 0px 4px; }
QCheckBox::indicator, QRadioButton::indicator { width: 16px; height: 16px;
    border: 2px solid %(muted)s; background: %(base)s; }
QCheckBox::indicator { border-radius: 4px; }
QRadioButton::indicator { border-radius: 10px; }
QCheckBox::indicator:checked { background: %(accent)s; border-color: %(accent)s; image: url(%(check_icon)s); }
QRadioButton::indicator:checked { border-color: %(accent)s;
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 %(accent)s, stop:0.5 %(accent)s, stop:0.62 %(base)s, stop:1 %(base)s); }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: %(border)s;
    background: %(border)s; }
QRadioButton[role="answer"] { min-height: 40px; padding: 1px 9px; border: 2px solid %(border)s;
    background: %(base)s; background-clip: padding; }
QRadioButton[role="answer"]:checked { background: %(accent)s; color: %(accent_text)s;
    border-color: transparent; font-weight: 600; }
QRadioButton[role="answer"]::indicator:checked { border-color: %(accent_text)s; }
QCheckBox:focus, QRadioButton:focus, QRadioButton[role="answer"]:focus,
QRadioButton[role="answer"]:checked:focus { border-color: %(focus)s; }
QGroupBox { font-weight: 600; border: 1px solid %(border)s; border-radius: 10px; margin-top: 16px;
    padding: 14px 12px 10px 12px; background: %(base)s; }
QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 4px; }
"""
