"""The safety screen's content and its triggers.

* Crisis lines and emergency numbers per country are data
  (``resources/safety/crisis_lines.toml``, a source beside each); :func:`lines_for`
  falls back to general wording for an unknown or unset country.
* :func:`safety_info` gathers what the screen shows: lines, emergency number, the care
  team's contact from the newest course that has one, the patient's own coping steps
  (journal setting ``prefs.SAFETY_PLAN``) and the fixed statement that the app alerts nobody.
  It works without a journal too (the unlock page), then without contact or steps.
* Triggers: :func:`needs_safety_screen_for_questionnaire` (PHQ-9 item 9 above 0) and
  :func:`needs_safety_screen_for_checkin` (the lowest mood). The screen itself is also
  one click away from every page; that is the UI's job.
* :func:`safety_flags` lists those moments in a date range for the summary.

Nothing here contacts anyone; the app has no network code.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from kapjournal import prefs
from kapjournal.content import ContentError, Fields, load
from kapjournal.measures.checkins import MOOD_MIN
from kapjournal.measures.instruments import InvalidAnswers, item9_flag
from kapjournal.storage import queries, repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import Checkin, Course, Questionnaire, to_local

logger = logging.getLogger(__name__)

FORMAT = 1
HOW = ("call", "text")
COUNTRY_ALIASES = {"UK": "GB"}


class SafetyFileError(ContentError):
    """The crisis-line file is missing or inconsistent; the message names the file."""


@dataclass(frozen=True)
class CrisisLine:
    id: str
    name: str
    number: str
    how: tuple[str, ...]  # "call", "text"
    source: str


@dataclass(frozen=True)
class CountryLines:
    code: str  # "" for the fallback
    name: str
    lines: tuple[CrisisLine, ...]
    emergency: tuple[str, ...]  # numbers, the usual one first; empty for the fallback
    emergency_source: str
    emergency_label: str  # what to call: "911", or "your local emergency number"

    @property
    def is_fallback(self) -> bool:
        return not self.code


@dataclass(frozen=True)
class SafetyTexts:
    """Fixed wording of the screen (English; translate in the UI, context "safety")."""

    statement: str
    heading: str
    intro: str
    emergency_text: str  # contains {number}
    care_team_text: str
    coping_text: str
    fallback_note: str


@dataclass(frozen=True)
class CrisisCatalogue:
    countries: dict[str, CountryLines]
    fallback: CountryLines
    texts: SafetyTexts

    def lines_for(self, country_code: str | None) -> CountryLines:
        code = (country_code or "").strip().upper()
        code = COUNTRY_ALIASES.get(code, code)
        return self.countries.get(code, self.fallback)


def parse_crisis_lines(doc: dict[str, Any], name: str) -> CrisisCatalogue:
    top = Fields(doc, name, error=SafetyFileError)
    top.format(FORMAT)
    fb = top.table("fallback")
    texts = SafetyTexts(
        statement=top.text("statement"),
        heading=top.text("heading"),
        intro=top.text("intro"),
        emergency_text=top.text("emergency_text"),
        care_team_text=top.text("care_team_text"),
        coping_text=top.text("coping_text"),
        fallback_note=fb.text("note"),
    )
    if "{number}" not in texts.emergency_text:
        top.fail("emergency_text must contain {number}")
    countries: dict[str, CountryLines] = {}
    seen_ids: set[str] = set()
    for raw in top.tables("countries", "country", required="no countries"):
        code = raw.text("code")
        where = raw.at(f"country {code}")
        if len(code) != 2 or not code.isalpha() or not code.isupper():
            where.fail("code must be two capital letters (ISO 3166)")
        if code in countries:
            where.fail("listed twice")
        emergency = where.strings("emergency", message="needs at least one emergency number")
        lines = [_line(line, seen_ids) for line in where.tables("lines", "", required="no crisis lines")]
        countries[code] = CountryLines(
            code=code,
            name=where.text("name"),
            lines=tuple(lines),
            emergency=tuple(emergency),
            emergency_source=where.text("emergency_source"),
            emergency_label=emergency[0],
        )
    fallback = CountryLines(
        code="",
        name=fb.text("name"),
        lines=(),
        emergency=(),
        emergency_source="",
        emergency_label=fb.text("emergency_label"),
    )
    return CrisisCatalogue(countries, fallback, texts)


def _line(line: Fields, seen_ids: set[str]) -> CrisisLine:
    """One crisis line of a country (its path is the country's); ids are unique file-wide."""
    line_id = line.text("id")
    how = line.get("how")
    if not isinstance(how, list) or not how or any(h not in HOW for h in how):
        line.fail(f"line '{line_id}' needs 'how' from {HOW}")
    if line_id in seen_ids:
        line.fail(f"line id '{line_id}' used twice")
    seen_ids.add(line_id)
    return CrisisLine(
        id=line_id,
        name=line.text("name"),
        number=line.text("number"),
        how=tuple(how),
        source=line.at(f"{line.where}: line {line_id}").text("source"),
    )


def load_crisis_lines(path: Path | None = None) -> CrisisCatalogue:
    """Read and validate the crisis-line file (the shipped one by default)."""
    return load(parse_crisis_lines, path, resource=("safety", "crisis_lines.toml"), error=SafetyFileError)


@functools.cache
def shipped_crisis_lines() -> CrisisCatalogue:
    """The shipped file, read once on first use (immutable data)."""
    return load_crisis_lines()


def lines_for(country_code: str | None, catalogue: CrisisCatalogue | None = None) -> CountryLines:
    """Lines for an ISO country code (``pref safety/country``); the fallback otherwise."""
    return (catalogue or shipped_crisis_lines()).lines_for(country_code)


# -- the screen's content ---------------------------------------------------------------
@dataclass(frozen=True)
class CareContact:
    """The care team's contact as the patient entered it on a course."""

    name: str
    phone: str
    email: str
    clinic: str
    course_id: int | None


def care_contact_from(courses: Iterable[Course]) -> CareContact | None:
    """The newest course (by start date, then id) with any care-team contact field."""
    ordered = sorted(courses, key=lambda c: (c.start_date, c.id or 0), reverse=True)
    for c in ordered:
        if c.care_name.strip() or c.care_phone.strip() or c.care_email.strip():
            return CareContact(
                c.care_name.strip(), c.care_phone.strip(), c.care_email.strip(), c.clinic, c.id
            )
    return None


def care_contact(db: Database) -> CareContact | None:
    return care_contact_from(repo.select(db, Course))


def coping_steps_from(value: Any) -> tuple[str, ...]:
    """The patient's own steps from the ``safety/plan`` pref (a list of strings)."""
    if not isinstance(value, list):
        return ()
    return tuple(s.strip() for s in value if isinstance(s, str) and s.strip())


@dataclass(frozen=True)
class SafetyInfo:
    country: CountryLines
    care: CareContact | None
    coping_steps: tuple[str, ...]
    texts: SafetyTexts

    @property
    def lines(self) -> tuple[CrisisLine, ...]:
        return self.country.lines

    @property
    def emergency_numbers(self) -> tuple[str, ...]:
        return self.country.emergency

    @property
    def emergency_sentence(self) -> str:
        """E.g. "In an emergency, call 911." (translate the template, then format)."""
        return self.texts.emergency_text.format(number=self.country.emergency_label)

    @property
    def statement(self) -> str:
        return self.texts.statement


def safety_info(
    country_code: str | None,
    db: Database | None = None,
    catalogue: CrisisCatalogue | None = None,
) -> SafetyInfo:
    """Everything the safety screen shows. Without ``db`` (locked journal): no contact
    and no coping steps, but lines, emergency number and statement are always there."""
    cat = catalogue or shipped_crisis_lines()
    care = None
    steps: tuple[str, ...] = ()
    if db is not None and not db.closed:
        care = care_contact(db)
        steps = coping_steps_from(prefs.journal_value(db, prefs.SAFETY_PLAN))
    return SafetyInfo(cat.lines_for(country_code), care, steps, cat.texts)


# -- triggers ---------------------------------------------------------------------------
def needs_safety_screen_for_questionnaire(q: Questionnaire) -> bool:
    """A PHQ-9 whose item 9 is above 0 (answered so far; partial lists count too)."""
    if q.instrument != "phq9":
        return False
    try:
        return item9_flag(q.answers)
    except InvalidAnswers:
        # A malformed list must not hide the screen: judge item 9 if it is there.
        return len(q.answers) >= 9 and isinstance(q.answers[8], int) and q.answers[8] > 0


def needs_safety_screen_for_checkin(c: Checkin) -> bool:
    """A check-in at the lowest possible mood."""
    return c.mood is not None and c.mood <= MOOD_MIN


# -- flags for the summary ----------------------------------------------------------------
FLAG_KINDS: dict[str, str] = {
    "phq9_item9": "PHQ-9 item 9 answered above 0",
    "lowest_mood": "Check-in at the lowest mood",
}


@dataclass(frozen=True)
class SafetyFlag:
    kind: str  # key of FLAG_KINDS
    record_type: str  # "questionnaire" | "checkin"
    record_id: int | None
    uid: str
    at_utc: datetime
    tz_offset_min: int
    local_date: date
    value: int  # the item-9 answer or the mood
    shared: bool  # the record's share flag, for the summary to respect


def safety_flags_in(
    questionnaires: Iterable[Questionnaire],
    checkins: Iterable[Checkin],
    start: date,
    end: date,
) -> list[SafetyFlag]:
    """Flags among the given records whose local day is in ``start..end``, by time."""
    flags: list[SafetyFlag] = []
    for q in questionnaires:
        day = to_local(q.at_utc, q.tz_offset_min).date()
        if start <= day <= end and needs_safety_screen_for_questionnaire(q):
            flags.append(
                SafetyFlag(
                    "phq9_item9",
                    "questionnaire",
                    q.id,
                    q.uid,
                    q.at_utc,
                    q.tz_offset_min,
                    day,
                    int(q.answers[8]),
                    q.share,
                )
            )
    for c in checkins:
        day = to_local(c.at_utc, c.tz_offset_min).date()
        if start <= day <= end and needs_safety_screen_for_checkin(c):
            flags.append(
                SafetyFlag(
                    "lowest_mood",
                    "checkin",
                    c.id,
                    c.uid,
                    c.at_utc,
                    c.tz_offset_min,
                    day,
                    c.mood,
                    c.share,
                )
            )
    flags.sort(key=lambda f: (f.at_utc, f.record_type, f.record_id or 0))
    return flags


def safety_flags(db: Database, start: date, end: date) -> list[SafetyFlag]:
    """Item-9 answers above 0 and lowest-mood check-ins on local days ``start..end``."""
    # Widen the UTC window by a day each side (offsets reach ±14 h), then filter locally.
    lo = datetime.combine(start - timedelta(days=1), datetime.min.time(), UTC)
    hi = datetime.combine(end + timedelta(days=2), datetime.min.time(), UTC)
    qs = queries.questionnaires_between(db, lo, hi, instrument="phq9")
    cs = queries.low_mood_checkins_between(db, MOOD_MIN, lo, hi)
    return safety_flags_in(qs, cs, start, end)
