"""Storage errors. Messages are safe to show: they never contain patient text or secrets.

An error shown to a person carries a **stable message id**: its fixed English sentence,
marked with :func:`QT_TR_NOOP` where it is raised (``pyside6-lupdate`` puts it in the
catalogue from there), and the values for its ``%1`` … ``%9``. The window shows it
translated with :func:`kapjournal.i18n.error_text`; ``str(err)`` is the English sentence
(logs never use it: they name the type only). This layer has no Qt, so the marker is
a plain function here.
"""

from __future__ import annotations

from kapjournal.shown import QT_TR_NOOP, Phrase, ShownError, fill

__all__ = ["QT_TR_NOOP", "Phrase", "ShownError", "fill"]  # re-exported: the older home


#: The actions storage messages name ("Could not %1: the disk is full."), marked here
#: because they are passed around as arguments (tests/test_i18n.py checks the list).
ACTIONS = (
    QT_TR_NOOP("save"),
    QT_TR_NOOP("write the file"),
    QT_TR_NOOP("write the backup"),
    QT_TR_NOOP("rewrite the backup"),
    QT_TR_NOOP("unpack the backup"),
    QT_TR_NOOP("restore the backup"),
    QT_TR_NOOP("open the journal"),
    QT_TR_NOOP("create the journal"),
    QT_TR_NOOP("create the journal folder"),
    QT_TR_NOOP("give the journal its new key"),
)


class StorageError(ShownError):
    """Base class; ``str(err)`` is a calm one-line reason fit for the patient."""


class WrongSecret(StorageError):
    """The passphrase or recovery code does not open this journal."""


class NotAJournal(StorageError):
    """The file is not a KAP Journal (foreign, truncated, or damaged beyond reading)."""


class JournalDamaged(StorageError):
    """The journal opens but its integrity check failed."""

    def __init__(self, message: str, *values: object, problems: list[str] | None = None) -> None:
        super().__init__(message, *values)
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
