"""Key rotation (SECURITY 30, 31; issue "Security hardening", finding 1).

A passphrase change or a new recovery code gives the journal a new data key: the
database is re-encrypted, every backup in the folder too, and no key-slot file that
existed before (primary, mirror, any backup) opens what is written afterwards.
"""

from __future__ import annotations

import shutil
import signal
import statistics
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from kapjournal.storage import keyslots as ks
from kapjournal.storage import repo
from kapjournal.storage.db import open_database
from kapjournal.storage.errors import NotAJournal, WrongSecret
from kapjournal.storage.journal import JournalFiles, create_journal, unlock_journal
from kapjournal.storage.models import Entry
from tests._helpers import run_helper
from tests._helpers.make_frozen import PASSPHRASE as FROZEN_PASSPHRASE

PASS = "correct horse battery staple"
NEW = "a brand new river stone passphrase"


def _old_key_files(folder: Path) -> list[tuple[str, bytes]]:
    """Every key-slot file in the folder: primary, mirror, and the one in each backup."""
    found = [(p.name, p.read_bytes()) for p in (folder / "journal.keys", folder / "journal.keys.mirror")]
    for bundle in sorted((folder / "backups").glob("*.kapbackup")):
        with zipfile.ZipFile(bundle) as zf:
            found.append((bundle.name, zf.read("journal.keys")))
    return found


def _opens_current(folder: Path, key: bytearray) -> bool:
    try:
        db = open_database(folder / "journal.kapdb", key)
    except NotAJournal:
        return False
    db.close()
    return True


def test_old_passphrase_with_any_earlier_key_file_opens_nothing_written_after(journal_dir: Path) -> None:
    journal, recovery = create_journal(journal_dir, PASS)
    repo.insert(journal.db, Entry(body="before the change"))
    journal.auto_backup("manual", force=True)
    journal.auto_backup("manual", force=True)
    journal.close()
    earlier = _old_key_files(journal_dir)
    assert len(earlier) >= 4

    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    assert journal.change_passphrase(NEW) is None  # the recovery code stays valid
    repo.insert(journal.db, Entry(body="after the change"))
    journal.close()

    for name, data in earlier:
        # The old file still unwraps its old key ...
        key = ks.KeySlots.from_bytes(data).unwrap(ks.PASSPHRASE, PASS)
        assert not _opens_current(journal_dir, key), f"{name} with the old passphrase opens the journal"
        for bundle in (journal_dir / "backups").glob("*.kapbackup"):
            work = journal_dir.parent / "check"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir()
            with zipfile.ZipFile(bundle) as zf:
                zf.extract("journal.kapdb", work)
            assert not _opens_current(work, key), f"{name} opens the backup {bundle.name}"
    with pytest.raises(WrongSecret):
        unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    journal = unlock_journal(journal_dir, ks.PASSPHRASE, NEW)
    assert sorted(e.body for e in repo.select(journal.db, Entry)) == ["after the change", "before the change"]
    assert journal.db.integrity_problems() == []
    journal.close()
    # The recovery code written down at set-up still opens the journal.
    unlock_journal(journal_dir, ks.RECOVERY, recovery).close()
    # Every backup now opens with the new passphrase and holds the data it held.
    for bundle in (journal_dir / "backups").glob("*.kapbackup"):
        with zipfile.ZipFile(bundle) as zf:
            key = ks.KeySlots.from_bytes(zf.read("journal.keys")).unwrap(ks.PASSPHRASE, NEW)
            work = journal_dir.parent / "check"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir()
            zf.extract("journal.kapdb", work)
        db = open_database(work / "journal.kapdb", key)
        assert [e.body for e in repo.select(db, Entry)] == ["before the change"]
        db.close()


def test_new_recovery_code_rotates_the_key(journal_dir: Path) -> None:
    journal, old_code = create_journal(journal_dir, PASS)
    journal.close()
    before = (journal_dir / "journal.keys").read_bytes()
    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    new_code = journal.new_recovery_code()
    repo.insert(journal.db, Entry(body="after"))
    journal.close()
    key = ks.KeySlots.from_bytes(before).unwrap(ks.RECOVERY, old_code)
    assert not _opens_current(journal_dir, key)
    with pytest.raises(WrongSecret):
        unlock_journal(journal_dir, ks.RECOVERY, old_code)
    unlock_journal(journal_dir, ks.RECOVERY, new_code).close()
    unlock_journal(journal_dir, ks.PASSPHRASE, PASS).close()


def test_remembered_device_key_survives_a_rotation(journal_dir: Path) -> None:
    journal, _ = create_journal(journal_dir, PASS)
    device = journal.add_device_slot()
    journal.change_passphrase(NEW)
    journal.close()
    unlock_journal(journal_dir, ks.DEVICE, device).close()


def test_first_release_journal_gets_sealed_slots_and_a_new_code_when_needed(tmp_path: Path) -> None:
    frozen = Path(__file__).resolve().parents[1] / "_files" / "journal-v1"
    folder = tmp_path / "journal"
    shutil.copytree(frozen, folder)
    slots = ks.KeySlots.load(folder / "journal.keys")
    assert all(not s.sealed for s in slots.slots)
    journal = unlock_journal(folder, ks.PASSPHRASE, FROZEN_PASSPHRASE)
    # The passphrase slot was upgraded while its secret was at hand.
    assert not journal.slots.needs_upgrade(ks.PASSPHRASE)
    assert journal.slots.needs_upgrade(ks.RECOVERY)
    code = journal.change_passphrase(NEW)
    # The first-release recovery slot cannot be resealed without its code: a new one.
    assert code is not None
    journal.close()
    unlock_journal(folder, ks.RECOVERY, code).close()
    unlock_journal(folder, ks.PASSPHRASE, NEW).close()


def test_progress_is_reported(journal_dir: Path) -> None:
    journal, _ = create_journal(journal_dir, PASS)
    journal.auto_backup("manual", force=True)
    seen: list[float] = []
    journal.change_passphrase(NEW, progress=seen.append)
    journal.close()
    assert seen[0] < seen[-1] == 1.0
    assert seen == sorted(seen)


def _line(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    return proc.stdout.readline().strip()


def _start(folder: Path, current: str, other: str) -> tuple[subprocess.Popen[str], str]:
    proc = run_helper("rotate", str(folder), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None
    proc.stdin.write(f"{current}\n{other}\n")
    proc.stdin.flush()
    assert _line(proc) == "ready"
    uid = _line(proc)
    assert _line(proc) == "rotate-start"
    return proc, uid


def _finish(proc: subprocess.Popen[str], kill: bool) -> list[str]:
    if kill:
        proc.send_signal(signal.SIGKILL)
    assert proc.stdout is not None
    rest = proc.stdout.read().split()
    proc.wait(timeout=30)
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None:
            pipe.close()
    return rest


def _which_opens(folder: Path) -> list[str]:
    opened = []
    for secret in (PASS, NEW):
        try:
            journal = unlock_journal(folder, ks.PASSPHRASE, secret)
        except WrongSecret:
            continue
        journal.close()
        opened.append(secret)
    return opened


@pytest.mark.slow
def test_kills_inside_the_rotation_window(tmp_path: Path, seed: int, rng) -> None:  # type: ignore[no-untyped-def]
    """At least 200 kills aimed inside the rotation: always exactly one passphrase
    opens, no committed row is lost, and the journal and its backups are whole."""
    import os

    kills = int(os.environ.get("KAPJOURNAL_ROTATION_KILLS", "200"))
    folder = tmp_path / "journal"
    journal, _ = create_journal(folder, PASS)
    repo.insert(journal.db, Entry(body="from the start"))
    journal.auto_backup("manual", force=True)
    journal.close()
    current, other = PASS, NEW
    committed: list[str] = []

    # Calibrate: how long a whole rotation takes here, from "rotate-start" to its end.
    durations = []
    for _ in range(3):
        proc, uid = _start(folder, current, other)
        started = time.perf_counter()
        rest = _finish(proc, kill=False)
        durations.append(time.perf_counter() - started)
        assert rest == ["rotated"]
        committed.append(uid)
        current, other = other, current
    window = statistics.median(durations)

    inside = 0
    for run in range(kills):
        proc, uid = _start(folder, current, other)
        committed.append(uid)
        delay = rng.uniform(0.0, window * 1.1)
        time.sleep(delay)
        rest = _finish(proc, kill=True)
        where = f"seed={seed} run {run} (killed {delay * 1000:.1f} ms into a {window * 1000:.0f} ms rotation)"
        if "rotated" not in rest:
            inside += 1
        opened = _which_opens(folder)
        assert len(opened) == 1, f"{where}: {len(opened)} passphrases open the journal"
        current = opened[0]
        other = NEW if current == PASS else PASS
        journal = unlock_journal(folder, ks.PASSPHRASE, current)
        try:
            assert journal.db.integrity_problems() == [], where
            have = {e.uid for e in repo.select(journal.db, Entry)}
            missing = [u for u in committed if u not in have]
            assert not missing, f"{where}: committed rows lost: {missing}"
            assert not journal.files.rotation.exists(), f"{where}: the rotation was not finished"
            assert not journal.files.next_keys.exists(), f"{where}: stale next key file"
        finally:
            journal.close()
        assert not list(folder.glob(".tmp-*")), where
        # Every backup opens with the passphrase that won, none with the other.
        for bundle in JournalFiles(folder).list_backups():
            with zipfile.ZipFile(bundle) as zf:
                slots = ks.KeySlots.from_bytes(zf.read("journal.keys"))
            slots.unwrap(ks.PASSPHRASE, current)
            with pytest.raises(WrongSecret):
                slots.unwrap(ks.PASSPHRASE, other)
    print(
        f"rotation kills (seed={seed}): {kills} kills, {inside} inside the rotation window "
        f"(median rotation {window * 1000:.0f} ms)"
    )



def test_killed_between_the_two_key_files(journal_dir: Path) -> None:
    """Found by the kill test: the new key file written, the mirror still the old one.
    The old passphrase must be refused as an old one (not as a damaged journal), the
    new one opens and repairs the mirror."""
    journal, _ = create_journal(journal_dir, PASS)
    journal.close()
    old_mirror = (journal_dir / "journal.keys.mirror").read_bytes()
    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    journal.change_passphrase(NEW)
    journal.close()
    (journal_dir / "journal.keys.mirror").write_bytes(old_mirror)
    with pytest.raises(WrongSecret):
        unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    unlock_journal(journal_dir, ks.PASSPHRASE, NEW).close()
    assert (journal_dir / "journal.keys.mirror").read_bytes() == (journal_dir / "journal.keys").read_bytes()
