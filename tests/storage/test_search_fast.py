"""Search while typing: the newest matches a page at a time (prefixes and a word in
every entry included), the same hits as the ranked search for whole words, searches
that stop when superseded, and the migration that gave the index its prefix tables."""

from __future__ import annotations

import itertools
import random
import re
import shutil
from pathlib import Path

import pytest

from kapjournal.storage import keyslots as ks
from kapjournal.storage import queries, repo, schema
from kapjournal.storage.db import Database
from kapjournal.storage.errors import Cancelled
from kapjournal.storage.journal import unlock_journal
from kapjournal.storage.models import Entry
from kapjournal.storage.search import PAGE, count_matches, match_expression, search_page
from tests._helpers import FILES
from tests._helpers.make_frozen import PASSPHRASE

QUERIES = ("sa", "sad", "kin", "ca", "שלום", "rtl", "meeting ")
WORDS = ["felt", "feel", "feeling", "river", "rivers", "riverside", "calm", "café", "ocean", "walk", "tired"]


@pytest.fixture
def many(db: Database) -> list[Entry]:
    """180 entries; "felt" is in every one, the rest at random (seeded)."""
    rng = random.Random(7)
    made = []
    with db.transaction():
        for n in range(180):
            body = "I felt " + " ".join(rng.choices(WORDS, k=rng.randint(1, 6)))
            kind = "integration" if n % 3 == 0 else "note"
            made.append(repo.insert(db, Entry(kind=kind, body=body, tags=[rng.choice(("sea", "home"))])))
    return made


def expected(entries: list[Entry], prefix: str, kind: str = "") -> list[int]:
    """Ids whose text has a word starting with ``prefix`` (diacritics folded), newest first."""
    def words(e: Entry) -> list[str]:
        return re.findall(r"\w+", (e.body + " " + " ".join(e.tags)).lower().replace("é", "e"))

    kept = [e for e in entries if not kind or e.kind == kind]
    return sorted((e.id or 0 for e in kept if any(w.startswith(prefix) for w in words(e))), reverse=True)


def all_pages(db: Database, text: str, flt: queries.TimelineFilter) -> list[int]:
    ids: list[int] = []
    before = None
    while True:
        page = queries.timeline_search(db, text, flt, before=before, limit=PAGE)
        ids += [e.id or 0 for e in page.entries]
        if not page.more:
            return ids
        before = ids[-1]


@pytest.mark.parametrize("typed", ["f", "fe", "fel", "felt", "feel", "r", "ri", "riv", "river", "cafe"])
def test_prefixes_and_a_word_in_every_entry_newest_first(
    db: Database, many: list[Entry], typed: str
) -> None:
    want = expected(many, typed)
    assert want, typed
    first = queries.timeline_search(db, typed, queries.TimelineFilter(), count_all=True)
    assert [e.id for e in first.entries] == want[:PAGE]
    assert first.total == len(want) and first.more == (len(want) >= PAGE)
    assert all(first.snippets[e.id or 0].count("\x02") >= 1 for e in first.entries)
    assert all_pages(db, typed, queries.TimelineFilter()) == want  # every hit once, in order


@pytest.mark.parametrize("typed", ["fe", "riv", "felt"])
def test_filter_is_part_of_the_query(db: Database, many: list[Entry], typed: str) -> None:
    flt = queries.TimelineFilter(kind="integration")
    want = expected(many, typed, kind="integration")
    page = queries.timeline_search(db, typed, flt, count_all=True)
    assert [e.id for e in page.entries] == want[:PAGE] and page.total == len(want)
    assert all_pages(db, typed, flt) == want
    tagged = queries.timeline_search(db, typed, queries.TimelineFilter(tag="sea"), limit=500)
    sea = {e.id for e in many if "sea" in e.tags}
    assert {e.id for e in tagged.entries} == sea & set(expected(many, typed))


@pytest.mark.parametrize("word", ["felt ", "river ", "calm ", "cafe ", "ocean walk ", "sea "])
def test_whole_words_give_the_same_hits_as_the_ranked_search(
    db: Database, many: list[Entry], word: str
) -> None:
    newest = repo.search_entries(db, word, limit=10_000)
    ranked = repo.search_entries(db, word, limit=10_000, newest_first=False)
    assert [h.entry_id for h in newest] == sorted((h.entry_id for h in ranked), reverse=True)
    assert len(newest) == len(ranked) > 0


def test_long_prefixes_are_the_terms_that_start_with_them(db: Database, many: list[Entry]) -> None:
    assert match_expression(db, "walk rive") == '"walk" AND ("river" OR "rivers" OR "riverside")'
    assert match_expression(db, "riv") == '"riv"*'  # the prefix index
    assert match_expression(db, "zzzz") == '"zzzz"'  # no term: nothing matches
    assert match_expression(db, "cafés") == '"cafés"*'  # folding is the tokenizer's
    assert match_expression(db, "river ") == '"river"'
    assert [h.entry_id for h in repo.search_entries(db, "walk rive", limit=500)] == sorted(
        set(expected(many, "walk")) & set(expected(many, "rive")), reverse=True
    )


def test_count_stops_at_its_cap(db: Database, many: list[Entry]) -> None:
    assert count_matches(db, "felt") == len(many)
    assert count_matches(db, "felt", cap=25) == 25
    assert count_matches(db, '"(') == 0
    assert search_page(db, "felt", limit=3, snippets=False)[0].snippet == ""


def test_a_superseded_search_stops_and_the_journal_reads_on(db: Database, many: list[Entry]) -> None:
    with pytest.raises(Cancelled):
        queries.timeline_search(db, "felt", queries.TimelineFilter(), cancelled=lambda: True)
    calls = itertools.count()
    long_read = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000) " \
                "SELECT count(*) FROM c"
    with pytest.raises(Cancelled), db.cancellable(lambda: next(calls) >= 3):
        db.scalar(long_read)  # stopped inside the statement, once the caller gave up
    assert next(calls) == 5  # asked before the read, at steps 2,000, 4,000, 6,000, and after it stopped
    assert db.scalar(long_read) == 2_000_000
    # the handler is gone: the same reads run to the end
    assert count_matches(db, "f", cap=10_000) == len(many)
    page = queries.timeline_search(db, "felt", queries.TimelineFilter(), cancelled=lambda: False)
    assert len(page.entries) == PAGE


def _fts(db: Database) -> list[tuple[object, ...]]:
    return [tuple(r) for r in db.query("SELECT rowid, title, text, tags FROM entry_fts ORDER BY rowid")]


def test_migration_to_v2_gives_the_index_prefixes_and_keeps_every_hit(tmp_path: Path) -> None:
    """The frozen v1 journal, migrated, holds the same index as the frozen v2 journal
    (the golden result) and answers the same searches."""
    assert schema.LATEST >= 2
    got = {}
    for version in (1, 2):
        folder = tmp_path / f"v{version}"
        shutil.copytree(FILES / f"journal-v{version}", folder)
        journal = unlock_journal(folder, ks.PASSPHRASE, PASSPHRASE)
        try:
            db = journal.db
            table_sql = db.scalar("SELECT sql FROM sqlite_master WHERE name = 'entry_fts'")
            names = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE name LIKE 'entry_fts%'")}
            db.execute("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")
            got[version] = (
                _fts(db),
                {q: [h.entry_id for h in repo.search_entries(db, q)] for q in QUERIES},
                db.scalar("SELECT v FROM entry_fts_config WHERE k = 'secure-delete'"),
                table_sql,
                names,
            )
        finally:
            journal.close()
        if version == 1:
            assert list((folder / "backups").iterdir()), "an encrypted backup is made before the step"
    assert got[1][0] == got[2][0] and got[1][0]
    assert got[1][1] == got[2][1] and got[1][1]["sad"]
    assert got[1][2] == got[2][2] == 1
    assert "prefix = '2 3'" in got[1][3]
    assert not any("v2" in name for name in got[1][4])
