"""One journal on disk: its folder, database, key slots, backups and lock.

Layout of a journal folder (0700; files 0600)::

    journal.kapdb          SQLCipher 4 database (plus -wal/-shm while open)
    journal.keys           key slots (JSON), written atomically
    journal.keys.mirror    a second copy of the key slots, written after the first
    journal.lock           held (flock) while a process has the journal open
    backups/*.kapbackup    encrypted backups: zip of database + key slots + manifest
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import secrets
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from kapjournal.storage import keyslots as ks
from kapjournal.storage import schema
from kapjournal.storage.db import Database, open_database, sqlcipher_version
from kapjournal.storage.errors import (
    JournalDamaged,  # noqa: F401 - re-exported for callers of this module
    JournalExists,
    JournalInUse,
    KeySlotsMissing,
    NotAJournal,
    NotSaved,
    StorageError,
    WrongSecret,
)
from kapjournal.storage.fsutil import (
    atomic_output,
    atomic_write_bytes,
    describe_os_error,
    ensure_private_dir,
    fsync_dir,
)

logger = logging.getLogger(__name__)

DB_NAME = "journal.kapdb"
KEYS_NAME = "journal.keys"
MIRROR_NAME = "journal.keys.mirror"
LOCK_NAME = "journal.lock"
BACKUP_DIR = "backups"
BACKUP_SUFFIX = ".kapbackup"
BACKUP_FORMAT = "kapjournal-backup"
BACKUP_VERSION = 1
KEEP_AUTO_BACKUPS = 10
AUTO_BACKUP_EVERY = timedelta(hours=20)


@dataclass(frozen=True)
class JournalFiles:
    """Paths of one journal folder; no I/O on construction."""

    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def keys(self) -> Path:
        return self.folder / KEYS_NAME

    @property
    def mirror(self) -> Path:
        return self.folder / MIRROR_NAME

    @property
    def lockfile(self) -> Path:
        return self.folder / LOCK_NAME

    @property
    def backups(self) -> Path:
        return self.folder / BACKUP_DIR

    def exists(self) -> bool:
        return self.db.exists() or self.keys.exists()

    def sidecars(self) -> list[Path]:
        return [self.db.with_name(DB_NAME + s) for s in ("-wal", "-shm", "-journal")]

    def list_backups(self) -> list[Path]:
        if not self.backups.is_dir():
            return []
        return sorted(self.backups.glob("*" + BACKUP_SUFFIX), reverse=True)

    def load_slots(self) -> tuple[ks.KeySlots, bool]:
        """Load the key slots; fall back to the mirror. Returns (slots, from_mirror)."""
        try:
            return ks.KeySlots.load(self.keys), False
        except KeySlotsMissing as primary:
            try:
                slots = ks.KeySlots.load(self.mirror)
            except KeySlotsMissing:
                raise primary from None
            logger.warning("key-slot file unreadable; using the mirror copy")
            return slots, True


# -- process lock ---------------------------------------------------------------------
class _FileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            # A read-only folder still allows a shared-nothing lock on the existing file.
            if exc.errno not in (errno.EROFS, errno.EACCES) or not self.path.exists():
                raise NotSaved(describe_os_error(exc, "open the journal")) from None
            try:
                fd = os.open(self.path, os.O_RDONLY)
            except OSError as exc2:
                raise NotSaved(describe_os_error(exc2, "open the journal")) from None
        fh = os.fdopen(fd, "rb", buffering=0)
        try:
            if os.name == "posix":
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows
                import msvcrt

                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
        except OSError:
            fh.close()
            raise JournalInUse(
                "This journal is already open in another KAP Journal window."
            ) from None
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


@contextlib.contextmanager
def journal_lock(files: JournalFiles) -> Iterator[None]:
    lock = _FileLock(files.lockfile)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


# -- the open journal -------------------------------------------------------------------
class OpenJournal:
    """A journal whose data key is in memory. ``close()`` drops the key and connection."""

    def __init__(
        self,
        files: JournalFiles,
        db: Database,
        slots: ks.KeySlots,
        key: bytearray,
        lock: _FileLock,
        *,
        slots_from_mirror: bool = False,
    ) -> None:
        self.files = files
        self.db = db
        self.slots = slots
        self._key: bytearray | None = key
        self._lock = lock
        self.slots_from_mirror = slots_from_mirror
        self._repair_slot_files()

    @property
    def journal_id(self) -> str:
        return self.slots.journal_id

    @property
    def is_open(self) -> bool:
        return self._key is not None

    def _require_key(self) -> bytearray:
        if self._key is None:
            raise StorageError("The journal is locked.")
        return self._key

    # -- key management ------------------------------------------------------------
    def _repair_slot_files(self) -> None:
        """Make both key-slot files equal to the slots this journal was opened with.

        Puts back a missing or damaged primary from the mirror, and brings a stale
        mirror up to date (after a kill between the two writes of a change, the mirror
        may still hold an old passphrase). Best effort: a read-only folder is fine.
        """
        wanted = self.slots.to_bytes()
        for path in (self.files.keys, self.files.mirror):
            try:
                current = path.read_bytes()
            except OSError:
                current = b""
            if current != wanted:
                try:
                    atomic_write_bytes(path, wanted)
                except NotSaved:
                    logger.warning("could not repair a key-slot file")
                else:
                    logger.info("key-slot file repaired")

    def _save_slots(self, slots: ks.KeySlots | None = None) -> None:
        """Write ``slots`` to the key file, then its mirror; adopt them only on success.

        The primary file is the one that counts (its rename is the moment a change
        takes effect). If the mirror cannot be written, the primary is put back, so a
        reported failure really means nothing changed.
        """
        new = self.slots if slots is None else slots
        previous = self.slots.to_bytes()
        new.save(self.files.keys)  # NotSaved: nothing changed
        try:
            new.save(self.files.mirror)
        except NotSaved:
            try:
                atomic_write_bytes(self.files.keys, previous)
            except NotSaved:
                self.slots = new
                logger.warning("key-slot mirror not written and the change not undone")
                raise NotSaved(
                    "The change took effect, but the spare copy of the key file could not "
                    "be updated."
                ) from None
            raise
        self.slots = new

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key; the database itself is not touched."""
        slots = ks.KeySlots(self.slots.journal_id, list(self.slots.slots))
        slots.set_slot(ks.PASSPHRASE, new_passphrase, self._require_key())
        self._save_slots(slots)
        logger.info("passphrase changed")

    def new_recovery_code(self) -> str:
        code = ks.new_recovery_code()
        slots = ks.KeySlots(self.slots.journal_id, list(self.slots.slots))
        slots.set_slot(ks.RECOVERY, code, self._require_key())
        self._save_slots(slots)
        logger.info("recovery code replaced")
        return code

    def add_device_slot(self) -> str:
        """Create a device slot; return its secret (for the OS keychain only)."""
        secret = ks.new_device_secret()
        slots = ks.KeySlots(self.slots.journal_id, list(self.slots.slots))
        slots.set_slot(ks.DEVICE, secret, self._require_key())
        self._save_slots(slots)
        return secret

    def remove_device_slot(self) -> None:
        if self.slots.has_slot(ks.DEVICE):
            slots = ks.KeySlots(self.slots.journal_id, list(self.slots.slots))
            slots.remove_slot(ks.DEVICE)
            self._save_slots(slots)

    # -- backups ---------------------------------------------------------------------
    @contextlib.contextmanager
    def _reader(self) -> Iterator[tuple[Database, bytearray]]:
        """A second keyed connection for long reads (backup, integrity check), so the
        window's connection is never held up; WAL lets both read at once. It works on
        its own copy of the key: a lock meanwhile wipes the journal's copy, never this one.
        """
        key = bytearray(self._require_key())
        try:
            reader = open_database(self.files.db, key)
            try:
                yield reader, key
            finally:
                reader.close()
        finally:
            _wipe(key)

    def backup(self, out: Path) -> Path:
        """Write an encrypted backup bundle to ``out`` (atomically)."""
        with self._reader() as (reader, key):
            self._backup_from(reader, key, out)
        return out

    def _backup_from(self, reader: Database, key: bytearray, out: Path) -> None:
        with tempfile.TemporaryDirectory(dir=out.parent, prefix=".tmp-backup-") as tmp:
            copy = Path(tmp) / DB_NAME
            reader.backup_to(copy, key)
            write_bundle(out, copy, None, self.slots, reader.user_version)

    def auto_backup(self, reason: str = "auto", *, force: bool = False) -> Path | None:
        """Keep a rolling set of encrypted backups in ``backups/``.

        Skipped when a recent one exists (unless forced) or the journal fails its
        integrity check (a damaged journal never pushes out good backups).
        """
        ensure_private_dir(self.files.backups)
        existing = self.files.list_backups()
        if existing and not force:
            newest = _backup_time(existing[0])
            if newest and datetime.now(UTC) - newest < AUTO_BACKUP_EVERY:
                return None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        out = self.files.backups / f"{stamp}-{reason}{BACKUP_SUFFIX}"
        with self._reader() as (reader, key):
            if reader.integrity_problems():
                logger.warning("integrity check failed; automatic backup skipped")
                return None
            self._backup_from(reader, key, out)
        for old in self.files.list_backups()[KEEP_AUTO_BACKUPS:]:
            with contextlib.suppress(OSError):
                old.unlink()
        return out

    def close(self) -> None:
        """Close the connection, drop the key bytes, release the folder lock."""
        try:
            if not self.db.closed:
                self.db.close()
        finally:
            if self._key is not None:
                _wipe(self._key)
                self._key = None
            self._lock.release()


def _remove_leftovers(files: JournalFiles) -> None:
    """Delete temp files a killed process left in the folder (we hold the lock, so no
    other process is writing them). Best effort."""
    for folder in (files.folder, files.backups):
        if not folder.is_dir():
            continue
        for stray in folder.glob(".tmp-*"):
            try:
                if stray.is_dir():
                    shutil.rmtree(stray)
                else:
                    stray.unlink()
            except OSError:
                logger.warning("could not remove a leftover temp file")


def _wipe(key: bytearray) -> None:
    for i in range(len(key)):
        key[i] = 0


def _backup_time(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name[:23], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


# -- create / open ---------------------------------------------------------------------
def create_journal(folder: Path, passphrase: str) -> tuple[OpenJournal, str]:
    """Create a new journal in ``folder``. Returns it open, with the recovery code."""
    sqlcipher_version()  # refuse before creating anything
    files = JournalFiles(folder)
    if files.exists():
        raise JournalExists("A journal already exists in this folder.")
    ensure_private_dir(folder)
    lock = _FileLock(files.lockfile)
    lock.acquire()
    key = bytearray(secrets.token_bytes(ks.DATA_KEY_BYTES))
    recovery = ks.new_recovery_code()
    try:
        slots = ks.KeySlots.create(key, passphrase, recovery)
        db = open_database(files.db, key, create=True)
        try:
            schema.migrate(db)
            slots.save(files.keys)
            slots.save(files.mirror)
        except BaseException:
            db.close()
            for path in (files.db, *files.sidecars(), files.keys, files.mirror):
                with contextlib.suppress(OSError):
                    path.unlink()
            raise
    except BaseException:
        lock.release()
        _wipe(key)
        raise
    logger.info("journal created")
    return OpenJournal(files, db, slots, key, lock), recovery


def unlock_journal(folder: Path, kind: str, secret: str) -> OpenJournal:
    """Open an existing journal with a passphrase, recovery code or device secret.

    A wrong secret raises :class:`WrongSecret` before the database file is touched.
    """
    sqlcipher_version()
    files = JournalFiles(folder)
    if not files.db.exists():
        if files.keys.exists():
            raise NotAJournal("The journal file is missing from this folder. A backup holds a copy.")
        raise NotAJournal("There is no journal in this folder.")
    slots, from_mirror = files.load_slots()
    key = slots.unwrap(kind, secret)  # raises WrongSecret
    lock = _FileLock(files.lockfile)
    try:
        lock.acquire()
        db = open_database(files.db, key)
    except BaseException:
        lock.release()
        _wipe(key)
        raise
    try:
        schema.migrate(db, before_step=lambda v: _premigration_backup(files, db, key, slots, v))
    except BaseException:
        db.close()
        lock.release()
        _wipe(key)
        raise
    _remove_leftovers(files)
    logger.info("journal unlocked")
    return OpenJournal(files, db, slots, key, lock, slots_from_mirror=from_mirror)


def _premigration_backup(
    files: JournalFiles, db: Database, key: bytearray, slots: ks.KeySlots, version: int
) -> None:
    ensure_private_dir(files.backups)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    out = files.backups / f"{stamp}-before-v{version + 1}{BACKUP_SUFFIX}"
    with tempfile.TemporaryDirectory(dir=files.backups, prefix=".tmp-backup-") as tmp:
        copy = Path(tmp) / DB_NAME
        db.backup_to(copy, key)
        write_bundle(out, copy, None, slots, version)


# -- backup bundles -----------------------------------------------------------------------
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


def delete_journal(folder: Path) -> None:
    """Remove the journal: database, WAL, key slots, backups and lock file."""
    files = JournalFiles(folder)
    with journal_lock(files):
        for path in (files.db, *files.sidecars(), files.keys, files.mirror):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        if files.backups.exists():
            shutil.rmtree(files.backups)
        for stray in folder.glob("journal.damaged-*"):
            stray.unlink()
    with contextlib.suppress(FileNotFoundError):
        files.lockfile.unlink()


def verify_secret(folder: Path, kind: str, secret: str) -> bool:
    """True when ``secret`` unwraps this journal's key (no database access)."""
    try:
        slots, _ = JournalFiles(folder).load_slots()
        key = slots.unwrap(kind, secret)
    except WrongSecret:
        return False
    _wipe(key)
    return True
