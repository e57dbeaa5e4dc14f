"""Opening the SQLCipher database: cipher settings pinned, pragmas from SECURITY.md.

The database is keyed with a random 256-bit data key (raw key, no SQLCipher KDF); the
key itself comes from a key slot (see :mod:`kapjournal.storage.keyslots`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from kapjournal.storage.errors import (
    QT_TR_NOOP,
    Cancelled,
    JournalDamaged,
    NotAJournal,
    NotSaved,
    Phrase,
    SqlcipherMissing,
    StorageError,
)
from kapjournal.storage.fsutil import describe_os_error, fsync_file

logger = logging.getLogger(__name__)



class _SQLCipher:
    """The ``sqlcipher3`` module, imported when first used: the unlock screen and the
    key derivation need none of it (issue 14: about 5 MiB less while Argon2id runs)."""

    def __getattr__(self, name: str) -> Any:
        import sqlcipher3

        return getattr(sqlcipher3, name)


#: The driver module. Tests swap in the plain ``sqlite3`` module to prove we refuse it.
driver: ModuleType | _SQLCipher = _SQLCipher()

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32

READ_ONLY_MESSAGE = (
    QT_TR_NOOP("The journal is open read-only because its file is damaged, so this was not saved. "
    "Your text is still here. You can restore a backup in Settings.")
)

# Pinned cipher settings: SQLCipher 4 defaults (AES-256-CBC, HMAC-SHA512 per page,
# 4096-byte pages). ``cipher_compatibility = 4`` fixes all of them, so a journal made
# by this release opens in every later release even if SQLCipher changes defaults.
CIPHER_COMPATIBILITY = 4


def sqlcipher_version() -> str:
    """Return SQLCipher's version, or raise if the driver is plain SQLite."""
    try:
        probe = driver.connect(":memory:")
        try:
            row = probe.execute("PRAGMA cipher_version").fetchone()
        finally:
            probe.close()
    except Exception:
        row = None
    if not row or not row[0]:
        raise SqlcipherMissing(
            QT_TR_NOOP("This copy of KAP Journal lacks its encryption library, so it will not open "
            "or create a journal.")
        )
    return str(row[0])


def _key_literal(key: bytes | bytearray) -> str:
    """A raw 256-bit key as SQLCipher's blob literal (hex of random bytes, no user text)."""
    if len(key) != KEY_BYTES:
        raise ValueError("data key must be 32 bytes")
    return "\"x'" + bytes(key).hex() + "'\""


def _key_pragma(key: bytes | bytearray) -> str:
    return "PRAGMA key = " + _key_literal(key)


def translate_error(exc: Exception, action: str = "save") -> StorageError:
    """Map a driver error to a calm storage error (no SQL, no values); *action* is one
    of :data:`~kapjournal.storage.errors.ACTIONS`."""
    what = Phrase(action)
    text = str(exc).lower()
    if "full" in text:
        return NotSaved(QT_TR_NOOP("Could not %1: the disk is full."), what)
    if "readonly" in text or "read-only" in text or "read only" in text:
        return NotSaved(QT_TR_NOOP("Could not %1: the journal folder is read-only."), what)
    if "unable to open" in text or "permission" in text:
        return NotSaved(QT_TR_NOOP("Could not %1: the journal folder cannot be opened for writing."), what)
    if "not a database" in text or "malformed" in text or "hmac" in text:
        return JournalDamaged(QT_TR_NOOP("The journal file is damaged and cannot be read safely."))
    if "disk i/o" in text or "i/o error" in text:
        return NotSaved(QT_TR_NOOP("Could not %1: the system reported a disk error."), what)
    if "constraint" in text:
        from kapjournal.storage.errors import InvalidData

        return InvalidData(QT_TR_NOOP("A value was outside what the journal accepts."))
    return StorageError(QT_TR_NOOP("Could not %1 (%2)."), what, type(exc).__name__)


class Database:
    """One open, keyed SQLCipher connection with explicit transactions.

    The connection is shared between the GUI thread and worker threads (export,
    backup) and guarded by a re-entrant lock.
    """

    def __init__(self, conn: Any, path: Path) -> None:
        self._conn = conn
        self.path = path
        self.lock = threading.RLock()
        self._depth = 0
        #: Set when the file is damaged: every write is refused (SECURITY 36).
        self.read_only = False

    def make_read_only(self) -> None:
        """Refuse every write from now on (``PRAGMA query_only`` as the backstop)."""
        with self.lock:
            self.read_only = True
            if self._conn is not None:
                self._conn.execute("PRAGMA query_only = ON")

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise JournalDamaged(READ_ONLY_MESSAGE)

    # -- queries --------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        with self.lock:
            try:
                return self._conn.execute(sql, params)
            except driver.Error as exc:
                if self.read_only:
                    raise JournalDamaged(READ_ONLY_MESSAGE) from None
                raise translate_error(exc) from None

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        return list(self.execute(sql, params).fetchall())

    def query_one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        return self.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; nested uses join the outer transaction."""
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self._refuse_if_read_only()
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except driver.Error as exc:
                raise translate_error(exc) from None
            self._depth = 1
            try:
                yield self
                self._conn.execute("COMMIT")
            except driver.Error as exc:
                self._rollback()
                raise translate_error(exc) from None
            except BaseException:
                self._rollback()
                raise
            finally:
                self._depth = 0

    @contextlib.contextmanager
    def cancellable(self, cancelled: Callable[[], bool] | None) -> Iterator[Database]:
        """Reads inside stop with :class:`Cancelled` soon after ``cancelled()`` turns
        true (SQLite's progress handler asks every 2,000 steps). Only statements of
        the calling thread are stopped: another thread's export or backup is never
        interrupted. For reads only (a search superseded by the next keystroke)."""
        if cancelled is None:
            yield self
            return
        owner = threading.get_ident()

        def stop() -> int:
            return 1 if threading.get_ident() == owner and cancelled() else 0

        with self.lock:
            if cancelled():
                raise Cancelled(QT_TR_NOOP("The search was replaced by a newer one."))
            self._conn.set_progress_handler(stop, 2000)
            try:
                yield self
            except StorageError:
                if cancelled():
                    raise Cancelled(QT_TR_NOOP("The search was replaced by a newer one.")) from None
                raise
            finally:
                if self._conn is not None:
                    self._conn.set_progress_handler(None, 0)

    def _rollback(self) -> None:
        with contextlib.suppress(Exception):
            self._conn.execute("ROLLBACK")

    def executescript(self, script: str) -> None:
        with self.lock:
            self._refuse_if_read_only()
            try:
                self._conn.executescript(script)
            except driver.Error as exc:
                self._rollback()
                raise translate_error(exc) from None

    # -- state ----------------------------------------------------------------
    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def page_problems(self) -> list[str]:
        """SQLCipher's check of every page's HMAC: cheap (about 12 ms for a ten-year
        journal), run at every unlock before anything is written."""
        with self.lock:
            try:
                rows = self._conn.execute("PRAGMA cipher_integrity_check").fetchall()
            except driver.Error as exc:
                return [f"cipher check failed: {type(exc).__name__}"]
        return [str(r[0]) for r in rows]

    def integrity_problems(self) -> list[str]:
        """Run SQLCipher's page-HMAC check and SQLite's integrity check.

        Returns human-readable problems (page numbers, no content); empty when whole.
        """
        problems: list[str] = []
        with self.lock:
            try:
                rows = self._conn.execute("PRAGMA cipher_integrity_check").fetchall()
                problems += [str(r[0]) for r in rows]
            except driver.Error as exc:
                problems.append(f"cipher check failed: {type(exc).__name__}")
            try:
                rows = self._conn.execute("PRAGMA integrity_check").fetchall()
                problems += [str(r[0]) for r in rows if str(r[0]).lower() != "ok"]
            except driver.Error as exc:
                problems.append(f"integrity check failed: {type(exc).__name__}")
        return problems

    def backup_to(self, target: Path, key: bytes | bytearray) -> None:
        """Write an encrypted, consistent copy of the database to ``target`` (new file)."""
        with self.lock:
            dest = _connect(target, key)
            try:
                self._conn.backup(dest)
            except driver.Error as exc:
                raise translate_error(exc, "write the backup") from None
            finally:
                dest.close()

    def export_rekeyed(self, target: Path, new_key: bytes | bytearray) -> None:
        """Write every table, index, trigger and the schema version to the new file
        ``target``, encrypted with ``new_key`` (SQLCipher's ``sqlcipher_export``)."""
        with self.lock:
            _create_private_file(target)
            version = self.user_version
            try:
                # Load the current schema first: another connection (a backup's, which
                # runs PRAGMA optimize) may have changed it, and sqlcipher_export does not
                # retry on "schema has changed".
                self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                self._conn.execute(f"PRAGMA cipher_default_compatibility = {CIPHER_COMPATIBILITY}")
                attach = "ATTACH DATABASE ? AS rotated KEY " + _key_literal(new_key)
                self._conn.execute(attach, (str(target),))
                # The new file is nobody's until it is verified, synced once below and
                # renamed into place: no journal and no sync per table while it fills.
                self._conn.execute("PRAGMA rotated.journal_mode = OFF").fetchall()
                self._conn.execute("PRAGMA rotated.synchronous = OFF")
                try:
                    self._conn.execute("SELECT sqlcipher_export('rotated')").fetchall()
                    self._conn.execute(f"PRAGMA rotated.user_version = {int(version)}")
                finally:
                    self._conn.execute("DETACH DATABASE rotated")
            except driver.Error as exc:
                raise translate_error(exc, "give the journal its new key") from None
            fsync_file(target)

    def release_file(self) -> None:
        """Checkpoint the write-ahead log into the file and close the connection, so the
        file can be replaced (a key rotation). Raises :class:`NotSaved` when the log
        could not be emptied: a replaced file must never meet an old log."""
        with self.lock:
            if self._conn is None:
                return
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except driver.Error as exc:
                raise translate_error(exc, "give the journal its new key") from None
            self._conn.close()
            self._conn = None
            wal = self.path.with_name(self.path.name + "-wal")
            if wal.exists() and wal.stat().st_size:
                raise NotSaved(QT_TR_NOOP("Could not give the journal its new key: it is still in use."))

    def reconnect(self, path: Path, key: bytes | bytearray) -> None:
        """Point this object at ``path`` opened with ``key`` (callers keep their
        reference; pages hold this object)."""
        with self.lock:
            if self._conn is not None:
                self._conn.close()
            self._conn = _open_conn(path, key)
            self.path = path

    def close(self) -> None:
        with self.lock:
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    self._conn.execute("PRAGMA optimize")
                self._conn.close()
                self._conn = None

    @property
    def closed(self) -> bool:
        return self._conn is None


def _connect(path: Path, key: bytes | bytearray) -> Any:
    conn = driver.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # Silence SQLCipher's own logging before anything else can log.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute(_key_pragma(key))
        conn.execute(f"PRAGMA cipher_compatibility = {CIPHER_COMPATIBILITY}")
    except Exception:
        conn.close()
        raise
    return conn


def _create_private_file(path: Path) -> None:
    """Create the empty database file with mode 0600 whatever the umask.

    SQLite gives the ``-wal`` and ``-shm`` files the mode of the database file, so this
    keeps all three private even when the caller did not set a private umask.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise NotAJournal(QT_TR_NOOP("A file already exists where the new journal would go.")) from None
    except OSError as exc:
        raise NotSaved(*describe_os_error(exc, "create the journal")) from None
    os.close(fd)
    if os.name == "posix":
        path.chmod(0o600)


def file_looks_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def open_database(path: Path, key: bytes | bytearray, *, create: bool = False) -> Database:
    """Open (or with ``create=True`` create) the journal database at ``path``.

    Refuses to run on a non-SQLCipher driver (before any file is created); refuses a
    plain SQLite file; never writes to a file it could not read with ``key``. A failed
    create leaves no file behind.
    """
    sqlcipher_version()
    if not create:
        if not path.exists():
            raise NotAJournal(QT_TR_NOOP("There is no journal file in this folder."))
        if path.stat().st_size == 0:
            raise NotAJournal(QT_TR_NOOP("The journal file is empty."))
        if file_looks_plain_sqlite(path):
            raise NotAJournal(QT_TR_NOOP("This file is an unencrypted database, not a KAP Journal."))
        return _open_keyed(path, key)
    _create_private_file(path)
    try:
        return _open_keyed(path, key)
    except BaseException:
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def _open_keyed(path: Path, key: bytes | bytearray) -> Database:
    return Database(_open_conn(path, key), path)


def _open_conn(path: Path, key: bytes | bytearray) -> Any:
    try:
        conn = _connect(path, key)
    except driver.Error as exc:
        raise translate_error(exc, "open the journal") from None
    try:
        # The first read proves the key: a wrong key or a foreign file fails here,
        # before any write (WAL mode is switched on only after this succeeds).
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise SqlcipherMissing(QT_TR_NOOP("The encryption library is missing."))
        for pragma in (
            "PRAGMA foreign_keys = ON",
            "PRAGMA secure_delete = ON",
            "PRAGMA temp_store = MEMORY",
            "PRAGMA busy_timeout = 5000",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
        ):
            conn.execute(pragma).fetchall()
    except driver.DatabaseError as exc:
        conn.close()
        text = str(exc).lower()
        if "not a database" in text or "encrypted" in text:
            raise NotAJournal(
                QT_TR_NOOP("This file is not a KAP Journal that these keys can open, or it is damaged.")
            ) from None
        raise translate_error(exc, "open the journal") from None
    except BaseException:
        conn.close()
        raise
    logger.debug("database opened")
    return conn
