"""Pieces of a key rotation (see :meth:`OpenJournal._rotate` for the order of steps).

``journal.rotation`` holds the old data key sealed under the new one (AES-256-GCM, the
journal id as associated data) from just before the new database takes effect until
every backup in ``backups/`` is re-encrypted. Only the new key opens it, so after a
kill the next unlock (which has the new key) can finish the backups; a rotation that
never took effect leaves a file nobody's current key opens, and it is removed.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import secrets
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kapjournal.storage import backups
from kapjournal.storage import keyslots as ks
from kapjournal.storage.db import Database, open_database
from kapjournal.storage.errors import QT_TR_NOOP, NotAJournal, NotSaved, StorageError
from kapjournal.storage.files import DB_NAME, JournalFiles
from kapjournal.storage.fsutil import atomic_write_bytes

logger = logging.getLogger(__name__)

PENDING_FORMAT = "kapjournal-rotation"


def _aad(journal_id: str) -> bytes:
    return f"{PENDING_FORMAT}/1/{journal_id}".encode("ascii")


def verify_copy(source: Database, copy: Path, key: bytes | bytearray) -> None:
    """The re-encrypted copy opens with ``key``, is whole, and holds as many rows in
    every table as the source; otherwise :class:`NotSaved` and nothing changes."""
    check = open_database(copy, key)
    try:
        if check.integrity_problems():
            raise NotSaved(
                QT_TR_NOOP("Could not give the journal its new key: the new copy did not check out.")
            )
        tables = [
            str(r[0])
            for r in source.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            if source.scalar(f"SELECT count(*) FROM {quoted}") != check.scalar(
                f"SELECT count(*) FROM {quoted}"
            ):
                raise NotSaved(
                    QT_TR_NOOP("Could not give the journal its new key: the new copy is incomplete.")
                )
    finally:
        check.close()


def write_pending(files: JournalFiles, journal_id: str, old_key: bytearray, new_key: bytearray) -> None:
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(bytes(new_key)).encrypt(nonce, bytes(old_key), _aad(journal_id))
    doc = {
        "format": PENDING_FORMAT,
        "version": 1,
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "old_key": base64.b64encode(sealed).decode("ascii"),
    }
    atomic_write_bytes(files.rotation, json.dumps(doc).encode("utf-8"))


def read_pending(files: JournalFiles, journal_id: str, key: bytearray) -> bytearray | None:
    """The old key of an unfinished rotation that took effect, or None. A file the
    current key does not open (a rotation that never took effect, or garbage) is
    removed."""
    try:
        data = files.rotation.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return None
    try:
        doc = json.loads(data)
        nonce = base64.b64decode(doc["nonce"], validate=True)
        sealed = base64.b64decode(doc["old_key"], validate=True)
        old = AESGCM(bytes(key)).decrypt(nonce, sealed, _aad(journal_id))
    except (ValueError, KeyError, TypeError, InvalidTag):
        clear_pending(files)
        return None
    return bytearray(old)


def clear_pending(files: JournalFiles) -> None:
    with contextlib.suppress(FileNotFoundError):
        files.rotation.unlink()


def reencrypt_backups(
    files: JournalFiles,
    slots: ks.KeySlots,
    old_key: bytearray,
    new_key: bytearray,
    progress: Callable[[float], None],
) -> None:
    """Re-encrypt every backup of this journal that ``old_key`` opens with ``new_key``
    and give it ``slots``, keeping its manifest (date, reason). Backups of another
    journal, and older ones this key does not open, are left as they are (they hold no
    data written after this rotation)."""
    bundles = [i for i in backups.list_backups(files) if i.usable and i.journal_id == slots.journal_id]
    for done, info in enumerate(bundles, start=1):
        try:
            _reencrypt_one(files, info, slots, old_key, new_key)
        except NotAJournal:
            logger.info("a backup left as it is (another key or another journal)")
        except StorageError:
            logger.warning("a backup could not be re-encrypted")
        progress(done / len(bundles))


def _reencrypt_one(
    files: JournalFiles, info: backups.BackupInfo, slots: ks.KeySlots, old_key: bytearray, new_key: bytearray
) -> None:
    """Rewrite one bundle in place (atomically), with its date and reason kept."""
    work = Path(tempfile.mkdtemp(dir=files.backups, prefix=".tmp-rekey-"))
    try:
        manifest = backups.extract_bundle(info.path, work)
        old = open_database(work / DB_NAME, old_key)  # NotAJournal: another key
        try:
            fresh = work / "rekeyed.kapdb"
            old.export_rekeyed(fresh, new_key)
            version = old.user_version
        finally:
            old.close()
        # Verified before it replaces the old bundle: a failure keeps the old one.
        backups.rewrite_bundle(info.path, manifest, fresh, slots, version, key=new_key)
    finally:
        shutil.rmtree(work, ignore_errors=True)
