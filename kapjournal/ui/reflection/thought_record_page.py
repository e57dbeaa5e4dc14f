"""A CBT thought record in seven columns (Greenberger & Padesky), with thinking-trap
tags, a before/after view of the mood ratings and an optional action step.

Start it from anywhere (journal button, Ctrl+Shift+T); link it to a session or not.
Everything autosaves as an encrypted draft, so a lock in the middle keeps it."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kapjournal import prompts
from kapjournal.reflection import after_session
from kapjournal.storage import repo
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Entry
from kapjournal.ui.common.widgets import button, label, plain_tip, theme_colour, tr
from kapjournal.ui.reflection.common import ActionStepEditor, EntryEditorPage, SessionPicker, card

logger = logging.getLogger(__name__)

DRAFT_PREFIX = "thought_record:"
NOT_RATED = -1


def rating_box(name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(NOT_RATED, 100)
    spin.setSpecialValueText(tr("not rated"))
    spin.setSuffix(" %")
    spin.setValue(NOT_RATED)
    spin.setAccessibleName(name)
    spin.setMinimumHeight(40)
    spin.setMinimumWidth(120)
    return spin


def _spin_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == NOT_RATED else spin.value()


def _set_spin(spin: QSpinBox, value: Any) -> None:
    spin.setValue(value if isinstance(value, int) and 0 <= value <= 100 else NOT_RATED)


def text_box(name: str, height: int = 96) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class MoodRow(QWidget):
    """A mood and its rating now; its re-rating lives in step 7 (``after_row``)."""

    removed = Signal(object)
    changed = Signal()

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(tr("One word, e.g. anxious"))
        self.name.setAccessibleName(tr("Mood {0}").format(index))
        self.name.setMinimumHeight(40)
        self.before = rating_box(tr("How strong, mood {0}").format(index))
        self.remove = button(tr("Remove"), name=tr("Remove mood {0}").format(index))
        lay.addWidget(self.name, 1)
        lay.addWidget(self.before)
        lay.addWidget(self.remove)
        self.after_row = QWidget()
        after = QHBoxLayout(self.after_row)
        after.setContentsMargins(0, 0, 0, 0)
        self.after_label = label("", name=tr("Mood {0} name").format(index))
        self.after = rating_box(tr("How strong now, mood {0}").format(index))
        after.addWidget(self.after_label, 1)
        after.addWidget(self.after)
        self.name.textChanged.connect(self._renamed)
        self.before.valueChanged.connect(lambda *_: self.changed.emit())
        self.after.valueChanged.connect(lambda *_: self.changed.emit())
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self._renamed()

    def _renamed(self) -> None:
        self.after_label.setText(self.name.text().strip() or tr("(mood not named yet)"))
        self.changed.emit()

    def rating(self) -> after_session.MoodRating:
        return after_session.MoodRating(
            self.name.text().strip(), _spin_value(self.before), _spin_value(self.after)
        )


class ThoughtRow(QWidget):
    removed = Signal(object)
    changed = Signal()

    def __init__(self, index: int, group: QButtonGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.text = QLineEdit()
        self.text.setMaxLength(prompts.ANSWER_LIMITS["text"])
        self.text.setAccessibleName(tr("Automatic thought {0}").format(index))
        self.text.setPlaceholderText(tr("A thought or image, in the words it came"))
        self.text.setMinimumHeight(40)
        self.hot = QRadioButton(tr("Hot thought"))
        self.hot.setAccessibleName(tr("Mark thought {0} as the hot thought").format(index))
        group.addButton(self.hot)
        self.remove = button(tr("Remove"), name=tr("Remove thought {0}").format(index))
        lay.addWidget(self.text, 1)
        lay.addWidget(self.hot)
        lay.addWidget(self.remove)
        self.text.textChanged.connect(self.changed)
        self.hot.toggled.connect(lambda *_: self.changed.emit())
        self.remove.clicked.connect(lambda: self.removed.emit(self))


class BeforeAfterView(QWidget):
    """Paired bars: each mood's rating at the start (muted) and after (accent)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moods: list[after_session.MoodRating] = []
        self.setAccessibleName(tr("Mood ratings before and after"))
        self.setMinimumHeight(40)

    def set_moods(self, moods: list[after_session.MoodRating]) -> None:
        self.moods = [m for m in moods if m.name and (m.before is not None or m.after is not None)]
        parts = []
        for m in self.moods:
            before = "–" if m.before is None else f"{m.before} %"
            after = "–" if m.after is None else f"{m.after} %"
            parts.append(tr("{0}: {1} before, {2} after").format(m.name, before, after))
        self.setAccessibleDescription("; ".join(parts) or tr("No moods rated yet."))
        self.setToolTip(plain_tip(self.accessibleDescription()))
        self.setFixedHeight(max(40, 14 + len(self.moods) * 46))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, max(40, 14 + len(self.moods) * 46))

    def paintEvent(self, event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        accent = theme_colour("accent", pal.color(QPalette.ColorRole.Highlight))
        muted = theme_colour("muted", pal.color(QPalette.ColorRole.PlaceholderText))
        text = pal.color(QPalette.ColorRole.WindowText)
        fm = self.fontMetrics()
        if not self.moods:
            p.setPen(muted)
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignVCenter,
                tr("Rate your moods at the start and again in step 7 to see them side by side."),
            )
            return
        name_w = min(180, max(fm.horizontalAdvance(m.name) for m in self.moods) + 16)
        num_w = fm.horizontalAdvance("100 % → 100 %") + 12
        bar_w = max(60, self.width() - name_w - num_w - 8)
        y = 8
        for m in self.moods:
            p.setPen(text)
            p.drawText(
                QRectF(0, y, name_w - 8, 36),
                Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                fm.elidedText(m.name, Qt.TextElideMode.ElideRight, name_w - 8),
            )
            for row, (value, colour) in enumerate(((m.before, muted), (m.after, accent))):
                track = QRectF(name_w, y + 4 + row * 16, bar_w, 12)
                p.setPen(Qt.PenStyle.NoPen)
                faint = QColor(colour)
                faint.setAlpha(40)
                p.setBrush(faint)
                p.drawRoundedRect(track, 5, 5)
                if value is not None:
                    p.setBrush(colour)
                    p.drawRoundedRect(QRectF(track.x(), track.y(), max(4.0, bar_w * value / 100), 12), 5, 5)
            p.setPen(text)
            before = "–" if m.before is None else f"{m.before} %"
            after = "–" if m.after is None else f"{m.after} %"
            p.drawText(
                QRectF(name_w + bar_w + 8, y, num_w, 36), Qt.AlignmentFlag.AlignVCenter, f"{before} → {after}"
            )
            y += 46
        p.end()


class ThoughtRecordPage(EntryEditorPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=780)
        self.entry: Entry | None = None
        self.pack = prompts.shipped_pack("cbt")
        self.traps = prompts.thinking_traps()
        self.mood_rows: list[MoodRow] = []
        self.thought_rows: list[ThoughtRow] = []
        b = self.body
        b.addWidget(label(tr("Thought record"), "title"))
        b.addWidget(label(tr(self.pack.description, "prompts"), "subtitle"))
        form = QFormLayout()
        self.session = SessionPicker(tr("Linked session"))
        form.addRow(tr("Linked to"), self.session)
        b.addLayout(form)

        def section(prompt_id: str) -> QVBoxLayout:
            prompt = self.pack.prompt(prompt_id)
            box, lay = card()
            heading = label(tr(prompt.text, "prompts") if prompt else prompt_id)
            heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
            lay.addWidget(heading)
            if prompt and prompt.help:
                lay.addWidget(label(tr(prompt.help, "prompts"), "muted"))
            b.addWidget(box)
            return lay

        lay = section("situation")
        self.situation = text_box(tr("Situation"))
        lay.addWidget(self.situation)

        lay = section("moods")
        self.moods_lay = QVBoxLayout()
        lay.addLayout(self.moods_lay)
        self.add_mood_button = button(tr("Add a mood"))
        lay.addWidget(self.add_mood_button, 0, Qt.AlignmentFlag.AlignLeft)

        lay = section("automatic_thoughts")
        self.hot_group = QButtonGroup(self)
        self.hot_group.setExclusive(True)
        self.thoughts_lay = QVBoxLayout()
        lay.addLayout(self.thoughts_lay)
        hot = self.pack.prompt("hot_thought")
        lay.addWidget(label(tr(hot.help, "prompts") if hot else "", "muted"))
        self.add_thought_button = button(tr("Add a thought"))
        lay.addWidget(self.add_thought_button, 0, Qt.AlignmentFlag.AlignLeft)

        lay = section("thinking_traps")
        grid = QGridLayout()
        self.trap_checks: list[QCheckBox] = []
        for i, trap in enumerate(self.traps):
            check = QCheckBox(tr(trap.name, "thinking_traps"))
            check.setAccessibleName(tr(trap.name, "thinking_traps"))
            check.setAccessibleDescription(tr(trap.description, "thinking_traps"))
            check.setToolTip(tr(trap.description, "thinking_traps"))
            check.setProperty("trap_name", trap.name)
            grid.addWidget(check, i // 2, i % 2)
            self.trap_checks.append(check)
        lay.addLayout(grid)

        lay = section("evidence_for")
        self.evidence_for = text_box(tr("Evidence that supports the hot thought"))
        lay.addWidget(self.evidence_for)
        lay = section("evidence_against")
        self.evidence_against = text_box(tr("Evidence that does not fully support the hot thought"))
        lay.addWidget(self.evidence_against)

        lay = section("alternative_thought")
        self.balanced = text_box(tr("Alternative or balanced thought"))
        lay.addWidget(self.balanced)
        belief = self.pack.prompt("alternative_belief")
        row = QHBoxLayout()
        row.addWidget(label(tr(belief.text, "prompts") if belief else tr("Belief")), 1)
        self.belief = rating_box(tr("How much I believe the balanced thought"))
        row.addWidget(self.belief)
        lay.addLayout(row)

        lay = section("moods_now")
        self.after_lay = QVBoxLayout()
        lay.addLayout(self.after_lay)
        lay.addWidget(label(tr("Before and after"), "muted"))
        self.before_after = BeforeAfterView()
        lay.addWidget(self.before_after)

        step = self.pack.prompt("action_step")
        lay = section("action_step") if step else QVBoxLayout()
        self.action = ActionStepEditor()
        lay.addWidget(self.action)

        row = QHBoxLayout()
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
        self._reset_fields()

    # -- rows ------------------------------------------------------------------------
    def add_mood(self, rating: after_session.MoodRating | None = None, *, focus: bool = False) -> MoodRow:
        row = MoodRow(len(self.mood_rows) + 1)
        if rating is not None:
            row.name.setText(rating.name)
            _set_spin(row.before, rating.before)
            _set_spin(row.after, rating.after)
        row.changed.connect(self._edited)
        row.removed.connect(self._remove_mood)
        self.mood_rows.append(row)
        self.moods_lay.addWidget(row)
        self.after_lay.addWidget(row.after_row)
        self.add_mood_button.setEnabled(len(self.mood_rows) < after_session.MAX_MOODS)
        if focus:
            row.name.setFocus()
        self._update_view()
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
            belief=_spin_value(self.belief),
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
        _set_spin(self.belief, rec.belief)
        self._restoring = False
        self._update_view()

    def _update_view(self) -> None:
        self.before_after.set_moods([r.rating() for r in self.mood_rows])

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
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
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
