"""Entry tags and the FTS5 full-text index: kept in step on every entry write, and
searched with whatever the patient typed (made safe first). No Qt."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from kapjournal.storage.db import Database
from kapjournal.storage.models import Entry
from kapjournal.storage.values import clean_text


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


def sync_entry_index(db: Database, entry: Entry) -> None:
    entry.tags = normalize_tags(entry.tags)
    db.execute("DELETE FROM entry_tag WHERE entry_id = ?", (entry.id,))
    for tag in entry.tags:
        db.execute("INSERT INTO entry_tag (entry_id, tag) VALUES (?, ?)", (entry.id, tag))
    db.execute("DELETE FROM entry_fts WHERE rowid = ?", (entry.id,))
    db.execute(
        "INSERT INTO entry_fts (rowid, title, text, tags) VALUES (?, ?, ?, ?)",
        (entry.id, entry.title, clean_text(entry_plain_text(entry)), " ".join(entry.tags)),
    )


def attach_tags(db: Database, entries: list[Entry]) -> None:
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


#: Hits per page while typing: what a screen of the timeline shows, and more.
PAGE = 50
_SNIPPET = "snippet(entry_fts, -1, char(2), char(3), '…', 16)"


def _page_sql(
    query: str, where: str, params: Sequence[Any], before: int | None, limit: int, snippets: bool
) -> tuple[str, list[Any]]:
    """The newest matches, newest first: FTS5 walks its index backwards by rowid
    (``ORDER BY rowid DESC`` is the index's own order, no sort) and stops after
    ``limit`` rows, so no hit is ranked and only the rows returned get a snippet.
    A timeline filter (``where`` over ``entry``) joins each hit by its primary key;
    CROSS JOIN keeps the index the outer loop whatever the planner guesses."""
    sql = f"SELECT entry_fts.rowid{', ' + _SNIPPET if snippets else ''} FROM entry_fts"
    conds, values = ["entry_fts MATCH ?"], list[Any]([query])
    if where:
        sql += " CROSS JOIN entry ON entry.id = entry_fts.rowid"
        conds.append(f"({where})")
        values += list(params)
    if before is not None:
        conds.append("entry_fts.rowid < ?")
        values.append(int(before))
    sql += " WHERE " + " AND ".join(conds) + " ORDER BY entry_fts.rowid DESC LIMIT ?"
    values.append(int(limit))
    return sql, values


def search_page(
    db: Database,
    text: str,
    *,
    where: str = "",
    params: Sequence[Any] = (),
    before: int | None = None,
    limit: int = PAGE,
    snippets: bool = True,
    cancelled: Callable[[], bool] | None = None,
) -> list[SearchHit]:
    """Up to ``limit`` entries matching ``text``, newest (highest id) first, older than
    entry ``before`` when given (keyset paging), within the condition ``where`` on
    ``entry`` (storage callers only). Never raises on odd input; raises
    :class:`~kapjournal.storage.errors.Cancelled` once ``cancelled()`` is true."""
    query = fts_query(text)
    if not query:
        return []
    sql, values = _page_sql(query, where, params, before, limit, snippets)
    with db.cancellable(cancelled):
        rows = db.query(sql, values)
    return [SearchHit(int(r[0]), str(r[1]) if snippets else "") for r in rows]


def count_matches(
    db: Database,
    text: str,
    *,
    where: str = "",
    params: Sequence[Any] = (),
    cap: int = 1000,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """How many entries match, counted up to ``cap`` (a word in every entry stops at
    ``cap`` instead of walking all of them)."""
    query = fts_query(text)
    if not query:
        return 0
    sql, values = _page_sql(query, where, params, None, cap, snippets=False)
    with db.cancellable(cancelled):
        return int(db.scalar(f"SELECT count(*) FROM ({sql})", values))


def query_plan(db: Database, text: str, where: str = "", params: Sequence[Any] = ()) -> list[str]:
    """SQLite's plan for the first page of ``text`` (benchmarks and support)."""
    sql, values = _page_sql(fts_query(text) or '""', where, params, None, PAGE, True)
    return [str(r[-1]) for r in db.query("EXPLAIN QUERY PLAN " + sql, values)]


def search_entries(
    db: Database, text: str, limit: int = 200, *, newest_first: bool = True
) -> list[SearchHit]:
    """Entries matching ``text`` (never raises on odd input), newest first.

    This is the path the timeline and ``kapjournal search`` take (see
    :func:`search_page`). ``newest_first=False`` orders by FTS5's bm25 rank instead,
    which scores every match before it can return one: about a second for a word
    found in every one of 50,000 entries (benchmarks/bench_search.py), so nothing
    that answers a keystroke asks for it.
    """
    if newest_first:
        return search_page(db, text, limit=limit)
    query = fts_query(text)
    if not query:
        return []
    rows = db.query(
        f"SELECT rowid, {_SNIPPET} FROM entry_fts WHERE entry_fts MATCH ? ORDER BY rank LIMIT ?",
        (query, int(limit)),
    )
    return [SearchHit(int(r[0]), str(r[1])) for r in rows]


def all_tags(db: Database) -> list[str]:
    return [r[0] for r in db.query("SELECT DISTINCT tag FROM entry_tag ORDER BY tag COLLATE NOCASE")]
