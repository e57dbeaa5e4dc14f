"""Generic CRUD: :class:`~kapjournal.storage.models.Record` dataclasses to rows and back.

``select`` and ``count`` take SQL fragments and are for the storage package only;
everything above storage asks the typed functions in :mod:`kapjournal.storage.queries`.
Entries keep their tags and the FTS5 index in step (:mod:`kapjournal.storage.search`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

from kapjournal.storage.db import Database
from kapjournal.storage.errors import QT_TR_NOOP, InvalidData
from kapjournal.storage.models import (
    COMMITMENT_STATUSES,
    ENTRY_KINDS,
    Checkin,
    Commitment,
    Entry,
    Questionnaire,
    Record,
    utc_now,
)
from kapjournal.storage.search import attach_tags, sync_entry_index
from kapjournal.storage.values import clean_text, dump_json, iso_instant, parse_instant

R = TypeVar("R", bound=Record)

QUESTIONNAIRE_ITEMS = {"phq9": 9, "gad7": 7, "pcl5": 20, "auditc": 3}
#: The highest answer score per instrument (PCL-5 and AUDIT-C answers go to 4).
QUESTIONNAIRE_MAX_ANSWER = {"phq9": 3, "gad7": 3, "pcl5": 4, "auditc": 4}


def to_db(rec: Record, name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in rec.JSON_FIELDS:
        return dump_json(value)
    if name in rec.BOOL_FIELDS:
        return 1 if value else 0
    if name in rec.INSTANT_FIELDS:
        return iso_instant(value)
    if name in rec.DATE_FIELDS:
        return value.isoformat()
    if isinstance(value, str):
        return clean_text(value)
    return value


def from_db(cls: type[Record], name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in cls.JSON_FIELDS:
        return json.loads(value)
    if name in cls.BOOL_FIELDS:
        return bool(value)
    if name in cls.INSTANT_FIELDS:
        return parse_instant(value)
    if name in cls.DATE_FIELDS:
        return date.fromisoformat(value)
    return value


def row_to(cls: type[R], row: Sequence[Any], columns: Sequence[str]) -> R:
    values = {name: from_db(cls, name, value) for name, value in zip(columns, row, strict=True)}
    return cls(**values)


def _validate(rec: Record) -> None:
    if isinstance(rec, Questionnaire):
        validate_questionnaire(rec)
    elif isinstance(rec, Checkin):
        for name in ("mood", "anxiety", "energy", "sleep"):
            value = getattr(rec, name)
            if value is not None and not (isinstance(value, int) and 0 <= value <= 10):
                raise InvalidData(QT_TR_NOOP("Check-in ratings go from 0 to 10."))
        if rec.mood is None:
            raise InvalidData(QT_TR_NOOP("A check-in needs a mood rating."))
    elif isinstance(rec, Entry):
        if rec.kind not in ENTRY_KINDS:
            raise InvalidData(QT_TR_NOOP("Unknown kind of entry."))
    elif isinstance(rec, Commitment) and rec.status not in COMMITMENT_STATUSES:
        raise InvalidData(QT_TR_NOOP("Unknown action-step status."))


def validate_questionnaire(q: Questionnaire) -> None:
    count = QUESTIONNAIRE_ITEMS.get(q.instrument)
    if count is None:
        raise InvalidData(QT_TR_NOOP("Unknown questionnaire."))
    top = QUESTIONNAIRE_MAX_ANSWER[q.instrument]
    if len(q.answers) != count or any(
        not isinstance(a, int) or isinstance(a, bool) or not 0 <= a <= top for a in q.answers
    ):
        raise InvalidData(QT_TR_NOOP("Every item needs an answer from 0 to %1."), top)
    if q.total != sum(q.answers):
        raise InvalidData(QT_TR_NOOP("The total does not match the answers."))
    if q.difficulty is not None and not 0 <= q.difficulty <= 3:
        raise InvalidData(QT_TR_NOOP("The difficulty answer goes from 0 to 3."))


def insert(db: Database, rec: R) -> R:
    _validate(rec)
    now = utc_now()
    if not rec.uid:
        import uuid  # only on insert: reading needs no uuid (nor its platform probe)

        rec.uid = uuid.uuid4().hex
    if "created_at" in rec.columns():
        rec.created_at = rec.created_at or now  # type: ignore[attr-defined]
        rec.updated_at = rec.updated_at or now  # type: ignore[attr-defined]
    cols = [c for c in rec.columns() if c != "id" or rec.id is not None]
    values = [to_db(rec, c, getattr(rec, c)) for c in cols]
    sql = f"INSERT INTO {rec.TABLE} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    with db.transaction():
        cur = db.execute(sql, values)
        rec.id = int(cur.lastrowid)
        if isinstance(rec, Entry):
            sync_entry_index(db, rec)
    return rec


def update(db: Database, rec: R) -> R:
    if rec.id is None:
        raise InvalidData(QT_TR_NOOP("Cannot update a record that was never saved."))
    _validate(rec)
    if "updated_at" in rec.columns():
        rec.updated_at = utc_now()  # type: ignore[attr-defined]
    cols = [c for c in rec.columns() if c not in ("id", "uid", "created_at")]
    values = [to_db(rec, c, getattr(rec, c)) for c in cols]
    sql = f"UPDATE {rec.TABLE} SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?"
    with db.transaction():
        db.execute(sql, [*values, rec.id])
        if isinstance(rec, Entry):
            sync_entry_index(db, rec)
    return rec


def get(db: Database, cls: type[R], rec_id: int) -> R | None:
    found = select(db, cls, "id = ?", (rec_id,))
    return found[0] if found else None


def get_by_uid(db: Database, cls: type[R], uid: str) -> R | None:
    found = select(db, cls, "uid = ?", (uid,))
    return found[0] if found else None


def select(
    db: Database,
    cls: type[R],
    where: str = "",
    params: Sequence[Any] = (),
    order: str = "",
    limit: int | None = None,
    offset: int = 0,
) -> list[R]:
    cols = cls.columns()
    sql = f"SELECT {', '.join(cols)} FROM {cls.TABLE}"
    if where:
        sql += f" WHERE {where}"
    if order:
        sql += f" ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = [row_to(cls, row, cols) for row in db.query(sql, params)]
    if cls is Entry and rows:
        attach_tags(db, rows)  # type: ignore[arg-type]
    return rows


def count(db: Database, cls: type[Record], where: str = "", params: Sequence[Any] = ()) -> int:
    sql = f"SELECT count(*) FROM {cls.TABLE}" + (f" WHERE {where}" if where else "")
    return int(db.scalar(sql, params))


def delete(db: Database, rec: Record) -> None:
    if rec.id is None:
        return
    with db.transaction():
        if isinstance(rec, Entry):
            db.execute("DELETE FROM entry_fts WHERE rowid = ?", (rec.id,))
        db.execute(f"DELETE FROM {rec.TABLE} WHERE id = ?", (rec.id,))
