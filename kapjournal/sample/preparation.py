"""Sample-journal section for "Before a session": intentions, the checklist with ticks,
questions for the care team and baseline check-ins. Everything here is invented.

Registered in ``kapjournal.sample.build.sections()`` right after ``_courses``.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from kapjournal import prompts
from kapjournal.preparation import checklist, course
from kapjournal.sample.context import DemoContext
from kapjournal.storage import repo
from kapjournal.storage.models import Checkin, Session

logger = logging.getLogger(__name__)

# Invented answers, keyed by the shipped intention pack's prompt ids.
SAMPLE_INTENTIONS: tuple[dict[str, str], ...] = (
    {
        "what_brings_me": "Months of feeling flat and far away from the people I love.",
        "hope_to_understand": "Why I keep bracing for bad news even when things are fine.",
        "willing_to_meet": "The sadness I usually push away with busyness.",
        "treat_myself": "Gently, the way I would treat a friend.",
        "support_after": "My partner picks me up; quiet evening at home.",
        "intention_phrase": "Meet what comes with curiosity",
        "anchor": "Breathe, I am safe here",
    },
    {
        "what_brings_me": "Last time opened something about my father. I want to stay with it.",
        "hope_to_understand": "What I needed back then, and what I need now.",
        "willing_to_meet": "The old anger, without letting it run the show.",
        "treat_myself": "With patience.",
        "support_after": "My sister is coming over for dinner.",
        "intention_phrase": "Listen to the younger me",
        "anchor": "Soft belly",
    },
    {
        "what_brings_me": "I feel lighter, and a bit afraid it will not last.",
        "hope_to_understand": "How to keep the small changes going in daily life.",
        "willing_to_meet": "The fear of losing what I have found.",
        "treat_myself": "With kindness, whatever comes up.",
        "support_after": "A walk by the river with my partner.",
        "intention_phrase": "Let it be enough",
        "anchor": "Here and now",
    },
)
SAMPLE_QUESTIONS = (
    "Is it normal to feel very tired the day after a session?",
    "Can we talk about how to keep up the breathing practice between sessions?",
)


def demo_section(ctx: DemoContext) -> None:
    """Add preparation data to the sample journal's current course."""
    if not ctx.courses:
        return
    current = ctx.courses[-1]
    now = ctx.at(ctx.today, 8)  # "now" in the sample's own timeline
    pack = prompts.shipped_pack("intention")
    ketamine = [
        s
        for s in ctx.sessions
        if s.course_id == current.id and s.kind == "ketamine" and s.status in ("done", "planned")
    ]
    checklist.ensure_template(ctx.db)
    for index, session in enumerate(ketamine):
        sid = session.id or 0
        answers = SAMPLE_INTENTIONS[index % len(SAMPLE_INTENTIONS)]
        written = min(session.scheduled_at - timedelta(hours=13), now)
        course.save_intention(ctx.db, sid, answers, pack, at=written)
        if session.status == "done":
            _baseline(ctx, session)
            items = [item for item, _ in checklist.items_for_session(ctx.db, sid)]
            skipped = ctx.rng.randrange(len(items)) if items else -1
            for n, item in enumerate(items):
                if n != skipped:
                    checklist.tick(ctx.db, sid, item.id or 0, at=session.scheduled_at - timedelta(hours=2))
    upcoming = [s for s in ketamine if s.status == "planned"]
    chosen = upcoming or ketamine
    target = chosen[0] if chosen else None
    for n, text in enumerate(SAMPLE_QUESTIONS):
        asked = now - timedelta(days=1, hours=n)
        checklist.add_question(ctx.db, text, target.id if target else None, at=asked)
    logger.info("sample preparation data added")


def _baseline(ctx: DemoContext, session: Session) -> None:
    mood = ctx.rng.randint(3, 6)
    repo.insert(
        ctx.db,
        Checkin(
            mood=mood,
            anxiety=max(0, min(10, 10 - mood + ctx.rng.randint(-1, 1))),
            energy=ctx.rng.randint(3, 6),
            sleep=ctx.rng.randint(4, 7),
            feelings=["hopeful", "anxious"] if mood >= 5 else ["tired", "anxious"],
            context="baseline",
            session_id=session.id,
            at_utc=session.scheduled_at - timedelta(minutes=45),
        ),
    )
