"""Entry tags and the FTS5 full-text index: kept in step on every entry write, and
searched with whatever the patient typed (made safe first). No Qt."""

from __future__ import annotations

import dataclasses
import re
import weakref
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
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
    forget_terms(db)  # the entry may bring words no prefix was expanded to
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


def _words(text: str) -> tuple[list[str], bool]:
    """The words typed (at most 32), and whether the last one is still being typed
    (no space or punctuation after it), so it also matches as a prefix."""
    return _TOKEN.findall(text)[:32], text[-1:].isalnum()


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def fts_query(text: str) -> str:
    """Turn whatever the patient typed into a safe FTS5 query.

    Every word becomes a quoted phrase (so ``"``, ``*``, ``NEAR``, ``OR`` and unbalanced
    parentheses are just text); the last word also matches as a prefix while typing.
    """
    words, prefix = _words(text)
    if not words:
        return ""
    quoted = [_quote(w) for w in words]
    if prefix:
        quoted[-1] += "*"
    return " ".join(quoted)


#: The prefix lengths the index keeps (migration 0002: ``prefix = '2 3'``).
PREFIX_SIZES = (2, 3)
#: A longer prefix is looked up as the terms that start with it, up to this many.
EXPAND_MAX = 64
_VOCAB = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.entry_fts_vocab USING fts5vocab(main, entry_fts, 'row')"


#: Prefix expansions per open journal, dropped whenever an entry is written
#: (:func:`sync_entry_index`): ``{prefix: terms}``, ``None`` for "more than
#: ``EXPAND_MAX``". A deleted entry only leaves a term that matches nothing.
_TERMS: weakref.WeakKeyDictionary[Database, dict[str, list[str] | None]] = weakref.WeakKeyDictionary()
_TERMS_KEPT = 256


def forget_terms(db: Database) -> None:
    """Drop the journal's prefix expansions (its words changed)."""
    _TERMS[db] = {}


def _known_terms(known: dict[str, list[str] | None], folded: str) -> list[str] | None:
    """The terms starting with ``folded`` if a shorter prefix already read them all:
    typing "rive" then "river" reads the vocabulary once."""
    for end in range(len(folded), max(PREFIX_SIZES), -1):
        terms = known.get(folded[:end])
        if terms is not None:
            return [t for t in terms if t.startswith(folded)]
    return None


def _vocabulary_terms(db: Database, folded: str) -> list[str] | None:
    """The index's terms that start with ``folded`` (``None``: more than ``EXPAND_MAX``)."""
    upper = folded[:-1] + chr(ord(folded[-1]) + 1)
    db.execute(_VOCAB)
    rows = db.query(
        "SELECT term FROM temp.entry_fts_vocab WHERE term >= ? AND term < ? LIMIT ?",
        (folded, upper, EXPAND_MAX + 1),
    )
    terms = [str(r[0]) for r in rows]
    return None if len(terms) > EXPAND_MAX else terms


def _prefix_terms(db: Database, word: str) -> str:
    """The last word as FTS5 matches a prefix, the cheap way for its length.

    Two or three characters: the prefix index. Otherwise FTS5 would merge the whole
    doclist of every matching term before it returns a row (seconds for a word in
    every entry at 50,000), so the terms are read from the index's vocabulary (a
    per-connection ``fts5vocab`` view in temp, nothing on disk) and OR-ed: the same
    hits, walked lazily, newest first. The terms are kept until an entry is written,
    so the next keystroke of the same word reads nothing. Non-ASCII words (whose
    folding is the tokenizer's business) and prefixes of very many terms keep the
    plain ``*``."""
    folded = word.lower()
    if len(folded) in PREFIX_SIZES or not (folded.isascii() and folded.isalnum()):
        return _quote(word) + "*"
    known = _TERMS.get(db)
    if known is None:
        known = _TERMS.setdefault(db, {})
    if folded in known:
        terms = known[folded]
    else:
        terms = _known_terms(known, folded)
        if terms is None:
            try:
                terms = _vocabulary_terms(db, folded)
            except StorageError:  # a read-only (damaged) journal refuses even a temp view
                return _quote(word) + "*"
        if len(known) >= _TERMS_KEPT:
            known.clear()
        known[folded] = terms
    if terms is None:
        return _quote(word) + "*"
    if not terms:
        return _quote(word)  # no word starts so: nothing matches, at once
    return _quote(terms[0]) if len(terms) == 1 else "(" + " OR ".join(_quote(t) for t in terms) + ")"


def match_expression(db: Database, text: str) -> str:
    """:func:`fts_query` for this journal: the same matches, with the last word's
    prefix written the way this index answers fastest."""
    words, prefix = _words(text)
    if not words:
        return ""
    quoted = [_quote(w) for w in words]
    if prefix:
        quoted[-1] = _prefix_terms(db, words[-1])
    return " AND ".join(quoted)  # FTS5 has no implicit AND before a parenthesis


@dataclasses.dataclass(frozen=True)
class SearchHit:
    entry_id: int
    snippet: str  # contains \x02 ... \x03 around matches; render as plain text


#: Hits per page while the list scrolls: a screen of the timeline (about ten rows)
#: three times over. Each row costs its snippet and its entry.
PAGE = 30
#: Hits on the first page of a search while typing: the first screen (a tall one
#: shows about eleven rows), so a keystroke pays for no row nobody sees; the list
#: asks for the next :data:`PAGE` as it scrolls.
FIRST_PAGE = 12
_SNIPPET = "snippet(entry_fts, -1, char(2), char(3), '…', 16)"


#: An entry's tags in the row of its hit (the order :func:`attach_tags` gives them).
TAGS_COLUMN = "(SELECT json_group_array(tag ORDER BY tag) FROM entry_tag WHERE entry_id = entry.id)"


def _page_sql(
    query: str,
    where: str,
    params: Sequence[Any],
    before: int | None,
    limit: int,
    snippets: bool,
    columns: Sequence[str] = (),
) -> tuple[str, list[Any]]:
    """The newest matches, newest first: FTS5 walks its index backwards by rowid
    (``ORDER BY rowid DESC`` is the index's own order, no sort) and stops after
    ``limit`` rows, so no hit is ranked and only the rows returned get a snippet.
    A timeline filter (``where`` over ``entry``) or ``columns`` of ``entry`` join
    each hit by its primary key (a hit whose entry is gone is left out); CROSS JOIN
    keeps the index the outer loop whatever the planner guesses. The SQL text
    depends only on which parts are present, so SQLite's statement cache prepares
    it once per shape."""
    picked = ["entry_fts.rowid", *([_SNIPPET] if snippets else []), *columns]
    sql = f"SELECT {', '.join(picked)} FROM entry_fts"
    conds, values = ["entry_fts MATCH ?"], list[Any]([query])
    if where or columns:
        sql += " CROSS JOIN entry ON entry.id = entry_fts.rowid"
    if where:
        conds.append(f"({where})")
        values += list(params)
    if before is not None:
        conds.append("entry_fts.rowid < ?")
        values.append(int(before))
    sql += " WHERE " + " AND ".join(conds) + " ORDER BY entry_fts.rowid DESC LIMIT ?"
    values.append(int(limit))
    return sql, values


def search_rows(
    db: Database,
    text: str,
    *,
    columns: Sequence[str] = (),
    where: str = "",
    params: Sequence[Any] = (),
    before: int | None = None,
    limit: int = PAGE,
    snippets: bool = True,
    cancelled: Callable[[], bool] | None = None,
) -> list[Any]:
    """One query for a page of hits: rows of ``(rowid, [snippet,] *columns)`` for up
    to ``limit`` entries matching ``text``, newest first, older than entry ``before``,
    within ``where``; ``columns`` are SQL over ``entry`` (storage callers only), so a
    hit and its entry come back together. Never raises on odd input; raises
    :class:`~kapjournal.storage.errors.Cancelled` once ``cancelled()`` is true."""
    with db.cancellable(cancelled):
        query = match_expression(db, text)
        if not query:
            return []
        sql, values = _page_sql(query, where, params, before, limit, snippets, columns)
        return db.query(sql, values)


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
    ``entry`` (storage callers only): see :func:`search_rows`."""
    rows = search_rows(
        db, text, where=where, params=params, before=before, limit=limit, snippets=snippets,
        cancelled=cancelled,
    )
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
    with db.cancellable(cancelled):
        query = match_expression(db, text)
        if not query:
            return 0
        sql, values = _page_sql(query, where, params, None, cap, snippets=False)
        return int(db.scalar(f"SELECT count(*) FROM ({sql})", values))


def query_plan(db: Database, text: str, where: str = "", params: Sequence[Any] = ()) -> list[str]:
    """SQLite's plan for the first page of ``text`` (benchmarks and support)."""
    sql, values = _page_sql(match_expression(db, text) or '""', where, params, None, PAGE, True)
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
