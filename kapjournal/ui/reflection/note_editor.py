"""The journal's detail pane: one entry's Markdown editor with a live, sanitized
preview, its tags, the share switch, Save and Delete, and the encrypted draft of
what is being typed.

A free note is edited whole; a structured entry (capture, reflection, thought
record) shows its answers in the preview and takes the patient's own notes below
them. The pane knows nothing of the list beside it: the timeline
(:mod:`kapjournal.ui.reflection.timeline`) reloads and reselects after a save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kapjournal import prompts
from kapjournal.i18n import QT_TR_NOOP, arg, error_text, tr, translated
from kapjournal.reflection import after_session
from kapjournal.richtext import render_markdown
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Draft, Entry
from kapjournal.ui.common import fit
from kapjournal.ui.common.drafts import DraftKeeper
from kapjournal.ui.common.widgets import buddy, button, label
from kapjournal.ui.reflection.common import SafeBrowser
from kapjournal.ui.reflection.entry_model import heading

logger = logging.getLogger(__name__)

DRAFT_PREFIX = "note:"
PREVIEW_DELAY_MS = 250
MAX_PREVIEW_CHARS = 100_000
PACK_KINDS = {"thought_record": "cbt"}
EDITABLE_KINDS = ("capture", "integration", "thought_record")
NOTE_HINT = QT_TR_NOOP(
    "Write whatever you like. Markdown works: *italic*, **bold**, - lists. It is saved as you go."
)


def entry_markdown(entry: Entry, pack: prompts.PromptPack | None) -> str:
    """The entry's answers as Markdown (prompt text as bold lead-ins), then its body.
    The result is only ever shown through :func:`render_markdown` (sanitized)."""
    if entry.kind == "thought_record":
        parts = _thought_record_parts(after_session.ThoughtRecord.from_answers(entry.answers))
    elif entry.answers:
        parts = _answer_parts(entry.answers, pack)
    else:
        parts = []
    if entry.body.strip():
        parts.append(entry.body)
    return "\n\n".join(parts)


def _thought_record_parts(rec: after_session.ThoughtRecord) -> list[str]:
    parts: list[str] = []

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
        parts.append(("**" + tr("Moods, before → after") + "**\n\n") + "\n".join(lines))
    if rec.thoughts:
        lines = [
            f"- {t}" + (" **(" + tr("hot thought") + ")**" if i == rec.hot else "")
            for i, t in enumerate(rec.thoughts)
        ]
        parts.append(("**" + tr("Automatic thoughts") + "**\n\n") + "\n".join(lines))
    if rec.traps:
        add(tr("Thinking traps"), ", ".join(rec.traps))
    add(tr("Evidence for"), rec.evidence_for)
    add(tr("Evidence against"), rec.evidence_against)
    add(tr("Balanced thought"), rec.balanced)
    if rec.belief is not None:
        add(tr("Belief in the balanced thought"), f"{rec.belief} %")
    add(tr("Action step"), rec.action_step)
    return parts


def _answer_parts(answers: dict[str, Any], pack: prompts.PromptPack | None) -> list[str]:
    """The pack's prompts in its order, then any answer the pack no longer asks."""
    parts: list[str] = []
    ordered = list(pack.prompts) if pack else []
    seen = set()
    for prompt in ordered:
        value = answers.get(prompt.id)
        seen.add(prompt.id)
        text = _answer_text(value)
        if text:
            parts.append(f"**{prompt.text}**\n\n{text}")
    for key, value in answers.items():
        text = _answer_text(value)
        if key not in seen and text:
            parts.append(text)
    return parts


def _answer_text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


class NoteEditor(QWidget):
    """The editor, preview, tags and share switch of the entry shown (or a new note).

    ``numbers`` gives the session numbers the heading uses (the timeline model's).
    ``saved`` carries the draft key the text had before a save (the host drops a
    recovery banner that offered it); ``changed`` the table written.
    """

    status = Signal(str)
    changed = Signal(str)
    saved = Signal(str)

    def __init__(self, numbers: Callable[[], dict[int, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._numbers = numbers
        self.db: Database | None = None
        self.current: Entry | None = None
        self._loading = False
        self._packs: dict[str, prompts.PromptPack | None] = {}
        self._build()
        self.draft = DraftKeeper("note", self._draft_payload, self)
        self.draft.saved.connect(lambda: self.state.setText(tr("Draft kept")))
        self.draft.failed.connect(self._draft_failed)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.editor.textChanged.connect(self._edited)
        self.share.toggled.connect(self._edited)
        self.tags.textEdited.connect(self._edited)

    def _build(self) -> None:
        ed = QVBoxLayout(self)
        ed.setContentsMargins(0, 0, 0, 0)
        ed.setSpacing(8)
        top = QHBoxLayout()
        self.entry_heading = label(tr("New note"), "muted", about=tr("Entry"))
        self.edit_answers_button = button(tr("Edit answers"))
        self.edit_answers_button.hide()
        top.addWidget(self.entry_heading, 1)
        top.addWidget(self.edit_answers_button)
        ed.addLayout(top)
        write = QSplitter(Qt.Orientation.Vertical)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(tr("Note text"))
        self.editor.setPlaceholderText(translated(NOTE_HINT))
        font = self.editor.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.editor.setFont(font)
        self.editor.setTabChangesFocus(True)
        fit.at_least_lines(self.editor, 6)
        self.preview = SafeBrowser(tr("Preview"))
        self.preview.setPlaceholderText(tr("The preview appears here."))
        write_box = QWidget()
        wv = QVBoxLayout(write_box)
        wv.setContentsMargins(0, 0, 0, 0)
        wv.setSpacing(2)
        wv.addWidget(buddy(label(tr("Your note"), "muted"), self.editor))
        wv.addWidget(self.editor, 1)
        write.addWidget(write_box)
        preview_box = QWidget()
        pv = QVBoxLayout(preview_box)
        pv.setContentsMargins(0, 4, 0, 0)
        pv.setSpacing(2)
        pv.addWidget(label(tr("Preview"), "muted"))
        pv.addWidget(self.preview, 1)
        fit.at_least_lines(self.preview, 3)
        write.addWidget(preview_box)
        write.setStretchFactor(0, 1)
        write.setStretchFactor(1, 1)
        ed.addWidget(write, 1)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(tr("Tags"))
        self.tags.setPlaceholderText(tr("separated by commas, e.g. work, family"))
        fit.shows_hint(self.tags)
        tag_row = QHBoxLayout()
        tag_row.addWidget(buddy(label(tr("Tags"), "muted"), self.tags))
        tag_row.addWidget(self.tags, 1)
        ed.addLayout(tag_row)
        self.share = QCheckBox(tr("Share with my therapist"))
        self.share.setAccessibleName(tr("Share with my therapist"))
        self.share.setToolTip(tr("Only shared entries can appear in a summary you export."))
        self.state = label("", "muted", about=tr("Save state"))
        row = fit.FlowLayout()  # wraps beside a narrow list instead of widening the page
        row.addWidget(self.share)
        row.addStretch(1)
        row.addWidget(self.state)
        self.delete_button = button(tr("Delete"))
        self.save_button = button(tr("Save"), "primary")
        row.addWidget(self.delete_button)
        row.addWidget(self.save_button)
        ed.addLayout(row)

    # -- lifecycle ---------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self.db = db

    def clear(self) -> None:
        """Drop the entry and every word of it (on lock)."""
        self.draft.detach()
        self._preview_timer.stop()
        self.db = None
        self.current = None
        self._packs = {}
        self._loading = True
        self.editor.clear()
        self.preview.clear()
        self.tags.clear()
        self.share.setChecked(False)
        self.entry_heading.setText(tr("New note"))
        self._loading = False
        self.state.clear()

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

    def show_entry(self, entry: Entry | None) -> None:
        """Show ``entry`` (None: an empty new note) and attach its draft."""
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
            self.editor.setPlaceholderText(translated(NOTE_HINT))
        else:
            self.entry_heading.setText(heading(entry, self._numbers()))
            self.editor.setPlaceholderText(
                tr("Add your own notes to this entry (Markdown works).")
                if structured
                else tr("Write whatever you like.")
            )
        self.edit_answers_button.setVisible(entry is not None and entry.kind in EDITABLE_KINDS)
        self.delete_button.setEnabled(entry is not None)
        if self.db is not None:
            self.draft.attach(self.db, self.draft_key())
        self.update_preview()

    def restore(self, draft: Draft) -> None:
        """Put a kept note draft back in the editor, over the entry it belongs to."""
        if self.db is None:
            return
        uid = str(draft.payload.get("entry_uid") or "")
        entry = repo.get_by_uid(self.db, Entry, uid) if uid else None
        self.show_entry(entry)
        self._loading = True
        self.editor.setPlainText(str(draft.payload.get("body", "")))
        self.share.setChecked(bool(draft.payload.get("share", False)))
        self.tags.setText(str(draft.payload.get("tags", "")))
        self._loading = False
        self.draft.attach(self.db, draft.key)
        self.update_preview()
        self.state.setText(tr("Draft kept"))

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

    def refresh_heading(self) -> None:
        if self.current is not None:
            self.entry_heading.setText(heading(self.current, self._numbers()))

    # -- editing -------------------------------------------------------------------------
    def dirty(self) -> bool:
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
                self.draft.attach(self.db, self.draft_key())
            self.draft.touch()

    def save(self) -> bool:
        """Store the text (a new note needs some); False when it could not be saved."""
        if self.db is None:
            return False
        body = self.editor.toPlainText()
        if self.current is None and not body.strip():
            return True
        old_key = self.draft_key()
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
            fit.show_message(self.state, arg(tr("Not saved: %1"), error_text(exc)))
            self.status.emit(arg(tr("Not saved: %1"), error_text(exc)))
            return False
        self.draft.attach(self.db, self.draft_key())
        self.saved.emit(old_key)
        fit.show_message(self.state, tr("Saved"))
        self.changed.emit(Entry.TABLE)
        return True

    def delete(self, confirm: bool = True) -> bool:
        """Delete the entry shown (after asking when ``confirm``); True when deleted."""
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
            key = self.draft_key()
            after_session.delete_entry(self.db, self.current)
            repo.discard_draft(self.db, key)
        except StorageError as exc:
            fit.show_message(self.state, error_text(exc))
            return False
        self.draft.detach()
        self.current = None
        self.changed.emit(Entry.TABLE)
        return True

    # -- drafts ----------------------------------------------------------------------
    def draft_key(self) -> str:
        return DRAFT_PREFIX + (self.current.uid if self.current and self.current.uid else "new")

    def _draft_payload(self) -> dict[str, Any]:
        return {
            "body": self.editor.toPlainText(),
            "share": self.share.isChecked(),
            "tags": self.tags.text(),
            "entry_uid": self.current.uid if self.current else "",
        }

    def _draft_failed(self, text: str) -> None:
        fit.show_message(self.state, tr("Not saved: ") + text)
        self.status.emit(tr("Not saved: ") + text)
