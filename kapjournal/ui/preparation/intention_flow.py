"""Setting an intention: a guided flow (one question per screen, every question
skippable, autosaved as an encrypted draft, reopened where it was left), a look back
at the previous session before session 2 and later, and a short baseline mood rating
at the end.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kapjournal import prompts
from kapjournal.context import Clock
from kapjournal.i18n import arg, error_text, tr
from kapjournal.measures.checkins import shipped_checkin_items
from kapjournal.preparation import course
from kapjournal.prompts import PromptPack
from kapjournal.richtext import first_line
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Session, to_local
from kapjournal.ui.common.cards import Card
from kapjournal.ui.common.drafts import DraftKeeper
from kapjournal.ui.common.flow import PromptFlow
from kapjournal.ui.common.formatting import fmt_date
from kapjournal.ui.common.keys import ButtonScale, save_and_continue
from kapjournal.ui.common.widgets import Page, button, label
from kapjournal.ui.preparation.common import fmt_when, session_heading
from kapjournal.ui.preparation.intention_page import (
    bigger,
    intention_anchor,
    intention_phrase,
    pack_for_entry,
)

logger = logging.getLogger(__name__)

DRAFT_PREFIX = "intention:"
STEP_LOOKBACK, STEP_PROMPTS, STEP_BASELINE = "lookback", "prompts", "baseline"
MAX_LOOKBACK_ENTRIES = 6


def draft_key(session: Session) -> str:
    return DRAFT_PREFIX + session.uid


class LookBack(QWidget):
    """Before session 2 and later: last time's intention, notes since and open steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.lay.setSpacing(12)

    def reset(self) -> None:
        while self.lay.count():
            item = self.lay.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def fill(self, db: Database, session: Session) -> bool:
        """Build the screen; False when there is nothing to look back on."""
        self.reset()
        prev = course.previous_intention(db, session.id or 0)
        steps = course.open_action_steps(db)
        if prev is None and not steps:
            return False
        q = label(tr("Before you begin, a look back"), "question")
        self.lay.addWidget(q)
        if prev is not None:
            card = Card()
            card.lay.addWidget(
                label(
                    arg(
                        tr("Your intention for %1"),
                        session_heading(prev.session, prev.number).lower()
                        if not prev.number
                        else session_heading(prev.session, prev.number),
                    ),
                    "muted",
                )
            )
            if prev.intention is not None:
                pack = pack_for_entry(db, prev.intention)
                phrase = intention_phrase(prev.intention, pack) or tr("(No phrase written)")
                card.lay.addWidget(bigger(label(phrase), 5, True))
                anchor = intention_anchor(prev.intention, pack)
                if anchor:
                    card.lay.addWidget(label(arg(tr("If it gets hard: %1"), anchor), "muted"))
            else:
                card.lay.addWidget(
                    label(tr("You did not write an intention last time. That is fine."), "muted")
                )
            self.lay.addWidget(card)
            if prev.entries:
                notes = Card()
                notes.lay.addWidget(label(tr("What you wrote since"), "muted"))
                for entry in prev.entries[-MAX_LOOKBACK_ENTRIES:]:
                    when = fmt_date(to_local(entry.occurred_at, entry.tz_offset_min), long=False)
                    text = (
                        entry.title
                        or first_line(entry.body, 120)
                        or first_line("\n".join(v for v in entry.answers.values() if isinstance(v, str)), 120)
                    )
                    notes.lay.addWidget(label(arg(tr("%1: %2"), when, text)))
                self.lay.addWidget(notes)
        if steps:
            box = Card()
            box.lay.addWidget(label(tr("Action steps you chose, still open"), "muted"))
            for step in steps[:MAX_LOOKBACK_ENTRIES]:
                due = arg(tr(" (by %1)"), fmt_date(step.due_date, long=False)) if step.due_date else ""
                box.lay.addWidget(label("• " + step.text + due))
            self.lay.addWidget(box)
        self.lay.addStretch(1)
        return True


class BaselineCheck(QWidget):
    """A short pre-session mood rating, 0-10, with the check-in scale's anchor words.
    One Tab stop; a digit answers, arrows step (``ButtonScale``)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scale = shipped_checkin_items().scales["mood"]
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        q = label(scale.question, "question")
        lay.addWidget(q)
        lay.addWidget(
            label(
                tr(
                    "A short check-in before your session. It is kept with your other "
                    "check-ins; you can skip it."
                ),
                "muted",
            )
        )
        row = QHBoxLayout()
        row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for value in range(scale.min, scale.max + 1):
            b = QPushButton(str(value))
            b.setCheckable(True)
            b.setMinimumSize(44, 48)
            anchor = scale.anchor_label(value)
            name = arg(tr("Mood %1 out of %2"), value, scale.max)
            b.setAccessibleName(name + (f" ({anchor})" if anchor else ""))
            self.group.addButton(b, value)
            row.addWidget(b)
        self.keys = ButtonScale(self.group, home=(scale.min + scale.max) // 2)
        lay.addLayout(row)
        ends = QHBoxLayout()
        low, high = scale.anchor_label(scale.min), scale.anchor_label(scale.max)
        ends.addWidget(label((low or ""), "muted"))
        ends.addStretch(1)
        ends.addWidget(label((high or ""), "muted"))
        lay.addLayout(ends)
        lay.addStretch(1)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())

    def value(self) -> int | None:
        checked = self.group.checkedButton()
        return None if checked is None else self.group.id(checked)

    def set_value(self, value: int | None) -> None:
        self.group.setExclusive(False)
        for b in self.group.buttons():
            b.setChecked(value is not None and self.group.id(b) == value)
        self.group.setExclusive(True)

    def focus(self) -> None:
        target = self.keys.stop()
        if target is not None:
            target.setFocus()


class IntentionFlowView(Page):
    """The whole flow for one session. ``saved(session_id)`` when done, ``closed`` when
    the patient leaves it (answers kept as a draft), ``changed(table)`` after saves."""

    saved = Signal(int)
    closed = Signal()
    changed = Signal(str)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=720)
        self.clock = clock
        self.db: Database | None = None
        self.session: Session | None = None
        self.pack: PromptPack | None = None
        self.flow: PromptFlow | None = None
        self._loading = False
        lay = self.body
        lay.setContentsMargins(24, 30, 24, 30)
        top = QHBoxLayout()
        self.title = label("", "title", about=tr("Intention"))
        top.addWidget(self.title, 1)
        self.close_button = button(
            tr("Close for now"), "link", tip=tr("Your answers are kept; you can come back to them later.")
        )
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        self.subtitle = label("", "subtitle", about=tr("Session time"))
        lay.addWidget(self.subtitle)
        self.intro = label("", "muted")
        lay.addWidget(self.intro)
        self.steps = QStackedWidget()
        lay.addWidget(self.steps, 1)
        self.lookback = LookBack()
        self.lookback_page = QWidget()
        lb = QVBoxLayout(self.lookback_page)
        lb.setContentsMargins(0, 0, 0, 0)
        lb.addWidget(self.lookback, 1)
        lrow = QHBoxLayout()
        lrow.addStretch(1)
        self.begin_button = button(tr("Begin"), "primary", name=tr("Begin setting my intention"))
        lrow.addWidget(self.begin_button)
        lb.addLayout(lrow)
        self.steps.addWidget(self.lookback_page)
        self.flow_holder = QWidget()
        self.flow_lay = QVBoxLayout(self.flow_holder)
        self.flow_lay.setContentsMargins(0, 0, 0, 0)
        self.steps.addWidget(self.flow_holder)
        self.baseline_page = QWidget()
        bl = QVBoxLayout(self.baseline_page)
        bl.setContentsMargins(0, 0, 0, 0)
        self.baseline = BaselineCheck()
        bl.addWidget(self.baseline, 1)
        brow = QHBoxLayout()
        self.baseline_back = button(tr("Back"), name=tr("Back to the questions"))
        self.baseline_skip = button(tr("Skip and save"), tip=tr("Save the intention without a mood rating"))
        self.save_button = button(tr("Save my intention"), "primary")
        brow.addWidget(self.baseline_back)
        brow.addStretch(1)
        brow.addWidget(self.baseline_skip)
        brow.addWidget(self.save_button)
        bl.addLayout(brow)
        self.steps.addWidget(self.baseline_page)
        self.state = label("", "muted", about=tr("Save state"))
        lay.addWidget(self.state)

        self.drafts = DraftKeeper("intention", self._payload, self)
        self.drafts.saved.connect(lambda: self.state.setText(tr("Kept as you write")))
        self.drafts.failed.connect(lambda why: self.state.setText(tr("Not saved: ") + why))
        self.begin_button.clicked.connect(lambda: self._go(STEP_PROMPTS))
        self.baseline_back.clicked.connect(lambda: self._go(STEP_PROMPTS))
        self.baseline_skip.clicked.connect(lambda: self.finish(with_mood=False))
        self.save_button.clicked.connect(lambda: self.finish(with_mood=True))
        self.baseline.changed.connect(self._touched)
        self.close_button.clicked.connect(self.close_flow)
        # Ctrl+Enter, save and continue: Begin on the look back, save on the mood step
        # (the prompts' own flow presses Next there).
        save_and_continue(self.lookback_page, lambda: self._go(STEP_PROMPTS))
        save_and_continue(self.baseline_page, lambda: self.finish(with_mood=True))

    # -- starting ---------------------------------------------------------------------------
    def start(self, db: Database, session: Session) -> None:
        """Open the flow for ``session``: from the draft if there is one, else from the
        saved intention (editing) or blank."""
        self.flush_draft()
        self.db = db
        self.session = session
        self.drafts.attach(db, draft_key(session))
        draft = self.drafts.load() or {}
        existing = course.intention_for(db, session.id or 0)
        pack = None
        if draft.get("pack_id"):
            pack = prompts.get_pack(db, str(draft["pack_id"]))
        self.pack = pack if pack is not None and pack.kind == "intention" else pack_for_entry(db, existing)
        number = course.session_number(db, session)
        self.title.setText(
            arg(tr("Your intention for session %1"), number) if number else tr("Your intention")
        )
        self.subtitle.setText(fmt_when(session))
        self.intro.setText(self.pack.description)
        self.intro.setVisible(bool(self.pack.description))
        self._build_flow(self.pack)
        has_lookback = self.lookback.fill(db, session)
        answers = draft.get("answers") if isinstance(draft.get("answers"), dict) else None
        if answers is None and existing is not None:
            answers = dict(existing.answers)
        self._loading = True
        assert self.flow is not None
        self.flow.set_answers({k: v for k, v in (answers or {}).items() if self.pack.prompt(k)})
        mood = draft.get("mood")
        self.baseline.set_value(mood if isinstance(mood, int) else None)
        step = str(draft.get("step") or (STEP_LOOKBACK if has_lookback else STEP_PROMPTS))
        if step == STEP_LOOKBACK and not has_lookback:
            step = STEP_PROMPTS
        index = draft.get("index")
        self.flow.set_index(index if isinstance(index, int) else 0)
        self._go(step, touch=False)
        self._loading = False
        self.state.setText(tr("We kept what you wrote last time.") if draft else "")

    def _build_flow(self, pack: PromptPack) -> None:
        if self.flow is not None:
            self.flow_lay.removeWidget(self.flow)
            self.flow.hide()
            self.flow.deleteLater()
        self.flow = PromptFlow(pack.prompts, last_step=False)  # the mood step comes last
        for field in self.flow.inputs:  # large text, one question at a time
            for child in field.findChildren(QWidget):
                if child.accessibleName() == field.prompt.text:
                    font = QFont(child.font())
                    font.setPointSizeF(max(font.pointSizeF(), 15))
                    child.setFont(font)
        self.flow.changed.connect(self._touched)
        self.flow.position_changed.connect(lambda _: self._touched())
        self.flow.finished.connect(lambda: self._go(STEP_BASELINE))
        self.flow_lay.addWidget(self.flow)

    # -- moving -----------------------------------------------------------------------------
    def current_step(self) -> str:
        return {0: STEP_LOOKBACK, 1: STEP_PROMPTS, 2: STEP_BASELINE}[self.steps.currentIndex()]

    def _go(self, step: str, touch: bool = True) -> None:
        self.steps.setCurrentIndex({STEP_LOOKBACK: 0, STEP_PROMPTS: 1, STEP_BASELINE: 2}[step])
        if step == STEP_LOOKBACK:
            self.begin_button.setFocus()
        elif step == STEP_PROMPTS and self.flow is not None:
            self.flow.set_index(self.flow.index)
        elif step == STEP_BASELINE:
            self.baseline.focus()
        if touch:
            self._touched()

    def _touched(self) -> None:
        if not self._loading and self.db is not None:
            self.drafts.touch()

    def _payload(self) -> dict[str, Any]:
        return {
            "pack_id": self.pack.id if self.pack else "",
            "pack_version": self.pack.version if self.pack else "",
            "answers": self.flow.answers() if self.flow else {},
            "step": self.current_step(),
            "index": self.flow.index if self.flow else 0,
            "mood": self.baseline.value(),
        }

    # -- saving -----------------------------------------------------------------------------
    def finish(self, with_mood: bool = True) -> bool:
        if self.db is None or self.session is None or self.flow is None or self.pack is None:
            return False
        sid = self.session.id or 0
        mood = self.baseline.value() if with_mood else None
        try:
            course.save_intention(self.db, sid, self.flow.answers(), self.pack)
            if mood is not None:
                course.save_baseline(self.db, sid, mood, self.clock())
        except StorageError as exc:
            self.drafts.flush()
            self.state.setText(arg(tr("Not saved: %1"), error_text(exc)))
            return False
        self.drafts.discard()
        self.drafts.detach()
        self.session = None
        self.changed.emit("entry")
        if mood is not None:
            self.changed.emit("checkin")
        self.saved.emit(sid)
        return True

    def is_active(self) -> bool:
        """A flow is open (not yet saved or closed)."""
        return self.session is not None and self.db is not None

    def close_flow(self) -> None:
        self.flush_draft()
        self.closed.emit()

    def flush_draft(self) -> None:
        if self.db is not None and not self.db.closed and self.session is not None:
            self.drafts.flush()

    def clear(self) -> None:
        self.drafts.detach()
        self.db = None
        self.session = None
        if self.flow is not None:
            self.flow_lay.removeWidget(self.flow)
            self.flow.hide()
            self.flow.deleteLater()
            self.flow = None
        self.baseline.set_value(None)
        self.lookback.reset()
        for lab in (self.title, self.subtitle, self.intro, self.state):
            lab.clear()
