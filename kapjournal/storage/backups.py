"""Encrypted backup bundles: writing, the automatic backups, reading and restoring.

A bundle (``*.kapbackup``) is a zip of the encrypted database, its key slots and a
manifest naming the journal; nothing in it is decrypted.
"""

from __future__ import annotations

import json
import logging
import tempfile
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kapjournal.storage import keyslots as ks
from kapjournal.storage.db import Database
from kapjournal.storage.errors import NotAJournal, NotSaved
from kapjournal.storage.files import BACKUP_SUFFIX, DB_NAME, KEYS_NAME, JournalFiles, journal_lock
from kapjournal.storage.fsutil import (
    atomic_output,
    atomic_write_bytes,
    describe_os_error,
    ensure_private_dir,
    fsync_dir,
)

logger = logging.getLogger(__name__)

BACKUP_FORMAT = "kapjournal-backup"
BACKUP_VERSION = 1
KEEP_AUTO_BACKUPS = 10
AUTO_BACKUP_EVERY = timedelta(hours=20)


def backup_time(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name[:23], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def premigration_backup(
    files: JournalFiles, db: Database, key: bytearray, slots: ks.KeySlots, version: int
) -> None:
    ensure_private_dir(files.backups)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    out = files.backups / f"{stamp}-before-v{version + 1}{BACKUP_SUFFIX}"
    with tempfile.TemporaryDirectory(dir=files.backups, prefix=".tmp-backup-") as tmp:
        copy = Path(tmp) / DB_NAME
        db.backup_to(copy, key)
        write_bundle(out, copy, None, slots, version)


def write_bundle(
    out: Path, db_file: Path, wal_file: Path | None, slots: ks.KeySlots, schema_version: int
) -> None:
    manifest = {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "journal_id": slots.journal_id,
        "schema_version": schema_version,
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    with atomic_output(out) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, indent=2))
        zf.writestr(KEYS_NAME, slots.to_bytes())
        zf.write(db_file, DB_NAME)
        if wal_file is not None and wal_file.exists() and wal_file.stat().st_size:
            zf.write(wal_file, DB_NAME + "-wal")


def backup_closed_journal(folder: Path, out: Path) -> Path:
    """Copy a closed journal's encrypted files into a bundle (no passphrase needed)."""
    files = JournalFiles(folder)
    if not files.db.exists():
        raise NotAJournal("There is no journal in this folder.")
    slots, _ = files.load_slots()
    with journal_lock(files):
        write_bundle(out, files.db, files.sidecars()[0], slots, -1)
    return out


def read_bundle_manifest(bundle: Path) -> dict[str, Any]:
    try:
        with zipfile.ZipFile(bundle) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            names = set(zf.namelist())
    except (OSError, zipfile.BadZipFile, KeyError, json.JSONDecodeError):
        raise NotAJournal("This file is not a KAP Journal backup.") from None
    if manifest.get("format") != BACKUP_FORMAT or not {DB_NAME, KEYS_NAME} <= names:
        raise NotAJournal("This file is not a KAP Journal backup.")
    return dict(manifest)


def restore_bundle(bundle: Path, folder: Path) -> Path | None:
    """Restore a backup bundle into ``folder``.

    A current database is never overwritten: it is moved aside as
    ``journal.damaged-<time>.kapdb`` (returned) so nothing is lost.
    """
    read_bundle_manifest(bundle)
    files = JournalFiles(folder)
    ensure_private_dir(folder)
    set_aside: Path | None = None
    with journal_lock(files), tempfile.TemporaryDirectory(dir=folder, prefix=".tmp-restore-") as tmp:
        try:
            with zipfile.ZipFile(bundle) as zf:
                for name in (DB_NAME, KEYS_NAME, DB_NAME + "-wal"):
                    if name in zf.namelist():
                        (Path(tmp) / name).write_bytes(zf.read(name))
        except (OSError, zipfile.BadZipFile) as exc:
            raise NotSaved("Could not read the backup file.") from exc
        ks.KeySlots.from_bytes((Path(tmp) / KEYS_NAME).read_bytes())
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        try:
            if files.db.exists():
                set_aside = folder / f"journal.damaged-{stamp}.kapdb"
                files.db.replace(set_aside)
                for side in files.sidecars():
                    if side.exists():
                        side.replace(folder / (set_aside.name + side.name[len(DB_NAME) :]))
            if (Path(tmp) / (DB_NAME + "-wal")).exists():
                (Path(tmp) / (DB_NAME + "-wal")).replace(files.sidecars()[0])
            (Path(tmp) / DB_NAME).replace(files.db)
            atomic_write_bytes(files.keys, (Path(tmp) / KEYS_NAME).read_bytes())
            atomic_write_bytes(files.mirror, (Path(tmp) / KEYS_NAME).read_bytes())
            fsync_dir(folder)
        except OSError as exc:
            raise NotSaved(describe_os_error(exc, "restore the backup")) from None
    logger.info("journal restored from backup")
    return set_aside
