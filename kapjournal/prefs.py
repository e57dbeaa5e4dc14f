"""All preferences, declared in one table.

``DEVICE`` preferences are readable before unlock and live in a QSettings INI file in
the data folder; they must never say anything about the patient's health or words.
``JOURNAL`` preferences live inside the encrypted journal (the ``setting`` table).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from typing import Any

from kapjournal.paths import Paths
from kapjournal.storage import repo
from kapjournal.storage.db import Database

logger = logging.getLogger(__name__)

SETTINGS_VERSION = 1


class Scope(Enum):
    DEVICE = "device"
    JOURNAL = "journal"


@dataclass(frozen=True)
class Pref:
    key: str
    type: type
    default: Any
    scope: Scope


DEVICE, JOURNAL = Scope.DEVICE, Scope.JOURNAL

PREFS: dict[str, Pref] = {
    p.key: p
    for p in (
        # Locking
        Pref("lock/idle_enabled", bool, True, DEVICE),
        Pref("lock/idle_minutes", int, 5, DEVICE),
        Pref("lock/on_screen_lock", bool, True, DEVICE),
        # Unlock
        Pref("unlock/remembered", bool, False, DEVICE),  # a keychain entry exists
        Pref("unlock/failures", int, 0, DEVICE),  # consecutive wrong passphrases
        Pref("unlock/not_before", float, 0.0, DEVICE),  # wall-clock time of the next allowed try
        # Look
        Pref("ui/theme", str, "system", DEVICE),  # system | light | dark
        Pref("ui/geometry", bytes, b"", DEVICE),
        # Safety: readable before unlock so crisis lines show on the unlock page too.
        Pref("safety/country", str, "", DEVICE),
        # Inside the journal
        Pref("profile/name", str, "", JOURNAL),
        Pref("reminders/enabled", bool, True, JOURNAL),
        Pref("reminders/evening_hour", int, 19, JOURNAL),  # the evening before a session
        Pref("reminders/morning_hour", int, 8, JOURNAL),  # the morning of a session
        Pref("share/defaults", dict, {}, JOURNAL),
        Pref("safety/plan", list, [], JOURNAL),
        Pref("prompts/imported", dict, {}, JOURNAL),
        Pref("prompts/chosen", dict, {}, JOURNAL),  # {pack kind: pack id} picked in Settings
        Pref("checkins/reminder", str, "", JOURNAL),  # "HH:MM" daily check-in reminder, "" = off
        Pref("questionnaires/one_at_a_time", bool, False, JOURNAL),
        Pref("summary/export_acknowledged", bool, False, JOURNAL),  # told once: exports are not encrypted
        Pref("integration/schedule", list, [1, 3, "before_next"], JOURNAL),
        Pref("checkins/extras", list, [], JOURNAL),  # ids of switched-on extra items, in order
        # [{"id": "custom_<hex>", "label": str, "min": num, "max": num, "unit": str, "integer": bool}]
        Pref("checkins/custom_items", list, [], JOURNAL),
    )
}

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240


def _coerce(pref: Pref, value: Any) -> Any:
    if value is None:
        return pref.default
    try:
        if pref.type is bool:
            if isinstance(value, str):
                return value.lower() in ("1", "true", "yes")
            return bool(value)
        if pref.type is int:
            return int(value)
        if pref.type is bytes:
            return bytes(value)
        if pref.type in (dict, list):
            return value if isinstance(value, pref.type) else pref.default
        return pref.type(value)
    except (TypeError, ValueError):
        return pref.default


class Preferences:
    """Typed access to both scopes. The journal scope needs an open database."""

    def __init__(self, paths: Paths) -> None:
        self._paths = paths
        self._qs: Any = None
        self.db: Database | None = None

    def _settings(self) -> Any:
        if self._qs is None:
            from PySide6.QtCore import QSettings

            self._paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            self._qs = QSettings(str(self._paths.prefs_file), QSettings.Format.IniFormat)
            if self._qs.value("meta/version") is None:
                self._qs.setValue("meta/version", SETTINGS_VERSION)
        return self._qs

    def get(self, key: str) -> Any:
        pref = PREFS[key]
        if pref.scope is DEVICE:
            return _coerce(pref, self._settings().value(key))
        if self.db is None or self.db.closed:
            return pref.default
        return _coerce(pref, repo.get_setting(self.db, key, pref.default))

    def set(self, key: str, value: Any) -> None:
        pref = PREFS[key]
        value = _coerce(pref, value)
        if pref.scope is DEVICE:
            qs = self._settings()
            qs.setValue(key, value)
            qs.sync()
            return
        if self.db is None or self.db.closed:
            raise RuntimeError("journal preferences need an unlocked journal")
        repo.set_setting(self.db, key, value)

    def idle_minutes(self) -> int:
        minutes = int(self.get("lock/idle_minutes"))
        return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, minutes))
