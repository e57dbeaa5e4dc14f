"""Damage found before the first write (SECURITY 36; issue "Security hardening",
finding 4): with one flipped byte in a middle page, the first release unlocked and
wrote new entries into the damaged file. Now the unlock checks every page's HMAC and
opens a damaged journal read-only; the full check in the background does the same."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kapjournal.storage import keyslots as ks
from kapjournal.storage import repo
from kapjournal.storage.errors import JournalDamaged
from kapjournal.storage.journal import create_journal, unlock_journal
from kapjournal.storage.models import Entry

PASS = "correct horse battery staple"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damaged_journal(folder: Path) -> tuple[Path, int]:
    journal, _ = create_journal(folder, PASS)
    for i in range(80):
        repo.insert(journal.db, Entry(body=f"entry {i} " + "words " * 80))
    journal.close()
    target = folder / "journal.kapdb"
    pages = target.stat().st_size // 4096
    page_no = pages // 2
    data = bytearray(target.read_bytes())
    data[(page_no - 1) * 4096 + 700] ^= 0x01
    target.write_bytes(bytes(data))
    return target, page_no


def test_damaged_journal_opens_read_only_and_is_never_written(journal_dir: Path) -> None:
    target, page_no = _damaged_journal(journal_dir)
    before = _sha(target)
    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    try:
        assert journal.damaged
        assert any(f"page {page_no}" in p for p in journal.problems), journal.problems
        with pytest.raises(JournalDamaged) as err:
            repo.insert(journal.db, Entry(body="new words"))
        assert "read-only" in str(err.value) and "\n" not in str(err.value)
        with pytest.raises(JournalDamaged):
            journal.db.execute("DELETE FROM entry")
        assert repo.count(journal.db, Entry) >= 1  # what can be read, is read
        assert journal.auto_backup(force=True) is None
    finally:
        journal.close()
    assert _sha(target) == before, "the damaged file was written to"


def test_a_whole_journal_is_not_read_only(journal_dir: Path) -> None:
    journal, _ = create_journal(journal_dir, PASS)
    journal.close()
    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    try:
        assert not journal.damaged
        assert journal.full_check() == []
        repo.insert(journal.db, Entry(body="fine"))
    finally:
        journal.close()


def test_full_check_turns_the_journal_read_only(journal_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Damage that only the full check sees (an index that disagrees with its table)."""
    journal, _ = create_journal(journal_dir, PASS)
    journal.close()
    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    try:
        from kapjournal.storage import db as dbmod

        monkeypatch.setattr(dbmod.Database, "integrity_problems", lambda self: ["row 3 missing from index"])
        assert journal.full_check() == ["row 3 missing from index"]
        assert journal.damaged
        with pytest.raises(JournalDamaged):
            repo.insert(journal.db, Entry(body="not written"))
    finally:
        journal.close()
