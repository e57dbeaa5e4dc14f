"""Encrypted backup bundles: writing and verifying, the automatic backups and their
retention ladder, listing, safe extraction and restoring.

A bundle (``*.kapbackup``) is a zip of the encrypted database, its key slots and a
manifest naming the journal; nothing in it is decrypted. Bundles in ``backups/`` are
named ``<UTC time>-<reason>.kapbackup``; the manifest records the same time and
reason, and is what counts (the name is the fallback for bundles made before the
manifest carried them).

Reasons: ``auto`` (at most one per :data:`AUTO_BACKUP_EVERY`), ``manual`` (the patient
asked), ``before-vN`` (made before migrating to schema N), ``before-restore`` (the
state a restore replaced, so the restore can itself be undone).

Retention (:func:`backups_to_keep`), applied after each verified automatic or manual
backup to this journal's readable bundles in ``backups/``:

* every backup of the last 2 days (and any dated in the future: a clock was wrong);
* from 2 to 14 days old, the newest of each UTC calendar day;
* from 14 days to 13 weeks (about 3 months) old, the newest of each ISO week;
* whatever their age, every ``before-v*`` and ``before-restore`` backup, and the
  :data:`KEEP_NEWEST` newest backups (so a journal left alone for months keeps some);
* manual backups follow the ladder like automatic ones.

Files in ``backups/`` that are not readable bundles, and bundles of another journal,
are listed as unusable or foreign and never deleted by the ladder.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from kapjournal.storage import keyslots as ks
from kapjournal.storage.db import SQLITE_HEADER, Database, open_database
from kapjournal.storage.errors import (
    QT_TR_NOOP,
    BackupOfAnotherJournal,
    KeySlotsMissing,
    NotAJournal,
    NotSaved,
    StorageError,
)
from kapjournal.storage.files import BACKUP_SUFFIX, DB_NAME, KEYS_NAME, JournalFiles, journal_lock
from kapjournal.storage.fsutil import (
    atomic_output,
    atomic_write_bytes,
    describe_os_error,
    ensure_private_dir,
    fsync_dir,
)
from kapjournal.storage.schema import LATEST

logger = logging.getLogger(__name__)

#: A clock returning an aware UTC time; injected so tests never read the wall clock.
Clock = Callable[[], datetime]

BACKUP_FORMAT = "kapjournal-backup"
BACKUP_VERSION = 1
AUTO_BACKUP_EVERY = timedelta(hours=20)

REASON_AUTO = "auto"
REASON_MANUAL = "manual"
REASON_BEFORE_RESTORE = "before-restore"
MIGRATION_PREFIX = "before-v"
UNKNOWN_REASON = "unknown"

# The retention ladder (see the module docstring).
KEEP_ALL_FOR = timedelta(days=2)
KEEP_DAILY_FOR = timedelta(days=14)
KEEP_WEEKLY_FOR = timedelta(weeks=13)
KEEP_NEWEST = 3

# What a bundle may hold, and how large each part may be.
MANIFEST_NAME = "manifest.json"
WAL_NAME = DB_NAME + "-wal"
MEMBERS = (MANIFEST_NAME, DB_NAME, KEYS_NAME, WAL_NAME)
MAX_MANIFEST_BYTES = 64 * 1024
MAX_KEYS_BYTES = 1024 * 1024
MAX_DB_BYTES = 64 * 1024**3
#: An encrypted database does not compress; a member that inflates to more than this
#: many times its stored size (and beyond a small floor) is not one of ours.
MAX_COMPRESSION_RATIO = 50
RATIO_FLOOR_BYTES = 1024 * 1024
#: Free space left over after a restore's temporary copy, so the disk is not filled.
DISK_RESERVE_BYTES = 32 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024

_STAMP = "%Y%m%dT%H%M%S%fZ"
_OLD_STAMP = "%Y%m%dT%H%M%SZ"

NOT_A_BACKUP = QT_TR_NOOP("This file is not a KAP Journal backup.")
NOT_USABLE = QT_TR_NOOP(
    "This backup file is not usable: it would unpack to far more than a journal holds "
    "(it is damaged or not a KAP Journal backup)."
)
NEWER = QT_TR_NOOP("This backup was made by a newer version of KAP Journal. Please update the app.")
DAMAGED = QT_TR_NOOP("This backup file is damaged and cannot be read.")
ANOTHER_JOURNAL = QT_TR_NOOP(
    "This backup belongs to another journal, so it was not restored. Nothing was changed."
)
NOT_VERIFIED = QT_TR_NOOP(
    "The backup did not pass its check after writing, so it was not kept. Older backups are untouched."
)


def utc_now() -> datetime:
    return datetime.now(UTC)


# -- names, reasons, times ---------------------------------------------------------------
def migration_reason(version: int) -> str:
    """The reason of the backup made before migrating to schema ``version``."""
    return f"{MIGRATION_PREFIX}{version}"


def is_pinned(reason: str) -> bool:
    """Backups the ladder never removes: before a migration, before a restore."""
    return reason.startswith(MIGRATION_PREFIX) or reason == REASON_BEFORE_RESTORE


def _stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime(_STAMP)


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _parse_name(path: Path) -> tuple[datetime | None, str | None]:
    """(time, reason) from ``<stamp>-<reason>.kapbackup``; ``None`` where it does not fit."""
    name = path.name
    stem = name[: -len(BACKUP_SUFFIX)] if name.endswith(BACKUP_SUFFIX) else name
    stamp, _, reason = stem.partition("-")
    for fmt in (_STAMP, _OLD_STAMP):
        try:
            return datetime.strptime(stamp, fmt).replace(tzinfo=UTC), (reason or None)
        except ValueError:
            continue
    return None, None


def backup_time(path: Path) -> datetime | None:
    """The time in a backup's file name (``None`` for names of another form)."""
    return _parse_name(path)[0]


def _parse_created(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def new_backup_path(files: JournalFiles, reason: str, when: datetime) -> Path:
    """A fresh ``backups/<stamp>-<reason>.kapbackup`` path (never an existing file)."""
    out = files.backups / f"{_stamp(when)}-{reason}{BACKUP_SUFFIX}"
    n = 1
    while out.exists():
        n += 1
        out = files.backups / f"{_stamp(when)}-{reason}-{n}{BACKUP_SUFFIX}"
    return out


# -- listing ---------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupInfo:
    """One file in ``backups/``, as the Settings page lists it.

    ``usable`` is False for a file that is not a readable, complete bundle (``problem``
    says why, in a line fit for the patient); such files are listed so the patient sees
    them, and never deleted by the retention ladder. ``journal_id`` is the one the
    manifest and the key slots agree on (``None`` when unusable).
    """

    path: Path
    created: datetime
    reason: str
    size: int
    journal_id: str | None
    schema_version: int | None = None
    usable: bool = True
    problem: str | None = None

    @property
    def pinned(self) -> bool:
        return is_pinned(self.reason)


def read_backup_info(path: Path) -> BackupInfo:
    """Describe one bundle from its manifest and key slots (falls back to its name and
    modification time). Raises ``OSError`` only when the file cannot be stat'ed."""
    stat = path.stat()
    name_time, name_reason = _parse_name(path)
    fallback_time = name_time or datetime.fromtimestamp(stat.st_mtime, UTC)
    try:
        manifest, journal_id = _inspect(path)
    except StorageError as exc:
        return BackupInfo(
            path=path,
            created=fallback_time,
            reason=name_reason or UNKNOWN_REASON,
            size=stat.st_size,
            journal_id=None,
            usable=False,
            problem=exc.message,  # a marked message without values (shown translated)
        )
    reason = manifest.get("reason")
    version = manifest.get("schema_version")
    return BackupInfo(
        path=path,
        created=_parse_created(manifest.get("created")) or fallback_time,
        reason=reason if isinstance(reason, str) and reason else (name_reason or UNKNOWN_REASON),
        size=stat.st_size,
        journal_id=journal_id,
        schema_version=version if isinstance(version, int) and version >= 0 else None,
    )


def bundle_paths(files: JournalFiles) -> list[Path]:
    """The ``*.kapbackup`` files in ``backups/``, by name (oldest first)."""
    return list(reversed(files.list_backups()))


def list_backups(files: JournalFiles) -> list[BackupInfo]:
    """Every backup in the journal's ``backups/`` folder (:func:`bundle_paths`), newest
    first; a ``.kapbackup`` that cannot be read is listed with ``usable=False``."""
    infos: list[BackupInfo] = []
    for path in bundle_paths(files):
        try:
            infos.append(read_backup_info(path))
        except OSError:
            continue  # vanished meanwhile
    infos.sort(key=lambda i: (i.created, i.path.name), reverse=True)
    return infos


def current_journal_id(files: JournalFiles) -> str | None:
    """The id in the folder's key slots (primary, else mirror); ``None`` when neither reads."""
    try:
        slots, _ = files.load_slots()
    except KeySlotsMissing:
        return None
    return slots.journal_id


# -- throttle and retention ---------------------------------------------------------------
def recent_backup(infos: Iterable[BackupInfo], journal_id: str, now: datetime) -> BackupInfo | None:
    """The newest usable backup of this journal made less than :data:`AUTO_BACKUP_EVERY`
    ago, if any. A backup dated in the future (a wrong clock) does not count, nor does
    a ``before-restore`` one (it holds the state a restore replaced, not the current one)."""
    recent = [
        i
        for i in infos
        if i.usable
        and i.journal_id == journal_id
        and i.reason != REASON_BEFORE_RESTORE
        and timedelta(0) <= now - i.created < AUTO_BACKUP_EVERY
    ]
    return max(recent, key=lambda i: i.created, default=None)


def backups_to_keep(infos: Iterable[BackupInfo], now: datetime) -> set[Path]:
    """The paths the retention ladder keeps (rules in the module docstring).

    Pure: looks only at ``created``, ``reason`` and ``usable``. Unusable entries are
    always kept (the ladder deletes only what it can read).
    """
    items = list(infos)
    keep: set[Path] = set()
    newest = sorted((i for i in items if i.usable), key=lambda i: i.created, reverse=True)
    keep.update(i.path for i in newest[:KEEP_NEWEST])
    daily: dict[object, BackupInfo] = {}
    weekly: dict[object, BackupInfo] = {}
    for info in items:
        age = now - info.created
        if not info.usable or info.pinned or age < KEEP_ALL_FOR:
            keep.add(info.path)
        elif age < KEEP_DAILY_FOR:
            _newest_in(daily, info.created.date(), info)
        elif age < KEEP_WEEKLY_FOR:
            _newest_in(weekly, info.created.isocalendar()[:2], info)
    keep.update(i.path for i in daily.values())
    keep.update(i.path for i in weekly.values())
    return keep


def _newest_in(buckets: dict[object, BackupInfo], key: object, info: BackupInfo) -> None:
    held = buckets.get(key)
    if held is None or (info.created, info.path.name) > (held.created, held.path.name):
        buckets[key] = info


def prune_backups(files: JournalFiles, journal_id: str, now: datetime) -> list[Path]:
    """Delete this journal's backups the ladder does not keep; return what went.

    Only readable bundles of ``journal_id`` are candidates: foreign and unreadable
    files are left alone. Call only after a new backup was written and verified.
    """
    mine = [i for i in list_backups(files) if i.usable and i.journal_id == journal_id]
    keep = backups_to_keep(mine, now)
    removed: list[Path] = []
    for info in mine:
        if info.path in keep:
            continue
        try:
            info.path.unlink()
        except OSError:
            logger.warning("could not remove an old backup")
        else:
            removed.append(info.path)
    if removed:
        logger.info("removed %d old backup(s)", len(removed))
    return removed


# -- writing and verifying ----------------------------------------------------------------
def _manifest(journal_id: str | None, schema_version: int, reason: str, created: datetime) -> dict[str, Any]:
    return {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "journal_id": journal_id,
        "schema_version": schema_version,
        "created": _iso(created),
        "reason": reason,
    }


def _write_zip(
    out: Path, manifest: dict[str, Any], keys: bytes | None, db_file: Path | None, wal_file: Path | None
) -> None:
    with atomic_output(out, "write the backup") as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr(MANIFEST_NAME, json.dumps(manifest, indent=2))
        if keys is not None:
            zf.writestr(KEYS_NAME, keys)
        if db_file is not None:
            zf.write(db_file, DB_NAME)
        if wal_file is not None and wal_file.exists() and wal_file.stat().st_size:
            zf.write(wal_file, WAL_NAME)


def write_bundle(
    out: Path,
    db_file: Path,
    wal_file: Path | None,
    slots: ks.KeySlots,
    schema_version: int,
    *,
    reason: str = REASON_MANUAL,
    created: datetime | None = None,
) -> None:
    """Zip an encrypted database (and WAL) with ``slots`` into ``out``, atomically."""
    manifest = _manifest(slots.journal_id, schema_version, reason, created or utc_now())
    _write_zip(out, manifest, slots.to_bytes(), db_file, wal_file)


def rewrite_bundle(
    bundle: Path,
    manifest: dict[str, Any],
    db_file: Path,
    slots: ks.KeySlots,
    schema_version: int,
    *,
    key: bytes | bytearray | None = None,
) -> None:
    """Replace ``bundle`` with one holding ``db_file`` and ``slots`` that keeps its
    manifest's time and reason (a key rotation re-encrypting a backup). With ``key``
    the new bundle is verified (:func:`verify_bundle`) before it replaces the old one;
    on any failure the old bundle stays as it was."""
    reason = manifest.get("reason")
    if not isinstance(reason, str) or not reason:
        reason = _parse_name(bundle)[1] or UNKNOWN_REASON
    created = _parse_created(manifest.get("created")) or backup_time(bundle) or utc_now()
    fresh = bundle.with_name(f".tmp-rewrite-{bundle.name}")
    try:
        _write_zip(
            fresh,
            _manifest(slots.journal_id, schema_version, reason, created),
            slots.to_bytes(),
            db_file,
            None,
        )
        if key is not None:
            verify_bundle(fresh, key, slots.journal_id)
        fresh.replace(bundle)
        fsync_dir(bundle.parent)
    except OSError as exc:
        raise NotSaved(*describe_os_error(exc, "rewrite the backup")) from None
    finally:
        with contextlib.suppress(OSError):
            fresh.unlink()


def verify_bundle(bundle: Path, key: bytes | bytearray, journal_id: str) -> None:
    """Prove ``bundle`` restores: it unpacks, names ``journal_id``, opens with ``key`` and
    passes ``cipher_integrity_check`` and ``integrity_check``. Raises :class:`NotSaved`."""
    try:
        with tempfile.TemporaryDirectory(dir=bundle.parent, prefix=".tmp-verify-") as tmp:
            extract_bundle(bundle, Path(tmp))
            if _bundle_journal_id(Path(tmp)) != journal_id:
                raise NotAJournal(QT_TR_NOOP("The backup names another journal."))
            db = open_database(Path(tmp) / DB_NAME, key)
            try:
                problems = db.integrity_problems()
            finally:
                db.close()
    except NotSaved:
        raise  # the disk (full, read-only): its own reason
    except (StorageError, OSError) as exc:
        logger.warning("backup verification failed (%s)", type(exc).__name__)
        raise NotSaved(NOT_VERIFIED) from None
    if problems:
        logger.warning("backup verification found %d problem(s)", len(problems))
        raise NotSaved(NOT_VERIFIED)


def write_verified_bundle(
    out: Path,
    db: Database,
    key: bytes | bytearray,
    slots: ks.KeySlots,
    *,
    reason: str,
    created: datetime,
) -> Path:
    """Copy the open database ``db`` into a bundle at ``out`` and verify it; a bundle
    that fails verification is deleted and :class:`NotSaved` raised."""
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".tmp-backup-") as tmp:
        copy = Path(tmp) / DB_NAME
        db.backup_to(copy, key)
        write_bundle(out, copy, None, slots, db.user_version, reason=reason, created=created)
    try:
        verify_bundle(out, key, slots.journal_id)
    except NotSaved:
        with contextlib.suppress(OSError):
            out.unlink()
        raise
    return out


def premigration_backup(
    files: JournalFiles,
    db: Database,
    key: bytearray,
    slots: ks.KeySlots,
    version: int,
    *,
    now: Clock = utc_now,
) -> None:
    """The verified backup made before migrating ``db`` from ``version`` (kept forever)."""
    ensure_private_dir(files.backups)
    when = now()
    reason = migration_reason(version + 1)
    write_verified_bundle(new_backup_path(files, reason, when), db, key, slots, reason=reason, created=when)


def backup_closed_journal(folder: Path, out: Path) -> Path:
    """Copy a closed journal's encrypted files into a bundle (no passphrase needed)."""
    files = JournalFiles(folder)
    if not files.db.exists():
        raise NotAJournal(QT_TR_NOOP("There is no journal in this folder."))
    slots, _ = files.load_slots()
    with journal_lock(files):
        write_bundle(out, files.db, files.sidecars()[0], slots, -1)
    return out


# -- reading: checked, streamed extraction -------------------------------------------------
def _ceiling(name: str) -> int:
    if name == MANIFEST_NAME:
        return MAX_MANIFEST_BYTES
    if name == KEYS_NAME:
        return MAX_KEYS_BYTES
    return MAX_DB_BYTES


def _checked_members(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The bundle's members by name, after every check that needs no inflating."""
    members: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        name = info.filename
        # Only the four known names, exactly: no folders, absolute paths, "..", or
        # look-alikes; each once.
        if name not in MEMBERS or name in members:
            raise NotAJournal(QT_TR_NOOP("This file is not a KAP Journal backup: it holds unexpected files."))
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise NotAJournal(NOT_A_BACKUP)
        size, stored = info.file_size, info.compress_size
        if size > _ceiling(name):
            raise NotAJournal(NOT_USABLE)
        if info.compress_type == zipfile.ZIP_STORED and size != stored:
            raise NotAJournal(DAMAGED)
        if size > RATIO_FLOOR_BYTES and size > MAX_COMPRESSION_RATIO * max(stored, 1):
            raise NotAJournal(NOT_USABLE)
        members[name] = info
    if not {MANIFEST_NAME, DB_NAME, KEYS_NAME} <= members.keys():
        raise NotAJournal(QT_TR_NOOP("This backup is incomplete: it lacks the journal or its key file."))
    return members


def _copy_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, out: IO[bytes]) -> int:
    """Stream one member into ``out`` in chunks; stop as soon as it yields more than it
    declared (headers can lie), and insist on exactly the declared size."""
    limit = info.file_size
    copied = 0
    with zf.open(info) as src:
        while chunk := src.read(CHUNK_BYTES):
            copied += len(chunk)
            if copied > limit:
                raise NotAJournal(DAMAGED)
            out.write(chunk)
    if copied != limit:
        raise NotAJournal(DAMAGED)
    return copied


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    buf = io.BytesIO()
    _copy_member(zf, info, buf)
    return buf.getvalue()


def _parse_manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise NotAJournal(NOT_A_BACKUP) from None
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        raise NotAJournal(NOT_A_BACKUP)
    version = manifest.get("version")
    if not isinstance(version, int) or version < 1:
        raise NotAJournal(NOT_A_BACKUP)
    if version > BACKUP_VERSION:
        raise NotAJournal(NEWER)
    return manifest


def _open_zip(bundle: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(bundle)
    except FileNotFoundError:
        raise NotAJournal(QT_TR_NOOP("The backup file cannot be found.")) from None
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, NotImplementedError):
        raise NotAJournal(NOT_A_BACKUP) from None


_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError)


def read_bundle_manifest(bundle: Path) -> dict[str, Any]:
    """The manifest of a complete bundle (members checked; nothing large inflated)."""
    with _open_zip(bundle) as zf:
        members = _checked_members(zf)
        try:
            return _parse_manifest(_read_member(zf, members[MANIFEST_NAME]))
        except _READ_ERRORS:
            raise NotAJournal(DAMAGED) from None
        except OSError:
            raise NotAJournal(NOT_A_BACKUP) from None


def _inspect(bundle: Path) -> tuple[dict[str, Any], str]:
    """(manifest, journal id) of a complete bundle whose manifest and key slots agree."""
    with _open_zip(bundle) as zf:
        members = _checked_members(zf)
        try:
            manifest = _parse_manifest(_read_member(zf, members[MANIFEST_NAME]))
            keys = _read_member(zf, members[KEYS_NAME])
        except _READ_ERRORS:
            raise NotAJournal(DAMAGED) from None
        except OSError:
            raise NotAJournal(NOT_A_BACKUP) from None
    return manifest, _agreed_journal_id(manifest, keys)


def _agreed_journal_id(manifest: dict[str, Any], keys: bytes) -> str:
    try:
        slots = ks.KeySlots.from_bytes(keys)
    except KeySlotsMissing:
        raise NotAJournal(
            QT_TR_NOOP("This backup's key file is damaged, so it cannot be restored.")
        ) from None
    if manifest.get("journal_id") != slots.journal_id:
        raise NotAJournal(QT_TR_NOOP("This backup is inconsistent: its parts name different journals."))
    return slots.journal_id


def _bundle_journal_id(folder: Path) -> str:
    return ks.KeySlots.from_bytes((folder / KEYS_NAME).read_bytes()).journal_id


def extract_bundle(bundle: Path, dest_dir: Path) -> dict[str, Any]:
    """Unpack a bundle's database, key slots and WAL into ``dest_dir``; return the manifest.

    Safe on hostile files: only the four known member names; declared sizes are held
    to ceilings (64 KiB manifest, 1 MiB key slots, 64 GiB database), to a compression
    ratio, and together to the free disk space, all before anything is inflated; then
    each member is streamed to disk in 1 MiB chunks and stopped the moment it yields
    more than it declared. Existing files in ``dest_dir`` are never overwritten; on
    failure the files this call wrote are removed. Raises :class:`NotAJournal` (not a
    usable bundle) or :class:`NotSaved` (the disk).
    """
    ensure_private_dir(dest_dir)
    written: list[Path] = []
    try:
        with _open_zip(bundle) as zf:
            members = _checked_members(zf)
            try:
                manifest = _parse_manifest(_read_member(zf, members[MANIFEST_NAME]))
                _check_free_space(dest_dir, sum(i.file_size for i in members.values()))
                for name in (KEYS_NAME, DB_NAME, WAL_NAME):
                    if name not in members:
                        continue
                    target = dest_dir / name
                    with target.open("xb") as out:
                        written.append(target)
                        _copy_member(zf, members[name], out)
                        out.flush()
                        os.fsync(out.fileno())
            except _READ_ERRORS:
                raise NotAJournal(DAMAGED) from None
            except OSError as exc:
                raise NotSaved(*describe_os_error(exc, "unpack the backup")) from None
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return manifest


def _check_free_space(folder: Path, needed: int) -> None:
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # unknown: the writes themselves report a full disk
    if needed + DISK_RESERVE_BYTES > free:
        raise NotSaved(
            QT_TR_NOOP("There is not enough free disk space to restore this backup (it needs about %1 MB)."),
            needed // (1024 * 1024) + 1,
        )


# -- restoring ----------------------------------------------------------------------------
def restore_bundle(bundle: Path, folder: Path, *, now: Clock = utc_now) -> Path | None:
    """Put the backup ``bundle`` in place as the journal in ``folder``.

    Refused with nothing changed (:class:`BackupOfAnotherJournal`) when the folder's key
    slots name another journal; a folder without readable key slots accepts any
    journal. The current database, its WAL and its key slots are first kept together
    as a ``before-restore`` bundle in ``backups/`` (returned; ``None`` when the folder
    held no journal), which this function can restore in turn. The journal must be
    closed (the folder lock is taken).
    """
    files = JournalFiles(folder)
    ensure_private_dir(folder)
    with journal_lock(files):
        # The cheap checks (manifest and key slots) before the database is unpacked.
        manifest, journal_id = _inspect(bundle)
        current = current_journal_id(files)
        if current is not None and current != journal_id:
            raise BackupOfAnotherJournal(ANOTHER_JOURNAL)
        version = manifest.get("schema_version")
        if isinstance(version, int) and version > LATEST:
            raise NotAJournal(NEWER)
        with tempfile.TemporaryDirectory(dir=folder, prefix=".tmp-restore-") as tmp_name:
            tmp = Path(tmp_name)
            unpacked = extract_bundle(bundle, tmp)
            keys = (tmp / KEYS_NAME).read_bytes()
            if _agreed_journal_id(unpacked, keys) != journal_id:  # the file changed meanwhile
                raise NotAJournal(NOT_A_BACKUP)
            _check_database_file(tmp / DB_NAME)
            set_aside = _set_aside(files, now()) if _has_state(files) else None
            try:
                for side in files.sidecars():
                    with contextlib.suppress(FileNotFoundError):
                        side.unlink()  # kept in the set-aside bundle; stale beside the new file
                if (tmp / WAL_NAME).exists():
                    (tmp / WAL_NAME).replace(files.sidecars()[0])
                (tmp / DB_NAME).replace(files.db)
                atomic_write_bytes(files.keys, keys)
                atomic_write_bytes(files.mirror, keys)
                fsync_dir(folder)
            except OSError as exc:
                raise NotSaved(*describe_os_error(exc, "restore the backup")) from None
    logger.info("journal restored from backup")
    return set_aside


def _check_database_file(path: Path) -> None:
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if len(head) < len(SQLITE_HEADER) or head == SQLITE_HEADER:
        raise NotAJournal(QT_TR_NOOP("This backup does not hold an encrypted journal."))


def _has_state(files: JournalFiles) -> bool:
    return any(p.exists() for p in (files.db, files.keys, files.mirror, *files.sidecars()))


def _set_aside(files: JournalFiles, when: datetime) -> Path:
    """Keep the current database, WAL and key slots as one ``before-restore`` bundle.

    Key slots are stored as they are on disk (the primary file, else the mirror), so
    the bundle restores exactly the state it replaced. Without a database or readable
    key slots the bundle is incomplete (listed as unusable) but still keeps what there was.
    """
    keys: bytes | None = None
    journal_id: str | None = None
    for path in (files.keys, files.mirror):
        try:
            data = path.read_bytes()
            journal_id = ks.KeySlots.from_bytes(data).journal_id
        except (OSError, KeySlotsMissing):
            continue
        keys = data
        break
    if keys is None:
        with contextlib.suppress(OSError):
            keys = files.keys.read_bytes() if files.keys.exists() else files.mirror.read_bytes()
    ensure_private_dir(files.backups)
    out = new_backup_path(files, REASON_BEFORE_RESTORE, when)
    manifest = _manifest(journal_id, -1, REASON_BEFORE_RESTORE, when)
    db_file = files.db if files.db.exists() else None
    _write_zip(out, manifest, keys, db_file, files.sidecars()[0])
    logger.info("previous journal state kept as a backup")
    return out
