"""Full JSON export and import: lossless round trip, idempotent merge, bad input."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from kapjournal.exporters import exchange
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.journal import OpenJournal, create_journal
from kapjournal.storage.models import (
    Checkin,
    ChecklistItem,
    ChecklistTick,
    Commitment,
    Course,
    Entry,
    Practice,
    Questionnaire,
    Session,
    SideEffect,
)

PASS = "correct horse battery staple"

ODD_TEXTS = [
    "emoji 🌊🧠❤️‍🔥 and a flag 🇳🇿",
    "עברית: אני מרגיש טוב יותר היום",  # RTL
    "العربية مع English في سطر واحد",
    "combining: cafe\u0301 n\u0303 Z\u0336\u0335a\u0337l\u0334g\u0335o\u0334",
    "nul\x00inside",
    "line\r\nbreaks\rand\ttabs\u2028separators",
    "<script>alert(1)</script> & \"quotes\" 'single'",
    "\ufeffbom and \u200bzero width",
]


def fill_everything(db: Database) -> None:
    course = repo.insert(db, Course(title="First course", clinic="Clinic 🌿", care_email="a@b.org"))
    session = repo.insert(db, Session(course_id=course.id or 0, notes=ODD_TEXTS[1], duration_min=40))
    item = repo.insert(db, ChecklistItem(text=ODD_TEXTS[0], position=1))
    repo.insert(db, ChecklistTick(session_id=session.id or 0, item_id=item.id or 0))
    entries = []
    for i, text in enumerate(ODD_TEXTS):
        entries.append(
            repo.insert(
                db,
                Entry(
                    kind="note",
                    body=text,
                    title=f"t{i} {text[:8]}",
                    session_id=session.id,
                    answers={"q": text, "nested": [text, {"deeper": text}]},
                    tags=[f"tag{i}", "🌊"],
                    share=bool(i % 2),
                ),
            )
        )
    repo.insert(
        db,
        Checkin(
            mood=3,
            anxiety=7,
            feelings=["calm", ODD_TEXTS[2]],
            extras={"pain": 2.5},
            note=ODD_TEXTS[3],
            session_id=session.id,
        ),
    )
    repo.insert(
        db,
        Questionnaire(
            instrument="phq9", answers=[1, 2, 0, 3, 1, 0, 0, 1, 2], total=10, band="moderate", difficulty=1
        ),
    )
    repo.insert(
        db,
        SideEffect(
            symptom="nausea",
            severity=2,
            duration_min=30,
            note=ODD_TEXTS[5],
            bp_systolic=150,
            bp_diastolic=95,
            session_id=session.id,
        ),
    )
    repo.insert(db, Commitment(text=ODD_TEXTS[6], entry_id=entries[0].id, session_id=session.id))
    repo.insert(db, Practice(practice="body_scan", minutes=20, entry_id=entries[1].id))
    repo.save_draft(db, "editor/new", "entry", {"body": ODD_TEXTS[0], "nul": "a\x00b"})
    repo.set_setting(db, "profile/name", ODD_TEXTS[1])
    repo.set_setting(db, "share/defaults", {"entries": False, "note": "x\x00y"})


def comparable(doc: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    doc.pop("exported_at")
    return doc


def parsed_without_exported_at(data: bytes) -> dict[str, Any]:
    """The export file ``data`` as a document, minus the one key that changes with the clock."""
    doc = json.loads(data.decode("utf-8"))
    assert isinstance(doc, dict)
    assert isinstance(doc.pop("exported_at"), str)
    return doc


@pytest.fixture
def full(new_journal: OpenJournal) -> OpenJournal:
    fill_everything(new_journal.db)
    return new_journal


def _fresh(tmp_path: Path, name: str) -> OpenJournal:
    journal, _ = create_journal(tmp_path / name, PASS)
    return journal


def test_round_trip_is_lossless(full: OpenJournal, tmp_path: Path) -> None:
    first = exchange.export_all(full.db)
    assert all(first["tables"][t] for t in first["tables"]), "every table has rows"
    data = exchange.dumps(first)
    other = _fresh(tmp_path, "other")
    try:
        added = exchange.import_all(other.db, exchange.parse(data))
        assert added["entry"] == len(ODD_TEXTS)
        second = exchange.export_all(other.db)
        assert comparable(second) == comparable(first)
        # The file written from the copy holds the same document as the original's file
        # (only the export time differs), serialised the same way.
        written = parsed_without_exported_at(exchange.dumps(second))
        original = parsed_without_exported_at(data)
        assert written == original
        assert exchange.dumps(written) == exchange.dumps(original)
        # Importing again adds nothing and changes nothing.
        again = exchange.import_all(other.db, exchange.parse(data))
        assert sum(again.values()) == 0
        assert comparable(exchange.export_all(other.db)) == comparable(first)
        # And into the journal it came from: nothing duplicated.
        assert sum(exchange.import_all(full.db, exchange.parse(data)).values()) == 0
    finally:
        other.close()


def test_settings_keep_their_updated_at(full: OpenJournal, tmp_path: Path) -> None:
    doc = exchange.export_all(full.db)
    for row in doc["tables"]["setting"]:
        row["updated_at"] = "2020-01-02T03:04:05Z"
    other = _fresh(tmp_path, "other")
    try:
        exchange.import_all(other.db, exchange.parse(exchange.dumps(doc)))
        stamps = {r[0] for r in other.db.query("SELECT updated_at FROM setting")}
        assert stamps == {"2020-01-02T03:04:05Z"}
    finally:
        other.close()


def test_newer_row_wins_on_import(full: OpenJournal, tmp_path: Path) -> None:
    doc = exchange.export_all(full.db)
    other = _fresh(tmp_path, "other")
    try:
        exchange.import_all(other.db, doc)
        doc2 = copy.deepcopy(doc)
        row = doc2["tables"]["entry"][0]
        row["body"] = "edited later"
        row["updated_at"] = "2999-01-01T00:00:00Z"
        older = copy.deepcopy(doc)
        older["tables"]["entry"][0]["body"] = "stale"
        older["tables"]["entry"][0]["updated_at"] = "2000-01-01T00:00:00Z"
        exchange.import_all(other.db, doc2)
        exchange.import_all(other.db, older)
        got = repo.get_by_uid(other.db, Entry, row["uid"])
        assert got is not None and got.body == "edited later"
        assert repo.iso_instant(got.updated_at) == "2999-01-01T00:00:00Z"  # type: ignore[arg-type]
    finally:
        other.close()


def test_nul_policy_is_the_same_everywhere(full: OpenJournal) -> None:
    """NUL is stored as U+FFFD in every text: plain columns, JSON columns, drafts,
    settings and the search index (documented in ``repo.clean_text``)."""
    assert "U+FFFD" in (repo.clean_text.__doc__ or "")
    for table, column in [
        ("entry", "body"),
        ("entry", "answers"),
        ("draft", "payload"),
        ("setting", "value"),
        ("entry_fts", "text"),
    ]:
        for (value,) in full.db.query(f"SELECT {column} FROM {table}"):
            assert "\x00" not in value and "\\u0000" not in value, (table, column)
    entry = repo.select(full.db, Entry, "body LIKE 'nul%'")[0]
    assert entry.body == "nul\ufffdinside"
    assert entry.answers["q"] == "nul\ufffdinside"
    draft = repo.load_draft(full.db, "editor/new")
    assert draft is not None and draft.payload["nul"] == "a\ufffdb"
    assert repo.get_setting(full.db, "share/defaults")["note"] == "x\ufffdy"


def test_odd_texts_round_trip_exactly(full: OpenJournal) -> None:
    bodies = {e.body for e in repo.select(full.db, Entry)}
    expected = {t.replace("\x00", "\ufffd") for t in ODD_TEXTS}
    assert bodies == expected


def test_one_megabyte_body(new_journal: OpenJournal, tmp_path: Path) -> None:
    body = ("Ünïcödé 🌊 " * 110_000)[:1_000_000]
    entry = repo.insert(new_journal.db, Entry(body=body))
    doc = exchange.parse(exchange.dumps(exchange.export_all(new_journal.db)))
    other = _fresh(tmp_path, "other")
    try:
        exchange.import_all(other.db, doc)
        got = repo.get_by_uid(other.db, Entry, entry.uid)
        assert got is not None and got.body == body
    finally:
        other.close()


def _export_bytes(db: Database) -> bytes:
    return exchange.dumps(exchange.export_all(db))


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"{",
        b"\xff\xfe\x00",
        b"[]",
        b"null",
        b'"kapjournal-export"',
        b'{"format": "something-else", "tables": {}}',
        b'{"format": "kapjournal-export", "format_version": 999, "tables": {}}',
        b'{"format": "kapjournal-export", "format_version": "one", "tables": {}}',
        b'{"format": "kapjournal-export", "format_version": null, "tables": {}}',
        b'{"format": "kapjournal-export", "format_version": 1}',
        b'{"format": "kapjournal-export", "format_version": 1, "tables": []}',
        b'{"format": "kapjournal-export", "format_version": 1, "tables": {"entry": 5}}',
        b'{"format": "kapjournal-export", "format_version": 1, "tables": {"entry": "abc"}}',
        b'{"format": "kapjournal-export", "format_version": 1, "tables": {"entry": [{"uid": "x",'
        b' "kind": "bogus"}]}}',
        b'{"format": "kapjournal-export", "format_version": 1, "tables": {"entry": [{"uid": "x",'
        b' "kind": "note", "occurred_at": "yesterday"}]}}',
        b'{"format": "kapjournal-export", "format_version": 1, "tables": {"checkin": [{"uid": "x",'
        b' "mood": "happy", "at_utc": "2020-01-01T00:00:00Z"}]}}',
        b'{"format": "kapjournal-export", "format_version": 1, "tables": {"side_effect": [{"uid":'
        b' "x", "severity": 9, "at_utc": "2020-01-01T00:00:00Z"}]}}',
        b'{"format": "kapjournal-export", "format_version": 1, "tables": {"session": [{"uid": "x",'
        b' "course_uid": "missing", "scheduled_at": "2020-01-01T00:00:00Z"}]}}',
        b'{"format": "kapjournal-export", "format_version": 1, "tables": {"setting": [{"value": 1}]}}',
        b'{"format": "kapjournal-export", "format_version": 1, "tables": {"setting": ["x"]}}',
        b'{"format": "kapjournal-export", "format_version": 1, "tables": {"entry": [{"uid": "x",'
        b' "kind": "note", "answers": "not an object", "tags": "abc"}]}}',
        b'{"format": "kapjournal-export", "format_version": 1, "tables": {"entry": [{"uid": 5,'
        b' "kind": "note"}]}}',
    ],
)
def test_bad_files_are_invalid_data(new_journal: OpenJournal, data: bytes) -> None:
    before = _export_bytes(new_journal.db)
    with pytest.raises(InvalidData) as err:
        exchange.import_all(new_journal.db, exchange.parse(data))
    assert "\n" not in str(err.value)
    after = _export_bytes(new_journal.db)
    assert json.loads(after)["tables"] == json.loads(before)["tables"]  # all or nothing


def test_import_is_all_or_nothing(full: OpenJournal, tmp_path: Path) -> None:
    doc = exchange.export_all(full.db)
    doc["tables"]["practice"][0]["minutes"] = 99_999  # outside the schema's range
    other = _fresh(tmp_path, "other")
    try:
        with pytest.raises(InvalidData):
            exchange.import_all(other.db, exchange.parse(exchange.dumps(doc)))
        assert repo.count(other.db, Entry) == 0
    finally:
        other.close()
