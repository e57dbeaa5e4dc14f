"""No plaintext anywhere (SECURITY 2, 4, 5, 7, 22): a canary typed into every kind of
record never appears in the bytes of any file we leave behind, deleted text is gone
from the decrypted pages and the full-text index, and logs stay clean."""

from __future__ import annotations

import logging
import os
import secrets
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kapjournal.storage import keyslots as ks
from kapjournal.storage import repo
from kapjournal.storage.db import SQLITE_HEADER
from kapjournal.storage.errors import InvalidData, NotSaved, WrongSecret
from kapjournal.storage.journal import (
    JournalFiles,
    OpenJournal,
    backup_closed_journal,
    create_journal,
    restore_bundle,
    unlock_journal,
)
from kapjournal.storage.models import (
    Checkin,
    ChecklistItem,
    ChecklistTick,
    Commitment,
    Course,
    Entry,
    Practice,
    Session,
    SideEffect,
)
from tests._helpers import decrypt_pages, files_under, find_in_files, tmpfs

PASS = "correct horse battery staple"

# The folders a library may write to without being told where: each test that asks
# for ``private_env`` gets its own, so a scan never has to look at the shared system
# temp folder (where other programs' files come and go).
PRIVATE_DIRS = (
    "TMPDIR",
    "HOME",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
)


@pytest.fixture
def unique_canary(canary: str) -> str:
    """The shared canary plus a per-run suffix, so nothing another test or an earlier
    run left behind can ever be mistaken for a leak of ours."""
    return canary + secrets.token_hex(4)


@pytest.fixture
def private_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A private temp folder, home and XDG folders under ``tmp_path``, set in
    ``os.environ`` and in ``tempfile`` for the code under test. Returns the
    environment, to pass to any subprocess the test starts."""
    for name in PRIVATE_DIRS:
        folder = tmp_path / "env" / name.lower()
        folder.mkdir(parents=True, mode=0o700)
        monkeypatch.setenv(name, str(folder))
    temp = os.environ["TMPDIR"]
    for name in ("TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, temp)
    monkeypatch.setattr(tempfile, "tempdir", temp)
    assert tempfile.gettempdir() == temp
    return dict(os.environ)


def private_folders(env: dict[str, str]) -> list[Path]:
    return [Path(env[name]) for name in PRIVATE_DIRS]


def files_in(*folders: Path) -> Iterator[Path]:
    """Every regular file under ``folders`` (symlinks not followed). A file or folder
    that vanishes while the walk runs is skipped, never an error."""
    for folder in folders:
        for root, _dirs, names in os.walk(folder, onerror=lambda _err: None):
            for name in names:
                path = Path(root) / name
                try:
                    if stat.S_ISREG(path.lstat().st_mode):
                        yield path
                except OSError:
                    continue


def fill_with(journal: OpenJournal, c: str) -> None:
    """Write ``c`` into every free-text field of every kind of record."""
    db = journal.db
    course = repo.insert(
        db,
        Course(
            title=f"course {c}",
            clinic=f"clinic {c}",
            care_name=f"Dr {c}",
            care_phone=f"+1 {c}",
            care_email=f"{c}@example.org",
            notes=f"notes {c}",
        ),
    )
    session = repo.insert(db, Session(course_id=course.id or 0, notes=f"session {c}", route=f"IV {c}"))
    item = repo.insert(db, ChecklistItem(text=f"bring {c}"))
    repo.insert(db, ChecklistTick(session_id=session.id or 0, item_id=item.id or 0))
    entry = repo.insert(
        db,
        Entry(
            kind="integration",
            title=f"title {c}",
            body=f"I felt {c} today",
            answers={"q1": f"answer {c}", "q2": [f"list {c}"]},
            tags=[f"tag{c}"],
            session_id=session.id,
        ),
    )
    repo.insert(db, Checkin(mood=4, note=f"mood note {c}", feelings=[f"feel{c}"]))
    repo.insert(db, SideEffect(symptom="other", other_text=f"other {c}", note=f"se note {c}"))
    repo.insert(db, Commitment(text=f"walk {c}", outcome_note=f"outcome {c}", entry_id=entry.id))
    repo.insert(db, Practice(practice="body_scan", minutes=10, entry_id=entry.id))
    repo.save_draft(db, "editor/new", "entry", {"body": f"draft {c}"})
    repo.set_setting(db, "safety/plan", [f"plan {c}"])


def test_canary_never_on_disk(tmp_path: Path, unique_canary: str, private_env: dict[str, str]) -> None:
    from kapjournal.paths import Paths
    from kapjournal.prefs import Preferences

    data = tmp_path / "data"
    paths = Paths(data)
    journal, _ = create_journal(paths.journal_dir, PASS)
    try:
        fill_with(journal, unique_canary)
        prefs = Preferences(paths)
        prefs.db = journal.db
        prefs.set("profile/name", unique_canary)  # journal scope: inside the database
        prefs.set("ui/theme", "dark")  # device scope: the INI file
        assert prefs.get("profile/name") == unique_canary
        # While open: the WAL holds the new pages, encrypted too.
        assert find_in_files(files_under(data), unique_canary) == []
        journal.auto_backup(force=True)
        search = repo.search_entries(journal.db, unique_canary.lower())
        assert len(search) == 1
    finally:
        journal.close()
    files = JournalFiles(data)
    assert files.db.read_bytes()[:16] != SQLITE_HEADER
    assert paths.prefs_file.exists()
    scanned = list(files_under(data))
    assert files.db in scanned and files.keys in scanned and files.list_backups()
    assert find_in_files(scanned, unique_canary) == []
    assert find_in_files(files_under(data), unique_canary.lower()) == []
    # Nothing in the temp folder, home or XDG folders the code under test was given.
    assert find_in_files(files_in(*private_folders(private_env)), unique_canary) == []
    # The backup bundle's database member is encrypted too.
    with zipfile.ZipFile(files.list_backups()[0]) as zf:
        assert zf.read("journal.kapdb")[:16] != SQLITE_HEADER


def test_canary_scan_can_see_a_leak(tmp_path: Path, unique_canary: str) -> None:
    """The scanner finds both encodings (so the scans above can fail)."""
    (tmp_path / "a.txt").write_text(f"x {unique_canary} y", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"x {unique_canary} y", encoding="utf-16-le")
    assert len(find_in_files(files_under(tmp_path), unique_canary)) == 2


def test_private_folder_scan_can_see_a_leak(unique_canary: str, private_env: dict[str, str]) -> None:
    """The scan of the private folders finds a canary in any of them (so the check in
    ``test_canary_never_on_disk`` can fail), including one written through
    ``tempfile``, and sees nothing in folders that hold none."""
    folders = private_folders(private_env)
    assert find_in_files(files_in(*folders), unique_canary) == []
    for i, folder in enumerate(folders):
        (folder / "deep" / "er").mkdir(parents=True)
        (folder / "deep" / "er" / f"leak{i}").write_text(f"x {unique_canary} y", encoding="utf-8")
    with tempfile.NamedTemporaryFile("w", encoding="utf-16-le", delete=False) as fh:
        fh.write(unique_canary)
    hits = find_in_files(files_in(*folders), unique_canary)
    assert len(hits) == len(folders) + 1
    assert Path(fh.name) in hits and Path(fh.name).parent == folders[0]


def test_private_folder_scan_tolerates_files_vanishing(tmp_path: Path) -> None:
    for i in range(6):
        (tmp_path / f"d{i}").mkdir()
        (tmp_path / f"d{i}" / "f").write_text("x")
    walk = files_in(tmp_path, tmp_path / "never-existed")
    first = next(walk)
    for i in range(6):  # everything else goes while the walk is under way
        if tmp_path / f"d{i}" != first.parent:
            (tmp_path / f"d{i}" / "f").unlink()
            (tmp_path / f"d{i}").rmdir()
    assert list(walk) == []


def _data_key(folder: Path) -> bytearray:
    slots, _ = JournalFiles(folder).load_slots()
    return slots.unwrap(ks.PASSPHRASE, PASS)


def _fts_blobs(journal: OpenJournal) -> bytes:
    rows = journal.db.query("SELECT block FROM entry_fts_data")
    return b"".join(bytes(r[0]) for r in rows if r[0] is not None)


def test_deleted_entry_is_gone_from_decrypted_pages_and_index(journal_dir: Path, unique_canary: str) -> None:
    token = unique_canary.lower().encode()
    journal, _ = create_journal(journal_dir, PASS)
    keep = [repo.insert(journal.db, Entry(body=f"ordinary day {i} " + "walk " * 30)) for i in range(40)]
    doomed = repo.insert(journal.db, Entry(body=f"secret {unique_canary} words", title=unique_canary))
    assert token in _fts_blobs(journal)  # control: the index holds the token
    journal.close()
    key = _data_key(journal_dir)
    pages = decrypt_pages(journal_dir / "journal.kapdb", key)
    assert any(unique_canary.encode() in p for p in pages)  # control: decryption works
    assert any(b"ordinary day" in p for p in pages)

    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    try:
        assert int(journal.db.scalar("PRAGMA secure_delete")) == 1
        assert journal.db.scalar("SELECT v FROM entry_fts_config WHERE k = 'secure-delete'") == 1
        repo.delete(journal.db, doomed)
        journal.db.execute("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")
        assert token not in _fts_blobs(journal)
        assert repo.search_entries(journal.db, unique_canary) == []
        assert len(repo.search_entries(journal.db, "ordinary")) == len(keep)
    finally:
        journal.close()
    pages = decrypt_pages(journal_dir / "journal.kapdb", key)
    for page in pages:
        assert unique_canary.encode() not in page
        assert token not in page
        assert unique_canary.encode("utf-16-le") not in page
    assert not any(p.exists() for p in JournalFiles(journal_dir).sidecars())


def test_temp_store_memory_makes_no_temp_files(new_journal: OpenJournal, unique_canary: str) -> None:
    """A large sort and a VACUUM open no file besides the journal's own."""
    db = new_journal.db
    with db.transaction():
        for i in range(3000):
            db.execute(
                "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, '')",
                (f"k{i}", f'"{unique_canary} {secrets.token_hex(200)}"'),
            )
    own = {str(p) for p in (new_journal.files.db, *new_journal.files.sidecars(), new_journal.files.lockfile)}

    def open_files() -> set[str]:
        found = set()
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            if target.startswith("/"):
                found.add(target.removesuffix(" (deleted)"))
        return found

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to list open files")
    before = open_files()
    seen: set[str] = set()

    def watch() -> int:
        seen.update(open_files() - before - own)
        return 0

    conn = db._conn
    db.execute("PRAGMA cache_size = 5")  # a tiny cache makes SQLite spill to temp storage
    conn.set_progress_handler(watch, 200)
    try:
        db.query("SELECT value FROM setting ORDER BY substr(value, 20) DESC")
        db.execute("VACUUM")
    finally:
        conn.set_progress_handler(None, 0)
    assert seen == set(), seen
    assert int(db.scalar("PRAGMA temp_store")) == 2
    # Control: with temp_store = FILE the same watcher does see VACUUM's temp file.
    db.execute("PRAGMA temp_store = FILE")
    conn.set_progress_handler(watch, 200)
    try:
        db.query("SELECT value FROM setting ORDER BY substr(value, 20) DESC")
        db.execute("VACUUM")
    finally:
        conn.set_progress_handler(None, 0)
        db.execute("PRAGMA temp_store = MEMORY")
    assert seen, "the open-file watcher saw nothing even with temp_store = FILE"


def test_backups_are_encrypted_and_restore_every_row(
    tmp_path: Path, journal_dir: Path, unique_canary: str
) -> None:
    from kapjournal.exporters import exchange

    journal, _ = create_journal(journal_dir, PASS)
    try:
        fill_with(journal, unique_canary)
        expected = exchange.export_all(journal.db)
        live = journal.backup(tmp_path / "live.kapbackup")
    finally:
        journal.close()
    closed = backup_closed_journal(journal_dir, tmp_path / "closed.kapbackup")
    for bundle in (live, closed):
        assert find_in_files([bundle], unique_canary) == []
        with zipfile.ZipFile(bundle) as zf:
            assert zf.read("journal.kapdb")[:16] != SQLITE_HEADER
        assert not list(tmp_path.glob(".tmp-*"))
        target = tmp_path / f"restored-{bundle.stem}"
        assert restore_bundle(bundle, target) is None
        restored = unlock_journal(target, ks.PASSPHRASE, PASS)
        try:
            got = exchange.export_all(restored.db)
            assert restored.db.integrity_problems() == []
        finally:
            restored.close()
        assert got["tables"] == expected["tables"]


def test_no_secret_or_canary_in_logs(
    tmp_path: Path,
    journal_dir: Path,
    unique_canary: str,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    journal, recovery = create_journal(journal_dir, PASS)
    try:
        fill_with(journal, unique_canary)
        # A constraint violation carrying the canary.
        with pytest.raises(InvalidData):
            repo.insert(journal.db, SideEffect(severity=9, note=unique_canary))
        with pytest.raises(InvalidData):
            journal.db.execute(
                "INSERT INTO entry (uid, kind, body, occurred_at, created_at, updated_at)"
                " VALUES ('u', 'bogus', ?, '', '', '')",
                (unique_canary,),
            )
        journal.change_passphrase(PASS + " again")
        journal.change_passphrase(PASS)
        journal.auto_backup(force=True)
    finally:
        journal.close()
    with pytest.raises(WrongSecret):
        unlock_journal(journal_dir, ks.PASSPHRASE, unique_canary)
    with pytest.raises(WrongSecret):
        unlock_journal(journal_dir, ks.RECOVERY, unique_canary)
    # A disk error while saving text holding the canary.
    with tmpfs(tmp_path / "small", "1m") as mount:
        if mount is not None:
            small, _ = create_journal(mount / "j", PASS)
            try:
                with (mount / "fill").open("wb") as fh:
                    try:
                        while True:
                            fh.write(b"\0" * 65536)
                            fh.flush()
                    except OSError:
                        pass
                with pytest.raises(NotSaved):
                    for _ in range(20):
                        repo.insert(small.db, Entry(body=unique_canary * 20_000))
            finally:
                small.close()
    journal = unlock_journal(journal_dir, ks.RECOVERY, recovery)
    journal.close()
    out, err = capfd.readouterr()
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert caplog.records, "nothing was logged at DEBUG: the check would prove nothing"
    for text in (logged, out, err):
        assert unique_canary not in text
        assert unique_canary.lower() not in text
        assert PASS not in text
        assert recovery not in text
    assert "INSERT" not in logged and "SELECT" not in logged
