"""One calm line for an error shown to a person: never a traceback, never patient text."""

from __future__ import annotations

import logging

from kapjournal.storage.errors import JournalInUse, StorageError
from kapjournal.storage.keychain import KeychainError
from kapjournal.ui.common.widgets import tr

logger = logging.getLogger(__name__)


def user_message(exc: BaseException) -> str:
    """A calm one-line message for an error (never a traceback, never patient text)."""
    if isinstance(exc, (StorageError, KeychainError)):
        return tr(str(exc))
    if isinstance(exc, JournalInUse):
        return tr(str(exc))
    logger.warning("unexpected error: %s", type(exc).__name__)
    return tr("Something went wrong. Nothing you wrote was lost; please try again.")
