"""The encrypted store: create/unlock/lock, secrets, key slots, foreign and damaged
files, locking, migrations. Real SQLCipher files in ``tmp_path``."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from kapjournal.passphrase import assess
from kapjournal.storage import db as dbmod
from kapjournal.storage import keyslots as ks
from kapjournal.storage import repo, schema
from kapjournal.storage.errors import (
    JournalExists,
    JournalInUse,
    KeySlotsMissing,
    NotAJournal,
    NotSaved,
    SqlcipherMissing,
    WrongSecret,
)
from kapjournal.storage.journal import (
    JournalFiles,
    backup_closed_journal,
    create_journal,
    restore_bundle,
    unlock_journal,
    verify_secret,
)
from kapjournal.storage.models import Entry
from tests._helpers import digest, read_only_bind

PASS = "correct horse battery staple"
NEW = "a brand new river stone passphrase"


def _closed_journal(folder: Path, n: int = 3) -> str:
    journal, recovery = create_journal(folder, PASS)
    try:
        for i in range(n):
            repo.insert(journal.db, Entry(body=f"entry number {i}", tags=["t"]))
    finally:
        journal.close()
    return recovery


def _count(folder: Path, secret: str = PASS) -> int:
    journal = unlock_journal(folder, ks.PASSPHRASE, secret)
    try:
        return repo.count(journal.db, Entry)
    finally:
        journal.close()


# -- create / unlock / lock -------------------------------------------------------------
def test_create_unlock_lock_round_trip(journal_dir: Path) -> None:
    journal, recovery = create_journal(journal_dir, PASS)
    entry = repo.insert(journal.db, Entry(body="first words"))
    journal.close()
    assert not journal.is_open and journal.db.closed
    files = JournalFiles(journal_dir)
    assert files.db.read_bytes()[:16] != dbmod.SQLITE_HEADER
    assert not any(p.exists() for p in files.sidecars()), "a closed journal leaves no WAL"
    again = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    try:
        got = repo.get_by_uid(again.db, Entry, entry.uid)
        assert got is not None and got.body == "first words"
    finally:
        again.close()
    with pytest.raises(JournalExists):
        create_journal(journal_dir, PASS)
    assert recovery.count("-") == 4


def test_files_are_private(journal_dir: Path) -> None:
    umask = os.umask(0o022)  # a permissive umask: privacy must not depend on the caller's
    try:
        _closed_journal(journal_dir)
        journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
        try:
            for side in JournalFiles(journal_dir).sidecars()[:2]:
                assert side.stat().st_mode & 0o077 == 0, side.name
        finally:
            journal.close()
    finally:
        os.umask(umask)
    assert journal_dir.stat().st_mode & 0o077 == 0
    for name in ("journal.kapdb", "journal.keys", "journal.keys.mirror", "journal.lock"):
        assert (journal_dir / name).stat().st_mode & 0o077 == 0, name


def test_wrong_passphrase_touches_nothing(journal_dir: Path) -> None:
    _closed_journal(journal_dir)
    files = JournalFiles(journal_dir)
    before = {p.name: digest(p) for p in (files.db, files.keys, files.mirror)}
    with pytest.raises(WrongSecret) as err:
        unlock_journal(journal_dir, ks.PASSPHRASE, PASS + "!")
    message = str(err.value)
    assert "\n" not in message and message == "That passphrase does not open this journal."
    assert PASS not in message
    assert {p.name: digest(p) for p in (files.db, files.keys, files.mirror)} == before
    assert not any(p.exists() for p in files.sidecars())


def test_wrong_recovery_code(journal_dir: Path) -> None:
    _closed_journal(journal_dir)
    with pytest.raises(WrongSecret, match="recovery code"):
        unlock_journal(journal_dir, ks.RECOVERY, ks.new_recovery_code())


def test_recovery_code_lower_case_with_spaces_then_new_passphrase(journal_dir: Path) -> None:
    recovery = _closed_journal(journal_dir)
    typed = "  " + recovery.lower().replace("-", " ") + " "
    journal = unlock_journal(journal_dir, ks.RECOVERY, typed)
    try:
        journal.change_passphrase(NEW)
    finally:
        journal.close()
    assert _count(journal_dir, NEW) == 3
    with pytest.raises(WrongSecret):
        unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    assert verify_secret(journal_dir, ks.RECOVERY, recovery)


def test_passphrase_policy_and_very_long_passphrase(journal_dir: Path) -> None:
    assert not assess("").acceptable
    assert not assess("     ").acceptable
    long_pass = ("Ωmega river stone 🌊 " * 600)[:10_000]
    assert len(long_pass) == 10_000
    verdict = assess(long_pass)
    assert verdict.acceptable
    journal, _ = create_journal(journal_dir, long_pass)
    journal.close()
    assert _count(journal_dir, long_pass) == 0
    with pytest.raises(WrongSecret):
        unlock_journal(journal_dir, ks.PASSPHRASE, long_pass[:-1])


def test_passphrase_is_nfc_normalized(journal_dir: Path) -> None:
    composed = "caf\u00e9 on the hill at dawn"
    journal, _ = create_journal(journal_dir, composed)
    journal.close()
    assert _count(journal_dir, "cafe\u0301 on the hill at dawn") == 0


# -- the driver and cipher settings ------------------------------------------------------
def test_plain_sqlite_driver_is_refused(journal_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dbmod, "driver", sqlite3)
    with pytest.raises(SqlcipherMissing):
        create_journal(journal_dir, PASS)
    assert not journal_dir.exists()


def test_plain_sqlite_driver_refused_on_unlock(
    journal_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _closed_journal(journal_dir)
    before = sorted(os.listdir(journal_dir))
    db_digest = digest(journal_dir / "journal.kapdb")
    monkeypatch.setattr(dbmod, "driver", sqlite3)
    with pytest.raises(SqlcipherMissing):
        unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    with pytest.raises(SqlcipherMissing):
        dbmod.open_database(journal_dir / "new.kapdb", bytes(32), create=True)
    assert sorted(os.listdir(journal_dir)) == before
    assert digest(journal_dir / "journal.kapdb") == db_digest


def test_cipher_settings_are_pinned(new_journal) -> None:  # type: ignore[no-untyped-def]
    db = new_journal.db
    assert db.scalar("PRAGMA cipher_page_size") == "4096"
    assert db.scalar("PRAGMA cipher_hmac_algorithm") == "HMAC_SHA512"
    assert db.scalar("PRAGMA cipher_kdf_algorithm") == "PBKDF2_HMAC_SHA512"
    assert db.scalar("PRAGMA cipher_use_hmac") == "1"
    assert db.scalar("PRAGMA cipher_plaintext_header_size") == "0"
    assert db.scalar("PRAGMA cipher_memory_security") == "1"
    assert int(db.scalar("PRAGMA temp_store")) == 2  # MEMORY
    assert int(db.scalar("PRAGMA secure_delete")) == 1
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert int(db.scalar("PRAGMA synchronous")) == 2  # FULL
    assert int(db.scalar("PRAGMA foreign_keys")) == 1
    assert db.scalar("PRAGMA cipher_version").startswith("4.")


def test_journal_opens_with_explicit_sqlcipher4_settings(journal_dir: Path) -> None:
    """Pinned settings: the file opens when every SQLCipher 4 setting is spelled out
    (so later releases changing defaults cannot lock it)."""
    _closed_journal(journal_dir)
    slots, _ = JournalFiles(journal_dir).load_slots()
    key = slots.unwrap(ks.PASSPHRASE, PASS)
    conn = dbmod.driver.connect(str(journal_dir / "journal.kapdb"))
    try:
        conn.execute("PRAGMA key = \"x'" + bytes(key).hex() + "'\"")
        for pragma in (
            "cipher_page_size = 4096",
            "kdf_iter = 256000",
            "cipher_hmac_algorithm = HMAC_SHA512",
            "cipher_kdf_algorithm = PBKDF2_HMAC_SHA512",
        ):
            conn.execute(f"PRAGMA {pragma}")
        assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == 3
    finally:
        conn.close()


# -- locking -------------------------------------------------------------------------
def test_second_unlock_in_same_process_is_refused(journal_dir: Path) -> None:
    _closed_journal(journal_dir)
    first = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    try:
        with pytest.raises(JournalInUse):
            unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
        with pytest.raises(JournalInUse):
            backup_closed_journal(journal_dir, journal_dir.parent / "b.kapbackup")
    finally:
        first.close()
    assert not (journal_dir.parent / "b.kapbackup").exists()
    assert _count(journal_dir) == 3  # released on close


# -- passphrase change ----------------------------------------------------------------
def test_passphrase_change_new_opens_old_does_not(journal_dir: Path) -> None:
    _closed_journal(journal_dir)
    db_before = digest(journal_dir / "journal.kapdb")[0]
    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    journal.change_passphrase(NEW)
    journal.close()
    assert _count(journal_dir, NEW) == 3
    with pytest.raises(WrongSecret):
        unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    # Both copies of the key slots carry the change.
    for name in ("journal.keys", "journal.keys.mirror"):
        slots = ks.KeySlots.load(journal_dir / name)
        with pytest.raises(WrongSecret):
            slots.unwrap(ks.PASSPHRASE, PASS)
        slots.unwrap(ks.PASSPHRASE, NEW)
    # The change rotates the data key (SECURITY 30): the database is re-encrypted, so
    # every page differs. (The first release only rewrapped the same key.)
    assert digest(journal_dir / "journal.kapdb")[0] != db_before


def test_passphrase_change_in_read_only_folder(journal_dir: Path) -> None:
    _closed_journal(journal_dir)
    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    try:
        with read_only_bind(journal_dir) as ok:
            if not ok:
                pytest.skip("bind mounts are not permitted here (root ignores chmod)")
            with pytest.raises(NotSaved, match="read-only"):
                journal.change_passphrase(NEW)
            assert verify_secret(journal_dir, ks.PASSPHRASE, PASS)
            assert not verify_secret(journal_dir, ks.PASSPHRASE, NEW)
            # The open journal did not adopt the slots that were never written.
            with pytest.raises(WrongSecret):
                journal.slots.unwrap(ks.PASSPHRASE, NEW)
            assert not list(journal_dir.glob(".tmp-*"))
    finally:
        journal.close()
    assert _count(journal_dir, PASS) == 3
    with pytest.raises(WrongSecret):
        unlock_journal(journal_dir, ks.PASSPHRASE, NEW)


def test_device_slot_after_failed_change_keeps_old_passphrase(journal_dir: Path) -> None:
    """A later key-slot write must not smuggle in a passphrase whose change failed."""
    _closed_journal(journal_dir)
    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    try:
        with read_only_bind(journal_dir) as ok:
            if not ok:
                pytest.skip("bind mounts are not permitted here")
            with pytest.raises(NotSaved):
                journal.change_passphrase(NEW)
        journal.add_device_slot()
    finally:
        journal.close()
    assert _count(journal_dir, PASS) == 3
    assert not verify_secret(journal_dir, ks.PASSPHRASE, NEW)


# -- key slots -------------------------------------------------------------------------
def test_missing_primary_key_file_falls_back_to_mirror_and_repairs(journal_dir: Path) -> None:
    _closed_journal(journal_dir)
    (journal_dir / "journal.keys").unlink()
    assert _count(journal_dir) == 3
    assert (journal_dir / "journal.keys").read_bytes() == (
        journal_dir / "journal.keys.mirror"
    ).read_bytes()


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"format": "kapjournal-keyslots"}', b"\xff\xfe"])
def test_damaged_primary_key_file_falls_back_to_mirror(journal_dir: Path, damage: bytes) -> None:
    _closed_journal(journal_dir)
    (journal_dir / "journal.keys").write_bytes(damage)
    assert _count(journal_dir) == 3
    ks.KeySlots.load(journal_dir / "journal.keys")  # repaired from the mirror


def test_both_key_files_gone(journal_dir: Path) -> None:
    _closed_journal(journal_dir)
    (journal_dir / "journal.keys").unlink()
    (journal_dir / "journal.keys.mirror").unlink()
    before = digest(journal_dir / "journal.kapdb")
    with pytest.raises(KeySlotsMissing) as err:
        unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    assert "missing" in str(err.value) and "backup holds a copy" in str(err.value)
    assert "\n" not in str(err.value)
    assert digest(journal_dir / "journal.kapdb") == before


def test_damaged_key_file_and_no_mirror(journal_dir: Path) -> None:
    _closed_journal(journal_dir)
    (journal_dir / "journal.keys").write_text("garbage")
    (journal_dir / "journal.keys.mirror").unlink()
    with pytest.raises(KeySlotsMissing, match=r"damaged\. A backup holds a copy"):
        unlock_journal(journal_dir, ks.PASSPHRASE, PASS)


def test_key_slot_from_other_journal_does_not_open(tmp_path: Path) -> None:
    _closed_journal(tmp_path / "a")
    _closed_journal(tmp_path / "b")
    # Both key files from journal a (with only the primary replaced, b's own mirror
    # would open b: an unusable primary falls back to the mirror, SECURITY 37).
    for name in ("journal.keys", "journal.keys.mirror"):
        shutil.copy(tmp_path / "a" / name, tmp_path / "b" / name)
    before = digest(tmp_path / "b" / "journal.kapdb")
    with pytest.raises(NotAJournal):
        unlock_journal(tmp_path / "b", ks.PASSPHRASE, PASS)
    assert digest(tmp_path / "b" / "journal.kapdb") == before


def test_slot_with_weakened_kdf_is_rejected(journal_dir: Path) -> None:
    _closed_journal(journal_dir)
    doc = json.loads((journal_dir / "journal.keys").read_text())
    for slot in doc["slots"]:
        if slot["kdf"]["name"] == "argon2id":
            slot["kdf"]["iterations"] = 1
    data = json.dumps(doc).encode()
    with pytest.raises(KeySlotsMissing):
        ks.KeySlots.from_bytes(data)


def test_backup_bundle_restores_key_slots(journal_dir: Path, tmp_path: Path) -> None:
    _closed_journal(journal_dir)
    bundle = backup_closed_journal(journal_dir, tmp_path / "copy.kapbackup")
    (journal_dir / "journal.keys").unlink()
    (journal_dir / "journal.keys.mirror").unlink()
    with pytest.raises(KeySlotsMissing):
        unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    aside = restore_bundle(bundle, journal_dir)
    assert aside is not None and aside.exists()  # the current file is kept, not overwritten
    assert _count(journal_dir) == 3


# -- foreign, truncated and damaged files ------------------------------------------------
def _plain_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('hello')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", ["random", "sqlite", "text", "empty"])
def test_foreign_file_is_not_a_journal(journal_dir: Path, kind: str) -> None:
    _closed_journal(journal_dir)
    target = journal_dir / "journal.kapdb"
    target.unlink()
    if kind == "random":
        target.write_bytes(os.urandom(8192))
    elif kind == "sqlite":
        _plain_sqlite(target)
    elif kind == "text":
        target.write_text("Dear diary,\nthis is not a database.\n" * 50)
    else:
        target.write_bytes(b"")
    before = digest(target)
    with pytest.raises(NotAJournal) as err:
        unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    assert "\n" not in str(err.value)
    assert digest(target) == before
    assert not any(p.exists() for p in JournalFiles(journal_dir).sidecars())


@pytest.mark.parametrize("cut", [100, 4096, 5000, 4096 * 5])
def test_truncated_journal_gives_clear_error(journal_dir: Path, cut: int) -> None:
    journal, _ = create_journal(journal_dir, PASS)
    for i in range(60):
        repo.insert(journal.db, Entry(body=f"entry {i} " + "words " * 60))
    journal.close()
    target = journal_dir / "journal.kapdb"
    target.write_bytes(target.read_bytes()[:cut])
    before = digest(target)
    with pytest.raises((NotAJournal, dbmod.JournalDamaged)) as err:
        unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    assert "\n" not in str(err.value) and str(err.value)
    assert digest(target) == before


def test_flipped_byte_is_named_and_file_kept(journal_dir: Path, tmp_path: Path) -> None:
    journal, _ = create_journal(journal_dir, PASS)
    uids = [repo.insert(journal.db, Entry(body=f"entry {i} " + "words " * 80)).uid for i in range(80)]
    backup = journal.auto_backup(force=True)
    journal.close()
    assert backup is not None
    target = journal_dir / "journal.kapdb"
    pages = target.stat().st_size // 4096
    assert pages > 10
    data = bytearray(target.read_bytes())
    page_no = pages - 3  # 1-based page number of the damaged page
    data[(page_no - 1) * 4096 + 700] ^= 0x01
    target.write_bytes(bytes(data))
    damaged = digest(target)

    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    try:
        problems = journal.db.integrity_problems()
        assert any(f"page {page_no}" in p for p in problems), problems
        assert journal.auto_backup(force=True) is None  # never push out a good backup
    finally:
        journal.close()
    assert digest(target)[0] == damaged[0], "the damaged file was written to"

    aside = restore_bundle(backup, journal_dir)
    # The damaged file is kept, inside a before-restore backup with its key slots.
    assert aside is not None and aside.parent == journal_dir / "backups"
    with zipfile.ZipFile(aside) as zf:
        assert hashlib.sha256(zf.read("journal.kapdb")).hexdigest() == damaged[0]
    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    try:
        assert journal.db.integrity_problems() == []
        assert {e.uid for e in repo.select(journal.db, Entry)} == set(uids)
    finally:
        journal.close()


def test_missing_database_with_keys_present(journal_dir: Path) -> None:
    _closed_journal(journal_dir)
    (journal_dir / "journal.kapdb").unlink()
    with pytest.raises(NotAJournal, match="backup holds a copy"):
        unlock_journal(journal_dir, ks.PASSPHRASE, PASS)


# -- migrations ------------------------------------------------------------------------
def test_migrate_is_idempotent(new_journal) -> None:  # type: ignore[no-untyped-def]
    db = new_journal.db
    assert db.user_version == schema.LATEST
    tables = db.query("SELECT name, sql FROM sqlite_master ORDER BY name")
    assert schema.migrate(db) == 0
    assert schema.migrate(db) == 0
    assert db.query("SELECT name, sql FROM sqlite_master ORDER BY name") == tables
    assert db.scalar("PRAGMA foreign_key_check") is None


def test_newer_journal_is_refused(journal_dir: Path) -> None:
    journal, _ = create_journal(journal_dir, PASS)
    journal.db.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    journal.close()
    before = digest(journal_dir / "journal.kapdb")
    with pytest.raises(NotAJournal, match="newer version"):
        unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    assert digest(journal_dir / "journal.kapdb") == before
    # The refusal released the lock and closed the file.
    assert not any(p.exists() for p in JournalFiles(journal_dir).sidecars())


def test_migration_step_makes_a_backup_first(journal_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _closed_journal(journal_dir)
    nxt = schema.LATEST + 1
    extra = journal_dir.parent / "9999_test.sql"
    extra.write_text("CREATE TABLE test_extra (id INTEGER PRIMARY KEY);\n")
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, (nxt, "9999_test.sql")])
    monkeypatch.setattr(schema, "LATEST", nxt)
    real_sql = schema._sql
    monkeypatch.setattr(
        schema, "_sql", lambda name: extra.read_text() if name == "9999_test.sql" else real_sql(name)
    )
    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    try:
        assert journal.db.user_version == nxt
    finally:
        journal.close()
    backups = JournalFiles(journal_dir).list_backups()
    assert len(backups) == 1 and f"before-v{nxt}" in backups[0].name


def test_sqlcipher_logs_nothing_on_the_console(tmp_path, capfd) -> None:  # type: ignore[no-untyped-def]
    """SQLCipher's own error logging (e.g. "hmac check failed") never reaches stderr."""
    import os

    from kapjournal.storage.db import open_database
    from kapjournal.storage.errors import NotAJournal as _NotAJournal

    foreign = tmp_path / "journal.kapdb"
    foreign.write_bytes(os.urandom(4096 * 3))
    with pytest.raises(_NotAJournal):
        open_database(foreign, os.urandom(32))
    out, err = capfd.readouterr()
    assert out == "" and err == ""
