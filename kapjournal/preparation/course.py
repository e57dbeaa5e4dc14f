"""A course of treatment and its sessions: planning, numbering, what Today builds on,
intentions, and reminder instants. No Qt, no SQL of its own (uses the repositories).

Times: every ``datetime`` passed in must be timezone-aware. ``now`` for
:func:`kapjournal.preparation.today.today_items` should be *local* aware time (the
context's clock): its date decides what "today" is.

Session statuses (see ``models.SESSION_STATUSES``):

* ``planned``  still to come;
* ``done``     it happened;
* ``cancelled`` it will not happen: excluded from numbering, Today, reminders and the
  calendar export;
* ``moved``    rescheduled: the *same* row's ``scheduled_at`` was changed (use
  :func:`move_session`, never a second row). It still happens, so it keeps a number
  (numbers follow the new time order) and counts as upcoming like ``planned``.

Ketamine sessions are numbered 1, 2, 3 ... within their course in time order, cancelled
ones left out. Other kinds (therapy, integration, ...) are not numbered.

Today (:func:`kapjournal.preparation.today.today_items`) returns at most two
``TodayItem``, most urgent first, each kind decided by one rule in that module:

=================  ==================================================================
kind               params (``session_id`` / ``course_id`` is the target)
=================  ==================================================================
``no_course``      {} - no course yet: a gentle start
``no_sessions``    {} - the newest course has no ketamine session planned (course_id)
``session_day``    number, has_intention, started (the session's time has passed)
``session_done``   number: today's session was marked done, nothing written about it yet
``day_after``      number, days (since the session), step ("24h", "72h",
                   "before_next"): the integration step due now and not yet written
``session_soon``   number, days (until it, 1..7), has_intention; not on a session day
``course_done``    sessions (how many took place), days (since the last) - for 14 days
=================  ==================================================================

An empty list means nothing is due: the UI shows its calm default.

Integration steps are driven by the journal setting ``integration/schedule``: a list
of whole days after a session and/or ``"before_next"`` (default ``[1, 3,
"before_next"]``). Day N is the step ``f"{24*N}h"``; a step counts as written when an
``Entry(kind="integration", session_id=..., subkind=<step>)`` exists.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from kapjournal import prefs, prompts
from kapjournal.reflection.sharing import share_defaults
from kapjournal.storage import queries, repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import QT_TR_NOOP, InvalidData
from kapjournal.storage.models import (
    SESSION_KINDS,
    SESSION_SETTINGS,
    SESSION_STATUSES,
    Checkin,
    Commitment,
    Course,
    Entry,
    Session,
    local_offset_min,
    utc_now,
)

logger = logging.getLogger(__name__)

PLAN_DAYS = (0, 3, 7)  # three sessions in about two weeks, 2-4 days apart
FOURTH_DAY = 10  # the optional fourth
DEFAULT_DURATION_MIN = 60
UPCOMING = ("planned", "moved")
SOON_DAYS = 7
BEFORE_NEXT_WINDOW_DAYS = 1  # "before_next" is due on the day before the next session
LAST_STEP_GRACE_DAYS = 4  # the last numeric step stays due this long
COURSE_DONE_DAYS = 14
BEFORE_NEXT = "before_next"
#: Entry kinds shown with the previous intention (not intentions or questions).
REFLECTION_KINDS = ("capture", "integration", "thought_record", "mbct", "note")


# -- planning -----------------------------------------------------------------------
def aware(value: datetime, what: str = "Session times") -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidData(QT_TR_NOOP("%1 must carry a time zone."), what)
    return value


def offset_of(value: datetime) -> int:
    offset = aware(value).utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def default_plan(start: date, first_time: time, tz_offset_min: int) -> list[datetime]:
    """Four suggested session times: days 0, 3, 7 and the optional fourth on day 10.

    All at ``first_time`` in the fixed offset ``tz_offset_min``; the patient adjusts
    them. (A fixed offset: a clock change inside the course shifts the suggestion by
    an hour, which the patient sees and corrects.)
    """
    tz = timezone(timedelta(minutes=tz_offset_min))
    clock = first_time.replace(tzinfo=None)
    return [
        datetime.combine(start + timedelta(days=day), clock, tzinfo=tz) for day in (*PLAN_DAYS, FOURTH_DAY)
    ]


@dataclass(frozen=True)
class ScheduleWarning:
    """A gentle note about a session's time; never a refusal.

    ``code`` is ``"in_past"`` (a planned session whose time has passed) or
    ``"overlap"`` (its time overlaps ``other_session_id``).
    """

    code: str
    session_id: int
    other_session_id: int | None = None


@dataclass
class PlanResult:
    course: Course
    sessions: list[Session]
    warnings: list[ScheduleWarning]


def create_course_with_plan(
    db: Database,
    course: Course,
    session_times: Sequence[datetime],
    include_fourth: bool,
    *,
    now: datetime | None = None,
    setting: str = "clinic",
    route: str = "",
    duration_min: int | None = None,
) -> PlanResult:
    """Save a new course and its ketamine sessions in one transaction.

    ``session_times`` is the plan the patient settled on (usually
    :func:`default_plan`, adjusted). With ``include_fourth=False`` only the first three
    times are used; with ``True`` all are used, and if only three were given a fourth
    is added three days after the third. Warnings (past, overlap) are returned, not
    raised.
    """
    times = [aware(t) for t in session_times]
    if include_fourth and len(times) == len(PLAN_DAYS):
        times.append(times[-1] + timedelta(days=FOURTH_DAY - PLAN_DAYS[-1]))
    elif not include_fourth:
        times = times[: len(PLAN_DAYS)]
    if setting not in SESSION_SETTINGS:
        raise InvalidData(QT_TR_NOOP("Unknown session setting."))
    sessions: list[Session] = []
    with db.transaction():
        if course.id is None:
            repo.insert(db, course)
        for when in sorted(times):
            sessions.append(
                repo.insert(
                    db,
                    Session(
                        course_id=course.id or 0,
                        kind="ketamine",
                        scheduled_at=when.astimezone(UTC),
                        tz_offset_min=offset_of(when),
                        duration_min=duration_min,
                        setting=setting,
                        route=route,
                        status="planned",
                    ),
                )
            )
    warnings = course_warnings(db, course.id or 0, now or utc_now())
    logger.info("course created with %d sessions", len(sessions))
    return PlanResult(course, sessions, warnings)


def _interval(session: Session) -> tuple[datetime, datetime]:
    minutes = session.duration_min if session.duration_min else DEFAULT_DURATION_MIN
    return session.scheduled_at, session.scheduled_at + timedelta(minutes=minutes)


def schedule_warnings(db: Database, session: Session, now: datetime) -> list[ScheduleWarning]:
    """Warnings for one session (saved or not) against every other session."""
    aware(now, "now")
    sid = session.id or 0
    found: list[ScheduleWarning] = []
    if session.status == "cancelled":
        return found
    if session.status in UPCOMING and session.scheduled_at < now:
        found.append(ScheduleWarning("in_past", sid))
    start, end = _interval(session)
    candidates = queries.sessions_starting_between(db, start - timedelta(days=1, minutes=1), end)
    for other in candidates:
        if other.id == session.id:
            continue
        other_start, other_end = _interval(other)
        if other_start < end and start < other_end:
            found.append(ScheduleWarning("overlap", sid, other.id))
    return found


def course_warnings(db: Database, course_id: int, now: datetime) -> list[ScheduleWarning]:
    """Warnings for every session of a course; an overlapping pair is reported once."""
    result: list[ScheduleWarning] = []
    pairs: set[tuple[int, int]] = set()
    for session in sessions_of(db, course_id):
        for warning in schedule_warnings(db, session, now):
            if warning.code == "overlap":
                ids = (warning.session_id, warning.other_session_id or 0)
                pair = (min(ids), max(ids))
                if pair in pairs:
                    continue
                pairs.add(pair)
            result.append(warning)
    return result


def _check_session(session: Session) -> None:
    aware(session.scheduled_at)
    if session.kind not in SESSION_KINDS:
        raise InvalidData(QT_TR_NOOP("Unknown kind of session."))
    if session.status not in SESSION_STATUSES:
        raise InvalidData(QT_TR_NOOP("Unknown session status."))
    if session.setting not in SESSION_SETTINGS:
        raise InvalidData(QT_TR_NOOP("Unknown session setting."))
    if session.duration_min is not None and not 0 <= session.duration_min <= 1440:
        raise InvalidData(QT_TR_NOOP("A session lasts between 0 and 24 hours."))


def save_session(
    db: Database, session: Session, now: datetime | None = None
) -> tuple[Session, list[ScheduleWarning]]:
    """Insert or update a session; return it with any schedule warnings.

    A ``scheduled_at`` in a local offset sets ``tz_offset_min``; one in UTC (as loaded
    from the journal) keeps the stored offset.
    """
    _check_session(session)
    if repo.get(db, Course, session.course_id) is None:
        raise InvalidData(QT_TR_NOOP("This course no longer exists."))
    if session.scheduled_at.tzinfo is not UTC:
        session.tz_offset_min = offset_of(session.scheduled_at)
    session.scheduled_at = session.scheduled_at.astimezone(UTC)
    if session.id is None:
        repo.insert(db, session)
    else:
        repo.update(db, session)
    return session, schedule_warnings(db, session, now or utc_now())


def move_session(
    db: Database, session_id: int, when: datetime, now: datetime | None = None
) -> tuple[Session, list[ScheduleWarning]]:
    """Reschedule a session in place; a planned session becomes ``moved``."""
    session = _session(db, session_id)
    session.scheduled_at = aware(when)
    if session.status == "planned":
        session.status = "moved"
    return save_session(db, session, now)


def _session(db: Database, session_id: int) -> Session:
    session = repo.get(db, Session, session_id)
    if session is None:
        raise InvalidData(QT_TR_NOOP("This session no longer exists."))
    return session


def sessions_of(db: Database, course_id: int, include_cancelled: bool = True) -> list[Session]:
    """The course's sessions in time order."""
    return queries.sessions_of_course(db, course_id, include_cancelled=include_cancelled)


def courses(db: Database) -> list[Course]:
    """All courses, oldest first."""
    return queries.all_courses(db)


def session_numbers(db: Database, course_id: int) -> dict[int, int]:
    """``{session_id: number}`` for the course's ketamine sessions (cancelled excluded)."""
    numbered = [s for s in sessions_of(db, course_id, include_cancelled=False) if s.kind == "ketamine"]
    return {s.id or 0: n for n, s in enumerate(numbered, start=1)}


def session_number(db: Database, session: Session) -> int | None:
    return session_numbers(db, session.course_id).get(session.id or 0)


def entry_count(db: Database, session_id: int) -> int:
    """How many entries (intentions, notes, questions, ...) are linked to a session."""
    return queries.count_session_entries(db, session_id)


def save_course(db: Database, course: Course) -> Course:
    """Insert or update a course's details (dates, clinic, care-team contact)."""
    if course.end_date is not None and course.end_date < course.start_date:
        raise InvalidData(QT_TR_NOOP("A course cannot end before it starts."))
    return repo.insert(db, course) if course.id is None else repo.update(db, course)


def delete_session(db: Database, session_id: int, keep_entries: bool) -> int:
    """Delete a session; return how many entries were detached or removed.

    ``keep_entries=True`` keeps its entries (their ``session_id`` becomes empty);
    ``False`` deletes them. Check-ins, questionnaires and side effects linked to it are
    always kept (detached by the schema); its checklist ticks go with it.
    """
    session = _session(db, session_id)
    with db.transaction():
        entries = queries.entries_of_session(db, session_id)
        for entry in entries:
            if keep_entries:
                entry.session_id = None
                repo.update(db, entry)
            else:
                repo.delete(db, entry)
        repo.delete(db, session)
    logger.info("session deleted (entries %s: %d)", "kept" if keep_entries else "removed", len(entries))
    return len(entries)


def course_entry_count(db: Database, course_id: int) -> int:
    """How many entries belong to the course's sessions."""
    return queries.count_course_entries(db, course_id)


def delete_course(db: Database, course_id: int, keep_entries: bool) -> int:
    """Delete a course and its sessions (see :func:`delete_session` for what is kept).
    Returns how many entries were detached or removed."""
    found = repo.get(db, Course, course_id)
    if found is None:
        raise InvalidData(QT_TR_NOOP("That course no longer exists."))
    count = 0
    with db.transaction():
        for session in queries.sessions_of_course(db, course_id):
            count += delete_session(db, session.id or 0, keep_entries)
        repo.delete(db, found)
    logger.info("course deleted")
    return count


# -- intentions ---------------------------------------------------------------------
def intention_for(db: Database, session_id: int) -> Entry | None:
    """The session's intention entry (the latest, should there be several)."""
    return queries.latest_session_entry(db, session_id, "intention")


def save_intention(
    db: Database,
    session_id: int,
    answers: Mapping[str, Any],
    pack: prompts.PromptPack | None = None,
    *,
    share: bool | None = None,
    at: datetime | None = None,
) -> Entry:
    """Create or update the session's intention from ``answers`` ({prompt_id: value}).

    ``pack`` defaults to the shipped intention pack. The answer to the pack's
    ``title_prompt`` (the intention phrase) becomes the entry's title. ``share`` keeps
    the existing choice when None; a new intention follows the patient's default for
    intentions (:mod:`kapjournal.reflection.sharing`).
    """
    pack = pack or prompts.shipped_pack("intention")
    if pack.kind != "intention":
        raise InvalidData(QT_TR_NOOP("These questions are not for an intention."))
    _session(db, session_id)
    clean = prompts.validate_answers(pack, answers)
    phrase = clean.get(pack.title_prompt, "") if pack.title_prompt else ""
    entry = intention_for(db, session_id)
    when = aware(at, "The time") if at else None
    if entry is None:
        moment = when or utc_now()
        entry = Entry(
            kind="intention",
            session_id=session_id,
            occurred_at=moment.astimezone(UTC),
            tz_offset_min=offset_of(moment) if when else local_offset_min(moment),
            share=share_defaults(db)["intention"] if share is None else share,
        )
    elif share is not None:
        entry.share = share
    entry.answers = clean
    entry.title = phrase if isinstance(phrase, str) else ""
    entry.pack_id = pack.id
    entry.pack_version = pack.version
    return repo.insert(db, entry) if entry.id is None else repo.update(db, entry)


@dataclass
class PreviousIntention:
    """The previous ketamine session of the same course, its intention (if any) and
    the reflections since: entries linked to it plus unlinked ones written between
    it and the current session."""

    session: Session
    number: int | None
    intention: Entry | None
    entries: list[Entry] = field(default_factory=list)


def previous_intention(db: Database, session_id: int) -> PreviousIntention | None:
    """What to show before a session: the previous one's intention and notes since."""
    current = _session(db, session_id)
    earlier = [
        s
        for s in sessions_of(db, current.course_id, include_cancelled=False)
        if s.kind == "ketamine"
        and s.id != current.id
        and (s.scheduled_at, s.id or 0) < (current.scheduled_at, current.id or 0)
    ]
    if not earlier:
        return None
    prev = earlier[-1]
    entries = queries.entries_linked_or_between(
        db, REFLECTION_KINDS, prev.id, prev.scheduled_at, current.scheduled_at
    )
    return PreviousIntention(
        session=prev,
        number=session_number(db, prev),
        intention=intention_for(db, prev.id or 0),
        entries=entries,
    )


def open_action_steps(db: Database) -> list[Commitment]:
    """Action steps chosen in integration and still open, soonest due first."""
    return queries.open_steps(db)


def save_baseline(db: Database, session_id: int, mood: int, at: datetime | None = None) -> Checkin:
    """The short pre-session mood rating (0-10) that ends the intention flow.

    Stored as a check-in with ``context="baseline"`` linked to the session, so it meets
    the everyday check-ins in charts and the summary.
    """
    _session(db, session_id)
    if isinstance(mood, bool) or not isinstance(mood, int) or not 0 <= mood <= 10:
        raise InvalidData(QT_TR_NOOP("The mood rating goes from 0 to 10."))
    moment = aware(at, "The time") if at else utc_now()
    return repo.insert(
        db,
        Checkin(
            mood=mood,
            context="baseline",
            session_id=session_id,
            at_utc=moment.astimezone(UTC),
            tz_offset_min=offset_of(moment) if at else local_offset_min(moment),
        ),
    )


def baseline_for(db: Database, session_id: int) -> Checkin | None:
    return queries.latest_baseline(db, session_id)


# -- integration schedule -----------------------------------------------------------
def step_id(step: int | str) -> str:
    """Day N -> ``"{24*N}h"``; ``"before_next"`` stays as it is."""
    return step if isinstance(step, str) else f"{24 * step}h"


def _valid_schedule(steps: Any) -> list[int | str] | None:
    if not isinstance(steps, list) or not steps or len(steps) > 12:
        return None
    clean: list[int | str] = []
    for step in steps:
        if step == BEFORE_NEXT or (isinstance(step, int) and not isinstance(step, bool) and 1 <= step <= 60):
            if step not in clean:
                clean.append(step)
        else:
            return None
    return clean


def integration_schedule(db: Database) -> list[int | str]:
    """The editable schedule (days after a session, and/or ``"before_next"``)."""
    stored = _valid_schedule(prefs.journal_value(db, prefs.INTEGRATION_SCHEDULE))
    return stored if stored is not None else list(prefs.INTEGRATION_SCHEDULE.default)


def set_integration_schedule(db: Database, steps: Iterable[int | str]) -> list[int | str]:
    clean = _valid_schedule(list(steps))
    if clean is None:
        raise InvalidData(QT_TR_NOOP('The schedule is a list of days (1 to 60) and/or "before_next".'))
    prefs.set_journal_value(db, prefs.INTEGRATION_SCHEDULE, clean)
    return clean


def integration_done(db: Database, session_id: int, step: str) -> bool:
    return queries.has_session_entry(db, session_id, "integration", step)


def due_step(schedule: Sequence[int | str], days_since: int, days_to_next: int | None) -> str | None:
    """The integration step due ``days_since`` days after a session, or None.

    ``before_next`` wins on the day before the next session; otherwise the latest numeric
    step reached, which stays due until the next numeric step (the last one for
    :data:`LAST_STEP_GRACE_DAYS` days).
    """
    if BEFORE_NEXT in schedule and days_to_next is not None and 1 <= days_to_next <= BEFORE_NEXT_WINDOW_DAYS:
        return BEFORE_NEXT
    numeric = sorted(s for s in schedule if isinstance(s, int))
    reached = [d for d in numeric if d <= days_since]
    if not reached:
        return None
    step = reached[-1]
    if step == numeric[-1] and days_since > step + LAST_STEP_GRACE_DAYS:
        return None
    return step_id(step)


def steps_reached(db: Database, session: Session, now: datetime) -> list[int | str]:
    """The integration steps (as in the schedule: days, ``before_next``) a session has reached by
    ``now`` (aware local time, counted in local days): each numeric day passed, and
    ``before_next`` once a later session of the course is planned."""
    days = (now.date() - session.scheduled_at.astimezone(now.tzinfo).date()).days
    others = sessions_of(db, session.course_id, include_cancelled=False)
    later = [s for s in others if s.scheduled_at > session.scheduled_at]
    return [
        step
        for step in integration_schedule(db)
        if (step == BEFORE_NEXT and later) or (isinstance(step, int) and step <= days)
    ]


# -- reminders ----------------------------------------------------------------------
@dataclass(frozen=True)
class Reminder:
    """A notification instant (UTC). The UI shows it without any patient text."""

    at: datetime
    session_id: int
    kind: str  # "evening_before" | "morning_of"


def upcoming_reminders(
    db: Database, now: datetime, evening_hour: int = 19, morning_hour: int = 8
) -> list[Reminder]:
    """:func:`reminder_times` for every planned or moved ketamine session in the journal."""
    sessions = queries.upcoming_ketamine_sessions(db, aware(now, "now") - timedelta(days=1))
    return reminder_times(sessions, now, evening_hour, morning_hour)


def reminder_times(
    sessions: Iterable[Session],
    now: datetime,
    evening_hour: int = 19,
    morning_hour: int = 8,
) -> list[Reminder]:
    """The coming reminder instants for planned/moved ketamine sessions, soonest first.

    Evening before at ``evening_hour`` and the morning of at ``morning_hour``, both in
    the session's own local offset; a morning reminder that would fall at or after
    the session's start is left out, as is anything not after ``now``.
    """
    aware(now, "now")
    if not (0 <= evening_hour <= 23 and 0 <= morning_hour <= 23):
        raise ValueError("reminder hours go from 0 to 23")
    found: list[Reminder] = []
    for s in sessions:
        if s.kind != "ketamine" or s.status not in UPCOMING or s.id is None:
            continue
        tz = timezone(timedelta(minutes=s.tz_offset_min))
        start = s.scheduled_at.astimezone(tz)
        evening = datetime.combine(start.date() - timedelta(days=1), time(evening_hour), tz)
        morning = datetime.combine(start.date(), time(morning_hour), tz)
        if evening > now:
            found.append(Reminder(evening.astimezone(UTC), s.id, "evening_before"))
        if now < morning < start:
            found.append(Reminder(morning.astimezone(UTC), s.id, "morning_of"))
    return sorted(found, key=lambda r: (r.at, r.session_id))
