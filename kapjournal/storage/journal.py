"""One open journal: create, unlock, keys, backups of the open journal, delete.

The folder layout and the lock are in :mod:`kapjournal.storage.files`; backup bundles
in :mod:`kapjournal.storage.backups`.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from kapjournal.storage import keyslots as ks
from kapjournal.storage import schema
from kapjournal.storage.backups import (  # noqa: F401 - re-exported for callers
    AUTO_BACKUP_EVERY,
    BACKUP_FORMAT,
    REASON_AUTO,
    REASON_MANUAL,
    BackupInfo,
    Clock,
    backup_closed_journal,
    backup_time,
    backups_to_keep,
    extract_bundle,
    list_backups,
    new_backup_path,
    premigration_backup,
    prune_backups,
    read_bundle_manifest,
    recent_backup,
    restore_bundle,
    utc_now,
    write_bundle,
    write_verified_bundle,
)
from kapjournal.storage.db import Database, open_database, sqlcipher_version
from kapjournal.storage.errors import (
    JournalDamaged,  # noqa: F401 - re-exported for callers of this module
    JournalExists,
    NotAJournal,
    NotSaved,
    StorageError,
    WrongSecret,
)
from kapjournal.storage.files import (  # noqa: F401 - re-exported for callers
    BACKUP_DIR,
    BACKUP_SUFFIX,
    DB_NAME,
    KEYS_NAME,
    LOCK_NAME,
    MIRROR_NAME,
    FileLock,
    JournalFiles,
    journal_lock,
    wipe,
)
from kapjournal.storage.fsutil import atomic_write_bytes, ensure_private_dir

logger = logging.getLogger(__name__)


# -- the open journal -------------------------------------------------------------------
class OpenJournal:
    """A journal whose data key is in memory. ``close()`` drops the key and connection."""

    def __init__(
        self,
        files: JournalFiles,
        db: Database,
        slots: ks.KeySlots,
        key: bytearray,
        lock: FileLock,
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
                    "The change took effect, but the spare copy of the key file could not be updated."
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
            wipe(key)

    def backup(self, out: Path, *, reason: str = REASON_MANUAL, now: Clock = utc_now) -> Path:
        """Write an encrypted backup bundle to ``out`` (atomically) and verify it: a
        bundle that does not open with the key and pass its integrity check is deleted
        and :class:`NotSaved` raised."""
        with self._reader() as (reader, key):
            self._backup_from(reader, key, out, reason=reason, created=now())
        return out

    def _backup_from(
        self, reader: Database, key: bytearray, out: Path, *, reason: str, created: datetime
    ) -> None:
        write_verified_bundle(out, reader, key, self.slots, reason=reason, created=created)

    def auto_backup(
        self, reason: str = REASON_AUTO, *, force: bool = False, now: Clock = utc_now
    ) -> Path | None:
        """Make a verified backup in ``backups/``, then prune older ones on the
        retention ladder (:func:`kapjournal.storage.backups.backups_to_keep`).

        Skipped (``None``) when this journal has a backup younger than
        :data:`AUTO_BACKUP_EVERY` (unless forced), or when the journal fails its
        integrity check (a damaged journal never pushes out good backups). A backup
        that fails its own check is deleted and :class:`NotSaved` raised; nothing
        older is removed then.
        """
        ensure_private_dir(self.files.backups)
        when = now()
        if not force and recent_backup(list_backups(self.files), self.journal_id, when) is not None:
            return None
        out = new_backup_path(self.files, reason, when)
        with self._reader() as (reader, key):
            if reader.integrity_problems():
                logger.warning("integrity check failed; automatic backup skipped")
                return None
            self._backup_from(reader, key, out, reason=reason, created=when)
        prune_backups(self.files, self.journal_id, when)
        return out

    def close(self) -> None:
        """Close the connection, drop the key bytes, release the folder lock."""
        try:
            if not self.db.closed:
                self.db.close()
        finally:
            if self._key is not None:
                wipe(self._key)
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


# -- create / open ---------------------------------------------------------------------
def create_journal(folder: Path, passphrase: str) -> tuple[OpenJournal, str]:
    """Create a new journal in ``folder``. Returns it open, with the recovery code."""
    sqlcipher_version()  # refuse before creating anything
    files = JournalFiles(folder)
    if files.exists():
        raise JournalExists("A journal already exists in this folder.")
    ensure_private_dir(folder)
    lock = FileLock(files.lockfile)
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
        wipe(key)
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
    lock = FileLock(files.lockfile)
    try:
        lock.acquire()
        db = open_database(files.db, key)
    except BaseException:
        lock.release()
        wipe(key)
        raise
    try:
        schema.migrate(db, before_step=lambda v: premigration_backup(files, db, key, slots, v))
    except BaseException:
        db.close()
        lock.release()
        wipe(key)
        raise
    _remove_leftovers(files)
    logger.info("journal unlocked")
    return OpenJournal(files, db, slots, key, lock, slots_from_mirror=from_mirror)


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
    wipe(key)
    return True
