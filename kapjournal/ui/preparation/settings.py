"""Settings → Reminders: the switch and the hours for session reminders (journal
preferences ``reminders/*``), with what they say and do not say."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QSpinBox, QVBoxLayout, QWidget

from kapjournal.i18n import tr
from kapjournal.prefs import REMINDERS_ENABLED, Preferences
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.ui.common.widgets import label

logger = logging.getLogger(__name__)

PREF = REMINDERS_ENABLED.key  # the lead drops this alias when feature.py reads the table


class ReminderBox(QGroupBox):
    """A Settings section (``load(db)`` / ``clear()``); ``toggled_on(bool)`` on change."""

    toggled_on = Signal(bool)

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(tr("Reminders"), parent)
        self.prefs = prefs
        self._loading = False
        lay = QVBoxLayout(self)
        self.enabled = QCheckBox(tr("Remind me before each session"))
        lay.addWidget(self.enabled)
        times = QFormLayout()
        self.evening = self._hour_box(tr("Evening reminder hour"), 12, 23)
        self.morning = self._hour_box(tr("Morning reminder hour"), 4, 12)
        times.addRow(tr("The evening before, at"), self.evening)
        times.addRow(tr("The morning of the session, at"), self.morning)
        lay.addLayout(times)
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
        self.evening.valueChanged.connect(self._times_changed)
        self.morning.valueChanged.connect(self._times_changed)

    @staticmethod
    def _hour_box(name: str, low: int, high: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setSuffix(":00")
        box.setAccessibleName(name)
        box.setEnabled(False)
        return box

    def load(self, db: Database) -> None:
        self._loading = True
        self.enabled.setChecked(bool(self.prefs.get(PREF)))
        self.evening.setValue(int(self.prefs.get("reminders/evening_hour")))
        self.morning.setValue(int(self.prefs.get("reminders/morning_hour")))
        for w in (self.enabled, self.evening, self.morning):
            w.setEnabled(True)
        self._loading = False

    def clear(self) -> None:
        for w in (self.enabled, self.evening, self.morning):
            w.setEnabled(False)

    def _times_changed(self) -> None:
        if self._loading:
            return
        try:
            self.prefs.set("reminders/evening_hour", self.evening.value())
            self.prefs.set("reminders/morning_hour", self.morning.value())
        except (StorageError, RuntimeError) as exc:
            logger.info("reminder times not saved: %s", type(exc).__name__)
            return
        self.toggled_on.emit(self.enabled.isChecked())

    def _toggled(self, on: bool) -> None:
        if self._loading:
            return
        try:
            self.prefs.set(PREF, on)
        except (StorageError, RuntimeError) as exc:
            logger.info("reminder setting not saved: %s", type(exc).__name__)
            return
        self.toggled_on.emit(on)
