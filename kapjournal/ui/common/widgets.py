"""Small building blocks shared by pages: titles, buttons, passphrase fields, banners."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QColor,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kapjournal.i18n import QT_TR_NOOP, arg, tr, translated
from kapjournal.passphrase import Verdict, assess
from kapjournal.ui.common.icons import ui_icon
from kapjournal.ui.common.keys import follow_focus


def theme_colour(name: str, fallback: QColor) -> QColor:
    """Colour *name* of the theme in use (``apply_theme`` stores the table on the
    app), or *fallback* when no theme has been applied."""
    app = QApplication.instance()
    colours = app.property("kap_colors") if app is not None else None
    return QColor(colours[name]) if isinstance(colours, dict) else fallback


def plain_tip(text: str) -> str:
    """A tooltip for text that may be the patient's own: Qt would otherwise read text
    that *looks* like HTML as rich text (an ``<img>`` could even load a local file)."""
    from PySide6 import QtGui

    return QtGui.Qt.convertFromPlainText(text) if text else ""


def label(text: str, role: str = "", *, wrap: bool = True, about: str = "") -> QLabel:
    """A label that always shows *plain text* (patient text is never HTML).

    A screen reader reads a label by its text, so a label never gets an accessible
    *name*: ``about`` (what the label is, such as "Recovery code") becomes its
    accessible *description*, heard after the text."""
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setWordWrap(wrap)
    if role:
        lab.setProperty("role", role)
    if about:
        lab.setAccessibleDescription(about)
    return lab


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Show *text* in ``widget`` (when it is a label) and have a screen reader say it.

    For status and error messages that appear without focus moving to them: Qt sends
    an announcement (AT-SPI ``object:announcement``), polite unless ``urgent``. An
    empty text only clears the label."""
    if isinstance(widget, QLabel):
        widget.setText(text)
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if urgent else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def buddy(caption: QLabel, field: QWidget) -> QLabel:
    """Tie ``caption`` to ``field``: the field is then "labelled by" the caption for a
    screen reader, and the caption's mnemonic (if any) moves focus to the field."""
    caption.setBuddy(field)
    return caption


class _CornerKeeper(QObject):
    """Has the menu bar place its corner widget again whenever the window is shown."""

    def __init__(self, window: QWidget, bar: QWidget) -> None:
        super().__init__(window)
        self.bar = bar
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            # The menu bar lays out its corner on a resize; a synthetic one does it now.
            QCoreApplication.sendEvent(self.bar, QResizeEvent(self.bar.size(), self.bar.size()))
        return False


def expose_corner_widget(window: QWidget, bar: QWidget, widget: QWidget) -> None:
    """Make a menu bar's corner widget reachable by a screen reader.

    Qt's menu bar lists only its menus to assistive technology, so a corner widget,
    its child, is missing from the accessibility tree and from hit-testing. Call this
    after ``setCornerWidget``: the widget becomes the window's child (so it is in the
    tree, read in place), and the menu bar still sizes and places it, in its own
    coordinates, which are the window's (the menu bar sits at the window's top left)."""
    shown = not widget.isHidden()
    widget.setParent(window)
    widget.setVisible(shown)
    widget.raise_()
    _CornerKeeper(window, bar)


def button(text: str, role: str = "", *, name: str = "", tip: str = "") -> QPushButton:
    btn = QPushButton(text)
    if role:
        btn.setProperty("role", role)
    btn.setAccessibleName(name or text.replace("&", ""))
    if tip:
        btn.setToolTip(tip)
        btn.setAccessibleDescription(tip)
    btn.setCursor(Qt.CursorShape.PointingHandCursor)
    btn.setAutoDefault(True)
    return btn


def save_row(
    text: str, *, name: str = "", row: QHBoxLayout | None = None
) -> tuple[QHBoxLayout, QLabel, QPushButton]:
    """The end of an editor: a calm "Saved / Not saved" line, then the primary button.
    Pass ``row`` to append to a row that already holds other controls."""
    row = row if row is not None else QHBoxLayout()
    state = label("", "muted", about=tr("Save state"))
    save = button(text, "primary", name=name)
    row.addWidget(state, 1)
    row.addWidget(save)
    return row, state, save


def restyle(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class Page(QWidget):
    """A calm, centred column with a comfortable reading width, scrollable."""

    def __init__(self, parent: QWidget | None = None, *, width: int = 620) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        follow_focus(scroll)  # Tab never lands on something off screen
        holder = QWidget()
        scroll.setWidget(holder)
        row = QHBoxLayout(holder)
        row.addStretch(1)
        self.column = QWidget()
        self.column.setMaximumWidth(width)
        self.column.setMinimumWidth(min(width, 360))
        row.addWidget(self.column, 100)
        row.addStretch(1)
        self.body = QVBoxLayout(self.column)
        self.body.setContentsMargins(24, 36, 24, 36)
        self.body.setSpacing(14)

    def showEvent(self, event: QShowEvent) -> None:
        # The scroll area takes focus (keyboard scrolling): a screen reader names it by
        # the page's title, so focus never lands on something nameless.
        titles = [lab.text() for lab in self.column.findChildren(QLabel) if lab.property("role") == "title"]
        title = next((t for t in titles if t), "")
        self.scroll.setAccessibleName(title or self.windowTitle() or tr("Page"))
        super().showEvent(event)


class Banner(QFrame):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner")
        self.lay = QHBoxLayout(self)
        self.lay.setContentsMargins(14, 8, 14, 8)
        self.text = label(text)
        self.lay.addWidget(self.text)


class PassphraseField(QLineEdit):
    """Password-mode line edit with a show/hide action (keyboard reachable)."""

    def __init__(self, hint: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setPlaceholderText(hint)
        self.setAccessibleName(name)
        self.setMinimumHeight(44)
        self.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        self._toggle = QAction(ui_icon("eye"), tr("Show"), self)
        self._toggle.setToolTip(tr("Show or hide what you typed"))
        self._toggle.triggered.connect(self.toggle_visible)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)

    def toggle_visible(self) -> None:
        hidden = self.echoMode() == QLineEdit.EchoMode.Password
        self.setEchoMode(QLineEdit.EchoMode.Normal if hidden else QLineEdit.EchoMode.Password)
        self._toggle.setText(tr("Hide") if hidden else tr("Show"))
        self._toggle.setIcon(ui_icon("eye-off" if hidden else "eye"))

    def wipe(self) -> None:
        self.clear()
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self._toggle.setText(tr("Show"))
        self._toggle.setIcon(ui_icon("eye"))


STRENGTH_WORDS = (
    QT_TR_NOOP("Very weak"),
    QT_TR_NOOP("Weak"),
    QT_TR_NOOP("Fair"),
    QT_TR_NOOP("Strong"),
    QT_TR_NOOP("Very strong"),
)


class NewPassphraseForm(QWidget):
    """Passphrase + confirmation with strength feedback. ``changed`` fires on edits."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.first = PassphraseField(tr("New passphrase"), tr("New passphrase"))
        self.second = PassphraseField(tr("Type it again"), tr("Confirm new passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 5)  # empty only while nothing is typed; the weakest shows 1 of 5
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(tr("Passphrase strength"))
        self.feedback = label("", "muted", about=tr("Passphrase feedback"))
        self.feedback.setMinimumHeight(self.feedback.fontMetrics().lineSpacing() * 2 + 6)
        # Visible captions, so each field is "labelled by" one for a screen reader and
        # the hint does not vanish with the placeholder once typing starts.
        lay.addWidget(buddy(label(tr("New passphrase"), "muted"), self.first))
        lay.addWidget(self.first)
        lay.addWidget(self.meter)
        lay.addWidget(self.feedback)
        lay.addWidget(buddy(label(tr("The same passphrase again"), "muted"), self.second))
        lay.addWidget(self.second)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def verdict(self) -> Verdict:
        return assess(self.first.text())

    def problem(self) -> str:
        """Why the form cannot be submitted yet ('' when it can)."""
        verdict = self.verdict()
        if not verdict.acceptable:
            return arg(translated(verdict.reason), *verdict.values)
        if self.first.text() != self.second.text():
            return tr("The two passphrases are not the same yet.")
        return ""

    def _update(self) -> None:
        text = self.first.text()
        if not text:
            self.meter.setValue(0)
            self.feedback.setText(tr("Use a few unrelated words you can remember, at least 10 characters."))
        else:
            verdict = self.verdict()
            self.meter.setValue(verdict.score + 1)
            words = translated(STRENGTH_WORDS[verdict.score])
            detail = (
                arg(translated(verdict.reason), *verdict.values)
                if not verdict.acceptable
                else tr("Good choice.")
            )
            hint = (" " + translated(verdict.hints[0])) if verdict.hints and not verdict.acceptable else ""
            self.feedback.setText(f"{words}. {detail}{hint}")
        self.meter.setAccessibleDescription(self.feedback.text())
        self.changed.emit()

    def passphrase(self) -> str:
        return self.first.text()

    def wipe(self) -> None:
        self.first.wipe()
        self.second.wipe()
