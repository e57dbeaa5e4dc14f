"""The summary model: what is collected, what the patient can untick, ranges, sections.

``build_fixed_journal`` makes the fixed journal the renderer, golden-file and UI tests
use too (fixed dates, offsets and text; a private note and check-in that must never
appear; one entry the tests untick).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from kapjournal import prompts
from kapjournal import summary as S
from kapjournal.measures import safety
from kapjournal.measures.instruments import make_record
from kapjournal.measures.side_effects import make_side_effect
from kapjournal.preparation import checklist, course
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import Checkin, Commitment, Course, Entry, Session

TZ = timezone(timedelta(hours=1))
TODAY = date(2026, 3, 20)
START, END = date(2026, 3, 1), date(2026, 3, 20)
GENERATED = datetime(2026, 3, 20, 18, 30, tzinfo=TZ)
PRIVATE_NOTE = "PRIVATE-NOTE-never-exported"
PRIVATE_CHECKIN = "PRIVATE-CHECKIN-never-exported"
UNTICK_TEXT = "UNTICK-ME-this-entry-is-removed"
NON_LATIN = "Ελπίδα · надежда · أمل · תקווה · आशा · ความหวัง"
EMOJI = "🌿🙂"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=TZ)


def build_fixed_journal(db: Database) -> dict[str, str]:
    """Fill ``db``; returns uids by name for the tests."""
    uids: dict[str, str] = {}
    repo.set_setting(db, "profile/name", "Alex Example")
    c = repo.insert(db, Course(title="Spring course", start_date=date(2026, 3, 5), clinic="Lakeside Clinic"))
    sessions = []
    for day, status in ((5, "done"), (8, "done"), (12, "done"), (26, "planned")):
        sessions.append(
            repo.insert(
                db,
                Session(
                    course_id=c.id or 0,
                    scheduled_at=at(day, 9).astimezone(UTC),
                    tz_offset_min=60,
                    duration_min=40,
                    status=status,
                ),
            )
        )
    s1, s2, s3 = sessions[0].id or 0, sessions[1].id or 0, sessions[2].id or 0
    intention = course.save_intention(
        db,
        s1,
        {
            "what_brings_me": "Months of feeling *flat*.\n\nI want to feel close to people again.",
            "intention_phrase": "Meet what comes with curiosity",
            "anchor": "Breathe",
        },
        prompts.shipped_pack("intention"),
        share=True,
        at=at(4, 20),
    )
    uids["intention"] = intention.uid
    capture = repo.insert(
        db,
        Entry(
            kind="capture",
            session_id=s1,
            title="Opening",
            pack_id="kapjournal.capture",
            pack_version="1",
            answers={
                "remember_most": "The warmth in my chest.",
                "feelings": ["calm", "tender"],
                "one_word": "Opening",
            },
            share=True,
            occurred_at=at(5, 19),
            tz_offset_min=60,
        ),
    )
    uids["capture"] = capture.uid
    integ = repo.insert(
        db,
        Entry(
            kind="integration",
            subkind="24h",
            session_id=s1,
            pack_id="kapjournal.integration",
            pack_version="1",
            answers={"what_shifted": "I called my sister.", "next_step": "Walk after lunch"},
            share=True,
            occurred_at=at(6, 18),
            tz_offset_min=60,
        ),
    )
    uids["integration"] = integ.uid
    foreign = repo.insert(
        db,
        Entry(
            kind="integration",
            session_id=s2,
            pack_id="therapist.pack.not.imported",
            answers={"body_scan": "Shoulders softer."},
            share=True,
            occurred_at=at(9, 18),
            tz_offset_min=60,
        ),
    )
    uids["foreign"] = foreign.uid
    note = repo.insert(
        db,
        Entry(
            kind="note",
            body=f"Words that helped today: {NON_LATIN} {EMOJI}",
            share=True,
            occurred_at=at(14, 21),
            tz_offset_min=60,
        ),
    )
    uids["note"] = note.uid
    repo.insert(
        db,
        Entry(kind="note", body=PRIVATE_NOTE, share=False, occurred_at=at(15, 21), tz_offset_min=60),
    )
    untick = repo.insert(
        db,
        Entry(kind="note", body=UNTICK_TEXT, share=True, occurred_at=at(16, 21), tz_offset_min=60),
    )
    uids["untick"] = untick.uid
    question = checklist.add_question(db, "Is it normal to feel tired the day after?", s2, at=at(7, 10))
    uids["question"] = question.uid
    moods = [4, 3, 4, 5, 4, 6, 5, 6, 7, 6, 5, 6, 7, 0, 6, 7, 7, 6, 7, 8]
    for i, mood in enumerate(moods):
        day = i + 1
        ck = repo.insert(
            db,
            Checkin(
                mood=mood,
                anxiety=max(0, 9 - mood),
                energy=5,
                sleep=6,
                feelings=["calm"],
                note="A hard evening; I used my plan." if mood == 0 else "",
                at_utc=at(day, 20).astimezone(UTC),
                tz_offset_min=60,
            ),
        )
        uids[f"checkin_{day}"] = ck.uid
    repo.insert(
        db,
        Checkin(
            mood=5, note=PRIVATE_CHECKIN, share=False, at_utc=at(10, 8).astimezone(UTC), tz_offset_min=60
        ),
    )
    phq = [
        (4, [2, 2, 2, 2, 1, 2, 1, 1, 1]),
        (11, [1, 1, 2, 1, 1, 1, 1, 1, 0]),
        (18, [1, 1, 1, 1, 0, 1, 0, 0, 0]),
    ]
    # The safety page came up while the first PHQ-9 was answered (item 9 above 0); what it
    # showed is tied to that questionnaire when it is saved.
    shown = safety.shown_from(safety.safety_info("GB", db))
    safety.record_shown(db, "phq9_item9", shown, at(4, 18, 58).astimezone(UTC))
    for day, answers in phq:
        q = repo.insert(db, make_record("phq9", answers, at=at(day, 19), tz_offset_min=60))
        safety.bind_shown(db, q)
        uids[f"phq9_{day}"] = q.uid
    for day, answers in ((4, [2, 2, 1, 2, 1, 1, 2]), (18, [1, 1, 0, 1, 0, 1, 1])):
        q = repo.insert(db, make_record("gad7", answers, at=at(day, 19, 10), tz_offset_min=60))
        uids[f"gad7_{day}"] = q.uid
    se = repo.insert(
        db, make_side_effect("nausea", 1, duration_min=30, session_id=s1, at=at(5, 10), tz_offset_min=60)
    )
    uids["side_effect_1"] = se.uid
    se = repo.insert(
        db,
        make_side_effect(
            "raised_bp", 2, duration_min=30, bp=(150, 95), session_id=s2, at=at(8, 10), tz_offset_min=60
        ),
    )
    uids["side_effect_2"] = se.uid
    cm = repo.insert(
        db,
        Commitment(
            text="Walk ten minutes after lunch",
            due_date=date(2026, 3, 10),
            status="done",
            outcome_note="Did it four days out of five.",
            session_id=s1,
            created_at=at(6, 18).astimezone(UTC),
        ),
    )
    uids["action_done"] = cm.uid
    cm = repo.insert(
        db,
        Commitment(
            text="Call an old friend", status="open", session_id=s3, created_at=at(13, 18).astimezone(UTC)
        ),
    )
    uids["action_open"] = cm.uid
    return uids


def fixed_summary(db: Database, **kw: object) -> S.Summary:
    options = S.SummaryOptions(START, END, **kw)  # type: ignore[arg-type]
    return S.build_summary(db, options, now=GENERATED)


@pytest.fixture
def fixed(db: Database) -> dict[str, str]:
    return build_fixed_journal(db)


# -- tests ------------------------------------------------------------------------------
def test_only_shared_records_are_offered(db: Database, fixed: dict[str, str]) -> None:
    col = S.collect(db, START, END)
    offered = S.offered_items(col)
    texts = " ".join(i.text for i in offered)
    assert PRIVATE_NOTE not in texts and PRIVATE_CHECKIN not in texts
    uids = {i.uid for i in offered}
    for name in (
        "intention",
        "capture",
        "integration",
        "note",
        "untick",
        "question",
        "phq9_4",
        "side_effect_2",
    ):
        assert fixed[name] in uids, name
    assert len([i for i in offered if i.section == "mood"]) == 20
    summary = fixed_summary(db)
    assert PRIVATE_CHECKIN not in {c.note for c in summary.checkins}
    assert len(summary.checkins) == 20


def test_summary_sections_and_labels(db: Database, fixed: dict[str, str]) -> None:
    s = fixed_summary(db)
    assert s.patient_name == "Alex Example"
    assert [b.number for b in s.sessions] == [1, 2, 3]
    first = s.sessions[0]
    assert first.intention is not None and first.intention.title == "Meet what comes with curiosity"
    labels = [a.label for a in first.intention.answers]
    assert "What brings me to this session?" in labels or any("brings me" in x for x in labels)
    assert all(a.text != "Meet what comes with curiosity" for a in first.intention.answers)
    assert first.captures[0].answers[1].text == "calm, tender"
    assert first.reflections[0].step_label == "1 day after"
    # An unknown pack falls back to the prompt id as the label.
    assert s.sessions[1].reflections[0].answers[0].label == "body_scan"
    assert [r.symptom for r in s.sessions[1].side_effects] == ["Raised blood pressure"]
    assert s.sessions[1].side_effects[0].reading == "150/95 mmHg"
    assert [o.uid for o in s.other_reflections] == [fixed["note"], fixed["untick"]]
    assert [q.session_number for q in s.questions] == [2]
    scores = [(r.title, r.total, r.change) for r in s.scores]
    assert scores == [
        ("PHQ-9", 14, None),
        ("GAD-7", 11, None),
        ("PHQ-9", 9, -5),
        ("PHQ-9", 5, -9),
        ("GAD-7", 5, -6),
    ]
    assert s.scores[0].band == "moderate"
    kinds = [f.kind for f in s.flags]
    assert kinds == ["phq9_item9", "lowest_mood"]
    assert [a.status_label for a in s.actions] == ["done", "still open"]
    assert s.mood is not None and s.mood.lowest == (0, date(2026, 3, 14))
    assert s.mood.granularity == "week"


def test_unticked_records_leave_every_part(db: Database, fixed: dict[str, str]) -> None:
    excluded = frozenset({fixed["untick"], fixed["phq9_4"], fixed["checkin_14"], fixed["side_effect_1"]})
    s = fixed_summary(db, excluded=excluded)
    assert fixed["untick"] not in {e.uid for e in s.other_reflections}
    assert fixed["phq9_4"] not in {r.uid for r in s.scores}
    assert fixed["checkin_14"] not in {c.uid for c in s.checkins}
    assert not s.sessions[0].side_effects
    # The flags came from the unticked records, so they are gone too.
    assert s.flags == ()
    assert not (excluded & s.included)
    # Change is now measured from the first PHQ-9 still included.
    assert [r.change for r in s.scores if r.instrument == "phq9"] == [None, -4]
    data = S.trend_data_of(s)
    assert data.series["mood"][13] == (date(2026, 3, 14), None)


def test_sections_switch_off(db: Database, fixed: dict[str, str]) -> None:
    s = fixed_summary(db, sections=frozenset({"mood"}), show_name=False)
    assert s.patient_name == ""
    assert not s.has("sessions") and s.has("mood")


def test_empty_range_is_honest(db: Database, fixed: dict[str, str]) -> None:
    s = S.build_summary(db, S.SummaryOptions(date(2020, 1, 1), date(2020, 1, 31)), now=GENERATED)
    assert s.is_empty
    assert s.mood is None and not s.scores and not s.sessions and not s.flags


def test_presets(db: Database, fixed: dict[str, str]) -> None:
    start, end = S.preset_range(db, "course", TODAY)
    assert start == date(2026, 2, 26) and end == TODAY
    assert S.preset_range(db, "two_weeks", TODAY) == (date(2026, 3, 7), TODAY)
    assert S.preset_range(db, "last_session", TODAY) == (date(2026, 3, 11), TODAY)
    with pytest.raises(ValueError):
        S.preset_range(db, "nonsense", TODAY)


def test_presets_without_course(db: Database) -> None:
    assert S.preset_range(db, "course", TODAY) == (TODAY - timedelta(days=29), TODAY)
    assert S.preset_range(db, "last_session", TODAY) == (TODAY - timedelta(days=13), TODAY)


def test_long_range_aggregates_by_month(db: Database, fixed: dict[str, str]) -> None:
    s = S.build_summary(db, S.SummaryOptions(date(2016, 3, 1), END), now=GENERATED)
    assert s.mood is not None and s.mood.granularity == "month"
    assert [p.label for p in s.mood.periods] == ["Mar 2026"]
    assert S.trend_data_of(s).unit == "week"


def test_export_acknowledgement_is_remembered(db: Database) -> None:
    assert not S.export_acknowledged(db)
    S.acknowledge_export(db)
    assert S.export_acknowledged(db)


def test_default_filename_has_no_patient_text() -> None:
    assert S.default_filename("pdf", date(2026, 11, 21)) == "kapjournal-summary-2026-11-21.pdf"
    assert S.default_filename("fhir", date(2026, 11, 21)).endswith(".fhir.json")


def test_attach_chart_uses_the_renderer_only_with_checkins(db: Database, fixed: dict[str, str]) -> None:
    calls: list[str] = []

    def renderer(s: S.Summary, fmt: str) -> bytes:
        calls.append(fmt)
        return fmt.encode()

    s = S.attach_chart(fixed_summary(db), renderer)
    assert s.chart_png == b"png" and s.chart_svg == b"svg"
    off = S.attach_chart(fixed_summary(db, sections=frozenset({"sessions"})), renderer)
    assert off.chart_png is None and calls == ["png", "svg"]


def test_safety_flags_stay_in_when_the_section_is_switched_off(db) -> None:  # type: ignore[no-untyped-def]
    """CLINICAL.md: item-9 answers are flagged in exports the patient makes."""
    from datetime import UTC, date, datetime

    from kapjournal import summary as S
    from kapjournal.measures import instruments
    from kapjournal.storage import repo

    when = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    repo.insert(db, instruments.make_record("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 1], at=when))
    options = S.SummaryOptions(date(2026, 3, 1), date(2026, 3, 31), sections=frozenset({"scores"}))
    summary = S.build_summary(db, options)
    assert summary.flags and "safety" in summary.sections
    from kapjournal.exporters.markdown_export import render_markdown_doc

    assert "item 9" in render_markdown_doc(summary).decode("utf-8")
