"""Entries read by session, by kind, by time, through the journal's timeline filter, and
the timeline's search (newest matches first, a page at a time)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kapjournal.storage.db import Database
from kapjournal.storage.models import Entry
from kapjournal.storage.records import count, row_to, select
from kapjournal.storage.search import PAGE, TAGS_COLUMN, count_matches, search_rows
from kapjournal.storage.values import iso_instant

CHUNK = 400  # ids per ``IN (...)`` list, well under SQLite's variable limit


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def entries_of_session(db: Database, session_id: int) -> list[Entry]:
    """Every entry linked to a session, in the order they were written."""
    return select(db, Entry, "session_id = ?", (session_id,))


def count_session_entries(db: Database, session_id: int) -> int:
    return count(db, Entry, "session_id = ?", (session_id,))


def count_course_entries(db: Database, course_id: int) -> int:
    """How many entries are linked to any session of the course."""
    return count(db, Entry, "session_id IN (SELECT id FROM session WHERE course_id = ?)", (course_id,))


def latest_session_entry(
    db: Database, session_id: int, kind: str, subkind: str | None = None
) -> Entry | None:
    """The session's most recently updated entry of ``kind`` (and ``subkind``), if any."""
    where, params = "kind = ? AND session_id = ?", [kind, session_id]
    if subkind is not None:
        where += " AND subkind = ?"
        params.append(subkind)
    found = select(db, Entry, where, params, order="updated_at DESC, id DESC", limit=1)
    return found[0] if found else None


def has_session_entry(db: Database, session_id: int, kind: str, subkind: str) -> bool:
    """Whether the session has an entry of ``kind`` and ``subkind``."""
    return bool(count(db, Entry, "kind = ? AND session_id = ? AND subkind = ?", (kind, session_id, subkind)))


def entries_linked_or_between(
    db: Database, kinds: Sequence[str], session_id: int | None, start: datetime, end: datetime
) -> list[Entry]:
    """Entries of ``kinds`` linked to the session, or unlinked and written in
    ``start <= occurred_at < end``; oldest first."""
    return select(
        db,
        Entry,
        f"kind IN ({_marks(kinds)}) AND (session_id = ? OR (session_id IS NULL "
        "AND occurred_at >= ? AND occurred_at < ?))",
        (*kinds, session_id, iso_instant(start), iso_instant(end)),
        order="occurred_at, id",
    )


def question_entries(
    db: Database, session_id: int | None = None, *, except_subkind: str | None = None
) -> list[Entry]:
    """Question entries (of one session when given, leaving out ``except_subkind``), oldest first."""
    where = ["kind = 'question'"]
    params: list[object] = []
    if session_id is not None:
        where.append("session_id = ?")
        params.append(session_id)
    if except_subkind is not None:
        where.append("subkind != ?")
        params.append(except_subkind)
    return select(db, Entry, " AND ".join(where), params, order="occurred_at, id")


def shared_entries(db: Database, start: datetime, end: datetime, session_ids: Sequence[int]) -> list[Entry]:
    """Shared entries written in ``start <= occurred_at < end`` or linked to one of
    ``session_ids``; oldest first."""
    marks = _marks(session_ids) or "NULL"
    return select(
        db,
        Entry,
        f"share = 1 AND ((occurred_at >= ? AND occurred_at < ?) OR session_id IN ({marks}))",
        (iso_instant(start), iso_instant(end), *session_ids),
        order="occurred_at, id",
    )


def entries_by_ids(db: Database, ids: Sequence[int]) -> dict[int, Entry]:
    """``{id: entry}`` for the ids that still exist."""
    found: dict[int, Entry] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        for e in select(db, Entry, f"id IN ({_marks(chunk)})", chunk):
            found[e.id or 0] = e
    return found


# -- the journal timeline ----------------------------------------------------------------
@dataclass(frozen=True)
class TimelineFilter:
    """Which entries the timeline shows; empty fields mean "all"."""

    kind: str = ""
    session_id: int | None = None
    tag: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.kind and self.session_id is None and not self.tag

    def where(self) -> tuple[str, tuple[Any, ...]]:
        """The filter as an SQL condition and its parameters (storage only)."""
        parts: list[str] = []
        params: list[Any] = []
        if self.kind:
            parts.append("kind = ?")
            params.append(self.kind)
        if self.session_id is not None:
            parts.append("session_id = ?")
            params.append(self.session_id)
        if self.tag:
            parts.append("id IN (SELECT entry_id FROM entry_tag WHERE tag = ?)")
            params.append(self.tag)
        return " AND ".join(parts), tuple(params)


def timeline_count(db: Database, flt: TimelineFilter) -> int:
    where, params = flt.where()
    return count(db, Entry, where, params)


def timeline_page(db: Database, flt: TimelineFilter, after: Entry | None, limit: int = 100) -> list[Entry]:
    """The next ``limit`` entries, newest first, after ``after`` (keyset paging, so the
    thousandth page is as quick as the first)."""
    where, params = flt.where()
    clauses = [where] if where else []
    values = list(params)
    if after is not None:
        stamp = iso_instant(after.occurred_at)
        clauses.append("(occurred_at < ? OR (occurred_at = ? AND id < ?))")
        values += [stamp, stamp, after.id]
    return select(db, Entry, " AND ".join(clauses), values, order="occurred_at DESC, id DESC", limit=limit)


def ids_in_timeline(db: Database, ids: Sequence[int], flt: TimelineFilter) -> set[int]:
    """Those of ``ids`` that the filter keeps."""
    where, params = flt.where()
    if not where:
        return set(ids)
    return {
        int(r[0])
        for r in db.query(f"SELECT id FROM entry WHERE id IN ({_marks(ids)}) AND {where}", (*ids, *params))
    }


# -- the timeline's search ---------------------------------------------------------------
#: Matches are counted up to this many (the line above the list says "1,000 or more").
COUNT_CAP = 1000
_ENTRY_COLUMNS = Entry.columns()


@dataclass(frozen=True)
class SearchPage:
    """A page of search hits within a timeline filter, newest first: the entries in
    list order, each hit's snippet, and how many entries match (up to ``COUNT_CAP``)
    once ``counted`` (a full first page is counted in a second step:
    :func:`timeline_count_matches`)."""

    entries: list[Entry]
    snippets: dict[int, str] = field(default_factory=dict)
    total: int = 0
    more: bool = False  # an older page may follow (ask with ``before`` the last id)
    counted: bool = True  # ``total`` is the count (else still to be counted)

    @property
    def capped(self) -> bool:
        return self.total >= COUNT_CAP

    @property
    def last_id(self) -> int | None:
        """The oldest hit's id: the next page starts below it (``before``)."""
        return min(self.snippets) if self.snippets else None


def _hit_entries(rows: Sequence[Any], first: int) -> list[Entry]:
    """Entries from search rows whose entry columns start at ``first`` (their tags last)."""
    width = len(_ENTRY_COLUMNS)
    found = []
    for row in rows:
        entry = row_to(Entry, row[first : first + width], _ENTRY_COLUMNS)
        entry.tags = json.loads(row[first + width])
        found.append(entry)
    return found


def timeline_search(
    db: Database,
    text: str,
    flt: TimelineFilter,
    *,
    before: int | None = None,
    limit: int = PAGE,
    count_all: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> SearchPage:
    """The next ``limit`` entries matching ``text`` within ``flt``, newest first, older
    than entry ``before``: hits, snippets and entries in one query. A first page
    shorter than ``limit`` is its own count; a full one is counted too with
    ``count_all``, else ``counted`` is false. Never raises on odd input; raises
    ``Cancelled`` once ``cancelled()`` is true."""
    where, params = flt.where()
    rows = search_rows(
        db,
        text,
        columns=[*(f"entry.{c}" for c in _ENTRY_COLUMNS), TAGS_COLUMN],
        where=where,
        params=params,
        before=before,
        limit=limit,
        cancelled=cancelled,
    )
    total, counted = 0, True  # a later page (``before``) counts nothing
    if before is None and len(rows) < limit:
        total = len(rows)
    elif before is None and count_all:
        total = timeline_count_matches(db, text, flt, cancelled=cancelled)
    elif before is None:
        counted = False
    return SearchPage(
        entries=_hit_entries(rows, 2),
        snippets={int(r[0]): str(r[1]) for r in rows},
        total=total,
        more=len(rows) == limit,
        counted=counted,
    )


def timeline_count_matches(
    db: Database, text: str, flt: TimelineFilter, *, cancelled: Callable[[], bool] | None = None
) -> int:
    """How many entries match ``text`` within ``flt``, up to ``COUNT_CAP`` (the second
    step of a search while typing, after its first page is shown)."""
    where, params = flt.where()
    return count_matches(db, text, where=where, params=params, cap=COUNT_CAP, cancelled=cancelled)


def matching_entries(db: Database, text: str, limit: int = 200) -> list[Entry]:
    """Up to ``limit`` entries matching ``text``, newest first, read in one query with
    no snippets (``kapjournal search``)."""
    rows = search_rows(
        db, text, columns=[*(f"entry.{c}" for c in _ENTRY_COLUMNS), TAGS_COLUMN], limit=limit, snippets=False
    )
    return _hit_entries(rows, 1)
