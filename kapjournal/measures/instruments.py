"""Standard questionnaires (PHQ-9, GAD-7; PCL-5 and AUDIT-C when switched on): loading,
scoring, records and a suggested schedule.

The instruments are data (``resources/questionnaires/*.toml``), reproduced exactly from
their published form; this module only reads, validates and scores them.

Typical use::

    result = score("phq9", [1, 2, 0, None, ...])    # None = not answered yet
    if result.complete:
        rec = make_record("phq9", answers, difficulty=1)
        repo.insert(db, rec)
        if item9_flag(answers):
            ...show the safety screen (kapjournal.measures.safety)...

Display: the band label ("minimal", "mild", ...) is always shown together with
``Instrument.result_note`` ("A snapshot to discuss with your care team."). Every string
that reaches the screen comes from the data files or from the module constants below,
so the UI can pass it through ``QCoreApplication.translate``.

Suggested schedule (:func:`due_on`), after CLINICAL.md "Both ask about two weeks":
see the rules in that function's docstring.

Optional instruments (``optional = true`` in their file: PCL-5, AUDIT-C) are off until
the patient switches them on (:func:`active_ids` with the ``questionnaires/extra``
setting); ``indications`` names the course purposes that offer them. An item may carry
its own answer options (AUDIT-C); otherwise it uses the instrument's.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from kapjournal import i18n
from kapjournal.content import ContentError, Fields, is_translation, load, unique
from kapjournal.content.resdir import resource_path
from kapjournal.i18n import QT_TR_NOOP, arg, translated
from kapjournal.prefs import QUESTIONNAIRES_EXTRA, journal_value, set_journal_value
from kapjournal.storage.db import Database
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.models import Questionnaire, Session, local_offset_min, to_local, utc_now

logger = logging.getLogger(__name__)

QUESTIONNAIRE_DIR = ("questionnaires",)
FORMAT = 1
_LOINC = re.compile(r"^\d{1,7}-\d$")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")

#: What a course can be for (the seed indications), asked when a course is created:
#: id -> English text (shown with :func:`kapjournal.i18n.translated`). An instrument's
#: ``indications`` name these.
COURSE_PURPOSES: dict[str, str] = {
    "depression": QT_TR_NOOP("Depression"),
    "anxiety": QT_TR_NOOP("Anxiety"),
    "ptsd": QT_TR_NOOP("PTSD (post-traumatic stress)"),
    "alcohol": QT_TR_NOOP("Alcohol or other addiction"),
    "ocd": QT_TR_NOOP("OCD (obsessive-compulsive disorder)"),
    "chronic_pain": QT_TR_NOOP("Chronic pain"),
    "eating": QT_TR_NOOP("Eating disorders"),
    "other": QT_TR_NOOP("Something else"),
}


class InstrumentFileError(ContentError):
    """A questionnaire data file is missing, unreadable or inconsistent.

    The message starts with the file name, e.g. ``phq9.toml: item 3 has no text``.
    """


class InvalidAnswers(InvalidData):
    """Answers the instrument cannot accept (wrong count, out of range, not a number)."""


# -- data ----------------------------------------------------------------------------
@dataclass(frozen=True)
class AnswerOption:
    score: int
    label: str


@dataclass(frozen=True)
class Item:
    id: str
    number: int
    text: str
    loinc: str = ""
    safety: bool = False  # an answer above 0 opens the safety screen
    options: tuple[AnswerOption, ...] = ()  # its own answers; () = the instrument's


@dataclass(frozen=True)
class Band:
    id: str
    lower: int
    upper: int
    label: str
    short: str = ""  # a few characters for a chart's band axis ("31–33"); "" = the label

    def contains(self, total: int) -> bool:
        return self.lower <= total <= self.upper


@dataclass(frozen=True)
class ExtraQuestion:
    """An optional, unscored question (the PHQ-9 difficulty item)."""

    id: str
    text: str
    options: tuple[AnswerOption, ...]


@dataclass(frozen=True)
class Source:
    citation: str
    used_for: str = ""


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    title: str
    full_title: str
    measures: str
    stem: str
    recall_days: int
    copyright: str
    developed_by: str
    result_note: str
    loinc_panel: str
    loinc_total: str
    sources: tuple[Source, ...]
    options: tuple[AnswerOption, ...]
    items: tuple[Item, ...]
    bands: tuple[Band, ...]
    difficulty: ExtraQuestion | None = None
    optional: bool = False  # off until the patient switches it on
    indications: tuple[str, ...] = ()  # course purposes that offer it (COURSE_PURPOSES)
    summary_note: str = ""  # the range and reference points, under the summary's score table

    def item_options(self, index: int) -> tuple[AnswerOption, ...]:
        """The answers of item ``index`` (0-based): its own, or the instrument's."""
        return self.items[index].options or self.options

    @property
    def min_score(self) -> int:
        return min(o.score for o in self.options)

    @property
    def max_score(self) -> int:
        """The highest answer score of any item."""
        return max(len(self.item_options(i)) - 1 for i in range(len(self.items)))

    @property
    def max_total(self) -> int:
        return sum(len(self.item_options(i)) - 1 for i in range(len(self.items)))

    def band_for(self, total: int) -> Band:
        for band in self.bands:
            if band.contains(total):
                return band
        raise InvalidAnswers(
            QT_TR_NOOP("A %1 total of %2 is outside 0–%3."), self.title, total, self.max_total
        )

    def band_by_id(self, band_id: str) -> Band | None:
        return next((b for b in self.bands if b.id == band_id), None)

    def option_label(self, score: int, index: int = 0) -> str:
        """The label of ``score`` on item ``index`` (0-based)."""
        return next(o.label for o in self.item_options(index) if o.score == score)


# -- loading and validation ----------------------------------------------------------
def _options(raw: Fields, key: str = "options") -> tuple[AnswerOption, ...]:
    options = tuple(
        AnswerOption(o.whole("score"), o.text("label"))
        for o in raw.tables(key, "", required="needs a list of answer options")
    )
    if [o.score for o in options] != list(range(len(options))):
        raw.fail("option scores must run 0, 1, 2, ... in order")
    return options


def _items(top: Fields) -> tuple[Item, ...]:
    items: list[Item] = []
    for i, raw in enumerate(top.tables("items", required="no items"), start=1):
        raw = raw.at(f"item {i}")
        item = Item(
            id=raw.text("id"),
            number=raw.whole("number"),
            text=raw.text("text"),
            loinc=str(raw.get("loinc", "")),
            safety=raw.flag("safety", False),
            options=_options(raw) if raw.has("options") else (),
        )
        if item.number != i:
            raw.fail(f"numbered {item.number}, expected {i}")
        if item.loinc and not _LOINC.match(item.loinc):
            raw.fail(f"LOINC code '{item.loinc}' is malformed")
        items.append(item)
    unique((it.id for it in items), top, "item ids must be unique")
    return tuple(items)


def _bands(top: Fields, max_total: int) -> tuple[Band, ...]:
    bands = tuple(
        Band(b.text("id"), b.whole("lower"), b.whole("upper"), b.text("label"), b.optional_text("short"))
        for b in top.tables("bands", "band", required="no bands")
    )
    expected_lower = 0
    for band in bands:
        if band.lower != expected_lower or band.upper < band.lower:
            top.fail(f"band '{band.id}' must start at {expected_lower} and not end before it")
        expected_lower = band.upper + 1
    if expected_lower - 1 != max_total:
        top.fail(f"bands must end at the maximum total {max_total}")
    return bands


def parse_instrument(doc: dict[str, Any], name: str) -> Instrument:
    """Validate one parsed TOML document; ``name`` (the file name) prefixes every error."""
    top = Fields(doc, name, error=InstrumentFileError)
    top.format(FORMAT)
    inst_id = top.text("id")
    if not _ID.match(inst_id):
        top.fail(f"id '{inst_id}' must be lower-case letters and digits")
    options = _options(top.at("options"))
    items = _items(top)
    bands = _bands(top, sum(len(it.options or options) - 1 for it in items))
    sources = tuple(
        Source(s.text("citation"), str(s.get("used_for", "")))
        for s in top.tables("sources", "source", required="no sources")
    )
    difficulty = None
    if top.has("difficulty"):
        raw = top.table("difficulty")
        difficulty = ExtraQuestion(raw.text("id"), raw.text("text"), _options(raw))

    # "" when no LOINC code could be verified (the FHIR export then uses a local code)
    loinc_panel = top.optional_text("loinc_panel")
    loinc_total = top.optional_text("loinc_total")
    for code in (loinc_panel, loinc_total):
        if code and not _LOINC.match(code):
            top.fail(f"LOINC code '{code}' is malformed")
    recall = top.whole("recall_days")
    if recall < 1:
        top.fail("recall_days must be at least 1")

    return Instrument(
        id=inst_id,
        version=top.text("version"),
        title=top.text("title"),
        full_title=top.text("full_title"),
        measures=top.text("measures"),
        stem=top.text("stem"),
        recall_days=recall,
        copyright=top.text("copyright"),
        developed_by=top.text("developed_by"),
        result_note=top.text("result_note"),
        loinc_panel=loinc_panel,
        loinc_total=loinc_total,
        sources=sources,
        options=options,
        items=items,
        bands=bands,
        difficulty=difficulty,
        optional=top.flag("optional", False),
        indications=_indications(top),
        summary_note=top.optional_text("summary_note"),
    )


def _indications(top: Fields) -> tuple[str, ...]:
    found = tuple(top.strings("indications")) if top.has("indications") else ()
    unknown = [i for i in found if i not in COURSE_PURPOSES]
    if unknown:
        top.fail(f"unknown indication '{unknown[0]}'")
    return found


#: The fields a person reads; ``<id>.<language>.toml`` gives them in the official
#: translation (its source in ``translation_source``). Scores and bands never change.
INSTRUMENT_TEXTS = frozenset(
    {"full_title", "measures", "stem", "result_note", "text", "label", "developed_by"}
    | {"short", "summary_note"}  # a band's chart name; the summary's note on range and cut-points
)


def load_instrument(path: Path, language: str | None = None) -> Instrument:
    """Read and validate one questionnaire file. Errors name the file."""
    return load(parse_instrument, path, error=InstrumentFileError, texts=INSTRUMENT_TEXTS, language=language)


def load_instruments(directory: Path | None = None, language: str | None = None) -> dict[str, Instrument]:
    """Every ``*.toml`` questionnaire in ``directory`` (the shipped ones by default)."""
    folder = directory or resource_path(*QUESTIONNAIRE_DIR)
    found: dict[str, Instrument] = {}
    for path in sorted(p for p in folder.glob("*.toml") if not is_translation(p)):
        inst = load_instrument(path, language)
        if inst.id in found:
            raise InstrumentFileError.one(path.name, f"id '{inst.id}' is used by another file")
        if path.stem != inst.id:
            raise InstrumentFileError.one(path.name, f"file name must match id '{inst.id}'")
        found[inst.id] = inst
    if not found:
        raise InstrumentFileError.one(folder.name, "no questionnaire files found")
    return found


def shipped_instruments(language: str | None = None) -> dict[str, Instrument]:
    """The shipped instruments in ``language`` (default: the one in use), read once per
    language (immutable data, safe to share)."""
    return _shipped_instruments(language or i18n.language())


@functools.cache
def _shipped_instruments(language: str) -> dict[str, Instrument]:
    return load_instruments(language=language)


def optional_instruments() -> list[Instrument]:
    """The shipped instruments that are off until switched on, in display order."""
    insts = shipped_instruments()
    return [insts[i] for i in all_ids() if insts[i].optional]


#: The order instruments are shown in; any other shipped one follows by file name.
DISPLAY_ORDER = ("phq9", "gad7", "pcl5", "auditc")


def _display_key(inst_id: str) -> tuple[int, str]:
    return (DISPLAY_ORDER.index(inst_id) if inst_id in DISPLAY_ORDER else len(DISPLAY_ORDER), inst_id)


def all_ids() -> list[str]:
    """Every shipped instrument, in display order."""
    return sorted(shipped_instruments(), key=_display_key)


def active_ids(switched_on: Iterable[str]) -> list[str]:
    """The instruments to offer: every standard one, then the optional ones in
    ``switched_on`` (the ``questionnaires/extra`` setting), in display order."""
    chosen = set(switched_on)
    insts = shipped_instruments()
    return [i for i in all_ids() if not insts[i].optional or i in chosen]


def offered_for(purposes: Iterable[str]) -> list[str]:
    """Optional instruments a course for ``purposes`` (COURSE_PURPOSES ids) offers."""
    wanted = set(purposes)
    return [i.id for i in optional_instruments() if wanted & set(i.indications)]


def optional_ids() -> list[str]:
    insts = shipped_instruments()
    return [i for i in all_ids() if insts[i].optional]


def switched_on(db: Database) -> list[str]:
    """The optional instruments the patient switched on (unknown ids dropped)."""
    chosen = journal_value(db, QUESTIONNAIRES_EXTRA)
    return [i for i in optional_ids() if i in chosen]


def active_in(db: Database) -> list[str]:
    """The instruments to offer in this journal, in display order."""
    return active_ids(switched_on(db))


def set_switched_on(db: Database, ids: Iterable[str]) -> list[str]:
    """Keep exactly ``ids`` (optional instrument ids) switched on; returns what is kept."""
    wanted = set(ids)
    kept = [i for i in optional_ids() if i in wanted]
    set_journal_value(db, QUESTIONNAIRES_EXTRA, kept)
    return kept


def switch_on(db: Database, ids: Iterable[str]) -> list[str]:
    """Add ``ids`` to the switched-on instruments (a course's offer the patient took)."""
    return set_switched_on(db, [*switched_on(db), *ids])


def shown_in_english(instrument: str | Instrument, language: str) -> bool:
    """True when ``language`` is not English and the instrument has no overlay for it
    (``<id>.<language>.toml`` beside it): the form then says it is shown in English."""
    inst = get_instrument(instrument)
    code = language.split("_")[0].lower()
    return code != "en" and not resource_path(*QUESTIONNAIRE_DIR, f"{inst.id}.{code}.toml").is_file()


def get_instrument(instrument: str | Instrument) -> Instrument:
    if isinstance(instrument, Instrument):
        return instrument
    try:
        return shipped_instruments()[instrument]
    except KeyError:
        raise InvalidAnswers(QT_TR_NOOP("Unknown questionnaire.")) from None


# -- scoring ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Result:
    """A score. ``total``/``band_*`` are ``None`` unless every item is answered."""

    total: int | None
    band_id: str | None
    band_label: str | None
    complete: bool
    answered: int = 0
    item_count: int = 0


def check_answers(instrument: str | Instrument, answers: Sequence[int | None]) -> Instrument:
    """Refuse a wrong item count or an answer outside the options; ``None`` = unanswered."""
    inst = get_instrument(instrument)
    if len(answers) != len(inst.items):
        raise InvalidAnswers(
            QT_TR_NOOP("%1 has %2 items, not %3."), inst.title, len(inst.items), len(answers)
        )
    for index, value in enumerate(answers):
        if value is None:
            continue
        top = len(inst.item_options(index)) - 1
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= top:
            raise InvalidAnswers(QT_TR_NOOP("Every %1 answer goes from %2 to %3."), inst.title, 0, top)
    return inst


def score(instrument: str | Instrument, answers: Sequence[int | None]) -> Result:
    """Score ``answers`` (one per item, ``None`` for not yet answered).

    A partly answered list is never complete and has no total or band.
    Raises :class:`InvalidAnswers` for a wrong count or an out-of-range answer.
    """
    inst = check_answers(instrument, answers)
    given = [a for a in answers if a is not None]
    if len(given) < len(inst.items):
        return Result(None, None, None, False, len(given), len(inst.items))
    total = sum(given)
    band = inst.band_for(total)
    return Result(total, band.id, band.label, True, len(given), len(inst.items))


def clean_answers(instrument: str | Instrument, raw: Sequence[object]) -> list[int | None]:
    """``raw`` (a kept draft) with every answer outside its item's range as ``None``."""
    inst = get_instrument(instrument)
    return [
        a if isinstance(a, int) and not isinstance(a, bool) and 0 <= a < len(inst.item_options(i)) else None
        for i, a in enumerate(raw)
    ]


def safety_items_flagged(instrument: str | Instrument, answers: Sequence[int | None]) -> list[str]:
    """Ids of safety items (``safety = true`` in the data) answered above 0."""
    inst = check_answers(instrument, answers)
    return [
        item.id
        for item, value in zip(inst.items, answers, strict=True)
        if item.safety and value is not None and value > 0
    ]


def item9_flag(answers: Sequence[int | None]) -> bool:
    """True when PHQ-9 item 9 is answered above 0 (open the safety screen at once).

    Works on partly answered lists too, so the screen can open the moment item 9 is
    answered."""
    return bool(safety_items_flagged("phq9", answers))


def make_record(
    instrument: str | Instrument,
    answers: Sequence[int | None],
    *,
    difficulty: int | None = None,
    at: datetime | None = None,
    tz_offset_min: int | None = None,
    session_id: int | None = None,
    share: bool = True,
) -> Questionnaire:
    """A :class:`Questionnaire` ready for ``repo.insert``; only complete answers qualify."""
    inst = get_instrument(instrument)
    result = score(inst, answers)
    if not result.complete or result.total is None or result.band_id is None:
        raise InvalidAnswers(QT_TR_NOOP("Please answer every %1 item before saving."), inst.title)
    if difficulty is not None:
        if inst.difficulty is None:
            raise InvalidAnswers(QT_TR_NOOP("%1 has no difficulty question."), inst.title)
        scores = [o.score for o in inst.difficulty.options]
        if isinstance(difficulty, bool) or difficulty not in scores:
            raise InvalidAnswers(QT_TR_NOOP("The difficulty answer is outside its options."))
    moment = at or utc_now()
    return Questionnaire(
        instrument=inst.id,
        answers=[int(a) for a in answers if a is not None],
        total=result.total,
        band=result.band_id,
        difficulty=difficulty,
        session_id=session_id,
        at_utc=moment,
        tz_offset_min=local_offset_min(moment) if tz_offset_min is None else tz_offset_min,
        share=share,
    )


def result_of(q: Questionnaire) -> Result:
    """Re-score a stored questionnaire (the stored band id is not trusted)."""
    return score(q.instrument, q.answers)


# -- suggested schedule -----------------------------------------------------------------
#: Reason ids returned by :func:`due_on` with their English text (shown with
#: :func:`kapjournal.i18n.translated`). ``%1`` is the session number within its course.
SCHEDULE_REASONS: dict[str, str] = {
    "baseline": QT_TR_NOOP("Before your first session of this course"),
    "before_session": QT_TR_NOOP("Before session %1"),
    "weekly": QT_TR_NOOP("Your weekly check during the course"),
    "end_of_course": QT_TR_NOOP("At the end of the course"),
    "after_course_2w": QT_TR_NOOP("Two weeks after the course"),
    "after_course_4w": QT_TR_NOOP("Four weeks after the course"),
}

BASELINE_DAYS = 7  # baseline window: the 7 days up to and including the first session day
BEFORE_SESSION_DAYS = 3  # before session n>1: up to 3 days before, never before n-1's next day
END_OF_COURSE_DAYS = 7  # end of course: days 1–7 after the last session
FOLLOW_UP_EARLY = 2  # follow-ups at 14 and 28 days: from 2 days early ...
FOLLOW_UP_LATE = 4  # ... to 4 days late
WEEKLY_DAYS = 7


@dataclass(frozen=True)
class Due:
    """One suggestion: take ``instrument_id`` for ``reason_id`` (see SCHEDULE_REASONS)."""

    instrument_id: str
    reason_id: str
    course_id: int
    window_start: date
    window_end: date
    session_id: int | None = None
    session_number: int | None = None

    def reason_text(self) -> str:
        return arg(translated(SCHEDULE_REASONS[self.reason_id]), self.session_number or "")


def session_local_date(s: Session) -> date:
    return to_local(s.scheduled_at, s.tz_offset_min).date()


def questionnaire_local_date(q: Questionnaire) -> date:
    return to_local(q.at_utc, q.tz_offset_min).date()


def course_sessions(sessions: Iterable[Session]) -> dict[int, list[Session]]:
    """Ketamine sessions that still count (not cancelled), per course, ordered by time.

    "moved" sessions count: their ``scheduled_at`` is the moved-to time."""
    courses: dict[int, list[Session]] = {}
    for s in sessions:
        if s.kind == "ketamine" and s.status != "cancelled":
            courses.setdefault(s.course_id, []).append(s)
    for group in courses.values():
        group.sort(key=lambda s: (s.scheduled_at, s.id or 0))
    return courses


@dataclass(frozen=True)
class _Window:
    reason_id: str
    start: date
    end: date
    session: Session | None
    number: int | None


def _course_windows(course: list[Session]) -> list[_Window]:
    days = [session_local_date(s) for s in course]
    first, last = days[0], days[-1]
    windows = [_Window("baseline", first - timedelta(days=BASELINE_DAYS), first, course[0], 1)]
    for n in range(1, len(course)):
        start = max(days[n - 1] + timedelta(days=1), days[n] - timedelta(days=BEFORE_SESSION_DAYS))
        if start <= days[n]:
            windows.append(_Window("before_session", start, days[n], course[n], n + 1))
    windows.append(
        _Window(
            "end_of_course",
            last + timedelta(days=1),
            last + timedelta(days=END_OF_COURSE_DAYS),
            None,
            None,
        )
    )
    for reason, offset in (("after_course_2w", 14), ("after_course_4w", 28)):
        windows.append(
            _Window(
                reason,
                last + timedelta(days=offset - FOLLOW_UP_EARLY),
                last + timedelta(days=offset + FOLLOW_UP_LATE),
                None,
                None,
            )
        )
    return windows


def due_on(
    on: date,
    sessions: Iterable[Session],
    history: Iterable[Questionnaire],
    instruments: Sequence[str] = ("phq9", "gad7"),
) -> list[Due]:
    """Which instruments to suggest on the local day ``on``, and why.

    Rules (per course: its non-cancelled ketamine sessions, dates in the session's
    local time; a questionnaire "covers" a window if one of that instrument was
    taken on a local day inside it — taking it once satisfies the suggestion):

    * ``baseline``: from 7 days before the first session up to its day.
    * ``before_session`` (session n ≥ 2): the 3 days up to session n's day, but not
      earlier than the day after session n−1.
    * ``weekly``: on a day strictly between the first and last session that no window
      above covers, when none of that instrument was taken in the last 7 days.
    * ``end_of_course``: days 1–7 after the last session.
    * ``after_course_2w`` / ``after_course_4w``: 14 / 28 days after the last session,
      from 2 days early to 4 days late.

    Outside every course nothing is suggested (the patient can always take one).
    At most one suggestion per instrument; earlier rules in the list above win.
    """
    courses = course_sessions(sessions)
    taken: dict[str, set[date]] = {i: set() for i in instruments}
    for q in history:
        if q.instrument in taken:
            taken[q.instrument].add(questionnaire_local_date(q))

    def covered(inst: str, start: date, end: date) -> bool:
        return any(start <= d <= end for d in taken[inst])

    order = ["baseline", "before_session", "weekly", "end_of_course"]
    order += ["after_course_2w", "after_course_4w"]
    result: list[Due] = []
    for inst in instruments:
        candidates: list[Due] = []
        for course_id, course in sorted(courses.items()):
            windows = _course_windows(course)
            active = [w for w in windows if w.start <= on <= w.end]
            for w in active:
                if not covered(inst, w.start, w.end):
                    candidates.append(
                        Due(
                            inst,
                            w.reason_id,
                            course_id,
                            w.start,
                            w.end,
                            w.session.id if w.session else None,
                            w.number,
                        )
                    )
            first, last = session_local_date(course[0]), session_local_date(course[-1])
            if not active and first < on < last:
                week_start = on - timedelta(days=WEEKLY_DAYS - 1)
                if not covered(inst, week_start, on):
                    candidates.append(Due(inst, "weekly", course_id, week_start, on))
        if candidates:
            candidates.sort(key=lambda d: (order.index(d.reason_id), d.window_start))
            result.append(candidates[0])
    return result
