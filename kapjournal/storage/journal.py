"""One open journal: create, unlock, keys, backups of the open journal, delete.

The folder layout and the lock are in :mod:`kapjournal.storage.files`; backup bundles
in :mod:`kapjournal.storage.backups`.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from kapjournal.storage import keyslots as ks
from kapjournal.storage import rotation, schema
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
    QT_TR_NOOP,
    JournalDamaged,
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
from kapjournal.storage.fsutil import atomic_write_bytes, describe_os_error, ensure_private_dir, fsync_dir

logger = logging.getLogger(__name__)

#: A key rotation's progress, 0.0 to 1.0 (called from the thread doing the work).
Progress = Callable[[float], None]
#: How long a rotation waits for a running backup or check to finish.
READERS_WAIT_S = 60.0


def _no_progress(_fraction: float) -> None:
    return None


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
        problems: list[str] | None = None,
    ) -> None:
        self.files = files
        #: Integrity problems found (page numbers, no content); when not empty the
        #: journal is open read-only and nothing is written to its file.
        self.problems: list[str] = list(problems or [])
        self.db = db
        self.slots = slots
        self._key: bytearray | None = key
        self._lock = lock
        self.slots_from_mirror = slots_from_mirror
        self._readers = 0
        self._swapping = False
        self._readers_cv = threading.Condition()
        self._repair_slot_files()

    @property
    def journal_id(self) -> str:
        return self.slots.journal_id

    @property
    def is_open(self) -> bool:
        return self._key is not None

    @property
    def damaged(self) -> bool:
        return bool(self.problems)

    def full_check(self) -> list[str]:
        """The full integrity check (SQLite's and SQLCipher's), on a second connection
        so the window is never held up; on damage the journal turns read-only."""
        with self._reader() as (reader, _key):
            problems = reader.integrity_problems()
        if problems:
            logger.warning("the full integrity check found %d problem(s)", len(problems))
            self.problems = problems
            self.db.make_read_only()
        return problems

    def _require_key(self) -> bytearray:
        if self._key is None:
            raise StorageError(QT_TR_NOOP("The journal is locked."))
        return self._key

    # -- key management ------------------------------------------------------------
    def _repair_slot_files(self) -> None:
        """Make both key-slot files equal to the slots this journal was opened with.

        Puts back a missing or damaged primary from the mirror, and brings a stale
        mirror up to date (after a kill between the two writes of a change, the mirror
        may still hold an old passphrase). Best effort: a read-only folder is fine.
        """
        wanted = self.slots.to_bytes()
        with contextlib.suppress(OSError):
            # The slots of a rotation: promoted by the loop below when they were the
            # ones that opened the database, stale otherwise.
            self.files.next_keys.unlink()
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
                    QT_TR_NOOP(
                        "The change took effect, but the spare copy of the key file could not be updated."
                    )
                ) from None
            raise
        self.slots = new

    def change_passphrase(self, new_passphrase: str, progress: Progress | None = None) -> str | None:
        """Give the journal a new passphrase **and a new data key** (a key rotation).

        Returns a new recovery code when the old one could not be carried over (a
        recovery slot from the first release, which needs its code to be resealed),
        else None: the patient's recovery code stays valid.
        """
        dropped = self._rotate(
            lambda slots, key: slots.set_slot(ks.PASSPHRASE, new_passphrase, key), progress
        )
        logger.info("passphrase changed")
        return self._recovery_after(dropped)

    def new_recovery_code(self, progress: Progress | None = None) -> str:
        """Replace the recovery code, with a new data key (a key rotation)."""
        code = ks.new_recovery_code()
        self._rotate(lambda slots, key: slots.set_slot(ks.RECOVERY, code, key), progress)
        logger.info("recovery code replaced")
        return code

    def _recovery_after(self, dropped: list[str]) -> str | None:
        if ks.RECOVERY not in dropped:
            return None
        # A first-release recovery slot could not be resealed without its code.
        code = ks.new_recovery_code()
        slots = ks.KeySlots(self.slots.journal_id, list(self.slots.slots))
        slots.set_slot(ks.RECOVERY, code, self._require_key())
        self._save_slots(slots)
        return code

    def _rotate(
        self, change: Callable[[ks.KeySlots, bytearray], None], progress: Progress | None
    ) -> list[str]:
        """Re-encrypt the journal with a new data key; seal it to every slot.

        Steps (each file write atomic; the rename of the new database is the moment
        the rotation takes effect)::

            1. export the database, re-encrypted with the new key, into a temp file,
               and verify it (opens, whole, same row counts);
            2. write ``journal.rotation`` (the old key sealed under the new one, so an
               interrupted rotation can finish re-encrypting the backups) and
               ``journal.keys.next`` (the new slots);
            3. close the connection with an empty log, rename the new file over
               ``journal.kapdb``  <- commit point;
            4. write ``journal.keys`` and its mirror, remove ``journal.keys.next``;
            5. re-encrypt every backup of this journal in ``backups/``, remove
               ``journal.rotation``.

        Killed before 3: the old key files open the old database; ``.next`` fails to
        open it and is removed at the next unlock. Killed after 3: only ``.next``
        opens the new database; the next unlock promotes it and finishes step 5.
        Returns the kinds of first-release slots that could not be carried over.
        """
        report = progress or _no_progress
        old_key = bytearray(self._require_key())
        try:
            self.finish_rotation()
            new_key = bytearray(secrets.token_bytes(ks.DATA_KEY_BYTES))
            slots, dropped = self.slots.resealed(new_key)
            change(slots, new_key)
            with self._exclusive():
                report(0.05)
                self._swap_in_new_key(old_key, new_key, slots)
            report(0.5)
            rotation.reencrypt_backups(
                self.files, self.slots, old_key, new_key, lambda f: report(0.5 + f / 2)
            )
            rotation.clear_pending(self.files)
            report(1.0)
            return dropped
        finally:
            wipe(old_key)

    def _swap_in_new_key(self, old_key: bytearray, new_key: bytearray, slots: ks.KeySlots) -> None:
        files = self.files
        try:
            work = Path(tempfile.mkdtemp(dir=files.folder, prefix=".tmp-rotate-"))
        except OSError as exc:
            raise NotSaved(*describe_os_error(exc, "give the journal its new key")) from None
        try:
            fresh = work / DB_NAME
            self.db.export_rekeyed(fresh, new_key)
            rotation.verify_copy(self.db, fresh, new_key)
            rotation.write_pending(files, slots.journal_id, old_key, new_key)
            slots.save(files.next_keys)
            self.db.release_file()
            try:
                fresh.replace(files.db)  # the commit point
                fsync_dir(files.folder)
            except OSError as exc:
                self.db.reconnect(files.db, old_key)
                raise NotSaved(*describe_os_error(exc, "give the journal its new key")) from None
            self.db.reconnect(files.db, new_key)
            key = self._require_key()
            key[:] = new_key
            self._save_slots(slots)
            with contextlib.suppress(OSError):
                files.next_keys.unlink()
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def finish_rotation(self) -> None:
        """Finish an interrupted rotation (re-encrypt the backups), or clear the files
        of one that never took effect. Called at unlock and before each rotation."""
        old_key = rotation.read_pending(self.files, self.slots.journal_id, self._require_key())
        if old_key is None:
            return
        try:
            rotation.reencrypt_backups(self.files, self.slots, old_key, self._require_key(), _no_progress)
            rotation.clear_pending(self.files)
            logger.info("an interrupted key rotation was finished")
        finally:
            wipe(old_key)

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        """No writer (the connection's lock) and no second reader (backups, checks)
        while the database file is replaced."""
        with self._readers_cv:
            self._swapping = True
            try:
                if not self._readers_cv.wait_for(lambda: self._readers == 0, timeout=READERS_WAIT_S):
                    raise NotSaved(
                        QT_TR_NOOP("The journal is busy with a backup. Please try again in a moment.")
                    )
                with self.db.lock:
                    yield
            finally:
                self._swapping = False
                self._readers_cv.notify_all()

    def upgrade_slot(self, kind: str, secret: str) -> None:
        """Reseal a first-release slot as a sealed one, while its secret is at hand."""
        if self.slots.needs_upgrade(kind):
            slots = ks.KeySlots(self.slots.journal_id, list(self.slots.slots))
            slots.set_slot(kind, secret, self._require_key())
            self._save_slots(slots)
            logger.info("key slot upgraded")

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
        with self._readers_cv:
            self._readers_cv.wait_for(lambda: not self._swapping)
            self._readers += 1
        key = bytearray(self._require_key())
        try:
            reader = open_database(self.files.db, key)
            try:
                yield reader, key
            finally:
                reader.close()
        finally:
            wipe(key)
            with self._readers_cv:
                self._readers -= 1
                self._readers_cv.notify_all()

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
        raise JournalExists(QT_TR_NOOP("A journal already exists in this folder."))
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
    A non-SQLCipher driver is refused by :func:`open_database` before the file is
    opened: SQLCipher loads after the key derivation, not beside its 64 MiB (issue 14).
    """
    files = JournalFiles(folder)
    if not files.db.exists():
        if files.keys.exists():
            raise NotAJournal(
                QT_TR_NOOP("The journal file is missing from this folder. A backup holds a copy.")
            )
        raise NotAJournal(QT_TR_NOOP("There is no journal in this folder."))
    lock = FileLock(files.lockfile)
    lock.acquire()
    try:
        slots, key, db, from_mirror = _open_with_candidates(files, kind, secret)
    except BaseException:
        lock.release()
        raise
    # Damage is found before the first write of the session (SECURITY 36): every
    # page's HMAC is checked (cheap); the full check runs later, off the GUI thread.
    problems = db.page_problems()
    if problems:
        logger.warning("the journal failed its page check at unlock (%d problem(s))", len(problems))
        if db.user_version < schema.LATEST:
            db.close()
            lock.release()
            wipe(key)
            raise JournalDamaged(
                QT_TR_NOOP(
                    "The journal file is damaged and needs an update this copy cannot make safely. "
                    "Please restore a backup."
                ),
                problems=problems,
            )
        db.make_read_only()
        return OpenJournal(files, db, slots, key, lock, slots_from_mirror=from_mirror, problems=problems)
    try:
        schema.migrate(db, before_step=lambda v: premigration_backup(files, db, key, slots, v))
    except BaseException:
        db.close()
        lock.release()
        wipe(key)
        raise
    _remove_leftovers(files)
    logger.info("journal unlocked")
    journal = OpenJournal(files, db, slots, key, lock, slots_from_mirror=from_mirror)
    try:
        journal.upgrade_slot(kind, secret)
        journal.finish_rotation()
    except NotSaved:
        logger.warning("key-slot upkeep postponed (folder not writable)")
    return journal


def _open_with_candidates(
    files: JournalFiles, kind: str, secret: str
) -> tuple[ks.KeySlots, bytearray, Database, bool]:
    """Try each key-slot file (primary, a rotation's ``.next``, the mirror) until one
    unwraps with ``secret`` *and* its key opens the database. A wrong secret raises
    :class:`WrongSecret` before the database file is touched."""
    candidates = files.slot_candidates()
    wrong: WrongSecret | None = None
    unopened: NotAJournal | None = None
    for slots, source in candidates:
        try:
            key = slots.unwrap(kind, secret)
        except WrongSecret as exc:
            wrong = wrong or exc
            continue
        try:
            db = open_database(files.db, key)
        except NotAJournal as exc:
            wipe(key)
            unopened = unopened or exc
            continue
        except BaseException:
            wipe(key)
            raise
        return slots, key, db, source == "mirror"
    # Key files that disagree (or a rotation's ``.next``) mean a rotation was under way:
    # a secret that only fits the older files is simply an old one. With one set of
    # slots that the secret fits but whose key does not open the database, the
    # database is damaged or from another journal.
    rotating = len(candidates) > 1 or files.next_keys.exists()
    if unopened is not None and not rotating:
        raise unopened
    # Only slots of another key fit: this is a secret from before a rotation.
    raise wrong or ks.wrong_secret(kind)


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
