"""PCL-5 and AUDIT-C: the wording against its source copy character for character, every
band edge, per-item answers, off until switched on, offered by course purpose, the
schedule, storage and the migration that lets a v1 journal hold them."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kapjournal.measures import instruments
from kapjournal.measures.instruments import (
    COURSE_PURPOSES,
    InvalidAnswers,
    due_on,
    get_instrument,
    make_record,
    score,
)
from kapjournal.prefs import QUESTIONNAIRES_EXTRA, journal_value, set_journal_value
from kapjournal.storage import keyslots as ks
from kapjournal.storage import queries, repo, schema
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.journal import unlock_journal
from kapjournal.storage.models import Questionnaire, Session
from tests._helpers import FILES
from tests._helpers.make_frozen import PASSPHRASE

SNAPSHOT = "A snapshot to discuss with your care team."

# -- the source copies ----------------------------------------------------------------------
# PCL-5 standard form (Weathers et al. 2013, National Center for PTSD), as transcribed by
# CamCOPS (server/camcops_server/extra_strings/pcl5.xml, strings q1..q20, a0..a4, stem of
# the task's client strings) with its numbering removed. Two typing slips there are
# corrected to the form, as the second copy (rhavekost/clinical-toolkit pcl-5.md) has
# them: item 4 had no space after "4.", item 10 had no "?".
PCL5_STEM = "In the past month, how much were you bothered by:"
PCL5_ANSWERS = ["Not at all", "A little bit", "Moderately", "Quite a bit", "Extremely"]
PCL5_ITEMS = """\
Repeated, disturbing, and unwanted memories of the stressful experience?
Repeated, disturbing dreams of the stressful experience?
Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?
Feeling very upset when something reminded you of the stressful experience?
Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?
Avoiding memories, thoughts, or feelings related to the stressful experience?
Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?
Trouble remembering important parts of the stressful experience?
Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?
Blaming yourself or someone else for the stressful experience or what happened after it?
Having strong negative feelings such as fear, horror, anger, guilt, or shame?
Loss of interest in activities that you used to enjoy?
Feeling distant or cut off from other people?
Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?
Irritable behavior, angry outbursts, or acting aggressively?
Taking too many risks or doing things that could cause you harm?
Being “superalert” or watchful or on guard?
Feeling jumpy or easily startled?
Having difficulty concentrating?
Trouble falling or staying asleep?
"""  # noqa: E501

# AUDIT-C as LOINC asks it (panel 72109-2): question texts and answer lists with their
# LOINC answer codes, as in the HL7 Portugal "Terminologias" IG ValueSet
# cpe-auditcresult-vs (English designations) and the HL7 US Core 7.0.0 AUDIT-C
# Questionnaire (items 68519-8 and 68520-6).
AUDITC = [
    (
        "68518-0",
        "How often do you have a drink containing alcohol?",
        [("LA6270-8", "Never"), ("LA18926-8", "Monthly or less"), ("LA18927-6", "2-4 times a month"),
         ("LA18928-4", "2-3 times a week"), ("LA18929-2", "4 or more times a week")],
    ),
    (
        "68519-8",
        "How many standard drinks containing alcohol do you have on a typical day?",
        [("LA15694-5", "1 or 2"), ("LA15695-2", "3 or 4"), ("LA18930-0", "5 or 6"),
         ("LA18931-8", "7 to 9"), ("LA18932-6", "10 or more")],
    ),
    (
        "68520-6",
        "How often do you have 6 or more drinks on 1 occasion?",
        [("LA6270-8", "Never"), ("LA18933-4", "Less than monthly"), ("LA18876-5", "Monthly"),
         ("LA18891-4", "Weekly"), ("LA18934-2", "Daily or almost daily")],
    ),
]  # fmt: skip


def _first_difference(a: str, b: str) -> str:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return f"at character {i}: {a[i : i + 20]!r} vs {b[i : i + 20]!r}"
    return f"lengths {len(a)} vs {len(b)}"


# -- wording ------------------------------------------------------------------------------------
def test_pcl5_wording_matches_its_source_character_for_character() -> None:
    inst = get_instrument("pcl5")
    source = PCL5_ITEMS.splitlines()
    assert len(inst.items) == len(source) == 20
    for item, text in zip(inst.items, source, strict=True):
        assert item.text == text, f"item {item.number} differs {_first_difference(item.text, text)}"
    assert inst.stem == PCL5_STEM
    assert [o.label for o in inst.options] == PCL5_ANSWERS
    assert [o.score for o in inst.options] == [0, 1, 2, 3, 4]
    assert all(not it.options for it in inst.items)  # every item uses the one answer list
    assert "“superalert”" in inst.items[16].text  # the form's curly quotes, not straight ones


def test_auditc_wording_and_loinc_codes_match_the_source() -> None:
    inst = get_instrument("auditc")
    assert (inst.loinc_panel, inst.loinc_total) == ("72109-2", "75626-2")
    assert len(inst.items) == 3
    for index, (item, (loinc, text, answers)) in enumerate(zip(inst.items, AUDITC, strict=True)):
        assert item.loinc == loinc
        assert item.text == text, _first_difference(item.text, text)
        assert [(o.score, o.label) for o in inst.item_options(index)] == [
            (score, label) for score, (_code, label) in enumerate(answers)
        ]


def test_metadata_sources_licence_and_note() -> None:
    for inst_id in ("pcl5", "auditc"):
        inst = get_instrument(inst_id)
        assert inst.optional
        assert inst.result_note == SNAPSHOT
        assert inst.sources and all(s.citation for s in inst.sources)
        assert inst.summary_note
    pcl5, auditc = get_instrument("pcl5"), get_instrument("auditc")
    assert pcl5.loinc_panel == pcl5.loinc_total == ""  # none verified: local codes in FHIR
    assert "US Government" in pcl5.copyright
    assert "public domain" in auditc.copyright
    assert (pcl5.recall_days, pcl5.max_total, auditc.max_total) == (30, 80, 12)
    assert pcl5.indications == ("ptsd",) and auditc.indications == ("alcohol",)


# -- scoring at every band edge ---------------------------------------------------------------
def _spread(total: int, items: int, top: int = 4) -> list[int]:
    return [min(top, max(0, total - top * i)) for i in range(items)]


PCL5_EDGES = [
    (0, "below_cut_point_range"),
    (30, "below_cut_point_range"),
    (31, "in_cut_point_range"),
    (33, "in_cut_point_range"),
    (34, "above_cut_point_range"),
    (80, "above_cut_point_range"),
]
AUDITC_EDGES = [
    (0, "below_cut_points"),
    (2, "below_cut_points"),
    (3, "at_lower_cut_point"),
    (4, "at_or_above_cut_points"),
    (12, "at_or_above_cut_points"),
]


@pytest.mark.parametrize(("total", "band_id"), PCL5_EDGES)
def test_pcl5_band_edges(total: int, band_id: str) -> None:
    answers = _spread(total, 20)
    result = score("pcl5", answers)
    assert (result.total, result.band_id, result.complete) == (total, band_id, True)
    assert "(31–33)" in (result.band_label or "")


@pytest.mark.parametrize(("total", "band_id"), AUDITC_EDGES)
def test_auditc_band_edges(total: int, band_id: str) -> None:
    result = score("auditc", _spread(total, 3))
    assert (result.total, result.band_id, result.complete) == (total, band_id, True)


def test_hand_computed_examples() -> None:
    # AUDIT-C: "2-3 times a week" (3), "3 or 4" (1), "Less than monthly" (1) = 5
    assert score("auditc", [3, 1, 1]).total == 5
    # PCL-5: every item "Moderately" (2) = 40, above the range
    assert score("pcl5", [2] * 20).band_id == "above_cut_point_range"
    assert score("pcl5", [None] + [4] * 19).complete is False


@pytest.mark.parametrize(
    ("inst", "answers"),
    [("pcl5", [5] + [0] * 19), ("pcl5", [0] * 19), ("auditc", [0, 5, 0]), ("auditc", [-1, 0, 0]),
     ("auditc", [True, 0, 0])],
)  # fmt: skip
def test_out_of_range_refused(inst: str, answers: list[object]) -> None:
    with pytest.raises(InvalidAnswers):
        score(inst, answers)  # type: ignore[arg-type]


def test_drafts_keep_only_answers_in_range() -> None:
    assert instruments.clean_answers("auditc", [4, 5, "x"]) == [4, None, None]
    assert instruments.clean_answers("phq9", [3, 4] + [0] * 7)[:2] == [3, None]


# -- switched on, offered ------------------------------------------------------------------------
def test_off_until_switched_on(db) -> None:  # type: ignore[no-untyped-def]
    assert instruments.active_in(db) == ["phq9", "gad7"]
    assert instruments.switch_on(db, ["auditc"]) == ["auditc"]
    assert instruments.active_in(db) == ["phq9", "gad7", "auditc"]
    assert instruments.switch_on(db, ["pcl5", "phq9", "nonsense"]) == ["pcl5", "auditc"]
    assert instruments.active_in(db) == ["phq9", "gad7", "pcl5", "auditc"]
    instruments.set_switched_on(db, [])
    assert instruments.active_in(db) == ["phq9", "gad7"]
    set_journal_value(db, QUESTIONNAIRES_EXTRA, ["pcl5", "old_id"])  # an id no longer shipped
    assert instruments.switched_on(db) == ["pcl5"]
    assert journal_value(db, QUESTIONNAIRES_EXTRA) == ["pcl5", "old_id"]


def test_course_purposes_offer_matching_questionnaires() -> None:
    assert list(COURSE_PURPOSES) == [
        "depression", "anxiety", "ptsd", "alcohol", "ocd", "chronic_pain", "eating", "other",
    ]  # fmt: skip
    assert instruments.offered_for(["ptsd"]) == ["pcl5"]
    assert instruments.offered_for(["alcohol", "depression"]) == ["auditc"]
    assert instruments.offered_for(["ptsd", "alcohol"]) == ["pcl5", "auditc"]
    for purpose in ("depression", "anxiety", "ocd", "chronic_pain", "eating", "other"):
        assert instruments.offered_for([purpose]) == []


# -- schedule -------------------------------------------------------------------------------------
def _session(sid: int, day: date) -> Session:
    return Session(id=sid, course_id=1, kind="ketamine", status="planned", tz_offset_min=0,
                   scheduled_at=datetime(day.year, day.month, day.day, 9, 30, tzinfo=UTC))  # fmt: skip


COURSE = [_session(1, date(2025, 3, 2)), _session(2, date(2025, 3, 5)), _session(3, date(2025, 3, 8))]


@pytest.mark.parametrize(
    ("on", "reason"),
    [
        (date(2025, 2, 23), "baseline"),
        (date(2025, 3, 4), "before_session"),
        (date(2025, 3, 10), "end_of_course"),
        (date(2025, 3, 20), "after_course_2w"),
        (date(2025, 4, 3), "after_course_4w"),
    ],
)
def test_scheduled_like_phq9_when_switched_on(on: date, reason: str) -> None:
    due = {
        d.instrument_id: d.reason_id
        for d in due_on(on, COURSE, [], instruments.active_ids(["pcl5", "auditc"]))
    }
    assert due == {"phq9": reason, "gad7": reason, "pcl5": reason, "auditc": reason}
    off = {d.instrument_id for d in due_on(on, COURSE, [], instruments.active_ids([]))}
    assert off == {"phq9", "gad7"}


def test_schedule_is_per_instrument() -> None:
    taken = Questionnaire(instrument="pcl5", answers=[0] * 20, total=0, band="below_cut_point_range",
                          at_utc=datetime(2025, 2, 28, 12, tzinfo=UTC))  # fmt: skip
    due = {d.instrument_id for d in due_on(date(2025, 3, 1), COURSE, [taken], ["phq9", "pcl5", "auditc"])}
    assert due == {"phq9", "auditc"}


# -- storage ----------------------------------------------------------------------------------------
def test_stored_and_read_back(db) -> None:  # type: ignore[no-untyped-def]
    pcl = repo.insert(db, make_record("pcl5", [4] * 20))
    aud = repo.insert(db, make_record("auditc", [4, 4, 4]))
    back = {q.uid: q for q in queries.newest_first(db, Questionnaire)}
    assert (back[pcl.uid].total, back[pcl.uid].band) == (80, "above_cut_point_range")
    assert (back[aud.uid].total, back[aud.uid].answers) == (12, [4, 4, 4])


@pytest.mark.parametrize(
    ("inst", "answers", "total"),
    [
        ("pcl5", [4] * 19, 76),
        ("pcl5", [5] + [0] * 19, 5),
        ("auditc", [0, 0, 0, 0], 0),
        ("gad7", [4] + [0] * 6, 4),
    ],
)
def test_storage_refuses_bad_rows(db, inst: str, answers: list[int], total: int) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidData):
        repo.insert(db, Questionnaire(instrument=inst, answers=answers, total=total, band="x"))


def test_a_v1_journal_migrates_and_takes_pcl5_and_auditc(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    shutil.copytree(FILES / "journal-v1", folder)
    journal = unlock_journal(folder, ks.PASSPHRASE, PASSPHRASE)
    try:
        assert journal.db.user_version == schema.LATEST >= 2
        before = [(q.uid, q.instrument, q.total) for q in queries.newest_first(journal.db, Questionnaire)]
        assert {i for _, i, _ in before} == {"phq9", "gad7"}
        repo.insert(journal.db, make_record("pcl5", [2] * 20))
        repo.insert(journal.db, make_record("auditc", [1, 0, 0]))
        after = [(q.uid, q.instrument, q.total) for q in queries.newest_first(journal.db, Questionnaire)]
        assert set(before) < set(after) and {i for _, i, _ in after} == {"phq9", "gad7", "pcl5", "auditc"}
        assert journal.db.integrity_problems() == []
    finally:
        journal.close()


def test_shown_in_english_without_a_licensed_translation() -> None:
    for inst_id in ("pcl5", "auditc"):
        assert instruments.shown_in_english(inst_id, "de")
        assert not instruments.shown_in_english(inst_id, "en")
        assert not instruments.shown_in_english(inst_id, "en_GB")
