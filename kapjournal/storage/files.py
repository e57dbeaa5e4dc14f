"""The files of one journal folder, the folder lock, and wiping key bytes.

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
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kapjournal.storage import keyslots as ks
from kapjournal.storage.errors import QT_TR_NOOP, JournalInUse, KeySlotsMissing, NotSaved
from kapjournal.storage.fsutil import describe_os_error

logger = logging.getLogger(__name__)

DB_NAME = "journal.kapdb"
KEYS_NAME = "journal.keys"
MIRROR_NAME = "journal.keys.mirror"
NEXT_KEYS_NAME = "journal.keys.next"  # a key rotation's new slots, until it completes
ROTATION_NAME = "journal.rotation"  # an unfinished rotation's old key, sealed under the new
LOCK_NAME = "journal.lock"
BACKUP_DIR = "backups"
BACKUP_SUFFIX = ".kapbackup"


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
    def next_keys(self) -> Path:
        return self.folder / NEXT_KEYS_NAME

    @property
    def rotation(self) -> Path:
        return self.folder / ROTATION_NAME

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
        """The ``*.kapbackup`` files in ``backups/``, newest name first. Hidden and
        temporary files (a backup being written or re-encrypted), folders and files of
        other kinds are skipped. The one listing of the folder; what each file holds is
        read by :func:`kapjournal.storage.backups.list_backups`."""
        if not self.backups.is_dir():
            return []
        try:
            candidates = sorted(self.backups.iterdir(), reverse=True)
        except OSError:
            logger.warning("could not list the backups folder")
            return []
        found: list[Path] = []
        for path in candidates:
            if path.name.startswith(".") or not path.name.endswith(BACKUP_SUFFIX):
                continue
            with contextlib.suppress(OSError):
                if path.is_file():
                    found.append(path)
        return found

    def slot_candidates(self) -> list[tuple[ks.KeySlots, str]]:
        """Every usable key-slot file, primary first, then a rotation's ``next``, then
        the mirror (identical files once). Any unusable one is skipped, so a damaged
        primary falls back to the mirror; with none usable, the primary's reason is
        raised (:class:`KeySlotsMissing`)."""
        found: list[tuple[ks.KeySlots, str]] = []
        seen: set[bytes] = set()
        first_error: KeySlotsMissing | None = None
        for path, source in ((self.keys, "primary"), (self.next_keys, "next"), (self.mirror, "mirror")):
            if source == "next" and not path.exists():
                continue
            try:
                slots = ks.KeySlots.load(path)
            except KeySlotsMissing as exc:
                first_error = first_error or exc
                if source != "next":
                    logger.warning("a key-slot file (%s) was refused", source)
                continue
            data = slots.to_bytes()
            if data not in seen:
                seen.add(data)
                found.append((slots, source))
        if not found:
            raise first_error or KeySlotsMissing(QT_TR_NOOP("The key file beside the journal is missing."))
        return found

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
class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            # A read-only folder still allows a shared-nothing lock on the existing file.
            if exc.errno not in (errno.EROFS, errno.EACCES) or not self.path.exists():
                raise NotSaved(*describe_os_error(exc, "open the journal")) from None
            try:
                fd = os.open(self.path, os.O_RDONLY)
            except OSError as exc2:
                raise NotSaved(*describe_os_error(exc2, "open the journal")) from None
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
                QT_TR_NOOP("This journal is already open in another KAP Journal window.")
            ) from None
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


@contextlib.contextmanager
def journal_lock(files: JournalFiles) -> Iterator[None]:
    lock = FileLock(files.lockfile)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


def wipe(key: bytearray) -> None:
    """Overwrite key bytes in place (best effort: Python may hold other copies)."""
    for i in range(len(key)):
        key[i] = 0
