"""A CBT thought record in seven columns (Greenberger & Padesky), with thinking-trap
tags, a before/after view of the mood ratings and an optional action step.

Start it from anywhere (journal button, Ctrl+Shift+T); link it to a session or not.
Everything autosaves as an encrypted draft, so a lock in the middle keeps it."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from kapjournal import prompts
from kapjournal.context import Clock, local_now
from kapjournal.i18n import tr
from kapjournal.reflection import after_session
from kapjournal.storage import repo
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Entry
from kapjournal.ui.common import fit
from kapjournal.ui.common.cards import card
from kapjournal.ui.common.keys import save_and_continue, tab_chain
from kapjournal.ui.common.widgets import button, label
from kapjournal.ui.reflection.common import ActionStepEditor, EntryEditorPage, SessionPicker
from kapjournal.ui.reflection.thought_record_rows import (
    NOT_RATED,
    BeforeAfterView,
    MoodRow,
    ThoughtRow,
    rating_box,
    set_spin,
    spin_value,
    text_box,
)

logger = logging.getLogger(__name__)

DRAFT_PREFIX = "thought_record:"


class ThoughtRecordPage(EntryEditorPage):
    """The thought record form: :meth:`open` starts one (linked to a session or not)
    or edits one kept in the journal."""

    def __init__(self, parent: QWidget | None = None, clock: Clock = local_now) -> None:
        super().__init__(parent, width=780)
        self.clock = clock  # the context's clock (kapjournal.context)
        self.entry: Entry | None = None
        self.pack = prompts.shipped_pack("cbt")
        self.traps = prompts.thinking_traps()
        self.mood_rows: list[MoodRow] = []
        self.thought_rows: list[ThoughtRow] = []
        b = self.body
        b.addWidget(label(tr("Thought record"), "title"))
        b.addWidget(label(self.pack.description, "subtitle"))
        form = QFormLayout()
        self.session = SessionPicker(tr("Linked session"))
        form.addRow(tr("Linked to"), self.session)
        b.addLayout(form)

        self._build_columns()

        row = fit.FlowLayout()  # wraps on a narrow screen (German runs longer)
        self.share = QCheckBox(tr("Share with my therapist"))
        self.share.setAccessibleName(tr("Share with my therapist"))
        self.share.setToolTip(tr("Only shared entries can appear in a summary you export."))
        self.save_button = button(tr("Save thought record"), "primary")
        row.addWidget(self.share)
        row.addStretch(1)
        row.addWidget(self.state)
        row.addWidget(self.save_button)
        b.addLayout(row)

        self.keep_drafts("thought_record", self._payload)
        self.add_mood_button.clicked.connect(lambda: self.add_mood(focus=True))
        self.add_thought_button.clicked.connect(lambda: self.add_thought(focus=True))
        self.save_button.clicked.connect(self.save)
        for widget in (self.situation, self.evidence_for, self.evidence_against, self.balanced):
            widget.textChanged.connect(self._edited)
        for check in self.trap_checks:
            check.toggled.connect(lambda *_: self._edited())
        self.belief.valueChanged.connect(lambda *_: self._edited())
        self.share.toggled.connect(lambda *_: self._edited())
        self.session.currentIndexChanged.connect(lambda *_: self._edited())
        self.action.changed.connect(self._edited)
        save_and_continue(self, self.save)  # a save goes back to the journal
        self._reset_fields()

    def _section(self, prompt_id: str) -> QVBoxLayout:
        """A card for one column of the record: its prompt as heading, its help below."""
        prompt = self.pack.prompt(prompt_id)
        box, lay = card()
        heading = label(prompt.text if prompt else prompt_id)
        heading.setProperty("role", "heading")
        lay.addWidget(heading)
        if prompt and prompt.help:
            lay.addWidget(label(prompt.help, "muted"))
        self.body.addWidget(box)
        return lay

    def _build_columns(self) -> None:
        """The seven columns, the thinking traps and the action step, in order."""
        lay = self._section("situation")
        self.situation = text_box(tr("Situation"))
        lay.addWidget(self.situation)

        lay = self._section("moods")
        self.moods_lay = QVBoxLayout()
        lay.addLayout(self.moods_lay)
        self.add_mood_button = button(tr("Add a mood"))
        lay.addWidget(self.add_mood_button, 0, Qt.AlignmentFlag.AlignLeft)

        lay = self._section("automatic_thoughts")
        self.hot_group = QButtonGroup(self)
        self.hot_group.setExclusive(True)
        self.thoughts_lay = QVBoxLayout()
        lay.addLayout(self.thoughts_lay)
        hot = self.pack.prompt("hot_thought")
        lay.addWidget(label(hot.help if hot else "", "muted"))
        self.add_thought_button = button(tr("Add a thought"))
        lay.addWidget(self.add_thought_button, 0, Qt.AlignmentFlag.AlignLeft)

        lay = self._section("thinking_traps")
        grid = QGridLayout()
        self.trap_checks: list[QCheckBox] = []
        for i, trap in enumerate(self.traps):
            check = QCheckBox(trap.name)
            check.setAccessibleName(trap.name)
            check.setAccessibleDescription(trap.description)
            check.setToolTip(trap.description)
            check.setProperty("trap_name", trap.name)
            grid.addWidget(check, i // 2, i % 2)
            self.trap_checks.append(check)
        lay.addLayout(grid)

        lay = self._section("evidence_for")
        self.evidence_for = text_box(tr("Evidence that supports the hot thought"))
        lay.addWidget(self.evidence_for)
        lay = self._section("evidence_against")
        self.evidence_against = text_box(tr("Evidence that does not fully support the hot thought"))
        lay.addWidget(self.evidence_against)

        lay = self._section("alternative_thought")
        self.balanced = text_box(tr("Alternative or balanced thought"))
        lay.addWidget(self.balanced)
        belief = self.pack.prompt("alternative_belief")
        row = QHBoxLayout()
        row.addWidget(label(belief.text if belief else tr("Belief")), 1)
        self.belief = rating_box(tr("How much I believe the balanced thought"))
        row.addWidget(self.belief)
        lay.addLayout(row)

        lay = self._section("moods_now")
        self.after_lay = QVBoxLayout()
        lay.addLayout(self.after_lay)
        lay.addWidget(label(tr("Before and after"), "muted"))
        self.before_after = BeforeAfterView()
        lay.addWidget(self.before_after)

        step = self.pack.prompt("action_step")
        lay = self._section("action_step") if step else QVBoxLayout()
        self.action = ActionStepEditor()
        lay.addWidget(self.action)

    # -- rows ------------------------------------------------------------------------
    def add_mood(self, rating: after_session.MoodRating | None = None, *, focus: bool = False) -> MoodRow:
        row = MoodRow(len(self.mood_rows) + 1)
        if rating is not None:
            row.name.setText(rating.name)
            set_spin(row.before, rating.before)
            set_spin(row.after, rating.after)
        row.changed.connect(self._edited)
        row.removed.connect(self._remove_mood)
        self.mood_rows.append(row)
        self.moods_lay.addWidget(row)
        self.after_lay.addWidget(row.after_row)
        self.add_mood_button.setEnabled(len(self.mood_rows) < after_session.MAX_MOODS)
        if focus:
            row.name.setFocus()
        self._update_view()
        self._order_tabs()
        return row

    def _remove_mood(self, row: MoodRow) -> None:
        if row in self.mood_rows:
            self.mood_rows.remove(row)
            row.after_row.hide()
            row.after_row.deleteLater()
            row.hide()
            row.deleteLater()
            self.add_mood_button.setEnabled(True)
            self._edited()

    def add_thought(self, text: str = "", hot: bool = False, *, focus: bool = False) -> ThoughtRow:
        row = ThoughtRow(len(self.thought_rows) + 1, self.hot_group)
        row.text.setText(text)
        row.hot.setChecked(hot)
        row.changed.connect(self._edited)
        row.removed.connect(self._remove_thought)
        self.thought_rows.append(row)
        self.thoughts_lay.addWidget(row)
        self.add_thought_button.setEnabled(len(self.thought_rows) < after_session.MAX_THOUGHTS)
        if focus:
            row.text.setFocus()
        self._order_tabs()
        return row

    def _remove_thought(self, row: ThoughtRow) -> None:
        if row in self.thought_rows:
            self.thought_rows.remove(row)
            self.hot_group.removeButton(row.hot)
            row.hide()
            row.deleteLater()
            self.add_thought_button.setEnabled(True)
            self._edited()

    def _reset_fields(self, *, blank_rows: bool = True) -> None:
        self._restoring = True
        for row in list(self.mood_rows):
            self.mood_rows.remove(row)
            row.after_row.hide()
            row.after_row.deleteLater()
            row.hide()
            row.deleteLater()
        for row in list(self.thought_rows):
            self.thought_rows.remove(row)
            self.hot_group.removeButton(row.hot)
            row.hide()
            row.deleteLater()
        for box in (self.situation, self.evidence_for, self.evidence_against, self.balanced):
            box.clear()
        for check in self.trap_checks:
            check.setChecked(False)
        self.belief.setValue(NOT_RATED)
        self.action.reset()
        self.share.setChecked(False)
        if blank_rows:
            self.add_mood()
            self.add_thought()
        self._restoring = False
        self._update_view()

    # -- the record ------------------------------------------------------------------
    def record(self) -> after_session.ThoughtRecord:
        thoughts: list[str] = []
        hot: int | None = None
        for row in self.thought_rows:
            text = row.text.text().strip()
            if not text:
                continue
            if row.hot.isChecked():
                hot = len(thoughts)
            thoughts.append(text)
        action_text, _ = self.action.value()
        return after_session.ThoughtRecord(
            situation=self.situation.toPlainText(),
            moods=[r.rating() for r in self.mood_rows if r.name.text().strip()],
            thoughts=thoughts,
            hot=hot,
            traps=[str(c.property("trap_name")) for c in self.trap_checks if c.isChecked()],
            evidence_for=self.evidence_for.toPlainText(),
            evidence_against=self.evidence_against.toPlainText(),
            balanced=self.balanced.toPlainText(),
            belief=spin_value(self.belief),
            action_step=action_text,
        )

    def set_record(self, rec: after_session.ThoughtRecord) -> None:
        self._reset_fields(blank_rows=False)
        self._restoring = True
        self.situation.setPlainText(rec.situation)
        for mood in rec.moods or [after_session.MoodRating("")]:
            self.add_mood(mood)
        for i, text in enumerate(rec.thoughts or [""]):
            self.add_thought(text, hot=(i == rec.hot))
        for check in self.trap_checks:
            check.setChecked(str(check.property("trap_name")) in rec.traps)
        self.evidence_for.setPlainText(rec.evidence_for)
        self.evidence_against.setPlainText(rec.evidence_against)
        self.balanced.setPlainText(rec.balanced)
        set_spin(self.belief, rec.belief)
        self._restoring = False
        self._update_view()

    def _update_view(self) -> None:
        self.before_after.set_moods([r.rating() for r in self.mood_rows])

    def _order_tabs(self) -> None:
        """Tab in reading order: rows are added after the whole form is built, so
        without this the first moods came last and step 2 led to step 7."""
        chain: list[QWidget] = [self.back, self.session, self.situation]
        for mood in self.mood_rows:
            chain += [mood.name, mood.before, mood.remove]
        chain.append(self.add_mood_button)
        for thought in self.thought_rows:
            chain += [thought.text, thought.hot, thought.remove]
        chain += [self.add_thought_button, *self.trap_checks]
        chain += [self.evidence_for, self.evidence_against, self.balanced, self.belief]
        chain += [mood.after for mood in self.mood_rows]
        chain += [self.action.text, self.action.has_date, self.action.date, self.share, self.save_button]
        tab_chain(chain)

    # -- lifecycle -------------------------------------------------------------------
    def clear(self) -> None:
        self.draft.detach()
        self.db = None
        self.entry = None
        self.session.clear()
        self._reset_fields()
        self.state.clear()

    def open(self, entry: Entry | None = None, session_id: int | None = None) -> None:
        """A new thought record (optionally linked to ``session_id``) or ``entry``."""
        if self.db is None:
            return
        self.draft.flush()
        self.entry = entry
        self._reset_fields()
        self._restoring = True
        self.session.load(self.db, entry.session_id if entry else session_id)
        if entry is not None:
            self.set_record(after_session.ThoughtRecord.from_answers(entry.answers))
            self._restoring = True
            self.share.setChecked(entry.share)
            linked = after_session.step_for_entry(self.db, entry.id or 0)
            if linked is not None:
                self.action.set_value(linked.text, linked.due_date)
        else:
            self.share.setChecked(after_session.share_default(self.db, "thought_record"))
        self._resume_draft(self.db, DRAFT_PREFIX + (entry.uid if entry else "new"), self.restore)
        self.situation.setFocus()

    def restore(self, payload: dict[str, Any]) -> None:
        answers = payload.get("record")
        if isinstance(answers, dict):
            rec = after_session.ThoughtRecord.from_answers(answers)
            hot = payload.get("hot")
            thoughts = payload.get("thoughts")
            if isinstance(thoughts, list):
                rec.thoughts = [str(t) for t in thoughts]
                rec.hot = hot if isinstance(hot, int) else None
            self.set_record(rec)
        self._restoring = True
        self.action.restore(payload.get("action"))
        sid = payload.get("session_id")
        self.session.select(int(sid) if isinstance(sid, int) else None)
        self.share.setChecked(bool(payload.get("share")))

    def _payload(self) -> dict[str, Any]:
        rec = self.record()
        return {
            "record": rec.to_answers(),
            "thoughts": [r.text.text() for r in self.thought_rows],
            "hot": next((i for i, r in enumerate(self.thought_rows) if r.hot.isChecked()), None),
            "action": self.action.payload(),
            "session_id": self.session.session_id(),
            "share": self.share.isChecked(),
            "entry_uid": self.entry.uid if self.entry else "",
            "saved_at": self.clock().isoformat(timespec="seconds"),
        }

    def _edited(self) -> None:
        if not self._restoring:
            self._update_view()
        super()._edited()

    # -- saving ----------------------------------------------------------------------
    def save(self) -> bool:
        if self.db is None:
            return False
        rec = self.record()
        if self.entry is None and not rec.to_answers():
            self.state.setText(tr("Nothing to save yet."))
            return False
        text, due = self.action.value()
        try:
            with self.db.transaction():
                entry = after_session.save_thought_record(
                    self.db,
                    rec,
                    entry=self.entry,
                    session_id=self.session.session_id(),
                    share=self.share.isChecked(),
                    pack=self.pack,
                )
                after_session.set_action_step(self.db, entry, text, due)
            self.draft.discard()
            repo.discard_draft(self.db, DRAFT_PREFIX + "new")
        except StorageError as exc:
            return self._not_saved(exc)
        self.entry = entry
        self._announce_saved(entry, tr("Saved"))
        return True
