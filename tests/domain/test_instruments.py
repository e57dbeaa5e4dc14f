"""PHQ-9 and GAD-7: data fidelity, scoring at every band edge, refusals, schedule, demo."""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kapjournal.measures import instruments
from kapjournal.measures.instruments import (
    InstrumentFileError,
    InvalidAnswers,
    due_on,
    get_instrument,
    item9_flag,
    load_instrument,
    load_instruments,
    make_record,
    score,
)
from kapjournal.measures.safety import safety_flags
from kapjournal.sample import build
from kapjournal.sample.build import DemoContext
from kapjournal.sample.measures import answers_for, demo_section
from kapjournal.storage import repo
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.models import Course, Questionnaire, Session, SideEffect

# The PHQ-9 and GAD-7 section of the project's CLINICAL.md, copied into the repository.
CLINICAL = Path(__file__).resolve().parents[1] / "_reference" / "clinical-instruments.md"
SNAPSHOT = "A snapshot to discuss with your care team."


def spread(total: int, items: int) -> list[int]:
    """Fill items with 3s from the front: spread(10, 9) == [3, 3, 3, 1, 0, 0, 0, 0, 0]."""
    return [min(3, max(0, total - 3 * i)) for i in range(items)]


# -- the data files --------------------------------------------------------------------
def test_shipped_instruments_load_and_match_storage() -> None:
    found = load_instruments()
    assert set(found) == {"phq9", "gad7", "pcl5", "auditc"}
    assert len(found["phq9"].items) == repo.QUESTIONNAIRE_ITEMS["phq9"] == 9
    assert len(found["gad7"].items) == repo.QUESTIONNAIRE_ITEMS["gad7"] == 7
    assert len(found["pcl5"].items) == repo.QUESTIONNAIRE_ITEMS["pcl5"] == 20
    assert len(found["auditc"].items) == repo.QUESTIONNAIRE_ITEMS["auditc"] == 3
    for inst in found.values():
        assert inst.max_score == repo.QUESTIONNAIRE_MAX_ANSWER[inst.id]
    assert found["phq9"].max_total == 27
    assert found["gad7"].max_total == 21


def test_metadata_permission_sources_loinc_and_note() -> None:
    phq9, gad7 = get_instrument("phq9"), get_instrument("gad7")
    for inst in (phq9, gad7):
        assert inst.copyright == "No permission required to reproduce, translate, display or distribute"
        assert inst.result_note == SNAPSHOT
        assert inst.recall_days == 14
        assert [o.label for o in inst.options] == [
            "Not at all", "Several days", "More than half the days", "Nearly every day",
        ]  # fmt: skip
    assert "Kroenke" in phq9.sources[0].citation and "2001" in phq9.sources[0].citation
    assert "16:606–613" in phq9.sources[0].citation
    assert "Spitzer" in gad7.sources[0].citation and "2006" in gad7.sources[0].citation
    assert "166:1092–1097" in gad7.sources[0].citation
    assert (phq9.loinc_panel, phq9.loinc_total) == ("44249-1", "44261-6")
    assert (gad7.loinc_panel, gad7.loinc_total) == ("69737-5", "70274-6")
    assert phq9.items[8].loinc == "44260-8" and phq9.items[8].safety
    assert [i.number for i in phq9.items if i.safety] == [9]
    assert not any(i.safety for i in gad7.items)
    assert [b.label for b in phq9.bands] == [
        "minimal", "mild", "moderate", "moderately severe", "severe",
    ]  # fmt: skip
    assert [b.label for b in gad7.bands] == ["minimal", "mild", "moderate", "severe"]
    assert phq9.difficulty is not None and len(phq9.difficulty.options) == 4
    assert gad7.difficulty is None


def _clinical_text() -> str:
    text = CLINICAL.read_text(encoding="utf-8")
    assert text.startswith("<!-- Copied unchanged from the project's CLINICAL.md"), "say where it came from"
    return text


def _clinical_items(text: str) -> dict[str, list[str]]:
    """Numbered items under the 'PHQ-9 — ' and 'GAD-7 — ' paragraphs, wrapped lines joined."""
    section = text.split("## PHQ-9 and GAD-7", 1)[1].split("\n## ", 1)[0]
    items: dict[str, list[str]] = {"phq9": [], "gad7": []}
    current: str | None = None
    for line in section.splitlines():
        if line.startswith("PHQ-9 — "):
            current = "phq9"
        elif line.startswith("GAD-7 — "):
            current = "gad7"
        elif current and (m := re.match(r"^(\d)\. (.*)$", line)):
            assert int(m.group(1)) == len(items[current]) + 1
            items[current].append(m.group(2).strip())
        elif current and line.startswith("   ") and items[current]:
            items[current][-1] += " " + line.strip()
        elif current and items[current] and not line.strip():
            current = None
    return items


def test_wording_matches_clinical_md_exactly() -> None:
    text = _clinical_text()
    flat = re.sub(r"\s*\n\s*", " ", text)
    phq9, gad7 = get_instrument("phq9"), get_instrument("gad7")

    items = _clinical_items(text)
    assert len(items["phq9"]) == 9 and len(items["gad7"]) == 7
    assert [i.text for i in phq9.items] == items["phq9"]
    assert [i.text for i in gad7.items] == items["gad7"]
    # Punctuation is part of the wording.
    assert "—" in phq9.items[5].text and "noticed? Or the opposite —" in phq9.items[7].text

    stems = dict(re.findall(r'(PHQ-9|GAD-7) — "(.+?)"', flat))
    assert phq9.stem == stems["PHQ-9"]
    assert gad7.stem == stems["GAD-7"]

    answers_part = re.search(r"Answers: (.+?)\. Total", flat)
    assert answers_part
    answers = re.findall(r"([A-Z][A-Za-z ]+?) \((\d)\)", answers_part.group(1))
    expected = [(label, int(n)) for label, n in answers]
    assert len(expected) == 4
    for inst in (phq9, gad7):  # GAD-7: "Same answers"
        assert [(o.label, o.score) for o in inst.options] == expected

    difficulty = re.search(r'Optional unscored item: "(.+?)" \((.+?)\)', flat)
    assert difficulty and phq9.difficulty is not None
    assert phq9.difficulty.text == difficulty.group(1)
    assert [o.label for o in phq9.difficulty.options] == difficulty.group(2).split(" / ")

    statement = re.search(r'Both carry the statement "(.+?)"', flat)
    assert statement and phq9.copyright == statement.group(1) == gad7.copyright

    for inst, pattern in ((phq9, r"bands: (.+?) \(Kroenke"), (gad7, r"bands (.+?) \(Spitzer")):
        found = re.search(pattern, flat)
        assert found
        bands = [(int(a), int(b), lab.strip()) for a, b, lab in
                 re.findall(r"(\d+)–(\d+) ([a-z ]+)", found.group(1))]  # fmt: skip
        assert [(b.lower, b.upper, b.label) for b in inst.bands] == bands

    loinc = re.search(
        r"PHQ-9 panel (\S+), PHQ-9 total (\S+), item 9 (\S+); GAD-7 panel (\S+), GAD-7 total (\S+)\.",
        flat,
    )
    assert loinc
    assert loinc.groups() == (
        phq9.loinc_panel, phq9.loinc_total, phq9.items[8].loinc, gad7.loinc_panel, gad7.loinc_total,
    )  # fmt: skip


# -- scoring -----------------------------------------------------------------------------
PHQ9_EDGES = [
    (0, "minimal", "minimal"),
    (4, "minimal", "minimal"),
    (5, "mild", "mild"),
    (9, "mild", "mild"),
    (10, "moderate", "moderate"),
    (14, "moderate", "moderate"),
    (15, "moderately_severe", "moderately severe"),
    (19, "moderately_severe", "moderately severe"),
    (20, "severe", "severe"),
    (27, "severe", "severe"),
]
GAD7_EDGES = [
    (0, "minimal", "minimal"),
    (4, "minimal", "minimal"),
    (5, "mild", "mild"),
    (9, "mild", "mild"),
    (10, "moderate", "moderate"),
    (14, "moderate", "moderate"),
    (15, "severe", "severe"),
    (21, "severe", "severe"),
]


@pytest.mark.parametrize(("total", "band_id", "label"), PHQ9_EDGES)
def test_phq9_band_edges(total: int, band_id: str, label: str) -> None:
    answers = spread(total, 9)
    assert sum(answers) == total
    result = score("phq9", answers)
    assert result.complete
    assert (result.total, result.band_id, result.band_label) == (total, band_id, label)


@pytest.mark.parametrize(("total", "band_id", "label"), GAD7_EDGES)
def test_gad7_band_edges(total: int, band_id: str, label: str) -> None:
    result = score("gad7", spread(total, 7))
    assert result.complete
    assert (result.total, result.band_id, result.band_label) == (total, band_id, label)


def test_hand_computed_examples() -> None:
    # 1+2+0+3+1+0+2+1+0 = 10 -> moderate
    assert score("phq9", [1, 2, 0, 3, 1, 0, 2, 1, 0]).total == 10
    assert score("phq9", [1, 2, 0, 3, 1, 0, 2, 1, 0]).band_id == "moderate"
    # 0+0+1+1+0+2+0+0+0 = 4 -> minimal (upper edge)
    assert score("phq9", [0, 0, 1, 1, 0, 2, 0, 0, 0]).band_id == "minimal"
    # 3+3+3+3+3+0+2 = 17 -> severe for GAD-7
    assert score("gad7", [3, 3, 3, 3, 3, 0, 2]).band_label == "severe"
    # 2+2+1+2+2+2+3 = 14 -> moderate (upper edge)
    assert score("gad7", [2, 2, 1, 2, 2, 2, 3]).band_id == "moderate"


@pytest.mark.parametrize(
    ("instrument", "answers"),
    [
        ("phq9", [4, 0, 0, 0, 0, 0, 0, 0, 0]),
        ("phq9", [0, 0, 0, 0, 0, 0, 0, 0, -1]),
        ("phq9", [0, 0, 0, 0, 1.5, 0, 0, 0, 0]),
        ("phq9", [0, 0, 0, 0, True, 0, 0, 0, 0]),
        ("phq9", [0, 0, 0, 0, "1", 0, 0, 0, 0]),
        ("gad7", [0, 0, 0, 0, 0, 0, 9]),
        ("phq9", [0] * 8),
        ("phq9", [0] * 10),
        ("gad7", [0] * 9),
        ("gad7", []),
    ],
)
def test_domain_refuses_bad_answers(instrument: str, answers: list[object]) -> None:
    with pytest.raises(InvalidAnswers):
        score(instrument, answers)  # type: ignore[arg-type]
    with pytest.raises(InvalidData):  # InvalidAnswers is an InvalidData too
        make_record(instrument, answers)  # type: ignore[arg-type]


def test_unknown_instrument_refused() -> None:
    with pytest.raises(InvalidAnswers):
        score("beck", [0] * 21)


@pytest.mark.parametrize(
    ("instrument", "answers", "total", "difficulty"),
    [
        ("phq9", [4, 0, 0, 0, 0, 0, 0, 0, 0], 4, None),
        ("phq9", [-1, 1, 0, 0, 0, 0, 0, 0, 0], 0, None),
        ("phq9", [0] * 8, 0, None),
        ("phq9", [0] * 10, 0, None),
        ("gad7", [0] * 9, 0, None),
        ("gad7", [1, 1, 1, 1, 1, 1, 1], 8, None),  # total does not match
        ("phq9", [0] * 9, 0, 4),  # difficulty out of range
        ("beck", [0] * 9, 0, None),
    ],
)
def test_storage_refuses_bad_questionnaires(
    db, instrument: str, answers: list[int], total: int, difficulty: int | None
) -> None:  # type: ignore[no-untyped-def]
    rec = Questionnaire(instrument=instrument, answers=answers, total=total, band="x", difficulty=difficulty)
    with pytest.raises(InvalidData):
        repo.insert(db, rec)
    assert repo.select(db, Questionnaire) == []


def test_half_done_is_not_complete_and_has_no_total() -> None:
    answers = [3, 3, 3, None, 3, 3, 3, 3, 3]
    result = score("phq9", answers)
    assert not result.complete
    assert result.total is None and result.band_id is None and result.band_label is None
    assert result.answered == 8 and result.item_count == 9
    assert not score("gad7", [None] * 7).complete
    with pytest.raises(InvalidAnswers):
        make_record("phq9", answers)


def test_item9_flag() -> None:
    assert item9_flag([0, 0, 0, 0, 0, 0, 0, 0, 1])
    assert item9_flag([3, 3, 3, 3, 3, 3, 3, 3, 3])
    assert not item9_flag([3, 3, 3, 3, 3, 3, 3, 3, 0])
    assert item9_flag([None] * 8 + [2])  # while the form is still being filled in
    assert not item9_flag([None] * 9)
    with pytest.raises(InvalidAnswers):
        item9_flag([0] * 7)


def test_record_round_trip(db) -> None:  # type: ignore[no-untyped-def]
    at = datetime(2025, 3, 4, 18, 30, tzinfo=UTC)
    rec = make_record("phq9", [1, 2, 0, 3, 1, 0, 2, 1, 0], difficulty=2, at=at, tz_offset_min=60)
    repo.insert(db, rec)
    back = repo.select(db, Questionnaire)
    assert len(back) == 1
    q = back[0]
    assert (q.instrument, q.answers, q.total, q.band, q.difficulty) == (
        "phq9", [1, 2, 0, 3, 1, 0, 2, 1, 0], 10, "moderate", 2,
    )  # fmt: skip
    assert q.at_utc == at and q.tz_offset_min == 60
    assert instruments.result_of(q).band_label == "moderate"
    with pytest.raises(InvalidAnswers):
        make_record("gad7", [0] * 7, difficulty=1)  # GAD-7 has no difficulty question


# -- file validation --------------------------------------------------------------------
SHIPPED = Path(instruments.__file__).resolve().parents[2] / "resources" / "questionnaires"


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = (SHIPPED / "phq9.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("upper = 9\n", "upper = 8\n", "band"),  # a gap between bands
        ("upper = 27", "upper = 26", "maximum total"),
        ("number = 3", "number = 4", "numbered"),
        ('stem = "', 'stem_x = "', "stem"),
        ('score = 2\nlabel = "More', 'score = 5\nlabel = "More', "option scores"),
        ('loinc_total = "44261-6"', 'loinc_total = "LOINC"', "LOINC"),
        ("[[sources]]", "[[sourcez]]", "sources"),
        ("format = 1", "format = 1\n[[[", "TOML"),
    ],
)
def test_bad_files_refused_naming_the_file(tmp_path: Path, old: str, new: str, reason: str) -> None:
    with pytest.raises(InstrumentFileError) as err:
        load_instrument(_broken(tmp_path, old, new))
    assert str(err.value).startswith("broken.toml:")
    assert reason in str(err.value)


def test_missing_file_and_folder_named(tmp_path: Path) -> None:
    with pytest.raises(InstrumentFileError, match=r"^absent\.toml:"):
        load_instrument(tmp_path / "absent.toml")
    with pytest.raises(InstrumentFileError, match="no questionnaire files"):
        load_instruments(tmp_path)
    (tmp_path / "other.toml").write_text((SHIPPED / "phq9.toml").read_text(encoding="utf-8"))
    with pytest.raises(InstrumentFileError, match=r"^other\.toml: file name must match"):
        load_instruments(tmp_path)


# -- suggested schedule -------------------------------------------------------------------
def _session(sid: int, day: date, *, course: int = 1, kind: str = "ketamine",
             status: str = "planned", hour: int = 9, offset: int = 0) -> Session:  # fmt: skip
    return Session(
        id=sid, course_id=course, kind=kind, status=status, tz_offset_min=offset,
        scheduled_at=datetime(day.year, day.month, day.day, hour, 30, tzinfo=UTC),
    )  # fmt: skip


def _taken(instrument: str, day: date, offset: int = 0) -> Questionnaire:
    n = 9 if instrument == "phq9" else 7
    return Questionnaire(
        instrument=instrument, answers=[0] * n, total=0, band="minimal",
        at_utc=datetime(day.year, day.month, day.day, 12, tzinfo=UTC), tz_offset_min=offset,
    )  # fmt: skip


COURSE = [
    _session(1, date(2025, 3, 2)),
    _session(2, date(2025, 3, 5)),
    _session(3, date(2025, 3, 8)),
    _session(4, date(2025, 3, 3), kind="integration"),  # not a ketamine session
]


def _due(on: date, sessions: list[Session] = COURSE,
         history: list[Questionnaire] | None = None) -> dict[str, str]:  # fmt: skip
    return {d.instrument_id: d.reason_id for d in due_on(on, sessions, history or [])}


@pytest.mark.parametrize(
    ("on", "reason"),
    [
        (date(2025, 2, 20), None),  # too early for a baseline
        (date(2025, 2, 23), "baseline"),  # 7 days before session 1
        (date(2025, 3, 2), "baseline"),  # the day of session 1
        (date(2025, 3, 3), "before_session"),  # the day after session 1, before session 2
        (date(2025, 3, 5), "before_session"),
        (date(2025, 3, 9), "end_of_course"),
        (date(2025, 3, 15), "end_of_course"),
        (date(2025, 3, 16), None),
        (date(2025, 3, 20), "after_course_2w"),
        (date(2025, 3, 26), "after_course_2w"),
        (date(2025, 3, 27), None),
        (date(2025, 4, 3), "after_course_4w"),
        (date(2025, 4, 9), "after_course_4w"),
        (date(2025, 4, 10), None),
    ],
)
def test_schedule_points(on: date, reason: str | None) -> None:
    due = _due(on)
    if reason is None:
        assert due == {}
    else:
        assert due == {"phq9": reason, "gad7": reason}


def test_schedule_respects_history_per_instrument() -> None:
    history = [_taken("phq9", date(2025, 2, 27))]
    assert _due(date(2025, 3, 1), history=history) == {"gad7": "baseline"}
    # Taken before session 1 does not count for "before session 2".
    history = [_taken("phq9", date(2025, 3, 2)), _taken("gad7", date(2025, 3, 4))]
    assert _due(date(2025, 3, 4), history=history) == {"phq9": "before_session"}
    before_2 = due_on(date(2025, 3, 4), COURSE, history)[0]
    assert (before_2.session_id, before_2.session_number) == (2, 2)
    assert before_2.reason_text() == "Before session 2"
    # An end-of-course questionnaire on day 1 covers the whole window.
    history = [_taken("phq9", date(2025, 3, 9)), _taken("gad7", date(2025, 3, 9))]
    assert _due(date(2025, 3, 12), history=history) == {}


def test_schedule_ignores_cancelled_and_other_kinds() -> None:
    sessions = [*COURSE[:2], _session(3, date(2025, 3, 8), status="cancelled"), COURSE[3]]
    assert _due(date(2025, 3, 6), sessions) == {"phq9": "end_of_course", "gad7": "end_of_course"}
    only_therapy = [_session(9, date(2025, 3, 2), kind="therapy")]
    assert _due(date(2025, 3, 1), only_therapy) == {}
    assert _due(date(2025, 3, 1), []) == {}


def test_schedule_weekly_when_no_session_is_near() -> None:
    sessions = [_session(1, date(2025, 1, 1)), _session(2, date(2025, 1, 20))]
    assert _due(date(2025, 1, 10), sessions) == {"phq9": "weekly", "gad7": "weekly"}
    history = [_taken("phq9", date(2025, 1, 3))]  # 8 days ago
    assert _due(date(2025, 1, 10), sessions, history) == {"phq9": "weekly", "gad7": "weekly"}
    history = [_taken("phq9", date(2025, 1, 4))]  # 7 days, counting today
    assert _due(date(2025, 1, 10), sessions, history) == {"gad7": "weekly"}
    assert _due(date(2025, 1, 18), sessions) == {"phq9": "before_session", "gad7": "before_session"}


def test_schedule_uses_local_days() -> None:
    # 23:30 UTC at +02:00 is 01:30 on the next local day.
    late = [_session(1, date(2025, 3, 2), hour=23, offset=120)]
    assert instruments.session_local_date(late[0]) == date(2025, 3, 3)
    assert _due(date(2025, 3, 3), late) == {"phq9": "baseline", "gad7": "baseline"}
    assert _due(date(2025, 3, 4), late) == {"phq9": "end_of_course", "gad7": "end_of_course"}
    # Answered at 12:00 UTC on Mar 10 at -14:00: locally still Mar 9, inside the window.
    history = [_taken("phq9", date(2025, 3, 10), offset=-14 * 60)]
    assert "phq9" not in _due(date(2025, 3, 9), COURSE, history)


# -- demo section ---------------------------------------------------------------------------
def _demo_ctx(db, today: date) -> DemoContext:  # type: ignore[no-untyped-def]
    ctx = DemoContext(db=db, today=today, days=30, rng=random.Random(3))
    course = repo.insert(db, Course(title="Course", start_date=today - timedelta(days=12),
                                    care_phone="+1 555 0100"))  # fmt: skip
    ctx.courses.append(course)
    for n, back in enumerate((12, 9, 6)):
        ctx.sessions.append(repo.insert(db, Session(
            course_id=course.id or 0, kind="ketamine", status="done", duration_min=40,
            scheduled_at=ctx.at(today - timedelta(days=back), 9, 30),
        )))  # fmt: skip
        assert n == len(ctx.sessions) - 1
    ctx.sessions.append(repo.insert(db, Session(
        course_id=course.id or 0, kind="integration", status="done",
        scheduled_at=ctx.at(today - timedelta(days=11), 16),
    )))  # fmt: skip
    return ctx


def test_demo_section(db) -> None:  # type: ignore[no-untyped-def]
    today = date(2025, 6, 20)
    ctx = _demo_ctx(db, today)
    demo_section(ctx)
    phq = repo.select(db, Questionnaire, "instrument = 'phq9'", order="at_utc")
    gad = repo.select(db, Questionnaire, "instrument = 'gad7'", order="at_utc")
    # baseline, before sessions 2 and 3, end of course; the 2- and 4-week points are future.
    assert len(phq) == len(gad) == 4
    assert [q.answers[8] for q in phq].count(1) == 1
    assert all(q.answers[8] in (0, 1) for q in phq)
    totals = [q.total for q in phq]
    assert totals == sorted(totals, reverse=True) and totals[0] > totals[-1]
    assert [q.total for q in gad] == sorted((q.total for q in gad), reverse=True)
    for q in phq + gad:
        assert q.band == score(q.instrument, q.answers).band_id
        assert q.at_utc.date() <= today
    # Each one sits where the suggested schedule asks for it.
    for q in phq:
        earlier = [h for h in phq if h.at_utc < q.at_utc]
        assert "phq9" in {d.instrument_id for d in due_on(q.at_utc.date(), ctx.sessions, earlier)}
    effects = repo.select(db, SideEffect)
    assert len(effects) == 3
    assert {e.session_id for e in effects} == {s.id for s in ctx.ketamine_sessions()}
    assert len(safety_flags(db, today - timedelta(days=30), today)) == 1


def test_demo_section_in_build_demo(db) -> None:  # type: ignore[no-untyped-def]
    assert demo_section in build.sections()
    today = date(2025, 6, 20)
    build.build_demo(db, days=200, today=today)
    phq = repo.select(db, Questionnaire, "instrument = 'phq9'")
    assert len(phq) >= 3
    assert sum(1 for q in phq if q.answers[8] > 0) == 1
    flags = [f for f in safety_flags(db, today - timedelta(days=200), today)
             if f.kind == "phq9_item9"]  # fmt: skip
    assert len(flags) == 1


def test_demo_answers_sum_to_the_total() -> None:
    rng = random.Random(1)
    for total, item9 in ((0, 0), (5, 1), (16, 1), (25, 1), (27, None)):
        answers = answers_for(total, 9, rng, item9=item9)
        assert sum(answers) == total and all(0 <= a <= 3 for a in answers)
        if item9 is not None:
            assert answers[8] == item9
    with pytest.raises(ValueError, match="cannot be reached"):
        answers_for(27, 9, rng, item9=1)


def test_demo_short_history_keeps_the_baseline(db) -> None:  # type: ignore[no-untyped-def]
    today = date(2025, 6, 20)
    ctx = _demo_ctx(db, today)
    ctx.days = 13  # the history starts on the day of session 1
    demo_section(ctx)
    phq = repo.select(db, Questionnaire, "instrument = 'phq9'", order="at_utc")
    first = ctx.sessions[0].scheduled_at
    assert phq[0].at_utc.date() == first.date() and phq[0].at_utc < first
    assert phq[0].answers[8] == 1
    assert sum(1 for q in phq if q.answers[8]) == 1
