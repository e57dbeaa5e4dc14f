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
    assert set(cat.countries) == {"US", "CA", "GB", "IE", "DE", "AT", "CH", "LI", "AU"}
    expected_emergency = {"US": "911", "CA": "911", "GB": "999", "IE": "112", "DE": "112",
                          "AT": "112", "CH": "112", "LI": "112", "AU": "000"}  # fmt: skip
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
    assert "domradio.de" in cat.countries["DE"].lines[0].source  # the source CLINICAL.md names
    assert cat.countries["AU"].lines[0].source == "Lifeline Australia, lifeline.org.au"
    assert cat.texts.statement == STATEMENT


@pytest.mark.parametrize("code", ["", None, "ZZ", "JP", "  ", "usa"])
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
        ('FR = "France"', 'FR = ""', "name"),
        ('FR = "France"', 'Fr = "France"', "ISO 3166"),
        ("[regions.countries]", "[regions.countrie]", "countries"),
        ('source = "144, the ambulance in Austria (CLINICAL.md)"', "", "source"),
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


# -- every country with its source; Germany, Austria, Switzerland as CLINICAL.md gives them --
def test_every_country_and_region_in_the_file_has_a_source() -> None:
    cat = load_crisis_lines()
    for code, country in {**cat.countries, **cat.regional}.items():
        assert country.emergency and country.emergency_source.strip(), code
        assert country.name.strip(), code
        for line in country.lines:
            assert line.source.strip() and line.number.strip(), (code, line.id)
        for service in country.services:
            assert service.source.strip() and service.number.strip(), (code, service.name)
    # a country with its own entry is never also a region-only one
    assert not set(cat.countries) & set(cat.regional)


def test_germany_austria_switzerland_exactly_as_clinical_md() -> None:
    cat = load_crisis_lines()

    def numbers(code: str) -> tuple[list[tuple[str, str]], tuple[str, ...], list[tuple[str, str]]]:
        c = cat.countries[code]
        return ([(x.name, x.number) for x in c.lines], c.emergency,
                [(s.name, s.number) for s in c.services])  # fmt: skip

    assert numbers("DE") == (
        [("TelefonSeelsorge", "0800 111 0 111"), ("TelefonSeelsorge", "0800 111 0 222")],
        ("112",), [("Police", "110")],
    )  # fmt: skip
    assert numbers("AT") == ([("TelefonSeelsorge", "142")], ("112",), [("Ambulance", "144")])
    for code in ("CH", "LI"):
        assert numbers(code) == ([("Die Dargebotene Hand", "143")], ("112",), [("Ambulance", "144")])
    assert "ORF Burgenland" in cat.countries["AT"].lines[0].source
    assert "katholisch.at/telefonseelsorge" in cat.countries["AT"].lines[0].source
    assert "zuerich.143.ch" in cat.countries["CH"].lines[0].source
    # 116 123 is not confirmed for Germany (CLINICAL.md: confirm on telefonseelsorge.de first)
    assert "116 123" not in [x.number for x in cat.countries["DE"].lines]


@pytest.mark.parametrize("code", ["FR", "fr", "PL", "GR", "SE"])
def test_an_eu_country_without_lines_gets_112_and_how_to_find_a_line(code: str) -> None:
    country = lines_for(code)
    assert not country.is_fallback and not country.has_lines
    assert country.emergency == ("112",) and country.region == "eu"
    assert "2018/1972" in country.emergency_source
    info = safety_info(code)
    assert info.emergency_sentence == "In an emergency, call 112."
    assert "nearest crisis line" in info.texts.find_line_text


def test_unknown_country_still_gets_an_emergency_sentence_and_the_way_to_a_line() -> None:
    info = safety_info("JP")
    assert info.emergency_sentence == "In an emergency, call your local emergency number."
    assert info.texts.find_line_text == (
        "Your doctor's office or your local emergency number can tell you the nearest crisis line."
    )


def test_the_choice_list_has_every_country_once() -> None:
    cat = load_crisis_lines()
    codes = [c for c, _ in cat.choices()]
    assert len(codes) == len(set(codes)) == len(cat.countries) + len(cat.regional)
    assert {"DE", "AT", "CH", "LI", "FR", "US"} <= set(codes)
    names = [n for _, n in cat.choices()]
    assert names == sorted(names)


# -- the country: the system locale's guess on first use, then the patient's choice ------------
class _Prefs:
    """The two calls of ``Preferences`` that the country uses, over a dict."""

    def __init__(self, **values: str) -> None:
        self.values: dict[str, str] = dict(values)

    def get(self, key: str) -> str:
        return self.values.get(key, "")

    def set(self, key: str, value: str) -> None:
        self.values[key] = value


def test_first_use_stores_the_locale_guess_once() -> None:
    p = _Prefs()
    assert safety.chosen_country(p, guess=lambda: "de") == "DE"  # type: ignore[arg-type]
    assert p.values == {"safety/country": "DE"}
    # a later locale does not overwrite the stored choice
    assert safety.chosen_country(p, guess=lambda: "FR") == "DE"  # type: ignore[arg-type]


def test_no_guess_from_a_locale_without_a_country() -> None:
    p = _Prefs()
    assert safety.chosen_country(p, guess=lambda: "") == ""  # type: ignore[arg-type]
    assert p.values == {}


def test_choosing_other_is_kept_and_not_guessed_again() -> None:
    p = _Prefs()
    assert safety.choose_country(p, "") == safety.OTHER_COUNTRY  # type: ignore[arg-type]
    assert safety.chosen_country(p, guess=lambda: "DE") == "ZZ"  # type: ignore[arg-type]
    assert lines_for("ZZ").is_fallback
    assert safety.choose_country(p, "uk") == "GB"  # type: ignore[arg-type]


def test_system_country_reads_the_locale() -> None:
    code = safety.system_country()
    assert code == "" or (len(code) == 2 and code.isupper())


# -- what a safety screen showed, for the summary ------------------------------------------------
def test_shown_is_recorded_and_bound_to_the_saved_phq9(db) -> None:  # type: ignore[no-untyped-def]
    at = datetime(2025, 5, 1, 12, tzinfo=UTC)
    shown_de = safety.shown_from(safety_info("DE", db))
    assert shown_de.lines == (("TelefonSeelsorge", "0800 111 0 111"), ("TelefonSeelsorge", "0800 111 0 222"))
    assert shown_de.emergency == ("112",) and shown_de.services == (("Police", "110"),)
    assert not shown_de.care_team
    safety.record_shown(db, "phq9_item9", shown_de, at)
    # the patient changed the country on the screen: France, emergency number only
    safety.record_shown(db, "phq9_item9", safety.shown_from(safety_info("FR", db)), at)
    assert safety.shown_by_record(db) == {}  # nothing tied yet: the PHQ-9 is not saved
    q = repo.insert(db, _phq9(1, at))
    assert safety.bind_shown(db, q) == 2
    shown = safety.shown_by_record(db)[q.uid]
    assert shown.lines == shown_de.lines and shown.emergency == ("112",)
    assert shown.country == ""  # two countries
    # a later PHQ-9 with item 9 at 0 takes nothing, and nothing is tied twice
    assert safety.bind_shown(db, repo.insert(db, _phq9(0, at))) == 0
    assert safety.bind_shown(db, repo.insert(db, _phq9(2, at))) == 0


def test_shown_for_a_checkin_and_with_the_care_team(db) -> None:  # type: ignore[no-untyped-def]
    repo.insert(db, Course(title="C", start_date=date(2025, 1, 1), care_phone="+49 30 0000"))
    c = repo.insert(db, Checkin(mood=0))
    shown = safety.shown_from(safety_info("JP", db))
    assert shown == safety.Shown("", (), (), (), True)
    safety.record_shown(db, "lowest_mood", shown, datetime(2025, 5, 1, tzinfo=UTC), c.uid)
    assert safety.shown_by_record(db) == {c.uid: shown}
    with pytest.raises(ValueError):
        safety.record_shown(db, "button", shown, datetime(2025, 5, 1, tzinfo=UTC))


def test_shown_records_are_capped_and_foreign_ones_skipped(db) -> None:  # type: ignore[no-untyped-def]
    from kapjournal import prefs

    prefs.set_journal_value(db, prefs.SAFETY_SHOWN, [{"record": "x", "lines": "nope"}, 7])
    assert safety.shown_by_record(db) == {}
    shown = safety.shown_from(safety_info("GB"))
    for n in range(safety.SHOWN_KEEP + 5):
        safety.record_shown(db, "lowest_mood", shown, datetime(2025, 5, 1, tzinfo=UTC), f"uid{n}")
    kept = prefs.journal_value(db, prefs.SAFETY_SHOWN)
    assert len(kept) == safety.SHOWN_KEEP and kept[-1]["record"] == f"uid{safety.SHOWN_KEEP + 4}"
    assert all(set(r) >= {"at", "trigger", "record", "lines", "emergency"} for r in kept)


def test_the_summary_says_exactly_what_was_shown() -> None:
    from kapjournal.summary.measures import shown_text

    de = safety.shown_from(safety_info("DE"))
    assert shown_text(de) == (
        "The safety page showed: crisis line TelefonSeelsorge 0800 111 0 111; crisis line "
        "TelefonSeelsorge 0800 111 0 222; emergency number 112 (police 110)."
    )
    assert shown_text(safety.shown_from(safety_info("FR"))) == (
        "The safety page showed the emergency number only (112)."
    )
    assert shown_text(safety.shown_from(safety_info("JP"))) == (
        "The safety page showed only the advice to call the local emergency number."
    )
    assert shown_text(safety.Shown("FR", (), ("112",), (), True)) == (
        "The safety page showed: no crisis line; emergency number 112; the care team's contact."
    )
    assert shown_text(None) == "What the safety page showed at the time was not recorded."
