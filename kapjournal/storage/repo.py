"""Typed repository functions over the journal tables. No Qt, no dialogs.

Generic CRUD maps :class:`~kapjournal.storage.models.Record` dataclasses to rows;
entries additionally keep their tags and the FTS5 index in step.
"""

from __future__ import annotations

import dataclasses
import json
import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from kapjournal.storage.db import Database
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.models import (
    COMMITMENT_STATUSES,
    ENTRY_KINDS,
    Checkin,
    Commitment,
    Draft,
    Entry,
    Questionnaire,
    Record,
    utc_now,
)

R = TypeVar("R", bound=Record)

MAX_TEXT_CHARS = 2_000_000  # 2 M characters per text field: far beyond any real entry
QUESTIONNAIRE_ITEMS = {"phq9": 9, "gad7": 7}


# -- value conversion ---------------------------------------------------------------
def iso_instant(value: datetime) -> str:
    if value.tzinfo is None:
        raise InvalidData("Times must carry a time zone.")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_instant(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def clean_text(value: str) -> str:
    """Store text as typed, except NUL and oversize.

    Policy, applied to every text the journal stores (plain columns, strings inside
    JSON columns, draft payloads, settings, tags and the search index): NUL (U+0000,
    which C libraries and many viewers cut text at) is replaced by U+FFFD, the
    replacement character; nothing else is changed (no normalization, no trimming,
    emoji, right-to-left text and combining characters are kept exactly). Text over
    :data:`MAX_TEXT_CHARS` characters is refused with :class:`InvalidData`.
    """
    if "\x00" in value:
        value = value.replace("\x00", "\ufffd")
    if len(value) > MAX_TEXT_CHARS:
        raise InvalidData("This text is too long to save (over two million characters).")
    return value


def clean_value(value: Any) -> Any:
    """:func:`clean_text` applied to every string (keys too) inside a JSON value."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(str(k)): clean_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_value(v) for v in value]
    return value


def dump_json(value: Any) -> str:
    """JSON text for a JSON column, with the text policy of :func:`clean_text`."""
    return clean_text(json.dumps(clean_value(value), ensure_ascii=False, sort_keys=True))


def _to_db(rec: Record, name: str, value: Any) -> Any:
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


def _from_db(cls: type[Record], name: str, value: Any) -> Any:
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
    values = {name: _from_db(cls, name, value) for name, value in zip(columns, row, strict=True)}
    return cls(**values)


# -- generic CRUD -------------------------------------------------------------------
def _validate(rec: Record) -> None:
    if isinstance(rec, Questionnaire):
        validate_questionnaire(rec)
    elif isinstance(rec, Checkin):
        for name in ("mood", "anxiety", "energy", "sleep"):
            value = getattr(rec, name)
            if value is not None and not (isinstance(value, int) and 0 <= value <= 10):
                raise InvalidData("Check-in ratings go from 0 to 10.")
        if rec.mood is None:
            raise InvalidData("A check-in needs a mood rating.")
    elif isinstance(rec, Entry):
        if rec.kind not in ENTRY_KINDS:
            raise InvalidData("Unknown kind of entry.")
    elif isinstance(rec, Commitment) and rec.status not in COMMITMENT_STATUSES:
        raise InvalidData("Unknown action-step status.")


def validate_questionnaire(q: Questionnaire) -> None:
    count = QUESTIONNAIRE_ITEMS.get(q.instrument)
    if count is None:
        raise InvalidData("Unknown questionnaire.")
    if len(q.answers) != count or any(
        not isinstance(a, int) or isinstance(a, bool) or not 0 <= a <= 3 for a in q.answers
    ):
        raise InvalidData("Every item needs an answer from 0 to 3.")
    if q.total != sum(q.answers):
        raise InvalidData("The total does not match the answers.")
    if q.difficulty is not None and not 0 <= q.difficulty <= 3:
        raise InvalidData("The difficulty answer goes from 0 to 3.")


def insert(db: Database, rec: R) -> R:
    _validate(rec)
    now = utc_now()
    if not rec.uid:
        rec.uid = uuid.uuid4().hex
    if "created_at" in rec.columns():
        rec.created_at = rec.created_at or now  # type: ignore[attr-defined]
        rec.updated_at = rec.updated_at or now  # type: ignore[attr-defined]
    cols = [c for c in rec.columns() if c != "id" or rec.id is not None]
    values = [_to_db(rec, c, getattr(rec, c)) for c in cols]
    sql = f"INSERT INTO {rec.TABLE} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    with db.transaction():
        cur = db.execute(sql, values)
        rec.id = int(cur.lastrowid)
        if isinstance(rec, Entry):
            _sync_entry_index(db, rec)
    return rec


def update(db: Database, rec: R) -> R:
    if rec.id is None:
        raise InvalidData("Cannot update a record that was never saved.")
    _validate(rec)
    if "updated_at" in rec.columns():
        rec.updated_at = utc_now()  # type: ignore[attr-defined]
    cols = [c for c in rec.columns() if c not in ("id", "uid", "created_at")]
    values = [_to_db(rec, c, getattr(rec, c)) for c in cols]
    sql = f"UPDATE {rec.TABLE} SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?"
    with db.transaction():
        db.execute(sql, [*values, rec.id])
        if isinstance(rec, Entry):
            _sync_entry_index(db, rec)
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
        _attach_tags(db, rows)  # type: ignore[arg-type]
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


# -- entries: tags and full-text index ---------------------------------------------
def normalize_tags(tags: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for tag in tags:
        t = clean_text(tag).strip().lstrip("#").strip()[:60]
        if t and t.lower() not in (s.lower() for s in seen):
            seen.append(t)
    return seen


def entry_plain_text(entry: Entry) -> str:
    """Everything searchable in an entry: body plus answer values."""
    parts = [entry.body]

    def walk(value: Any) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(entry.answers)
    return "\n".join(p for p in parts if p)


def _sync_entry_index(db: Database, entry: Entry) -> None:
    entry.tags = normalize_tags(entry.tags)
    db.execute("DELETE FROM entry_tag WHERE entry_id = ?", (entry.id,))
    for tag in entry.tags:
        db.execute("INSERT INTO entry_tag (entry_id, tag) VALUES (?, ?)", (entry.id, tag))
    db.execute("DELETE FROM entry_fts WHERE rowid = ?", (entry.id,))
    db.execute(
        "INSERT INTO entry_fts (rowid, title, text, tags) VALUES (?, ?, ?, ?)",
        (entry.id, entry.title, clean_text(entry_plain_text(entry)), " ".join(entry.tags)),
    )


def _attach_tags(db: Database, entries: list[Entry]) -> None:
    by_id = {e.id: e for e in entries}
    ids = list(by_id)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for entry_id, tag in db.query(
            f"SELECT entry_id, tag FROM entry_tag WHERE entry_id IN ({marks}) ORDER BY tag", chunk
        ):
            by_id[entry_id].tags.append(tag)


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """Turn whatever the patient typed into a safe FTS5 query.

    Every word becomes a quoted phrase (so ``"``, ``*``, ``NEAR``, ``OR`` and unbalanced
    parentheses are just text); the last word also matches as a prefix while typing.
    """
    words = _TOKEN.findall(text)
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words[:32]]
    if not text.rstrip().endswith(tuple(" \t")) and text[-1:].isalnum():
        quoted[-1] += "*"
    return " ".join(quoted)


@dataclasses.dataclass(frozen=True)
class SearchHit:
    entry_id: int
    snippet: str  # contains \x02 ... \x03 around matches; render as plain text


def search_entries(
    db: Database, text: str, limit: int = 200, *, newest_first: bool = False
) -> list[SearchHit]:
    """Entries matching ``text`` (never raises on odd input), best match first.

    Ranking reads every match: a word found in every one of 50,000 entries takes
    about a second (benchmarks/bench.py). ``newest_first=True`` orders by entry id
    instead and skips ranking (about 20 ms for a whole word at that size). The last
    word typed is also a prefix, which FTS5 answers by merging every matching term;
    for a very common word that still costs most of a second without a prefix index.
    """
    query = fts_query(text)
    if not query:
        return []
    order = "rowid DESC" if newest_first else "rank"
    rows = db.query(
        "SELECT rowid, snippet(entry_fts, -1, char(2), char(3), '…', 16) FROM entry_fts "
        f"WHERE entry_fts MATCH ? ORDER BY {order} LIMIT ?",
        (query, int(limit)),
    )
    return [SearchHit(int(r[0]), str(r[1])) for r in rows]


def all_tags(db: Database) -> list[str]:
    return [r[0] for r in db.query("SELECT DISTINCT tag FROM entry_tag ORDER BY tag COLLATE NOCASE")]


# -- drafts ------------------------------------------------------------------------
def save_draft(db: Database, key: str, kind: str, payload: dict[str, Any]) -> None:
    """Upsert the autosaved draft for one editor."""
    now = utc_now()
    data = dump_json(payload)
    with db.transaction():
        db.execute(
            "INSERT INTO draft (uid, key, kind, payload, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, "
            "updated_at = excluded.updated_at",
            (uuid.uuid4().hex, key, kind, clean_text(data), iso_instant(now), iso_instant(now)),
        )


def load_draft(db: Database, key: str) -> Draft | None:
    found = select(db, Draft, "key = ?", (key,))
    return found[0] if found else None


def discard_draft(db: Database, key: str) -> None:
    with db.transaction():
        db.execute("DELETE FROM draft WHERE key = ?", (key,))


def list_drafts(db: Database) -> list[Draft]:
    return select(db, Draft, order="updated_at DESC")


# -- settings inside the journal --------------------------------------------------
def get_setting(db: Database, key: str, default: Any = None) -> Any:
    raw = db.scalar("SELECT value FROM setting WHERE key = ?", (key,))
    return default if raw is None else json.loads(raw)


def set_setting(db: Database, key: str, value: Any) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (key, dump_json(value), iso_instant(utc_now())),
        )
