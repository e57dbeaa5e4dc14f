"""A realistic sample journal (``kapjournal demo`` and "Explore with sample data").

Everything here is invented. ``days`` sets how far back the history reaches; a
course of three ketamine sessions sits near the end, with maintenance sessions every
few months before it for long histories. A fixed seed keeps the sample reproducible.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import date, timedelta

from kapjournal import prefs
from kapjournal.sample import measures, preparation, reflection
from kapjournal.sample.context import DemoContext
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import Checkin, Course, Entry, Session

__all__ = ["DemoContext", "build_demo", "sections"]

logger = logging.getLogger(__name__)

SAMPLE_NAME = "Sample patient"
NOTE_LINES = (
    "Walked by the river after lunch. The light on the water helped.",
    "Hard morning. Noticed the old story of 'I always mess things up' and let it pass.",
    "Called my sister. We laughed about the holidays for the first time in a while.",
    "Slept badly, but the breathing exercise settled me before work.",
    "Cooked a proper dinner and ate it slowly. Small win.",
    "Felt flat today. Writing it down so I can tell my therapist.",
    "Noticed I was kinder to myself when the meeting went badly.",
    "Spent an hour in the garden. Hands in the soil, mind quiet.",
    "A wave of sadness in the afternoon; it passed after a walk.",
    "Read a few pages before bed instead of scrolling.",
)
FEELINGS = ("calm", "tired", "hopeful", "anxious", "sad", "grateful", "restless", "content")


def _courses(ctx: DemoContext) -> None:
    """One current course near today; maintenance courses every ~90 days before it."""
    start = ctx.today - timedelta(days=min(ctx.days - 1, 12))
    first_day = ctx.today - timedelta(days=ctx.days - 1)
    plans: list[tuple[date, int, str]] = [(start, 3, "First course")]
    cursor = start - timedelta(days=90)
    while cursor >= first_day:
        plans.append((cursor, 1, "Maintenance"))
        cursor -= timedelta(days=90)
    for begin, count, title in reversed(plans):
        course = repo.insert(
            ctx.db,
            Course(
                title=title,
                start_date=begin,
                clinic="Riverside Ketamine Clinic",
                care_name="Dr. Alex Morgan",
                care_phone="+1 555 0100",
                care_email="care@example.org",
            ),
        )
        ctx.courses.append(course)
        for n in range(count):
            day = begin + timedelta(days=n * 3)
            status = "done" if day < ctx.today else "planned"
            ctx.sessions.append(
                repo.insert(
                    ctx.db,
                    Session(
                        course_id=course.id or 0,
                        kind="ketamine",
                        scheduled_at=ctx.at(day, 9, 30),
                        duration_min=40,
                        setting="clinic",
                        route="IV",
                        status=status,
                    ),
                )
            )
        if count > 1:
            therapy_day = begin + timedelta(days=1)
            ctx.sessions.append(
                repo.insert(
                    ctx.db,
                    Session(
                        course_id=course.id or 0,
                        kind="integration",
                        scheduled_at=ctx.at(therapy_day, 16, 0),
                        duration_min=50,
                        status="done" if therapy_day < ctx.today else "planned",
                    ),
                )
            )


def _mood_for(ctx: DemoContext, day: date) -> int:
    """Low-ish before the course, lifting after each session, with daily noise."""
    base = 4.0
    for s in ctx.ketamine_sessions():
        delta = (day - s.scheduled_at.date()).days
        if 0 <= delta <= 20:
            base += 1.2 * (1 - delta / 25)
    return max(0, min(10, round(base + ctx.rng.uniform(-1.5, 1.5))))


def _checkins(ctx: DemoContext) -> None:
    for offset in range(ctx.days):
        day = ctx.today - timedelta(days=ctx.days - 1 - offset)
        mood = _mood_for(ctx, day)
        repo.insert(
            ctx.db,
            Checkin(
                mood=mood,
                anxiety=max(0, min(10, 10 - mood + ctx.rng.randint(-2, 1))),
                energy=max(0, min(10, mood + ctx.rng.randint(-2, 2))),
                sleep=ctx.rng.randint(3, 8),
                feelings=ctx.rng.sample(FEELINGS, 2),
                at_utc=ctx.not_after_now(ctx.at(day, 20, ctx.rng.randint(0, 59))),
            ),
        )


def _notes(ctx: DemoContext) -> None:
    for offset in range(ctx.days):
        day = ctx.today - timedelta(days=ctx.days - 1 - offset)
        line = NOTE_LINES[(offset * 7 + ctx.rng.randint(0, 3)) % len(NOTE_LINES)]
        repo.insert(
            ctx.db,
            Entry(
                kind="note",
                body=line,
                occurred_at=ctx.not_after_now(ctx.at(day, 21, ctx.rng.randint(0, 59))),
                tags=["daily"] + (["win"] if "win" in line.lower() else []),
                share=False,
            ),
        )


def sections() -> list[Callable[[DemoContext], None]]:
    """Every section, in order (courses first: the others hang off its sessions)."""
    return [
        _courses,
        preparation.demo_section,
        reflection.demo_section,
        measures.demo_section,
        _checkins,
        _notes,
    ]


def build_demo(db: Database, days: int = 30, today: date | None = None, seed: int = 7) -> None:
    """Fill ``db`` with a sample history of ``days`` days ending ``today``."""
    if days < 1:
        raise ValueError("days must be at least 1")
    ctx = DemoContext(db=db, today=today or date.today(), days=days, rng=random.Random(seed))
    with db.transaction():
        prefs.set_journal_value(db, prefs.PROFILE_NAME, SAMPLE_NAME)
        prefs.set_journal_value(db, prefs.SAMPLE_JOURNAL, True)
        for section in sections():
            section(ctx)
    logger.info("sample journal built")
