"""After a session, without widgets: captures, reflections, action steps, thought
records, MBCT practice, the timeline and search, on real SQLCipher journals."""

from __future__ import annotations

import wave
from datetime import UTC, date, datetime, time, timedelta

import pytest

from kapjournal import prompts
from kapjournal.preparation import course
from kapjournal.preparation import today as today_rules
from kapjournal.reflection import after_session
from kapjournal.sample.build import build_demo
from kapjournal.storage import repo
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.models import Commitment, Course, Entry, Practice

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _course(db, first_day: date = date(2026, 3, 9)):  # type: ignore[no-untyped-def]
    times = course.default_plan(first_day, time(10), 0)
    plan = course.create_course_with_plan(db, Course(title="c"), times, False, now=NOW)
    return plan.sessions


def test_share_defaults_per_kind_and_setting(db) -> None:  # type: ignore[no-untyped-def]
    assert after_session.share_default(db, "integration") is True
    assert after_session.share_default(db, "capture") is False
    after_session.set_share_default(db, "capture", True)
    assert after_session.share_default(db, "capture") is True
    entry = after_session.save_capture(db, None, {"one_word": "open"})
    assert entry.share is True
    after_session.set_share_default(db, "note", True)
    assert after_session.save_note(db, "hello").share is True
    with pytest.raises(InvalidData):
        after_session.set_share_default(db, "nonsense", True)


def test_capture_keeps_answers_and_one_word_title(db) -> None:  # type: ignore[no-untyped-def]
    s1 = _course(db)[0]
    entry = after_session.save_capture(
        db, s1.id, {"remember_most": "the music", "feelings": ["tender", "calm"], "one_word": "spacious"}
    )
    assert entry.kind == "capture" and entry.session_id == s1.id
    assert entry.title == "spacious"
    assert entry.answers["feelings"] == ["calm", "tender"]  # pack order
    assert after_session.capture_for(db, s1.id or 0).id == entry.id
    with pytest.raises(InvalidData):
        after_session.save_capture(db, s1.id, {"not_a_prompt": "x"})


def test_reflection_quotes_intention_and_marks_step_done(db) -> None:  # type: ignore[no-untyped-def]
    s1 = _course(db)[0]
    course.save_intention(db, s1.id or 0, {"intention_phrase": "Meet what comes with curiosity"})
    ctx = after_session.reflection_context(db, s1.id or 0, "24h")
    assert ctx.number == 1 and ctx.days == 1
    assert ctx.intention_phrase == "Meet what comes with curiosity"
    assert ctx.existing is None
    now = datetime(2026, 3, 10, 12, 0).astimezone()
    assert any(i.kind == "day_after" and i.params["step"] == "24h" for i in today_rules.today_items(db, now))
    entry = after_session.save_reflection(db, s1.id or 0, "24h", {"what_shifted": "lighter"})
    assert entry.kind == "integration" and entry.subkind == "24h"
    again = after_session.save_reflection(db, s1.id or 0, "24h", {"what_shifted": "lighter still"})
    assert again.id == entry.id  # one reflection per session and step
    assert course.integration_done(db, s1.id or 0, "24h")
    assert not any(i.kind == "day_after" for i in today_rules.today_items(db, now))
    with pytest.raises(InvalidData):
        after_session.reflection_context(db, s1.id or 0, "'; DROP TABLE entry; --")


def test_action_steps_due_resolve_and_follow_their_entry(db) -> None:  # type: ignore[no-untyped-def]
    s1 = _course(db)[0]
    entry = after_session.save_reflection(db, s1.id or 0, "24h", {"what_shifted": "x"})
    step = after_session.set_action_step(db, entry, "Walk after lunch", date(2026, 3, 12))
    assert step is not None and step.entry_id == entry.id and step.session_id == s1.id
    assert after_session.steps_due(db, date(2026, 3, 11)) == []
    assert [s.id for s in after_session.steps_due(db, date(2026, 3, 12))] == [step.id]
    undated = after_session.add_action_step(db, "Call Sam")
    assert undated.id not in [s.id for s in after_session.steps_due(db, date(2030, 1, 1))]
    changed = after_session.set_action_step(db, entry, "Walk after dinner", None)
    assert changed is not None and changed.id == step.id and changed.due_date is None
    done = after_session.resolve_step(db, undated.id or 0, "changed", "texted instead")
    assert done.status == "changed" and done.outcome_note == "texted instead" and done.resolved_at
    reopened = after_session.resolve_step(db, undated.id or 0, "open")
    assert reopened.resolved_at is None
    with pytest.raises(InvalidData):
        after_session.resolve_step(db, undated.id or 0, "maybe")
    with pytest.raises(InvalidData):
        after_session.add_action_step(db, "   ")
    assert after_session.all_steps(db)[0].status == "open"
    # Deleting the entry removes its open step but keeps resolved ones.
    after_session.resolve_step(db, step.id or 0, "done", "twice")
    after_session.delete_entry(db, entry)
    assert repo.get(db, Commitment, step.id or 0) is not None
    assert repo.get(db, Commitment, step.id or 0).entry_id is None  # type: ignore[union-attr]


def test_parse_mood_lines() -> None:
    assert after_session.parse_mood_lines("anxious 70\nsad, 40 %\n calm:5 ") == [
        ("anxious", 70),
        ("sad", 40),
        ("calm", 5),
    ]
    assert after_session.parse_mood_lines("numb\nover 150") == [("numb", None), ("over 150", None)]


def test_thought_record_round_trip_fits_the_pack(db) -> None:  # type: ignore[no-untyped-def]
    rec = after_session.ThoughtRecord(
        situation="Meeting on Monday",
        moods=[after_session.MoodRating("anxious", 80, 40), after_session.MoodRating("sad", 50, None)],
        thoughts=["She thinks I am useless", "I always fail"],
        hot=0,
        traps=["Mind-reading", "Over-generalizing", "not a real trap"],
        evidence_for="She frowned",
        evidence_against="She praised the plan",
        balanced="One frown is not a verdict",
        belief=70,
        action_step="Ask her on Thursday",
    )
    pack = prompts.shipped_pack("cbt")
    entry = after_session.save_thought_record(db, rec, tags=["work"])
    assert prompts.validate_answers(pack, entry.answers) == entry.answers
    assert entry.answers["moods"] == "anxious 80\nsad 50"
    assert entry.answers["moods_now"] == "anxious 40"
    assert entry.answers["hot_thought"] == "She thinks I am useless"
    assert entry.title == "She thinks I am useless"
    loaded = repo.get(db, Entry, entry.id or 0)
    assert loaded is not None
    assert set(loaded.tags) == {"Mind-reading", "Over-generalizing", "work"}
    back = after_session.ThoughtRecord.from_answers(loaded.answers)
    assert back.hot_thought() == "She thinks I am useless"
    assert [(m.name, m.before, m.after) for m in back.moods] == [("anxious", 80, 40), ("sad", 50, None)]
    assert back.traps == ["Mind-reading", "Over-generalizing"]
    assert back.belief == 70
    with pytest.raises(InvalidData):
        after_session.save_thought_record(db, after_session.ThoughtRecord(belief=101))
    with pytest.raises(InvalidData):
        after_session.save_thought_record(
            db, after_session.ThoughtRecord(moods=[after_session.MoodRating("x", -5, None)])
        )


def test_practice_log_weekly_totals(db) -> None:  # type: ignore[no-untyped-def]
    today = date(2026, 3, 11)  # a Wednesday
    for day, minutes in ((date(2026, 3, 9), 3), (date(2026, 3, 11), 20), (date(2026, 3, 4), 10)):
        after_session.log_practice(db, "breathing_space", minutes, at=datetime.combine(day, time(12), UTC))
    weeks = after_session.weekly_totals(db, today, 3)
    assert weeks == [(date(2026, 2, 23), 0), (date(2026, 3, 2), 10), (date(2026, 3, 9), 23)]
    with pytest.raises(InvalidData):
        after_session.log_practice(db, "breathing_space", 2000)
    with pytest.raises(InvalidData):
        after_session.log_practice(db, "levitation", 5)
    entry = after_session.save_mbct(db, "decentering", {}, body="a thought, not a fact")
    assert entry.kind == "mbct" and entry.subkind == "decentering" and entry.share is True
    with pytest.raises(InvalidData):
        after_session.save_mbct(db, "unknown", {})


def test_timeline_pages_filters_and_search(db) -> None:  # type: ignore[no-untyped-def]
    s1 = _course(db)[0]
    base = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for n in range(250):
        e = Entry(
            kind="note",
            body=f"note {n} river" if n % 10 == 0 else f"note {n}",
            occurred_at=base + timedelta(hours=n // 2),
            tags=["odd"] if n % 2 else [],
        )
        repo.insert(db, e)
    after_session.save_reflection(db, s1.id or 0, "24h", {"what_shifted": "the river was calm"})
    flt = after_session.TimelineFilter()
    assert after_session.timeline_count(db, flt) == 251
    seen: list[Entry] = []
    page = after_session.timeline_page(db, flt, None, 100)
    while page:
        seen += page
        page = after_session.timeline_page(db, flt, seen[-1], 100)
    assert len(seen) == 251 and len({e.id for e in seen}) == 251
    stamps = [(e.occurred_at, e.id) for e in seen]
    assert stamps == sorted(stamps, reverse=True)
    assert after_session.timeline_count(db, after_session.TimelineFilter(kind="integration")) == 1
    assert after_session.timeline_count(db, after_session.TimelineFilter(session_id=s1.id)) == 1
    assert after_session.timeline_count(db, after_session.TimelineFilter(tag="odd")) == 125
    hits = after_session.search_timeline(db, "river", flt)
    assert len(hits) == 26 and all("\x02" in snip for _, snip in hits)
    only = after_session.search_timeline(db, "river", after_session.TimelineFilter(kind="integration"))
    assert len(only) == 1
    assert after_session.search_timeline(db, "river", after_session.TimelineFilter(tag="odd")) == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "NEAR",
        "OR",
        "AND NOT",
        "(((",
        ")",
        'river"',
        "NEAR(river note",
        "river OR",
        "-river",
        "^river",
        "col:river",
        "'",
        "\x00",
        "🌿*",
        "",
    ],
)
def test_fts_syntax_never_errors(db, query: str) -> None:  # type: ignore[no-untyped-def]
    after_session.save_note(db, "river near the bridge OR somewhere")
    after_session.search_timeline(db, query, after_session.TimelineFilter())
    after_session.search_timeline(db, query, after_session.TimelineFilter(kind="note", tag="x"))


def test_unusual_text_and_large_entries_are_kept(db) -> None:  # type: ignore[no-untyped-def]
    odd = "emoji 🌿🫶 RTL שלום עולם مرحبا combining e\u0301 a\u0308 NUL\x00end"
    entry = after_session.save_note(db, odd, tags=["ünïcode", "🌿"])
    loaded = repo.get(db, Entry, entry.id or 0)
    assert loaded is not None
    assert loaded.body == odd.replace("\x00", "\ufffd")
    hits = after_session.search_timeline(db, "שלום", after_session.TimelineFilter())
    assert {h for h, _ in hits} == {entry.id}
    big = ("A quiet paragraph about the river and the light. " * 21_000)[:1_000_000] + " needleword"
    e2 = after_session.save_note(db, big)
    assert len(repo.get(db, Entry, e2.id or 0).body) == len(big)  # type: ignore[union-attr]
    hits = after_session.search_timeline(db, "needleword", after_session.TimelineFilter())
    assert [h for h, _ in hits] == [
        e2.id
    ]


def test_deleted_entry_is_gone_from_search(db, canary) -> None:  # type: ignore[no-untyped-def]
    entry = after_session.save_note(db, f"secret {canary}")
    assert after_session.search_timeline(db, canary, after_session.TimelineFilter())
    after_session.delete_entry(db, entry)
    assert after_session.search_timeline(db, canary, after_session.TimelineFilter()) == []
    assert repo.get(db, Entry, entry.id or 0) is None


def test_demo_has_after_session_data(db) -> None:  # type: ignore[no-untyped-def]
    build_demo(db, days=60, today=date(2026, 3, 20))
    kinds = {
        k: repo.count(db, Entry, "kind = ?", (k,))
        for k in ("capture", "integration", "thought_record", "mbct")
    }
    assert all(v > 0 for v in kinds.values()), kinds
    subkinds = {r[0] for r in db.query("SELECT DISTINCT subkind FROM entry WHERE kind = 'integration'")}
    assert {"24h", "72h", "before_next"} <= subkinds
    assert repo.count(db, Commitment, "status = 'done'") > 0
    assert repo.count(db, Commitment, "status = 'open'") > 0
    assert repo.count(db, Practice) > 20
    assert sum(m for _, m in after_session.weekly_totals(db, date(2026, 3, 20), 4)) > 0
    # The newest session's 72-hour reflection is left for Today.
    now = datetime(2026, 3, 20, 12, 0).astimezone()
    items = today_rules.today_items(db, now)
    assert [(i.kind, i.params.get("step")) for i in items if i.kind == "day_after"] == [("day_after", "72h")]


def test_chime_is_a_short_wav(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.content.resdir import resource_path

    path = resource_path("ui", "chime.wav")
    with wave.open(str(path)) as w:
        seconds = w.getnframes() / w.getframerate()
        assert w.getnchannels() == 1 and 0.5 <= seconds <= 0.7
        frames = w.readframes(w.getnframes())
    tail = frames[-200:]
    assert (
        max(abs(int.from_bytes(tail[i : i + 2], "little", signed=True)) for i in range(0, 200, 2)) < 500
    )  # fades out
