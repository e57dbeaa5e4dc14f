"""Side effects after a session: what, how strong, how long, a blood-pressure reading
for "raised blood pressure". The only advice: tell your care team; a severe entry shows
"Please contact your care team" prominently, with their number when known."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kapjournal.context import Clock, local_now
from kapjournal.i18n import QT_TR_NOOP, arg, error_text, tr
from kapjournal.measures import safety, side_effects
from kapjournal.measures.instruments import course_sessions
from kapjournal.measures.side_effects import SideEffectInvalid
from kapjournal.storage import queries, repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Session, SideEffect
from kapjournal.ui.common import fit
from kapjournal.ui.common.formatting import local_when
from kapjournal.ui.common.keys import save_and_continue
from kapjournal.ui.common.widgets import Page, buddy, button, label
from kapjournal.ui.measures.widgets import TEXT_ROLES, HistoryTableModel, history_view, selectable

logger = logging.getLogger(__name__)

CTX = "side_effects"


def session_choices(sessions: list[Session], now: datetime, limit: int = 8) -> list[tuple[str, int]]:
    """Ketamine sessions up to ``now``, newest first, as (text, id)."""
    out: list[tuple[str, int, Any]] = []
    for group in course_sessions(sessions).values():
        for n, s in enumerate(group, start=1):
            if s.scheduled_at <= now and s.id is not None:
                day = local_when(s.scheduled_at, s.tz_offset_min, with_time=False)
                out.append((arg(tr("Session %1 · %2"), n, day), s.id, s.scheduled_at))
    out.sort(key=lambda t: t[2], reverse=True)
    return [(t, i) for t, i, _ in out[:limit]]


class SideEffectForm(Page):
    saved = Signal(object)

    def __init__(
        self,
        catalogue: side_effects.SideEffectCatalogue | None = None,
        parent: QWidget | None = None,
        clock: Clock = local_now,
    ) -> None:
        super().__init__(parent, width=760)
        self.clock = clock  # the context's clock (kapjournal.context)
        self.cat = catalogue or side_effects.shipped_side_effects()
        self.db: Database | None = None
        b = self.body
        b.setContentsMargins(24, 20, 24, 24)
        b.addWidget(label(tr("Side effects"), "title"))
        b.addWidget(
            label(tr("Noticed something after a session? Note it here for your care team."), "subtitle")
        )

        self.session = QComboBox()
        self.session.setAccessibleName(tr("Which session"))
        b.addWidget(buddy(label(tr("After which session?"), "heading"), self.session))
        b.addWidget(self.session)

        self._add_symptoms(b)

        self._add_blood_pressure(b)

        self._add_severity(b)

        duration_heading = label(tr("How long did it last?"), "heading")
        b.addWidget(duration_heading)
        self.duration = QComboBox()
        buddy(duration_heading, self.duration)
        self.duration.setAccessibleName(tr("How long it lasted"))
        self.duration.addItem(tr("Not sure"), None)
        for d in self.cat.durations:
            self.duration.addItem(d.label, d.minutes)
        self.duration.setMaximumWidth(320)
        b.addWidget(self.duration)

        self.note = QLineEdit()
        self.note.setAccessibleName(tr("Note (optional)"))
        self.note.setPlaceholderText(tr("A note, if you like (optional)"))
        b.addWidget(buddy(label(tr("A note (optional)"), "heading"), self.note))
        b.addWidget(self.note)

        row = QHBoxLayout()
        self.message = label("", "muted", about=tr("Side effect message"))
        row.addWidget(self.message, 1)
        self.save_button = button(tr("Save"), "primary")
        row.addWidget(self.save_button)
        b.addLayout(row)

        self.advice_frame = QFrame()
        self.advice_frame.setProperty("role", "card")
        al = QVBoxLayout(self.advice_frame)
        self.advice = label("", "heading", about=tr("Advice"))
        al.addWidget(self.advice)
        self.advice_phone = selectable("", "number", name=tr("Care team phone"))
        al.addWidget(self.advice_phone)
        self.advice_frame.hide()
        b.addWidget(self.advice_frame)

        b.addWidget(label(tr("Earlier side effects"), "heading"))
        self.history = SideEffectHistoryModel(self.cat, self)
        self.view = history_view(self.history, tr("Earlier side effects, newest first"), alternate=False)
        self.view.setMinimumHeight(200)
        b.addWidget(self.view)
        b.addStretch(1)

        self.symptoms.idToggled.connect(self._symptom_changed)
        self.save_button.clicked.connect(self.save)
        save_and_continue(self, self.save)

    def _add_symptoms(self, b: QVBoxLayout) -> None:
        """A chip for each symptom, and a line for one that needs describing."""
        b.addWidget(label(tr("What did you notice?"), "heading"))
        grid = fit.FlowLayout(spacing=8)  # the chips wrap as the width allows, never cut short
        self.symptoms = QButtonGroup(self)
        self.symptom_buttons: dict[str, QPushButton] = {}
        for i, (sid, sym) in enumerate(self.cat.symptoms.items()):
            btn = QPushButton(sym.label)
            btn.setProperty("role", "chip")
            btn.setCheckable(True)
            btn.setAccessibleName(sym.label)
            btn.setCursor(Qt.CursorShape.PointingHandCursor)
            self.symptoms.addButton(btn, i)
            self.symptom_buttons[sid] = btn
            grid.addWidget(btn)
        b.addLayout(grid)
        self.other_text = QLineEdit()
        self.other_text.setAccessibleName(tr("Describe it in a few words"))
        self.other_text.setPlaceholderText(tr("Describe it in a few words"))
        self.other_text.setMaxLength(side_effects.MAX_OTHER_TEXT_CHARS)
        self.other_text.hide()
        b.addWidget(self.other_text)

    def _add_blood_pressure(self, b: QVBoxLayout) -> None:
        """The blood-pressure reading, shown when that symptom is chosen."""
        self.bp_box = QFrame()
        bpl = QGridLayout(self.bp_box)
        bpl.setContentsMargins(0, 0, 0, 0)
        bpl.setHorizontalSpacing(10)
        bp = self.cat.blood_pressure
        self.systolic = QSpinBox()
        self.systolic.setRange(bp.systolic_min - 1, bp.systolic_max)
        self.systolic.setSpecialValueText(tr("—"))
        self.systolic.setValue(self.systolic.minimum())
        self.systolic.setAccessibleName(bp.systolic_label)
        self.diastolic = QSpinBox()
        self.diastolic.setRange(bp.diastolic_min - 1, bp.diastolic_max)
        self.diastolic.setSpecialValueText(tr("—"))
        self.diastolic.setValue(self.diastolic.minimum())
        self.diastolic.setAccessibleName(bp.diastolic_label)
        for box in (self.systolic, self.diastolic):
            box.setMinimumWidth(120)
            box.setSuffix(" " + bp.unit)
        bpl.addWidget(label(tr("Blood-pressure reading, if you have one"), "heading"), 0, 0, 1, 4)
        bpl.addWidget(label(bp.systolic_label, "muted", wrap=False), 1, 0)
        bpl.addWidget(self.systolic, 1, 1)
        bpl.addWidget(label(bp.diastolic_label, "muted", wrap=False), 2, 0)
        bpl.addWidget(self.diastolic, 2, 1)
        bpl.setColumnStretch(3, 1)
        self.bp_box.hide()
        b.addWidget(self.bp_box)

    def _add_severity(self, b: QVBoxLayout) -> None:
        """One chip per severity."""
        b.addWidget(label(tr("How strong?"), "heading"))
        sev_row = QHBoxLayout()
        self.severity = QButtonGroup(self)
        self.severity_buttons: dict[int, QPushButton] = {}
        for sev in self.cat.severities:
            btn = QPushButton(sev.label.capitalize())
            btn.setProperty("role", "chip")
            btn.setCheckable(True)
            btn.setMinimumWidth(120)
            btn.setAccessibleName(arg(tr("Severity: %1"), sev.label))
            self.severity.addButton(btn, sev.value)
            self.severity_buttons[sev.value] = btn
            sev_row.addWidget(btn)
        sev_row.addStretch(1)
        b.addLayout(sev_row)

    def _symptom_id(self) -> str | None:
        return next((sid for sid, btn in self.symptom_buttons.items() if btn.isChecked()), None)

    def _symptom_changed(self, *_: Any) -> None:
        sid = self._symptom_id()
        sym = self.cat.symptoms.get(sid or "")
        self.bp_box.setVisible(bool(sym and sym.reading))
        self.other_text.setVisible(bool(sym and sym.needs_text))

    def choose(self, symptom: str, severity: int) -> None:
        self.symptom_buttons[symptom].setChecked(True)
        self.severity_buttons[severity].setChecked(True)

    def save(self) -> SideEffect | None:
        if self.db is None or self.db.closed:
            return None
        sid = self._symptom_id()
        if sid is None:
            fit.show_message(self.message, tr("Please choose what you noticed."))
            return None
        sev = self.severity.checkedId()
        if sev < 0:
            fit.show_message(self.message, tr("Please choose how strong it was."))
            return None
        bp = None
        if self.bp_box.isVisible() or self.cat.symptoms[sid].reading:
            s, d = self.systolic.value(), self.diastolic.value()
            s_set, d_set = s != self.systolic.minimum(), d != self.diastolic.minimum()
            if s_set or d_set:
                if not (s_set and d_set):
                    fit.show_message(
                        self.message, tr("Please enter both blood-pressure numbers, or neither.")
                    )
                    return None
                bp = (s, d)
        session_id = self.session.currentData()
        try:
            se = side_effects.make_side_effect(
                sid,
                sev,
                duration_min=self.duration.currentData(),
                bp=bp,
                other_text=self.other_text.text() if self.cat.symptoms[sid].needs_text else "",
                note=self.note.text().strip(),
                session_id=session_id if isinstance(session_id, int) else None,
                catalogue=self.cat,
            )
            repo.insert(self.db, se)
        except SideEffectInvalid as exc:
            fit.show_message(self.message, error_text(exc))
            return None
        except StorageError as exc:
            fit.show_message(self.message, arg(tr("Not saved: %1"), error_text(exc)))
            return None
        self._show_advice(sev)
        fit.show_message(self.message, tr("Saved."))
        self._reset_inputs()
        self.refresh()
        self.saved.emit(se)
        return se

    def _show_advice(self, severity: int) -> None:
        care = safety.care_contact(self.db) if self.db is not None else None
        adv = side_effects.advice_for(severity, care, self.cat)
        if adv.urgent:
            self.advice.setText(self.cat.severe_advice)
            self.advice_phone.setText(adv.phone)
            self.advice_phone.setVisible(bool(adv.phone))
            self.advice_frame.setProperty("role", "urgent")
        else:
            self.advice.setText(adv.text)
            self.advice_phone.hide()
            self.advice_frame.setProperty("role", "card")
        self.advice_frame.style().unpolish(self.advice_frame)
        self.advice_frame.style().polish(self.advice_frame)
        self.advice_frame.show()

    def _reset_inputs(self) -> None:
        for group in (self.symptoms, self.severity):
            group.setExclusive(False)
            for btn in group.buttons():
                btn.setChecked(False)
            group.setExclusive(True)
        self.systolic.setValue(self.systolic.minimum())
        self.diastolic.setValue(self.diastolic.minimum())
        self.other_text.clear()
        self.note.clear()
        self.duration.setCurrentIndex(0)
        self._symptom_changed()

    def on_unlocked(self, db: Database) -> None:
        self.db = db
        self.refresh()

    def refresh(self) -> None:
        if self.db is None or self.db.closed:
            return
        current = self.session.currentData()
        self.session.clear()
        for text, sid in session_choices(repo.select(self.db, Session), self.clock()):
            self.session.addItem(text, sid)
        self.session.addItem(tr("Not linked to a session"), None)
        index = self.session.findData(current) if current is not None else 0
        self.session.setCurrentIndex(max(0, index))
        self.history.set_rows(queries.newest_first(self.db, SideEffect, limit=500))

    def clear(self) -> None:
        self.db = None
        self._reset_inputs()
        self.session.clear()
        self.history.set_rows([])
        self.advice_frame.hide()
        self.message.clear()


class SideEffectHistoryModel(HistoryTableModel):
    COLUMNS = (
        QT_TR_NOOP("When"),
        QT_TR_NOOP("What"),
        QT_TR_NOOP("Severity"),
        QT_TR_NOOP("How long"),
        QT_TR_NOOP("Reading"),
        QT_TR_NOOP("Note"),
    )
    rows: list[SideEffect]

    def __init__(self, cat: side_effects.SideEffectCatalogue, parent: Any = None) -> None:
        super().__init__(parent)
        self.cat = cat

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in TEXT_ROLES:
            return None
        se = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return local_when(se.at_utc, se.tz_offset_min)
        if col == 1:
            sym = self.cat.symptoms.get(se.symptom)
            name = sym.label if sym else se.symptom
            return f"{name}: {se.other_text}" if se.other_text else name
        if col == 2:
            try:
                return self.cat.severity_label(se.severity)
            except StopIteration:
                return str(se.severity)
        if col == 3:
            opt = self.cat.duration_option_for(se.duration_min)
            return opt.label if opt else ""
        if col == 4:
            if se.bp_systolic and se.bp_diastolic:
                return f"{se.bp_systolic}/{se.bp_diastolic} {self.cat.blood_pressure.unit}"
            return ""
        return se.note
