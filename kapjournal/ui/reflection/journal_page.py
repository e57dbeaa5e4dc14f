"""The journal page: the timeline of every entry (:mod:`.timeline`, with the note
editor of :mod:`.note_editor` beside the list) and, stacked with it, the "after a
session" pages (capture, integration reflection, thought record, mindfulness
practice, breathing space, action steps), so the navigation stays short.

Each of those pages autosaves an encrypted draft. After a crash, kill or lock, the
next unlock offers what was being written (banner: "Open it" / "Discard"); that
banner and the pages it reopens are kept here.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kapjournal.context import Clock, local_now
from kapjournal.i18n import arg, error_text, tr
from kapjournal.reflection import after_session
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Draft, Entry, Session
from kapjournal.ui.common import fit
from kapjournal.ui.common.widgets import Banner, button
from kapjournal.ui.reflection.actions_widget import StepsPage
from kapjournal.ui.reflection.breathing_page import BreathingPage
from kapjournal.ui.reflection.capture_page import CapturePage
from kapjournal.ui.reflection.common import step_title
from kapjournal.ui.reflection.note_editor import DRAFT_PREFIX, entry_markdown
from kapjournal.ui.reflection.practice_page import PracticePage
from kapjournal.ui.reflection.reflection_page import IntegrationPage
from kapjournal.ui.reflection.thought_record_page import ThoughtRecordPage
from kapjournal.ui.reflection.timeline import TimelineView

__all__ = ["DRAFT_KINDS", "JournalPage", "entry_markdown"]

logger = logging.getLogger(__name__)

#: Draft key prefixes this page knows how to reopen.
DRAFT_KINDS = ("note", "capture", "integration", "thought_record", "mbct")


class JournalPage(QWidget):
    """The host: a stack of the timeline and the six pages opened from it.

    The timeline's widgets stay reachable as attributes of the page (``editor``,
    ``search``, ``model``, ``list``, …) so the window, the feature wiring and the
    tests need not know how the page is put together.
    """

    status = Signal(str)
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, clock: Clock = local_now) -> None:
        super().__init__(parent)
        self.clock = clock  # the context's clock (kapjournal.context)
        self.db: Database | None = None
        self._pending: list[Draft] = []
        self._banner_draft: Draft | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.views = QStackedWidget()
        outer.addWidget(self.views)

        self.recovered = Banner(tr("We kept what you were writing last time. It is back in the editor."))
        self.recovered.text.setAccessibleName(tr("Recovered writing"))
        self.open_draft_button = button(tr("Open it"))
        self.discard_draft_button = button(tr("Discard"), tip=tr("Throw away the kept text"))
        self.recovered.layout().addWidget(self.open_draft_button)
        self.recovered.layout().addWidget(self.discard_draft_button)
        self.recovered.hide()
        self.timeline = TimelineView(self.recovered)
        self.views.addWidget(self.timeline)
        self._expose_timeline()
        self._add_sub_pages()

        self.timeline.status.connect(self.status)
        self.timeline.changed.connect(self._emit_changed)
        self.timeline.raise_requested.connect(self.show_timeline)
        self.note.saved.connect(self._note_saved)
        self.edit_answers_button.clicked.connect(self.edit_answers)
        self.capture_button.clicked.connect(lambda: self.open_capture())
        self.reflection_button.clicked.connect(self.write_reflection)
        self.thought_button.clicked.connect(lambda: self.new_thought_record())
        self.practice_button.clicked.connect(self.open_practice)
        self.steps_button.clicked.connect(self.open_steps)
        self.open_draft_button.clicked.connect(self.open_recovered)
        self.discard_draft_button.clicked.connect(self.discard_recovered)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_note)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

    def _expose_timeline(self) -> None:
        """The timeline's and note editor's widgets, under the names they always had."""
        tl = self.timeline
        note = tl.note
        self.note = note
        self.model = tl.model
        self.list = tl.list
        self.search = tl.search
        self.kind_filter = tl.kind_filter
        self.session_filter = tl.session_filter
        self.tag_filter = tl.tag_filter
        self.result_info = tl.result_info
        self.new_button = tl.new_button
        self.capture_button = tl.capture_button
        self.reflection_button = tl.reflection_button
        self.thought_button = tl.thought_button
        self.practice_button = tl.practice_button
        self.steps_button = tl.steps_button
        self.editor = note.editor
        self.preview = note.preview
        self.tags = note.tags
        self.share = note.share
        self.state = note.state
        self.entry_heading = note.entry_heading
        self.edit_answers_button = note.edit_answers_button
        self.delete_button = note.delete_button
        self.save_button = note.save_button
        self.draft = note.draft

    def _add_sub_pages(self) -> None:
        self.capture_page = CapturePage(clock=self.clock)
        self.integration_page = IntegrationPage()
        self.thought_page = ThoughtRecordPage(clock=self.clock)
        self.practice_page = PracticePage(clock=self.clock)
        self.breathing_page = BreathingPage()
        self.steps_page = StepsPage(clock=self.clock)
        self.sub_pages: list[Any] = [
            self.capture_page,
            self.integration_page,
            self.thought_page,
            self.practice_page,
            self.breathing_page,
            self.steps_page,
        ]
        for page in self.sub_pages:
            self.views.addWidget(page)
            page.back_requested.connect(self.show_timeline)
            page.changed.connect(self._emit_changed)
        for page in (self.capture_page, self.integration_page, self.thought_page):
            page.saved.connect(self._saved_elsewhere)
        self.practice_page.breathing_requested.connect(self.open_breathing)
        self.breathing_page.back_requested.disconnect(self.show_timeline)
        self.breathing_page.back_requested.connect(self.open_practice)

    @property
    def current(self) -> Entry | None:
        """The entry shown in the note editor (None: a new note)."""
        return self.note.current

    @current.setter
    def current(self, entry: Entry | None) -> None:
        self.note.current = entry

    # -- lifecycle ---------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        self.db = db
        for page in self.sub_pages:
            page.on_unlocked(db)
        self.timeline.on_unlocked(db)
        self.show_timeline()
        self._restore_drafts()

    def clear(self) -> None:
        """Drop every decrypted view (on lock). Call :meth:`flush_draft` first."""
        self.timeline.clear()
        for page in self.sub_pages:
            page.clear()
        self.db = None
        self._pending = []
        self._banner_draft = None
        self.recovered.hide()
        self.views.setCurrentWidget(self.timeline)

    def flush_draft(self) -> bool:
        """Keep unsaved text (here and in every open editor) as an encrypted draft."""
        ok = self.draft.flush()
        for page in self.sub_pages:
            ok = page.flush_draft() and ok
        return ok

    def on_shown(self) -> None:
        if self.views.currentWidget() is self.steps_page:
            self.steps_page.refresh()

    def on_data_changed(self, table: str) -> None:
        """Another page saved something: refresh what shows it."""
        if self.db is None or self._emitting:
            return
        if table in ("entry", "session", "course"):
            self.timeline.refresh()
        if table == "commitment" and self.views.currentWidget() is self.steps_page:
            self.steps_page.refresh()

    _emitting = False

    def _emit_changed(self, table: str) -> None:
        self._emitting = True
        try:
            self.changed.emit(table)
        finally:
            self._emitting = False

    # -- the timeline, by its old names ------------------------------------------------------
    def new_note(self) -> None:
        self.timeline.new_note()

    def save(self, reselect: bool = True) -> bool:
        return self.timeline.save(reselect)

    def delete_current(self, confirm: bool = True) -> bool:
        return self.timeline.delete_current(confirm)

    def open_entry(self, entry_id: int) -> bool:
        """Select an entry in the timeline (loading pages as needed) and show it."""
        return self.timeline.open_entry(entry_id)

    def search_now(self, text: str) -> None:
        """Search at once (tests and the Find shortcut's Enter)."""
        self.timeline.search_now(text)

    def current_filter(self) -> after_session.TimelineFilter:
        return self.timeline.current_filter()

    def update_preview(self) -> None:
        self.note.update_preview()

    # -- navigation inside the journal -----------------------------------------------------
    def show_timeline(self) -> None:
        self.views.setCurrentWidget(self.timeline)

    def _show(self, page: QWidget) -> None:
        if self.views.currentWidget() is self.timeline:
            self.draft.flush()
        self.views.setCurrentWidget(page)

    def open_capture(self, session_id: int | None = None, entry: Entry | None = None) -> None:
        if self.db is None:
            return
        self._show(self.capture_page)
        self.capture_page.open(session_id, entry)

    def open_reflection(self, session_id: int, step: str) -> bool:
        """The reflection of one session at ``step``; a step the journal does not know
        (and nothing was written for) opens the session's first step not yet written."""
        if self.db is None:
            return False
        if repo.get(self.db, Session, session_id) is None:
            self.status.emit(
                tr("That session is no longer in your journal. Choose one on the Sessions page.")
            )
            return False
        self._show(self.integration_page)
        return self.integration_page.open(session_id, self._known_step(session_id, step))

    def _known_step(self, session_id: int, step: str) -> str:
        assert self.db is not None
        steps = after_session.schedule_steps(self.db)
        if step in steps or after_session.reflection_for(self.db, session_id, step) is not None:
            return step
        return self._first_open_step(session_id, steps)

    def _first_open_step(self, session_id: int, steps: list[str]) -> str:
        """The first step of ``steps`` without a reflection (the first step when all are)."""
        assert self.db is not None
        open_steps = [s for s in steps if after_session.reflection_for(self.db, session_id, s) is None]
        return (open_steps or steps or ["24h"])[0]

    def write_reflection(self) -> bool:
        """A reflection on the latest session held, at its first step not yet written
        (the page's pickers choose another session or step)."""
        if self.db is None:
            return False
        latest = after_session.latest_started_session(self.db, self.clock())
        if latest is None:
            self.status.emit(tr("Reflections belong to a session. Add one on the Sessions page first."))
            return False
        steps = after_session.schedule_steps(self.db)
        return self.open_reflection(latest.session_id, self._first_open_step(latest.session_id, steps))

    def new_thought_record(self, session_id: int | None = None) -> None:
        if self.db is None:
            return
        self._show(self.thought_page)
        self.thought_page.open(None, session_id)

    def open_thought_record(self, entry: Entry) -> None:
        if self.db is None:
            return
        self._show(self.thought_page)
        self.thought_page.open(entry)

    def open_practice(self) -> None:
        if self.db is None:
            return
        self._show(self.practice_page)
        self.practice_page.open()

    def open_breathing(self) -> None:
        if self.db is None:
            return
        self._show(self.breathing_page)
        self.breathing_page.open()

    def open_steps(self, step_id: int | None = None) -> None:
        if self.db is None:
            return
        self._show(self.steps_page)
        self.steps_page.refresh(step_id)

    def focus_search(self) -> None:
        self.show_timeline()
        self.timeline.focus_search()

    def edit_answers(self) -> None:
        entry = self.current
        if entry is None or self.db is None:
            return
        if entry.kind == "capture":
            self.open_capture(entry.session_id, entry)
        elif entry.kind == "integration" and entry.session_id is not None:
            self.open_reflection(entry.session_id, entry.subkind or "24h")
        elif entry.kind == "thought_record":
            self.open_thought_record(entry)

    def _saved_elsewhere(self, entry_id: int) -> None:
        self.show_timeline()
        self.timeline.reload_keep(None)
        self.timeline.load_filters()
        self.open_entry(entry_id)
        fit.show_message(self.state, tr("Saved"))

    # -- kept drafts ------------------------------------------------------------------
    def _restore_drafts(self) -> None:
        """Offer what was being written when the journal closed (lock, quit, crash)."""
        if self.db is None:
            return
        drafts = [d for d in repo.list_drafts(self.db) if d.key.split(":", 1)[0] in DRAFT_KINDS]
        notes = [d for d in drafts if d.key.startswith(DRAFT_PREFIX)]
        self._pending = [d for d in drafts if not d.key.startswith(DRAFT_PREFIX)]
        if notes:
            draft = notes[0]
            self.note.restore(draft)
            self._banner_draft = draft
            self.recovered.text.setText(
                tr("We kept what you were writing last time. It is back in the editor.")
            )
            self.open_draft_button.hide()
            self.recovered.show()
            return
        self.new_note()
        self._next_pending()

    def _note_saved(self, old_key: str) -> None:
        """A saved note no longer needs the banner that offered its draft."""
        if self._banner_draft is not None and self._banner_draft.key == old_key:
            self._next_pending()

    def _next_pending(self) -> None:
        if not self._pending:
            self._banner_draft = None
            self.recovered.hide()
            return
        draft = self._pending.pop(0)
        self._banner_draft = draft
        self.recovered.text.setText(
            arg(
                tr("You were writing %1 when the journal closed. It was kept safely."),
                self._describe(draft.key),
            )
        )
        self.open_draft_button.show()
        self.recovered.show()

    def _describe(self, key: str) -> str:
        kind, _, rest = key.partition(":")
        if kind == "capture":
            return tr("this evening's capture")
        if kind == "integration":
            sid, _, step = rest.partition(":")
            number = (
                after_session.session_number_map(self.db).get(int(sid)) if self.db and sid.isdigit() else None
            )
            return arg(tr("a reflection (%1)"), step_title(step, number))
        if kind == "thought_record":
            return tr("a thought record")
        if rest == "decentering":
            return tr("a “thoughts are not facts” note")
        if rest == "body_scan":
            return tr("a body-scan reflection")
        return tr("a note after the breathing space")

    def open_recovered(self) -> None:
        draft = self._banner_draft
        if draft is None or self.db is None:
            self.recovered.hide()
            return
        kind, _, rest = draft.key.partition(":")
        payload = draft.payload
        if kind == "note":
            self.editor.setFocus()
        elif kind == "capture":
            uid = str(payload.get("entry_uid") or "")
            entry = repo.get_by_uid(self.db, Entry, uid) if uid else None
            sid = payload.get("session_id")
            self._show(self.capture_page)
            self.capture_page.open(sid if isinstance(sid, int) else None, entry)
        elif kind == "integration":
            sid, _, step = rest.partition(":")
            if sid.isdigit():
                self.open_reflection(int(sid), step)
        elif kind == "thought_record":
            uid = "" if rest == "new" else rest
            entry = repo.get_by_uid(self.db, Entry, uid) if uid else None
            self._show(self.thought_page)
            self.thought_page.open(entry, None)
        elif rest == "breathing_space":
            self.open_breathing()
            self.breathing_page.restore_note(payload)
        else:
            self.open_practice()
        self._next_pending()

    def discard_recovered(self) -> None:
        draft = self._banner_draft
        if draft is not None and self.db is not None:
            try:
                repo.discard_draft(self.db, draft.key)
            except StorageError as exc:
                self.state.setText(error_text(exc))
                return
            if draft.key.startswith(DRAFT_PREFIX):
                self.draft.detach()
                self.note.show_entry(self.current)
        self._next_pending()

    def now(self) -> datetime:
        return self.clock()
