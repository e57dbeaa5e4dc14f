"""Settings section for check-ins: extra items matched to what the patient is treated
for, items of their own, and an optional daily reminder."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kapjournal.i18n import arg, error_text, tr
from kapjournal.measures import checkins
from kapjournal.measures.checkins import CheckinInvalid
from kapjournal.prefs import CHECKINS_CUSTOM_ITEMS, CHECKINS_EXTRAS, journal_value, set_journal_value
from kapjournal.storage.db import Database
from kapjournal.storage.errors import QT_TR_NOOP, StorageError
from kapjournal.ui.common import fit
from kapjournal.ui.common.formatting import time_format
from kapjournal.ui.common.keys import whole_stop
from kapjournal.ui.common.widgets import announce, button, label

logger = logging.getLogger(__name__)

CTX = "checkins"


class CheckinSettings(QGroupBox):
    """``changed`` after any change (the check-in form and reminders reload)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Check-ins"), parent)
        self.db: Database | None = None
        self.cat = checkins.shipped_checkin_items()
        self._loading = False
        lay = QVBoxLayout(self)
        lay.addWidget(
            label(
                tr(
                    "Extra items for your check-in, if they fit what you are treated for. "
                    "They appear on the chart like the rest."
                ),
                "muted",
            )
        )
        self.extra_checks: dict[str, QCheckBox] = {}
        for item in self.cat.extras.values():
            group = self.cat.groups.get(item.group, "")
            text = f"{item.label} ({group})" if group else item.label
            box = QCheckBox(text)
            box.setAccessibleName(text)
            box.toggled.connect(self._save_extras)
            self.extra_checks[item.id] = box
            lay.addWidget(box)

        self._add_custom_items(lay)

        lay.addWidget(label(tr("Daily reminder"), "heading"))
        rem = QHBoxLayout()
        self.reminder_on = QCheckBox(tr("Remind me to check in every day at"))
        self.reminder_on.setAccessibleName(tr("Daily check-in reminder"))
        self.reminder_time = whole_stop(QTimeEdit())  # one Tab stop
        self.reminder_time.setDisplayFormat(time_format())
        self.reminder_time.setTime(QTime(20, 0))
        self.reminder_time.setAccessibleName(tr("Reminder time"))
        inner = self.reminder_time.findChild(QLineEdit)
        if inner is not None:
            inner.setAccessibleName(tr("Reminder time"))
        rem.addWidget(self.reminder_on)
        rem.addWidget(self.reminder_time)
        rem.addStretch(1)
        lay.addLayout(rem)
        lay.addWidget(
            label(
                tr("The reminder says only “A reminder from KAP Journal”, never what it is about."), "muted"
            )
        )

        self.add_custom.clicked.connect(self._add_custom)
        self.custom_name.returnPressed.connect(self._add_custom)
        self.remove_custom.clicked.connect(self._remove_custom)
        self.reminder_on.toggled.connect(self._save_reminder)
        self.reminder_time.timeChanged.connect(self._save_reminder)

    def _add_custom_items(self, lay: QVBoxLayout) -> None:
        """The patient's own items: their list, a name and range to add one, Remove."""
        lay.addWidget(label(tr("Items of your own"), "heading"))
        self.custom_list = QListWidget()
        self.custom_list.setTabKeyNavigation(False)  # one Tab stop, arrows inside
        self.custom_list.setAccessibleName(tr("Your own check-in items"))
        self.custom_list.setMaximumHeight(110)
        lay.addWidget(self.custom_list)
        row = fit.FlowLayout()  # wraps at 1.5× text
        self.custom_name = QLineEdit()
        self.custom_name.setAccessibleName(tr("Name of a new item"))
        self.custom_name.setPlaceholderText(tr("e.g. Time outdoors"))
        fit.shows_hint(self.custom_name)
        self.custom_name.setMaxLength(checkins.MAX_CUSTOM_LABEL_CHARS)
        self.custom_min = QSpinBox()
        self.custom_min.setRange(0, 100000)
        self.custom_min.setAccessibleName(tr("Lowest value"))
        self.custom_max = QSpinBox()
        self.custom_max.setRange(1, 100000)
        self.custom_max.setValue(10)
        self.custom_max.setAccessibleName(tr("Highest value"))
        self.add_custom = button(tr("Add item"))
        self.remove_custom = button(tr("Remove selected"))
        row.addWidget(self.custom_name, 1)
        row.add_captioned(label(tr("from")), self.custom_min)  # "from" never ends a line
        row.add_captioned(label(tr("to")), self.custom_max)
        row.addWidget(self.add_custom)
        lay.addLayout(row)
        row2 = QHBoxLayout()
        self.message = label("", "muted", about=tr("Check-in settings message"))
        row2.addWidget(self.message, 1)
        row2.addWidget(self.remove_custom)
        lay.addLayout(row2)

    # -- loading ------------------------------------------------------------------------
    def load(self, db: Database) -> None:
        self.db = db
        self._loading = True
        enabled = journal_value(db, CHECKINS_EXTRAS)
        enabled = enabled if isinstance(enabled, list) else []
        for item_id, box in self.extra_checks.items():
            box.setChecked(item_id in enabled)
        self._fill_custom(enabled)
        at = checkins.reminder_time(db)
        self.reminder_on.setChecked(at is not None)
        if at is not None:
            self.reminder_time.setTime(QTime(at[0], at[1]))
        self.reminder_time.setEnabled(at is not None)
        self._loading = False
        self.message.clear()

    def _fill_custom(self, enabled: list[Any]) -> None:
        self.custom_list.clear()
        assert self.db is not None
        for item in checkins.custom_items_from_pref(
            journal_value(self.db, CHECKINS_CUSTOM_ITEMS)
        ):
            it = QListWidgetItem(f"{item.label} ({int(item.min)}–{int(item.max)})")
            it.setData(256, item.id)
            self.custom_list.addItem(it)

    def clear(self) -> None:
        self.db = None
        self._loading = True
        for box in self.extra_checks.values():
            box.setChecked(False)
        self.custom_list.clear()
        self.custom_name.clear()
        self.reminder_on.setChecked(False)
        self._loading = False
        self.message.clear()

    # -- saving -------------------------------------------------------------------------
    def _enabled_ids(self) -> list[str]:
        assert self.db is not None
        current = journal_value(self.db, CHECKINS_EXTRAS)
        return [i for i in current if isinstance(i, str)] if isinstance(current, list) else []

    def _set_enabled(self, ids: list[str]) -> None:
        assert self.db is not None
        set_journal_value(self.db, CHECKINS_EXTRAS, ids)

    def _save_extras(self) -> None:
        if self._loading or self.db is None or self.db.closed:
            return
        ids = self._enabled_ids()
        for item_id, box in self.extra_checks.items():
            if box.isChecked() and item_id not in ids:
                ids.append(item_id)
            elif not box.isChecked() and item_id in ids:
                ids.remove(item_id)
        try:
            self._set_enabled(ids)
        except StorageError as exc:
            announce(self.message, arg(tr("Not saved: %1"), error_text(exc)))
            return
        self.changed.emit()

    def _add_custom(self) -> None:
        if self.db is None or self.db.closed:
            return
        try:
            entry = checkins.new_custom_item(
                self.custom_name.text(), self.custom_min.value(), self.custom_max.value()
            )
            items = journal_value(self.db, CHECKINS_CUSTOM_ITEMS)
            items = items if isinstance(items, list) else []
            if len(items) >= checkins.MAX_CUSTOM_ITEMS:
                raise CheckinInvalid(QT_TR_NOOP("Up to %1 items of your own."), checkins.MAX_CUSTOM_ITEMS)
            set_journal_value(self.db, CHECKINS_CUSTOM_ITEMS, [*items, entry])
            self._set_enabled([*self._enabled_ids(), entry["id"]])
        except CheckinInvalid as exc:
            announce(self.message, error_text(exc))
            return
        except StorageError as exc:
            announce(self.message, arg(tr("Not saved: %1"), error_text(exc)))
            return
        self.custom_name.clear()
        announce(self.message, tr("Added. It is on your check-in now."))
        self._fill_custom(self._enabled_ids())
        self.changed.emit()

    def _remove_custom(self) -> None:
        it = self.custom_list.currentItem()
        if it is None or self.db is None or self.db.closed:
            return
        item_id = it.data(256)
        items = journal_value(self.db, CHECKINS_CUSTOM_ITEMS)
        items = (
            [e for e in items if not (isinstance(e, dict) and e.get("id") == item_id)]
            if isinstance(items, list)
            else []
        )
        try:
            set_journal_value(self.db, CHECKINS_CUSTOM_ITEMS, items)
            self._set_enabled([i for i in self._enabled_ids() if i != item_id])
        except StorageError as exc:
            announce(self.message, arg(tr("Not saved: %1"), error_text(exc)))
            return
        announce(self.message, tr("Removed from the check-in. Earlier values are kept."))
        self._fill_custom(self._enabled_ids())
        self.changed.emit()

    def _save_reminder(self) -> None:
        self.reminder_time.setEnabled(self.reminder_on.isChecked())
        if self._loading or self.db is None or self.db.closed:
            return
        t = self.reminder_time.time()
        try:
            checkins.set_reminder_time(
                self.db, (t.hour(), t.minute()) if self.reminder_on.isChecked() else None
            )
        except (StorageError, CheckinInvalid) as exc:
            announce(self.message, arg(tr("Not saved: %1"), error_text(exc)))
            return
        self.changed.emit()
