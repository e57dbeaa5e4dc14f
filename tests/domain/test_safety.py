"""Crisis lines, the safety screen's content, its triggers and the summary's flags."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kapjournal.measures import safety
from kapjournal.measures.instruments import make_record
from kapjournal.measures.safety import (
    SafetyFileError,
    care_contact_from,
    lines_for,
    load_crisis_lines,
    needs_safety_screen_for_checkin,
    needs_safety_screen_for_questionnaire,
    safety_flags,
    safety_flags_in,
    safety_info,
)
from kapjournal.storage import repo
from kapjournal.storage.models import Checkin, Course, Questionnaire

STATEMENT = "This app is private. It does not alert anyone — not your care team, not emergency services."
SHIPPED = Path(safety.__file__).resolve().parents[2] / "resources" / "safety" / "crisis_lines.toml"


def test_every_country_from_clinical_md() -> None:
    cat = load_crisis_lines()
    assert set(cat.countries) == {"US", "CA", "GB", "IE", "DE", "AU"}
    expected_emergency = {"US": "911", "CA": "911", "GB": "999", "IE": "112", "DE": "112",
                          "AU": "000"}  # fmt: skip
    for code, number in expected_emergency.items():
        country = cat.countries[code]
        assert country.emergency[0] == number == country.emergency_label
        assert country.emergency_source
        assert country.lines
        for line in country.lines:
            assert line.source and line.name and line.number and line.how
    assert "999" in cat.countries["IE"].emergency
    numbers = {code: [(line.number, line.how) for line in c.lines]
               for code, c in cat.countries.items()}  # fmt: skip
    assert numbers["US"] == [("988", ("call", "text"))]
    assert numbers["CA"] == [("988", ("call", "text"))]
    assert numbers["GB"] == numbers["IE"] == [("116 123", ("call",))]
    assert numbers["DE"] == [("0800 111 0 111", ("call",)), ("0800 111 0 222", ("call",))]
    assert numbers["AU"] == [("13 11 14", ("call",))]
    assert cat.countries["US"].lines[0].source == "988 Suicide & Crisis Lifeline, 988lifeline.org"
    assert cat.countries["GB"].lines[0].source == "Samaritans, samaritans.org"
    assert cat.countries["DE"].lines[0].source == "TelefonSeelsorge, telefonseelsorge.de"
    assert cat.countries["AU"].lines[0].source == "Lifeline Australia, lifeline.org.au"
    assert cat.texts.statement == STATEMENT


@pytest.mark.parametrize("code", ["", None, "ZZ", "FR", "  ", "usa"])
def test_unknown_country_falls_back(code: str | None) -> None:
    country = lines_for(code)
    assert country.is_fallback
    assert country.lines == () and country.emergency == ()
    assert country.emergency_label == "your local emergency number"
    info = safety_info(code)
    assert info.emergency_sentence == "In an emergency, call your local emergency number."
    assert info.statement == STATEMENT


def test_country_codes_are_forgiving() -> None:
    assert lines_for("gb").code == "GB"
    assert lines_for(" de ").code == "DE"
    assert lines_for("UK").code == "GB"
    assert safety_info("us").emergency_sentence == "In an emergency, call 911."


def test_safety_info_without_a_journal() -> None:
    info = safety_info("AU")
    assert info.care is None and info.coping_steps == ()
    assert [line.number for line in info.lines] == ["13 11 14"]
    assert info.emergency_numbers == ("000",)


def test_safety_info_with_care_team_and_plan(db) -> None:  # type: ignore[no-untyped-def]
    repo.insert(db, Course(title="Old", start_date=date(2024, 1, 5), care_name="Dr Old",
                           care_phone="+44 20 0000 0001"))  # fmt: skip
    repo.insert(db, Course(title="Current", start_date=date(2025, 2, 1), care_name="Dr New",
                           care_phone="+44 20 0000 0002", care_email="team@example.org",
                           clinic="Clinic"))  # fmt: skip
    repo.insert(db, Course(title="Planned, no contact yet", start_date=date(2025, 6, 1)))
    repo.set_setting(db, "safety/plan", ["Call my sister", "  ", 3, "Walk outside "])
    info = safety_info("GB", db)
    assert info.care is not None
    assert (info.care.name, info.care.phone, info.care.email) == (
        "Dr New", "+44 20 0000 0002", "team@example.org",
    )  # fmt: skip
    assert info.coping_steps == ("Call my sister", "Walk outside")
    assert info.lines[0].name == "Samaritans"


def test_care_contact_picks_newest_with_contact() -> None:
    assert care_contact_from([]) is None
    assert care_contact_from([Course(start_date=date(2025, 1, 1))]) is None
    courses = [
        Course(id=1, start_date=date(2025, 1, 1), care_email="a@example.org"),
        Course(id=2, start_date=date(2025, 1, 1), care_phone="2"),
        Course(id=3, start_date=date(2024, 1, 1), care_phone="3"),
    ]
    found = care_contact_from(courses)
    assert found is not None and found.course_id == 2


def _phq9(item9: int, at: datetime, offset: int = 0) -> Questionnaire:
    return make_record("phq9", [1, 1, 1, 1, 1, 1, 1, 1, item9], at=at, tz_offset_min=offset)


def test_triggers() -> None:
    at = datetime(2025, 5, 1, 12, tzinfo=UTC)
    assert needs_safety_screen_for_questionnaire(_phq9(1, at))
    assert needs_safety_screen_for_questionnaire(_phq9(3, at))
    assert not needs_safety_screen_for_questionnaire(_phq9(0, at))
    gad7 = make_record("gad7", [3, 3, 3, 3, 3, 3, 3], at=at, tz_offset_min=0)
    assert not needs_safety_screen_for_questionnaire(gad7)
    # A malformed list still shows the screen if item 9 is above 0.
    assert needs_safety_screen_for_questionnaire(Questionnaire(answers=[0] * 8 + [2, 0]))
    assert needs_safety_screen_for_checkin(Checkin(mood=0))
    assert not needs_safety_screen_for_checkin(Checkin(mood=1))
    assert not needs_safety_screen_for_checkin(Checkin(mood=10))


def test_safety_flags_in_a_date_range(db) -> None:  # type: ignore[no-untyped-def]
    may = lambda d, h=12, m=0: datetime(2025, 5, d, h, m, tzinfo=UTC)  # noqa: E731
    flagged = repo.insert(db, _phq9(2, may(10)))
    repo.insert(db, _phq9(0, may(11)))
    repo.insert(db, make_record("gad7", [3] * 7, at=may(11), tz_offset_min=0))
    low = repo.insert(db, Checkin(mood=0, at_utc=may(12), share=False))
    repo.insert(db, Checkin(mood=1, at_utc=may(12)))
    repo.insert(db, _phq9(1, may(20)))  # outside the range
    # 23:30 UTC at +02:00 is locally the 13th: inside a range ending on the 13th only.
    late = repo.insert(db, Checkin(mood=0, at_utc=may(12, 23, 30), tz_offset_min=120))

    flags = safety_flags(db, date(2025, 5, 1), date(2025, 5, 13))
    assert [(f.kind, f.record_id) for f in flags] == [
        ("phq9_item9", flagged.id), ("lowest_mood", low.id), ("lowest_mood", late.id),
    ]  # fmt: skip
    assert flags[0].value == 2 and flags[0].shared
    assert not flags[1].shared  # the summary decides; the flag carries the share choice
    assert flags[2].local_date == date(2025, 5, 13)
    assert [f.record_id for f in safety_flags(db, date(2025, 5, 1), date(2025, 5, 12))] == [
        flagged.id, low.id,
    ]  # fmt: skip
    assert safety_flags(db, date(2025, 6, 1), date(2025, 6, 30)) == []
    assert len(safety_flags_in([_phq9(1, may(3))], [], date(2025, 5, 3), date(2025, 5, 3))) == 1


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ('statement = "', 'statemen = "', "statement"),
        ('source = "Samaritans, samaritans.org"\n', "\n", "source"),
        ('emergency = ["000"]', "emergency = []", "emergency number"),
        ('how = ["call"]', 'how = ["fax"]', "how"),
        ('code = "AU"', 'code = "Australia"', "ISO 3166"),
        ("[fallback]", "[fallbak]", "fallback"),
        ("In an emergency, call {number}.", "In an emergency, call.", "{number}"),
    ],
)
def test_bad_file_refused_naming_it(tmp_path: Path, old: str, new: str, reason: str) -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "lines.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(SafetyFileError) as err:
        load_crisis_lines(path)
    assert str(err.value).startswith("lines.toml:")
    assert reason in str(err.value)
