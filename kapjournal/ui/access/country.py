"""The set-up's one question about the country, right after the recovery code is kept.

The country decides which crisis lines and emergency number "Need help now?" shows
(device setting ``safety/country``, readable when the journal is locked). The system
locale's guess is stored first (:func:`kapjournal.measures.safety.chosen_country`), so
the safety page is right even if the patient never answers; the question only confirms
or corrects it. It never blocks: the window stays usable behind it (the safety button
too), "Not now" keeps the guess, and locking or closing the window closes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kapjournal.i18n import tr
from kapjournal.measures import safety
from kapjournal.prefs import Preferences
from kapjournal.ui.common.widgets import button, label
from kapjournal.ui.measures.safety_page import country_box, select_country


class CountryQuestion(QDialog):
    """"Which country are you in?" with the guess chosen; "Use this country" stores the
    choice, "Not now" (or Esc) keeps the guess. Not modal."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(tr("Help near you"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(12)
        lay.addWidget(label(tr("Which country are you in?"), "heading"))
        lay.addWidget(
            label(
                tr(
                    "So that “Need help now?” shows the crisis lines and emergency number "
                    "where you are. This stays on this computer, outside your journal."
                )
            )
        )
        row = QHBoxLayout()
        caption = QLabel(tr("Country"))
        self.country = country_box(tr("Country"))
        self.country.setMinimumHeight(36)
        caption.setBuddy(self.country)
        row.addWidget(caption)
        row.addWidget(self.country, 1)
        lay.addLayout(row)
        lay.addWidget(label(tr("You can change it at any time on the “Need help now?” page."), "muted"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.not_now = button(tr("Not now"))
        self.use = button(tr("Use this country"), "primary")
        self.use.setDefault(True)
        buttons.addWidget(self.not_now)
        buttons.addWidget(self.use)
        lay.addLayout(buttons)
        self.not_now.clicked.connect(self.reject)
        self.use.clicked.connect(self.accept)
        select_country(self.country, safety.chosen_country(prefs))

    def accept(self) -> None:
        safety.choose_country(self.prefs, str(self.country.currentData() or ""))
        super().accept()

    def done(self, result: int) -> None:
        """Closed either way: the journal's window is active again, focus where it was."""
        super().done(result)
        window = self.parentWidget()
        if window is not None:
            window.activateWindow()


def ask_country(window: QWidget, prefs: Preferences) -> CountryQuestion:
    """Show the question over ``window`` (not modal) and return it."""
    dialog = CountryQuestion(prefs, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.country.setFocus()
    return dialog
