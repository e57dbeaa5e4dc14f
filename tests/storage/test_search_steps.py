"""The search while typing in two steps (the first page with its entries in one query,
then the count), prefix expansions kept until an entry is written, and the one query
of ``kapjournal search``."""

from __future__ import annotations

import pytest

from kapjournal.storage import queries, repo
from kapjournal.storage import search as search_mod
from kapjournal.storage.db import Database
from kapjournal.storage.models import Entry
from kapjournal.storage.search import PAGE


@pytest.fixture
def rivers(db: Database) -> list[Entry]:
    """PAGE + 5 entries about the river (every fourth one tagged), newest last."""
    made = []
    with db.transaction():
        for n in range(PAGE + 5):
            tags = ["walk", "Home"] if n % 4 == 0 else []
            made.append(repo.insert(db, Entry(kind="note", body=f"by the river, day {n}", tags=tags)))
    return made


def test_a_full_first_page_is_counted_in_a_second_step(db: Database, rivers: list[Entry]) -> None:
    flt = queries.TimelineFilter()
    page = queries.timeline_search(db, "river", flt)
    assert len(page.entries) == PAGE and page.more
    assert not page.counted and page.total == 0  # not yet counted: the line says so
    assert queries.timeline_count_matches(db, "river", flt) == len(rivers)
    counted = queries.timeline_search(db, "river", flt, count_all=True)
    assert counted.counted and counted.total == len(rivers)
    later = queries.timeline_search(db, "river", flt, before=page.last_id)
    assert later.counted and [e.id for e in later.entries] == [e.id for e in reversed(rivers)][PAGE:]
    short = queries.timeline_search(db, "day 3 ", flt)  # shorter than a page: its own count
    assert short.counted and short.total == len(short.entries) == 1
    assert queries.timeline_count_matches(db, "river", queries.TimelineFilter(kind="integration")) == 0


def test_the_page_carries_whole_entries_with_their_tags(db: Database, rivers: list[Entry]) -> None:
    page = queries.timeline_search(db, "river", queries.TimelineFilter(tag="walk"))
    want = [repo.get(db, Entry, e.id or 0) for e in reversed(rivers) if e.tags]
    assert page.entries == want[:PAGE]
    assert page.entries[0].tags == ["Home", "walk"]  # as attach_tags orders them
    assert all("\x02river\x03" in page.snippets[e.id or 0] for e in page.entries)


def test_a_page_leaves_out_a_hit_whose_entry_is_gone(db: Database, rivers: list[Entry]) -> None:
    gone = rivers[-1]
    db.execute("DELETE FROM entry WHERE id = ?", (gone.id,))  # the index still holds it
    page = queries.timeline_search(db, "river", queries.TimelineFilter())
    kept = [e.id for e in reversed(rivers[:-1])]
    assert [e.id for e in page.entries] == kept[:PAGE]  # the next hit takes its place
    assert sorted(page.snippets, reverse=True) == kept[:PAGE]


def test_prefix_expansions_are_kept_until_an_entry_is_written(
    db: Database, rivers: list[Entry], monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    real = search_mod._vocabulary_terms

    def counting(d: Database, folded: str) -> list[str] | None:
        reads.append(folded)
        return real(d, folded)

    monkeypatch.setattr(search_mod, "_vocabulary_terms", counting)
    search_mod.forget_terms(db)
    for typed in ("rive", "river", "rive", "riverb"):
        queries.timeline_search(db, typed, queries.TimelineFilter())
    assert reads == ["rive"]  # "river" and "riverb" are read from what "rive" found
    assert search_mod.match_expression(db, "riverb") == '"riverb"'  # no such word: nothing
    bank = repo.insert(db, Entry(kind="note", body="the riverbank at dusk"))
    page = queries.timeline_search(db, "riverb", queries.TimelineFilter())
    assert [e.id for e in page.entries] == [bank.id]  # the new word is found at once
    assert reads == ["rive", "riverb"]
    assert queries.timeline_search(db, "rive", queries.TimelineFilter()).entries[0].id == bank.id


def test_cli_search_reads_entries_in_one_query(db: Database, rivers: list[Entry]) -> None:
    found = queries.matching_entries(db, "river")
    ids = [h.entry_id for h in repo.search_entries(db, "river")]
    assert [e.id for e in found] == ids == [e.id for e in reversed(rivers)]
    assert found == [repo.get(db, Entry, i) for i in ids]
    assert queries.matching_entries(db, "river", limit=3) == found[:3]
    assert queries.matching_entries(db, '"(') == []
