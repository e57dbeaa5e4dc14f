"""Schema 3 (``0003_more_instruments.sql``): the questionnaire table takes PCL-5 and
AUDIT-C. Each step is checked from a frozen journal of the version before it: v2 -> v3,
and v1 -> v2 -> v3 in one unlock; both end with exactly the schema a new journal has
(the frozen v3 journal) and keep every row."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kapjournal.exporters import exchange
from kapjournal.measures.instruments import make_record
from kapjournal.storage import keyslots as ks
from kapjournal.storage import repo, schema
from kapjournal.storage.backups import MIGRATION_PREFIX
from kapjournal.storage.db import Database
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.journal import JournalFiles, unlock_journal
from kapjournal.storage.models import Questionnaire
from tests._helpers import FILES
from tests._helpers.make_frozen import PASSPHRASE, golden


def _schema_of(db: Database) -> dict[str, str]:
    return {r[0]: r[1] for r in db.query("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")}


def _opened(tmp_path: Path, version: int) -> tuple[Path, dict[str, str], dict[str, object], int]:
    """Copy frozen journal ``version``, unlock it (migrating it), and return its folder,
    schema, export, and user_version after a PCL-5 and an AUDIT-C record went in."""
    folder = tmp_path / f"v{version}"
    shutil.copytree(FILES / f"journal-v{version}", folder)
    journal = unlock_journal(folder, ks.PASSPHRASE, PASSPHRASE)
    try:
        db = journal.db
        found = (_schema_of(db), golden(exchange.export_all(db)), db.user_version)
        assert db.integrity_problems() == []
        repo.insert(db, make_record("pcl5", [4] * 20))  # total 80: the largest the table takes
        repo.insert(db, make_record("auditc", [4, 4, 4]))
        with pytest.raises(InvalidData):
            repo.insert(db, Questionnaire(instrument="auditc", answers=[4, 4, 4], total=13, band="x"))
    finally:
        journal.close()
    return folder, *found


def _steps(folder: Path) -> list[int]:
    names = [b.name for b in JournalFiles(folder).list_backups()]
    return sorted(int(n.split(MIGRATION_PREFIX, 1)[1].split(".")[0].split("-")[0]) for n in names)


def test_schema_3_is_the_more_instruments_step() -> None:
    assert schema.MIGRATIONS[1] == (2, "0002_search_prefix.sql")
    assert schema.MIGRATIONS[2] == (3, "0003_more_instruments.sql")
    assert schema.LATEST == 3


def test_a_v2_journal_migrates_to_v3_with_the_same_rows_and_a_new_journals_schema(tmp_path: Path) -> None:
    _, fresh, _, _ = _opened(tmp_path, 3)
    folder, got, export, version = _opened(tmp_path, 2)
    assert version == 3
    assert _steps(folder) == [3], "one encrypted backup, before the step to v3"
    assert got == fresh
    assert "'pcl5', 'auditc'" in got["questionnaire"] and "questionnaire_time" in got
    assert "prefix = '2 3'" in got["entry_fts"], "the search step's index is kept"
    expected = json.loads((FILES / "journal-v2.expected.json").read_text("utf-8"))
    assert export["tables"] == expected["tables"]  # ids, uids and answers unchanged


def test_a_v1_journal_migrates_through_v2_and_v3(tmp_path: Path) -> None:
    _, fresh, _, _ = _opened(tmp_path, 3)
    folder, got, export, version = _opened(tmp_path, 1)
    assert version == 3
    assert _steps(folder) == [2, 3], "an encrypted backup before each step"
    assert got == fresh
    expected = json.loads((FILES / "journal-v1.expected.json").read_text("utf-8"))
    assert export["tables"] == expected["tables"]
