"""What an intention says and how it is shown: its phrase and anchor word, the
summary on the session page and the calm full-window "read my intention" view.
Setting one (the guided flow) is :mod:`kapjournal.ui.preparation.intention_flow`.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kapjournal import prompts
from kapjournal.i18n import arg, tr
from kapjournal.prompts import PromptPack
from kapjournal.storage.db import Database
from kapjournal.storage.models import Entry, Session
from kapjournal.ui.common import fit
from kapjournal.ui.common.widgets import button, label
from kapjournal.ui.preparation.common import fmt_when, session_heading

logger = logging.getLogger(__name__)

ANCHOR_PROMPT = "anchor"


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


def bigger(lab: Any, plus: float, bold: bool = False) -> Any:
    """``lab`` with its font ``plus`` points larger (and semi-bold)."""
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
        self.phrase = bigger(label("", about=tr("My intention")), 7, bold=True)
        self.anchor = bigger(label("", "muted", about=tr("My anchor")), 1.5)
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
        self.anchor.setText(arg(tr("If it gets hard: %1"), anchor) if anchor else "")
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
        outer = fit.scrolling_layout(self, (48, 40, 48, 40))  # a long phrase at 1.5× text scrolls
        outer.addStretch(2)
        self.heading = label("", "subtitle", about=tr("Session"))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.phrase = bigger(label("", about=tr("My intention")), 20, bold=True)
        self.phrase.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.anchor_intro = label(tr("If it gets hard, come back to"), "muted")
        self.anchor_intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.anchor = bigger(label("", about=tr("My anchor")), 9)
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
        self.heading.setText(arg(tr("%1 · %2"), session_heading(session, number), fmt_when(session)))
        self.phrase.setText(intention_phrase(entry, pack) or tr("(No phrase written)"))
        anchor = intention_anchor(entry, pack)
        self.anchor.setText(anchor)
        self.anchor.setVisible(bool(anchor))
        self.anchor_intro.setVisible(bool(anchor))
        self.close_button.setFocus()

    def clear(self) -> None:
        for lab in (self.heading, self.phrase, self.anchor):
            lab.clear()
