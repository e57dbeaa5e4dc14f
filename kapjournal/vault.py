"""The journal's lock state: create, unlock (passphrase, recovery code, saved key),
lock, change passphrase, remember/forget on this computer.

No widgets here; the UI calls these methods from worker threads (key derivation and
keychain calls are slow) and shows the results.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from kapjournal.passphrase import assess
from kapjournal.prefs import Preferences
from kapjournal.storage import keyslots as ks
from kapjournal.storage.errors import QT_TR_NOOP, StorageError, WrongSecret
from kapjournal.storage.files import JournalFiles
from kapjournal.storage.journal import (
    OpenJournal,
    Progress,
    create_journal,
    delete_journal,
    unlock_journal,
)
from kapjournal.storage.keychain import KeychainError, SecretStore

logger = logging.getLogger(__name__)

SAMPLE_PASSPHRASE = "sample journal, invented data"  # noqa: S105 - the sample holds no patient data
FREE_ATTEMPTS = 3
MAX_DELAY_S = 60


class PolicyError(StorageError):
    """A new passphrase was refused by the policy; ``str()`` says why."""


class DeviceUnlock(Enum):
    OPENED = "opened"
    NOT_SAVED = "not_saved"  # nothing in the keychain for this journal
    STALE = "stale"  # saved key no longer fits
    UNAVAILABLE = "unavailable"  # keychain missing, locked or not answering


@dataclass
class Vault:
    """Owns at most one open journal in one folder."""

    folder: Path
    prefs: Preferences
    secrets: SecretStore
    sample: bool = False

    def __post_init__(self) -> None:
        self.journal: OpenJournal | None = None
        self._lock = threading.RLock()
        # Wall-clock time of the next allowed attempt; kept in the device preferences
        # so quitting and restarting the app does not skip the wait.
        self._next_attempt_at = 0.0 if self.sample else float(self.prefs.get("unlock/not_before"))

    # -- state ------------------------------------------------------------------
    @property
    def files(self) -> JournalFiles:
        return JournalFiles(self.folder)

    def exists(self) -> bool:
        return self.files.exists()

    @property
    def is_open(self) -> bool:
        return self.journal is not None and self.journal.is_open

    def journal_id(self) -> str | None:
        if self.journal is not None:
            return self.journal.journal_id
        try:
            slots, _ = self.files.load_slots()
        except StorageError:
            return None
        return slots.journal_id

    # -- failure delay ------------------------------------------------------------
    def failures(self) -> int:
        return 0 if self.sample else int(self.prefs.get("unlock/failures"))

    def delay_for(self, failures: int) -> float:
        """Seconds to wait before the next attempt: none for the first few, then doubling."""
        if failures < FREE_ATTEMPTS:
            return 0.0
        return float(min(MAX_DELAY_S, 2 ** (failures - FREE_ATTEMPTS + 1)))

    def seconds_until_next_attempt(self) -> float:
        wait = self._next_attempt_at - time.time()
        # A clock set back must not lock the patient out for long.
        return max(0.0, min(wait, float(MAX_DELAY_S)))

    def _record_failure(self) -> None:
        count = self.failures() + 1
        self._next_attempt_at = time.time() + self.delay_for(count)
        if not self.sample:
            self.prefs.set("unlock/failures", count)
            self.prefs.set("unlock/not_before", self._next_attempt_at)

    def _record_success(self, journal: OpenJournal) -> None:
        self.journal = journal
        self.prefs.db = journal.db
        if not self.sample and self.failures():
            self.prefs.set("unlock/failures", 0)
            self.prefs.set("unlock/not_before", 0.0)
        self._next_attempt_at = 0.0

    # -- create / unlock ---------------------------------------------------------
    def create(self, passphrase: str) -> str:
        """Create the journal; returns the recovery code (show it once)."""
        if not self.sample:
            verdict = assess(passphrase)
            if not verdict.acceptable:
                raise PolicyError(verdict.reason, *verdict.values)
        with self._lock:
            journal, recovery = create_journal(self.folder, passphrase)
            self._record_success(journal)
        return recovery

    def unlock(self, passphrase: str) -> None:
        self._unlock(ks.PASSPHRASE, passphrase)

    def unlock_with_recovery(self, code: str, new_passphrase: str) -> None:
        """Open with the recovery code and set a new passphrase in one step."""
        verdict = assess(new_passphrase)
        if not verdict.acceptable:
            raise PolicyError(verdict.reason, *verdict.values)
        self._unlock(ks.RECOVERY, code)
        assert self.journal is not None
        # The recovery slot was just sealed with this code, so it carries over.
        self.journal.change_passphrase(new_passphrase)
        self._drop_saved_key_if_stale()

    def _unlock(self, kind: str, secret: str) -> None:
        with self._lock:
            if self.is_open:
                return
            wait = self.seconds_until_next_attempt()
            if wait > 0:
                raise WrongSecret(
                    QT_TR_NOOP("Please wait %1 seconds before trying again."), int(wait + 0.999)
                )
            try:
                journal = unlock_journal(self.folder, kind, secret)
            except WrongSecret:
                self._record_failure()
                raise
            self._record_success(journal)

    def unlock_with_saved_key(self) -> DeviceUnlock:
        """Try the secret remembered in the OS keychain."""
        if self.sample or not self.prefs.get("unlock/remembered"):
            return DeviceUnlock.NOT_SAVED
        journal_id = self.journal_id()
        if journal_id is None:
            return DeviceUnlock.UNAVAILABLE
        try:
            secret = self.secrets.get(journal_id)
        except KeychainError:
            return DeviceUnlock.UNAVAILABLE
        if not secret:
            return DeviceUnlock.STALE
        with self._lock:
            if self.is_open:
                return DeviceUnlock.OPENED
            try:
                journal = unlock_journal(self.folder, ks.DEVICE, secret)
            except WrongSecret:
                return DeviceUnlock.STALE
            self._record_success(journal)
        return DeviceUnlock.OPENED

    # -- remember on this computer -------------------------------------------------
    def remember(self) -> None:
        """Store a device secret in the keychain (replacing any stale one)."""
        journal = self._require_open()
        availability = self.secrets.availability()
        if not availability.available:
            raise KeychainError(availability.reason)
        secret = journal.add_device_slot()
        try:
            self.secrets.set(journal.journal_id, secret)
        except KeychainError:
            journal.remove_device_slot()
            raise
        self.prefs.set("unlock/remembered", True)
        logger.info("unlock key saved in the system keychain")

    def forget(self) -> None:
        """Delete the keychain entry and the device slot."""
        journal_id = self.journal_id()
        self.prefs.set("unlock/remembered", False)
        if self.journal is not None and self.journal.is_open:
            self.journal.remove_device_slot()
        if journal_id:
            try:
                self.secrets.delete(journal_id)
            except KeychainError:
                logger.info("keychain entry could not be deleted")

    def _drop_saved_key_if_stale(self) -> None:
        journal = self.journal
        if journal is not None and not journal.slots.has_slot(ks.DEVICE):
            self.prefs.set("unlock/remembered", False)

    # -- changes -----------------------------------------------------------------
    def change_passphrase(self, current: str, new: str, progress: Progress | None = None) -> str | None:
        """Change the passphrase (a key rotation). Returns a new recovery code when the
        old one could not be carried over (a first-release journal), else None."""
        journal = self._require_open()
        verdict = assess(new)
        if not verdict.acceptable:
            raise PolicyError(verdict.reason, *verdict.values)
        if not journal.slots.has_slot(ks.PASSPHRASE) or not _verifies(journal, current):
            raise WrongSecret(QT_TR_NOOP("The current passphrase is not right."))
        return journal.change_passphrase(new, progress)

    def new_recovery_code(self, progress: Progress | None = None) -> str:
        return self._require_open().new_recovery_code(progress)

    def _require_open(self) -> OpenJournal:
        if self.journal is None or not self.journal.is_open:
            raise StorageError(QT_TR_NOOP("The journal is locked."))
        return self.journal

    # -- lock / delete -------------------------------------------------------------
    def lock(self) -> None:
        with self._lock:
            journal, self.journal = self.journal, None
            self.prefs.db = None
            if journal is not None:
                journal.close()
                logger.info("journal locked")

    def delete(self, passphrase: str) -> None:
        """Delete this journal and its saved key, after checking the passphrase.

        The files go first; the keychain entry last (a slow keychain cannot keep the
        journal on disk)."""
        journal = self._require_open()
        if not _verifies(journal, passphrase):
            raise WrongSecret(QT_TR_NOOP("That passphrase does not open this journal."))
        journal_id = journal.journal_id
        self.prefs.set("unlock/remembered", False)
        self.lock()
        delete_journal(self.folder)
        try:
            self.secrets.delete(journal_id)
        except KeychainError:
            logger.info("keychain entry could not be deleted")


def _verifies(journal: OpenJournal, passphrase: str) -> bool:
    try:
        key = journal.slots.unwrap(ks.PASSPHRASE, passphrase)
    except WrongSecret:
        return False
    for i in range(len(key)):
        key[i] = 0
    return True
