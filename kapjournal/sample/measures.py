"""Sample questionnaires and side effects for the demo journal (``demo.SECTIONS``).

Adds PHQ-9 and GAD-7 at the suggested points of the newest course (baseline, before
each later session, end of course, 2 and 4 weeks after), with totals that improve
over the course, and a few mild side effects after done ketamine sessions. Exactly
one PHQ-9 (the baseline) has item 9 = 1, so the safety flag shows in the sample.
Check-ins are left to ``demo._checkins``. Everything is invented.
"""

from __future__ import annotations

import logging
import random
from datetime import date, datetime, timedelta

from kapjournal.measures import safety
from kapjournal.measures.instruments import course_sessions, get_instrument, make_record, session_local_date
from kapjournal.measures.side_effects import make_side_effect
from kapjournal.sample.context import DemoContext
from kapjournal.storage import repo
from kapjournal.storage.models import Session

logger = logging.getLogger(__name__)

#: (point, PHQ-9 total, GAD-7 total), improving over the course.
TOTALS = {
    "baseline": (16, 13),
    "before_session": (13, 11),  # lowered by 2 per later session (floor below)
    "end_of_course": (9, 8),
    "after_course_2w": (8, 7),
    "after_course_4w": (6, 5),
}

#: A few side effects after sessions: (symptom, severity, minutes, blood pressure).
SIDE_EFFECTS: tuple[tuple[str, int, int, tuple[int, int] | None], ...] = (
    ("nausea", 1, 30, None),
    ("tiredness", 2, 180, None),
    ("raised_bp", 1, 30, (148, 92)),
    ("headache", 1, 180, None),
)


def answers_for(total: int, items: int, rng: random.Random, item9: int | None = None) -> list[int]:
    """Answers 0–3 summing to ``total``; with ``item9`` given, the 9th item is fixed."""
    fixed = {8: item9} if item9 is not None else {}
    answers = [fixed.get(i, 0) for i in range(items)]
    free = [i for i in range(items) if i not in fixed]
    remaining = total - sum(answers)
    if not 0 <= remaining <= 3 * len(free):
        raise ValueError("total cannot be reached")
    while remaining:
        i = rng.choice([j for j in free if answers[j] < 3])
        answers[i] += 1
        remaining -= 1
    return answers


def _points(sessions: list[Session]) -> list[tuple[str, date, int, Session | None]]:
    """(reason, local day, hour, session) for each suggested point of one course."""
    first, last = sessions[0], sessions[-1]
    points: list[tuple[str, date, int, Session | None]] = [
        ("baseline", session_local_date(first) - timedelta(days=1), 19, first)
    ]
    points += [("before_session", session_local_date(s), 8, s) for s in sessions[1:]]
    end = session_local_date(last)
    points += [
        ("end_of_course", end + timedelta(days=2), 19, None),
        ("after_course_2w", end + timedelta(days=14), 19, None),
        ("after_course_4w", end + timedelta(days=28), 19, None),
    ]
    return points


def demo_section(ctx: DemoContext) -> None:
    """Questionnaires and side effects for the newest course of the sample journal."""
    courses = course_sessions(ctx.sessions)
    if not courses:
        return
    newest = max(courses.values(), key=lambda g: g[0].scheduled_at)
    first_day = ctx.today - timedelta(days=ctx.days - 1)
    phq9, gad7 = get_instrument("phq9"), get_instrument("gad7")
    flagged = False
    for reason, day, hour, session in _points(newest):
        if reason == "baseline" and day < first_day:
            day, hour = day + timedelta(days=1), 7  # the morning of session 1
        if not first_day <= day <= ctx.today:
            continue
        phq_total, gad_total = TOTALS[reason]
        if reason == "before_session" and session is not None:
            step = newest.index(session) - 1
            phq_total, gad_total = max(9, phq_total - 2 * step), max(8, gad_total - 2 * step)
        at = ctx.at(day, hour, ctx.rng.randint(0, 40))
        item9 = 1 if not flagged else 0
        flagged = True
        sid = session.id if session is not None else None
        if item9:  # the safety page came up while it was answered: keep what it showed
            safety.record_shown(ctx.db, "phq9_item9", safety.shown_from(safety.safety_info("GB", ctx.db)), at)
        q = repo.insert(
            ctx.db,
            make_record(
                phq9,
                answers_for(phq_total, len(phq9.items), ctx.rng, item9=item9),
                difficulty=1,
                at=at,
                tz_offset_min=0,
                session_id=sid,
            ),
        )
        safety.bind_shown(ctx.db, q)
        repo.insert(
            ctx.db,
            make_record(
                gad7,
                answers_for(gad_total, len(gad7.items), ctx.rng),
                at=at + timedelta(minutes=5),
                tz_offset_min=0,
                session_id=sid,
            ),
        )
    done = [s for s in ctx.ketamine_sessions() if s.status == "done"]
    for n, s in enumerate(done):
        if session_local_date(s) < first_day:
            continue
        symptom, severity, minutes, bp = SIDE_EFFECTS[n % len(SIDE_EFFECTS)]
        when: datetime = s.scheduled_at + timedelta(minutes=(s.duration_min or 40) + 20)
        repo.insert(
            ctx.db,
            make_side_effect(
                symptom,
                severity,
                duration_min=minutes,
                bp=bp,
                session_id=s.id,
                at=when,
                tz_offset_min=s.tz_offset_min,
            ),
        )
    logger.info("sample questionnaires and side effects added")
