"""Backups you can count on, restores that never lose a journal (SECURITY.md 7, 8,
32-35): the throttle, the retention ladder, verification after writing, the listing,
refusing another journal's backup, setting the current state aside as a restorable
bundle, and safe, streamed extraction. Real SQLCipher files in ``tmp_path``; every
time comes from an injected clock."""

from __future__ import annotations

import hashlib
import json
import os
import struct
import time
import tracemalloc
import warnings
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kapjournal.storage import backups, repo, schema
from kapjournal.storage import keyslots as ks
from kapjournal.storage.backups import (
    AUTO_BACKUP_EVERY,
    KEEP_NEWEST,
    BackupInfo,
    backup_time,
    backups_to_keep,
    extract_bundle,
    list_backups,
    restore_bundle,
)
from kapjournal.storage.errors import BackupOfAnotherJournal, NotAJournal, NotSaved
from kapjournal.storage.files import JournalFiles
from kapjournal.storage.journal import OpenJournal, backup_closed_journal, create_journal, unlock_journal
from kapjournal.storage.models import Entry
from tests._helpers import run_cli

PASS = "correct horse battery staple"
T0 = datetime(2024, 5, 15, 12, 0, tzinfo=UTC)  # a Wednesday


class Clock:
    """An injected clock: ``clock()`` returns ``clock.now``; ``advance`` moves it."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under ``folder``: relative path -> (sha256, mtime_ns). The device
    preferences are left out: a wrong passphrase is counted there on purpose (the
    growing delay the command line shares with the app)."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name != "preferences.ini":
            out[str(path.relative_to(folder))] = (
                hashlib.sha256(path.read_bytes()).hexdigest(),
                path.stat().st_mtime_ns,
            )
    return out


def closed_journal(folder: Path, n: int = 3) -> None:
    journal, _ = create_journal(folder, PASS)
    try:
        add_entries(journal, n)
    finally:
        journal.close()


def add_entries(journal: OpenJournal, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        repo.insert(journal.db, Entry(body=f"entry number {i}"))


def count(folder: Path) -> int:
    journal = unlock_journal(folder, ks.PASSPHRASE, PASS)
    try:
        return repo.count(journal.db, Entry)
    finally:
        journal.close()


def backup_names(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / "backups").glob("*.kapbackup"))


def no_temp_left(*folders: Path) -> bool:
    return not any(list(f.rglob(".tmp-*")) for f in folders if f.exists())


# -- finding 2: the throttle ----------------------------------------------------------------
def test_backup_time_parses_the_names_we_write() -> None:
    """The old parser read 23 characters of a 22-character stamp and always failed."""
    assert backup_time(Path("20240515T120000123456Z-auto.kapbackup")) == datetime(
        2024, 5, 15, 12, 0, 0, 123456, tzinfo=UTC
    )
    assert backup_time(Path("20240515T120000Z-before-v2.kapbackup")) == datetime(2024, 5, 15, 12, tzinfo=UTC)
    assert backup_time(Path("20240515T120000123456Z.kapbackup")) is not None
    assert backup_time(Path("copy.kapbackup")) is None
    assert backup_time(Path("2024-05-15-auto.kapbackup")) is None


def test_two_automatic_backups_within_20_hours_make_one(new_journal: OpenJournal) -> None:
    clock = Clock()
    first = new_journal.auto_backup(now=clock)
    assert first is not None
    clock.advance(hours=19, minutes=59)
    assert new_journal.auto_backup(now=clock) is None
    assert backup_names(new_journal.files.folder) == [first.name]
    clock.advance(minutes=2)  # now 20 h 1 min after the first
    second = new_journal.auto_backup(now=clock)
    assert second is not None and len(backup_names(new_journal.files.folder)) == 2
    infos = list_backups(new_journal.files)
    assert [i.created for i in infos] == [T0 + timedelta(hours=20, minutes=1), T0]
    assert all(i.reason == "auto" for i in infos)


def test_ten_opens_in_a_day_keep_the_older_good_backups(journal_dir: Path) -> None:
    """The bug: every open made a backup, and ten opens pushed out every older one."""
    clock = Clock()
    closed_journal(journal_dir)
    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    try:
        oldest = journal.auto_backup(now=clock)
    finally:
        journal.close()
    clock.advance(days=3)
    for _ in range(10):
        clock.advance(minutes=30)
        journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
        try:
            journal.auto_backup(now=clock)
        finally:
            journal.close()
    names = backup_names(journal_dir)
    assert oldest is not None and oldest.name in names
    assert len(names) == 2  # the one three days old and one from today


def test_throttle_ignores_future_dated_and_foreign_backups(new_journal: OpenJournal, tmp_path: Path) -> None:
    clock = Clock()
    # A backup made while the clock was a year ahead must not stop backups for a year.
    ahead = Clock(T0 + timedelta(days=365))
    assert new_journal.auto_backup(now=ahead) is not None
    # Another journal's bundle copied into backups/ does not count either.
    other, _ = create_journal(tmp_path / "other", PASS)
    try:
        other.backup(new_journal.files.backups / "20240515T110000000000Z-auto.kapbackup", now=clock)
    finally:
        other.close()
    assert new_journal.auto_backup(now=clock) is not None


def test_a_before_restore_backup_does_not_stop_the_next_automatic_one(journal_dir: Path) -> None:
    """It holds the state the restore replaced, not the journal as it is now."""
    clock = Clock()
    closed_journal(journal_dir)
    bundle = backup_closed_journal(journal_dir, journal_dir.parent / "b.kapbackup")
    assert restore_bundle(bundle, journal_dir, now=clock) is not None
    clock.advance(hours=1)
    journal = unlock_journal(journal_dir, ks.PASSPHRASE, PASS)
    try:
        assert journal.auto_backup(now=clock) is not None
        clock.advance(hours=1)
        assert journal.auto_backup(now=clock) is None
    finally:
        journal.close()


# -- the retention ladder ---------------------------------------------------------------------
NOW = datetime(2024, 5, 15, 12, 0, tzinfo=UTC)


def info(
    when: datetime | timedelta, reason: str = "auto", *, usable: bool = True, tag: str = ""
) -> BackupInfo:
    created = NOW - when if isinstance(when, timedelta) else when
    name = f"{created.strftime('%Y%m%dT%H%M%S%fZ')}-{reason}{tag}.kapbackup"
    return BackupInfo(
        path=Path("/b") / name, created=created, reason=reason, size=1, journal_id="j", usable=usable
    )


#: Three fresh backups, so the "newest three are always kept" floor stays out of the way.
FRESH = [info(timedelta(hours=h)) for h in (1, 2, 3)]


def kept(items: list[BackupInfo], now: datetime = NOW) -> set[BackupInfo]:
    paths = backups_to_keep(items, now)
    return {i for i in items if i.path in paths}


def test_ladder_keeps_everything_of_the_last_two_days() -> None:
    items = [*FRESH, *(info(timedelta(hours=h)) for h in range(4, 48))]
    items.append(info(timedelta(days=2) - timedelta(microseconds=1)))
    assert kept(items) == set(items)


def test_ladder_edge_at_two_days_goes_to_one_a_day() -> None:
    at_edge = info(timedelta(days=2))  # 2024-05-13 12:00
    same_day_older = info(timedelta(days=2, hours=1))  # 2024-05-13 11:00
    just_inside = info(timedelta(days=2) - timedelta(microseconds=1))
    items = [*FRESH, at_edge, same_day_older, just_inside]
    assert kept(items) == {*FRESH, at_edge, just_inside}


def test_ladder_one_a_day_keeps_the_newest_of_each_day() -> None:
    day = datetime(2024, 5, 10, tzinfo=UTC)
    morning, evening = info(day.replace(hour=8)), info(day.replace(hour=20))
    last_second = info(datetime(2024, 5, 9, 23, 59, 59, tzinfo=UTC))
    first_second = info(datetime(2024, 5, 9, 0, 0, 0, tzinfo=UTC))
    items = [*FRESH, morning, evening, last_second, first_second]
    assert kept(items) == {*FRESH, evening, last_second}


def test_ladder_edge_at_two_weeks_goes_to_one_a_week() -> None:
    at_edge = info(timedelta(days=14))  # Wed 2024-05-01, ISO week 18
    monday = info(datetime(2024, 4, 29, 9, tzinfo=UTC))  # week 18, older: dropped
    sunday = info(datetime(2024, 4, 28, 23, 59, tzinfo=UTC))  # week 17: newest of its week
    just_inside = info(timedelta(days=14) - timedelta(microseconds=1))  # daily tier, 05-01
    items = [*FRESH, at_edge, monday, sunday, just_inside]
    assert kept(items) == {*FRESH, at_edge, sunday, just_inside}


def test_ladder_iso_week_spans_the_new_year() -> None:
    now = datetime(2025, 1, 20, 12, tzinfo=UTC)
    fresh = [info(now - timedelta(hours=h)) for h in (1, 2, 3)]
    monday = info(datetime(2024, 12, 30, 10, tzinfo=UTC))  # ISO 2025-W01
    wednesday = info(datetime(2025, 1, 1, 10, tzinfo=UTC))  # ISO 2025-W01
    items = [*fresh, monday, wednesday]
    assert kept(items, now) == {*fresh, wednesday}


def test_ladder_edge_at_thirteen_weeks() -> None:
    at_edge = info(timedelta(weeks=13))
    just_inside = info(timedelta(weeks=13) - timedelta(microseconds=1))
    items = [*FRESH, at_edge, just_inside]
    assert kept(items) == {*FRESH, just_inside}


def test_ladder_pins_migration_and_restore_backups_but_not_manual_ones() -> None:
    migration = info(timedelta(days=400), "before-v2")
    restore = info(timedelta(days=300), "before-restore")
    old_manual = info(timedelta(days=200), "manual")
    same_day = datetime(2024, 5, 10, tzinfo=UTC)
    manual_morning = info(same_day.replace(hour=8), "manual")  # manual follows the ladder
    auto_evening = info(same_day.replace(hour=20), "auto")
    items = [*FRESH, migration, restore, old_manual, manual_morning, auto_evening]
    assert kept(items) == {*FRESH, migration, restore, auto_evening}


def test_ladder_keeps_the_newest_three_however_old() -> None:
    """A journal left alone for months still keeps some history."""
    items = [info(timedelta(days=200 + d)) for d in range(5)]
    assert kept(items) == set(items[:KEEP_NEWEST])


def test_ladder_keeps_unusable_and_future_dated_entries() -> None:
    broken = info(timedelta(days=500), "unknown", usable=False)
    future = info(-timedelta(days=30))
    items = [*FRESH, broken, future]
    assert kept(items) == set(items)
    assert backups_to_keep([], NOW) == set()


def test_ladder_over_a_year_of_backups_every_20_hours() -> None:
    """Simulate a patient who opens the journal all the time: the count stays small
    and the ladder never leaves a day (last two weeks) or a week (to three months)
    without a backup."""
    start = NOW - timedelta(days=400)
    held: list[BackupInfo] = []
    when = start
    while when <= NOW:
        held.append(info(when))
        held = [i for i in held if i.path in backups_to_keep(held, when)]
        when += AUTO_BACKUP_EVERY
    now = held[-1].created if held else NOW
    # Every backup of the last 2 days, one per day to 2 weeks, one per week to 13 weeks.
    assert len(held) <= 2 * 24 // 20 + 1 + 13 + 12
    dates = {i.created.date() for i in held}
    # A 20-hour cadence skips about one calendar day in six; those have none to keep.
    made = {(start + AUTO_BACKUP_EVERY * k).date() for k in range(int(400 * 24 / 20) + 1)}
    for d in range(3, 14):
        day = (now - timedelta(days=d)).date()
        assert day not in made or day in dates, day
    weeks = {i.created.isocalendar()[:2] for i in held}
    for w in range(3, 13):
        assert (now - timedelta(weeks=w)).isocalendar()[:2] in weeks
    assert all(now - i.created < timedelta(weeks=13) for i in held)


# -- verification after writing ---------------------------------------------------------------
def flip_database_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the next bundle's database copy damaged (as a bad disk or RAM would)."""
    real = backups.write_bundle

    def damaged(out: Path, db_file: Path, *args: object, **kwargs: object) -> None:
        data = bytearray(db_file.read_bytes())
        data[4096 + 500] ^= 0x01  # page 2
        db_file.write_bytes(bytes(data))
        real(out, db_file, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "write_bundle", damaged)


def test_backup_failing_verification_is_removed_and_nothing_old_is_pruned(
    new_journal: OpenJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_entries(new_journal, 20)
    clock = Clock()
    for _ in range(4):  # four on one day: the ladder would drop two of them later
        assert new_journal.auto_backup(force=True, now=clock) is not None
        clock.advance(hours=1)
    folder = new_journal.files.folder
    before = snapshot(folder / "backups")
    clock.advance(days=5)
    flip_database_copy(monkeypatch)
    with pytest.raises(NotSaved, match="did not pass its check") as err:
        new_journal.auto_backup(now=clock)
    assert "\n" not in str(err.value)
    assert snapshot(folder / "backups") == before, "an old backup went, or the bad one stayed"
    assert no_temp_left(folder)
    # The same step without the damage prunes as the ladder says.
    monkeypatch.undo()
    new = new_journal.auto_backup(now=clock)
    assert new is not None
    assert len(backup_names(folder)) == 3


def test_manual_backup_to_a_chosen_path_is_verified(
    new_journal: OpenJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_entries(new_journal, 5)
    good = new_journal.backup(tmp_path / "good.kapbackup", now=Clock())
    assert backups.read_bundle_manifest(good)["reason"] == "manual"
    flip_database_copy(monkeypatch)
    with pytest.raises(NotSaved):
        new_journal.backup(tmp_path / "bad.kapbackup")
    assert not (tmp_path / "bad.kapbackup").exists()
    assert no_temp_left(tmp_path)


def test_manifest_records_time_reason_and_journal(new_journal: OpenJournal) -> None:
    clock = Clock()
    path = new_journal.auto_backup("manual", force=True, now=clock)
    assert path is not None
    manifest = backups.read_bundle_manifest(path)
    assert manifest["reason"] == "manual" and manifest["journal_id"] == new_journal.journal_id
    assert datetime.fromisoformat(manifest["created"]) == T0


# -- the listing --------------------------------------------------------------------------------
def test_list_backups_newest_first_and_tolerant_of_foreign_files(
    new_journal: OpenJournal, tmp_path: Path
) -> None:
    clock = Clock()
    first = new_journal.auto_backup(now=clock)
    clock.advance(days=1)
    second = new_journal.auto_backup("manual", force=True, now=clock)
    folder = new_journal.files.backups
    (folder / "notes.txt").write_text("not a backup")
    (folder / ".tmp-leftover").write_bytes(b"x")
    (folder / "dir.kapbackup").mkdir()
    garbage = folder / "20240101T000000000000Z-auto.kapbackup"
    garbage.write_bytes(os.urandom(3000))
    other, _ = create_journal(tmp_path / "other", PASS)
    try:
        foreign = other.backup(folder / "from-elsewhere.kapbackup", now=Clock(T0 + timedelta(hours=5)))
    finally:
        other.close()

    infos = list_backups(new_journal.files)
    assert [i.path for i in infos] == [second, foreign, first, garbage]
    by_path = {i.path: i for i in infos}
    assert by_path[second].reason == "manual" and by_path[first].reason == "auto"
    assert by_path[first].created == T0 and by_path[first].created.tzinfo is not None
    assert by_path[first].journal_id == new_journal.journal_id and by_path[first].usable
    assert by_path[first].size == first.stat().st_size and by_path[first].schema_version == schema.LATEST
    assert by_path[foreign].usable and by_path[foreign].journal_id == other.journal_id
    bad = by_path[garbage]
    assert not bad.usable and bad.journal_id is None and bad.problem and "\n" not in bad.problem
    assert bad.created == datetime(2024, 1, 1, tzinfo=UTC)

    # Pruning months later leaves the foreign and unreadable files alone.
    clock.advance(days=200)
    new_journal.auto_backup(now=clock)
    left = {p.name for p in folder.iterdir()}
    assert {garbage.name, foreign.name, "notes.txt", "dir.kapbackup"} <= left


def test_list_backups_of_a_folder_without_backups(journal_dir: Path) -> None:
    assert list_backups(JournalFiles(journal_dir)) == []


# -- finding 3: restores -------------------------------------------------------------------------
def test_backup_of_another_journal_is_refused_and_nothing_changes(journal_dir: Path, tmp_path: Path) -> None:
    closed_journal(journal_dir)
    closed_journal(tmp_path / "other", 1)
    foreign = backup_closed_journal(tmp_path / "other", tmp_path / "other.kapbackup")
    before = snapshot(journal_dir)
    with pytest.raises(BackupOfAnotherJournal, match="belongs to another journal") as err:
        restore_bundle(foreign, journal_dir)
    assert "\n" not in str(err.value)
    assert snapshot(journal_dir) == before
    assert not (journal_dir / "backups").exists()
    assert count(journal_dir) == 3


def test_bundle_whose_parts_name_different_journals_is_refused(journal_dir: Path, tmp_path: Path) -> None:
    """The journal id in the manifest and in the key slots must agree."""
    closed_journal(journal_dir)
    mine = backup_closed_journal(journal_dir, tmp_path / "mine.kapbackup")
    forged = tmp_path / "forged.kapbackup"
    with zipfile.ZipFile(mine) as src, zipfile.ZipFile(forged, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["journal_id"] = "0" * 32
                data = json.dumps(manifest).encode()
            dst.writestr(item, data)
    before = snapshot(journal_dir)
    with pytest.raises(NotAJournal, match="different journals"):
        restore_bundle(forged, journal_dir)
    assert snapshot(journal_dir) == before
    assert not list_backups(JournalFiles(journal_dir))


def test_restore_sets_aside_database_and_key_slots_as_a_restorable_bundle(journal_dir: Path) -> None:
    clock = Clock()
    journal, _ = create_journal(journal_dir, PASS)
    try:
        add_entries(journal, 3)
        older = journal.auto_backup(now=clock)
        add_entries(journal, 2, start=3)
        journal.add_device_slot()  # the key slots differ between the two states
    finally:
        journal.close()
    assert older is not None
    current_db = (journal_dir / "journal.kapdb").read_bytes()
    current_keys = (journal_dir / "journal.keys").read_bytes()

    clock.advance(hours=1)
    aside = restore_bundle(older, journal_dir, now=clock)
    assert aside is not None and aside.parent == journal_dir / "backups"
    assert not list(journal_dir.glob("journal.damaged-*")), "never loose files"
    assert count(journal_dir) == 3
    assert not ks.KeySlots.load(journal_dir / "journal.keys").has_slot(ks.DEVICE)
    assert (journal_dir / "journal.keys").read_bytes() == (journal_dir / "journal.keys.mirror").read_bytes()
    with zipfile.ZipFile(aside) as zf:
        assert zf.read("journal.kapdb") == current_db
        assert zf.read("journal.keys") == current_keys
    listed = {i.path: i for i in list_backups(JournalFiles(journal_dir))}[aside]
    assert listed.reason == "before-restore" and listed.usable and listed.created == clock.now
    assert listed.pinned

    # The previous state can itself be restored, by the same function.
    clock.advance(hours=1)
    again = restore_bundle(aside, journal_dir, now=clock)
    assert again is not None and again != aside
    assert count(journal_dir) == 5
    assert ks.KeySlots.load(journal_dir / "journal.keys").has_slot(ks.DEVICE)
    assert no_temp_left(journal_dir)


def test_restore_keeps_the_wal_with_its_database(journal_dir: Path) -> None:
    """A database whose last commits are still in its -wal (a crash) is set aside
    together with that -wal."""
    closed_journal(journal_dir)
    bundle = backup_closed_journal(journal_dir, journal_dir.parent / "b.kapbackup")
    wal = journal_dir / "journal.kapdb-wal"
    wal.write_bytes(b"pretend frames" * 100)
    aside = restore_bundle(bundle, journal_dir)
    assert aside is not None and not wal.exists()
    with zipfile.ZipFile(aside) as zf:
        assert zf.read("journal.kapdb-wal") == b"pretend frames" * 100


def test_restore_into_a_folder_whose_key_slots_are_gone(journal_dir: Path, tmp_path: Path) -> None:
    """No readable key slots: any journal's backup may come back, and what is there
    (the database) is still kept, in a bundle listed as unusable."""
    closed_journal(journal_dir)
    bundle = backup_closed_journal(journal_dir, tmp_path / "copy.kapbackup")
    (journal_dir / "journal.keys").unlink()
    (journal_dir / "journal.keys.mirror").unlink()
    aside = restore_bundle(bundle, journal_dir)
    assert aside is not None
    assert count(journal_dir) == 3
    listed = {i.path: i for i in list_backups(JournalFiles(journal_dir))}[aside]
    assert not listed.usable and listed.reason == "before-restore"
    with zipfile.ZipFile(aside) as zf:
        assert "journal.kapdb" in zf.namelist()


def test_restore_into_an_empty_folder_sets_nothing_aside(journal_dir: Path, tmp_path: Path) -> None:
    closed_journal(journal_dir)
    bundle = backup_closed_journal(journal_dir, tmp_path / "copy.kapbackup")
    assert restore_bundle(bundle, tmp_path / "new") is None
    assert count(tmp_path / "new") == 3


def test_restore_refuses_an_open_journal(new_journal: OpenJournal, tmp_path: Path) -> None:
    bundle = new_journal.backup(tmp_path / "b.kapbackup")
    before = snapshot(new_journal.files.folder)
    from kapjournal.storage.errors import JournalInUse

    with pytest.raises(JournalInUse):
        restore_bundle(bundle, new_journal.files.folder)
    assert snapshot(new_journal.files.folder) == before


# -- finding 6: hostile bundles ------------------------------------------------------------------
def real_parts(tmp_path: Path) -> tuple[Path, bytes, bytes]:
    """A journal folder with a closed journal, and its manifest and key-slot bytes."""
    folder = tmp_path / "journal"
    closed_journal(folder)
    bundle = backup_closed_journal(folder, tmp_path / "real.kapbackup")
    with zipfile.ZipFile(bundle) as zf:
        return folder, zf.read("manifest.json"), zf.read("journal.keys")


def peak_memory(action: Callable[[], object]) -> tuple[int, float, BaseException | None]:
    """(peak traced bytes, seconds, the exception ``action`` raised)."""
    tracemalloc.start()
    started = time.monotonic()
    raised: BaseException | None = None
    try:
        action()
    except Exception as exc:
        raised = exc
    finally:
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak, elapsed, raised


def test_zip_bomb_is_refused_fast_with_bounded_memory(tmp_path: Path) -> None:
    folder, manifest, keys = real_parts(tmp_path)
    bomb = tmp_path / "bomb.kapbackup"
    zeros = bytes(1024 * 1024)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("manifest.json", manifest)
        zf.writestr("journal.keys", keys)
        with zf.open("journal.kapdb", "w", force_zip64=True) as member:
            for _ in range(1024):  # 1 GiB of zeros, streamed in
                member.write(zeros)
    assert bomb.stat().st_size < 8 * 1024 * 1024
    before = snapshot(folder)

    peak, elapsed, raised = peak_memory(lambda: restore_bundle(bomb, folder))
    assert isinstance(raised, NotAJournal) and "far more than" in str(raised)
    assert elapsed < 5, f"took {elapsed:.1f} s: it inflated something"
    assert peak < 16 * 1024 * 1024, f"peak {peak} bytes"
    assert snapshot(folder) == before and no_temp_left(folder)

    dest = tmp_path / "dest"
    with pytest.raises(NotAJournal):
        extract_bundle(bomb, dest)
    assert list(dest.iterdir()) == []


def _lie_about_size(bundle: Path, name: str, declared: int) -> None:
    """Rewrite the uncompressed size of ``name`` in both its local header and its
    central-directory entry (a hand-made lying header)."""
    data = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as zf:
        offset = zf.getinfo(name).header_offset
    assert data[offset : offset + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, offset + 22, declared)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_len] == name.encode():
            struct.pack_into("<I", data, central + 24, declared)
            break
        central = data.find(b"PK\x01\x02", central + 4)
    else:
        raise AssertionError("central directory entry not found")
    bundle.write_bytes(bytes(data))


def test_member_that_inflates_past_its_declared_size_is_stopped(tmp_path: Path) -> None:
    folder, manifest, keys = real_parts(tmp_path)
    liar = tmp_path / "liar.kapbackup"
    with zipfile.ZipFile(liar, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("manifest.json", manifest)
        zf.writestr("journal.keys", keys)
        zf.writestr("journal.kapdb", bytes(64 * 1024 * 1024))  # 64 MiB, claims 200 KiB
    _lie_about_size(liar, "journal.kapdb", 200 * 1024)
    assert zipfile.ZipFile(liar).getinfo("journal.kapdb").file_size == 200 * 1024
    before = snapshot(folder)

    peak, _, raised = peak_memory(lambda: restore_bundle(liar, folder))
    assert isinstance(raised, NotAJournal) and "damaged" in str(raised)
    assert peak < 16 * 1024 * 1024, f"peak {peak} bytes"
    assert snapshot(folder) == before and no_temp_left(folder)
    dest = tmp_path / "dest"
    with pytest.raises(NotAJournal):
        extract_bundle(liar, dest)
    assert list(dest.iterdir()) == []


def test_declared_sizes_beyond_the_free_disk_space_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "journal"
    closed_journal(folder)
    bundle = backup_closed_journal(folder, tmp_path / "b.kapbackup")
    before = snapshot(folder)
    tight = type("Usage", (), {"total": 10**9, "used": 10**9, "free": 1024})
    monkeypatch.setattr(backups.shutil, "disk_usage", lambda _path: tight)
    with pytest.raises(NotSaved, match="not enough free disk space"):
        restore_bundle(bundle, folder)
    assert snapshot(folder) == before


@pytest.mark.parametrize(
    "extra",
    [
        "../journal.kapdb",
        "/etc/journal.kapdb",
        "backups/journal.kapdb",
        "sub/../journal.keys",
        "journal.kapdb-shm",
        "README.txt",
        "journal.kapdb",  # a second member of the same name
    ],
)
def test_unexpected_member_names_are_refused(tmp_path: Path, extra: str) -> None:
    folder, manifest, keys = real_parts(tmp_path)
    bad = tmp_path / "bad.kapbackup"
    with zipfile.ZipFile(bad, "w") as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        zf.writestr("manifest.json", manifest)
        zf.writestr("journal.keys", keys)
        zf.writestr("journal.kapdb", os.urandom(8192))
        zf.writestr(zipfile.ZipInfo(extra), b"surprise")
    before = snapshot(tmp_path)
    with pytest.raises(NotAJournal, match="not a KAP Journal backup"):
        restore_bundle(bad, folder)
    assert snapshot(tmp_path) == before
    assert not (tmp_path.parent / "journal.kapdb").exists()


@pytest.mark.parametrize("content", [b"", b"PK\x05\x06" + bytes(18), b"not a zip at all" * 100])
def test_garbage_files_are_not_backups(tmp_path: Path, content: bytes) -> None:
    folder, _, _ = real_parts(tmp_path)
    bad = tmp_path / "bad.kapbackup"
    bad.write_bytes(content)
    before = snapshot(folder)
    with pytest.raises(NotAJournal) as err:
        restore_bundle(bad, folder)
    assert "\n" not in str(err.value)
    assert snapshot(folder) == before


def test_extract_bundle_streams_the_parts_out(tmp_path: Path) -> None:
    folder, manifest, keys = real_parts(tmp_path)
    bundle = tmp_path / "real.kapbackup"
    dest = tmp_path / "out"
    got = extract_bundle(bundle, dest)
    assert got == json.loads(manifest)
    assert sorted(p.name for p in dest.iterdir()) == ["journal.kapdb", "journal.keys"]
    assert (dest / "journal.keys").read_bytes() == keys
    assert (dest / "journal.kapdb").read_bytes() == (folder / "journal.kapdb").read_bytes()
    # It never overwrites what is there.
    with pytest.raises(NotSaved):
        extract_bundle(bundle, dest)
    assert (dest / "journal.keys").read_bytes() == keys


def test_bundle_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    folder, manifest, keys = real_parts(tmp_path)
    newer = tmp_path / "newer.kapbackup"
    doc = json.loads(manifest)
    doc["version"] = backups.BACKUP_VERSION + 1
    with zipfile.ZipFile(newer, "w") as zf:
        zf.writestr("manifest.json", json.dumps(doc))
        zf.writestr("journal.keys", keys)
        zf.writestr("journal.kapdb", (folder / "journal.kapdb").read_bytes())
    before = snapshot(folder)
    with pytest.raises(NotAJournal, match="newer version"):
        restore_bundle(newer, folder)
    assert snapshot(folder) == before


# -- the command line -----------------------------------------------------------------------------



def test_cli_restore_round_trip(
    journal_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    journal, _ = create_journal(journal_dir, PASS)
    try:
        add_entries(journal, 3)
        older = journal.auto_backup(now=Clock())
        add_entries(journal, 4, start=3)
    finally:
        journal.close()
    assert older is not None
    code, out, err = run_cli(
        monkeypatch,
        capsys,
        "restore",
        "--data-dir",
        str(journal_dir),
        "--passphrase-stdin",
        str(older),
        stdin=PASS + "\n",
    )
    assert (code, err) == (0, ""), err
    assert count(journal_dir) == 3
    kept = Path(out.strip().splitlines()[-1].split(": ", 1)[1])
    assert kept.exists() and kept.name.endswith("-before-restore.kapbackup")
    code, _, err = run_cli(
        monkeypatch,
        capsys,
        "restore",
        "--data-dir",
        str(journal_dir),
        "--passphrase-stdin",
        str(kept),
        stdin=PASS + "\n",
    )
    assert code == 0, err
    assert count(journal_dir) == 7


def test_cli_restore_refuses_another_journal_and_a_wrong_passphrase(
    journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    closed_journal(journal_dir)
    closed_journal(tmp_path / "other", 1)
    foreign = backup_closed_journal(tmp_path / "other", tmp_path / "other.kapbackup")
    mine = backup_closed_journal(journal_dir, tmp_path / "mine.kapbackup")
    before = snapshot(journal_dir)
    args = ("restore", "--data-dir", str(journal_dir), "--passphrase-stdin")
    code, out, err = run_cli(monkeypatch, capsys, *args, str(foreign), stdin=PASS + "\n")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "belongs to another journal" in err
    code, out, err = run_cli(monkeypatch, capsys, *args, str(mine), stdin="not the passphrase\n")
    assert (code, out) == (1, "") and err == "That passphrase does not open this journal.\n"
    code, _, err = run_cli(monkeypatch, capsys, *args, str(tmp_path / "missing.kapbackup"), stdin=PASS + "\n")
    assert code == 1 and err.count("\n") == 1
    assert snapshot(journal_dir) == before
    code, _, _ = run_cli(monkeypatch, capsys, "restore", "--data-dir", str(journal_dir), str(mine))
    assert code == 2  # --passphrase-stdin is required
