"""Reading the journal for a range: every *shared* record that belongs to it, and the
list of those records the patient may untick before the summary is built."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from kapjournal.measures import checkins as checkins_mod
from kapjournal.measures.instruments import get_instrument, session_local_date
from kapjournal.measures.side_effects import shipped_side_effects
from kapjournal.preparation import course as course_mod
from kapjournal.richtext import first_line
from kapjournal.storage import queries, repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import (
    Checkin,
    Commitment,
    Course,
    Entry,
    Questionnaire,
    Session,
    SideEffect,
    to_local,
    utc_now,
)
from kapjournal.summary.model import SECTIONS, OfferedItem
from kapjournal.summary.rows import symptom_text
from kapjournal.summary.text import ENTRY_KIND_LABELS, fmt_date, t


@dataclass
class Collected:
    """Every shared record that belongs to ``start..end`` (nothing unticked yet)."""

    start: date
    end: date
    courses: list[Course]
    sessions: list[Session]  # every session of the overlapping courses, by time
    numbers: dict[int, int]  # session id -> number within its course
    entries: list[Entry]
    checkins: list[Checkin]
    questionnaires: list[Questionnaire]
    side_effects: list[SideEffect]
    commitments: list[Commitment]
    all_sessions: list[Session] = field(default_factory=list)


def utc_window(start: date, end: date) -> tuple[datetime, datetime]:
    """A UTC window wide enough for any local offset (±14 h), filtered locally later."""
    lo = datetime.combine(start - timedelta(days=1), time.min, UTC)
    hi = datetime.combine(end + timedelta(days=2), time.min, UTC)
    return lo, hi


def within(day: date, start: date, end: date) -> bool:
    return start <= day <= end


@dataclass(frozen=True)
class _Window:
    """The local days ``start..end``, their wide UTC window and the sessions held in them."""

    start: date
    end: date
    lo: datetime
    hi: datetime
    session_ids: frozenset[int]

    def holds(self, day: date, session_id: int | None = None) -> bool:
        return session_id in self.session_ids or within(day, self.start, self.end)


def _entries(db: Database, w: _Window) -> list[Entry]:
    found = queries.shared_entries(db, w.lo, w.hi, sorted(w.session_ids))
    return [e for e in found if w.holds(to_local(e.occurred_at, e.tz_offset_min).date(), e.session_id)]


def _checkins(db: Database, w: _Window) -> list[Checkin]:
    return [c for c in queries.shared_checkins(db, w.lo, w.hi) if w.holds(checkins_mod.local_day(c))]


def _questionnaires(db: Database, w: _Window) -> list[Questionnaire]:
    found = queries.shared_questionnaires(db, w.lo, w.hi)
    return [q for q in found if w.holds(to_local(q.at_utc, q.tz_offset_min).date())]


def _side_effects(db: Database, w: _Window) -> list[SideEffect]:
    found = queries.shared_side_effects(db, w.lo, w.hi, sorted(w.session_ids))
    return [s for s in found if w.holds(to_local(s.at_utc, s.tz_offset_min).date(), s.session_id)]


def _commitments(db: Database, w: _Window) -> list[Commitment]:
    """Steps linked to a session of the range, or due, chosen or resolved in it."""
    kept = []
    for cm in queries.shared_steps(db):
        days = [d for d in (cm.due_date,) if d is not None]
        for moment in (cm.created_at, cm.resolved_at):
            if moment is not None:
                days.append(moment.astimezone().date())
        if cm.session_id in w.session_ids or any(within(d, w.start, w.end) for d in days):
            kept.append(cm)
    return kept


def collect(db: Database, start: date, end: date) -> Collected:
    """Read every shared record of the range from the repositories."""
    if end < start:
        start, end = end, start
    all_sessions = queries.all_sessions(db)
    in_range = {s.id for s in all_sessions if within(session_local_date(s), start, end) and s.id is not None}
    course_ids = {s.course_id for s in all_sessions if s.id in in_range}
    courses = [c for c in course_mod.courses(db) if c.id in course_ids or start <= c.start_date <= end]
    shown_course_ids = {c.id for c in courses}
    numbers: dict[int, int] = {}
    for c in courses:
        numbers.update(course_mod.session_numbers(db, c.id or 0))
    w = _Window(start, end, *utc_window(start, end), frozenset(in_range))
    return Collected(
        start,
        end,
        courses,
        [s for s in all_sessions if s.course_id in shown_course_ids],
        numbers,
        _entries(db, w),
        _checkins(db, w),
        _questionnaires(db, w),
        _side_effects(db, w),
        _commitments(db, w),
        all_sessions,
    )


# -- the items the patient can untick -------------------------------------------------
def _entry_section(e: Entry) -> str:
    return "questions" if e.kind == "question" else "sessions"


def _entry_item(e: Entry) -> OfferedItem:
    day = to_local(e.occurred_at, e.tz_offset_min).date()
    label = t(ENTRY_KIND_LABELS.get(e.kind, "Note"))
    text = first_line(e.title or e.body or repo.entry_plain_text(e), 60)
    return OfferedItem(e.uid, _entry_section(e), day, f"{label} — {fmt_date(day)}: {text}".rstrip(": "))


def _checkin_item(c: Checkin) -> OfferedItem:
    day = checkins_mod.local_day(c)
    text = t("Check-in — {day}: mood {mood}").format(day=fmt_date(day), mood=c.mood)
    if c.anxiety is not None:
        text += t(", anxiety {n}").format(n=c.anxiety)
    if c.note.strip():
        text += f" — {first_line(c.note, 50)}"
    return OfferedItem(c.uid, "mood", day, text)


def offered_items(col: Collected) -> list[OfferedItem]:
    """Every record that could appear, by section then time (for the selection list)."""
    items = [_entry_item(e) for e in col.entries]
    catalogue = shipped_side_effects()
    for s in col.side_effects:
        day = to_local(s.at_utc, s.tz_offset_min).date()
        text = f"{t('Side effect')} — {fmt_date(day)}: {symptom_text(s, catalogue)}"
        items.append(OfferedItem(s.uid, "sessions", day, text))
    items += [_checkin_item(c) for c in col.checkins]
    for q in col.questionnaires:
        day = to_local(q.at_utc, q.tz_offset_min).date()
        title = get_instrument(q.instrument).title
        items.append(OfferedItem(q.uid, "questionnaires", day, f"{title} — {fmt_date(day)}: {q.total}"))
    for cm in col.commitments:
        day = (cm.created_at or utc_now()).astimezone().date()
        items.append(OfferedItem(cm.uid, "actions", day, f"{t('Action step')}: {first_line(cm.text, 60)}"))
    order = list(SECTIONS)
    items.sort(key=lambda i: (order.index(i.section), i.when, i.text))
    return items
