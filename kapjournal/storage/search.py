"""Entry tags and the FTS5 full-text index: kept in step on every entry write, and
searched with whatever the patient typed (made safe first). No Qt."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
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
