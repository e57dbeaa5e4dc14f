"""The same-evening capture: one prompt at a time, big text, every question
skippable, autosaved; nothing to configure."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QFormLayout, QWidget

from kapjournal import prompts
from kapjournal.context import Clock, local_now
from kapjournal.i18n import tr
from kapjournal.reflection import after_session
from kapjournal.storage import repo
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Entry
from kapjournal.ui.common.flow import PromptFlow
from kapjournal.ui.common.widgets import Page, label
from kapjournal.ui.reflection.common import EntryEditorPage, SessionPicker

logger = logging.getLogger(__name__)

DRAFT_PREFIX = "capture:"


def replace_flow(
    page: Page, old: PromptFlow | None, pack_prompts: list[prompts.Prompt], at: int
) -> PromptFlow:
    """Swap a page's PromptFlow for a fresh one (answers cannot be un-set in place)."""
    flow = PromptFlow(pack_prompts)
    if old is not None:
        page.body.replaceWidget(old, flow)
        old.hide()
        old.setParent(None)
        old.deleteLater()
    else:
        page.body.insertWidget(at, flow, 1)
    return flow


class CapturePage(EntryEditorPage):
    def __init__(self, parent: QWidget | None = None, clock: Clock = local_now) -> None:
        super().__init__(parent, width=680)
        self.clock = clock  # the context's clock (kapjournal.context)
        self.entry: Entry | None = None
        self.pack = prompts.shipped_pack("capture")
        b = self.body
        b.addWidget(label(tr("This evening"), "title"))
        b.addWidget(label(self.pack.description, "subtitle"))
        form = QFormLayout()
        self.session = SessionPicker(tr("Which session"), allow_none=True)
        form.addRow(tr("Which session"), self.session)
        b.addLayout(form)
        self.flow = replace_flow(self, None, list(self.pack.prompts), b.count())
        b.addWidget(self.state)
        self.keep_drafts("capture", self._payload)
        self.session.currentIndexChanged.connect(lambda *_: self._edited())
        self._connect_flow()

    def _connect_flow(self) -> None:
        self.flow.changed.connect(self._edited)
        self.flow.finished.connect(self.save)

    # -- lifecycle -------------------------------------------------------------------
    def clear(self) -> None:
        self.draft.detach()
        self.db = None
        self.entry = None
        self.session.clear()
        self.flow = replace_flow(self, self.flow, list(self.pack.prompts), 0)
        self._connect_flow()
        self.state.clear()

    # -- opening ---------------------------------------------------------------------
    def open(self, session_id: int | None = None, entry: Entry | None = None) -> None:
        """A new capture for ``session_id`` (default: the latest session that has
        started), or ``entry`` to edit. A kept draft is put back."""
        if self.db is None:
            return
        self.draft.flush()
        now = self.clock()
        if entry is None and session_id is None:
            latest = after_session.latest_started_session(self.db, now)
            session_id = latest.session_id if latest else None
        if entry is None and session_id is not None:
            entry = after_session.capture_for(self.db, session_id)
        self.entry = entry
        self._restoring = True
        self.session.load(self.db, entry.session_id if entry else session_id, until=now)
        self.flow = replace_flow(self, self.flow, list(self.pack.prompts), 0)
        self._connect_flow()
        if entry is not None:
            self.flow.set_answers(dict(entry.answers))
        kept = self._resume_draft(self.db, DRAFT_PREFIX + (entry.uid if entry else "new"), self.restore)
        self.flow.set_index(int(kept.get("index", 0)) if kept else 0)

    def restore(self, payload: dict[str, Any]) -> None:
        answers = payload.get("answers")
        if isinstance(answers, dict):
            self.flow.set_answers(answers)
        sid = payload.get("session_id")
        self.session.select(int(sid) if isinstance(sid, int) else None)

    def _payload(self) -> dict[str, Any]:
        return {
            "answers": self.flow.answers(),
            "session_id": self.session.session_id(),
            "index": self.flow.index,
            "entry_uid": self.entry.uid if self.entry else "",
        }

    # -- saving ----------------------------------------------------------------------
    def save(self) -> bool:
        if self.db is None:
            return False
        answers = self.flow.answers()
        if self.entry is None and not answers:
            self.draft.discard()
            self.back_requested.emit()
            return True
        try:
            entry = after_session.save_capture(
                self.db, self.session.session_id(), answers, entry=self.entry, pack=self.pack
            )
            self.draft.discard()
            if self.entry is None:
                repo.discard_draft(self.db, DRAFT_PREFIX + "new")
        except StorageError as exc:
            return self._not_saved(exc)
        self.entry = entry
        self._announce_saved(entry, tr("Saved. Rest well."))
        return True
