"""Today: the home page. It knows where the patient stands and offers the one or two
things that matter now, as large calm cards with one button each.

Features add cards through providers (``add_provider``); "Before a session" registers
:class:`PreparationCards`, built on :func:`kapjournal.preparation.course.today_items`. What a card's
button does for each kind of item can be replaced with :meth:`TodayPage.set_action_handler`
(the integration feature plugs its "day after" reflection in there).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kapjournal.preparation import course
from kapjournal.preparation.course import TodayItem
from kapjournal.storage.db import Database
from kapjournal.ui.common.widgets import Page, button, label, tr
from kapjournal.ui.preparation.common import Card, Clock, fmt_date

logger = logging.getLogger(__name__)

MAX_CARDS = 3
REFRESH_MS = 60_000


@dataclass
class TodayCard:
    key: str  # stable, e.g. "session_soon:<session uid>"
    title: str  # translated; no patient text
    text: str  # translated; may include the session number/days
    action_text: str  # e.g. tr("Set your intention")
    on_action: Callable[[], None]
    priority: int = 50  # lower = more important; Today shows the top 3


TodayProvider = Callable[[Database, datetime], list[TodayCard]]
ActionHandler = Callable[[TodayItem], None]


class CardView(Card):
    """One Today card: a title, a sentence and one primary button."""

    def __init__(self, card: TodayCard, parent: QWidget | None = None) -> None:
        super().__init__(parent, margins=26)
        self.card = card
        self.setObjectName("today-card")
        title = label(card.title, name=card.title)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() + 5)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        self.title = title
        self.text = label(card.text)
        font = QFont(self.text.font())
        font.setPointSizeF(font.pointSizeF() + 1)
        self.text.setFont(font)
        self.action = button(card.action_text, "primary")
        self.action.setMinimumHeight(48)
        self.action.setAccessibleDescription(card.title)
        self.action.clicked.connect(self._run)
        self.lay.addWidget(title)
        self.lay.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.action)
        row.addStretch(1)
        self.lay.addSpacing(4)
        self.lay.addLayout(row)

    def _run(self) -> None:
        try:
            self.card.on_action()
        except Exception as exc:  # a broken action must never take Today down
            logger.warning("Today action failed: %s", type(exc).__name__)


class TodayPage(Page):
    """The home page. Cards come from providers, top ``MAX_CARDS`` by priority."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=680)
        self.clock = clock
        self.db: Database | None = None
        self._providers: list[TodayProvider] = []
        self._handlers: dict[str, ActionHandler] = {}
        self.cards: list[CardView] = []
        self.heading = label(tr("Today"), "title")
        self.date_label = label("", "subtitle", name=tr("Today's date"))
        self.body.addWidget(self.heading)
        self.body.addWidget(self.date_label)
        self.body.addSpacing(8)
        self.card_box = QWidget()
        self.card_lay = QVBoxLayout(self.card_box)
        self.card_lay.setContentsMargins(0, 0, 0, 0)
        self.card_lay.setSpacing(18)
        self.body.addWidget(self.card_box)
        self.calm = label(
            tr("Nothing needs doing today. Be gentle with yourself."), "subtitle", name=tr("Nothing due")
        )
        self.calm.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.calm.hide()
        self.body.addWidget(self.calm)
        self.body.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)

    # -- API -----------------------------------------------------------------------------
    def add_provider(self, provider: TodayProvider) -> None:
        self._providers.append(provider)
        if self.db is not None:
            self.refresh()

    def set_action_handler(self, kind: str, callback: ActionHandler) -> None:
        """What the button of a card of ``kind`` (a :data:`course.TODAY_KINDS`) does."""
        if kind not in course.TODAY_KINDS:
            raise ValueError(f"unknown Today kind {kind!r}")
        self._handlers[kind] = callback

    def run_action(self, item: TodayItem) -> None:
        handler = self._handlers.get(item.kind)
        if handler is None:
            logger.info("no handler for Today kind %s", item.kind)
            return
        handler(item)

    def refresh(self) -> None:
        self._clear_cards()
        if self.db is None or self.db.closed:
            return
        now = self.clock()
        self.date_label.setText(fmt_date(now))
        found: list[TodayCard] = []
        for provider in self._providers:
            try:
                found.extend(provider(self.db, now))
            except Exception as exc:  # one provider failing leaves the others standing
                logger.warning("Today provider failed: %s", type(exc).__name__)
        found.sort(key=lambda c: c.priority)  # stable: providers' own order breaks ties
        for card in found[:MAX_CARDS]:
            view = CardView(card)
            self.card_lay.addWidget(view)
            self.cards.append(view)
        self.calm.setVisible(not self.cards)

    def card_keys(self) -> list[str]:
        return [v.card.key for v in self.cards]

    def card(self, key_prefix: str) -> CardView | None:
        return next((v for v in self.cards if v.card.key.startswith(key_prefix)), None)

    # -- page protocol ---------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        self.db = db
        self.refresh()
        self._timer.start()

    def on_shown(self) -> None:
        self.refresh()

    def clear(self) -> None:
        self._timer.stop()
        self.db = None
        self._clear_cards()
        self.date_label.clear()
        self.calm.hide()

    def flush_draft(self) -> None:
        """Today has no editor."""

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def _clear_cards(self) -> None:
        for view in self.cards:
            self.card_lay.removeWidget(view)
            view.hide()
            view.deleteLater()
        self.cards = []


# -- the preparation provider -----------------------------------------------------------
PRIORITIES = {
    "session_day": 10,
    "day_after": 20,
    "session_soon": 30,
    "no_course": 40,
    "no_sessions": 40,
    "course_done": 60,
}


class PreparationCards:
    """Today cards from :func:`course.today_items`; buttons go through the page's
    action handlers, so another feature can take over a kind later."""

    def __init__(self, page: TodayPage) -> None:
        self.page = page

    def __call__(self, db: Database, now: datetime) -> list[TodayCard]:
        cards = []
        for item in course.today_items(db, now):
            card = self.card_for(item)
            if card is not None:
                cards.append(card)
        return cards

    def card_for(self, item: TodayItem) -> TodayCard | None:
        p = item.params
        number = p.get("number")
        name = tr("Session {0}").format(number) if number else tr("Your session")
        key = f"{item.kind}:{item.session_id or item.course_id or ''}"

        def act() -> None:
            self.page.run_action(item)

        if item.kind == "no_course":
            return TodayCard(
                key,
                tr("Welcome"),
                tr(
                    "When you know your session dates, set up your course. The app will then "
                    "help you prepare for each session, one small step at a time."
                ),
                tr("Set up your course"),
                act,
                PRIORITIES["no_course"],
            )
        if item.kind == "no_sessions":
            return TodayCard(
                key,
                tr("No sessions planned yet"),
                tr("Add your next session when you know its date, and the app will help you prepare."),
                tr("Add a session"),
                act,
                PRIORITIES["no_sessions"],
            )
        if item.kind == "session_day":
            title, text, action = self._session_day(p, name)
            return TodayCard(key, title, text, action, act, PRIORITIES["session_day"])
        if item.kind == "day_after":
            title, text, action = self._day_after(p, name, number)
            return TodayCard(key, title, text, action, act, PRIORITIES["day_after"])
        if item.kind == "session_soon":
            title, text, action = self._session_soon(p, name)
            return TodayCard(key, title, text, action, act, PRIORITIES["session_soon"])
        if item.kind == "course_done":
            sessions = int(p.get("sessions") or 0)
            return TodayCard(
                key,
                tr("Your course is complete"),
                tr(
                    "You came to {0} sessions. The weeks after a course are a time to keep "
                    "noticing what changes; your journal is here for that."
                ).format(sessions),
                tr("See your sessions"),
                act,
                PRIORITIES["course_done"],
            )
        return None

    @staticmethod
    def _session_day(p: dict[str, Any], name: str) -> tuple[str, str, str]:
        """Title, text and action of the card on a session's day."""
        if p.get("has_intention"):
            text = (
                tr("Go gently today. Your intention is here whenever you want it.")
                if p.get("started")
                else tr("Take a quiet moment with your intention before you go.")
            )
            action = tr("Read my intention")
        else:
            text = tr("If you like, there is still time to set a short intention.")
            action = tr("Set your intention")
        return tr("{0} is today").format(name), text, action

    def _day_after(self, p: dict[str, Any], name: str, number: Any) -> tuple[str, str, str]:
        """Title, text and action of the card in the days after a session."""
        days = int(p.get("days") or 0)
        step = str(p.get("step") or "")
        if step == course.BEFORE_NEXT:
            title = tr("Before your next session")
            text = tr("A short look back at {0} can help you prepare.").format(
                name.lower() if not number else name
            )
        else:
            title = tr("Day {0} after {1}").format(days, name.lower() if not number else name)
            text = tr("A few quiet minutes of reflection can help the session settle.")
        has_handler = "day_after" in self.page._handlers
        action = tr("Write a reflection") if has_handler else tr("Open the session")
        return title, text, action

    @staticmethod
    def _session_soon(p: dict[str, Any], name: str) -> tuple[str, str, str]:
        """Title, text and action of the card in the days before a session."""
        days = int(p.get("days") or 0)
        title = (
            tr("{0} is tomorrow").format(name) if days == 1 else tr("{0} is in {1} days").format(name, days)
        )
        if p.get("has_intention"):
            text = tr("Your intention is ready. You can look over your checklist when you like.")
            action = tr("Prepare for the session")
        else:
            text = tr("Take some quiet time to set your intention.")
            action = tr("Set your intention")
        return title, text, action
