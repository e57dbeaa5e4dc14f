"""PHQ-9, GAD-7 (PCL-5, AUDIT-C when switched on): the exact items as large answer rows,
all on one page or one at a time (the patient's choice, remembered), total and band with
"a snapshot to discuss with your care team", a half-done form kept as an encrypted draft,
and history with every item answer."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kapjournal import i18n
from kapjournal.context import Clock, local_now
from kapjournal.i18n import arg, error_text, tr
from kapjournal.measures import instruments
from kapjournal.measures.instruments import Instrument, InvalidAnswers
from kapjournal.prefs import QUESTIONNAIRES_ONE_AT_A_TIME, journal_value, set_journal_value
from kapjournal.storage import queries, repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Questionnaire, Session
from kapjournal.ui.common import fit
from kapjournal.ui.common.cards import card
from kapjournal.ui.common.drafts import DraftKeeper
from kapjournal.ui.common.formatting import local_when
from kapjournal.ui.common.keys import save_and_continue
from kapjournal.ui.common.widgets import Banner, Page, announce, button, label
from kapjournal.ui.feature import LazyWidgets
from kapjournal.ui.measures.answer_row import AnswerRow
from kapjournal.ui.measures.questionnaire_history import QuestionnaireHistoryModel
from kapjournal.ui.measures.widgets import history_view

logger = logging.getLogger(__name__)

CTX = "instruments"
DRAFT_PREFIX = "questionnaire:"


class QuestionnaireForm(Page):
    """One instrument. ``safety_needed`` fires the moment a safety item (PHQ-9 item 9)
    is answered above 0; ``saved(questionnaire)`` after a complete one is kept;
    ``finished`` when the patient leaves the form."""

    safety_needed = Signal()
    saved = Signal(object)
    finished = Signal()

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=900)
        self.inst = instrument
        self.db: Database | None = None
        self.answers: list[int | None] = [None] * len(instrument.items)
        self.difficulty: int | None = None
        self.one_at_a_time = False
        self.current = 0
        self._loading = False
        self.draft = DraftKeeper("questionnaire", self._payload, self)
        b = self.body
        b.setContentsMargins(24, 20, 24, 24)
        head = QHBoxLayout()
        self.back_to_list = button(tr("← All questionnaires"), "link", name=tr("Back to all questionnaires"))
        head.addWidget(self.back_to_list)
        head.addStretch(1)
        self.layout_toggle = QCheckBox(tr("One question at a time"))
        self.layout_toggle.setAccessibleName(tr("One question at a time"))
        head.addWidget(self.layout_toggle)
        b.addLayout(head)
        b.addWidget(label(f"{instrument.title} · {instrument.full_title}", "title"))
        self.stem = label(instrument.stem, "subtitle")
        b.addWidget(self.stem)
        self.recovered = Banner(
            tr("Your unfinished answers are back. Nothing is scored until every question is answered.")
        )
        self.recovered.hide()
        b.addWidget(self.recovered)

        self._add_items(b)

        nav = QHBoxLayout()
        self.prev_button = button(tr("Back"), tip=tr("The previous question"))
        self.progress = label("", "muted", about=tr("Progress"))
        self.next_button = button(tr("Next"), tip=tr("The next question"))
        nav.addWidget(self.prev_button)
        nav.addWidget(self.progress, 1)
        nav.addWidget(self.next_button)
        b.addLayout(nav)

        self.result_frame, rl = card()
        self.result_total = label("", "heading", about=tr("Result"))
        self.result_note = label(instrument.result_note, "muted")
        rl.addWidget(self.result_total)
        rl.addWidget(self.result_note)
        self.result_frame.hide()
        b.addWidget(self.result_frame)

        row = QHBoxLayout()
        self.message = label("", "muted", about=tr("Questionnaire message"))
        row.addWidget(self.message, 1)
        self.save_button = button(tr("Save"), "primary", tip=tr("Save (Ctrl+Enter)"))
        self.done_button = button(tr("Done"), "primary")
        self.done_button.hide()
        row.addWidget(self.save_button)
        row.addWidget(self.done_button)
        b.addLayout(row)
        b.addWidget(label(f"{instrument.copyright}. {instrument.developed_by}", "muted"))
        if instruments.shown_in_english(instrument, i18n.language()):  # no licensed translation
            b.addWidget(label(tr("Shown in English: no translation could be shipped."), "muted"))
        b.addStretch(1)

        self.layout_toggle.toggled.connect(self._layout_changed)
        self.prev_button.clicked.connect(lambda: self.go_to(self.current - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current + 1))
        self.save_button.clicked.connect(self.save)
        self.done_button.clicked.connect(self._done)
        self.back_to_list.clicked.connect(self._leave)
        save_and_continue(self, self._save_and_continue)
        self._update()

    def _add_items(self, b: QVBoxLayout) -> None:
        """One answer row per item, then the optional difficulty question."""
        instrument = self.inst
        self.rows: list[AnswerRow] = []
        for i, item in enumerate(instrument.items):
            options = [(o.score, o.label) for o in instrument.item_options(i)]
            row = AnswerRow(i, item.number, item.text, options, instrument.title)
            row.answered.connect(self._answered)
            self.rows.append(row)
            b.addWidget(row)
        self.difficulty_row: AnswerRow | None = None
        if instrument.difficulty is not None:
            d = instrument.difficulty
            self.difficulty_row = AnswerRow(
                len(instrument.items),
                len(instrument.items) + 1,
                d.text + " " + tr("(optional)"),
                [(o.score, o.label) for o in d.options],
                instrument.title,
            )
            self.difficulty_row.text.setText(d.text + " " + tr("(optional)"))
            self.difficulty_row.answered.connect(self._difficulty_answered)
            b.addWidget(self.difficulty_row)

    # -- state --------------------------------------------------------------------------
    def _payload(self) -> dict[str, Any]:
        return {"answers": list(self.answers), "difficulty": self.difficulty}

    def result(self) -> instruments.Result:
        return instruments.score(self.inst, self.answers)

    def set_answer(self, index: int, value: int | None) -> None:
        """Answer item ``index`` (0-based) as if the patient clicked it."""
        self.rows[index].set_value(value)
        self._answered(index, value)

    def _answered(self, index: int, value: object) -> None:
        if self._loading:
            return
        before = self.answers[index]
        self.answers[index] = value if isinstance(value, int) else None
        self.message.clear()
        self.recovered.hide()
        self.draft.touch()
        self._update()
        flagged_now = instruments.safety_items_flagged(self.inst, self.answers)
        item = self.inst.items[index]
        if item.id in flagged_now and not (isinstance(before, int) and before > 0):
            self.draft.flush()
            self.safety_needed.emit()
            return
        if self.one_at_a_time and index == self.current:
            self.go_to(index + 1)

    def _difficulty_answered(self, _index: int, value: object) -> None:
        if self._loading:
            return
        self.difficulty = value if isinstance(value, int) else None
        self.draft.touch()

    def _update(self) -> None:
        res = self.result()
        if self.one_at_a_time:
            total = len(self.rows) + (1 if self.difficulty_row else 0)
            self.progress.setText(
                arg(tr("Question %1 of %2 · %3 answered"), self.current + 1, total, res.answered)
            )
        else:
            self.progress.setText(arg(tr("%1 of %2 answered"), res.answered, res.item_count))
        self.prev_button.setVisible(self.one_at_a_time)
        self.next_button.setVisible(self.one_at_a_time)
        if self.one_at_a_time:
            last = len(self.rows) - (0 if self.difficulty_row else 1)
            self.prev_button.setEnabled(self.current > 0)
            self.next_button.setEnabled(self.current < last)
        if res.complete and res.total is not None and res.band_label is not None:
            band = res.band_label
            result = arg(tr("Total %1 of %2: %3"), res.total, self.inst.max_total, band)
            if result != self.result_total.text():  # said once, when it appears or changes
                announce(self.result_total, result)
            self.result_frame.show()
        else:
            self.result_frame.hide()

    def _layout_changed(self, on: bool) -> None:
        self.one_at_a_time = on
        for row in self.rows:
            row.set_vertical(on)
        if self.difficulty_row is not None:
            self.difficulty_row.set_vertical(on)
        if not self._loading and self.db is not None and not self.db.closed:
            try:
                set_journal_value(self.db, QUESTIONNAIRES_ONE_AT_A_TIME, on)
            except StorageError:
                logger.info("layout choice not kept")
        first_open = next((i for i, a in enumerate(self.answers) if a is None), 0)
        self.go_to(first_open if on else self.current)

    def go_to(self, index: int) -> None:
        rows: list[AnswerRow] = list(self.rows) + ([self.difficulty_row] if self.difficulty_row else [])
        index = max(0, min(len(rows) - 1, index))
        self.current = index
        for i, row in enumerate(rows):
            row.setVisible(not self.one_at_a_time or i == index)
        self.stem.setVisible(True)
        self._update()
        if self.one_at_a_time:
            rows[index].focus_answer()

    # -- lifecycle ----------------------------------------------------------------------
    def attach(self, db: Database | None) -> None:
        self.db = db
        self.draft.attach(db, DRAFT_PREFIX + self.inst.id if db is not None else "")
        self._loading = True
        one = bool(journal_value(db, QUESTIONNAIRES_ONE_AT_A_TIME)) if db is not None else False
        self.layout_toggle.setChecked(one)
        self._layout_changed(one)
        self._loading = False
        self.reset()
        payload = self.draft.load()
        if payload:
            self._restore(payload)

    def has_draft(self) -> bool:
        return bool(self.draft.load())

    def _restore(self, payload: dict[str, Any]) -> None:
        raw = payload.get("answers", [])
        if not isinstance(raw, list) or len(raw) != len(self.rows):
            return
        clean = instruments.clean_answers(self.inst, raw)
        self._loading = True
        self.answers = clean
        for row, a in zip(self.rows, clean, strict=True):
            row.set_value(a)
        d = payload.get("difficulty")
        self.difficulty = d if isinstance(d, int) and not isinstance(d, bool) else None
        if self.difficulty_row is not None:
            self.difficulty_row.set_value(self.difficulty)
        self._loading = False
        self.recovered.setVisible(any(a is not None for a in clean))
        self._update()

    def reset(self) -> None:
        self._loading = True
        self.answers = [None] * len(self.rows)
        self.difficulty = None
        for row in self.rows:
            row.set_value(None)
        if self.difficulty_row is not None:
            self.difficulty_row.set_value(None)
        self._loading = False
        self.message.clear()
        self.recovered.hide()
        self.save_button.show()
        self.done_button.hide()
        for row in self.rows:
            row.setEnabled(True)
        self.go_to(0)

    def flush_draft(self) -> None:
        self.draft.flush()

    def clear(self) -> None:
        self.draft.detach()
        self.db = None
        self.reset()

    # -- saving -------------------------------------------------------------------------
    def save(self) -> Questionnaire | None:
        if self.db is None or self.db.closed or self.save_button.isHidden():
            return None
        res = self.result()
        if not res.complete:
            self.draft.flush()
            missing = [str(i + 1) for i, a in enumerate(self.answers) if a is None]
            open_ones = ", ".join(missing)
            fit.show_message(self.message, arg(tr("Kept as a draft. Questions still open: %1."), open_ones))
            return None
        try:
            rec = instruments.make_record(self.inst, self.answers, difficulty=self.difficulty)
            repo.insert(self.db, rec)
        except InvalidAnswers as exc:
            fit.show_message(self.message, error_text(exc))
            return None
        except StorageError as exc:
            self.draft.flush()
            fit.show_message(self.message, arg(tr("Not saved: %1"), error_text(exc)))
            return None
        self.draft.discard()
        fit.reveal(self.result_frame)  # "Total 8 of 27: …", then "Saved." beside Save
        fit.show_message(self.message, tr("Saved."))
        self.save_button.hide()
        self.done_button.show()
        self.done_button.setFocus()
        self.saved.emit(rec)
        return rec

    def _save_and_continue(self) -> None:
        """Ctrl+Enter: save; once saved, Done (back to the list)."""
        if self.done_button.isHidden():
            self.save()
        else:
            self._done()

    def _done(self) -> None:
        self.reset()
        self.finished.emit()

    def _leave(self) -> None:
        if not self.done_button.isHidden():
            self.reset()
        else:
            self.draft.flush()
        self.finished.emit()


class QuestionnairesPanel(QWidget):
    """The list of instruments (with what is due), the form, and the history."""

    safety_needed = Signal()
    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None, clock: Clock = local_now) -> None:
        super().__init__(parent)
        self.clock = clock  # the context's clock (kapjournal.context)
        self.db: Database | None = None
        self.insts = instruments.shipped_instruments()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        home = QWidget()
        hl = fit.scrolling_layout(home, (24, 20, 24, 24))  # the cards scroll on a short screen
        hl.setSpacing(12)
        hl.addWidget(label(tr("Questionnaires"), "title"))
        hl.addWidget(
            label(
                tr("Short standard questionnaires, a snapshot to discuss with your care team."),
                "subtitle",
            )
        )
        cards = self.card_grid = QGridLayout()  # two a row; the optional ones when switched on
        self.start_buttons: dict[str, Any] = {}
        self.due_labels: dict[str, Any] = {}
        self.last_labels: dict[str, Any] = {}
        self.cards: dict[str, QWidget] = {}
        for n, inst_id in enumerate(instruments.all_ids()):
            inst = self.insts[inst_id]
            frame, lay = card()
            self.cards[inst_id] = frame
            lay.addWidget(label(inst.title, "heading"))
            lay.addWidget(label(inst.full_title, "muted"))
            self.due_labels[inst_id] = label("", "ok", about=arg(tr("%1 suggested"), inst.title))
            self.last_labels[inst_id] = label("", "muted", about=arg(tr("%1 last taken"), inst.title))
            lay.addWidget(self.due_labels[inst_id])
            lay.addWidget(self.last_labels[inst_id])
            start = button(arg(tr("Start %1"), inst.title), "primary")
            start.clicked.connect(lambda _=False, i=inst_id: self.open_form(i))
            self.start_buttons[inst_id] = start
            lay.addWidget(start)
            cards.addWidget(frame, n // 2, n % 2)
        hl.addLayout(cards)
        hl.addWidget(label(tr("Earlier answers"), "heading"))
        self.history = QuestionnaireHistoryModel(self)
        self.view = history_view(self.history, tr("Earlier questionnaires, newest first"))
        hl.addWidget(self.view, 1)
        self.detail = label("", "muted", about=tr("Answers of the selected questionnaire"))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        hl.addWidget(self.detail)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.stack.addWidget(home)
        self.home = home
        self.forms = LazyWidgets(self._make_form)  # each built when first opened (issue 14: ~8 MiB)

    def _make_form(self, inst_id: str) -> QuestionnaireForm:
        form = QuestionnaireForm(self.insts[inst_id])
        form.safety_needed.connect(self.safety_needed)
        form.saved.connect(self._saved)
        form.finished.connect(self.show_home)
        self.stack.addWidget(form)
        if self.db is not None:
            form.attach(self.db)
        return form

    def _has_draft(self, inst_id: str) -> bool:  # as the form's has_draft, without building it
        draft = repo.load_draft(self.db, DRAFT_PREFIX + inst_id) if self.db is not None else None
        return draft is not None and bool(draft.payload)

    def open_form(self, inst_id: str) -> QuestionnaireForm:
        form = self.forms[inst_id]
        self.stack.setCurrentWidget(form)
        form.rows[0].focus_answer() if not form.one_at_a_time else form.go_to(form.current)
        return form

    def current_form(self) -> QuestionnaireForm | None:
        w = self.stack.currentWidget()
        return w if isinstance(w, QuestionnaireForm) else None

    def show_home(self) -> None:
        self.refresh()
        self.stack.setCurrentWidget(self.home)

    def _saved(self, q: Questionnaire) -> None:
        self.saved.emit(q)

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            self.detail.hide()  # an empty, focusable label would be a nameless stop
            return
        text = self.history.data(self.history.index(current.row(), 4), Qt.ItemDataRole.ToolTipRole)
        self.detail.setText(text or "")
        self.detail.setVisible(bool(text))

    def on_unlocked(self, db: Database) -> None:
        self.db = db
        for form in self.forms.values():
            form.attach(db)
        self.refresh()

    def refresh(self) -> None:
        db = self.db
        if db is None or db.closed:
            return
        history = queries.newest_first(db, Questionnaire)
        self.history.set_rows(history)
        today = self.clock().date()
        active = instruments.active_in(db)
        due = {
            d.instrument_id: d for d in instruments.due_on(today, repo.select(db, Session), history, active)
        }
        self._place_cards(active)
        for inst_id in instruments.all_ids():
            d = due.get(inst_id)
            self.due_labels[inst_id].setText(arg(tr("Suggested now: %1"), d.reason_text()) if d else "")
            self.due_labels[inst_id].setVisible(d is not None)
            last = next((q for q in history if q.instrument == inst_id), None)
            self.last_labels[inst_id].setText(
                arg(tr("Last taken %1"), local_when(last.at_utc, last.tz_offset_min, with_time=False))
                if last
                else tr("Not taken yet")
            )
            title = self.insts[inst_id].title
            self.start_buttons[inst_id].setText(
                arg(tr("Continue %1"), title) if self._has_draft(inst_id) else arg(tr("Start %1"), title)
            )
            self.start_buttons[inst_id].setAccessibleName(self.start_buttons[inst_id].text())

    def _place_cards(self, active: list[str]) -> None:
        """Only the active instruments' cards, two a row, in display order."""
        for inst_id, frame in self.cards.items():
            frame.setVisible(inst_id in active)
        for n, inst_id in enumerate(active):
            self.card_grid.addWidget(self.cards[inst_id], n // 2, n % 2)

    def flush_draft(self) -> None:
        for form in self.forms.values():
            form.flush_draft()

    def clear(self) -> None:
        self.db = None
        for form in self.forms.values():
            form.clear()
        self.history.set_rows([])
        self.detail.clear()
        self.stack.setCurrentWidget(self.home)
