"""Crashes and disks (SECURITY 6, 12, 13): kills at random moments, a full disk, a
read-only folder. Child processes use real SQLCipher files and OWASP-minimum Argon2id."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from kapjournal.storage import keyslots as ks
from kapjournal.storage import repo
from kapjournal.storage.errors import JournalInUse, NotSaved, StorageError, WrongSecret
from kapjournal.storage.journal import (
    backup_closed_journal,
    create_journal,
    unlock_journal,
    verify_secret,
)
from kapjournal.storage.models import Entry
from tests._helpers import read_only_bind, run_helper, tmpfs

PASS = "correct horse battery staple"
NEW = "a brand new river stone passphrase"


def _wait_ready(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "ready", f"child did not start: {line!r}"


def _next_line(proc: subprocess.Popen[str]) -> str:
    """The child's next line of output; waits as long as the child takes."""
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.endswith("\n"), f"the child stopped before saying more: {line!r}"
    return line.strip()


def _kill(proc: subprocess.Popen[str]) -> list[str]:
    """SIGKILL the child; return the lines it printed that were not read yet.

    Reads through the same buffered pipe as ``_wait_ready`` (``communicate`` would
    read the raw descriptor and miss lines already in that buffer)."""
    proc.send_signal(signal.SIGKILL)
    assert proc.stdout is not None
    rest = proc.stdout.read()
    proc.wait(timeout=10)
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None:
            pipe.close()
    return [line for line in rest.splitlines() if line]


def _make(folder: Path, n: int = 2) -> None:
    journal, _ = create_journal(folder, PASS)
    for i in range(n):
        repo.insert(journal.db, Entry(body=f"before {i}"))
    journal.close()


def _opens(folder: Path, secret: str) -> bool:
    try:
        journal = unlock_journal(folder, ks.PASSPHRASE, secret)
    except WrongSecret:
        return False
    try:
        assert journal.db.integrity_problems() == []
        assert repo.count(journal.db, Entry) == 2
    finally:
        journal.close()
    return True


def test_kill_during_passphrase_change(tmp_path: Path, seed: int, rng: random.Random) -> None:
    template = tmp_path / "template"
    _make(template)
    outcomes = []
    for run in range(12):
        folder = tmp_path / f"run{run}"
        shutil.copytree(template, folder)
        proc = run_helper("change", str(folder), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert proc.stdin is not None
        proc.stdin.write(f"{PASS}\n{NEW}\n")
        proc.stdin.flush()
        _wait_ready(proc)
        # The change itself (one Argon2id derivation and two atomic writes) takes a
        # few tens of milliseconds: aim the kill before, inside and after it.
        delay = rng.uniform(0, 0.06)
        time.sleep(delay)
        _kill(proc)
        where = f"seed={seed} run {run} (killed {delay * 1000:.1f} ms after ready)"
        old_opens, new_opens = _opens(folder, PASS), _opens(folder, NEW)
        assert old_opens != new_opens, f"{where}: old={old_opens} new={new_opens}"
        # After reopening, both key files agree (a stale mirror was brought up to date).
        assert (folder / "journal.keys").read_bytes() == (folder / "journal.keys.mirror").read_bytes(), (
            f"{where}: the key files differ"
        )
        assert not list(folder.glob(".tmp-*")), f"{where}: a killed write left a temp file behind"
        # Even the mirror alone now opens with only the passphrase that won.
        mirror = ks.KeySlots.load(folder / "journal.keys.mirror")
        winner, loser = (NEW, PASS) if new_opens else (PASS, NEW)
        mirror.unwrap(ks.PASSPHRASE, winner)
        with pytest.raises(WrongSecret):
            mirror.unwrap(ks.PASSPHRASE, loser)
        outcomes.append(new_opens)
    # Not a timing assertion: just record that both outcomes can occur.
    print(f"kill during change (seed={seed}): new passphrase won {sum(outcomes)} of {len(outcomes)} runs")


def test_kill_while_writing_loses_no_committed_entry(tmp_path: Path, seed: int, rng: random.Random) -> None:
    folder = tmp_path / "journal"
    _make(folder)
    committed: list[str] = []
    for run in range(5):
        proc = run_helper("writer", str(folder), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(f"{PASS}\n")
        proc.stdin.flush()
        _wait_ready(proc)
        # Kill at a random moment after the first commit (waiting for it, not for a
        # fixed time, so a slow machine cannot leave the run with nothing to check).
        uids = [_next_line(proc)]
        delay = rng.uniform(0.05, 0.6)
        time.sleep(delay)
        uids += _kill(proc)
        where = f"seed={seed} run {run} (killed {delay * 1000:.0f} ms after the first commit)"
        assert uids, f"{where}: the child wrote nothing before the kill"
        committed += uids
        journal = unlock_journal(folder, ks.PASSPHRASE, PASS)
        try:
            assert journal.db.integrity_problems() == [], where
            present = {e.uid for e in repo.select(journal.db, Entry)}
            missing = [u for u in committed if u not in present]
            assert not missing, f"{where}: {len(missing)} committed entries lost"
            # The full-text index kept step with the table.
            assert repo.count(journal.db, Entry) == journal.db.scalar("SELECT count(*) FROM entry_fts"), where
        finally:
            journal.close()
    # SECURITY 14: after a kill the WAL holds committed pages; moving the folder moves
    # them too (copy while the writer is dead and the WAL not yet checkpointed).
    proc = run_helper("writer", str(folder), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None
    proc.stdin.write(f"{PASS}\n")
    proc.stdin.flush()
    _wait_ready(proc)
    last = [_next_line(proc) for _ in range(5)]  # five commits, however long they take
    last += _kill(proc)
    committed += last
    assert (folder / "journal.kapdb-wal").exists()
    moved = tmp_path / "moved" / "journal"
    shutil.copytree(folder, moved)
    journal = unlock_journal(moved, ks.PASSPHRASE, PASS)
    try:
        present = {e.uid for e in repo.select(journal.db, Entry)}
        assert set(committed) <= present
    finally:
        journal.close()


def test_backup_of_journal_open_in_another_process(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    _make(folder)
    proc = run_helper("hold", str(folder), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None
    try:
        proc.stdin.write(f"{PASS}\n")
        proc.stdin.flush()
        _wait_ready(proc)
        with pytest.raises(JournalInUse):
            backup_closed_journal(folder, tmp_path / "copy.kapbackup")
        with pytest.raises(JournalInUse):
            unlock_journal(folder, ks.PASSPHRASE, PASS)
        assert not (tmp_path / "copy.kapbackup").exists()
    finally:
        proc.stdin.close()
        proc.wait(timeout=10)
    backup_closed_journal(folder, tmp_path / "copy.kapbackup")


def test_disk_full_reports_not_saved_and_keeps_prior_rows(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", "2m") as mount:
        if mount is None:
            pytest.skip("mounting a tmpfs is not permitted here")
        folder = mount / "journal"
        journal, _ = create_journal(folder, PASS)
        try:
            prior = repo.insert(journal.db, Entry(body="written before the disk filled"))
            filler = mount / "filler"
            with filler.open("wb") as fh:
                try:
                    while True:
                        fh.write(b"\0" * 65536)
                        fh.flush()
                except OSError:
                    pass
            with pytest.raises(NotSaved, match="disk is full") as err:
                for i in range(50):
                    repo.insert(journal.db, Entry(body=f"big {i} " + "x" * 200_000))
            assert "\n" not in str(err.value)
            # The connection is still usable for reading.
            assert repo.get_by_uid(journal.db, Entry, prior.uid) is not None
        finally:
            journal.close()
        (mount / "filler").unlink()
        journal = unlock_journal(folder, ks.PASSPHRASE, PASS)
        try:
            assert journal.db.integrity_problems() == []
            got = repo.get_by_uid(journal.db, Entry, prior.uid)
            assert got is not None and got.body == "written before the disk filled"
        finally:
            journal.close()


def test_read_only_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    _make(folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    with read_only_bind(folder) as ok:
        if not ok:
            pytest.skip("bind mounts are not permitted here (and root ignores chmod 0500)")
        assert not os.access(folder, os.W_OK) or os.geteuid() == 0
        with pytest.raises(StorageError) as err:
            journal = unlock_journal(folder, ks.PASSPHRASE, PASS)
            try:
                repo.insert(journal.db, Entry(body="cannot land"))
            finally:
                journal.close()
        assert isinstance(err.value, NotSaved), type(err.value)
        message = str(err.value)
        assert "\n" not in message and ("read-only" in message or "writing" in message), message
        # Nothing needing a write works, nothing crashes, the secret still checks out.
        assert verify_secret(folder, ks.PASSPHRASE, PASS)
        with pytest.raises(NotSaved):
            create_journal(folder / "sub", PASS)
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert after == before
    assert _opens(folder, PASS)
