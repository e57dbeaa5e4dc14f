"""The Today rules: each decides one kind of :class:`TodayItem` (:data:`TODAY_KINDS`).

:func:`today_items` reads the journal once into a :class:`TodayState` and asks every
rule in :data:`TODAY_RULES`, most urgent first; a rule sees the items found before it
(``no_sessions`` and ``course_done`` only speak when nothing else did). The kinds and
their params are described in :mod:`kapjournal.preparation.course`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any

from kapjournal.preparation.course import (
    COURSE_DONE_DAYS,
    SOON_DAYS,
    UPCOMING,
    aware,
    courses,
    due_step,
    integration_done,
    integration_schedule,
    intention_for,
    session_numbers,
)
from kapjournal.storage import queries
from kapjournal.storage.db import Database
from kapjournal.storage.models import Course, Session

TODAY_KINDS = (
    "no_course",
    "no_sessions",
    "session_day",
    "session_done",
    "day_after",
    "session_soon",
    "course_done",
)


@dataclass(frozen=True)
class TodayItem:
    """One thing that matters now. ``kind`` is one of :data:`TODAY_KINDS`."""

    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    session_id: int | None = None
    course_id: int | None = None


@dataclass
class TodayState:
    """What the rules look at: the courses and the ketamine sessions (not cancelled),
    split by their local day against ``now``'s."""

    db: Database
    now: datetime
    courses: list[Course]
    ketamine: list[Session]
    _numbers: dict[int, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def read(cls, db: Database, now: datetime) -> TodayState:
        all_courses = courses(db)
        return cls(db, now, all_courses, queries.ketamine_sessions(db) if all_courses else [])

    @property
    def tz(self) -> tzinfo | None:
        return self.now.tzinfo

    @property
    def today(self) -> date:
        return self.now.date()

    def local_day(self, s: Session) -> date:
        return s.scheduled_at.astimezone(self.tz).date()

    @property
    def todays(self) -> list[Session]:
        return [s for s in self.ketamine if self.local_day(s) == self.today]

    @property
    def past(self) -> list[Session]:
        return [s for s in self.ketamine if self.local_day(s) < self.today]

    @property
    def next(self) -> Session | None:
        upcoming = [s for s in self.ketamine if self.local_day(s) > self.today and s.status in UPCOMING]
        return upcoming[0] if upcoming else None

    @property
    def days_to_next(self) -> int | None:
        nxt = self.next
        return (self.local_day(nxt) - self.today).days if nxt else None

    def days_since(self, s: Session) -> int:
        return (self.today - self.local_day(s)).days

    def number(self, s: Session) -> int | None:
        if s.course_id not in self._numbers:
            self._numbers[s.course_id] = session_numbers(self.db, s.course_id)
        return self._numbers[s.course_id].get(s.id or 0)

    def has_intention(self, s: Session) -> bool:
        return intention_for(self.db, s.id or 0) is not None


#: A rule: the state and the items found by the rules before it -> one item or None.
TodayRule = Callable[[TodayState, Sequence[TodayItem]], TodayItem | None]


def no_course(state: TodayState, earlier: Sequence[TodayItem]) -> TodayItem | None:
    """No course yet: a gentle start."""
    return TodayItem("no_course") if not state.courses else None


def session_day(state: TodayState, earlier: Sequence[TodayItem]) -> TodayItem | None:
    """A ketamine session today: the next one still to come, else the day's last."""
    todays = state.todays
    if not todays:
        return None
    pending = [s for s in todays if s.scheduled_at >= state.now and s.status in UPCOMING]
    s = pending[0] if pending else todays[-1]
    if s.status == "done":
        return None  # marked done: session_done speaks for it
    params = {
        "number": state.number(s),
        "has_intention": state.has_intention(s),
        "started": s.scheduled_at <= state.now,
    }
    return TodayItem("session_day", params, s.id, s.course_id)


def session_done(state: TodayState, earlier: Sequence[TodayItem]) -> TodayItem | None:
    """Today's session was marked done and nothing is written about it yet: what came
    up (the capture). Once it is written, Today moves on."""
    if any(i.kind == "session_day" for i in earlier):
        return None
    done = [s for s in state.todays if s.status == "done"]
    if not done:
        return None
    s = done[-1]
    if queries.latest_session_entry(state.db, s.id or 0, "capture") is not None:
        return None
    return TodayItem("session_done", {"number": state.number(s)}, s.id, s.course_id)


def day_after(state: TodayState, earlier: Sequence[TodayItem]) -> TodayItem | None:
    """No session today: the integration step due after the last one, if not yet written."""
    past = state.past
    if state.todays or not past:
        return None
    last = past[-1]
    days = state.days_since(last)
    step = due_step(integration_schedule(state.db), days, state.days_to_next)
    if not step or integration_done(state.db, last.id or 0, step):
        return None
    return TodayItem(
        "day_after", {"number": state.number(last), "days": days, "step": step}, last.id, last.course_id
    )


def session_soon(state: TodayState, earlier: Sequence[TodayItem]) -> TodayItem | None:
    """The next session within :data:`SOON_DAYS` days (not on the day of a session still
    to be held)."""
    nxt, days = state.next, state.days_to_next
    if any(s.status != "done" for s in state.todays) or nxt is None or days is None or days > SOON_DAYS:
        return None
    params = {"number": state.number(nxt), "days": days, "has_intention": state.has_intention(nxt)}
    return TodayItem("session_soon", params, nxt.id, nxt.course_id)


def no_sessions(state: TodayState, earlier: Sequence[TodayItem]) -> TodayItem | None:
    """Nothing else to say and the newest course has no ketamine session planned."""
    if earlier or not state.courses or state.next is not None:
        return None
    newest = state.courses[-1]
    if any(s.course_id == newest.id for s in state.ketamine):
        return None
    return TodayItem("no_sessions", {}, None, newest.id)


def course_done(state: TodayState, earlier: Sequence[TodayItem]) -> TodayItem | None:
    """Nothing else to say, nothing ahead: the course's sessions took place (for
    :data:`COURSE_DONE_DAYS` days after the last)."""
    if earlier or state.next is not None or state.todays or not state.past:
        return None
    last = state.past[-1]
    days = state.days_since(last)
    if days > COURSE_DONE_DAYS:
        return None
    return TodayItem(
        "course_done",
        {"sessions": len(session_numbers(state.db, last.course_id)), "days": days},
        last.id,
        last.course_id,
    )


#: The rules, most urgent first.
TODAY_RULES: tuple[TodayRule, ...] = (
    no_course,
    session_day,
    session_done,
    day_after,
    session_soon,
    no_sessions,
    course_done,
)
MAX_ITEMS = 2


def today_items(db: Database, now: datetime, rules: Sequence[TodayRule] = TODAY_RULES) -> list[TodayItem]:
    """At most :data:`MAX_ITEMS` things that matter now, most urgent first."""
    state = TodayState.read(db, aware(now, "now"))
    items: list[TodayItem] = []
    for rule in rules:
        item = rule(state, items)
        if item is not None:
            items.append(item)
    return items[:MAX_ITEMS]
