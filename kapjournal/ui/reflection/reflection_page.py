"""An integration reflection for one session and step ("Day 1 after session 1"):
which session and step (two pickers at the top: changing one opens that reflection),
the session's intention, the step's prompts one at a time, and an optional action
step at the end."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kapjournal import prompts
from kapjournal.i18n import arg, error_text, tr
from kapjournal.reflection import after_session
from kapjournal.storage.errors import InvalidData, StorageError
from kapjournal.ui.common import fit
from kapjournal.ui.common.cards import card
from kapjournal.ui.common.flow import PromptFlow
from kapjournal.ui.common.keys import save_and_continue
from kapjournal.ui.common.widgets import buddy, button, label
from kapjournal.ui.reflection.common import ActionStepEditor, EntryEditorPage, SessionPicker, step_title

logger = logging.getLogger(__name__)

DRAFT_PREFIX = "integration:"
ACTION_PROMPT = "next_step"


def draft_key(session_id: int, step: str) -> str:
    return f"{DRAFT_PREFIX}{session_id}:{step}"


class IntegrationPage(EntryEditorPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=700)
        self.pack = prompts.shipped_pack("integration")
        self.context: after_session.ReflectionContext | None = None
        b = self.body
        self.title = label("", "title", about=tr("Reflection"))
        b.addWidget(self.title)
        self._build_pickers()

        box, lay = card()
        self.intention_box = box
        self.intention_heading = label("", "muted")
        self.intention_text = label("", about=tr("Your intention"))
        self.intention_text.setProperty("role", "intention")
        self.intention_ask = label(tr("Was it met? What shifted?"), "muted")
        lay.addWidget(self.intention_heading)
        lay.addWidget(self.intention_text)
        lay.addWidget(self.intention_ask)
        b.addWidget(box)

        self.stack = QStackedWidget()
        b.addWidget(self.stack, 1)
        self.flow_holder = QWidget()
        self.flow_lay = QVBoxLayout(self.flow_holder)
        self.flow_lay.setContentsMargins(0, 0, 0, 0)
        self.flow = PromptFlow([], last_step=False)  # the action step comes last
        self.flow_lay.addWidget(self.flow)
        self.stack.addWidget(self.flow_holder)

        action = QWidget()
        a = QVBoxLayout(action)
        a.setContentsMargins(0, 0, 0, 0)
        a.setSpacing(10)
        step_prompt = self.pack.prompt(ACTION_PROMPT)
        heading = label((step_prompt.text if step_prompt else "One concrete next step"), "question")
        a.addWidget(heading)
        a.addWidget(
            label(
                step_prompt.help if step_prompt and step_prompt.help else "",
                "muted",
            )
        )
        a.addWidget(label(tr("Optional. It will show on Today when its day comes."), "muted"))
        self.action = ActionStepEditor()
        a.addWidget(self.action)
        a.addStretch(1)
        row = QHBoxLayout()
        self.action_back = button(tr("Back"))
        self.save_without = button(tr("Save without a step"))
        self.save_button = button(tr("Save"), "primary")
        row.addWidget(self.action_back)
        row.addStretch(1)
        row.addWidget(self.save_without)
        row.addWidget(self.save_button)
        a.addLayout(row)
        self.stack.addWidget(action)

        b.addWidget(self.state)

        self.keep_drafts("integration", self._payload)
        self.action_back.clicked.connect(self._to_flow)
        self.save_without.clicked.connect(lambda: self.save(with_step=False))
        self.save_button.clicked.connect(lambda: self.save(with_step=True))
        self.action.changed.connect(self._edited)
        self.action.text.returnPressed.connect(lambda: self.save(with_step=True))
        save_and_continue(action, lambda: self.save(with_step=True))

    def _build_pickers(self) -> None:
        row = fit.FlowLayout()
        self.session_picker = SessionPicker(tr("Reflection on session"), allow_none=False)
        self.step_picker = QComboBox()
        self.step_picker.setAccessibleName(tr("Reflection step"))
        self.step_picker.setMinimumHeight(40)
        for caption, combo in ((tr("Session"), self.session_picker), (tr("When"), self.step_picker)):
            row.add_captioned(buddy(label(caption, "muted", wrap=False), combo), combo, 1)
        self.body.addLayout(row)
        self.session_picker.currentIndexChanged.connect(lambda *_: self._picked())
        self.step_picker.currentIndexChanged.connect(lambda *_: self._picked())

    def _fill_pickers(self, session_id: int, step: str) -> None:
        if self.db is None:
            return
        self.session_picker.load(self.db, session_id)
        steps = after_session.schedule_steps(self.db)
        if step not in steps:
            steps.append(step)
        self.step_picker.blockSignals(True)
        self.step_picker.clear()
        for one in steps:
            self.step_picker.addItem(step_title(one, None), one)
        self.step_picker.setCurrentIndex(max(0, self.step_picker.findData(step)))
        self.step_picker.blockSignals(False)

    def _picked(self) -> None:
        """Another session or step chosen: open that reflection (this one's words kept as a draft)."""
        session_id = self.session_picker.session_id()
        step = self.step_picker.currentData()
        if session_id is None or not isinstance(step, str) or self.context is None:
            return
        if (session_id, step) != (self.context.session_id, self.context.step):
            self.open(session_id, step)

    # -- lifecycle -------------------------------------------------------------------
    def clear(self) -> None:
        self.draft.detach()
        self.db = None
        self.context = None
        self._set_flow([])
        self.action.reset()
        self.intention_text.clear()
        self.title.clear()
        self.state.clear()
        self.session_picker.clear()
        self.step_picker.clear()

    def _set_flow(self, pack_prompts: list[prompts.Prompt]) -> None:
        old = self.flow
        self.flow = PromptFlow(pack_prompts, last_step=False)
        self.flow_lay.replaceWidget(old, self.flow)
        old.hide()
        old.setParent(None)
        old.deleteLater()
        self.flow.changed.connect(self._edited)
        self.flow.finished.connect(self._to_action)

    # -- opening ---------------------------------------------------------------------
    def open(self, session_id: int, step: str) -> bool:
        """Show the reflection for ``session_id`` at ``step`` (new or the saved one)."""
        if self.db is None:
            return False
        self.draft.flush()
        try:
            ctx = after_session.reflection_context(self.db, session_id, step)
        except InvalidData as exc:
            self.state.setText(error_text(exc))
            return False
        self.context = ctx
        self._restoring = True
        self._fill_pickers(session_id, step)
        self.title.setText(step_title(step, ctx.number))
        if ctx.number is not None:
            self.intention_heading.setText(arg(tr("Your intention for session %1"), ctx.number))
        else:
            self.intention_heading.setText(tr("Your intention for this session"))
        phrase = ctx.intention_phrase
        self.intention_text.setText(
            f"“{phrase}”" if phrase else tr("No intention was written for this session. That is fine.")
        )
        self.intention_ask.setVisible(bool(phrase))
        self._set_flow([p for p in self.pack.prompts_for_step(step) if p.id != ACTION_PROMPT])
        self.action.reset()
        existing = ctx.existing
        if existing is not None:
            self.flow.set_answers(dict(existing.answers))
            linked = after_session.step_for_entry(self.db, existing.id or 0)
            if linked is not None:
                self.action.set_value(linked.text, linked.due_date)
            elif isinstance(existing.answers.get(ACTION_PROMPT), str):
                self.action.set_value(existing.answers[ACTION_PROMPT], None)
        kept = self._resume_draft(self.db, draft_key(session_id, step), self.restore)
        if kept and kept.get("at_action"):
            self._to_action()
        else:
            self.stack.setCurrentIndex(0)
            self.flow.set_index(int(kept.get("index", 0)) if kept else 0)
        return True

    def restore(self, payload: dict[str, Any]) -> None:
        answers = payload.get("answers")
        if isinstance(answers, dict):
            self.flow.set_answers(answers)
        self.action.restore(payload.get("action"))

    def _payload(self) -> dict[str, Any]:
        ctx = self.context
        return {
            "session_id": ctx.session_id if ctx else None,
            "step": ctx.step if ctx else "",
            "answers": self.flow.answers(),
            "action": self.action.payload(),
            "index": self.flow.index,
            "at_action": self.stack.currentIndex() == 1,
        }

    def _to_action(self) -> None:
        self.stack.setCurrentIndex(1)
        self.action.text.setFocus()
        self._edited()

    def _to_flow(self) -> None:
        self.stack.setCurrentIndex(0)
        self.flow.set_index(len(self.flow.prompts) - 1)

    # -- saving ----------------------------------------------------------------------
    def save(self, with_step: bool = True) -> bool:
        if self.db is None or self.context is None:
            return False
        ctx = self.context
        answers = self.flow.answers()
        text, due = self.action.value()
        if not with_step:
            text, due = "", None
        if text:
            answers[ACTION_PROMPT] = text[: prompts.ANSWER_LIMITS["text"]]
        try:
            with self.db.transaction():
                entry = after_session.save_reflection(
                    self.db, ctx.session_id, ctx.step, answers, entry=ctx.existing, pack=self.pack
                )
                after_session.set_action_step(self.db, entry, text, due)
            self.draft.discard()
        except StorageError as exc:
            return self._not_saved(exc)
        ctx.existing = entry
        self._announce_saved(entry, tr("Saved. Thank you for taking the time."))
        return True
