"""Mindfulness practice (MBCT): the breathing space, a "thoughts are not facts"
decentering note, a body-scan reflection, and the practice log with weekly totals."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from kapjournal import prompts
from kapjournal.context import Clock, local_now
from kapjournal.i18n import arg, error_text, tr, translated
from kapjournal.reflection import after_session
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Entry, Practice, to_local
from kapjournal.ui.common import fit
from kapjournal.ui.common.cards import card
from kapjournal.ui.common.drafts import DraftKeeper
from kapjournal.ui.common.formatting import date_format, fmt_day_month, fmt_weekday
from kapjournal.ui.common.keys import one_tab_stop, save_and_continue, whole_stop
from kapjournal.ui.common.widgets import Page, button, label, save_row, theme_colour
from kapjournal.ui.reflection.common import back_link, name_date_edit

logger = logging.getLogger(__name__)

WEEKS_SHOWN = 8


class WeeklyBars(QWidget):
    """Minutes per week as small bars, the current week last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[tuple[date, int]] = []
        self.setAccessibleName(tr("Minutes of practice per week"))
        self.setMinimumHeight(120)

    def set_weeks(self, weeks: list[tuple[date, int]]) -> None:
        self.weeks = weeks
        desc = "; ".join(arg(tr("week of %1: %n minutes", "", int(m)), fmt_day_month(d)) for d, m in weeks)
        self.setAccessibleDescription(desc)
        self.setToolTip(desc)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, 120)

    def paintEvent(self, event: Any) -> None:
        if not self.weeks:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        accent = theme_colour("accent", pal.color(QPalette.ColorRole.Highlight))
        muted = theme_colour("muted", pal.color(QPalette.ColorRole.PlaceholderText))
        fm = self.fontMetrics()
        line = fm.height()
        top = line + 4
        bottom = self.height() - line - 6
        span = max(10, bottom - top)
        most = max(30, max(m for _, m in self.weeks))
        slot = self.width() / len(self.weeks)
        for i, (monday, minutes) in enumerate(self.weeks):
            x = i * slot + slot * 0.2
            w = slot * 0.6
            h = span * minutes / most
            colour = (
                accent
                if i == len(self.weeks) - 1
                else QColor(accent.red(), accent.green(), accent.blue(), 150)
            )
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            if minutes:
                p.drawRoundedRect(QRectF(x, bottom - h, w, max(2.0, h)), 4, 4)
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            p.drawText(
                QRectF(i * slot, bottom - h - line - 2, slot, line),
                Qt.AlignmentFlag.AlignCenter,
                str(minutes),
            )
            p.setPen(muted)
            p.drawText(
                QRectF(i * slot, bottom + 4, slot, line),
                Qt.AlignmentFlag.AlignCenter,
                fmt_day_month(monday),
            )
        p.end()


class NoteCard:
    """A practice note (decentering or body scan): help text, editor, Save; autosaved."""

    def __init__(self, page: PracticePage, subkind: str, prompt_id: str, with_minutes: bool) -> None:
        self.page = page
        self.subkind = subkind
        self.prompt_id = prompt_id
        prompt = page.pack.prompt(prompt_id)
        self.box, lay = card()
        heading = label(prompt.text if prompt else prompt_id)
        heading.setProperty("role", "heading")
        lay.addWidget(heading)
        if prompt and prompt.help:
            lay.addWidget(label(prompt.help, "muted"))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(prompt.text if prompt else prompt_id)
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(110)
        lay.addWidget(self.editor)
        row = QHBoxLayout()
        self.minutes: QSpinBox | None = None
        if with_minutes:
            self.minutes = QSpinBox()
            self.minutes.setRange(0, 180)
            self.minutes.setValue(20)
            self.minutes.setSuffix(tr(" minutes"))
            self.minutes.setAccessibleName(tr("Minutes of body scan"))
            row.addWidget(label(tr("How long")))
            row.addWidget(self.minutes)
        _, self.state, self.save_button = save_row(
            tr("Save"),
            name=arg(tr("Save %1"), prompt.text if prompt else ""),
            row=row,
        )
        lay.addLayout(row)
        self.draft = DraftKeeper("mbct", self._payload, page)
        self.draft.saved.connect(lambda: self.state.setText(tr("Draft kept")))
        self.draft.failed.connect(lambda text: self.state.setText(tr("Not saved: ") + text))
        self.editor.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        save_and_continue(self.box, self.save)
        self._loading = False

    @property
    def key(self) -> str:
        return f"mbct:{self.subkind}"

    def _payload(self) -> dict[str, Any]:
        return {"subkind": self.subkind, "text": self.editor.toPlainText()}

    def _edited(self) -> None:
        if self._loading:
            return
        self.state.setText(tr("Editing…"))
        self.draft.touch()

    def attach(self, db: Database) -> None:
        self.draft.attach(db, self.key)
        kept = self.draft.load()
        self._loading = True
        self.editor.setPlainText(str(kept.get("text", "")) if kept else "")
        self._loading = False
        self.state.setText(tr("Draft kept") if kept else "")

    def clear(self) -> None:
        self.draft.detach()
        self._loading = True
        self.editor.clear()
        self._loading = False
        self.state.clear()

    def save(self) -> bool:
        db = self.page.db
        text = self.editor.toPlainText()
        if db is None or not text.strip():
            return False
        try:
            with db.transaction():
                entry = after_session.save_mbct(db, self.subkind, {}, body=text, pack=self.page.pack)
                if self.minutes is not None and self.minutes.value() > 0:
                    after_session.log_practice(db, "body_scan", self.minutes.value(), entry_id=entry.id)
            self.draft.discard()
        except StorageError as exc:
            self.draft.flush()
            fit.show_message(self.state, arg(tr("Not saved: %1"), error_text(exc)))
            return False
        self._loading = True
        self.editor.clear()
        self._loading = False
        self.state.setText(tr("Saved to your journal"))
        self.page.changed.emit(Entry.TABLE)
        self.page.refresh()
        return True


class PracticePage(Page):
    back_requested = Signal()
    breathing_requested = Signal()
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, clock: Clock = local_now) -> None:
        super().__init__(parent, width=760)
        self.clock = clock  # the context's clock (kapjournal.context)
        self.db: Database | None = None
        self.pack = prompts.shipped_pack("mbct")
        b = self.body
        self.back = back_link()
        b.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        b.addWidget(label(tr("Mindfulness practice"), "title"))
        b.addWidget(label(self.pack.description, "subtitle"))
        self.breathing_button = button(tr("Start a three-minute breathing space"), "primary")
        b.addWidget(self.breathing_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.decentering = NoteCard(self, "decentering", "decentering", with_minutes=False)
        b.addWidget(self.decentering.box)
        self.body_scan = NoteCard(self, "body_scan", "body_scan", with_minutes=True)
        b.addWidget(self.body_scan.box)

        box, lay = card()
        heading = label(tr("Practice log"))
        heading.setProperty("role", "heading")
        lay.addWidget(heading)
        row = QHBoxLayout()
        self.log_date = whole_stop(QDateEdit())  # one Tab stop
        self.log_date.setCalendarPopup(True)
        self.log_date.setDisplayFormat(date_format())
        self.log_date.setDate(QDate.currentDate())
        self.log_date.setMaximumDate(QDate.currentDate())
        name_date_edit(self.log_date, tr("Day of the practice"))
        self.log_kind = QComboBox()
        self.log_kind.setAccessibleName(tr("Practice"))
        for key in after_session.PRACTICES:
            self.log_kind.addItem(translated(after_session.PRACTICE_NAMES[key]), key)
        self.log_minutes = QSpinBox()
        self.log_minutes.setRange(1, 600)
        self.log_minutes.setValue(10)
        self.log_minutes.setSuffix(tr(" min"))
        self.log_minutes.setAccessibleName(tr("Minutes practised"))
        self.log_button = button(tr("Add to log"))
        row.addWidget(self.log_date)
        row.addWidget(self.log_kind, 1)
        row.addWidget(self.log_minutes)
        row.addWidget(self.log_button)
        lay.addLayout(row)
        self.week_total = label("", about=tr("This week's total"))
        self.week_total.setProperty("role", "total")
        lay.addWidget(self.week_total)
        self.bars = WeeklyBars()
        lay.addWidget(self.bars)
        self.recent = one_tab_stop(QListWidget())
        self.recent.setAccessibleName(tr("Recent practice"))
        self.recent.setMinimumHeight(150)
        lay.addWidget(self.recent)
        self.log_state = label("", "muted", about=tr("Practice log state"))
        lay.addWidget(self.log_state)
        b.addWidget(box)

        self.back.clicked.connect(self._back)
        self.breathing_button.clicked.connect(self.breathing_requested)
        self.log_button.clicked.connect(self.add_log)

    # -- lifecycle -------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        self.db = db

    def open(self) -> None:
        if self.db is None:
            return
        self.decentering.attach(self.db)
        self.body_scan.attach(self.db)
        self.refresh()

    def clear(self) -> None:
        self.decentering.clear()
        self.body_scan.clear()
        self.db = None
        self.recent.clear()
        self.bars.set_weeks([])
        self.week_total.clear()
        self.log_state.clear()

    def flush_draft(self) -> bool:
        return self.decentering.draft.flush() and self.body_scan.draft.flush()

    def _back(self) -> None:
        self.flush_draft()
        self.back_requested.emit()

    # -- the log ---------------------------------------------------------------------
    def refresh(self) -> None:
        if self.db is None:
            return
        today = self.clock().date()
        weeks = after_session.weekly_totals(self.db, today, WEEKS_SHOWN)
        self.bars.set_weeks(weeks)
        this_week = weeks[-1][1] if weeks else 0
        self.week_total.setText(tr("This week: %n minutes", "", int(this_week)))
        self.recent.clear()
        for p in after_session.recent_practice(self.db, 30):
            day = fmt_weekday(to_local(p.at_utc, p.tz_offset_min).date())
            name = translated(after_session.PRACTICE_NAMES.get(p.practice, p.practice))
            text = arg(tr("%1 · %2 · %3 min"), day, name, p.minutes)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.recent.addItem(item)

    def add_log(self) -> Practice | None:
        if self.db is None:
            return None
        day = self.log_date.date().toPython()
        now = self.clock()
        at = now if day == now.date() else datetime.combine(day, time(12), now.tzinfo or UTC)  # type: ignore[arg-type]
        try:
            row = after_session.log_practice(
                self.db, str(self.log_kind.currentData()), self.log_minutes.value(), at=at
            )
        except StorageError as exc:
            fit.show_message(self.log_state, arg(tr("Not saved: %1"), error_text(exc)))
            return None
        fit.show_message(self.log_state, tr("Added."))
        self.changed.emit(Practice.TABLE)
        self.refresh()
        return row
