"""Storage errors. Messages are safe to show: they never contain patient text or secrets."""

from __future__ import annotations


class StorageError(Exception):
    """Base class; ``str(err)`` is a calm one-line reason fit for the patient."""


class WrongSecret(StorageError):
    """The passphrase or recovery code does not open this journal."""


class NotAJournal(StorageError):
    """The file is not a KAP Journal (foreign, truncated, or damaged beyond reading)."""


class JournalDamaged(StorageError):
    """The journal opens but its integrity check failed."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class KeySlotsMissing(StorageError):
    """The key-slot file beside the database is missing or unreadable."""


class JournalExists(StorageError):
    """A journal already exists where a new one was to be created."""


class JournalInUse(StorageError):
    """Another KAP Journal process has this journal open."""


class NotSaved(StorageError):
    """A write failed (disk full, read-only folder, ...). The caller keeps the text."""


class InvalidData(StorageError):
    """A value is outside what the journal accepts (score out of range, ...)."""


class SqlcipherMissing(StorageError):
    """The SQLite module in use is not SQLCipher; refuse rather than write plaintext."""


class BackupOfAnotherJournal(StorageError):
    """A backup to restore belongs to another journal (its journal id differs)."""


class Cancelled(StorageError):
    """A read was stopped because its caller no longer wants the answer (a search
    superseded by the next keystroke). Nothing was written."""
