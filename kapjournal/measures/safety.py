"""The safety screen's content and its triggers.

* Crisis lines and emergency numbers per country are data
  (``resources/safety/crisis_lines.toml``, a source beside each): countries with crisis
  lines, and regions (the EU's 112) that give the other countries an emergency number.
  :func:`lines_for` falls back to general wording for an unknown or unset country.
* The country is a device setting (``prefs.SAFETY_COUNTRY``): :func:`chosen_country`
  reads it and, the first time, stores the system locale's guess (:func:`system_country`).
* :func:`safety_info` gathers what the screen shows: lines, emergency number, the care
  team's contact from the newest course that has one, the patient's safety plan
  (:mod:`kapjournal.measures.safety_plan`; its "Things I can do on my own" are the
  coping steps) and the fixed statement that the app alerts nobody. It works without a
  journal too (the unlock page), then without contact or plan, and when the plan cannot
  be read it says so and shows everything else.
* Triggers: :func:`needs_safety_screen_for_questionnaire` (PHQ-9 item 9 above 0) and
  :func:`needs_safety_screen_for_checkin` (the lowest mood). The screen itself is also
  one click away from every page; that is the UI's job.
* What a triggered screen showed is recorded (:func:`record_shown`, journal setting
  ``prefs.SAFETY_SHOWN``: numbers and line names only, no patient text) and tied to its
  record (:func:`bind_shown`), so the summary can say exactly what the patient saw.
* :func:`safety_flags` lists those moments in a date range for the summary.

Nothing here contacts anyone; the app has no network code.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from kapjournal import i18n, prefs
from kapjournal.content import ContentError, Fields, load
from kapjournal.measures.checkins import MOOD_MIN
from kapjournal.measures.instruments import InvalidAnswers, item9_flag
from kapjournal.measures.safety_plan import LEGACY_PART, SafetyPlan, read_plan
from kapjournal.prefs import SAFETY_COUNTRY, SAFETY_SHOWN, Preferences
from kapjournal.storage import queries, repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Checkin, Course, Questionnaire, to_local

logger = logging.getLogger(__name__)

FORMAT = 1
HOW = ("call", "text")
COUNTRY_ALIASES = {"UK": "GB"}
#: The stored choice "Other country" (ISO 3166's user-assigned "unknown"), so that an
#: explicit "none of these" is not taken for "never chosen" and guessed again.
OTHER_COUNTRY = "ZZ"


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
class ServiceNumber:
    """Another number of the emergency services beside the usual one (ambulance, police)."""

    name: str
    number: str
    source: str


@dataclass(frozen=True)
class CountryLines:
    code: str  # "" for the fallback
    name: str
    lines: tuple[CrisisLine, ...]
    emergency: tuple[str, ...]  # numbers, the usual one first; empty for the fallback
    emergency_source: str
    emergency_label: str  # what to call: "911", or "your local emergency number"
    services: tuple[ServiceNumber, ...] = ()
    region: str = ""  # the region whose emergency number it has, when it has no lines

    @property
    def is_fallback(self) -> bool:
        return not self.code

    @property
    def has_lines(self) -> bool:
        return bool(self.lines)


@dataclass(frozen=True)
class SafetyTexts:
    """Fixed wording of the screen (English; translate in the UI, context "safety")."""

    statement: str
    heading: str
    intro: str
    emergency_text: str  # contains {number}
    care_team_text: str
    coping_text: str
    find_line_text: str  # when there is no crisis line for the country


@dataclass(frozen=True)
class CrisisCatalogue:
    countries: dict[str, CountryLines]  # the countries with crisis lines
    regional: dict[str, CountryLines]  # the other countries of a region: its emergency number
    fallback: CountryLines
    texts: SafetyTexts

    def lines_for(self, country_code: str | None) -> CountryLines:
        code = normal_code(country_code)
        return self.countries.get(code) or self.regional.get(code) or self.fallback

    def choices(self) -> list[tuple[str, str]]:
        """Every country the file knows, as ``(code, English name)`` sorted by name."""
        known = {**self.regional, **self.countries}
        return sorted(((c, k.name) for c, k in known.items()), key=lambda kv: kv[1])


def normal_code(country_code: str | None) -> str:
    """An ISO 3166 code as stored: trimmed, capitals, "UK" read as "GB"."""
    code = (country_code or "").strip().upper()
    return COUNTRY_ALIASES.get(code, code)


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
        find_line_text=top.text("find_line_text"),
    )
    if "{number}" not in texts.emergency_text:
        top.fail("emergency_text must contain {number}")
    countries: dict[str, CountryLines] = {}
    seen_ids: set[str] = set()
    for raw in top.tables("countries", "country", required="no countries"):
        code = raw.text("code")
        where = raw.at(f"country {code}")
        _check_code(where, code)
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
            services=tuple(_service(s) for s in where.tables("services", "")),
        )
    fallback = CountryLines(
        code="",
        name=fb.text("name"),
        lines=(),
        emergency=(),
        emergency_source="",
        emergency_label=fb.text("emergency_label"),
    )
    return CrisisCatalogue(countries, _regional(top, countries), fallback, texts)


def _check_code(where: Fields, code: str) -> None:
    if len(code) != 2 or not code.isalpha() or not code.isupper() or code == OTHER_COUNTRY:
        where.fail("code must be two capital letters (ISO 3166)")


def _regional(top: Fields, countries: dict[str, CountryLines]) -> dict[str, CountryLines]:
    """The countries of each region that have no entry of their own."""
    regional: dict[str, CountryLines] = {}
    for raw in top.tables("regions", "region"):
        region_id = raw.text("id")
        region = raw.at(f"region {region_id}")
        emergency = region.strings("emergency", message="needs at least one emergency number")
        source = region.text("source")
        members = region.table("countries", message="needs a [countries] table of code = name")
        if not members.data:
            region.fail("lists no countries")
        for code, country_name in members.data.items():
            _check_code(members, code)
            if not isinstance(country_name, str) or not country_name.strip():
                members.fail(f"'{code}' needs the country's name")
            if code in countries:
                continue
            if code in regional:
                members.fail(f"'{code}' is in two regions")
            regional[code] = CountryLines(
                code=code,
                name=country_name,
                lines=(),
                emergency=tuple(emergency),
                emergency_source=source,
                emergency_label=emergency[0],
                region=region_id,
            )
    return regional


def _service(raw: Fields) -> ServiceNumber:
    return ServiceNumber(name=raw.text("name"), number=raw.text("number"), source=raw.text("source"))


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


#: The fields a person reads; ``crisis_lines.<language>.toml`` translates them.
SAFETY_TEXTS = frozenset(
    {
        "statement",
        "heading",
        "intro",
        "emergency_text",
        "care_team_text",
        "coping_text",
        "find_line_text",
        "name",
        "countries",
        "emergency_label",
    }
)


def load_crisis_lines(path: Path | None = None, language: str | None = None) -> CrisisCatalogue:
    """Read and validate the crisis-line file (the shipped one by default)."""
    return load(
        parse_crisis_lines,
        path,
        resource=("safety", "crisis_lines.toml"),
        error=SafetyFileError,
        texts=SAFETY_TEXTS,
        language=language,
    )


def shipped_crisis_lines(language: str | None = None) -> CrisisCatalogue:
    """The shipped file in ``language`` (default: the one in use), read once per language."""
    return _shipped_crisis_lines(language or i18n.language())


@functools.cache
def _shipped_crisis_lines(language: str) -> CrisisCatalogue:
    return load_crisis_lines(language=language)


def lines_for(country_code: str | None, catalogue: CrisisCatalogue | None = None) -> CountryLines:
    """Lines for an ISO country code (``pref safety/country``); the fallback otherwise."""
    return (catalogue or shipped_crisis_lines()).lines_for(country_code)


# -- the chosen country -----------------------------------------------------------------
def system_country() -> str:
    """The ISO 3166 code of the locale's territory ("DE" for de_DE), or "".

    This is ``QLocale()``: the system locale (``QLocale.system()``) unless a default was
    set with ``QLocale.setDefault``, which is how tests give the app another locale."""
    from PySide6.QtCore import QLocale

    territory = QLocale().territory()
    if territory == QLocale.Country.AnyTerritory:
        return ""
    code = QLocale.territoryToCode(territory)
    return code if len(code) == 2 and code.isalpha() else ""


def chosen_country(prefs: Preferences, guess: Callable[[], str] | None = None) -> str:
    """The country for crisis lines. When none was ever chosen, the locale's guess
    (``guess``, by default :func:`system_country`) is stored as the choice and returned."""
    code = normal_code(str(prefs.get(SAFETY_COUNTRY.key) or ""))
    if code:
        return code
    guessed = normal_code((guess or system_country)())
    if len(guessed) == 2 and guessed.isalpha():
        prefs.set(SAFETY_COUNTRY.key, guessed)
        return guessed
    return ""


def choose_country(prefs: Preferences, code: str) -> str:
    """Store the patient's choice; "" (none of the listed) is kept as :data:`OTHER_COUNTRY`."""
    stored = normal_code(code) or OTHER_COUNTRY
    prefs.set(SAFETY_COUNTRY.key, stored)
    return stored


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
    plan: SafetyPlan | None = None  # None: locked, or it could not be read
    plan_unreadable: bool = False  # the journal is open but the plan could not be read

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
    and no plan, but lines, emergency number and statement are always there. A plan
    that cannot be read (a damaged or busy journal) leaves the rest standing."""
    cat = catalogue or shipped_crisis_lines()
    care = None
    plan: SafetyPlan | None = None
    unreadable = False
    if db is not None and not db.closed:
        care = care_contact(db)
        try:
            plan = read_plan(db)
        except (StorageError, ValueError, TypeError):
            logger.warning("the safety plan could not be read")
            unreadable = True
    steps = plan.items(LEGACY_PART) if plan is not None else ()
    return SafetyInfo(cat.lines_for(country_code), care, steps, cat.texts, plan, unreadable)


# -- what a triggered screen showed -----------------------------------------------------
SHOWN_KEEP = 300  # the newest records kept in ``safety/shown``


@dataclass(frozen=True)
class Shown:
    """What one safety screen showed: names and numbers from the data file, whether the
    care team's contact was there; never anything the patient wrote."""

    country: str  # the ISO code, or "" when none was known
    lines: tuple[tuple[str, str], ...]  # (name, number) of each crisis line
    emergency: tuple[str, ...]  # emergency numbers; empty: "your local emergency number"
    services: tuple[tuple[str, str], ...] = ()  # (name, number): ambulance, police
    care_team: bool = False

    def merged(self, other: Shown) -> Shown:
        """Everything either screen showed, in order (a country changed on the screen)."""

        def union(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
            return a + tuple(x for x in b if x not in a)

        return Shown(
            self.country if self.country == other.country else "",
            union(self.lines, other.lines),
            union(self.emergency, other.emergency),
            union(self.services, other.services),
            self.care_team or other.care_team,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "lines": [list(p) for p in self.lines],
            "emergency": list(self.emergency),
            "services": [list(p) for p in self.services],
            "care_team": self.care_team,
        }

    @classmethod
    def from_json(cls, raw: Any) -> Shown | None:
        """A stored record, or None when it is not one (an edited or foreign file)."""
        if not isinstance(raw, dict):
            return None
        pairs = [_pairs(raw.get(k)) for k in ("lines", "services")]
        emergency: Any = raw.get("emergency")
        country = raw.get("country")
        if pairs[0] is None or pairs[1] is None or not _texts(emergency) or not isinstance(country, str):
            return None
        return cls(country, pairs[0], tuple(emergency), pairs[1], raw.get("care_team") is True)


def _texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _pairs(value: Any) -> tuple[tuple[str, str], ...] | None:
    if not isinstance(value, list) or not all(_texts(p) and len(p) == 2 for p in value):
        return None
    return tuple((p[0], p[1]) for p in value)


def shown_from(info: SafetyInfo) -> Shown:
    """What the safety page shows for ``info`` (it shows the care team when there is one)."""
    country = info.country
    return Shown(
        country.code,
        tuple((line.name, line.number) for line in country.lines),
        country.emergency,
        tuple((s.name, s.number) for s in country.services),
        info.care is not None,
    )


def record_shown(db: Database, trigger: str, shown: Shown, at: datetime, record_uid: str = "") -> None:
    """Keep what a triggered screen showed (``trigger`` a key of :data:`FLAG_KINDS`).

    ``record_uid`` is the check-in or questionnaire it belongs to; a PHQ-9's screen comes
    while it is being answered, so its record is tied later by :func:`bind_shown`."""
    if trigger not in FLAG_KINDS:
        raise ValueError(f"unknown safety trigger {trigger!r}")
    kept = [r for r in prefs.journal_value(db, SAFETY_SHOWN) if isinstance(r, dict)]
    entry = {"at": at.astimezone(UTC).isoformat(), "trigger": trigger, "record": record_uid}
    kept.append(entry | shown.to_json())
    prefs.set_journal_value(db, SAFETY_SHOWN, kept[-SHOWN_KEEP:])


def bind_shown(db: Database, q: Questionnaire) -> int:
    """Tie the screens shown while a PHQ-9 was answered (not yet tied to any) to the
    saved questionnaire ``q`` when its item 9 is above 0; returns how many."""
    if not q.uid or not needs_safety_screen_for_questionnaire(q):
        return 0
    records: list[Any] = prefs.journal_value(db, SAFETY_SHOWN)
    bound = 0
    for r in records:
        if isinstance(r, dict) and r.get("trigger") == "phq9_item9" and not r.get("record"):
            r["record"] = q.uid
            bound += 1
    if bound:
        prefs.set_journal_value(db, SAFETY_SHOWN, records)
    return bound


def shown_by_record(db: Database) -> dict[str, Shown]:
    """What the safety screens tied to each record showed, merged, by record uid."""
    out: dict[str, Shown] = {}
    records: list[Any] = prefs.journal_value(db, SAFETY_SHOWN)
    for r in records:
        uid = r.get("record") if isinstance(r, dict) else None
        shown = Shown.from_json(r)
        if not isinstance(uid, str) or not uid or shown is None:
            continue
        out[uid] = out[uid].merged(shown) if uid in out else shown
    return out


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
