"""Full, lossless JSON export and import (the patient's data portability).

Format (documented in README, "Your data")::

    {"format": "kapjournal-export", "format_version": 1, "schema_version": N,
     "app_version": "...", "exported_at": "...Z",
     "tables": {"course": [...], "session": [...], ..., "setting": [...]}}

Rows carry their ``uid``; foreign keys are written as ``<table>_uid`` (e.g.
``session_uid``) so a file imports into any journal. Entries carry their ``tags``.
Importing the same file twice adds nothing: rows are matched by ``uid`` and the newer
``updated_at`` wins.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from kapjournal import __version__
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.models import FOREIGN_KEYS, RECORD_TYPES, Draft, Entry, Record, utc_now

logger = logging.getLogger(__name__)

FORMAT = "kapjournal-export"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 2 * 1024 * 1024 * 1024


def _fk_name(column: str) -> str:
    return column[: -len("_id")] + "_uid"


def export_all(db: Database) -> dict[str, Any]:
    uid_maps: dict[type[Record], dict[int, str]] = {}
    tables: dict[str, list[dict[str, Any]]] = {}
    for cls in RECORD_TYPES:
        records = repo.select(db, cls, order="id")
        uid_maps[cls] = {r.id: r.uid for r in records if r.id is not None}
        rows = []
        for rec in records:
            row: dict[str, Any] = {}
            for col in cls.columns():
                if col == "id":
                    continue
                value = repo._to_db(rec, col, getattr(rec, col))
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
    tables["setting"] = [
        {"key": k, "value": json.loads(v), "updated_at": u}
        for k, v, u in db.query("SELECT key, value, updated_at FROM setting ORDER BY key")
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


def parse(data: bytes) -> dict[str, Any]:
    if len(data) > MAX_IMPORT_BYTES:
        raise InvalidData("This file is too large to import.")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InvalidData("This file is not a KAP Journal export (not valid JSON).") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InvalidData("This file is not a KAP Journal export.")
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidData("This export does not say which format version it uses.")
    if version > FORMAT_VERSION:
        raise InvalidData("This export was made by a newer version of KAP Journal.")
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise InvalidData("This export has no data tables.")
    for name, rows in tables.items():
        if rows is None:
            continue
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise InvalidData(f"The {name} table in the file is not a list of rows.")
    return doc


def import_all(db: Database, doc: dict[str, Any]) -> dict[str, int]:
    """Merge an export into ``db`` in one transaction. Returns rows added per table.

    All or nothing: any bad row raises :class:`InvalidData` and nothing is kept.
    """
    try:
        return _import_all(db, doc)
    except (TypeError, ValueError, KeyError, AttributeError):
        raise InvalidData("The file holds a value this journal cannot take.") from None


def _import_all(db: Database, doc: dict[str, Any]) -> dict[str, int]:
    added: dict[str, int] = {}
    tables = doc["tables"]
    with db.transaction():
        local_ids: dict[type[Record], dict[str, int]] = {}
        for cls in RECORD_TYPES:
            local_ids[cls] = {
                uid: rid for rid, uid in db.query(f"SELECT id, uid FROM {cls.TABLE}")
            }
            count = 0
            for raw in tables.get(cls.TABLE, []) or []:
                rec = _record_from_row(cls, raw, local_ids)
                existing = repo.get_by_uid(db, cls, rec.uid)
                if existing is None and isinstance(rec, Draft):
                    existing = repo.load_draft(db, rec.key)
                    if existing is not None:
                        rec.uid = existing.uid
                if existing is None:
                    repo.insert(db, rec)
                    count += 1
                else:
                    newer = getattr(rec, "updated_at", None)
                    older = getattr(existing, "updated_at", None)
                    if newer and older and newer > older:
                        rec.id = existing.id
                        repo.update(db, rec)
                        rec.updated_at = newer  # type: ignore[attr-defined]
                        db.execute(
                            f"UPDATE {cls.TABLE} SET updated_at = ? WHERE id = ?",
                            (repo.iso_instant(newer), rec.id),
                        )
                local_id = rec.id if rec.id is not None else existing.id if existing else None
                if local_id is None:  # pragma: no cover - insert and update both set an id
                    raise InvalidData(f"A {cls.TABLE} row could not be stored.")
                local_ids[cls][rec.uid] = local_id
            added[cls.TABLE] = count
        for raw in tables.get("setting", []) or []:
            key, stamp = raw.get("key"), raw.get("updated_at")
            if not isinstance(key, str) or not key or "value" not in raw or not isinstance(stamp, str):
                raise InvalidData("A setting in the file is not valid.")
            repo.parse_instant(stamp)  # ValueError for a malformed time
            if repo.get_setting(db, key) is None:
                db.execute(
                    "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)",
                    (repo.clean_text(key), repo.dump_json(raw["value"]), stamp),
                )
    logger.info("import finished")
    return added


def _record_from_row(
    cls: type[Record], raw: dict[str, Any], local_ids: dict[type[Record], dict[str, int]]
) -> Record:
    if not isinstance(raw, dict) or not raw.get("uid") or not isinstance(raw["uid"], str):
        raise InvalidData(f"A {cls.TABLE} row in the file has no uid.")
    values: dict[str, Any] = {}
    types = _field_types(cls)
    try:
        for col in cls.columns():
            if col == "id":
                continue
            if col in FOREIGN_KEYS:
                ref = raw.get(_fk_name(col))
                values[col] = None if ref is None else local_ids[FOREIGN_KEYS[col]].get(ref)
                if ref is not None and values[col] is None:
                    raise InvalidData(f"A {cls.TABLE} row refers to something missing from the file.")
                continue
            value = raw.get(col)
            if not _fits(types[col], value):
                raise InvalidData(f"A {cls.TABLE} row in the file has a wrong kind of value.")
            if col in cls.JSON_FIELDS and value is not None:
                value = json.dumps(value)
            values[col] = repo._from_db(cls, col, value) if value is not None else None
        values = {k: v for k, v in values.items() if v is not None or _nullable(cls, k)}
        rec = cls(**values)
    except (TypeError, ValueError):
        raise InvalidData(f"A {cls.TABLE} row in the file is not valid.") from None
    if isinstance(rec, Entry):
        tags = raw.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise InvalidData("An entry's tags in the file are not a list of words.")
        rec.tags = list(tags)
    return rec


def _field_types(cls: type[Record]) -> dict[str, str]:
    import dataclasses

    return {f.name: str(f.type) for f in dataclasses.fields(cls)}


#: JSON value types each annotated field accepts (dates and times arrive as text).
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool, int),
    "datetime": (str,),
    "date": (str,),
    "dict": (dict,),
    "list": (list,),
}


def _fits(annotation: str, value: Any) -> bool:
    """Whether a JSON value fits a dataclass field annotation such as ``int | None``."""
    parts = [p.strip() for p in annotation.split("|")]
    if value is None:
        return "None" in parts
    for part in parts:
        allowed = _JSON_TYPES.get(part.split("[", 1)[0])
        if allowed is None:
            continue
        if isinstance(value, bool) and bool not in allowed:
            continue
        if isinstance(value, allowed):
            return part != "bool" or value in (0, 1)
    return False


def _nullable(cls: type[Record], name: str) -> bool:
    import dataclasses

    for f in dataclasses.fields(cls):
        if f.name == name:
            return "None" in str(f.type)
    return False
