"""The quick check-in (under ten seconds) and the history of check-ins.

Mouse: one click per scale, then "Save". Keyboard: a digit per scale (Enter or Tab
moves on), Ctrl+Enter saves. Only mood is needed; the rest is optional.
"""

from __future__ import annotations

import itertools
import logging
from datetime import UTC
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kapjournal.context import Clock, local_now
from kapjournal.i18n import QT_TR_NOOP, arg, error_text, tr, translated
from kapjournal.measures import checkins
from kapjournal.measures.checkins import CheckinCatalogue, CheckinInvalid, ExtraItem
from kapjournal.prefs import CHECKINS_CUSTOM_ITEMS, journal_value
from kapjournal.storage import queries, repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Checkin, Session, local_offset_min, to_local
from kapjournal.ui.common import fit
from kapjournal.ui.common.drafts import DraftKeeper
from kapjournal.ui.common.formatting import local_when
from kapjournal.ui.common.keys import next_stop, save_and_continue
from kapjournal.ui.common.widgets import Banner, Page, buddy, button, label, plain_tip
from kapjournal.ui.measures.widgets import (
    TEXT_ROLES,
    FlowLayout,
    HistoryTableModel,
    ScaleRow,
    chip,
    history_view,
)

logger = logging.getLogger(__name__)
DRAFT_KEY = "checkin:new"
UNITS = {"days": QT_TR_NOOP("days"), "minutes": QT_TR_NOOP("minutes"), "times": QT_TR_NOOP("times")}


def phase_text(p: checkins.Phase) -> str:
    return p.text()


class ExtraInput(QWidget):
    """One extra item: a 0–10 scale row, or a number box for other ranges."""

    changed = Signal()

    def __init__(self, item: ExtraItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        name = item.label
        question = item.question or name
        self.row: ScaleRow | None = None
        self.box: QSpinBox | QDoubleSpinBox | None = None
        if item.integer and item.min == 0 and item.max == 10:
            self.row = ScaleRow(name, question, 0, 10, [(0, "0"), (10, "10")])
            self.row.changed.connect(self.changed)
            lay.addWidget(self.row)
        else:
            lay.addWidget(label(question, "heading"))
            box: QSpinBox | QDoubleSpinBox
            if item.integer:
                box = QSpinBox()
                box.setRange(int(item.min) - 1, int(item.max))
            else:
                box = QDoubleSpinBox()
                box.setDecimals(1)
                box.setRange(item.min - 1, item.max)
            box.setSpecialValueText(tr("Not answered"))
            box.setValue(box.minimum())
            if item.unit:
                box.setSuffix(" " + translated(UNITS.get(item.unit, item.unit)))
            box.setAccessibleName(name)
            inner = box.findChild(QLineEdit)
            if inner is not None:
                inner.setAccessibleName(name)
            box.setMinimumHeight(40)
            box.setMaximumWidth(260)
            box.valueChanged.connect(lambda *_: self.changed.emit())
            self.box = box
            lay.addWidget(box)

    def value(self) -> float | None:
        if self.row is not None:
            v = self.row.value()
            return None if v is None else v
        assert self.box is not None
        if self.box.value() == self.box.minimum():
            return None
        v = self.box.value()
        return int(v) if self.item.integer else float(v)

    def set_value(self, value: Any) -> None:
        if not isinstance(value, int | float) or isinstance(value, bool):
            value = None
        if self.row is not None:
            self.row.set_value(int(value) if value is not None else None)
        elif self.box is not None:
            self.box.setValue(self.box.minimum() if value is None else value)

    def focus_widget(self) -> QWidget:
        return self.row if self.row is not None else self.box  # type: ignore[return-value]


class CheckinForm(Page):
    """The check-in. ``saved(checkin)`` after a save; the host decides what follows."""

    saved = Signal(object)

    def __init__(
        self,
        catalogue: CheckinCatalogue | None = None,
        parent: QWidget | None = None,
        clock: Clock = local_now,
    ) -> None:
        super().__init__(parent, width=760)
        self.clock = clock  # the context's clock (kapjournal.context)
        self.catalogue = catalogue or checkins.shipped_checkin_items()
        self.db: Database | None = None
        self._custom: list[ExtraItem] = []
        self._next: dict[int, QWidget] = {}
        self._loading = False
        self.draft = DraftKeeper("checkin", self._payload, self)
        b = self.body
        b.setContentsMargins(24, 20, 24, 24)
        head = QHBoxLayout()
        self.title = label(tr("How are you right now?"), "title")
        head.addWidget(self.title, 1)
        b.addLayout(head)
        self.phase = label("", "subtitle", about=tr("Place in your course"))
        b.addWidget(self.phase)
        self.recovered = Banner(tr("Your unfinished check-in is back."))
        self.recovered.hide()
        b.addWidget(self.recovered)

        self.scales: dict[str, ScaleRow] = {}
        for sid in checkins.CORE_FIELDS:
            sc = self.catalogue.scales[sid]
            row = ScaleRow(
                sc.label,
                sc.question,
                sc.min,
                sc.max,
                [(a.value, a.label) for a in sc.anchors],
            )
            row.changed.connect(self._edited)
            self.scales[sid] = row
            b.addWidget(row)
        self.extras_box = QVBoxLayout()
        self.extras_box.setSpacing(10)
        b.addLayout(self.extras_box)
        self.extra_inputs: list[ExtraInput] = []

        feelings_heading = label(tr("Any feeling words? (optional)"), "heading")
        b.addWidget(feelings_heading)
        self.chips_holder = QWidget()
        self.chips = FlowLayout(self.chips_holder)
        self.chip_buttons: dict[str, Any] = {}
        for word in self.catalogue.feelings:
            self._add_chip(word, word)
        b.addWidget(self.chips_holder)
        self.own_word = QLineEdit()
        self.own_word.setAccessibleName(tr("Add a feeling word of your own"))
        self.own_word.setPlaceholderText(tr("A word of your own, then Enter"))
        self.own_word.setMaxLength(checkins.MAX_FEELING_CHARS)
        self.own_word.setMaximumWidth(320)
        self.own_word.returnPressed.connect(self._add_own_word)
        buddy(feelings_heading, self.own_word)
        b.addWidget(self.own_word)

        self._add_note(b)

        row = QHBoxLayout()
        self.message = label("", "muted", about=tr("Check-in message"))
        row.addWidget(self.message, 1)
        self.save_button = button(tr("Save check-in"), "primary", tip=tr("Save (Ctrl+Enter)"))
        self.save_button.setMinimumWidth(180)
        row.addWidget(self.save_button)
        b.addLayout(row)
        b.addStretch(1)

        self.save_button.clicked.connect(self.save)
        save_and_continue(self, self.save)
        self._chain_focus()

    # -- building -----------------------------------------------------------------------
    def _add_note(self, b: QVBoxLayout) -> None:
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(tr("Note (optional)"))
        self.note.setPlaceholderText(tr("A note, if you like (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(84)
        self.note.textChanged.connect(self._edited)
        b.addWidget(buddy(label(tr("A note (optional)"), "heading"), self.note))
        b.addWidget(self.note)

    def _add_chip(self, word: str, shown: str) -> None:
        if word in self.chip_buttons:
            self.chip_buttons[word].setChecked(True)
            return
        c = chip(shown, arg(tr("Feeling: %1"), shown))
        c.toggled.connect(self._edited)
        self.chip_buttons[word] = c
        self.chips.add(c)

    def _add_own_word(self) -> None:
        word = self.own_word.text().strip()
        if not word:
            self.save_button.setFocus()
            return
        if len(self.selected_feelings()) >= checkins.MAX_FEELINGS:
            fit.show_message(self.message, arg(tr("Up to %1 feeling words."), checkins.MAX_FEELINGS))
            return
        self._add_chip(word, word)
        self.chip_buttons[word].setChecked(True)
        self.own_word.clear()

    def _chain_focus(self) -> None:
        rows: list[QWidget] = list(self.scales.values())
        rows += [e.focus_widget() for e in self.extra_inputs]
        self._next = {id(current): nxt for current, nxt in itertools.pairwise(rows)}
        for row in rows:
            if isinstance(row, ScaleRow) and not row.property("chained"):
                row.setProperty("chained", True)
                row.advance.connect(lambda r=row: self._advance(r))

    def _advance(self, row: QWidget) -> None:
        """Enter on a scale: the next scale, and after the last one the next control
        (the feeling words), scrolled into view like any focus (``follow_focus``)."""
        target = self._next.get(id(row)) or next_stop(row)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def set_extras(self, items: list[ExtraItem]) -> None:
        values = {e.item.id: e.value() for e in self.extra_inputs}
        for e in self.extra_inputs:
            e.hide()
            e.deleteLater()
        self.extra_inputs = []
        for item in items:
            e = ExtraInput(item)
            e.set_value(values.get(item.id))
            e.changed.connect(self._edited)
            self.extras_box.addWidget(e)
            self.extra_inputs.append(e)
        self._chain_focus()

    # -- state --------------------------------------------------------------------------
    def selected_feelings(self) -> list[str]:
        return [w for w, c in self.chip_buttons.items() if c.isChecked()]

    def values(self) -> dict[str, Any]:
        return {sid: row.value() for sid, row in self.scales.items()}

    def _payload(self) -> dict[str, Any]:
        return {
            "values": self.values(),
            "extras": {e.item.id: e.value() for e in self.extra_inputs if e.value() is not None},
            "feelings": self.selected_feelings(),
            "note": self.note.toPlainText(),
        }

    def _edited(self) -> None:
        if self._loading:
            return
        self.message.clear()
        self.draft.touch()

    def reset(self) -> None:
        self._loading = True
        for row in self.scales.values():
            row.set_value(None)
        for e in self.extra_inputs:
            e.set_value(None)
        for word, c in list(self.chip_buttons.items()):
            c.setChecked(False)
            if word not in self.catalogue.feelings:
                self.chips.removeWidget(c)
                c.hide()
                c.deleteLater()
                del self.chip_buttons[word]
        self.note.clear()
        self.own_word.clear()
        self.recovered.hide()
        self._loading = False

    def _restore(self, payload: dict[str, Any]) -> None:
        self._loading = True
        values = payload.get("values", {})
        for sid, row in self.scales.items():
            v = values.get(sid) if isinstance(values, dict) else None
            row.set_value(v if isinstance(v, int) and not isinstance(v, bool) else None)
        extras = payload.get("extras", {})
        for e in self.extra_inputs:
            e.set_value(extras.get(e.item.id) if isinstance(extras, dict) else None)
        for stored in payload.get("feelings", []) or []:
            if isinstance(stored, str) and stored.strip():
                self._add_chip(word := self.catalogue.feeling(stored), word)  # saved in English?
                self.chip_buttons[word].setChecked(True)
        note = payload.get("note", "")
        self.note.setPlainText(note if isinstance(note, str) else "")
        self._loading = False
        self.recovered.show()

    # -- lifecycle ----------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        self.db = db
        self.draft.attach(db, DRAFT_KEY)
        self.reload_settings()
        payload = self.draft.load()
        if payload:
            self._restore(payload)
        self.refresh_phase()

    def reload_settings(self) -> None:
        if self.db is None or self.db.closed:
            return
        self._custom = checkins.custom_items_from_pref(
            journal_value(self.db, CHECKINS_CUSTOM_ITEMS)
        )
        self.set_extras(checkins.journal_extras(self.db, self.catalogue))

    def refresh_phase(self) -> None:
        if self.db is None or self.db.closed:
            self.phase.clear()
            return
        now = self.clock()
        p = checkins.phase(now, repo.select(self.db, Session))
        self.phase.setText(phase_text(p))

    def flush_draft(self) -> None:
        self.draft.flush()

    def clear(self) -> None:
        self.draft.detach()
        self.db = None
        self.reset()
        self.set_extras([])
        self.phase.clear()
        self.message.clear()

    def focus_first(self) -> None:
        self.scales["mood"].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving -------------------------------------------------------------------------
    def build(self) -> Checkin:
        """The check-in as entered; raises :class:`CheckinInvalid` when it cannot be kept."""
        values = self.values()
        if values["mood"] is None:
            raise CheckinInvalid(QT_TR_NOOP("A check-in needs a mood rating."))
        now = self.clock().astimezone(UTC).replace(microsecond=0)
        c = Checkin(
            mood=values["mood"],
            anxiety=values["anxiety"],
            energy=values["energy"],
            sleep=values["sleep"],
            feelings=self.selected_feelings(),
            extras={e.item.id: v for e in self.extra_inputs if (v := e.value()) is not None},
            note=self.note.toPlainText().strip(),
            at_utc=now,
            tz_offset_min=local_offset_min(now),
        )
        checkins.validate_checkin(c, self.catalogue, self._custom)
        return c

    def save(self) -> Checkin | None:
        if self.db is None or self.db.closed:
            return None
        try:
            c = self.build()
            if self.db is not None:
                sessions = repo.select(self.db, Session)
                p = checkins.phase_for_checkin(c, sessions)
                c.session_id = p.session_id if p.kind in ("session_day", "day_after") else None
            repo.insert(self.db, c)
        except CheckinInvalid as exc:
            fit.show_message(self.message, error_text(exc))
            if self.values()["mood"] is None:
                self.scales["mood"].setFocus()
            return None
        except StorageError as exc:
            fit.show_message(self.message, arg(tr("Not saved: %1"), error_text(exc)))
            self.draft.flush()
            return None
        self.draft.discard()
        self.reset()
        self.saved.emit(c)  # what that changes on the page comes first, then "Saved." is shown
        fit.show_message(self.message, tr("Saved. Thank you for checking in."))
        return c


# -- history ------------------------------------------------------------------------------
class CheckinHistoryModel(HistoryTableModel):
    """Check-ins newest first, fetched in pages so years of them scroll smoothly."""

    COLUMNS = (
        QT_TR_NOOP("When"),
        QT_TR_NOOP("Place in course"),
        "Mood",  # its own message, below: a thought record's moods are feelings
        QT_TR_NOOP("Anxiety"),
        QT_TR_NOOP("Energy"),
        QT_TR_NOOP("Sleep"),
        QT_TR_NOOP("Feelings"),
        QT_TR_NOOP("Note"),
    )
    PAGE = 200

    def column_title(self, section: int) -> str:
        return tr("Mood", "the check-in rating") if section == 2 else super().column_title(section)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.rows: list[Checkin] = []
        self._sessions: list[Session] = []
        self._placed = checkins.placed_sessions([])
        self._total = 0

    def set_database(self, db: Database | None) -> None:
        self.beginResetModel()
        self.db = db
        self.rows = []
        self._sessions = repo.select(db, Session) if db is not None else []
        self._placed = checkins.placed_sessions(self._sessions)
        self._total = repo.count(db, Checkin) if db is not None else 0
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.db is not None and len(self.rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.db is None or self.db.closed:
            return
        more = queries.newest_first(self.db, Checkin, limit=self.PAGE, offset=len(self.rows))
        if not more:
            self._total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (*TEXT_ROLES, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col != 7:
            return None
        if col == 0:
            return local_when(c.at_utc, c.tz_offset_min)
        if col == 1:
            return phase_text(checkins.phase_among(to_local(c.at_utc, c.tz_offset_min), self._placed))
        if 2 <= col <= 5:
            v = getattr(c, checkins.CORE_FIELDS[col - 2])
            return "" if v is None else str(v)
        if col == 6:
            return ", ".join(map(checkins.shipped_checkin_items().feeling, c.feelings))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(c.note)
        return c.note.splitlines()[0] if c.note else ""


class CheckinHistory(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 24)
        lay.addWidget(label(tr("Your check-ins"), "title"))
        self.model = CheckinHistoryModel(self)
        self.view = history_view(self.model, tr("Check-ins, newest first"))
        lay.addWidget(self.view, 1)

    def on_unlocked(self, db: Database) -> None:
        self.model.set_database(db)

    def refresh(self) -> None:
        self.model.set_database(self.model.db)

    def clear(self) -> None:
        self.model.set_database(None)
