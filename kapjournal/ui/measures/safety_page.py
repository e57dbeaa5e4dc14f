"""The safety page: the patient's safety plan, crisis lines, the emergency number, the
care team's contact, and the plain statement that the app alerts nobody.

The arrangement keeps a crisis line one look away: at the top, a compact card with the
plan's reasons for living and first steps (at most :data:`FIRST_SHOWN` items each, each
cut to :data:`SHORT_CHARS` characters), then at once the crisis lines and the emergency
number, and only below them the whole plan (nothing cut) and the care team. So even a
long plan never pushes the crisis lines below the fold at 1366×768. The plan is read
with everything else when the page is shown; when it cannot be read the page says so
and shows the rest. The plan is written in its own editor
(:mod:`kapjournal.ui.measures.safety_plan_page`), reached from "Edit my safety plan".

A calm full page that never blocks and never scolds; "Back" returns to where the
patient was. It works without a journal (the unlock page): then it shows only the lines
and the emergency number. Phone numbers are selectable plain text. The country is chosen
right on the page ("Help for", applied at once: ``country_chosen``); with no crisis line
for it, the page says how to find the nearest one.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kapjournal.i18n import arg, tr
from kapjournal.measures import safety, safety_plan
from kapjournal.prefs import Preferences
from kapjournal.storage.db import Database
from kapjournal.ui.common.cards import card
from kapjournal.ui.common.keys import tab_in_layout_order
from kapjournal.ui.common.widgets import Page, button, label
from kapjournal.ui.measures.widgets import selectable

logger = logging.getLogger(__name__)

CTX = "safety"
FIRST_SHOWN = 2  # items of each of the plan's first parts above the crisis lines
SHORT_CHARS = 64  # an item above the crisis lines is cut here to one line (whole below them)


def _short(item: str) -> str:
    return item if len(item) <= SHORT_CHARS else item[: SHORT_CHARS - 1].rstrip() + "…"


def _cut(items: tuple[str, ...]) -> bool:
    """Whether the top card showed less than all of ``items``."""
    return len(items) > FIRST_SHOWN or any(len(i) > SHORT_CHARS for i in items)


def _part_heading(text: str) -> QLabel:
    lab = label(text)
    font = QFont(lab.font())
    font.setWeight(QFont.Weight.DemiBold)
    lab.setFont(font)
    return lab


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
    edit_plan_requested = Signal()
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
        self.edit_plan: QWidget | None = None

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
        """Show ``info``; ``db`` (or ``None`` when locked) shows the plan and its editor."""
        self.info = info
        self.db = db if db is not None and not db.closed else None
        texts = info.texts
        self.heading.setText(texts.heading)
        self.intro.setText(texts.intro)
        self.statement.setText(texts.statement)
        self._clear_content()
        self.numbers = []
        select_country(self.country, info.country.code)

        self._add_plan_first(info)
        self._add_crisis_lines(info)
        self._add_emergency(info)
        self._add_plan_rest(info)
        self._add_care_team(info)
        for i in range(self.content.count()):  # at once, also when shown again in place
            card_widget = self.content.itemAt(i).widget()
            if card_widget is not None:
                card_widget.show()
        tab_in_layout_order(self)  # the lines were just added: Tab reads down the page
        if not self.country.hasFocus():  # a country just chosen keeps the focus there
            # The top of the page (the plan's first lines, the crisis lines) is what
            # must be seen: focus stays up there, so the page never opens scrolled down.
            self.back_top.setFocus()
            self.scroll.verticalScrollBar().setValue(0)

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

    def _add_plan_first(self, info: safety.SafetyInfo) -> None:
        """The top of the page (only when unlocked): the plan's reasons for living and
        first steps, a few short lines each, so the crisis lines below stay in sight."""
        if self.db is None:
            return
        frame, lay = card(spacing=4)
        head = QHBoxLayout()
        head.addWidget(label(tr("My safety plan"), "heading"), 1)
        self.edit_plan = button(
            tr("Edit my safety plan"), "link", tip=tr("Write or change your plan, at a calm moment")
        )
        self.edit_plan.clicked.connect(self.edit_plan_requested)
        head.addWidget(self.edit_plan)
        lay.addLayout(head)
        plan = info.plan
        if info.plan_unreadable or plan is None:
            lay.addWidget(
                label(tr("Your safety plan cannot be read just now. Everything else here works."), "muted")
            )
        elif plan.is_empty:
            lay.addWidget(
                label(tr("At a calm moment you can write a short plan here, for a hard one."), "muted")
            )
        else:
            first = plan.filled(safety_plan.FIRST_IN_CRISIS)
            for part, items in first:
                lay.addWidget(_part_heading(safety_plan.part_title(part)))
                for n, item in enumerate(items[:FIRST_SHOWN], start=1):
                    lay.addWidget(label(f"{n}. {_short(item)}"))
            if any(_cut(items) for _, items in first) or plan.filled(safety_plan.REST_IN_CRISIS):
                lay.addWidget(label(tr("The whole plan is below the crisis lines."), "muted"))
        self.content.addWidget(frame)

    def _add_plan_rest(self, info: safety.SafetyInfo) -> None:
        """Below the crisis lines: the whole plan, part by part (nothing cut short)."""
        plan = info.plan
        if self.db is None or plan is None or plan.is_empty:
            return
        frame, lay = card(spacing=4)
        lay.addWidget(label(tr("The rest of my plan"), "heading"))
        first = [(p, i) for p, i in plan.filled(safety_plan.FIRST_IN_CRISIS) if _cut(i)]
        for part, items in first + plan.filled(safety_plan.REST_IN_CRISIS):
            lay.addWidget(_part_heading(safety_plan.part_title(part)))
            for n, item in enumerate(items, start=1):
                lay.addWidget(label(f"{n}. {item}"))
        self.content.addWidget(frame)

    def _clear_content(self) -> None:
        self.edit_plan = None
        while self.content.count():
            item = self.content.takeAt(0)
            w = item.widget()
            if w is not None:
                w.hide()
                w.deleteLater()

    def clear(self) -> None:
        """Drop journal data (care contact, plan) from the screen."""
        self._clear_content()
        self.db = None
        self.info = None
        self.numbers = []


class SafetySettings(QGroupBox):
    """Settings section: the country for crisis lines (device pref, readable when
    locked), and the way to the safety-plan editor."""

    changed = Signal()
    edit_plan_requested = Signal()

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
        lay.addWidget(label(tr("My safety plan"), "heading"))
        lay.addWidget(
            label(tr("A few short lists, written at a calm moment, shown first when you need help."), "muted")
        )
        row = QHBoxLayout()
        self.edit_plan = button(tr("Edit my safety plan"))
        row.addWidget(self.edit_plan)
        row.addStretch(1)
        lay.addLayout(row)
        self.edit_plan.clicked.connect(self.edit_plan_requested)
        self.country.currentIndexChanged.connect(self._country_changed)
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

    def clear(self) -> None:
        self.db = None
