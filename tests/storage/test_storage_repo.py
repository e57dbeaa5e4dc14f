"""Repositories: full-text search that never raises, tags, validation, drafts, settings."""

from __future__ import annotations

import pytest

from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.models import Checkin, Entry, Questionnaire, SideEffect

ODD_QUERIES = [
    '"', '""', '"unbalanced', "*", "**", "a*", "NEAR", "NEAR(a b)", "OR", "AND", "NOT",
    "AND NOT", "river OR", "OR river", "(", ")", "((river", "river)", "", " ", "\t\n",
    "🌊", "🌊 river", "-", "^", ":", "title:river", "entry_fts", "'", "\\", "%", "_",
    "\x00", "a" * 5000, " ".join(["w"] * 200), "rivér", "\u200b", "NEAR/3", "{title}: x",
    "col:", "+", "river -walk", "ri*ver", "ünïcödé", "עברית",
]


@pytest.fixture
def entries(db: Database) -> dict[str, Entry]:
    made = {
        "river": repo.insert(db, Entry(body="Walked by the river in the morning light.", tags=["outdoors"])),
        "answers": repo.insert(
            db, Entry(kind="thought_record", body="", answers={"situation": "meeting with Priya",
                                                               "thoughts": ["I always fail"]})
        ),
        "tagged": repo.insert(db, Entry(body="Nothing special.", tags=["#Gratitude", "sleep"])),
        "title": repo.insert(db, Entry(body="body text", title="Lighthouse")),
        "emoji": repo.insert(db, Entry(body="Calm sea 🌊 today, café with Zoë")),
        "rtl": repo.insert(db, Entry(body="עברית מילים כאן")),
    }
    return made


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_queries_never_raise(db: Database, entries: dict[str, Entry], query: str) -> None:
    hits = repo.search_entries(db, query)
    assert isinstance(hits, list)


def test_search_finds_body_answers_tags_title(db: Database, entries: dict[str, Entry]) -> None:
    def ids(q: str) -> set[int | None]:
        return {h.entry_id for h in repo.search_entries(db, q)}

    assert ids("river") == {entries["river"].id}
    assert ids("Priya") == {entries["answers"].id}
    assert ids("always fail") == {entries["answers"].id}
    assert ids("gratitude") == {entries["tagged"].id}
    assert ids("lighthouse") == {entries["title"].id}
    assert ids("outdoors") == {entries["river"].id}


def test_prefix_and_diacritics(db: Database, entries: dict[str, Entry]) -> None:
    def ids(q: str) -> set[int | None]:
        return {h.entry_id for h in repo.search_entries(db, q)}

    assert ids("riv") == {entries["river"].id}  # the last word matches as a prefix
    assert ids("riv ") == set()  # ... but not once a space follows it
    assert ids("morning ligh") == {entries["river"].id}
    assert ids("cafe") == {entries["emoji"].id}  # diacritics folded
    assert ids("zoe") == {entries["emoji"].id}
    assert ids("עברית") == {entries["rtl"].id}
    assert ids('river"') == {entries["river"].id}
    assert ids("river OR nothing") == set()  # OR is a word, not an operator


def test_snippet_marks_matches(db: Database, entries: dict[str, Entry]) -> None:
    (hit,) = repo.search_entries(db, "river")
    assert "\x02river\x03" in hit.snippet


def test_update_and_delete_keep_index_in_step(db: Database, entries: dict[str, Entry]) -> None:
    entry = entries["river"]
    entry.body = "Now about mountains."
    entry.tags = ["hills"]
    repo.update(db, entry)
    assert repo.search_entries(db, "river") == []
    assert [h.entry_id for h in repo.search_entries(db, "mountains")] == [entry.id]
    assert [h.entry_id for h in repo.search_entries(db, "hills")] == [entry.id]
    repo.delete(db, entry)
    assert repo.search_entries(db, "mountains") == []
    assert repo.get(db, Entry, entry.id or 0) is None
    assert db.scalar("SELECT count(*) FROM entry_tag WHERE entry_id = ?", (entry.id,)) == 0
    db.execute("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")


def test_tags_normalized(db: Database) -> None:
    e = repo.insert(db, Entry(body="x", tags=["#Calm", "calm", "  ", "#", "x" * 100, "Ruhe\x00"]))
    got = repo.get(db, Entry, e.id or 0)
    assert got is not None
    assert got.tags == sorted(["Calm", "x" * 60, "Ruhe\ufffd"])
    assert "Calm" in repo.all_tags(db)


def test_validation(db: Database) -> None:
    with pytest.raises(InvalidData):
        repo.insert(db, Entry(kind="diary"))
    with pytest.raises(InvalidData):
        repo.insert(db, Checkin(mood=11))
    with pytest.raises(InvalidData):
        repo.insert(db, Questionnaire(instrument="phq9", answers=[1] * 9, total=8))
    with pytest.raises(InvalidData):
        repo.insert(db, Questionnaire(instrument="gad7", answers=[True] * 7, total=7))
    with pytest.raises(InvalidData):
        repo.insert(db, SideEffect(severity=0))  # the schema's CHECK, translated
    with pytest.raises(InvalidData):
        repo.insert(db, Entry(body="x" * (repo.MAX_TEXT_CHARS + 1)))
    assert repo.count(db, Entry) == 0


def test_drafts_and_settings(db: Database) -> None:
    repo.save_draft(db, "editor/1", "entry", {"body": "one"})
    repo.save_draft(db, "editor/1", "entry", {"body": "two"})
    draft = repo.load_draft(db, "editor/1")
    assert draft is not None and draft.payload == {"body": "two"}
    assert len(repo.list_drafts(db)) == 1
    repo.discard_draft(db, "editor/1")
    assert repo.load_draft(db, "editor/1") is None
    repo.set_setting(db, "k", {"b": 1, "a": [1, "ü"]})
    assert repo.get_setting(db, "k") == {"b": 1, "a": [1, "ü"]}
    assert repo.get_setting(db, "missing", 5) == 5


def test_transaction_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction():
        repo.insert(db, Entry(body="inside"))
        raise RuntimeError("boom")
    assert repo.count(db, Entry) == 0
    assert db.scalar("SELECT count(*) FROM entry_fts") == 0


def test_newest_first_search(db: Database) -> None:
    ids = [repo.insert(db, Entry(body=f"river day {i}")).id for i in range(5)]
    hits = repo.search_entries(db, "river", newest_first=True)
    assert [h.entry_id for h in hits] == list(reversed(ids))
    assert repo.search_entries(db, '"(', newest_first=True) == []
    assert len(repo.search_entries(db, "river", limit=2, newest_first=True)) == 2
