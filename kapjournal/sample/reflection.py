"""Sample-journal section for "After a session": captures, integration reflections at
the scheduled steps, action steps (some done), thought records, MBCT notes and the
practice log. Everything here is invented.

Registered in ``kapjournal.sample.build.sections()`` after the preparation section. The newest
session's 72-hour reflection is left unwritten, so the sample's Today shows it.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from kapjournal import prompts
from kapjournal.reflection import after_session
from kapjournal.sample.context import DemoContext
from kapjournal.storage.models import Session

logger = logging.getLogger(__name__)

CAPTURES = (
    {
        "remember_most": "The feeling of being held by the music, and that nothing needed fixing.",
        "feelings": ["calm", "tender", "surprised"],
        "body_now": "Heavy and warm, a little tired.",
        "images_memories": "A long corridor opening onto the sea. My grandmother's kitchen.",
        "one_word": "spacious",
    },
    {
        "remember_most": "I could look at the old anger without becoming it.",
        "feelings": ["angry", "grieving", "relieved"],
        "body_now": "Shoulders softer than this morning.",
        "images_memories": "My father's hands on the steering wheel.",
        "one_word": "untangled",
    },
    {
        "remember_most": "Lightness is allowed to stay.",
        "feelings": ["hopeful", "joyful", "tired"],
        "body_now": "Light, sleepy.",
        "images_memories": "Sunlight on the river, my partner laughing.",
        "one_word": "enough",
    },
)
REFLECTIONS = {
    "24h": {
        "intention_met": "Partly",
        "what_shifted": "I woke up without the usual dread. Talked to my sister for an hour.",
        "emotions": "Tenderness, some sadness in the afternoon, and relief.",
        "body": "Slept nine hours. Appetite back.",
        "still_confusing": "Why the corridor image keeps coming back.",
        "next_step": "Ten-minute walk by the river after lunch",
    },
    "72h": {
        "intention_met": "It feels met",
        "what_shifted": "I noticed the bracing-for-bad-news habit twice and let it go.",
        "emotions": "Steadier. A little flat on Tuesday evening.",
        "body": "Less tension in the jaw.",
        "relationships": "Said no to an extra shift without apologising three times.",
        "letting_go": "The idea that I have to earn rest.",
        "celebrate": "Cooked for friends.",
        "next_step": "Breathing space before the Monday meeting",
    },
    "before_next": {
        "intention_met": "It changed",
        "what_shifted": "The intention grew from understanding to allowing.",
        "still_confusing": "How to hold on to this when work gets busy.",
        "relationships": "More honest with my partner.",
        "letting_go": "Perfectionism about the practice.",
        "celebrate": "A full week of short practices.",
        "next_step": "Write three lines in the journal each evening",
        "carry_forward": "Curiosity, and permission to rest.",
    },
}
THOUGHT_RECORDS = (
    after_session.ThoughtRecord(
        situation="Monday, team meeting. My manager frowned while I presented the plan.",
        moods=[after_session.MoodRating("anxious", 80, 40), after_session.MoodRating("ashamed", 60, 25)],
        thoughts=["She thinks I am not up to this job.", "I always mess up presentations."],
        hot=0,
        traps=["Mind-reading", "Over-generalizing"],
        evidence_for="She frowned and asked two questions about the budget.",
        evidence_against="She said the plan was clear. She frowns when she concentrates. "
        "Last month she asked me to lead the project.",
        balanced="She was thinking about the budget. One frown is not a verdict on my work.",
        belief=70,
        action_step="Ask her on Thursday what she thought of the budget part",
    ),
    after_session.ThoughtRecord(
        situation="Saturday evening at home, a friend cancelled dinner at short notice.",
        moods=[after_session.MoodRating("lonely", 70, 35), after_session.MoodRating("sad", 50, 30)],
        thoughts=["Nobody really wants to spend time with me.", "I should have expected it."],
        hot=0,
        traps=["Over-generalizing", "Fortune-telling", "Should statements"],
        evidence_for="She cancelled. It is the second time this month.",
        evidence_against="She apologised and suggested next week. Two friends invited me this week.",
        balanced="Plans change; she still wants to meet. I can reach out to someone else tonight.",
        belief=65,
        action_step="Text Sam to go for a walk tomorrow",
    ),
)
DECENTERING = (
    "Thought: 'This will never get better.' Seen as a thought, it is a weather report from "
    "a tired mind, not a forecast."
)
BODY_SCANS = (
    "Feet warm, hard to stay with the belly. Noticed the jaw clenching and it softened a little.",
    "Restless at first. Around the shoulders, a sense of space. Drifted off near the end.",
)


def _ketamine_done(ctx: DemoContext) -> list[Session]:
    return [s for s in ctx.sessions if s.kind == "ketamine" and s.status == "done"]


def demo_section(ctx: DemoContext) -> None:
    """Add "after a session" data to the sample journal."""
    now = ctx.at(ctx.today, 8)
    capture_pack = prompts.shipped_pack("capture")
    integ_pack = prompts.shipped_pack("integration")
    cbt_pack = prompts.shipped_pack("cbt")
    mbct_pack = prompts.shipped_pack("mbct")
    done = _ketamine_done(ctx)
    newest = done[-1] if done else None
    by_course: dict[int, list[Session]] = {}
    for s in ctx.sessions:
        if s.kind == "ketamine" and s.status != "cancelled":
            by_course.setdefault(s.course_id, []).append(s)
    steps_made = 0
    for index, session in enumerate(done):
        sid = session.id or 0
        day = session.scheduled_at.date()
        capture_at = ctx.at(day, 20, ctx.rng.randint(0, 50))
        if capture_at <= now:
            after_session.save_capture(
                ctx.db, sid, CAPTURES[index % len(CAPTURES)], pack=capture_pack, at=capture_at
            )
        siblings = by_course.get(session.course_id, [])
        later = [s for s in siblings if s.scheduled_at > session.scheduled_at]
        for step, answers in REFLECTIONS.items():
            if step == "before_next":
                if not later:
                    continue
                when = ctx.at(later[0].scheduled_at.date() - timedelta(days=1), 19, 30)
            else:
                when = ctx.at(day + timedelta(days=after_session.step_days(step) or 1), 19, 15)
            if when > now or (session is newest and step == "72h"):
                continue
            entry = after_session.save_reflection(ctx.db, sid, step, answers, pack=integ_pack, at=when)
            due = when.date() + timedelta(days=2)
            step_row = after_session.add_action_step(
                ctx.db, str(answers["next_step"]), due, entry_id=entry.id, session_id=sid
            )
            steps_made += 1
            if due < ctx.today - timedelta(days=1):
                status = ("done", "done", "changed", "not_done")[steps_made % 4]
                note = {
                    "done": "Did it twice, felt good.",
                    "changed": "Walked in the evening instead.",
                    "not_done": "Too tired that week; will try again.",
                }[status]
                after_session.resolve_step(ctx.db, step_row.id or 0, status, note)
    _thought_records(ctx, cbt_pack, now)
    _practice(ctx, mbct_pack, now)
    logger.info("sample integration data added")


def _thought_records(ctx: DemoContext, pack: prompts.PromptPack, now: datetime) -> None:
    days: list[date] = [ctx.today - timedelta(days=d) for d in (5, 2) if d < ctx.days]
    step = 45
    back = 40
    while back < ctx.days:
        days.append(ctx.today - timedelta(days=back))
        back += step
    for n, day in enumerate(sorted(days)):
        template = THOUGHT_RECORDS[n % len(THOUGHT_RECORDS)]
        record = after_session.ThoughtRecord(
            situation=template.situation,
            moods=[after_session.MoodRating(m.name, m.before, m.after) for m in template.moods],
            thoughts=list(template.thoughts),
            hot=template.hot,
            traps=list(template.traps),
            evidence_for=template.evidence_for,
            evidence_against=template.evidence_against,
            balanced=template.balanced,
            belief=template.belief,
            action_step=template.action_step,
        )
        at = min(ctx.at(day, 18, 40), now)
        entry = after_session.save_thought_record(ctx.db, record, at=at, pack=pack)
        due = day + timedelta(days=3)
        row = after_session.add_action_step(ctx.db, record.action_step, due, entry_id=entry.id)
        if due < ctx.today:
            after_session.resolve_step(
                ctx.db,
                row.id or 0,
                "done" if n % 3 else "changed",
                "It went better than I feared." if n % 3 else "Asked by email instead.",
            )


def _practice(ctx: DemoContext, pack: prompts.PromptPack, now: datetime) -> None:
    for offset in range(ctx.days):
        day = ctx.today - timedelta(days=offset)
        recent = offset < 60
        if ctx.rng.random() < (0.7 if recent else 0.3):
            after_session.log_practice(ctx.db, "breathing_space", 3, at=min(ctx.at(day, 7, 45), now))
        if day.weekday() == 6 and (recent or ctx.rng.random() < 0.3):
            minutes = ctx.rng.choice((15, 20, 30))
            note = None
            if recent:
                text = BODY_SCANS[(offset // 7) % len(BODY_SCANS)]
                note = after_session.save_mbct(
                    ctx.db, "body_scan", {}, body=text, pack=pack, at=min(ctx.at(day, 10), now)
                )
            after_session.log_practice(
                ctx.db, "body_scan", minutes, at=min(ctx.at(day, 10), now), entry_id=note.id if note else None
            )
    if ctx.days > 3:
        after_session.save_mbct(
            ctx.db,
            "decentering",
            {},
            body=DECENTERING,
            pack=pack,
            at=min(ctx.at(ctx.today - timedelta(days=3), 21), now),
        )
