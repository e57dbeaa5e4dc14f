"""Setting an intention: a guided flow (one question per screen, every question
skippable, autosaved as an encrypted draft, reopened where it was left), a look back
at the previous session before session 2 and later, and a short baseline mood rating
at the end. Also the calm full-window "read my intention" view and the intention's
summary shown on the session page.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kapjournal import prompts
from kapjournal.measures.checkins import shipped_checkin_items
from kapjournal.preparation import course
from kapjournal.prompts import PromptPack
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Entry, Session, to_local
from kapjournal.ui.common.drafts import DraftKeeper
from kapjournal.ui.common.flow import PromptFlow
from kapjournal.ui.common.widgets import Page, button, label, tr
from kapjournal.ui.preparation.common import Card, Clock, fmt_date, fmt_when, session_heading
from kapjournal.ui.reflection.entry_model import first_line

logger = logging.getLogger(__name__)

DRAFT_PREFIX = "intention:"
STEP_LOOKBACK, STEP_PROMPTS, STEP_BASELINE = "lookback", "prompts", "baseline"
ANCHOR_PROMPT = "anchor"
MAX_LOOKBACK_ENTRIES = 6


def draft_key(session: Session) -> str:
    return DRAFT_PREFIX + session.uid


# -- what an intention says -----------------------------------------------------------
def pack_for_entry(db: Database | None, entry: Entry | None) -> PromptPack:
    """The pack an intention was written with, if still available, else the chosen one."""
    if entry is not None and entry.pack_id:
        pack = prompts.get_pack(db, entry.pack_id)
        if pack is not None and pack.kind == "intention":
            return pack
    return prompts.chosen_pack(db, "intention")


def intention_phrase(entry: Entry, pack: PromptPack | None = None) -> str:
    """The short phrase (the entry title), else the first written answer."""
    if entry.title.strip():
        return entry.title
    order = [p.id for p in pack.prompts] if pack else list(entry.answers)
    for pid in order:
        value = entry.answers.get(pid)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def intention_anchor(entry: Entry, pack: PromptPack | None = None) -> str:
    """The word to return to: the ``anchor`` answer, or in another pack the last short
    phrase/word answer that is not the intention phrase itself."""
    value = entry.answers.get(ANCHOR_PROMPT)
    if isinstance(value, str) and value.strip():
        return value.strip()
    if pack is None:
        return ""
    for prompt in reversed(pack.prompts):
        if prompt.input in ("phrase", "word") and prompt.id != pack.title_prompt:
            value = entry.answers.get(prompt.id)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return ""


def _big(lab: Any, plus: float, bold: bool = False) -> Any:
    font = QFont(lab.font())
    font.setPointSizeF(font.pointSizeF() + plus)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    lab.setFont(font)
    return lab


class IntentionSummary(QWidget):
    """The intention as read on the session page: phrase, anchor, and every answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.phrase = _big(label("", name=tr("My intention")), 7, bold=True)
        self.anchor = _big(label("", "muted", name=tr("My anchor")), 1.5)
        self.answers = QWidget()
        self.answers_lay = QVBoxLayout(self.answers)
        self.answers_lay.setContentsMargins(0, 6, 0, 0)
        self.answers_lay.setSpacing(4)
        lay.addWidget(self.phrase)
        lay.addWidget(self.anchor)
        lay.addWidget(self.answers)

    def show_entry(self, entry: Entry | None, pack: PromptPack | None) -> None:
        while self.answers_lay.count():
            item = self.answers_lay.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if entry is None:
            self.phrase.clear()
            self.anchor.clear()
            self.anchor.hide()
            return
        self.phrase.setText(intention_phrase(entry, pack) or tr("(No phrase written)"))
        anchor = intention_anchor(entry, pack)
        self.anchor.setText(tr("If it gets hard: {0}").format(anchor) if anchor else "")
        self.anchor.setVisible(bool(anchor))
        shown = {pack.title_prompt} if pack and pack.title_prompt else set()
        shown.add(ANCHOR_PROMPT)
        prompts_in_order = list(pack.prompts) if pack else []
        for prompt in prompts_in_order:
            value = entry.answers.get(prompt.id)
            if prompt.id in shown or value in (None, "", []):
                continue
            text = ", ".join(value) if isinstance(value, list) else str(value)
            self.answers_lay.addWidget(label(prompt.text, "muted"))
            answer = label(text)
            self.answers_lay.addWidget(answer)
            self.answers_lay.addSpacing(6)

    def clear(self) -> None:
        self.show_entry(None, None)


# -- the full-window read view ----------------------------------------------------------
class IntentionReadView(QFrame):
    """Calm, full window: the phrase large, the anchor word under it. Esc closes."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intention-read")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.addStretch(2)
        self.heading = label("", "subtitle", name=tr("Session"))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.phrase = _big(label("", name=tr("My intention")), 20, bold=True)
        self.phrase.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.anchor_intro = label(tr("If it gets hard, come back to"), "muted")
        self.anchor_intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.anchor = _big(label("", name=tr("My anchor")), 9)
        self.anchor.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column = QVBoxLayout()
        column.setSpacing(18)
        column.addWidget(self.heading)
        column.addSpacing(10)
        column.addWidget(self.phrase)
        column.addSpacing(26)
        column.addWidget(self.anchor_intro)
        column.addWidget(self.anchor)
        holder = QHBoxLayout()
        holder.addStretch(1)
        holder.addLayout(column, 6)
        holder.addStretch(1)
        outer.addLayout(holder)
        outer.addStretch(3)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = button(tr("Close"), name=tr("Close my intention"), tip=tr("Esc"))
        self.close_button.setMinimumWidth(140)
        row.addWidget(self.close_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.close_button.clicked.connect(self.closed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.closed)

    def show_entry(self, entry: Entry, session: Session, number: int | None, pack: PromptPack | None) -> None:
        self.heading.setText(tr("{0} · {1}").format(session_heading(session, number), fmt_when(session)))
        self.phrase.setText(intention_phrase(entry, pack) or tr("(No phrase written)"))
        anchor = intention_anchor(entry, pack)
        self.anchor.setText(anchor)
        self.anchor.setVisible(bool(anchor))
        self.anchor_intro.setVisible(bool(anchor))
        self.close_button.setFocus()

    def clear(self) -> None:
        for lab in (self.heading, self.phrase, self.anchor):
            lab.clear()


# -- the flow ---------------------------------------------------------------------------
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
        q = label(tr("Before you begin, a look back"))
        q.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.lay.addWidget(q)
        if prev is not None:
            card = Card()
            card.lay.addWidget(
                label(
                    tr("Your intention for {0}").format(
                        session_heading(prev.session, prev.number).lower()
                        if not prev.number
                        else session_heading(prev.session, prev.number)
                    ),
                    "muted",
                )
            )
            if prev.intention is not None:
                pack = pack_for_entry(db, prev.intention)
                card.lay.addWidget(
                    _big(label(intention_phrase(prev.intention, pack) or tr("(No phrase written)")), 5, True)
                )
                anchor = intention_anchor(prev.intention, pack)
                if anchor:
                    card.lay.addWidget(label(tr("If it gets hard: {0}").format(anchor), "muted"))
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
                        or first_line(entry.body)
                        or first_line("\n".join(str(v) for v in entry.answers.values() if isinstance(v, str)))
                    )
                    notes.lay.addWidget(label(tr("{0}: {1}").format(when, text)))
                self.lay.addWidget(notes)
        if steps:
            box = Card()
            box.lay.addWidget(label(tr("Action steps you chose, still open"), "muted"))
            for step in steps[:MAX_LOOKBACK_ENTRIES]:
                due = tr(" (by {0})").format(fmt_date(step.due_date, long=False)) if step.due_date else ""
                box.lay.addWidget(label("• " + step.text + due))
            self.lay.addWidget(box)
        self.lay.addStretch(1)
        return True


class BaselineCheck(QWidget):
    """A short pre-session mood rating, 0-10, with the check-in scale's anchor words."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scale = shipped_checkin_items().scales["mood"]
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        q = label(tr(scale.question, "checkins"))
        q.setStyleSheet("font-size: 18pt; font-weight: 600;")
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
            name = tr("Mood {0} out of {1}").format(value, scale.max)
            b.setAccessibleName(name + (f" ({tr(anchor, 'checkins')})" if anchor else ""))
            self.group.addButton(b, value)
            row.addWidget(b)
        lay.addLayout(row)
        ends = QHBoxLayout()
        low, high = scale.anchor_label(scale.min), scale.anchor_label(scale.max)
        ends.addWidget(label(tr(low or "", "checkins"), "muted"))
        ends.addStretch(1)
        ends.addWidget(label(tr(high or "", "checkins"), "muted"))
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
        target = self.group.checkedButton() or (self.group.buttons()[5] if self.group.buttons() else None)
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
        self.title = label("", "title", name=tr("Intention"))
        top.addWidget(self.title, 1)
        self.close_button = button(
            tr("Close for now"), "link", tip=tr("Your answers are kept; you can come back to them later.")
        )
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        self.subtitle = label("", "subtitle", name=tr("Session time"))
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
        self.state = label("", "muted", name=tr("Save state"))
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
            tr("Your intention for session {0}").format(number) if number else tr("Your intention")
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
        self.flow = PromptFlow(pack.prompts)
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
            self.state.setText(tr("Not saved: ") + str(exc))
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
