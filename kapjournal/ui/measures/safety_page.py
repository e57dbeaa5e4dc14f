"""The safety page: crisis lines, the emergency number, the care team's contact, the
patient's own steps, and the plain statement that the app alerts nobody.

A calm full page that never blocks and never scolds; "Back" returns to where the
patient was. It works without a journal (the unlock page): then it shows only the lines
and the emergency number. Phone numbers are selectable plain text. The country is chosen
right on the page ("Help for", applied at once: ``country_chosen``); with no crisis line
for it, the page says how to find the nearest one.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kapjournal.i18n import arg, error_text, tr
from kapjournal.measures import safety
from kapjournal.prefs import SAFETY_PLAN, Preferences, journal_value, set_journal_value
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.ui.common.cards import card
from kapjournal.ui.common.keys import tab_in_layout_order
from kapjournal.ui.common.widgets import Page, announce, button, label
from kapjournal.ui.measures.widgets import selectable

logger = logging.getLogger(__name__)

CTX = "safety"
MAX_STEPS = 20
MAX_STEP_CHARS = 300


def country_box(name: str) -> QComboBox:
    """Every country of the crisis-line file by name, then "Other country"
    (:data:`~kapjournal.measures.safety.OTHER_COUNTRY`); the item data is the ISO code."""
    box = QComboBox()
    box.setAccessibleName(name)
    box.setMaxVisibleItems(12)  # a calm list that scrolls, not a wall of names
    cat = safety.shipped_crisis_lines()
    for code, country_name in sorted(cat.choices(), key=lambda kv: kv[1]):
        box.addItem(country_name, code)
    box.addItem(cat.fallback.name, safety.OTHER_COUNTRY)
    return box


def select_country(box: QComboBox, code: str | None) -> None:
    """Show ``code`` in ``box`` (an unknown or unset one as "Other country"), silently."""
    index = box.findData(safety.normal_code(code) or safety.OTHER_COUNTRY)
    was = box.blockSignals(True)
    box.setCurrentIndex(index if index >= 0 else box.count() - 1)
    box.blockSignals(was)


def _how_text(how: tuple[str, ...]) -> str:
    if set(how) == {"call", "text"}:
        return tr("Call or text")
    if "text" in how:
        return tr("Text")
    return tr("Call")


class SafetyPage(Page):
    """Fill with :meth:`show_info`; ``back_requested`` asks the window to go back."""

    back_requested = Signal()
    settings_requested = Signal()
    steps_saved = Signal()
    country_chosen = Signal(str)  #: an ISO code, or OTHER_COUNTRY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=680)
        self.db: Database | None = None
        self.info: safety.SafetyInfo | None = None
        top = QHBoxLayout()
        self.back_top = button(tr("← Back"), "link", name=tr("Back"), tip=tr("Back to where you were (Esc)"))
        top.addWidget(self.back_top)
        top.addStretch(1)
        self.body.addLayout(top)
        self.heading = label("", "title")
        self.body.addWidget(self.heading)
        self.intro = label("", "subtitle")
        self.body.addWidget(self.intro)
        self.body.addLayout(self._country_row())
        self.content = QVBoxLayout()
        self.content.setSpacing(14)
        self.body.addLayout(self.content)
        self.statement = label("", "muted", about=tr("About this app"))
        self.body.addWidget(self.statement)
        self.back_bottom = button(tr("Back"), "primary", tip=tr("Back to where you were (Esc)"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_bottom)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.back_top.clicked.connect(self.back_requested)
        self.back_bottom.clicked.connect(self.back_requested)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.back_requested.emit)
        self.numbers: list[str] = []  # what is on screen (for tests and checks)
        self.steps_edit: QPlainTextEdit | None = None

    def _country_row(self) -> QHBoxLayout:
        """ "Help for: [country]": change the country right here, applied at once."""
        row = QHBoxLayout()
        self.country_label = QLabel(tr("Help for"))
        self.country = country_box(tr("Change country"))
        self.country.setToolTip(tr("Change country: crisis lines and emergency numbers for it"))
        self.country_label.setBuddy(self.country)
        self.country.setMinimumHeight(36)
        self.change_country = button(tr("Change country"), "link", tip=tr("Choose another country"))
        row.addWidget(self.country_label)
        row.addWidget(self.country)
        row.addWidget(self.change_country)
        row.addStretch(1)
        self.country.activated.connect(self._country_activated)
        self.change_country.clicked.connect(self._open_countries)
        return row

    def _open_countries(self) -> None:
        self.country.setFocus()
        self.country.showPopup()

    def _country_activated(self, _index: int) -> None:
        self.country_chosen.emit(str(self.country.currentData() or safety.OTHER_COUNTRY))

    # -- content --------------------------------------------------------------------------
    def show_info(self, info: safety.SafetyInfo, db: Database | None) -> None:
        """Show ``info``; ``db`` (or ``None`` when locked) lets the patient edit steps."""
        self.info = info
        self.db = db if db is not None and not db.closed else None
        texts = info.texts
        self.heading.setText(texts.heading)
        self.intro.setText(texts.intro)
        self.statement.setText(texts.statement)
        self._clear_content()
        self.numbers = []
        select_country(self.country, info.country.code)

        self._add_crisis_lines(info)
        self._add_emergency(info)
        self._add_care_team(info)
        self._add_own_steps(info)
        for i in range(self.content.count()):  # at once, also when shown again in place
            card_widget = self.content.itemAt(i).widget()
            if card_widget is not None:
                card_widget.show()
        tab_in_layout_order(self)  # the lines were just added: Tab reads down the page
        if not self.country.hasFocus():  # a country just chosen keeps the focus there
            self.back_bottom.setFocus()

    def _add_crisis_lines(self, info: safety.SafetyInfo) -> None:
        """Crisis lines for the chosen country."""
        if info.lines:
            frame, lay = card()
            lay.addWidget(label(tr("Talk to someone now"), "heading"))
            for line in info.lines:
                row = QHBoxLayout()
                col = QVBoxLayout()
                col.addWidget(label(line.name))
                col.addWidget(label(_how_text(line.how), "muted"))
                row.addLayout(col, 1)
                row.addWidget(selectable(line.number, "number", name=f"{line.name} {line.number}"))
                lay.addLayout(row)
                self.numbers.append(line.number)
            self.content.addWidget(frame)

    def _add_emergency(self, info: safety.SafetyInfo) -> None:
        """The emergency number (and the ambulance or police where the file has them);
        with no crisis line for the country, how to find the nearest one."""
        texts = info.texts
        country = info.country
        frame, lay = card()
        template = texts.emergency_text
        number = country.emergency_label
        lay.addWidget(label(template.format(number=number), "heading"))
        if country.emergency or country.services:
            row = QHBoxLayout()
            for n in country.emergency:
                row.addWidget(selectable(n, "number", name=arg(tr("Emergency number %1"), n)))
                self.numbers.append(n)
            for service in country.services:
                name = service.name
                row.addSpacing(16)
                row.addWidget(label(name, "muted", wrap=False))
                row.addWidget(selectable(service.number, "number", name=f"{name} {service.number}"))
                self.numbers.append(service.number)
            row.addStretch(1)
            lay.addLayout(row)
        if not country.has_lines:
            lay.addWidget(label(texts.find_line_text))
        self.content.addWidget(frame)

    def _add_care_team(self, info: safety.SafetyInfo) -> None:
        """The care team (journal data: only when unlocked)."""
        texts = info.texts
        care = info.care
        if care is not None and self.db is not None:
            frame, lay = card()
            lay.addWidget(label(texts.care_team_text, "heading"))
            who = " · ".join(p for p in (care.name, care.clinic) if p)
            if who:
                lay.addWidget(label(who))
            if care.phone:
                lay.addWidget(
                    selectable(care.phone, "number", name=arg(tr("Care team phone %1"), care.phone))
                )
                self.numbers.append(care.phone)
            if care.email:
                lay.addWidget(selectable(care.email, name=tr("Care team email")))
            self.content.addWidget(frame)

    def _add_own_steps(self, info: safety.SafetyInfo) -> None:
        """The patient's own steps (only when unlocked: they can be edited)."""
        texts = info.texts
        if self.db is not None:
            frame, lay = card()
            lay.addWidget(label(texts.coping_text, "heading"))
            if info.coping_steps:
                for n, step in enumerate(info.coping_steps, start=1):
                    lay.addWidget(label(f"{n}. {step}"))
            else:
                lay.addWidget(
                    label(tr("You can write down a few steps that help you, for a hard moment."), "muted")
                )
            self.steps_edit = QPlainTextEdit()
            self.steps_edit.setAccessibleName(tr("My steps, one per line"))
            self.steps_edit.setPlaceholderText(
                tr("One step per line, e.g. “Go for a short walk” or “Call Sam”.")
            )
            self.steps_edit.setTabChangesFocus(True)
            self.steps_edit.setMaximumHeight(130)
            self.steps_edit.setPlainText("\n".join(info.coping_steps))
            self.steps_edit.hide()
            self.edit_steps = button(tr("Write my steps") if not info.coping_steps else tr("Change my steps"))
            self.save_steps = button(tr("Save my steps"), "primary")
            self.save_steps.hide()
            self.steps_message = label("", "muted", about=tr("Steps saved"))
            lay.addWidget(self.steps_edit)
            row = QHBoxLayout()
            row.addWidget(self.steps_message, 1)
            row.addWidget(self.edit_steps)
            row.addWidget(self.save_steps)
            lay.addLayout(row)
            self.edit_steps.clicked.connect(self._start_edit)
            self.save_steps.clicked.connect(self._save_steps)
            self.content.addWidget(frame)

    def _clear_content(self) -> None:
        self.steps_edit = None
        while self.content.count():
            item = self.content.takeAt(0)
            w = item.widget()
            if w is not None:
                w.hide()
                w.deleteLater()

    def _start_edit(self) -> None:
        if self.steps_edit is None:
            return
        self.steps_edit.show()
        self.save_steps.show()
        self.edit_steps.hide()
        self.steps_edit.setFocus()

    def _save_steps(self) -> None:
        if self.steps_edit is None or self.db is None:
            return
        steps = steps_from_text(self.steps_edit.toPlainText())
        try:
            set_journal_value(self.db, SAFETY_PLAN, steps)
        except StorageError as exc:
            announce(self.steps_message, arg(tr("Not saved: %1"), error_text(exc)))
            return
        self.steps_saved.emit()

    def clear(self) -> None:
        """Drop journal data (care contact, steps) from the screen."""
        self._clear_content()
        self.db = None
        self.info = None
        self.numbers = []


def steps_from_text(text: str) -> list[str]:
    """One step per non-empty line, trimmed, at most :data:`MAX_STEPS` lines."""
    lines = [ln.strip()[:MAX_STEP_CHARS] for ln in text.splitlines()]
    return [ln for ln in lines if ln][:MAX_STEPS]


class SafetySettings(QGroupBox):
    """Settings section: the country for crisis lines (device pref, readable when
    locked) and the patient's own steps (journal pref ``safety/plan``)."""

    changed = Signal()

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(tr("Help in a hard moment"), parent)
        self.prefs = prefs
        self.db: Database | None = None
        lay = QVBoxLayout(self)
        lay.addWidget(
            label(
                tr(
                    "Choose your country so “Need help now?” shows crisis lines near you. "
                    "This choice is kept on this computer, outside the journal, "
                    "so it also works when the journal is locked."
                ),
                "muted",
            )
        )
        self.country = country_box(tr("Country for crisis lines"))
        lay.addWidget(self.country)
        lay.addWidget(label(tr("Steps that help me (one per line)"), "heading"))
        self.steps = QPlainTextEdit()
        self.steps.setAccessibleName(tr("Steps that help me, one per line"))
        self.steps.setTabChangesFocus(True)
        self.steps.setMaximumHeight(120)
        self.steps.setPlaceholderText(tr("One step per line, e.g. “Go for a short walk” or “Call Sam”."))
        lay.addWidget(self.steps)
        row = QHBoxLayout()
        self.message = label("", "muted", about=tr("Steps saved"))
        self.save = button(tr("Save my steps"))
        row.addWidget(self.message, 1)
        row.addWidget(self.save)
        lay.addLayout(row)
        self.country.currentIndexChanged.connect(self._country_changed)
        self.save.clicked.connect(self._save_steps)
        self._loading = False
        self.load_country()

    def load_country(self) -> None:
        self._loading = True
        select_country(self.country, safety.chosen_country(self.prefs))
        self._loading = False

    def _country_changed(self) -> None:
        if self._loading:
            return
        safety.choose_country(self.prefs, str(self.country.currentData() or ""))
        self.changed.emit()

    def load(self, db: Database) -> None:
        self.db = db
        self.load_country()
        steps = safety.coping_steps_from(journal_value(db, SAFETY_PLAN))
        self.steps.setPlainText("\n".join(steps))
        self.message.clear()

    def clear(self) -> None:
        self.db = None
        self.steps.clear()
        self.message.clear()

    def _save_steps(self) -> None:
        if self.db is None or self.db.closed:
            return
        try:
            set_journal_value(self.db, SAFETY_PLAN, steps_from_text(self.steps.toPlainText()))
        except StorageError as exc:
            announce(self.message, arg(tr("Not saved: %1"), error_text(exc)))
            return
        announce(self.message, tr("Saved."))
        self.changed.emit()
