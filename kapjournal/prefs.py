"""Every setting, declared once in one table (docs/ARCHITECTURE.md, "Settings"; in the
style of KeePassXC's ``Config.cpp``).

Each :class:`Pref` names its key, type, default and where it lives:

* ``DEVICE`` settings are readable before unlock and live in a QSettings INI file in the
  data folder; they must never say anything about the patient's health or words.
* ``JOURNAL`` settings live inside the encrypted journal (the ``setting`` table).

Settings are typed descriptor objects (``PROFILE_NAME``, ``SAFETY_PLAN``, ...), not bare
key strings: a misspelt name fails at import and in mypy instead of reading a default
forever, ``journal_value(db, SAFETY_PLAN)`` is typed by the declaration (a ``list``
here), and a grep for the name finds every reader. Read and write journal settings only
through :func:`journal_value` / :func:`set_journal_value` (or :class:`Preferences`),
never with ``repo.get_setting`` directly (``tests/domain/test_settings_table.py``).
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar, cast

from kapjournal.paths import Paths
from kapjournal.storage.db import Database

logger = logging.getLogger(__name__)

SETTINGS_VERSION = 1

T = TypeVar("T")


class Scope(Enum):
    DEVICE = "device"
    JOURNAL = "journal"


DEVICE, JOURNAL = Scope.DEVICE, Scope.JOURNAL


@dataclass(frozen=True)
class Pref(Generic[T]):
    """One declared setting. ``low``/``high`` bound a whole-number setting."""

    key: str
    type: type[T]
    default: T
    scope: Scope
    low: int | None = None
    high: int | None = None

    def __post_init__(self) -> None:
        if not _is_type(self.default, self.type):
            raise TypeError(f"the default of {self.key} is not a {self.type.__name__}")

    def accepts(self, value: Any) -> bool:
        """Whether ``value`` is of the declared type (and inside the range, if any)."""
        if not _is_type(value, self.type):
            return False
        too_low = self.low is not None and value < self.low
        too_high = self.high is not None and value > self.high
        return not (self.type is int and (too_low or too_high))


def _is_type(value: Any, kind: type) -> bool:
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


# -- the table --------------------------------------------------------------------------
# Locking
LOCK_IDLE_ENABLED = Pref("lock/idle_enabled", bool, True, DEVICE)
LOCK_IDLE_MINUTES = Pref("lock/idle_minutes", int, 5, DEVICE)
LOCK_ON_SCREEN_LOCK = Pref("lock/on_screen_lock", bool, True, DEVICE)
# Unlock
UNLOCK_REMEMBERED = Pref("unlock/remembered", bool, False, DEVICE)  # a keychain entry exists
UNLOCK_FAILURES = Pref("unlock/failures", int, 0, DEVICE)  # consecutive wrong passphrases
UNLOCK_NOT_BEFORE = Pref("unlock/not_before", float, 0.0, DEVICE)  # wall-clock time of the next try
# Look
UI_THEME = Pref("ui/theme", str, "system", DEVICE)  # system | light | dark
UI_GEOMETRY = Pref("ui/geometry", bytes, b"", DEVICE)
UI_LANGUAGE = Pref("ui/language", str, "", DEVICE)  # "" = the system's | en | de (applies on restart)
# Safety: readable before unlock so crisis lines show on the unlock page too. An ISO 3166
# code; "" = never chosen (the system locale's guess is stored on first use), "ZZ" = other.
SAFETY_COUNTRY = Pref("safety/country", str, "", DEVICE)

# Inside the journal
PROFILE_NAME = Pref("profile/name", str, "", JOURNAL)
REMINDERS_ENABLED = Pref("reminders/enabled", bool, True, JOURNAL)
REMINDERS_EVENING_HOUR = Pref("reminders/evening_hour", int, 19, JOURNAL, 0, 23)  # the evening before
REMINDERS_MORNING_HOUR = Pref("reminders/morning_hour", int, 8, JOURNAL, 0, 23)  # the morning of a session
SHARE_DEFAULTS = Pref("share/defaults", dict, {}, JOURNAL)  # {entry kind: shared?} the patient changed
SAFETY_PLAN = Pref("safety/plan", list, [], JOURNAL)  # the patient's own coping steps
# {"format": 1, "parts": {part id: [text]}, "saved_at": ISO}: the safety plan (measures.safety_plan)
SAFETY_PLAN_PARTS = Pref("safety/plan_parts", dict, {}, JOURNAL)
SAFETY_PLAN_SHARED = Pref("safety/plan_shared", bool, False, JOURNAL)  # in the summary when on
SAFETY_PLAN_OFFER_CLOSED = Pref("safety/plan_offer_closed", bool, False, JOURNAL)  # "Not now" on Today
# [{"at", "trigger", "record", "country", "lines", "emergency", "services", "care_team"}]:
# what each triggered safety screen showed (numbers and line names only; measures.safety)
SAFETY_SHOWN = Pref("safety/shown", list, [], JOURNAL)
PROMPTS_IMPORTED = Pref("prompts/imported", dict, {}, JOURNAL)  # {pack id: the pack's TOML text}
# {pack id: {language: the TOML text of the translation the pack came with}}
PROMPTS_TRANSLATIONS = Pref("prompts/translations", dict, {}, JOURNAL)
PROMPTS_CHOSEN = Pref("prompts/chosen", dict, {}, JOURNAL)  # {pack kind: pack id} picked in Settings
CHECKINS_REMINDER = Pref("checkins/reminder", str, "", JOURNAL)  # "HH:MM" daily reminder, "" = off
QUESTIONNAIRES_ONE_AT_A_TIME = Pref("questionnaires/one_at_a_time", bool, False, JOURNAL)
# ids of the optional questionnaires the patient switched on (PCL-5, AUDIT-C; measures.instruments)
QUESTIONNAIRES_EXTRA = Pref("questionnaires/extra", list, [], JOURNAL)
SUMMARY_EXPORT_ACKNOWLEDGED = Pref(
    "summary/export_acknowledged", bool, False, JOURNAL
)  # exports not encrypted
INTEGRATION_SCHEDULE = Pref("integration/schedule", list, [1, 3, "before_next"], JOURNAL)
CHECKINS_EXTRAS = Pref("checkins/extras", list, [], JOURNAL)  # ids of switched-on extra items, in order
# [{"id": "custom_<hex>", "label": str, "min": num, "max": num, "unit": str, "integer": bool}]
CHECKINS_CUSTOM_ITEMS = Pref("checkins/custom_items", list, [], JOURNAL)
SAMPLE_JOURNAL = Pref("sample/journal", bool, False, JOURNAL)  # set in the invented sample journal only


def _table(*prefs: Pref[Any]) -> dict[str, Pref[Any]]:
    table: dict[str, Pref[Any]] = {}
    for pref in prefs:
        if pref.key in table:
            raise ValueError(f"setting {pref.key} is declared twice")
        table[pref.key] = pref
    return table


PREFS: dict[str, Pref[Any]] = _table(
    LOCK_IDLE_ENABLED,
    LOCK_IDLE_MINUTES,
    LOCK_ON_SCREEN_LOCK,
    UNLOCK_REMEMBERED,
    UNLOCK_FAILURES,
    UNLOCK_NOT_BEFORE,
    UI_THEME,
    UI_GEOMETRY,
    UI_LANGUAGE,
    SAFETY_COUNTRY,
    PROFILE_NAME,
    REMINDERS_ENABLED,
    REMINDERS_EVENING_HOUR,
    REMINDERS_MORNING_HOUR,
    SHARE_DEFAULTS,
    SAFETY_PLAN,
    SAFETY_PLAN_PARTS,
    SAFETY_PLAN_SHARED,
    SAFETY_PLAN_OFFER_CLOSED,
    SAFETY_SHOWN,
    PROMPTS_IMPORTED,
    PROMPTS_TRANSLATIONS,
    PROMPTS_CHOSEN,
    CHECKINS_REMINDER,
    QUESTIONNAIRES_ONE_AT_A_TIME,
    QUESTIONNAIRES_EXTRA,
    SUMMARY_EXPORT_ACKNOWLEDGED,
    INTEGRATION_SCHEDULE,
    CHECKINS_EXTRAS,
    CHECKINS_CUSTOM_ITEMS,
    SAMPLE_JOURNAL,
)

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240


# -- journal settings -------------------------------------------------------------------
def _journal(pref: Pref[T]) -> Pref[T]:
    if pref.scope is not JOURNAL or PREFS.get(pref.key) is not pref:
        raise ValueError(f"{pref.key} is not a declared journal setting")
    return pref


def journal_value(db: Database, pref: Pref[T]) -> T:
    """The stored value of a journal setting, or (a copy of) its default when it was never
    set or holds something of another type. True/false settings read any stored value
    as true or false."""
    from kapjournal.storage import repo  # the records layer: not needed at the unlock screen

    _journal(pref)
    value = repo.get_setting(db, pref.key)
    if value is not None and pref.type is bool:
        value = bool(value)
    if value is None or not _is_type(value, pref.type):
        return copy.deepcopy(pref.default)
    return cast(T, float(value) if pref.type is float else value)


def has_journal_value(db: Database, pref: Pref[Any]) -> bool:
    """Whether the journal holds a value for this setting (an import keeps what is there)."""
    from kapjournal.storage import repo

    return repo.get_setting(db, _journal(pref).key) is not None


def set_journal_value(db: Database, pref: Pref[T], value: T) -> None:
    """Store a journal setting; refuses a value of another type or outside its range
    (a programming mistake: callers validate what the patient typed first)."""
    _journal(pref)
    if not pref.accepts(value):
        raise ValueError(f"{pref.key} does not take this value")
    from kapjournal.storage import repo

    repo.set_setting(db, pref.key, value)


# -- both scopes by key (device settings, and the journal's through the same object) ----
def _coerce(pref: Pref[Any], value: Any) -> Any:
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


#: A value as QSettings writes a plain number, word or ``true``/``false`` to its INI
#: file; anything else (quoted, escaped, a list, ``@Variant``/``@ByteArray``) is read by
#: QSettings itself.
_PLAIN_VALUE = re.compile(r"[A-Za-z0-9_.+:-]*")
_INI_LINE = re.compile(r"\s*(?:\[([A-Za-z0-9_]+)\]|([A-Za-z0-9_]+)\s*=\s*(.*?))\s*")
_NOT_PLAIN = object()


def read_plain_ini(text: str) -> dict[str, str | object] | None:
    """``{"group/key": value}`` of a QSettings INI file, for the plain values only: what
    QSettings itself returns for them when it reads the file (a string). A value it
    would decode (quoted, escaped, a list, ``@Variant``) or a key given twice maps to
    ``_NOT_PLAIN`` (ask QSettings); a file with any line outside this simple form
    (a continued line, an encoded key, a mark at its start) is ``None`` (QSettings
    reads it all)."""
    values: dict[str, str | object] = {}
    group = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped[0] in ";#":
            continue
        m = _INI_LINE.fullmatch(line)
        if m is None:
            return None
        if m.group(1) is not None:
            group = "" if m.group(1) == "General" else m.group(1)
            continue
        key = f"{group}/{m.group(2)}" if group else m.group(2)
        value = m.group(3)
        values[key] = value if key not in values and _PLAIN_VALUE.fullmatch(value) else _NOT_PLAIN
    return values


class Preferences:
    """Typed access to both scopes by key. The journal scope needs an open database.

    Device settings are read without Qt while nothing was written through this object
    (the command line unlocks without loading QtCore, ~55 ms): plain values straight
    from the INI file, anything QSettings would decode by QSettings. Writing goes
    through QSettings, which reads the file afresh, and so does every read after."""

    def __init__(self, paths: Paths) -> None:
        self._paths = paths
        self._qs: Any = None
        self._plain: tuple[tuple[int, int], dict[str, str | object] | None] | None = None
        self.db: Database | None = None

    def _plain_value(self, key: str) -> str | object | None:
        """The plain value of ``key`` in the INI file, ``None`` when absent (QSettings
        returns ``None`` then too), ``_NOT_PLAIN`` when QSettings must read it."""
        path = self._paths.prefs_file
        try:
            stat = path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
            if self._plain is None or self._plain[0] != stamp:
                self._plain = (stamp, read_plain_ini(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError):
            return _NOT_PLAIN
        plain = self._plain[1]
        return _NOT_PLAIN if plain is None else plain.get(key)

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
            if self._qs is None:
                value = self._plain_value(key)
                if value is not _NOT_PLAIN:
                    return _coerce(pref, value)
            return _coerce(pref, self._settings().value(key))
        if self.db is None or self.db.closed:
            return pref.default
        from kapjournal.storage import repo

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
        set_journal_value(self.db, pref, value)

    def idle_minutes(self) -> int:
        minutes = int(self.get("lock/idle_minutes"))
        return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, minutes))
