"""One calm line for an error shown to a person: never a traceback, never patient text."""

from __future__ import annotations

import logging

from kapjournal.i18n import error_text, tr
from kapjournal.storage.errors import ShownError

logger = logging.getLogger(__name__)


def user_message(exc: BaseException) -> str:
    """A calm one-line message for an error (never a traceback, never patient text)."""
    if isinstance(exc, ShownError):
        return error_text(exc)
    logger.warning("unexpected error: %s", type(exc).__name__)
    return tr("Something went wrong. Nothing you wrote was lost; please try again.")
