"""The "Before a session" cards on Today: built on the Today rules
(:func:`kapjournal.preparation.today.today_items`), one card per item."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from kapjournal.i18n import arg, tr
from kapjournal.storage.db import Database
from kapjournal.ui.feature import FeatureHost
from kapjournal.ui.today import TodayCard

if TYPE_CHECKING:  # the rules load with the first Today page, not at the unlock screen
    from kapjournal.preparation.today import TodayItem

PRIORITIES = {
    "session_day": 10,
    "session_done": 10,
    "day_after": 20,
    "session_soon": 30,
    "no_course": 40,
    "no_sessions": 40,
    "course_done": 60,
}


class PreparationCards:
    """Today cards from :func:`today_rules.today_items`; each button runs the action the
    owning feature registered for its kind (``FeatureHost.add_today_action``)."""

    def __init__(self, host: FeatureHost) -> None:
        self.host = host

    def __call__(self, db: Database, now: datetime) -> list[TodayCard]:
        from kapjournal.preparation import today as today_rules

        cards = []
        for item in today_rules.today_items(db, now):
            card = self.card_for(item)
            if card is not None:
                cards.append(card)
        return cards

    def card_for(self, item: TodayItem) -> TodayCard | None:
        p = item.params
        number = p.get("number")
        name = arg(tr("Session %1"), number) if number else tr("Your session")
        key = f"{item.kind}:{item.session_id or item.course_id or ''}"

        def act() -> None:
            self.host.run_today_action(item)

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
        if item.kind == "session_done":
            return TodayCard(
                key,
                arg(tr("%1 is done"), name),
                tr("Go gently with yourself. When you feel ready, a few words about what came up can help."),
                tr("Write what came up"),
                act,
                PRIORITIES["session_done"],
            )
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
                    "You came to %n sessions. The weeks after a course are a time to keep "
                    "noticing what changes; your journal is here for that.",
                    "",
                    sessions,
                ),
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
        return arg(tr("%1 is today"), name), text, action

    def _day_after(self, p: dict[str, Any], name: str, number: Any) -> tuple[str, str, str]:
        """Title, text and action of the card in the days after a session."""
        from kapjournal.preparation import course

        days = int(p.get("days") or 0)
        step = str(p.get("step") or "")
        if step == course.BEFORE_NEXT:
            title = tr("Before your next session")
            text = arg(
                tr("A short look back at %1 can help you prepare."), name.lower() if not number else name
            )
        else:
            title = arg(tr("Day %1 after %2"), days, name.lower() if not number else name)
            text = tr("A few quiet minutes of reflection can help the session settle.")
        has_handler = self.host.has_today_action("day_after")
        action = tr("Write a reflection") if has_handler else tr("Open the session")
        return title, text, action

    @staticmethod
    def _session_soon(p: dict[str, Any], name: str) -> tuple[str, str, str]:
        """Title, text and action of the card in the days before a session."""
        days = int(p.get("days") or 0)
        title = arg(tr("%1 is tomorrow"), name) if days == 1 else arg(tr("%1 is in %n days", "", days), name)
        if p.get("has_intention"):
            text = tr("Your intention is ready. You can look over your checklist when you like.")
            action = tr("Prepare for the session")
        else:
            text = tr("Take some quiet time to set your intention.")
            action = tr("Set your intention")
        return title, text, action
