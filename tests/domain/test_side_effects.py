"""Side effects: the list, validation (domain and storage) and the one advice."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kapjournal.measures import side_effects
from kapjournal.measures.safety import CareContact, care_contact
from kapjournal.measures.side_effects import (
    SideEffectFileError,
    SideEffectInvalid,
    advice_for,
    load_side_effects,
    make_side_effect,
    validate_side_effect,
)
from kapjournal.storage import repo
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.models import Course, SideEffect

SHIPPED = (
    Path(side_effects.__file__).resolve().parents[2] / "resources" / "side_effects" / "side_effects.toml"
)
AT = datetime(2025, 3, 2, 11, 0, tzinfo=UTC)


def test_the_list() -> None:
    cat = load_side_effects()
    assert [(s.id, s.label) for s in cat.symptoms.values()] == [
        ("nausea", "Nausea"),
        ("vomiting", "Vomiting"),
        ("dizziness", "Dizziness"),
        ("headache", "Headache"),
        ("raised_bp", "Raised blood pressure"),
        ("blurred_vision", "Blurred or double vision"),
        ("tiredness", "Tiredness"),
        ("lasting_dissociation", "Dissociation that lasts"),
        ("other", "Other"),
    ]
    assert [s.id for s in cat.symptoms.values() if s.reading] == ["raised_bp"]
    assert [s.id for s in cat.symptoms.values() if s.needs_text] == ["other"]
    assert [(s.value, s.label) for s in cat.severities] == [(1, "mild"), (2, "moderate"), (3, "severe")]
    assert cat.severity_label(3) == "severe"
    assert cat.advice == "Tell your care team."
    assert cat.severe_advice == "Please contact your care team."
    assert cat.source


@pytest.mark.parametrize(
    ("minutes", "option"),
    [(None, None), (0, "under_1h"), (59, "under_1h"), (60, "hours"), (359, "hours"),
     (720, "most_of_day"), (1440, "over_a_day"), (525600, "over_a_day")],
)  # fmt: skip
def test_duration_options(minutes: int | None, option: str | None) -> None:
    cat = load_side_effects()
    found = cat.duration_option_for(minutes)
    assert (found.id if found else None) == option
    for d in cat.durations:  # every option's stored value classifies back to itself
        assert cat.duration_option_for(d.minutes) == d


def test_valid_entries_round_trip(db) -> None:  # type: ignore[no-untyped-def]
    bp = make_side_effect("raised_bp", 2, bp=(152, 94), duration_min=30, at=AT, tz_offset_min=60)
    other = make_side_effect("other", 1, other_text="  dry mouth ", at=AT, tz_offset_min=60)
    repo.insert(db, bp)
    repo.insert(db, other)
    back = repo.select(db, SideEffect, order="id")
    assert [(s.symptom, s.severity, s.bp_systolic, s.bp_diastolic, s.duration_min) for s in back] == [
        ("raised_bp", 2, 152, 94, 30), ("other", 1, None, None, None),
    ]  # fmt: skip
    assert back[1].other_text == "dry mouth"
    assert make_side_effect("raised_bp", 1, at=AT).bp_systolic is None  # the reading is optional


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"symptom": "fever", "severity": 1}, "Unknown"),
        ({"symptom": "nausea", "severity": 0}, "Severity"),
        ({"symptom": "nausea", "severity": 4}, "Severity"),
        ({"symptom": "nausea", "severity": True}, "Severity"),
        ({"symptom": "other", "severity": 1}, "describe"),
        ({"symptom": "other", "severity": 1, "other_text": "x" * 201}, "under"),
        ({"symptom": "nausea", "severity": 1, "bp": (140, 90)}, "raised blood pressure"),
        ({"symptom": "raised_bp", "severity": 1, "bp": (350, 90)}, "upper number"),
        ({"symptom": "raised_bp", "severity": 1, "bp": (140, 10)}, "lower number"),
        ({"symptom": "raised_bp", "severity": 1, "bp": (90, 140)}, "larger"),
        ({"symptom": "headache", "severity": 1, "duration_min": -5}, "duration"),
        ({"symptom": "headache", "severity": 1, "duration_min": 600000}, "duration"),
    ],
)
def test_domain_refuses(kwargs: dict[str, object], reason: str) -> None:
    with pytest.raises(SideEffectInvalid, match=reason):
        make_side_effect(at=AT, **kwargs)  # type: ignore[arg-type]


def test_only_one_blood_pressure_number_refused() -> None:
    with pytest.raises(SideEffectInvalid, match="both"):
        validate_side_effect(SideEffect(symptom="raised_bp", severity=1, bp_systolic=150))


@pytest.mark.parametrize(
    "fields",
    [
        {"severity": 0},
        {"severity": 4},
        {"symptom": "raised_bp", "bp_systolic": 500, "bp_diastolic": 90},
        {"symptom": "raised_bp", "bp_systolic": 39, "bp_diastolic": 30},
        {"symptom": "raised_bp", "bp_systolic": 150, "bp_diastolic": 10},
        {"symptom": "raised_bp", "bp_systolic": 150, "bp_diastolic": 201},
        {"duration_min": -1},
        {"duration_min": 525601},
    ],
)
def test_storage_refuses_out_of_range(db, fields: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    rec = SideEffect(**{"symptom": "nausea", "severity": 1, "at_utc": AT, **fields})  # type: ignore[arg-type]
    with pytest.raises(InvalidData):
        repo.insert(db, rec)
    assert repo.select(db, SideEffect) == []


def test_advice() -> None:
    care = CareContact("Dr Morgan", "+1 555 0100", "", "Clinic", 1)
    mild = advice_for(1, care)
    assert (mild.text, mild.urgent, mild.phone) == ("Tell your care team.", False, "")
    assert advice_for(2, None).text == "Tell your care team."
    severe = advice_for(3, care)
    assert severe.urgent and severe.phone == "+1 555 0100"
    assert severe.text == "Please contact your care team: +1 555 0100."
    no_number = advice_for(3, CareContact("Dr Morgan", "", "a@example.org", "", 1))
    assert (no_number.text, no_number.urgent, no_number.phone) == (
        "Please contact your care team.", True, "",
    )  # fmt: skip
    assert advice_for(3, None).text == "Please contact your care team."


def test_severe_advice_uses_the_course_number(db) -> None:  # type: ignore[no-untyped-def]
    repo.insert(db, Course(start_date=date(2025, 1, 1), care_phone="+49 30 000000"))
    assert advice_for(3, care_contact(db)).phone == "+49 30 000000"


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ('id = "other"', 'id = "something"', "other"),
        ("value = 3", "value = 4", "severities"),
        ("minutes = 180", "minutes = 20", "duration"),
        ("{phone}", "phone", "{phone}"),
        ("[blood_pressure]", "[bp]", "blood_pressure"),
    ],
)
def test_bad_file_refused_naming_it(tmp_path: Path, old: str, new: str, reason: str) -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "se.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(SideEffectFileError) as err:
        load_side_effects(path)
    assert str(err.value).startswith("se.toml:")
    assert reason in str(err.value)
