"""Today: the home page. It knows where the patient stands and offers the one or two
things that matter now, as large calm cards with one button each.

Every feature adds cards through ``FeatureHost.add_today_provider``; "Before a session"
adds :class:`kapjournal.ui.preparation.today_cards.PreparationCards`, built on the Today
rules (:mod:`kapjournal.preparation.course`). What a card's button does for each kind of
Today item is registered once, by the feature that owns the kind
(``FeatureHost.add_today_action``): the window keeps both lists and hands them in here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kapjournal.context import Clock
from kapjournal.i18n import tr
from kapjournal.storage.db import Database
from kapjournal.ui.common.cards import Card
from kapjournal.ui.common.widgets import Page, button, label

if TYPE_CHECKING:  # the Today rules load with the first Today page
    from kapjournal.preparation.today import TodayItem

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
    dismiss_text: str = ""  # e.g. tr("Not now"): a second, quiet button, when set
    on_dismiss: Callable[[], None] | None = None


TodayProvider = Callable[[Database, datetime], list[TodayCard]]
ActionHandler = Callable[["TodayItem"], None]


class CardView(Card):
    """One Today card: a title, a sentence and one primary button."""

    def __init__(self, card: TodayCard, parent: QWidget | None = None) -> None:
        super().__init__(parent, margins=26)
        self.card = card
        self.setObjectName("today-card")
        title = label(card.title)
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
        self.dismiss: QPushButton | None = None
        if card.dismiss_text and card.on_dismiss is not None:
            self.dismiss = button(card.dismiss_text)
            self.dismiss.setMinimumHeight(48)
            self.dismiss.setAccessibleDescription(card.title)
            self.dismiss.clicked.connect(card.on_dismiss)
            row.addWidget(self.dismiss)
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

    def __init__(
        self,
        clock: Clock,
        providers: list[TodayProvider],
        handlers: dict[str, ActionHandler],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, width=680)
        self.clock = clock
        self.db: Database | None = None
        self._providers = providers  # the window's lists: features may add to them later
        self._handlers = handlers
        self.cards: list[CardView] = []
        self.heading = label(tr("Today"), "title")
        self.date_label = label("", "subtitle", about=tr("Today's date"))
        self.body.addWidget(self.heading)
        self.body.addWidget(self.date_label)
        self.body.addSpacing(8)
        self.card_box = QWidget()
        self.card_lay = QVBoxLayout(self.card_box)
        self.card_lay.setContentsMargins(0, 0, 0, 0)
        self.card_lay.setSpacing(18)
        self.body.addWidget(self.card_box)
        self.calm = label(
            tr("Nothing needs doing today. Be gentle with yourself."), "subtitle", about=tr("Nothing due")
        )
        self.calm.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.calm.hide()
        self.body.addWidget(self.calm)
        self.body.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)

    # -- API -----------------------------------------------------------------------------
    def handles(self, kind: str) -> bool:
        return kind in self._handlers

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
        from kapjournal.ui.common.formatting import fmt_date  # dates: after the unlock screen

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
        return

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def _clear_cards(self) -> None:
        for view in self.cards:
            self.card_lay.removeWidget(view)
            view.hide()
            view.deleteLater()
        self.cards = []
