"""Autosave for any editor: an encrypted draft a few seconds after each change, and at
once on lock, quit and page changes (``flush``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kapjournal.i18n import error_text
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError

logger = logging.getLogger(__name__)

AUTOSAVE_MS = 2000


class DraftKeeper(QObject):
    """Keeps one editor's unfinished work in the ``draft`` table.

    ``payload`` is called to collect what to keep (a JSON-able dict). ``saved`` and
    ``failed`` report the outcome so the editor can say "Draft kept" / "Not saved".
    """

    saved = Signal()
    failed = Signal(str)

    def __init__(
        self, kind: str, payload: Callable[[], dict[str, Any]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._payload = payload
        self.db: Database | None = None
        self.key = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._dirty = False

    def attach(self, db: Database | None, key: str) -> None:
        self._timer.stop()
        self.db = db
        self.key = key
        self._dirty = False

    def load(self) -> dict[str, Any] | None:
        if self.db is None or self.db.closed or not self.key:
            return None
        draft = repo.load_draft(self.db, self.key)
        return None if draft is None else dict(draft.payload)

    def touch(self) -> None:
        """Call on every change; saves after a short pause."""
        self._dirty = True
        self._timer.start()

    def flush(self) -> bool:
        self._timer.stop()
        if not self._dirty or self.db is None or self.db.closed or not self.key:
            return True
        try:
            repo.save_draft(self.db, self.key, self.kind, self._payload())
        except StorageError as exc:
            self.failed.emit(error_text(exc))
            return False
        self._dirty = False
        self.saved.emit()
        return True

    def discard(self) -> None:
        self._timer.stop()
        self._dirty = False
        if self.db is not None and not self.db.closed and self.key:
            try:
                repo.discard_draft(self.db, self.key)
            except StorageError as exc:
                logger.info("draft not discarded: %s", type(exc).__name__)

    def detach(self) -> None:
        self._timer.stop()
        self.db = None
        self.key = ""
        self._dirty = False
