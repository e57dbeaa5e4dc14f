"""Hostile import files (SECURITY.md, check 38): every class of malformed input is
refused with one line naming the table and the row, quoting nothing from the file, and
the journal is exactly as it was (a full export before and after, less ``exported_at``).

Each file is a real export of a filled journal with one thing made hostile, imported
into another real journal that has rows of its own, so a partial write would show.
"""

from __future__ import annotations

import copy
import io
import json
import os
import sys
import time
import typing
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kapjournal import cli, prompts
from kapjournal.exporters import exchange
from kapjournal.prefs import PROMPTS_IMPORTED
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.journal import OpenJournal, create_journal, unlock_journal
from kapjournal.storage.models import (
    FOREIGN_KEYS,
    RECORD_TYPES,
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
SECRET_WORDS = "Zq7CANARYxK9 my private words"
HOLE = "@@HOSTILE@@"  # replaced by raw JSON text, for what json.dumps cannot write

PACK = """\
id = "clinic.evening"
version = "1"
language = "en"
kind = "capture"
title = "The evening after"

[[prompts]]
id = "first"
text = "What stayed with me?"
input = "longtext"
"""


def fill(db: Database) -> None:
    """One or more rows in every table, three entries so a bad one can be the third."""
    course = repo.insert(db, Course(title="Spring course", clinic="Clinic"))
    session = repo.insert(db, Session(course_id=course.id or 0, duration_min=45))
    item = repo.insert(db, ChecklistItem(text="Water", position=0))
    repo.insert(db, ChecklistTick(session_id=session.id or 0, item_id=item.id or 0))
    entries = [
        repo.insert(db, Entry(body=f"{SECRET_WORDS} {i}", session_id=session.id, tags=["calm"]))
        for i in range(3)
    ]
    repo.insert(db, Checkin(mood=6, extras={"pain": 1.5}, feelings=["calm"], session_id=session.id))
    repo.insert(db, Questionnaire(instrument="gad7", answers=[1, 0, 2, 1, 0, 0, 1], total=5, band="mild"))
    repo.insert(db, SideEffect(symptom="nausea", severity=2, bp_systolic=130, bp_diastolic=85))
    repo.insert(db, Commitment(text="Walk", entry_id=entries[0].id, session_id=session.id))
    repo.insert(db, Practice(practice="body_scan", minutes=10, entry_id=entries[1].id))
    repo.save_draft(db, "editor/new", "entry", {"body": "half a thought"})
    repo.set_setting(db, "profile/name", "Sam")


@pytest.fixture
def target(new_journal: OpenJournal) -> OpenJournal:
    """The journal files are imported into; it has rows of its own."""
    course = repo.insert(new_journal.db, Course(title="My own course"))
    repo.insert(new_journal.db, Entry(body="already here"))
    repo.insert(new_journal.db, Session(course_id=course.id or 0))
    repo.set_setting(new_journal.db, "reminders/evening_hour", 20)
    return new_journal


@pytest.fixture
def doc(tmp_path: Path) -> dict[str, Any]:
    """A valid export of a filled journal, as parsed JSON."""
    journal, _ = create_journal(tmp_path / "source", PASS)
    try:
        fill(journal.db)
        return typing.cast(dict[str, Any], json.loads(exchange.dumps(exchange.export_all(journal.db))))
    finally:
        journal.close()


def snapshot(db: Database) -> dict[str, Any]:
    """Everything in the journal, as a full export without the export time."""
    data = json.loads(exchange.dumps(exchange.export_all(db)))
    data.pop("exported_at")
    return typing.cast(dict[str, Any], data)


def with_raw(doc: dict[str, Any], table: str, row: int, column: str, raw: str | bytes) -> bytes:
    """``doc`` as a file, with ``tables[table][row - 1][column]`` written as raw JSON text."""
    changed = copy.deepcopy(doc)
    changed["tables"][table][row - 1][column] = HOLE
    data = json.dumps(changed).encode("utf-8")
    assert data.count(json.dumps(HOLE).encode()) == 1
    return data.replace(json.dumps(HOLE).encode(), raw.encode() if isinstance(raw, str) else raw)


def with_value(doc: dict[str, Any], table: str, row: int, column: str, value: Any) -> bytes:
    return with_raw(doc, table, row, column, json.dumps(value))


def edited(doc: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> bytes:
    changed = copy.deepcopy(doc)
    change(changed["tables"])
    return json.dumps(changed).encode("utf-8")


def refused(db: Database, data: bytes, where: str, *not_quoted: str) -> str:
    """Import ``data``; assert the refusal is one line naming ``where``, quoting none of
    ``not_quoted``, and that the journal is unchanged. Returns the message."""
    before = snapshot(db)
    with pytest.raises(InvalidData) as err:
        exchange.import_all(db, exchange.parse(data))
    message = str(err.value)
    assert message.startswith("The file cannot be imported: "), message
    assert where in message, message
    assert "\n" not in message and len(message) < 300, message
    for text in (SECRET_WORDS, "Traceback", "Error", *not_quoted):
        assert text not in message, message
    assert snapshot(db) == before
    return message


# -- nesting ---------------------------------------------------------------------------
def test_deep_nesting_is_refused_before_the_parser_recurses(target: OpenJournal, doc: dict[str, Any]) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    message = refused(
        target.db, with_raw(doc, "entry", 3, "answers", deep), "table 'entry', row 3: 'answers'"
    )
    assert f"more than {exchange.MAX_DEPTH} levels" in message
    # Objects count as well as lists, and a draft's payload as well as an entry's answers.
    objects = '{"a": ' * 500 + "1" + "}" * 500
    refused(target.db, with_raw(doc, "draft", 1, "payload", objects), "table 'draft', row 1: 'payload'")


def test_brackets_inside_text_do_not_count_as_nesting(target: OpenJournal, doc: dict[str, Any]) -> None:
    data = with_value(doc, "entry", 3, "body", "[{" * 10_000 + ' \\" ' + "]}" * 10_000)
    added = exchange.import_all(target.db, exchange.parse(data))
    assert added["entry"] == 3


def test_nesting_just_within_the_limit_is_taken(target: OpenJournal, doc: dict[str, Any]) -> None:
    inner = exchange.MAX_DEPTH - 5  # document, tables, table, row, the answers object
    data = with_raw(doc, "entry", 3, "answers", '{"q": ' + "[" * inner + "]" * inner + "}")
    exchange.import_all(target.db, exchange.parse(data))
    too_deep = with_raw(doc, "entry", 3, "answers", '{"q": ' + "[" * (inner + 1) + "]" * (inner + 1) + "}")
    refused(target.db, too_deep, "table 'entry', row 3: 'answers'")


def test_deep_nesting_outside_the_rows_is_refused_in_one_line(target: OpenJournal) -> None:
    before = snapshot(target.db)
    for data in (b"[" * 100_000, b'{"format": "kapjournal-export", "x": ' + b"[" * 100_000):
        with pytest.raises(InvalidData) as err:
            exchange.parse(data)
        assert str(err.value) == (
            f"The file cannot be imported: it is nested too deeply (more than {exchange.MAX_DEPTH} "
            "levels in the file)."
        )
    assert snapshot(target.db) == before


def test_an_unterminated_text_is_refused_without_a_quadratic_scan(target: OpenJournal) -> None:
    """A string that never ends, full of escaped quotes: each quote could start a string
    again; the scan stops at the first one that does not end (a quadratic scan of this
    takes hours)."""
    data = b'{"format": "kapjournal-export", "tables": {"entry": [{"body": "' + b'\\"[' * 500_000
    before = snapshot(target.db)
    started = time.monotonic()
    with pytest.raises(InvalidData, match=r"^This file is not a KAP Journal export \(not valid JSON\)\.$"):
        exchange.parse(data)
    assert time.monotonic() - started < 20  # linear: well under a second
    assert snapshot(target.db) == before


# -- numbers ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("table", "row", "column", "where"),
    [
        ("checkin", 1, "mood", "'mood' is a number too large"),
        ("entry", 2, "tz_offset_min", "'tz_offset_min' is a number too large"),
        ("setting", 1, "value", "'value' is a number too large"),
    ],
)
def test_a_5000_digit_number_is_refused_without_converting_it(
    target: OpenJournal, doc: dict[str, Any], table: str, row: int, column: str, where: str
) -> None:
    digits = "7" * 5000  # int() of this raises ValueError in Python 3.11: never reached
    refused(
        target.db,
        with_raw(doc, table, row, column, digits),
        f"table '{table}', row {row}: {where}",
        digits[:30],
    )
    negative = with_raw(doc, table, row, column, "-" + digits)
    refused(target.db, negative, f"table '{table}', row {row}: {where}")


def test_a_5000_digit_number_inside_a_json_column(target: OpenJournal, doc: dict[str, Any]) -> None:
    data = with_raw(doc, "entry", 3, "answers", '{"q": [1, ' + "9" * 5000 + "]}")
    refused(target.db, data, "table 'entry', row 3: 'answers' holds a number too large")


@pytest.mark.parametrize(
    ("table", "row", "column", "raw"),
    [
        ("side_effect", 1, "duration_min", str(2**70)),
        ("checkin", 1, "extras", '{"pain": %d}' % 2**70),  # noqa: UP031 - raw JSON text
        ("entry", 1, "answers", '{"q": %d}' % -(2**63 + 1)),  # noqa: UP031
        ("questionnaire", 1, "answers", "[%d, 0, 0, 0, 0, 0, 0]" % 2**64),  # noqa: UP031
        ("checkin", 1, "extras", '{"pain": 1e999}'),  # a float too large becomes infinity
    ],
)
def test_numbers_beyond_64_bits_are_refused(
    target: OpenJournal, doc: dict[str, Any], table: str, row: int, column: str, raw: str
) -> None:
    refused(target.db, with_raw(doc, table, row, column, raw), f"table '{table}', row {row}: '{column}'")


def test_2_to_the_70_is_refused_when_the_document_skips_parse(
    target: OpenJournal, doc: dict[str, Any]
) -> None:
    """import_all checks a document built in memory just as strictly."""
    changed = copy.deepcopy(doc)
    changed["tables"]["side_effect"][0]["duration_min"] = 2**70
    before = snapshot(target.db)
    with pytest.raises(InvalidData, match=r"table 'side_effect', row 1: 'duration_min'"):
        exchange.import_all(target.db, changed)
    changed = copy.deepcopy(doc)
    changed["tables"]["checkin"][0]["extras"] = {"pain": float("nan")}
    with pytest.raises(InvalidData, match=r"table 'checkin', row 1: 'extras' holds a value that is not"):
        exchange.import_all(target.db, changed)
    assert snapshot(target.db) == before


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
@pytest.mark.parametrize(
    ("table", "column", "template"),
    [
        ("checkin", "extras", '{"pain": %s}'),
        ("checkin", "mood", "%s"),
        ("entry", "answers", '{"q": [%s]}'),
        ("setting", "value", '{"x": %s}'),
    ],
)
def test_nan_and_infinity_are_refused(
    target: OpenJournal, doc: dict[str, Any], token: str, table: str, column: str, template: str
) -> None:
    data = with_raw(doc, table, 1, column, template % token)
    message = refused(target.db, data, f"table '{table}', row 1: '{column}'")
    assert "not a finite number" in message


# -- types per column ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("table", "row", "column", "value", "says"),
    [
        ("checkin", 1, "mood", "happy", "must be a whole number from 0 to 10"),
        ("checkin", 1, "mood", 11, "must be a whole number from 0 to 10"),
        ("checkin", 1, "mood", True, "must be a whole number"),
        ("checkin", 1, "mood", 5.5, "must be a whole number"),
        ("checkin", 1, "mood", None, "is missing"),
        ("checkin", 1, "feelings", [1, 2], "must be a list of texts"),
        ("checkin", 1, "extras", {"pain": "a lot"}, "must give a number for each name"),
        ("checkin", 1, "context", "party", "must be one of: daily, baseline, post_session"),
        ("entry", 3, "share", 2, "must be true or false"),
        ("entry", 3, "share", "yes", "must be true or false"),
        ("entry", 3, "title", 5, "must be text"),
        ("entry", 3, "body", ["a"], "must be text"),
        ("entry", 3, "kind", "diary", "must be one of: intention"),
        ("entry", 3, "answers", "all of it", "must be a set of named values"),
        ("entry", 3, "tags", "calm", "must be a list of texts"),
        ("entry", 3, "tags", [{"t": 1}], "must be a list of texts"),
        ("entry", 3, "occurred_at", "yesterday", "must be a time in UTC"),
        ("entry", 3, "occurred_at", "2026-01-31 18:05:00", "must be a time in UTC"),
        ("entry", 3, "occurred_at", "2026-02-30T18:05:00Z", "must be a time in UTC"),
        ("entry", 3, "created_at", 1700000000, "must be a time in UTC"),
        ("course", 1, "start_date", "31/01/2026", "must be a date"),
        ("course", 1, "start_date", "20260131", "must be a date"),
        ("session", 1, "duration_min", 1441, "must be a whole number from 0 to 1440"),
        ("session", 1, "status", "maybe", "must be one of: planned, done"),
        ("side_effect", 1, "severity", 9, "must be a whole number from 1 to 3"),
        ("side_effect", 1, "bp_systolic", 999, "must be a whole number from 40 to 300"),
        ("practice", 1, "minutes", 99_999, "must be a whole number from 0 to 1440"),
        ("questionnaire", 1, "answers", [1, 2], "must hold 7 answers, each from 0 to 3"),
        ("questionnaire", 1, "answers", [9, 0, 0, 0, 0, 0, 0], "must hold 7 answers"),
        ("questionnaire", 1, "total", 6, "does not match 'answers'"),
        ("questionnaire", 1, "instrument", "bdi", "must be one of: phq9, gad7"),
        ("draft", 1, "payload", [1], "must be a set of named values"),
        ("checklist_item", 1, "archived", None, "is missing"),
    ],
)
def test_wrong_types_per_column_are_refused(
    target: OpenJournal, doc: dict[str, Any], table: str, row: int, column: str, value: Any, says: str
) -> None:
    data = with_value(doc, table, row, column, value)
    quoted = [value] if isinstance(value, str) and len(value) > 3 else []
    refused(target.db, data, f"table '{table}', row {row}: '{column}' {says}", *quoted)


def test_broken_text_is_refused(target: OpenJournal, doc: dict[str, Any]) -> None:
    """A lone surrogate (from a ``\\ud800`` escape) cannot be stored as UTF-8."""
    says = "is not valid text (it holds a broken character)."
    refused(target.db, with_raw(doc, "entry", 3, "body", '"a \\ud800 b"'), f"row 3: 'body' {says}")
    refused(target.db, with_raw(doc, "entry", 3, "answers", '{"\\udfff": 1}'), f"row 3: 'answers' {says}")
    refused(target.db, with_raw(doc, "entry", 3, "tags", '["\\ud83d"]'), f"row 3: 'tags' {says}")


def test_text_over_the_limit_is_refused(target: OpenJournal, doc: dict[str, Any]) -> None:
    long_text = "x" * (repo.MAX_TEXT_CHARS + 1)
    refused(target.db, with_value(doc, "course", 1, "notes", long_text), "row 1: 'notes' is longer than")
    huge = {f"k{i}": "y" * 1000 for i in range(2100)}  # every string short, the whole too large
    refused(target.db, with_value(doc, "entry", 1, "answers", huge), "row 1: 'answers' is too large to store")


def test_unknown_fields_and_tables_are_refused(target: OpenJournal, doc: dict[str, Any]) -> None:
    refused(
        target.db,
        with_value(doc, "entry", 2, "../../evil", 1),
        "table 'entry', row 2: the row has a field this journal does not know.",
        "evil",
    )
    refused(target.db, with_value(doc, "course", 1, "id", 1), "table 'course', row 1: the row has a field")
    before = snapshot(target.db)
    data = edited(doc, lambda tables: tables.update({"entry_fts": [{"rowid": 1}]}))
    with pytest.raises(InvalidData, match=r"^The file cannot be imported: it holds a table this journal"):
        exchange.import_all(target.db, exchange.parse(data))
    data = edited(doc, lambda tables: tables["entry"].append("not a row"))
    with pytest.raises(InvalidData, match=r"table 'entry', row 4: the row is not a set of named fields"):
        exchange.parse(data)
    assert snapshot(target.db) == before


# -- uid -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "uid",
    [
        "../../etc/passwd",
        "..%2f..%2fetc%2fpasswd",
        "a" * 31,
        "a" * 33,
        "A" * 32,
        uuid.uuid4().hex.upper(),
        str(uuid.uuid4()),  # with dashes
        "g" * 32,
        " " + "a" * 31,
        "a" * 31 + "\n",
        "",
        5,
        None,
    ],
)
def test_uid_must_be_32_lowercase_hex(target: OpenJournal, doc: dict[str, Any], uid: Any) -> None:
    where = "table 'entry', row 3: 'uid'"
    quoted = [uid] if isinstance(uid, str) and len(uid) > 3 else []
    message = refused(target.db, with_value(doc, "entry", 3, "uid", uid), where, *quoted)
    assert message.endswith("must be 32 hexadecimal characters (0-9 and a-f).") or message.endswith(
        "'uid' is missing."
    )


def test_a_uid_used_twice_in_a_table_is_refused(target: OpenJournal, doc: dict[str, Any]) -> None:
    first = doc["tables"]["entry"][0]["uid"]
    refused(
        target.db,
        with_value(doc, "entry", 3, "uid", first),
        "table 'entry', row 3: 'uid' repeats the uid of row 1.",
    )


def test_a_tick_repeated_under_another_uid_is_refused(target: OpenJournal, doc: dict[str, Any]) -> None:
    def tick_twice(tables: dict[str, Any]) -> None:
        tables["checklist_tick"].append(dict(tables["checklist_tick"][0], uid=uuid.uuid4().hex))

    refused(
        target.db,
        edited(doc, tick_twice),
        "table 'checklist_tick', row 2: 'session_uid' and 'item_uid' repeat",
    )


def test_a_row_the_journal_itself_refuses_is_named_and_everything_rolled_back(
    target: OpenJournal, doc: dict[str, Any]
) -> None:
    """The checks leave little for the database to refuse; what it still refuses (here a
    tick of a session and item the journal already has ticked, under another uid) is
    named, and the rows written before it in the same transaction are undone."""
    exchange.import_all(target.db, exchange.parse(json.dumps(doc).encode("utf-8")))

    def new_course_and_tick_again(tables: dict[str, Any]) -> None:
        tables["course"].append(dict(tables["course"][0], uid=uuid.uuid4().hex))
        tables["checklist_tick"][0]["uid"] = uuid.uuid4().hex

    data = edited(doc, new_course_and_tick_again)
    refused(target.db, data, "table 'checklist_tick', row 1: the journal cannot take this row as it is.")


# -- references ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("table", "row", "column", "target_table"),
    [
        ("entry", 3, "session_uid", "session"),
        ("session", 1, "course_uid", "course"),
        ("checklist_tick", 1, "item_uid", "checklist_item"),
        ("commitment", 1, "entry_uid", "entry"),
        ("practice", 1, "entry_uid", "entry"),
    ],
)
def test_a_dangling_reference_is_refused(
    target: OpenJournal, doc: dict[str, Any], table: str, row: int, column: str, target_table: str
) -> None:
    missing = uuid.uuid4().hex
    data = with_value(doc, table, row, column, missing)
    message = refused(
        target.db, data, f"table '{table}', row {row}: '{column}' names a {target_table} row", missing
    )
    assert message.endswith("that is neither in the file nor in this journal.")


def test_a_reference_must_itself_be_a_uid(target: OpenJournal, doc: dict[str, Any]) -> None:
    data = with_value(doc, "entry", 3, "session_uid", "../../etc/passwd")
    refused(target.db, data, "table 'entry', row 3: 'session_uid' must be 32 hexadecimal characters")
    data = with_value(doc, "session", 1, "course_uid", None)  # a session needs its course
    refused(target.db, data, "table 'session', row 1: 'course_uid' is missing.")


def test_a_reference_to_a_row_already_in_the_journal_is_taken(
    target: OpenJournal, doc: dict[str, Any]
) -> None:
    own = repo.select(target.db, Session)[0]

    def point_at_own_session(tables: dict[str, Any]) -> None:
        del tables["session"], tables["checklist_tick"]
        for rows in tables.values():
            for row in rows:
                if row.get("session_uid") is not None:
                    row["session_uid"] = own.uid

    exchange.import_all(target.db, exchange.parse(edited(doc, point_at_own_session)))
    for row in doc["tables"]["entry"]:
        got = repo.get_by_uid(target.db, Entry, row["uid"])
        assert got is not None and got.session_id == own.id


# -- settings --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "key",
    [
        "evil/key",
        "../../etc/passwd",
        "unlock/failures",  # a device preference: never set from a file
        "lock/idle_minutes",
        "PROFILE/NAME",
        "",
        7,
    ],
)
def test_an_unknown_settings_key_is_refused(target: OpenJournal, doc: dict[str, Any], key: Any) -> None:
    quoted = [key] if isinstance(key, str) and len(key) > 3 else []
    data = with_value(doc, "setting", 1, "key", key)
    refused(target.db, data, "table 'setting', row 1: 'key' is not a setting this journal knows.", *quoted)


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("reminders/evening_hour", 99, "must be a whole number from 0 to 23"),
        ("reminders/enabled", "yes", "must be true or false"),
        ("checkins/reminder", {"at": "07:00"}, "must be text"),
        ("safety/plan", "call someone", "must be a list"),
        ("share/defaults", [], "must be a set of named values"),
    ],
)
def test_a_setting_of_the_wrong_type_is_refused(
    target: OpenJournal, doc: dict[str, Any], key: str, value: Any, says: str
) -> None:
    def change(tables: dict[str, Any]) -> None:
        tables["setting"].append({"key": key, "value": value, "updated_at": "2026-01-01T00:00:00Z"})

    row = len(doc["tables"]["setting"]) + 1
    refused(target.db, edited(doc, change), f"table 'setting', row {row}: 'value' {says} for this setting.")


def test_a_setting_given_twice_is_refused(target: OpenJournal, doc: dict[str, Any]) -> None:
    data = edited(doc, lambda tables: tables["setting"].append(dict(tables["setting"][0])))
    row = len(doc["tables"]["setting"]) + 1
    refused(target.db, data, f"table 'setting', row {row}: 'key' repeats the setting of row 1.")


def _with_packs(doc: dict[str, Any], packs: Any) -> bytes:
    def change(tables: dict[str, Any]) -> None:
        tables["setting"].append(
            {"key": PROMPTS_IMPORTED.key, "value": packs, "updated_at": "2026-01-01T00:00:00Z"}
        )

    return edited(doc, change)


@pytest.mark.parametrize(
    ("packs", "says"),
    [
        ({"clinic.evening": PACK.replace("What stayed", "<script>alert(1)</script>")}, "does not pass"),
        ({"clinic.evening": PACK.replace("What stayed", "<img src=x onerror=alert(1)>")}, "does not pass"),
        ({"clinic.evening": PACK.replace('input = "longtext"', 'input = "html"')}, "does not pass"),
        ({"clinic.evening": PACK + "evil = true\n"}, "does not pass"),
        ({"clinic.evening": "this is [not toml"}, "does not pass"),
        ({"clinic.evening": "x" * (prompts.MAX_PACK_BYTES + 1)}, "does not pass"),
        ({"kapjournal.capture": PACK.replace("clinic.evening", "kapjournal.capture")}, "does not pass"),
        ({"other.id": PACK}, "filed under an id that is not its own"),
        ({"clinic.evening": 5}, "holds a prompt pack that is not text"),
        ("id = 'clinic.evening'", "must be a set of named values for this setting"),
    ],
)
def test_an_imported_prompt_pack_is_checked_as_in_settings(
    target: OpenJournal, doc: dict[str, Any], packs: Any, says: str
) -> None:
    row = len(doc["tables"]["setting"]) + 1
    message = refused(
        target.db, _with_packs(doc, packs), f"table 'setting', row {row}: 'value' ", "<script", "onerror"
    )
    assert says in message
    # Settings refuses every one of these packs too (the same check, prompts.check_import).
    if isinstance(packs, dict) and "does not pass" in says:
        with pytest.raises(prompts.PackError):
            prompts.import_pack(target.db, next(iter(packs.values())).encode("utf-8"))


def test_a_valid_prompt_pack_arrives_with_the_file(target: OpenJournal, doc: dict[str, Any]) -> None:
    exchange.import_all(target.db, exchange.parse(_with_packs(doc, {"clinic.evening": PACK})))
    assert [p.id for p in prompts.imported_packs(target.db)] == ["clinic.evening"]


# -- what still works ------------------------------------------------------------------
def test_a_valid_file_still_imports(target: OpenJournal, doc: dict[str, Any]) -> None:
    data = json.dumps(doc).encode("utf-8")
    added = exchange.import_all(target.db, exchange.parse(data))
    assert added == {cls.TABLE: len(doc["tables"][cls.TABLE]) for cls in RECORD_TYPES}
    after = snapshot(target.db)
    for cls in RECORD_TYPES:
        imported = {row["uid"]: row for row in after["tables"][cls.TABLE]}
        for row in doc["tables"][cls.TABLE]:
            assert imported[row["uid"]] == row, cls.TABLE
    # The target's own evening hour is kept; the file's name arrives.
    settings = {row["key"]: row["value"] for row in after["tables"]["setting"]}
    assert settings == {"reminders/evening_hour": 20, "profile/name": "Sam"}
    # Again: nothing added, nothing changed.
    assert sum(exchange.import_all(target.db, exchange.parse(data)).values()) == 0
    assert snapshot(target.db) == after


def test_every_whole_number_column_has_a_range() -> None:
    for cls in RECORD_TYPES:
        hints = typing.get_type_hints(cls)
        for name in cls.columns():
            if name == "id" or name in FOREIGN_KEYS or name in cls.JSON_FIELDS:
                continue
            if int in (hints[name], *typing.get_args(hints[name])) and name not in cls.BOOL_FIELDS:
                assert (cls.TABLE, name) in exchange.INT_RANGES, (cls.TABLE, name)


def test_every_setting_the_app_writes_may_be_imported() -> None:
    """The allow-list is the journal's declared settings (prefs.PREFS) plus the sample
    marker; device preferences are not in it."""
    from kapjournal.prefs import DEVICE, PREFS

    allowed = exchange.setting_types()
    assert "sample/journal" in allowed
    assert PROMPTS_IMPORTED.key in allowed
    assert not [p.key for p in PREFS.values() if p.scope is DEVICE and p.key in allowed]


# -- the command line ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("column", "value", "says"),
    [
        # refused while reading the file, before the journal is opened
        ("uid", "../../etc/passwd", "'uid' must be 32 hexadecimal characters (0-9 and a-f)."),
        # refused inside the import, after unlocking: the reference needs the journal
        (
            "session_uid",
            "0" * 32,
            "'session_uid' names a session row that is neither in the file nor in this journal.",
        ),
    ],
)
def test_cli_import_of_a_hostile_file_exits_1_with_one_line(
    tmp_path: Path,
    doc: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    column: str,
    value: str,
    says: str,
) -> None:
    folder = tmp_path / "journal-for-cli"
    journal, _ = create_journal(folder, PASS)
    try:
        repo.insert(journal.db, Entry(body="mine"))
        before = snapshot(journal.db)
    finally:
        journal.close()
    bad = tmp_path / "hostile.json"
    bad.write_bytes(with_value(doc, "entry", 3, column, value))
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    umask = os.umask(0o077)
    os.umask(umask)
    try:
        code = cli.main(["import", "--data-dir", str(folder), "--passphrase-stdin", str(bad)])
    finally:
        os.umask(umask)  # main() sets a private umask; keep other tests honest
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err == f"The file cannot be imported: table 'entry', row 3: {says}\n"
    journal = unlock_journal(folder, "passphrase", PASS)
    try:
        assert snapshot(journal.db) == before
    finally:
        journal.close()
