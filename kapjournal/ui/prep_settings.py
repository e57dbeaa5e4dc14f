"""Settings → Reminders: the switch for session reminders (journal preference
``reminders/enabled``), with what they say and do not say."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from kapjournal.prefs import Preferences
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.ui.widgets import label, tr

logger = logging.getLogger(__name__)

PREF = "reminders/enabled"


class ReminderBox(QGroupBox):
    """A Settings section (``load(db)`` / ``clear()``); ``toggled_on(bool)`` on change."""

    toggled_on = Signal(bool)

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(tr("Reminders"), parent)
        self.prefs = prefs
        self._loading = False
        lay = QVBoxLayout(self)
        self.enabled = QCheckBox(tr("Remind me the evening before and the morning of a session"))
        self.enabled.setAccessibleName(tr("Session reminders"))
        lay.addWidget(self.enabled)
        lay.addWidget(
            label(
                tr(
                    "A reminder only says “A reminder from KAP Journal”, never what it is about. "
                    "It appears while the app is running, even when the journal is locked. For "
                    "reminders when the app is closed, export your sessions to your own calendar "
                    "from the Sessions page."
                ),
                "muted",
            )
        )
        self.enabled.setEnabled(False)
        self.enabled.toggled.connect(self._toggled)

    def load(self, db: Database) -> None:
        self._loading = True
        self.enabled.setChecked(bool(self.prefs.get(PREF)))
        self.enabled.setEnabled(True)
        self._loading = False

    def clear(self) -> None:
        self.enabled.setEnabled(False)

    def _toggled(self, on: bool) -> None:
        if self._loading:
            return
        try:
            self.prefs.set(PREF, on)
        except (StorageError, RuntimeError) as exc:
            logger.info("reminder setting not saved: %s", type(exc).__name__)
            return
        self.toggled_on.emit(on)
