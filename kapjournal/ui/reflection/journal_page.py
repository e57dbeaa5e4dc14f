"""The journal: every entry in one timeline (newest first, lazy), filters by kind,
session and tag, search-as-you-type with highlighted matches, a Markdown editor with
a live, sanitized preview, a share switch per entry, edit and delete.

The "after a session" pages (capture, integration reflection, thought record,
mindfulness practice, breathing space, action steps) open inside this page, so the
navigation stays short; each autosaves an encrypted draft. After a crash, kill or
lock, the next unlock offers what was being written (banner: "Open it" / "Discard").
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kapjournal import prompts
from kapjournal.reflection import after_session
from kapjournal.richtext import render_markdown
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Entry
from kapjournal.ui.common.drafts import DraftKeeper
from kapjournal.ui.common.widgets import Banner, button, label, tr
from kapjournal.ui.reflection.actions_widget import StepsPage
from kapjournal.ui.reflection.breathing_page import BreathingPage
from kapjournal.ui.reflection.capture_page import CapturePage
from kapjournal.ui.reflection.common import NO_SESSION, SafeBrowser, session_label, step_title
from kapjournal.ui.reflection.entry_model import KIND_NAMES, EntryDelegate, EntryListModel, heading
from kapjournal.ui.reflection.practice_page import PracticePage
from kapjournal.ui.reflection.reflection_page import IntegrationPage
from kapjournal.ui.reflection.thought_record_page import ThoughtRecordPage

logger = logging.getLogger(__name__)

DRAFT_PREFIX = "note:"
SEARCH_DELAY_MS = 150
PREVIEW_DELAY_MS = 250
MAX_PREVIEW_CHARS = 100_000
PACK_KINDS = {"thought_record": "cbt"}
#: Draft key prefixes this page knows how to reopen.
DRAFT_KINDS = ("note", "capture", "integration", "thought_record", "mbct")
EDITABLE_KINDS = ("capture", "integration", "thought_record")
NOTE_HINT = "Write whatever you like. Markdown works: *italic*, **bold**, - lists. It is saved as you go."


def entry_markdown(entry: Entry, pack: prompts.PromptPack | None) -> str:
    """The entry's answers as Markdown (prompt text as bold lead-ins), then its body.
    The result is only ever shown through :func:`render_markdown` (sanitized)."""
    parts: list[str] = []
    if entry.kind == "thought_record":
        rec = after_session.ThoughtRecord.from_answers(entry.answers)

        def add(title: str, text: str) -> None:
            if text.strip():
                parts.append(f"**{title}**\n\n{text}")

        add(tr("Situation"), rec.situation)
        moods = rec.mood_changes()
        if moods:
            lines = []
            for m in moods:
                before = "–" if m.before is None else f"{m.before} %"
                after = "–" if m.after is None else f"{m.after} %"
                lines.append(f"- {m.name}: {before} → {after}")
            parts.append(f"**{tr('Moods, before → after')}**\n\n" + "\n".join(lines))
        if rec.thoughts:
            lines = [
                f"- {t}" + (f" **({tr('hot thought')})**" if i == rec.hot else "")
                for i, t in enumerate(rec.thoughts)
            ]
            parts.append(f"**{tr('Automatic thoughts')}**\n\n" + "\n".join(lines))
        if rec.traps:
            add(tr("Thinking traps"), ", ".join(rec.traps))
        add(tr("Evidence for"), rec.evidence_for)
        add(tr("Evidence against"), rec.evidence_against)
        add(tr("Balanced thought"), rec.balanced)
        if rec.belief is not None:
            add(tr("Belief in the balanced thought"), f"{rec.belief} %")
        add(tr("Action step"), rec.action_step)
    elif entry.answers:
        ordered = list(pack.prompts) if pack else []
        seen = set()
        for prompt in ordered:
            value = entry.answers.get(prompt.id)
            seen.add(prompt.id)
            text = _answer_text(value)
            if text:
                parts.append(f"**{tr(prompt.text, 'prompts')}**\n\n{text}")
        for key, value in entry.answers.items():
            text = _answer_text(value)
            if key not in seen and text:
                parts.append(text)
    if entry.body.strip():
        parts.append(entry.body)
    return "\n\n".join(parts)


def _answer_text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


class JournalPage(QWidget):
    status = Signal(str)
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.current: Entry | None = None
        self._loading = False
        self._packs: dict[str, prompts.PromptPack | None] = {}
        self._pending: list[Any] = []
        self._banner_draft: Any = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.views = QStackedWidget()
        outer.addWidget(self.views)

        self.timeline = QWidget()
        tl = QVBoxLayout(self.timeline)
        tl.setContentsMargins(24, 20, 24, 20)
        tl.setSpacing(10)
        head = QHBoxLayout()
        head.addWidget(label(tr("Journal"), "title"))
        head.addStretch(1)
        self.new_button = button(tr("New note"), "primary", tip=tr("Write a free note (Ctrl+N)"))
        head.addWidget(self.new_button)
        tl.addLayout(head)
        tools = QHBoxLayout()
        self.capture_button = button(tr("This evening"), tip=tr("Capture a session the same evening"))
        self.thought_button = button(
            tr("Thought record"), tip=tr("Start a CBT thought record (Ctrl+Shift+T)")
        )
        self.practice_button = button(
            tr("Mindfulness"), tip=tr("Breathing space, notes and the practice log")
        )
        self.steps_button = button(tr("Action steps"), tip=tr("Steps you chose, and how they went"))
        for b in (self.capture_button, self.thought_button, self.practice_button, self.steps_button):
            tools.addWidget(b)
        tools.addStretch(1)
        tl.addLayout(tools)

        self.recovered = Banner(tr("We kept what you were writing last time. It is back in the editor."))
        self.recovered.text.setAccessibleName(tr("Recovered writing"))
        self.open_draft_button = button(tr("Open it"))
        self.discard_draft_button = button(tr("Discard"), tip=tr("Throw away the kept text"))
        self.recovered.layout().addWidget(self.open_draft_button)
        self.recovered.layout().addWidget(self.discard_draft_button)
        self.recovered.hide()
        tl.addWidget(self.recovered)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search your journal"))
        self.search.setAccessibleName(tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(40)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(tr("Show kind of entry"))
        self.kind_filter.addItem(tr("All kinds"), "")
        for key, name in KIND_NAMES.items():
            self.kind_filter.addItem(tr(name), key)
        self.session_filter = QComboBox()
        self.session_filter.setAccessibleName(tr("Show entries of session"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(tr("Show entries with tag"))
        self.tag_filter.setMinimumWidth(110)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.session_filter, 1)
        filters.addWidget(self.tag_filter, 1)
        tl.addLayout(filters)
        self.result_info = label("", "muted", name=tr("Search results"))
        tl.addWidget(self.result_info)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = EntryListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.list.setAccessibleName(tr("Entries, newest first"))
        self.list.setUniformItemSizes(True)
        self.list.setMouseTracking(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setMinimumWidth(280)
        split.addWidget(self.list)

        editor_box = QWidget()
        ed = QVBoxLayout(editor_box)
        ed.setContentsMargins(0, 0, 0, 0)
        ed.setSpacing(8)
        top = QHBoxLayout()
        self.entry_heading = label(tr("New note"), "muted", name=tr("Entry"))
        self.edit_answers_button = button(tr("Edit answers"))
        self.edit_answers_button.hide()
        top.addWidget(self.entry_heading, 1)
        top.addWidget(self.edit_answers_button)
        ed.addLayout(top)
        write = QSplitter(Qt.Orientation.Vertical)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(tr("Note text"))
        self.editor.setPlaceholderText(tr(NOTE_HINT))
        font = self.editor.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.editor.setFont(font)
        self.editor.setTabChangesFocus(True)
        self.preview = SafeBrowser(tr("Preview"))
        self.preview.setPlaceholderText(tr("The preview appears here."))
        write.addWidget(self.editor)
        preview_box = QWidget()
        pv = QVBoxLayout(preview_box)
        pv.setContentsMargins(0, 4, 0, 0)
        pv.setSpacing(2)
        pv.addWidget(label(tr("Preview"), "muted"))
        pv.addWidget(self.preview, 1)
        write.addWidget(preview_box)
        write.setStretchFactor(0, 1)
        write.setStretchFactor(1, 1)
        ed.addWidget(write, 1)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(tr("Tags"))
        self.tags.setPlaceholderText(tr("separated by commas, e.g. work, family"))
        tag_row = QHBoxLayout()
        tag_row.addWidget(label(tr("Tags"), "muted"))
        tag_row.addWidget(self.tags, 1)
        ed.addLayout(tag_row)
        self.share = QCheckBox(tr("Share with my therapist"))
        self.share.setAccessibleName(tr("Share with my therapist"))
        self.share.setToolTip(tr("Only shared entries can appear in a summary you export."))
        self.state = label("", "muted", name=tr("Save state"))
        row = QHBoxLayout()
        row.addWidget(self.share)
        row.addStretch(1)
        row.addWidget(self.state)
        self.delete_button = button(tr("Delete"))
        self.save_button = button(tr("Save"), "primary")
        row.addWidget(self.delete_button)
        row.addWidget(self.save_button)
        ed.addLayout(row)
        split.addWidget(editor_box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        split.setSizes([360, 450])
        split.setChildrenCollapsible(False)
        tl.addWidget(split, 1)
        self.views.addWidget(self.timeline)

        self.capture_page = CapturePage()
        self.integration_page = IntegrationPage()
        self.thought_page = ThoughtRecordPage()
        self.practice_page = PracticePage()
        self.breathing_page = BreathingPage()
        self.steps_page = StepsPage()
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

        self.draft = DraftKeeper("note", self._draft_payload, self)
        self.draft.saved.connect(lambda: self.state.setText(tr("Draft kept")))
        self.draft.failed.connect(self._draft_failed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)

        self.editor.textChanged.connect(self._edited)
        self.share.toggled.connect(self._edited)
        self.tags.textEdited.connect(self._edited)
        self.new_button.clicked.connect(self.new_note)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(lambda: self.delete_current())
        self.edit_answers_button.clicked.connect(self.edit_answers)
        self.capture_button.clicked.connect(lambda: self.open_capture())
        self.thought_button.clicked.connect(lambda: self.new_thought_record())
        self.practice_button.clicked.connect(self.open_practice)
        self.steps_button.clicked.connect(self.open_steps)
        self.open_draft_button.clicked.connect(self.open_recovered)
        self.discard_draft_button.clicked.connect(self.discard_recovered)
        self.search.textChanged.connect(lambda *_: self._search_timer.start())
        self.kind_filter.currentIndexChanged.connect(lambda *_: self._apply_filter())
        self.session_filter.currentIndexChanged.connect(lambda *_: self._apply_filter())
        self.tag_filter.currentIndexChanged.connect(lambda *_: self._apply_filter())
        self.list.selectionModel().currentChanged.connect(self._open_selected)
        QShortcut(QKeySequence.StandardKey.Save, self.timeline, activated=self.save)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_note)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

    # -- lifecycle ---------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        self.db = db
        for page in self.sub_pages:
            page.on_unlocked(db)
        self._loading = True
        self.search.clear()
        self._loading = False
        self.model.set_database(db)
        self._load_filters()
        self.show_timeline()
        self._restore_drafts()

    def clear(self) -> None:
        """Drop every decrypted view (on lock). Call :meth:`flush_draft` first."""
        self.draft.detach()
        self._search_timer.stop()
        self._preview_timer.stop()
        for page in self.sub_pages:
            page.clear()
        self.db = None
        self.current = None
        self._pending = []
        self._banner_draft = None
        self._packs = {}
        self._loading = True
        self.model.set_database(None)
        self.search.clear()
        self.session_filter.clear()
        self.tag_filter.clear()
        self.kind_filter.setCurrentIndex(0)
        self.editor.clear()
        self.preview.clear()
        self.tags.clear()
        self.share.setChecked(False)
        self.entry_heading.setText(tr("New note"))
        self._loading = False
        self.state.clear()
        self.result_info.clear()
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
            self._reload_keep(self.current.id if self.current else None)
            self._load_filters()
        if table == "commitment" and self.views.currentWidget() is self.steps_page:
            self.steps_page.refresh()

    _emitting = False

    def _emit_changed(self, table: str) -> None:
        self._emitting = True
        try:
            self.changed.emit(table)
        finally:
            self._emitting = False

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
        if self.db is None:
            return False
        self._show(self.integration_page)
        return self.integration_page.open(session_id, step)

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
        self.search.setFocus()
        self.search.selectAll()

    def _saved_elsewhere(self, entry_id: int) -> None:
        self.show_timeline()
        self._reload_keep(None)
        self._load_filters()
        self.open_entry(entry_id)
        self.state.setText(tr("Saved"))

    # -- filters and search ------------------------------------------------------------
    def _load_filters(self) -> None:
        if self.db is None:
            return
        self._loading = True
        session = self.session_filter.currentData() if self.session_filter.currentIndex() >= 0 else NO_SESSION
        tag = self.tag_filter.currentData() if self.tag_filter.currentIndex() >= 0 else ""
        self.session_filter.clear()
        self.session_filter.addItem(tr("All sessions"), NO_SESSION)
        for choice in after_session.session_choices(self.db):
            self.session_filter.addItem(session_label(choice), choice.session_id)
        self.tag_filter.clear()
        self.tag_filter.addItem(tr("All tags"), "")
        for t in repo.all_tags(self.db):
            self.tag_filter.addItem("#" + t, t)
        self.session_filter.setCurrentIndex(max(0, self.session_filter.findData(session)))
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(tag)) if tag else 0)
        self._loading = False

    def current_filter(self) -> after_session.TimelineFilter:
        session = self.session_filter.currentData() if self.session_filter.currentIndex() >= 0 else NO_SESSION
        tag = self.tag_filter.currentData() if self.tag_filter.currentIndex() >= 0 else ""
        return after_session.TimelineFilter(
            kind=str(self.kind_filter.currentData() or ""),
            session_id=int(session) if isinstance(session, int) and session != NO_SESSION else None,
            tag=str(tag or ""),
        )

    def _apply_filter(self) -> None:
        if self._loading or self.db is None:
            return
        self.model.set_filter(self.current_filter())
        self._after_reload()

    def _apply_search(self) -> None:
        if self._loading or self.db is None:
            return
        self.model.set_search(self.search.text())
        self._after_reload()

    def search_now(self, text: str) -> None:
        """Search at once (tests and the Find shortcut's Enter)."""
        self.search.setText(text)
        self._search_timer.stop()
        self._apply_search()

    def _after_reload(self) -> None:
        if self.model.searching:
            count = len(self.model._hits)
            if not count:
                text = tr("No entries match.")
            elif count >= after_session.SEARCH_LIMIT:
                text = tr("The {0} newest matching entries. Add a word to narrow the search.").format(count)
            else:
                text = tr("{0} matching entries, newest first").format(count)
            self.result_info.setText(text)
        else:
            self.result_info.clear()
        row = self.model.row_of(self.current.id) if self.current else -1
        if row >= 0:
            self._select_row(row)

    # -- drafts ----------------------------------------------------------------------
    def _draft_key(self) -> str:
        return DRAFT_PREFIX + (self.current.uid if self.current and self.current.uid else "new")

    def _draft_payload(self) -> dict[str, Any]:
        return {
            "body": self.editor.toPlainText(),
            "share": self.share.isChecked(),
            "tags": self.tags.text(),
            "entry_uid": self.current.uid if self.current else "",
        }

    def _draft_failed(self, text: str) -> None:
        self.state.setText(tr("Not saved: ") + text)
        self.status.emit(tr("Not saved: ") + text)

    def _dirty(self) -> bool:
        if self.current is None:
            return bool(self.editor.toPlainText())
        return (
            self.editor.toPlainText() != self.current.body
            or self.share.isChecked() != self.current.share
            or after_session.split_tags(self.tags.text()) != self.current.tags
        )

    def _edited(self) -> None:
        if self._loading:
            return
        self.state.setText(tr("Editing…"))
        self._preview_timer.setInterval(PREVIEW_DELAY_MS if len(self.editor.toPlainText()) < 20_000 else 1500)
        self._preview_timer.start()
        if self.db is not None:
            if not self.draft.key:
                self.draft.attach(self.db, self._draft_key())
            self.draft.touch()

    def _restore_drafts(self) -> None:
        """Offer what was being written when the journal closed (lock, quit, crash)."""
        if self.db is None:
            return
        drafts = [d for d in repo.list_drafts(self.db) if d.key.split(":", 1)[0] in DRAFT_KINDS]
        notes = [d for d in drafts if d.key.startswith(DRAFT_PREFIX)]
        self._pending = [d for d in drafts if not d.key.startswith(DRAFT_PREFIX)]
        if notes:
            draft = notes[0]
            uid = str(draft.payload.get("entry_uid") or "")
            entry = repo.get_by_uid(self.db, Entry, uid) if uid else None
            self._show_entry(entry)
            self._loading = True
            self.editor.setPlainText(str(draft.payload.get("body", "")))
            self.share.setChecked(bool(draft.payload.get("share", False)))
            self.tags.setText(str(draft.payload.get("tags", "")))
            self._loading = False
            self.draft.attach(self.db, draft.key)
            self.update_preview()
            self.state.setText(tr("Draft kept"))
            self._banner_draft = draft
            self.recovered.text.setText(
                tr("We kept what you were writing last time. It is back in the editor.")
            )
            self.open_draft_button.hide()
            self.recovered.show()
            return
        self.new_note()
        self._next_pending()

    def _next_pending(self) -> None:
        if not self._pending:
            self._banner_draft = None
            self.recovered.hide()
            return
        draft = self._pending.pop(0)
        self._banner_draft = draft
        self.recovered.text.setText(
            tr("You were writing {0} when the journal closed. It was kept safely.").format(
                self._describe(draft.key)
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
            return tr("a reflection ({0})").format(step_title(step, number))
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
                self.state.setText(str(exc))
                return
            if draft.key.startswith(DRAFT_PREFIX):
                self.draft.detach()
                self._show_entry(self.current)
        self._next_pending()

    # -- showing an entry ------------------------------------------------------------------
    def _pack_for(self, entry: Entry) -> prompts.PromptPack | None:
        key = entry.pack_id or entry.kind
        if key not in self._packs:
            pack = prompts.get_pack(self.db, entry.pack_id) if entry.pack_id else None
            if pack is None:
                try:
                    pack = prompts.shipped_pack(PACK_KINDS.get(entry.kind, entry.kind))
                except (LookupError, ValueError):
                    pack = None
            self._packs[key] = pack
        return self._packs[key]

    def _show_entry(self, entry: Entry | None) -> None:
        self.current = entry
        self._loading = True
        self.editor.setPlainText(entry.body if entry else "")
        self.share.setChecked(
            entry.share if entry else bool(self.db and after_session.share_default(self.db, "note"))
        )
        self.tags.setText(", ".join(entry.tags) if entry else "")
        self._loading = False
        structured = entry is not None and bool(entry.answers)
        if entry is None:
            self.entry_heading.setText(tr("New note"))
            self.editor.setPlaceholderText(tr(NOTE_HINT))
        else:
            self.entry_heading.setText(heading(entry, self.model.numbers()))
            self.editor.setPlaceholderText(
                tr("Add your own notes to this entry (Markdown works).")
                if structured
                else tr("Write whatever you like.")
            )
        self.edit_answers_button.setVisible(entry is not None and entry.kind in EDITABLE_KINDS)
        self.delete_button.setEnabled(entry is not None)
        if self.db is not None:
            self.draft.attach(self.db, self._draft_key())
        self.update_preview()

    def update_preview(self) -> None:
        self._preview_timer.stop()
        if self.current is not None and self.current.answers:
            shown = Entry(**{**self.current.__dict__, "body": self.editor.toPlainText()})
            text = entry_markdown(shown, self._pack_for(self.current))
        else:
            text = self.editor.toPlainText()
        note = ""
        if len(text) > MAX_PREVIEW_CHARS:
            text = text[:MAX_PREVIEW_CHARS]
            note = "\n\n*" + tr("The preview shows the beginning of this long entry.") + "*"
        self.preview.setHtml(render_markdown(text + note) if text.strip() else "")

    def open_entry(self, entry_id: int) -> bool:
        """Select an entry in the timeline (loading pages as needed) and show it."""
        if self.db is None:
            return False
        row = self.model.fetch_until(entry_id)
        if row >= 0:
            self._select_row(row)
            self._show_entry(self.model.entry(row))
            return True
        entry = repo.get(self.db, Entry, entry_id)
        if entry is not None:
            self._show_entry(entry)
        return entry is not None

    def _select_row(self, row: int) -> None:
        self._loading = True
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(self.model.index(row))
        self._loading = False

    def _open_selected(self) -> None:
        if self._loading or self.db is None:
            return
        entry = self.model.entry(self.list.currentIndex().row())
        if entry is None or (self.current is not None and entry.id == self.current.id):
            return
        if self._dirty():
            self.draft.flush()
            if not self.save(reselect=False):
                return
        self._show_entry(entry)
        self.state.clear()

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

    # -- editing -------------------------------------------------------------------------
    def new_note(self) -> None:
        if self.db is not None and self._dirty():
            self.draft.flush()
            if not self.save():
                return
        self.show_timeline()
        self._show_entry(None)
        self.state.clear()
        self.list.clearSelection()
        self.list.setCurrentIndex(self.model.index(-1))
        self.editor.setFocus()

    def save(self, reselect: bool = True) -> bool:
        if self.db is None:
            return False
        body = self.editor.toPlainText()
        if self.current is None and not body.strip():
            return True
        old_key = self._draft_key()
        tags = after_session.split_tags(self.tags.text())
        try:
            if self.current is None or self.current.kind == "note":
                self.current = after_session.save_note(
                    self.db, body, entry=self.current, share=self.share.isChecked(), tags=tags
                )
            else:
                self.current.body = body
                self.current.share = self.share.isChecked()
                self.current.tags = tags
                repo.update(self.db, self.current)
            repo.discard_draft(self.db, old_key)
        except StorageError as exc:
            # Keep the text in the editor and as a draft; say plainly it is not saved.
            self.draft.touch()
            self.draft.flush()
            self.state.setText(tr("Not saved: ") + str(exc))
            self.status.emit(tr("Not saved: ") + str(exc))
            return False
        self.draft.attach(self.db, self._draft_key())
        if self._banner_draft is not None and self._banner_draft.key == old_key:
            self._next_pending()
        self.state.setText(tr("Saved"))
        self._emit_changed(Entry.TABLE)
        if reselect:
            self._reload_keep(self.current.id)
            self._load_filters()
            self.entry_heading.setText(heading(self.current, self.model.numbers()))
        return True

    def _reload_keep(self, entry_id: int | None) -> None:
        self.model.reload()
        self._after_reload()
        if entry_id is None:
            return
        row = self.model.fetch_until(entry_id, limit=500)
        if row >= 0:
            self._select_row(row)

    def delete_current(self, confirm: bool = True) -> bool:
        if self.db is None or self.current is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                tr("Delete entry"),
                tr("Delete this entry for good? Its text is wiped from the journal."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            key = self._draft_key()
            after_session.delete_entry(self.db, self.current)
            repo.discard_draft(self.db, key)
        except StorageError as exc:
            self.state.setText(str(exc))
            return False
        self.draft.detach()
        self.current = None
        self._emit_changed(Entry.TABLE)
        self.model.reload()
        self._after_reload()
        self._load_filters()
        self.new_note()
        self.state.setText(tr("Deleted"))
        return True

    def now(self) -> datetime:
        return datetime.now().astimezone()
