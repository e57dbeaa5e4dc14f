"""Mood check-ins: scales and items (data), validation, place in the course, and trends.

* Scales (mood, anxiety, energy, sleep; 0–10 with a few anchor labels), feeling words
  and optional extra items live in ``resources/checkins/items.toml``.
* Extra items are switched on per journal (setting ``prefs.CHECKINS_EXTRAS``, a list of
  item ids). The patient's own items live in ``prefs.CHECKINS_CUSTOM_ITEMS``, a list of
  ``{"id": "custom_…", "label": str, "min": number, "max": number, "unit": str,
  "integer": bool}``; :func:`new_custom_item` makes one. A check-in stores extra values
  in ``Checkin.extras`` as ``{item_id: number}``.
* :func:`validate_checkin` refuses values outside an item's range (raises
  :class:`CheckinInvalid`, an ``InvalidData``); storage checks the core 0–10 scales too.
* :func:`phase` places a moment relative to the ketamine sessions of the courses.
* :func:`local_day`, :func:`daily_series`, :func:`weekly_series` and :func:`series`
  aggregate by the patient's local day (check-ins keep their own UTC offset, so clock
  changes and travel place each one on the day the patient lived it). Days without
  data are ``None`` — gaps, never errors.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from kapjournal import i18n, prefs
from kapjournal.content import ContentError, Fields, load
from kapjournal.i18n import arg, tr
from kapjournal.measures.instruments import course_sessions, session_local_date
from kapjournal.storage import queries, repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import QT_TR_NOOP, InvalidData
from kapjournal.storage.models import Checkin, Session, to_local

logger = logging.getLogger(__name__)

FORMAT = 1
MOOD_MIN = 0  # the lowest mood; a check-in here offers the safety screen
MOOD_MAX = 10
CORE_FIELDS = ("mood", "anxiety", "energy", "sleep")
CUSTOM_PREFIX = "custom_"
MAX_FEELINGS = 12
MAX_FEELING_CHARS = 40
MAX_CUSTOM_LABEL_CHARS = 60
MAX_CUSTOM_ITEMS = 20
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class CheckinFileError(ContentError):
    """The check-in item file is missing or inconsistent; the message names the file."""


class CheckinInvalid(InvalidData):
    """A check-in value the journal does not accept (message safe to show)."""


# -- data ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Anchor:
    value: int
    label: str


@dataclass(frozen=True)
class Scale:
    id: str
    label: str
    question: str
    min: int
    max: int
    anchors: tuple[Anchor, ...]
    source: str

    def anchor_label(self, value: int) -> str | None:
        """The anchor's label if ``value`` has one ("Okay" for mood 5), else ``None``."""
        return next((a.label for a in self.anchors if a.value == value), None)


@dataclass(frozen=True)
class ExtraItem:
    id: str
    label: str
    min: float
    max: float
    integer: bool = True
    unit: str = ""  # "days", "minutes", "times" or "" (translate in the UI)
    group: str = ""  # "chronic_pain", "addiction", "ocd", "ptsd"; "" for custom items
    question: str = ""
    source: str = ""
    custom: bool = False

    def check(self, value: Any) -> float:
        """The value as a number in range, or :class:`CheckinInvalid`."""
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise CheckinInvalid(QT_TR_NOOP("Please enter a number."))
        if self.integer and value != int(value):
            raise CheckinInvalid(QT_TR_NOOP("Please enter a whole number."))
        if not self.min <= value <= self.max:
            raise CheckinInvalid(
                QT_TR_NOOP("Please enter a value from %1 to %2."), _num(self.min), _num(self.max)
            )
        return value


def _num(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


@dataclass(frozen=True)
class CheckinCatalogue:
    scales: dict[str, Scale]
    feelings: tuple[str, ...]
    extras: dict[str, ExtraItem]
    groups: dict[str, str]  # group id -> label
    # Each offered feeling word in every language we ship -> the same word in this
    # catalogue's language ("calm" -> "ruhig"): a check-in keeps the words as chosen,
    # so one saved in English reads, and edits, in German, and the other way round.
    feeling_words: dict[str, str] = field(default_factory=dict)

    def feeling(self, word: str) -> str:
        """*word* in this catalogue's language when it is an offered feeling word in any
        shipped language; a patient's own word unchanged."""
        return self.feeling_words.get(word, word)


def parse_checkin_items(doc: dict[str, Any], name: str) -> CheckinCatalogue:
    top = Fields(doc, name, error=CheckinFileError)
    top.format(FORMAT)
    scales: dict[str, Scale] = {}
    for raw in top.tables("scales", "scale"):
        sid = raw.text("id")
        scales[sid] = _scale(raw.at(f"scale {sid}"), sid)
    missing = [f for f in CORE_FIELDS if f not in scales]
    if missing:
        top.fail(f"scales missing: {', '.join(missing)}")

    feelings = Fields(doc.get("feelings", {}), name, "feelings", error=CheckinFileError)
    words = feelings.strings("words", message="feelings.words must be a list of words")
    feelings.text("source")

    groups = doc.get("groups", {})
    if not isinstance(groups, dict) or not all(isinstance(v, str) for v in groups.values()):
        top.fail("[groups] must map ids to labels")
    extras: dict[str, ExtraItem] = {}
    for raw in top.tables("extras", "extra"):
        eid = raw.text("id")
        where = raw.at(f"extra {eid}")
        if not _ID.match(eid) or eid.startswith(CUSTOM_PREFIX) or eid in CORE_FIELDS:
            where.fail("id must be lower-case, not core, not custom_")
        if eid in extras:
            where.fail("listed twice")
        item = _extra(where, eid)
        if item.group not in groups:
            where.fail(f"group '{item.group}' has no label in [groups]")
        extras[eid] = item
    return CheckinCatalogue(scales, tuple(words), extras, dict(groups))


def _scale(raw: Fields, sid: str) -> Scale:
    lo, hi = raw.number("min"), raw.number("max")
    if sid in CORE_FIELDS and (lo, hi) != (0, 10):
        raw.fail("must run 0 to 10 (the journal stores 0–10)")
    anchors = tuple(Anchor(int(a.number("value")), a.text("label")) for a in raw.tables("anchors", ""))
    if any(not lo <= a.value <= hi for a in anchors):
        raw.fail(f"an anchor lies outside {lo}–{hi}")
    if not any(a.value == lo for a in anchors) or not any(a.value == hi for a in anchors):
        raw.fail("both ends need an anchor label")
    return Scale(sid, raw.text("label"), raw.text("question"), int(lo), int(hi), anchors, raw.text("source"))


def _extra(raw: Fields, eid: str) -> ExtraItem:
    item = ExtraItem(
        id=eid,
        label=raw.text("label"),
        min=raw.number("min"),
        max=raw.number("max"),
        integer=raw.flag("integer", True),
        unit=raw.text("unit", empty=True),
        group=raw.text("group"),
        question=raw.text("question"),
        source=raw.text("source"),
    )
    if item.max <= item.min:
        raw.fail("max must be above min")
    return item


#: The fields a person reads; ``items.<language>.toml`` translates them.
CHECKIN_TEXTS = frozenset({"label", "question", "unit", "words", "groups"})


def load_checkin_items(path: Path | None = None, language: str | None = None) -> CheckinCatalogue:
    return load(
        parse_checkin_items,
        path,
        resource=("checkins", "items.toml"),
        error=CheckinFileError,
        texts=CHECKIN_TEXTS,
        language=language,
    )


def shipped_checkin_items(language: str | None = None) -> CheckinCatalogue:
    """The shipped file in ``language`` (default: the one in use), read once per language."""
    return _shipped_checkin_items(language or i18n.language())


@functools.cache
def _shipped_checkin_items(language: str) -> CheckinCatalogue:
    catalogue = load_checkin_items(language=language)
    words: dict[str, str] = {}
    for other in i18n.LANGUAGES:
        theirs = catalogue if other == language else load_checkin_items(language=other)
        if len(theirs.feelings) == len(catalogue.feelings):  # the overlay keeps the order
            words.update(zip(theirs.feelings, catalogue.feelings, strict=True))
    return replace(catalogue, feeling_words=words)


# -- the patient's own items and switches ---------------------------------------------
def new_custom_item(
    label: str, minimum: float = 0, maximum: float = 10, unit: str = "", integer: bool = True
) -> dict[str, Any]:
    """A validated pref entry for a custom item, with a fresh stable id."""
    entry = {
        "id": CUSTOM_PREFIX + uuid.uuid4().hex[:12],
        "label": label.strip(),
        "min": minimum,
        "max": maximum,
        "unit": unit.strip(),
        "integer": integer,
    }
    custom_item_from_pref(entry)  # raises CheckinInvalid when unusable
    return entry


def custom_item_from_pref(entry: Any) -> ExtraItem:
    if not isinstance(entry, dict):
        raise CheckinInvalid(QT_TR_NOOP("A custom item must be a table."))
    item_id, label = entry.get("id"), entry.get("label")
    if not isinstance(item_id, str) or not item_id.startswith(CUSTOM_PREFIX) or not _ID.match(item_id):
        raise CheckinInvalid(QT_TR_NOOP("A custom item needs an id starting with 'custom_'."))
    if not isinstance(label, str) or not label.strip() or len(label) > MAX_CUSTOM_LABEL_CHARS:
        raise CheckinInvalid(
            QT_TR_NOOP("Please give the item a name of up to %1 characters."), MAX_CUSTOM_LABEL_CHARS
        )
    lo, hi = entry.get("min", 0), entry.get("max", 10)
    for v in (lo, hi):
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
            raise CheckinInvalid(QT_TR_NOOP("The range must be two numbers."))
    if hi <= lo:
        raise CheckinInvalid(QT_TR_NOOP("The highest value must be above the lowest."))
    unit = entry.get("unit", "")
    return ExtraItem(
        id=item_id,
        label=label.strip(),
        min=lo,
        max=hi,
        integer=bool(entry.get("integer", True)),
        unit=unit if isinstance(unit, str) else "",
        custom=True,
    )


def custom_items_from_pref(value: Any) -> list[ExtraItem]:
    """Usable custom items from the pref value; broken entries are skipped (and counted
    in the log, never named: labels are the patient's words)."""
    if not isinstance(value, list):
        return []
    items: list[ExtraItem] = []
    skipped = 0
    for entry in value[:MAX_CUSTOM_ITEMS]:
        try:
            item = custom_item_from_pref(entry)
        except CheckinInvalid:
            skipped += 1
            continue
        if all(i.id != item.id for i in items):
            items.append(item)
    if skipped:
        logger.warning("skipped %d unusable custom check-in items", skipped)
    return items


def known_extras(catalogue: CheckinCatalogue, custom: Iterable[ExtraItem] = ()) -> dict[str, ExtraItem]:
    """Every item a check-in may carry a value for (shipped and custom, on or off)."""
    items = dict(catalogue.extras)
    for item in custom:
        items[item.id] = item
    return items


def enabled_extras(
    catalogue: CheckinCatalogue, enabled_ids: Any, custom: Iterable[ExtraItem] = ()
) -> list[ExtraItem]:
    """The items to show on the check-in form, in the order the patient switched them on.

    Custom items are shown when listed in ``enabled_ids`` too."""
    known = known_extras(catalogue, custom)
    if not isinstance(enabled_ids, list):
        return []
    seen: list[ExtraItem] = []
    for item_id in enabled_ids:
        item = known.get(item_id) if isinstance(item_id, str) else None
        if item is not None and item not in seen:
            seen.append(item)
    return seen


def journal_extras(db: Database, catalogue: CheckinCatalogue | None = None) -> list[ExtraItem]:
    """The enabled extra items of this journal (reads both prefs)."""
    cat = catalogue or shipped_checkin_items()
    custom = custom_items_from_pref(prefs.journal_value(db, prefs.CHECKINS_CUSTOM_ITEMS))
    return enabled_extras(cat, prefs.journal_value(db, prefs.CHECKINS_EXTRAS), custom)


def validate_checkin(
    c: Checkin, catalogue: CheckinCatalogue | None = None, custom: Iterable[ExtraItem] = ()
) -> None:
    """Refuse a check-in the journal cannot accept. Messages are safe to show."""
    cat = catalogue or shipped_checkin_items()
    for name in CORE_FIELDS:
        value = getattr(c, name)
        if value is None:
            if name == "mood":
                raise CheckinInvalid(QT_TR_NOOP("A check-in needs a mood rating."))
            continue
        scale = cat.scales[name]
        if isinstance(value, bool) or not isinstance(value, int):
            raise CheckinInvalid(QT_TR_NOOP("%1 needs a whole number."), scale.label)
        if not scale.min <= value <= scale.max:
            raise CheckinInvalid(QT_TR_NOOP("%1 goes from %2 to %3."), scale.label, scale.min, scale.max)
    if not isinstance(c.feelings, list) or len(c.feelings) > MAX_FEELINGS:
        raise CheckinInvalid(QT_TR_NOOP("Please choose up to %1 feeling words."), MAX_FEELINGS)
    for word in c.feelings:
        if not isinstance(word, str) or not word.strip() or len(word) > MAX_FEELING_CHARS:
            raise CheckinInvalid(QT_TR_NOOP("Feeling words are up to %1 characters."), MAX_FEELING_CHARS)
    if not isinstance(c.extras, dict):
        raise CheckinInvalid(QT_TR_NOOP("Extra items must be a table of numbers."))
    known = known_extras(cat, custom)
    for item_id, value in c.extras.items():
        item = known.get(item_id)
        if item is None:
            raise CheckinInvalid(QT_TR_NOOP("This check-in has an item the journal does not know."))
        try:
            item.check(value)
        except CheckinInvalid as exc:
            raise CheckinInvalid(QT_TR_NOOP("%1: %2"), item.label, exc) from None


# -- place in the course -------------------------------------------------------------
BEFORE_WINDOW_DAYS = 7  # "before session 1" from this many days ahead
AFTER_COURSE_DAYS = 28  # "after the course" up to the 4-week follow-up

def phase_text(text_id: str, n: int | None, days: int | None) -> str:
    """Display text per :attr:`Phase.text_id`, in the language in use."""
    count = days or 0
    texts = {
        "session_day": lambda: arg(tr("Day of session %1"), n),
        "day_after": lambda: arg(tr("Day after session %1"), n),
        "before_session_tomorrow": lambda: arg(tr("Day before session %1"), n),
        "before_session": lambda: arg(tr("%n days before session %1", "", count), n),
        "after_course": lambda: tr("%n days after the last session", "", count),
        "between_courses": lambda: tr("Between courses"),
        "no_course": lambda: tr("Outside a course"),
    }
    return texts[text_id]()


@dataclass(frozen=True)
class Phase:
    """Where a moment sits relative to the ketamine sessions.

    ``kind``: ``session_day`` | ``day_after`` | ``before_session`` | ``after_course`` |
    ``between_courses`` | ``no_course``. ``session_number`` counts the non-cancelled
    ketamine sessions of ``course_id`` in time order, from 1. ``days`` is days until
    (before_session) or since (day_after, after_course, between_courses) that session,
    in local calendar days.
    """

    kind: str
    session_number: int | None = None
    course_id: int | None = None
    session_id: int | None = None
    days: int | None = None

    @property
    def text_id(self) -> str:
        if self.kind == "before_session" and self.days == 1:
            return "before_session_tomorrow"
        return self.kind

    def text(self) -> str:
        return phase_text(self.text_id, self.session_number, self.days)


@dataclass(frozen=True)
class _Placed:
    day: date
    at: datetime
    session: Session
    number: int
    course_id: int


def phase(at: datetime, sessions: Iterable[Session]) -> Phase:
    """Place ``at`` (timezone-aware; its own offset gives the local day) in the courses.

    Rules, first match wins (sessions: ketamine only, cancelled ignored; each session's
    day is its own local day):

    1. a session on the same day: ``session_day``;
    2. a session the day before: ``day_after``;
    3. between two sessions of one course: ``before_session`` (the next one);
    4. the next session within 7 days: ``before_session``;
    5. the last session within 28 days: ``after_course``;
    6. any earlier session: ``between_courses``; otherwise ``no_course``.
    """
    return phase_among(at, placed_sessions(sessions))


def placed_sessions(sessions: Iterable[Session]) -> list[_Placed]:
    """The sessions with their local day, number and course, for :func:`phase_among`
    (worked out once when many times are placed in the same sessions)."""
    return [
        _Placed(session_local_date(s), s.scheduled_at, s, n, cid)
        for cid, group in course_sessions(sessions).items()
        for n, s in enumerate(group, start=1)
    ]


def phase_among(at: datetime, placed: list[_Placed]) -> Phase:
    """:func:`phase` with the sessions already placed (:func:`placed_sessions`)."""
    if at.tzinfo is None:
        raise ValueError("phase() needs a timezone-aware time")
    day = at.date()
    same = [p for p in placed if p.day == day]
    if same:
        p = min(same, key=lambda p: abs((p.at - at).total_seconds()))
        return Phase("session_day", p.number, p.course_id, p.session.id, 0)
    earlier = [p for p in placed if p.day < day]
    later = [p for p in placed if p.day > day]
    prev = max(earlier, key=lambda p: (p.at, p.session.id or 0)) if earlier else None
    nxt = min(later, key=lambda p: (p.at, p.session.id or 0)) if later else None
    since = (day - prev.day).days if prev else None
    until = (nxt.day - day).days if nxt else None
    if prev and since == 1:
        return Phase("day_after", prev.number, prev.course_id, prev.session.id, 1)
    if (
        nxt
        and until is not None
        and ((prev and prev.course_id == nxt.course_id) or until <= BEFORE_WINDOW_DAYS)
    ):
        return Phase("before_session", nxt.number, nxt.course_id, nxt.session.id, until)
    if prev and since is not None:
        kind = "after_course" if since <= AFTER_COURSE_DAYS else "between_courses"
        return Phase(kind, prev.number, prev.course_id, prev.session.id, since)
    return Phase("no_course")


def phase_for_checkin(c: Checkin, sessions: Iterable[Session]) -> Phase:
    return phase(to_local(c.at_utc, c.tz_offset_min), sessions)


# -- local days and trends ---------------------------------------------------------------
def local_day(c: Checkin) -> date:
    """The calendar day the patient lived when checking in (their offset at the time)."""
    return to_local(c.at_utc, c.tz_offset_min).date()


def value_of(c: Checkin, field: str) -> float | None:
    """A core scale (``mood``, ...) or an extra item's value; ``None`` when absent."""
    if field in CORE_FIELDS:
        v = getattr(c, field)
    else:
        v = c.extras.get(field) if isinstance(c.extras, dict) else None
    if isinstance(v, bool) or not isinstance(v, int | float):
        return None
    return float(v)


def _daily_means(checkins: Iterable[Checkin], start: date, end: date, field: str) -> dict[date, float]:
    sums: dict[date, list[float]] = defaultdict(list)
    for c in checkins:
        day = local_day(c)
        if start <= day <= end:
            v = value_of(c, field)
            if v is not None:
                sums[day].append(v)
    return {d: sum(vs) / len(vs) for d, vs in sums.items()}


def daily_series(
    checkins: Iterable[Checkin], start: date, end: date, field: str
) -> list[tuple[date, float | None]]:
    """One point per local day ``start..end``: the mean of that day's values, or ``None``."""
    if end < start:
        return []
    means = _daily_means(checkins, start, end, field)
    return [
        (start + timedelta(days=i), means.get(start + timedelta(days=i)))
        for i in range((end - start).days + 1)
    ]


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def weekly_series(
    checkins: Iterable[Checkin], start: date, end: date, field: str
) -> list[tuple[date, float | None]]:
    """One point per ISO week (keyed by its Monday) overlapping ``start..end``: the mean
    of the daily means inside the range (so a day with many check-ins counts once),
    or ``None`` for a week without data."""
    if end < start:
        return []
    means = _daily_means(checkins, start, end, field)
    weeks: dict[date, list[float]] = defaultdict(list)
    for day, mean in means.items():
        weeks[week_start(day)].append(mean)
    first, last = week_start(start), week_start(end)
    out: list[tuple[date, float | None]] = []
    monday = first
    while monday <= last:
        vals = weeks.get(monday)
        out.append((monday, sum(vals) / len(vals) if vals else None))
        monday += timedelta(days=7)
    return out


DAILY_LIMIT_DAYS = 120  # longer ranges are charted by week


def series(
    checkins: Sequence[Checkin], start: date, end: date, field: str
) -> tuple[str, list[tuple[date, float | None]]]:
    """``("day", daily_series)`` for up to 120 days, else ``("week", weekly_series)``."""
    if (end - start).days + 1 <= DAILY_LIMIT_DAYS:
        return "day", daily_series(checkins, start, end, field)
    return "week", weekly_series(checkins, start, end, field)


# -- daily reminder ----------------------------------------------------------------------
#: The daily check-in reminder time is the journal setting ``prefs.CHECKINS_REMINDER``
#: ("HH:MM", "" = off); read and write it with :func:`reminder_time` / :func:`set_reminder_time`.
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def parse_reminder(value: Any) -> tuple[int, int] | None:
    """``(hour, minute)`` from a stored "HH:MM", or ``None`` (off or unusable)."""
    if not isinstance(value, str):
        return None
    m = _HHMM.match(value.strip())
    return (int(m.group(1)), int(m.group(2))) if m else None


def reminder_time(db: Database) -> tuple[int, int] | None:
    return parse_reminder(prefs.journal_value(db, prefs.CHECKINS_REMINDER))


def set_reminder_time(db: Database, at: tuple[int, int] | None) -> None:
    """Switch the daily reminder on at ``(hour, minute)`` local time, or off with ``None``."""
    if at is None:
        prefs.set_journal_value(db, prefs.CHECKINS_REMINDER, "")
        return
    hour, minute = at
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise CheckinInvalid(QT_TR_NOOP("Please choose a time of day."))
    prefs.set_journal_value(db, prefs.CHECKINS_REMINDER, f"{hour:02d}:{minute:02d}")


def next_reminders(now: datetime, at: tuple[int, int] | None, days: int = 2) -> list[datetime]:
    """The next ``days`` reminder instants after ``now`` (aware, local wall-clock time of
    ``now``'s zone; the machine zone when ``now`` is naive-free aware UTC)."""
    if at is None:
        return []
    if now.tzinfo is None:
        raise ValueError("next_reminders() needs a timezone-aware time")
    local_now = now.astimezone()
    out: list[datetime] = []
    day = local_now.date()
    while len(out) < days:
        candidate = datetime(day.year, day.month, day.day, at[0], at[1]).astimezone()
        if candidate > local_now:
            out.append(candidate)
        day += timedelta(days=1)
    return out


def has_checkin_on(db: Database, day: date) -> bool:
    """Whether any check-in falls on the local ``day`` (offsets reach ±14 h)."""
    lo = datetime.combine(day - timedelta(days=1), datetime.min.time()).astimezone()
    hi = datetime.combine(day + timedelta(days=2), datetime.min.time()).astimezone()
    found = queries.checkins_between(db, lo, hi)
    return any(local_day(c) == day for c in found)


# -- everything the trends chart and table show ------------------------------------------
@dataclass(frozen=True)
class SessionMark:
    day: date
    number: int  # within its course
    course_id: int
    status: str


@dataclass(frozen=True)
class QuestionnairePoint:
    day: date
    instrument: str
    total: int
    band_id: str


@dataclass(frozen=True)
class TrendData:
    """Series for ``start..end`` (local days): ``unit`` is "day" or "week" (points keyed
    by the day or by the week's Monday), one list per field, session days and
    questionnaire totals. Days without data are ``None``."""

    start: date
    end: date
    unit: str
    fields: tuple[str, ...]
    series: dict[str, list[tuple[date, float | None]]]
    sessions: tuple[SessionMark, ...]
    questionnaires: tuple[QuestionnairePoint, ...]

    @property
    def has_checkins(self) -> bool:
        return any(v is not None for pts in self.series.values() for _, v in pts)


def trend_data(db: Database, start: date, end: date, fields: Sequence[str] = CORE_FIELDS) -> TrendData:
    """Read check-ins, ketamine sessions and questionnaires for the local days
    ``start..end`` and aggregate them like :func:`series` (by day up to 120 days)."""
    from kapjournal.measures.instruments import questionnaire_local_date

    if end < start:
        start, end = end, start
    lo = datetime.combine(start - timedelta(days=1), datetime.min.time()).astimezone()
    hi = datetime.combine(end + timedelta(days=2), datetime.min.time()).astimezone()
    checkins = queries.checkins_between(db, lo, hi)
    unit = "day"
    out: dict[str, list[tuple[date, float | None]]] = {}
    for f in fields:
        unit, out[f] = series(checkins, start, end, f)
    marks: list[SessionMark] = []
    for cid, group in course_sessions(repo.select(db, Session)).items():
        for n, s in enumerate(group, start=1):
            day = session_local_date(s)
            if start <= day <= end:
                marks.append(SessionMark(day, n, cid, s.status))
    marks.sort(key=lambda m: (m.day, m.course_id, m.number))
    qpoints = [
        QuestionnairePoint(questionnaire_local_date(q), q.instrument, q.total, q.band)
        for q in queries.questionnaires_between(db, lo, hi)
    ]
    qpoints = [p for p in qpoints if start <= p.day <= end]
    return TrendData(start, end, unit, tuple(fields), out, tuple(marks), tuple(qpoints))


def data_range(db: Database) -> tuple[date, date] | None:
    """The first and last local day holding a check-in or questionnaire (``None`` if empty)."""
    from kapjournal.storage.models import Questionnaire

    days: list[date] = []
    for c in queries.oldest_and_newest(db, Checkin):
        days.append(local_day(c))
    for q in queries.oldest_and_newest(db, Questionnaire):
        days.append(to_local(q.at_utc, q.tz_offset_min).date())
    if not days:
        return None
    return min(days), max(days)
