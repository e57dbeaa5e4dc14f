"""Course planning, warnings, numbering, deletion, Today, intentions, reminders, demo."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from kapjournal import prompts
from kapjournal.prefs import INTEGRATION_SCHEDULE
from kapjournal.preparation import checklist, course
from kapjournal.preparation import today as today_rules
from kapjournal.preparation.today import TodayItem
from kapjournal.sample.build import DemoContext, _courses
from kapjournal.sample.preparation import demo_section
from kapjournal.storage import repo
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.models import Checkin, ChecklistTick, Course, Entry, Session

TZ = timezone(timedelta(hours=2))
START = date(2030, 5, 6)


def at(day: int, hour: int = 9, minute: int = 30) -> datetime:
    """Local time on day ``day`` of the course."""
    return datetime.combine(START + timedelta(days=day), time(hour, minute), tzinfo=TZ)


def plan(db, *, fourth: bool = False, now: datetime | None = None) -> course.PlanResult:  # type: ignore[no-untyped-def]
    times = course.default_plan(START, time(9, 30), 120)
    return course.create_course_with_plan(
        db, Course(title="First", start_date=START), times, fourth, now=now or at(-5)
    )


def kinds(items: list[TodayItem]) -> list[str]:
    return [i.kind for i in items]


# -- planning ------------------------------------------------------------------------
def test_default_plan() -> None:
    times = course.default_plan(START, time(14, 0), -300)
    assert [(t - times[0]).days for t in times] == [0, 3, 7, 10]
    assert all(t.utcoffset() == timedelta(minutes=-300) and t.hour == 14 for t in times)


def test_create_course_three_or_four(db) -> None:  # type: ignore[no-untyped-def]
    result = plan(db)
    assert len(result.sessions) == 3 and result.warnings == []
    stored = course.sessions_of(db, result.course.id)
    assert [s.scheduled_at for s in stored] == [at(0), at(3), at(7)]
    assert all(s.tz_offset_min == 120 and s.kind == "ketamine" for s in stored)
    four = plan(db, fourth=True)
    assert len(four.sessions) == 4
    three_given = course.default_plan(START, time(9), 0)[:3]
    added = course.create_course_with_plan(db, Course(), three_given, True, now=at(-5))
    assert (added.sessions[3].scheduled_at - added.sessions[2].scheduled_at).days == 3


def test_naive_times_refused(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidData):
        course.create_course_with_plan(db, Course(), [datetime(2030, 1, 1, 9)], False)
    assert repo.count(db, Course) == 0


def test_past_and_overlap_warn_but_save(db) -> None:  # type: ignore[no-untyped-def]
    times = [at(0), at(0, 10, 0), at(7)]  # second starts 30 min into the first
    result = course.create_course_with_plan(db, Course(), times, False, now=at(2))
    ids = [s.id for s in result.sessions]
    assert len(ids) == 3 and repo.count(db, Session) == 3
    past = {w.session_id for w in result.warnings if w.code == "in_past"}
    overlaps = [w for w in result.warnings if w.code == "overlap"]
    assert past == {ids[0], ids[1]}
    assert len(overlaps) == 1
    assert {overlaps[0].session_id, overlaps[0].other_session_id} == {ids[0], ids[1]}


def test_save_session_warns_on_overlap_with_other_course(db) -> None:  # type: ignore[no-untyped-def]
    first = plan(db)
    other = repo.insert(db, Course(title="other"))
    extra = Session(course_id=other.id or 0, kind="therapy", scheduled_at=at(3, 10, 0))
    saved, warnings = course.save_session(db, extra, now=at(-1))
    assert saved.id is not None
    assert [(w.code, w.other_session_id) for w in warnings] == [("overlap", first.sessions[1].id)]
    _later, warnings = course.save_session(
        db, Session(course_id=other.id or 0, scheduled_at=at(3, 10, 30)), now=at(-1)
    )
    assert [w.other_session_id for w in warnings] == [saved.id]  # 10:00 + 60 min default
    done = Session(course_id=other.id or 0, status="done", scheduled_at=at(-3))
    assert course.save_session(db, done, now=at(0))[1] == []  # a done past session is fine


def test_cancelled_sessions_never_overlap(db) -> None:  # type: ignore[no-untyped-def]
    first = plan(db)
    s = first.sessions[0]
    s.status = "cancelled"
    course.save_session(db, s)
    clash = Session(course_id=first.course.id or 0, scheduled_at=at(0))
    assert course.save_session(db, clash, now=at(-1))[1] == []


# -- numbering -----------------------------------------------------------------------
def test_numbering_skips_cancelled_and_keeps_moved(db) -> None:  # type: ignore[no-untyped-def]
    result = plan(db, fourth=True)
    s1, s2, s3, s4 = result.sessions
    repo.insert(db, Session(course_id=result.course.id or 0, kind="therapy", scheduled_at=at(1)))
    s2.status = "cancelled"
    course.save_session(db, s2)
    moved, _ = course.move_session(db, s3.id or 0, at(12))
    assert moved.status == "moved"
    reloaded = repo.get(db, Session, s3.id or 0)
    assert reloaded is not None and reloaded.tz_offset_min == 120
    course.save_session(db, reloaded)  # a UTC time from the journal keeps the offset
    assert repo.get(db, Session, s3.id or 0).tz_offset_min == 120  # type: ignore[union-attr]
    numbers = course.session_numbers(db, result.course.id or 0)
    assert numbers == {s1.id: 1, s4.id: 2, s3.id: 3}
    assert course.session_number(db, s2) is None


# -- deleting ------------------------------------------------------------------------
def _entries_for(db, session: Session) -> list[Entry]:  # type: ignore[no-untyped-def]
    made = [
        repo.insert(db, Entry(kind="capture", body="remember the sea", session_id=session.id)),
        repo.insert(db, Entry(kind="intention", title="be kind", session_id=session.id)),
    ]
    checklist.tick(db, session.id or 0, checklist.add_item(db, "water").id or 0)
    repo.insert(db, Checkin(mood=5, context="baseline", session_id=session.id))
    return made


def test_delete_session_keeping_entries(db) -> None:  # type: ignore[no-untyped-def]
    s = plan(db).sessions[0]
    made = _entries_for(db, s)
    assert course.delete_session(db, s.id or 0, keep_entries=True) == 2
    assert repo.get(db, Session, s.id or 0) is None
    for entry in made:
        kept = repo.get(db, Entry, entry.id or 0)
        assert kept is not None and kept.session_id is None
    assert [h.entry_id for h in repo.search_entries(db, "sea")] == [made[0].id]
    assert repo.count(db, ChecklistTick) == 0
    assert repo.select(db, Checkin)[0].session_id is None


def test_delete_session_removing_entries(db) -> None:  # type: ignore[no-untyped-def]
    s, other = plan(db).sessions[:2]
    _entries_for(db, s)
    survivor = repo.insert(db, Entry(kind="note", body="other sea", session_id=other.id))
    assert course.delete_session(db, s.id or 0, keep_entries=False) == 2
    assert [e.id for e in repo.select(db, Entry)] == [survivor.id]
    assert [h.entry_id for h in repo.search_entries(db, "sea")] == [survivor.id]
    assert repo.count(db, Checkin) == 1


def test_delete_missing_session(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidData):
        course.delete_session(db, 424242, keep_entries=True)


# -- intentions ----------------------------------------------------------------------
ANSWERS = {"what_brings_me": "Tired of the fog 🌫️", "intention_phrase": "نور Light", "anchor": "breathe"}


def plan_second(db) -> int:  # type: ignore[no-untyped-def]
    from kapjournal.storage.models import Session as S

    sessions = [x for x in repo.select(db, S, order="scheduled_at") if x.kind == "ketamine"]
    return sessions[1].id or 0


def test_save_intention_upserts(db) -> None:  # type: ignore[no-untyped-def]
    s = plan(db).sessions[0]
    first = course.save_intention(db, s.id or 0, ANSWERS, at=at(-1, 20))
    assert first.title == "نور Light" and first.pack_id == "kapjournal.intention"
    # Intentions follow the patient's sharing default (shared unless changed).
    assert first.pack_version == "1" and first.share and first.tz_offset_min == 120
    again = course.save_intention(db, s.id or 0, {**ANSWERS, "intention_phrase": "Stay"}, share=False)
    assert again.id == first.id
    stored = course.intention_for(db, s.id or 0)
    assert stored is not None and stored.title == "Stay" and not stored.share
    course.save_intention(db, s.id or 0, ANSWERS)  # no choice given: the entry keeps its own
    assert not course.intention_for(db, s.id or 0).share  # type: ignore[union-attr]
    from kapjournal.reflection import after_session

    after_session.set_share_default(db, "intention", False)
    second = course.save_intention(db, plan_second(db), ANSWERS)
    assert not second.share
    assert stored.answers["what_brings_me"] == "Tired of the fog 🌫️"
    assert repo.count(db, Entry, "kind = 'intention'") == 2  # one per session


def test_save_intention_refuses_bad_answers(db) -> None:  # type: ignore[no-untyped-def]
    s = plan(db).sessions[0]
    with pytest.raises(InvalidData):
        course.save_intention(db, s.id or 0, {"not_a_prompt": "x"})
    with pytest.raises(InvalidData):
        course.save_intention(db, s.id or 0, ANSWERS, prompts.shipped_pack("capture"))
    assert course.intention_for(db, s.id or 0) is None


def test_previous_intention_and_notes_since(db) -> None:  # type: ignore[no-untyped-def]
    result = plan(db)
    s1, s2, s3 = result.sessions
    assert course.previous_intention(db, s1.id or 0) is None
    course.save_intention(db, s1.id or 0, ANSWERS)
    linked = repo.insert(
        db, Entry(kind="integration", subkind="24h", session_id=s1.id, occurred_at=at(1, 20))
    )
    free = repo.insert(db, Entry(kind="note", body="walk", occurred_at=at(2, 20)))
    repo.insert(db, Entry(kind="note", body="before s1", occurred_at=at(-1, 20)))
    repo.insert(db, Entry(kind="note", body="after s2", occurred_at=at(4, 20)))
    prev = course.previous_intention(db, s2.id or 0)
    assert prev is not None and prev.session.id == s1.id and prev.number == 1
    assert prev.intention is not None and prev.intention.title == "نور Light"
    assert [e.id for e in prev.entries] == [linked.id, free.id]
    # a cancelled s2 is skipped: s3's previous is s1
    s2.status = "cancelled"
    course.save_session(db, s2)
    prev3 = course.previous_intention(db, s3.id or 0)
    assert prev3 is not None and prev3.session.id == s1.id


# -- Today ---------------------------------------------------------------------------
def test_today_without_course(db) -> None:  # type: ignore[no-untyped-def]
    assert today_rules.today_items(db, at(0)) == [TodayItem("no_course")]


def test_today_with_a_course_without_sessions(db) -> None:  # type: ignore[no-untyped-def]
    c = repo.insert(db, Course(title="new"))
    items = today_rules.today_items(db, at(0))
    assert items == [TodayItem("no_sessions", {}, None, c.id)]
    with pytest.raises(InvalidData):
        today_rules.today_items(db, datetime(2030, 1, 1))


def test_today_session_soon_and_intention(db) -> None:  # type: ignore[no-untyped-def]
    s1 = plan(db).sessions[0]
    (item,) = today_rules.today_items(db, at(-2, 12))
    assert item.kind == "session_soon" and item.session_id == s1.id
    assert item.params == {"number": 1, "days": 2, "has_intention": False}
    course.save_intention(db, s1.id or 0, ANSWERS)
    assert today_rules.today_items(db, at(-2, 12))[0].params["has_intention"] is True
    assert today_rules.today_items(db, at(-30, 12)) == []  # too far ahead: nothing yet


def test_today_session_day(db) -> None:  # type: ignore[no-untyped-def]
    s1 = plan(db).sessions[0]
    (item,) = today_rules.today_items(db, at(0, 7))
    assert (item.kind, item.session_id) == ("session_day", s1.id)
    assert item.params == {"number": 1, "has_intention": False, "started": False}
    assert today_rules.today_items(db, at(0, 18))[0].params["started"] is True


def test_today_day_after_steps(db) -> None:  # type: ignore[no-untyped-def]
    result = plan(db)
    s1, s2 = result.sessions[:2]
    day1 = today_rules.today_items(db, at(1, 12))
    assert kinds(day1) == ["day_after", "session_soon"]
    assert day1[0].params == {"number": 1, "days": 1, "step": "24h"}
    assert day1[0].session_id == s1.id
    # the 24h reflection written: it no longer shows, the next session still does
    repo.insert(db, Entry(kind="integration", subkind="24h", session_id=s1.id))
    assert kinds(today_rules.today_items(db, at(1, 12))) == ["session_soon"]
    # day 2 is one day before session 2: before_next
    day2 = today_rules.today_items(db, at(2, 12))
    assert day2[0].params["step"] == "before_next" and day2[1].params["number"] == 2
    # after session 2 (day 3): day 4 -> 24h of session 2; day 6 -> before_next (s3 day 7)
    assert today_rules.today_items(db, at(4, 12))[0].params == {"number": 2, "days": 1, "step": "24h"}
    assert today_rules.today_items(db, at(6, 12))[0].params["step"] == "before_next"
    assert s2.id == today_rules.today_items(db, at(6, 12))[0].session_id


def test_today_after_last_session_and_course_done(db) -> None:  # type: ignore[no-untyped-def]
    result = plan(db)
    s3 = result.sessions[2]
    assert today_rules.today_items(db, at(10, 12))[0].params == {"number": 3, "days": 3, "step": "72h"}
    assert today_rules.today_items(db, at(13, 12))[0].params["step"] == "72h"  # grace period
    repo.insert(db, Entry(kind="integration", subkind="72h", session_id=s3.id))
    done = today_rules.today_items(db, at(13, 12))
    assert done == [TodayItem("course_done", {"sessions": 3, "days": 6}, s3.id, result.course.id)]
    assert today_rules.today_items(db, at(40, 12)) == []


def test_editable_integration_schedule(db) -> None:  # type: ignore[no-untyped-def]
    plan(db)
    assert course.integration_schedule(db) == [1, 3, "before_next"]
    course.set_integration_schedule(db, [2])
    assert today_rules.today_items(db, at(1, 12))[0].kind == "session_soon"  # no step at day 1
    assert today_rules.today_items(db, at(5, 12))[0].params["step"] == "48h"
    with pytest.raises(InvalidData):
        course.set_integration_schedule(db, ["tomorrow"])
    repo.set_setting(db, INTEGRATION_SCHEDULE.key, "garbage")
    assert course.integration_schedule(db) == [1, 3, "before_next"]


def test_due_step() -> None:
    schedule = [1, 3, "before_next"]
    assert course.due_step(schedule, 0, None) is None
    assert course.due_step(schedule, 2, None) == "24h"
    assert course.due_step(schedule, 3, 5) == "72h"
    assert course.due_step(schedule, 3, 1) == "before_next"
    assert course.due_step(schedule, 7, None) == "72h"
    assert course.due_step(schedule, 8, None) is None


# -- reminders -----------------------------------------------------------------------
def test_reminder_times(db) -> None:  # type: ignore[no-untyped-def]
    result = plan(db)
    s1, s2, s3 = result.sessions
    s2.status = "cancelled"
    early = Session(id=99, course_id=1, scheduled_at=at(8, 7, 30).astimezone(UTC), tz_offset_min=120)
    therapy = Session(
        id=98, course_id=1, kind="therapy", scheduled_at=at(9).astimezone(UTC), tz_offset_min=120
    )
    reminders = course.reminder_times([s3, s2, s1, early, therapy], now=at(0, 7))
    got = [(r.session_id, r.kind, r.at.astimezone(TZ)) for r in reminders]
    assert got == [
        (s1.id, "morning_of", at(0, 8, 0)),
        (s3.id, "evening_before", at(6, 19, 0)),
        (s3.id, "morning_of", at(7, 8, 0)),
        (99, "evening_before", at(7, 19, 0)),  # no morning reminder after a 7:30 start
    ]
    assert all(r.at.tzinfo == UTC for r in reminders)
    custom = course.reminder_times([s3], now=at(0), evening_hour=21, morning_hour=6)
    assert [r.at.astimezone(TZ).hour for r in custom] == [21, 6]
    with pytest.raises(ValueError):
        course.reminder_times([s3], now=at(0), evening_hour=24)


# -- demo ----------------------------------------------------------------------------
def test_demo_section(db) -> None:  # type: ignore[no-untyped-def]
    today = date(2030, 6, 20)
    ctx = DemoContext(db=db, today=today, days=5, rng=random.Random(3))
    _courses(ctx)
    demo_section(ctx)
    current = ctx.courses[-1]
    ket = [s for s in ctx.sessions if s.course_id == current.id and s.kind == "ketamine"]
    pack = prompts.shipped_pack("intention")
    prompt_ids = {p.id for p in pack.prompts}
    for s in ket:
        intention = course.intention_for(db, s.id or 0)
        assert intention is not None and set(intention.answers) <= prompt_ids
        assert intention.title and intention.pack_id == pack.id
        ticks = [c for _, c in checklist.items_for_session(db, s.id or 0)]
        baseline = repo.select(db, Checkin, "context = 'baseline' AND session_id = ?", (s.id,))
        if s.status == "done":
            assert sum(ticks) == len(ticks) - 1
            assert len(baseline) == 1 and baseline[0].at_utc < s.scheduled_at
        else:
            assert not any(ticks) and baseline == []
    assert any(s.status == "done" for s in ket) and any(s.status == "planned" for s in ket)
    assert len(checklist.questions_for(db)) == 2
    assert today_rules.today_items(db, datetime.combine(today, time(12), tzinfo=UTC))


def test_demo_section_inside_build_demo(db) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.sample import build

    assert demo_section in build.sections()
    build.build_demo(db, days=40, today=date(2030, 6, 20))
    # the current course only (three sessions, all past at 40 days): not the maintenance one
    assert repo.count(db, Entry, "kind = 'intention'") == 3
    assert repo.count(db, Entry, "kind = 'question'") == 2
    baseline = repo.select(db, Checkin, "context = 'baseline' AND session_id IS NOT NULL")
    assert len({c.session_id for c in baseline}) >= 3
