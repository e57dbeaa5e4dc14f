"""Full, lossless JSON export and import (the patient's data portability).

Format (documented in README, "Your data")::

    {"format": "kapjournal-export", "format_version": 1, "schema_version": N,
     "app_version": "...", "exported_at": "...Z",
     "tables": {"course": [...], "session": [...], ..., "setting": [...]}}

Rows carry their ``uid``; foreign keys are written as ``<table>_uid`` (e.g.
``session_uid``) so a file imports into any journal. Entries carry their ``tags``.
Importing the same file twice adds nothing: rows are matched by ``uid`` and the newer
``updated_at`` wins.

Imports are strict (SECURITY.md, check 38). The whole document is checked before the
first write and the writes happen in one transaction, so a refused file changes
nothing. A refusal is one line naming the table and the row (counted from 1, in the
file's order) and what is wrong with it; it names the column, never a value from the
file::

    The file cannot be imported: table 'entry', row 12: 'uid' must be 32 hexadecimal
    characters (0-9 and a-f).

What is checked:

* nesting at most :data:`MAX_DEPTH` levels, by an iterative scan of the bytes before
  the JSON parser (which recurses) runs;
* whole numbers within SQLite's signed 64-bit range, judged by their digit count
  before any conversion, and within each column's range (:data:`INT_RANGES`); every
  number finite (no ``NaN`` or ``Infinity``);
* ``uid`` and every ``*_uid`` exactly 32 lower-case hexadecimal characters, each
  ``uid`` once per table;
* every column of the type its record declares (:mod:`kapjournal.storage.models`),
  no unknown tables or fields, text valid Unicode and within ``repo.MAX_TEXT_CHARS``;
* references to a row in the file or in the journal;
* settings only from the journal's declared keys (:mod:`kapjournal.prefs`), each with
  its declared type, and imported prompt packs passing exactly the checks Settings
  makes (:func:`kapjournal.prompts.check_import`).
"""

from __future__ import annotations

import json
import logging
import math
import re
import types
import typing
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kapjournal import __version__, prompts
from kapjournal.prefs import JOURNAL, PREFS, PROMPTS_IMPORTED, has_journal_value
from kapjournal.storage import queries, repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import QT_TR_NOOP, InvalidData
from kapjournal.storage.models import (
    COMMITMENT_STATUSES,
    ENTRY_KINDS,
    FOREIGN_KEYS,
    RECORD_TYPES,
    SESSION_KINDS,
    SESSION_SETTINGS,
    SESSION_STATUSES,
    ChecklistTick,
    Draft,
    Entry,
    Questionnaire,
    Record,
    utc_now,
)

logger = logging.getLogger(__name__)

FORMAT = "kapjournal-export"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 2 * 1024 * 1024 * 1024

#: Deepest nesting a file may have. An export uses 4 levels (document, ``tables``, a
#: table, a row) and its deepest values a few more; 64 leaves room and stays far below
#: the parser's recursion limit.
MAX_DEPTH = 64
_DOC_LEVELS = 4
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
_MAX_INT_CHARS = len(str(INT64_MIN))  # 20: a longer digit string cannot fit

UID_PATTERN = re.compile(r"[0-9a-f]{32}")
_INSTANT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")  # from a "\\ud800" escape: not storable text

_TZ = (-24 * 60, 24 * 60)  # a day either way holds every real UTC offset
#: Range of every whole-number column: the schema's CHECKs, else a sensible bound.
INT_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("session", "tz_offset_min"): _TZ,
    ("session", "duration_min"): (0, 1440),
    ("checklist_item", "position"): (0, 1_000_000),
    ("entry", "tz_offset_min"): _TZ,
    ("checkin", "mood"): (0, 10),
    ("checkin", "anxiety"): (0, 10),
    ("checkin", "energy"): (0, 10),
    ("checkin", "sleep"): (0, 10),
    ("checkin", "tz_offset_min"): _TZ,
    ("questionnaire", "total"): (0, 80),  # per instrument: total == sum(answers), each in range
    ("questionnaire", "difficulty"): (0, 3),
    ("questionnaire", "tz_offset_min"): _TZ,
    ("side_effect", "severity"): (1, 3),
    ("side_effect", "duration_min"): (0, 525_600),
    ("side_effect", "bp_systolic"): (40, 300),
    ("side_effect", "bp_diastolic"): (20, 200),
    ("side_effect", "tz_offset_min"): _TZ,
    ("practice", "minutes"): (0, 1440),
    ("practice", "tz_offset_min"): _TZ,
}
#: Text columns that take one of a few values (the schema's CHECKs).
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("session", "kind"): SESSION_KINDS,
    ("session", "setting"): SESSION_SETTINGS,
    ("session", "status"): SESSION_STATUSES,
    ("entry", "kind"): ENTRY_KINDS,
    ("checkin", "context"): ("daily", "baseline", "post_session"),
    ("questionnaire", "instrument"): tuple(repo.QUESTIONNAIRE_ITEMS),
    ("commitment", "status"): COMMITMENT_STATUSES,
}

SETTING_TABLE = "setting"
_SETTING_FIELDS = ("key", "value", "updated_at")

_TOO_DEEP = f"is nested too deeply (more than {MAX_DEPTH} levels in the file)."
_TOO_LONG = "is longer than two million characters."
_NOT_TEXT = "is not valid text (it holds a broken character)."


def _fk_name(column: str) -> str:
    return column[: -len("_id")] + "_uid"


# -- export ---------------------------------------------------------------------------
def export_all(db: Database) -> dict[str, Any]:
    uid_maps: dict[type[Record], dict[int, str]] = {}
    tables: dict[str, list[dict[str, Any]]] = {}
    for cls in RECORD_TYPES:
        records = queries.records_by_id(db, cls)
        uid_maps[cls] = {r.id: r.uid for r in records if r.id is not None}
        rows = []
        for rec in records:
            row: dict[str, Any] = {}
            for col in cls.columns():
                if col == "id":
                    continue
                value = repo.to_db(rec, col, getattr(rec, col))
                if col in cls.JSON_FIELDS and value is not None:
                    value = json.loads(value)
                if col in FOREIGN_KEYS:
                    target = FOREIGN_KEYS[col]
                    row[_fk_name(col)] = None if value is None else uid_maps[target].get(value)
                else:
                    row[col] = value
            if isinstance(rec, Entry):
                row["tags"] = list(rec.tags)
            rows.append(row)
        tables[cls.TABLE] = rows
    tables[SETTING_TABLE] = [
        {"key": k, "value": json.loads(v), "updated_at": u}
        for k, v, u in queries.setting_rows(db)
    ]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": db.user_version,
        "app_version": __version__,
        "exported_at": repo.iso_instant(utc_now()),
        "tables": tables,
    }


def dumps(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


# -- reading a file -------------------------------------------------------------------
class _BadNumber:
    """Stands in for a number the journal cannot take, so that the check meeting it can
    name table, row and column (the JSON parser knows none of them)."""

    __slots__ = ("holds", "is_")

    def __init__(self, is_: str, holds: str) -> None:
        self.is_ = is_  # said of a column that is the number
        self.holds = holds  # said of a column that holds it somewhere inside


_TOO_BIG = _BadNumber("is a number too large for this journal.", "holds a number too large for this journal.")
_NOT_FINITE = _BadNumber(
    "is not a finite number (NaN or Infinity).",
    "holds a value that is not a finite number (NaN or Infinity).",
)


def _parse_int(text: str) -> int | _BadNumber:
    if len(text) > _MAX_INT_CHARS:  # never hand int() thousands of digits
        return _TOO_BIG
    value = int(text)
    return value if INT64_MIN <= value <= INT64_MAX else _TOO_BIG


def _parse_float(text: str) -> float | _BadNumber:
    value = float(text)
    return value if math.isfinite(value) else _TOO_BIG  # 1e999 overflows to infinity


def _parse_constant(_text: str) -> _BadNumber:
    return _NOT_FINITE  # NaN, Infinity, -Infinity


def parse(data: bytes) -> dict[str, Any]:
    """Read an export file: JSON within the limits, the header, and every row.

    References to rows already in a journal can only be checked by :func:`import_all`.
    Raises :class:`InvalidData` with a one-line reason.
    """
    if len(data) > MAX_IMPORT_BYTES:
        raise InvalidData(QT_TR_NOOP("This file is too large to import."))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidData(QT_TR_NOOP("This file is not a KAP Journal export (not valid JSON).")) from None
    check_depth(data)
    try:
        doc = json.loads(text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant)
    except RecursionError:  # pragma: no cover - check_depth keeps the parser shallow
        raise _nested_too_deep() from None
    except ValueError:
        raise InvalidData(QT_TR_NOOP("This file is not a KAP Journal export (not valid JSON).")) from None
    _check_document(doc)
    return typing.cast(dict[str, Any], doc)


_STRUCTURE = re.compile(rb'[\[\]{},:"]')
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_QUOTE, _COLON, _BRACE = ord('"'), ord(":"), ord("{")
_OPENERS, _CLOSERS = frozenset(b"[{"), frozenset(b"]}")


@dataclass
class _Level:
    """One open object or list met by :func:`check_depth`."""

    is_object: bool
    key: tuple[int, int] | None = None  # objects: where the current key's text is
    index: int = 0  # lists: items before the current one


def check_depth(data: bytes) -> None:
    """Refuse JSON nested deeper than :data:`MAX_DEPTH`, without recursion, in one pass.

    Strings are skipped whole (brackets inside them do not count). An unterminated
    string ends the scan: the parser refuses the file there without going deeper, and
    retrying from every later quote would make the scan quadratic. Where the nesting
    is too deep inside a row, the refusal names its table, row and column.
    """
    levels: list[_Level] = []
    last_string = (0, 0)
    pos = 0
    while (found := _STRUCTURE.search(data, pos)) is not None:
        char, pos = data[found.start()], found.end()
        if char == _QUOTE:
            string = _STRING.match(data, found.start())
            if string is None:
                return
            last_string, pos = string.span(), string.end()
        elif char in _OPENERS:
            if len(levels) >= MAX_DEPTH:
                raise _too_deep(data, levels)
            levels.append(_Level(is_object=char == _BRACE))
        elif char in _CLOSERS:
            if levels:
                levels.pop()
        elif char == _COLON:
            if levels and levels[-1].is_object:
                levels[-1].key = last_string
        elif levels and not levels[-1].is_object:  # a comma between list items
            levels[-1].index += 1


def _too_deep(data: bytes, levels: list[_Level]) -> InvalidData:
    def key(level: _Level) -> str | None:
        if not level.is_object or level.key is None:
            return None
        try:
            value = json.loads(data[level.key[0] : level.key[1]])
        except ValueError:
            return None
        return value if isinstance(value, str) else None

    if len(levels) >= 3 and key(levels[0]) == "tables" and not levels[2].is_object:
        table = key(levels[1])
        if table is not None and table in _TABLE_NAMES:
            column = key(levels[3]) if len(levels) > 3 else None
            what = f"'{column}'" if column in _fields_of(table) else "a value"
            return _refusal(table, levels[2].index + 1, f"{what} {_TOO_DEEP}")
    return _nested_too_deep()


# -- checking a document --------------------------------------------------------------
def _nested_too_deep() -> InvalidData:
    return InvalidData(
        QT_TR_NOOP("The file cannot be imported: it is nested too deeply (more than %1 levels in the file)."),
        MAX_DEPTH,
    )


def _refusal(table: str, row: int, reason: str) -> InvalidData:
    return InvalidData(QT_TR_NOOP("The file cannot be imported: table '%1', row %2: %3"), table, row, reason)


@dataclass(frozen=True)
class _Column:
    """How one record field appears in a file and what it takes."""

    field: str  # the record's field
    key: str  # its name in the file: ``<table>_uid`` for a foreign key
    kind: str  # uid, ref, instant, date, bool, json, int, text
    nullable: bool
    hint: Any  # the declared type without ``None``


_COLUMNS: dict[str, tuple[_Column, ...]] = {}


def _columns(cls: type[Record]) -> tuple[_Column, ...]:
    """The file's fields for ``cls``, from the record's column declarations; uid first."""
    if cls.TABLE not in _COLUMNS:
        _COLUMNS[cls.TABLE] = _declared_columns(cls)
    return _COLUMNS[cls.TABLE]


def _declared_columns(cls: type[Record]) -> tuple[_Column, ...]:
    hints = typing.get_type_hints(cls)
    found: list[_Column] = []
    for name in cls.columns():
        if name == "id":
            continue
        hint = hints[name]
        nullable = False
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            parts = [a for a in typing.get_args(hint) if a is not type(None)]
            nullable, hint = len(parts) < len(typing.get_args(hint)), parts[0]
        if name == "uid":
            kind = "uid"
        elif name in FOREIGN_KEYS:
            kind = "ref"
        elif name in cls.INSTANT_FIELDS:
            kind = "instant"
        elif name in cls.DATE_FIELDS:
            kind = "date"
        elif name in cls.BOOL_FIELDS:
            kind = "bool"
        elif name in cls.JSON_FIELDS:
            kind = "json"
        elif hint is int:
            kind = "int"
        elif hint is str:
            kind = "text"
        else:  # pragma: no cover - a new column type needs an import rule here
            raise TypeError(f"no import rule for {cls.__name__}.{name}")
        key = _fk_name(name) if kind == "ref" else name
        found.append(_Column(name, key, kind, nullable, hint))
    found.sort(key=lambda c: c.kind != "uid")
    return tuple(found)


_TABLE_NAMES = frozenset({cls.TABLE for cls in RECORD_TYPES} | {SETTING_TABLE})


_FIELDS: dict[str, frozenset[str]] = {}


def _fields_of(table: str) -> frozenset[str]:
    """Every field a row of ``table`` may have in a file."""
    if table not in _FIELDS:
        if table == SETTING_TABLE:
            _FIELDS[table] = frozenset(_SETTING_FIELDS)
        else:
            cls = next(c for c in RECORD_TYPES if table == c.TABLE)
            extra = {"tags"} if cls is Entry else set()
            _FIELDS[table] = frozenset({c.key for c in _columns(cls)} | extra)
    return _FIELDS[table]


def setting_types() -> dict[str, type]:
    """The settings an import may carry and their types: the journal's declared
    settings (``prefs.PREFS``, scope JOURNAL)."""
    return {p.key: p.type for p in PREFS.values() if p.scope is JOURNAL}


@dataclass
class _Row:
    number: int  # in the file's table, from 1
    rec: Record
    refs: dict[str, str | None]  # foreign-key field -> uid of the row it names


@dataclass
class _Setting:
    number: int
    key: str
    value: Any
    updated_at: str


@dataclass
class _Plan:
    """A checked document: what to write, nothing written yet."""

    rows: dict[type[Record], list[_Row]] = field(default_factory=dict)
    settings: list[_Setting] = field(default_factory=list)


def _check_header(doc: Any) -> dict[str, Any]:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InvalidData(QT_TR_NOOP("This file is not a KAP Journal export."))
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidData(QT_TR_NOOP("This export does not say which format version it uses."))
    if version > FORMAT_VERSION:
        raise InvalidData(QT_TR_NOOP("This export was made by a newer version of KAP Journal."))
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise InvalidData(QT_TR_NOOP("This export has no data tables."))
    for name, rows in tables.items():
        if name not in _TABLE_NAMES:
            raise InvalidData(
                QT_TR_NOOP("The file cannot be imported: it holds a table this journal does not know.")
            )
        if rows is not None and not isinstance(rows, list):
            raise InvalidData(
                QT_TR_NOOP("The file cannot be imported: table '%1' is not a list of rows."), name
            )
    return tables


def _check_document(doc: Any) -> _Plan:
    """Check everything that needs no journal. Raises :class:`InvalidData`."""
    tables = _check_header(doc)
    plan = _Plan()
    for cls in RECORD_TYPES:
        plan.rows[cls] = _check_rows(cls, tables.get(cls.TABLE) or [])
    plan.settings = _check_settings(tables.get(SETTING_TABLE) or [])
    return plan


def _check_rows(cls: type[Record], rows: list[Any]) -> list[_Row]:
    checked: list[_Row] = []
    uids: dict[str, int] = {}
    ticks: dict[tuple[str | None, ...], int] = {}
    for number, raw in enumerate(rows, start=1):
        row = _check_row(cls, number, raw)
        first = uids.setdefault(row.rec.uid, number)
        if first != number:
            raise _refusal(cls.TABLE, number, f"'uid' repeats the uid of row {first}.")
        if cls is ChecklistTick:
            first = ticks.setdefault((row.refs["session_id"], row.refs["item_id"]), number)
            if first != number:
                raise _refusal(
                    cls.TABLE,
                    number,
                    f"'session_uid' and 'item_uid' repeat those of row {first} "
                    "(an item is ticked once per session).",
                )
        checked.append(row)
    return checked


def _check_row(cls: type[Record], number: int, raw: Any) -> _Row:
    def refuse(reason: str) -> InvalidData:
        return _refusal(cls.TABLE, number, reason)

    if not isinstance(raw, dict):
        raise refuse("the row is not a set of named fields.")
    if not _fields_of(cls.TABLE).issuperset(raw):
        raise refuse("the row has a field this journal does not know.")
    values: dict[str, Any] = {}
    refs: dict[str, str | None] = {}
    for col in _columns(cls):
        value = raw.get(col.key)
        if value is None:
            if not col.nullable:
                raise refuse(f"'{col.key}' is missing.")
            if col.kind == "ref":
                refs[col.field] = None
            else:
                values[col.field] = None
            continue
        problem = _value_problem(cls.TABLE, col, value)
        if problem:
            raise refuse(f"'{col.key}' {problem}")
        if col.kind == "ref":
            refs[col.field] = value
        else:
            values[col.field] = _converted(col, value)
    if cls is Questionnaire:
        count = repo.QUESTIONNAIRE_ITEMS[values["instrument"]]
        top = repo.QUESTIONNAIRE_MAX_ANSWER[values["instrument"]]
        answers: list[int] = values["answers"]
        if len(answers) != count or not all(0 <= a <= top for a in answers):
            raise refuse(f"'answers' must hold {count} answers, each from 0 to {top}.")
        if values["total"] != sum(answers):
            raise refuse("'total' does not match 'answers'.")
    rec = cls(**values)
    if isinstance(rec, Entry):
        tags = raw.get("tags")
        if tags is not None:
            problem = _json_problem(list[str], tags)
            if problem:
                raise refuse(f"'tags' {problem}")
            rec.tags = list(tags)
    return _Row(number, rec, refs)


def _is_flag(value: Any) -> bool:
    """A stored yes/no: JSON true/false, or 0/1 as exports write them."""
    return isinstance(value, bool) or (isinstance(value, int) and value in (0, 1))


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _text_problem(value: str) -> str | None:
    if len(value) > repo.MAX_TEXT_CHARS:
        return _TOO_LONG
    if not value.isascii() and _SURROGATE.search(value):
        return _NOT_TEXT
    return None


def _value_problem(table: str, col: _Column, value: Any) -> str | None:
    """Why ``value`` does not fit ``col`` (a phrase after the column's name), or None."""
    if isinstance(value, _BadNumber):
        return value.is_
    kind = col.kind
    if kind in ("uid", "ref"):
        if isinstance(value, str) and UID_PATTERN.fullmatch(value):
            return None
        return "must be 32 hexadecimal characters (0-9 and a-f)."
    if kind == "text":
        if not isinstance(value, str):
            return "must be text."
        choices = CHOICES.get((table, col.field))
        if choices and value not in choices:
            return f"must be one of: {', '.join(choices)}."
        return _text_problem(value)
    if kind == "int":
        low, high = INT_RANGES.get((table, col.field), (INT64_MIN, INT64_MAX))
        if _is_number(value) and isinstance(value, int) and low <= value <= high:
            return None
        return f"must be a whole number from {low} to {high}."
    if kind == "bool":
        return None if _is_flag(value) else "must be true or false."
    if kind == "instant":
        if isinstance(value, str) and _INSTANT.fullmatch(value):
            try:
                repo.parse_instant(value)
            except ValueError:
                pass
            else:
                return None
        return "must be a time in UTC such as 2026-01-31T18:05:00Z."
    if kind == "date":
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                date.fromisoformat(value)
            except ValueError:
                pass
            else:
                return None
        return "must be a date such as 2026-01-31."
    return _json_problem(col.hint, value)


def _json_problem(hint: Any, value: Any) -> str | None:
    """Why a JSON column's ``value`` does not fit its declared type ``hint``, or None."""
    problem = _walk_problem(value)
    if problem:
        return problem
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is dict:
        if not isinstance(value, dict):
            return "must be a set of named values."
        if args[1] is float and not all(_is_number(v) for v in value.values()):
            return "must give a number for each name."
    elif origin is list:
        if args[0] is str and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            return "must be a list of texts."
        if args[0] is int and not (
            isinstance(value, list) and all(_is_number(v) and isinstance(v, int) for v in value)
        ):
            return "must be a list of whole numbers."
        if not isinstance(value, list):
            return "must be a list."
    if len(json.dumps(value, ensure_ascii=False)) > repo.MAX_TEXT_CHARS:
        return "is too large to store (over two million characters)."
    return None


def _walk_problem(value: Any) -> str | None:
    """Why a JSON value cannot be stored (depth, numbers, text), or None. Iterative."""
    limit = MAX_DEPTH - _DOC_LEVELS
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if item is None or isinstance(item, bool):
            continue
        if isinstance(item, _BadNumber):
            return item.holds
        if isinstance(item, int):
            if not INT64_MIN <= item <= INT64_MAX:
                return _TOO_BIG.holds
        elif isinstance(item, float):
            if not math.isfinite(item):
                return _NOT_FINITE.holds
        elif isinstance(item, str):
            problem = _text_problem(item)
            if problem:
                return problem
        elif isinstance(item, list | dict):
            if depth > limit:
                return _TOO_DEEP
            if isinstance(item, dict):
                for key in item:
                    if not isinstance(key, str):
                        return "holds a name that is not text."
                    problem = _text_problem(key)
                    if problem:
                        return problem
                stack.extend((v, depth + 1) for v in item.values())
            else:
                stack.extend((v, depth + 1) for v in item)
        else:
            return "holds a value of a kind this journal cannot store."
    return None


def _converted(col: _Column, value: Any) -> Any:
    """A checked file value as the record holds it."""
    if col.kind == "instant":
        return repo.parse_instant(value)
    if col.kind == "date":
        return date.fromisoformat(value)
    if col.kind == "bool":
        return bool(value)
    return value


def _check_settings(rows: list[Any]) -> list[_Setting]:
    allowed = setting_types()
    checked: list[_Setting] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(rows, start=1):

        def refuse(reason: str, number: int = number) -> InvalidData:
            return _refusal(SETTING_TABLE, number, reason)

        if not isinstance(raw, dict):
            raise refuse("the row is not a set of named fields.")
        if not _fields_of(SETTING_TABLE).issuperset(raw):
            raise refuse("the row has a field this journal does not know.")
        for name in _SETTING_FIELDS:
            if raw.get(name) is None:
                raise refuse(f"'{name}' is missing.")
        key, value, stamp = raw["key"], raw["value"], raw["updated_at"]
        if not isinstance(key, str) or key not in allowed:
            raise refuse("'key' is not a setting this journal knows.")
        first = seen.setdefault(key, number)
        if first != number:
            raise refuse(f"'key' repeats the setting of row {first}.")
        if not isinstance(stamp, str) or not _INSTANT.fullmatch(stamp):
            raise refuse("'updated_at' must be a time in UTC such as 2026-01-31T18:05:00Z.")
        try:
            repo.parse_instant(stamp)
        except ValueError:
            raise refuse("'updated_at' must be a time in UTC such as 2026-01-31T18:05:00Z.") from None
        if isinstance(value, _BadNumber):
            raise refuse(f"'value' {value.is_}")
        problem = _walk_problem(value) or _setting_problem(key, allowed[key], value)
        if problem:
            raise refuse(f"'value' {problem}")
        if key == PROMPTS_IMPORTED.key:
            problem = _packs_problem(value)
            if problem:
                raise refuse(f"'value' {problem}")
        checked.append(_Setting(number, key, value, stamp))
    return checked


def _setting_problem(key: str, kind: type, value: Any) -> str | None:
    """Why ``value`` is not of the setting's declared type, or None."""
    if kind is bool:
        return None if _is_flag(value) else "must be true or false for this setting."
    if kind is int:
        pref = PREFS[key]
        low = INT64_MIN if pref.low is None else pref.low
        high = INT64_MAX if pref.high is None else pref.high
        if _is_number(value) and isinstance(value, int) and low <= value <= high:
            return None
        return f"must be a whole number from {low} to {high} for this setting."
    if kind is float:
        return None if _is_number(value) else "must be a number for this setting."
    if kind is str:
        return None if isinstance(value, str) else "must be text for this setting."
    if kind is dict:
        return None if isinstance(value, dict) else "must be a set of named values for this setting."
    if kind is list:
        return None if isinstance(value, list) else "must be a list for this setting."
    return "is of a kind an import cannot set."  # pragma: no cover - bytes live on the device


def _packs_problem(value: dict[str, Any]) -> str | None:
    """Imported prompt packs (pack id -> TOML text) checked exactly as Settings checks a
    pack before importing it (:func:`kapjournal.prompts.check_import`)."""
    shipped = {p.id for p in prompts.shipped_packs()}
    for pack_id, text in value.items():
        if not isinstance(text, str):
            return "holds a prompt pack that is not text."
        try:
            pack = prompts.check_import(text.encode("utf-8"), "imported pack", shipped_ids=shipped)
        except prompts.PackError as exc:
            line = next((p.line for p in exc.problems if p.line is not None), None)
            where = f" (see line {line} of the pack)" if line is not None else ""
            return f"holds a prompt pack that does not pass the prompt-pack checks{where}."
        if pack.id != pack_id:
            return "holds a prompt pack filed under an id that is not its own."
    return None


def _check_references(plan: _Plan, journal_ids: dict[type[Record], dict[str, int]]) -> None:
    """Every ``*_uid`` names a row in the file or in the journal."""
    in_file = {cls: {row.rec.uid for row in rows} for cls, rows in plan.rows.items()}
    for cls, rows in plan.rows.items():
        for row in rows:
            for name, uid in row.refs.items():
                target = FOREIGN_KEYS[name]
                if uid is None or uid in in_file[target] or uid in journal_ids[target]:
                    continue
                raise _refusal(
                    cls.TABLE,
                    row.number,
                    f"'{_fk_name(name)}' names a {target.TABLE} row that is neither in the file "
                    "nor in this journal.",
                )


# -- importing ------------------------------------------------------------------------
def import_all(db: Database, doc: dict[str, Any]) -> dict[str, int]:
    """Merge an export into ``db`` in one transaction. Returns rows added per table.

    All or nothing: the whole document is checked before the first write, and any
    problem raises :class:`InvalidData` (one line naming table and row) with nothing
    kept.
    """
    plan = _check_document(doc)
    with db.transaction():
        local_ids: dict[type[Record], dict[str, int]] = {
cls: queries.local_ids_by_uid(db, cls) for cls in RECORD_TYPES
        }
        _check_references(plan, local_ids)
        added = _write(db, plan, local_ids)
    logger.info("import finished")
    return added


def _write(db: Database, plan: _Plan, local_ids: dict[type[Record], dict[str, int]]) -> dict[str, int]:
    added: dict[str, int] = {}
    for cls, rows in plan.rows.items():
        count = 0
        for row in rows:
            try:
                count += _write_row(db, cls, row, local_ids)
            except (InvalidData, ValueError, OverflowError) as exc:
                # The checks above should leave nothing for the journal to refuse; if it
                # still does (a constraint), say where, and the transaction undoes it all.
                logger.info("import refused by the journal (%s)", type(exc).__name__)
                raise _refusal(cls.TABLE, row.number, "the journal cannot take this row as it is.") from None
        added[cls.TABLE] = count
    for setting in plan.settings:
        if not has_journal_value(db, PREFS[setting.key]):
            try:
                queries.add_setting_row(db, setting.key, setting.value, setting.updated_at)
            except InvalidData:
                raise _refusal(
                    SETTING_TABLE, setting.number, "the journal cannot take this row as it is."
                ) from None
    return added


def _write_row(
    db: Database, cls: type[Record], row: _Row, local_ids: dict[type[Record], dict[str, int]]
) -> int:
    """Insert ``row`` or bring an older copy up to date; 1 when a row was added."""
    rec = row.rec
    for name, uid in row.refs.items():
        setattr(rec, name, None if uid is None else local_ids[FOREIGN_KEYS[name]][uid])
    inserted = 0
    existing = repo.get_by_uid(db, cls, rec.uid)
    if existing is None and isinstance(rec, Draft):
        existing = repo.load_draft(db, rec.key)
        if existing is not None:
            rec.uid = existing.uid
    if existing is None:
        repo.insert(db, rec)
        inserted = 1
    else:
        newer = getattr(rec, "updated_at", None)
        older = getattr(existing, "updated_at", None)
        if newer and older and newer > older:
            rec.id = existing.id
            repo.update(db, rec)
            rec.updated_at = newer  # type: ignore[attr-defined]
            queries.set_updated_at(db, rec, newer)
    local_id = rec.id if rec.id is not None else existing.id if existing else None
    if local_id is None:  # pragma: no cover - insert and update both set an id
        raise InvalidData(QT_TR_NOOP("A %1 row could not be stored."), cls.TABLE)
    local_ids[cls][rec.uid] = local_id
    return inserted
