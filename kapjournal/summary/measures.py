"""The measures in the summary: check-ins, the mood overview, PHQ-9 and GAD-7 scores,
safety flags and side effects, each from reading the journal to the summary's rows.

A check-in's way through this module: :func:`read_checkins` reads the shared ones of
the range (through :func:`kapjournal.storage.queries.shared_checkins`) into
:class:`~kapjournal.summary.model.Collected`; :func:`offered_measures` lists them for
unticking; once the unticked ones are left out (:class:`~kapjournal.summary.model.Selection`),
:func:`build_checkins` makes a :class:`CheckinRow` of each (CSV, FHIR, the chart),
:func:`build_mood` the :class:`MoodSummary` (averages by week or month, extremes,
notes) and :func:`build_flags` a :class:`FlagRow` for one at the lowest mood;
:func:`mood_text` words the overview for the HTML, PDF and Markdown renderers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kapjournal.i18n import arg, tr
from kapjournal.measures import checkins as checkins_mod
from kapjournal.measures.instruments import all_ids, get_instrument
from kapjournal.measures.safety import FLAG_KINDS, Shown, safety_flags_in, shown_by_record
from kapjournal.measures.side_effects import shipped_side_effects
from kapjournal.richtext import first_line
from kapjournal.storage import queries
from kapjournal.storage.db import Database
from kapjournal.storage.models import Checkin, Questionnaire, SideEffect, to_local
from kapjournal.summary.model import Collected, OfferedItem, Selection
from kapjournal.summary.ranges import Window
from kapjournal.summary.text import average_text, fmt_date, fmt_list, fmt_month

WEEKLY_LIMIT_DAYS = 183  # longer ranges are tabled by month


# -- rows and blocks ----------------------------------------------------------------------
@dataclass(frozen=True)
class CheckinRow:
    """One shared check-in, for the CSV and FHIR renderers."""

    uid: str
    when: datetime
    mood: int
    anxiety: int | None
    energy: int | None
    sleep: int | None
    feelings: tuple[str, ...]
    note: str
    context: str
    phase: str


@dataclass(frozen=True)
class MoodPeriod:
    label: str
    start: date
    checkins: int
    mood: float | None
    anxiety: float | None


@dataclass(frozen=True)
class CheckinNote:
    uid: str
    when: datetime
    mood: int
    note: str


@dataclass(frozen=True)
class MoodSummary:
    checkins: int
    days: int
    mean_mood: float | None
    mean_anxiety: float | None
    lowest: tuple[int, date] | None
    highest: tuple[int, date] | None
    granularity: str  # "week" | "month"
    periods: tuple[MoodPeriod, ...]
    notes: tuple[CheckinNote, ...]


@dataclass(frozen=True)
class ScoreRow:
    uid: str
    instrument: str  # "phq9" | "gad7"
    title: str
    when: datetime
    total: int
    max_total: int
    band: str
    change: int | None  # from the first of this instrument in the range; None for it
    item9: int | None  # PHQ-9 only
    answers: tuple[int, ...]
    loinc_panel: str
    loinc_total: str
    difficulty: int | None = None  # the PHQ-9's optional difficulty answer (0-3)


@dataclass(frozen=True)
class FlagRow:
    kind: str
    uid: str
    when: datetime
    value: int
    text: str
    shown: str = ""  # what the safety page showed the patient then (shown_text)


@dataclass(frozen=True)
class SideEffectRow:
    uid: str
    when: datetime
    symptom: str
    severity: str
    duration: str
    reading: str  # "148/92 mmHg" or ""
    note: str
    session_number: int | None = None


# -- reading the range --------------------------------------------------------------------
def read_checkins(db: Database, w: Window) -> list[Checkin]:
    return [c for c in queries.shared_checkins(db, w.lo, w.hi) if w.holds(checkins_mod.local_day(c))]


def read_questionnaires(db: Database, w: Window) -> list[Questionnaire]:
    found = queries.shared_questionnaires(db, w.lo, w.hi)
    return [q for q in found if w.holds(to_local(q.at_utc, q.tz_offset_min).date())]


def read_side_effects(db: Database, w: Window) -> list[SideEffect]:
    found = queries.shared_side_effects(db, w.lo, w.hi, sorted(w.session_ids))
    return [s for s in found if w.holds(to_local(s.at_utc, s.tz_offset_min).date(), s.session_id)]


# -- what the patient can untick ----------------------------------------------------------
def _checkin_item(c: Checkin) -> OfferedItem:
    day = checkins_mod.local_day(c)
    text = arg(tr("Check-in — %1: mood %2"), fmt_date(day), c.mood)
    if c.anxiety is not None:
        text += arg(tr(", anxiety %1"), c.anxiety)
    if c.note.strip():
        text += f" — {first_line(c.note, 50)}"
    return OfferedItem(c.uid, "mood", day, text)


def offered_measures(col: Collected) -> list[OfferedItem]:
    """Side effects, check-ins and questionnaires, one line each (unsorted)."""
    catalogue = shipped_side_effects()
    items = []
    for s in col.side_effects:
        day = to_local(s.at_utc, s.tz_offset_min).date()
        text = tr("Side effect") + f" — {fmt_date(day)}: {symptom_text(s, catalogue)}"
        items.append(OfferedItem(s.uid, "sessions", day, text))
    items += [_checkin_item(c) for c in col.checkins]
    for q in col.questionnaires:
        day = to_local(q.at_utc, q.tz_offset_min).date()
        title = get_instrument(q.instrument).title
        items.append(OfferedItem(q.uid, "questionnaires", day, f"{title} — {fmt_date(day)}: {q.total}"))
    return items


# -- one record to one row ----------------------------------------------------------------
def symptom_text(s: SideEffect, catalogue: Any) -> str:
    sym = catalogue.symptoms.get(s.symptom)
    if s.symptom == "other" and s.other_text.strip():
        return s.other_text.strip()
    return sym.label if sym is not None else s.symptom


def side_effect_row(s: SideEffect, catalogue: Any, numbers: dict[int, int]) -> SideEffectRow:
    try:
        severity = catalogue.severity_label(s.severity)
    except StopIteration:
        severity = str(s.severity)
    option = catalogue.duration_option_for(s.duration_min)
    reading = ""
    if s.bp_systolic is not None and s.bp_diastolic is not None:
        reading = f"{s.bp_systolic}/{s.bp_diastolic} {catalogue.blood_pressure.unit}"
    return SideEffectRow(
        uid=s.uid,
        when=to_local(s.at_utc, s.tz_offset_min),
        symptom=symptom_text(s, catalogue),
        severity=severity,
        duration=option.label if option is not None else "",
        reading=reading,
        note=s.note.strip(),
        session_number=numbers.get(s.session_id or 0),
    )


def _mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _mood_periods(by_day: dict[date, list[Checkin]], start: date, monthly: bool) -> tuple[MoodPeriod, ...]:
    """The check-ins' averages by week (from Monday) or by calendar month."""
    key: Callable[[date], date] = _month_start if monthly else checkins_mod.week_start
    groups: dict[date, list[Checkin]] = defaultdict(list)
    for day, cs in by_day.items():
        groups[key(day)].extend(cs)
    periods = []
    for begin in sorted(groups):
        cs = groups[begin]
        label = fmt_month(begin) if monthly else arg(tr("Week of %1"), fmt_date(max(begin, start)))
        periods.append(
            MoodPeriod(
                label,
                begin,
                len(cs),
                _mean(float(c.mood) for c in cs),
                _mean(float(c.anxiety) if c.anxiety is not None else None for c in cs),
            )
        )
    return tuple(periods)


def mood_summary(checkins: Sequence[Checkin], start: date, end: date) -> MoodSummary | None:
    """Averages by week (by month for ranges over half a year), extremes and notes."""
    if not checkins:
        return None
    by_day: dict[date, list[Checkin]] = defaultdict(list)
    for c in checkins:
        by_day[checkins_mod.local_day(c)].append(c)
    monthly = (end - start).days + 1 > WEEKLY_LIMIT_DAYS
    lowest = min(checkins, key=lambda c: (c.mood, c.at_utc))
    highest = max(checkins, key=lambda c: (c.mood, -c.at_utc.timestamp()))
    notes = tuple(
        CheckinNote(c.uid, to_local(c.at_utc, c.tz_offset_min), c.mood, c.note.strip())
        for c in checkins
        if c.note.strip()
    )
    return MoodSummary(
        checkins=len(checkins),
        days=len(by_day),
        mean_mood=_mean(float(c.mood) for c in checkins),
        mean_anxiety=_mean(float(c.anxiety) if c.anxiety is not None else None for c in checkins),
        lowest=(lowest.mood, checkins_mod.local_day(lowest)),
        highest=(highest.mood, checkins_mod.local_day(highest)),
        granularity="month" if monthly else "week",
        periods=_mood_periods(by_day, start, monthly),
        notes=notes,
    )


def score_rows(questionnaires: Sequence[Questionnaire]) -> tuple[ScoreRow, ...]:
    """Rows by time; ``change`` is against the first of the same instrument."""
    first: dict[str, int] = {}
    rows = []
    for q in sorted(questionnaires, key=lambda q: (q.at_utc, q.id or 0)):
        inst = get_instrument(q.instrument)
        total = sum(q.answers) if q.answers else q.total
        try:
            band = inst.band_for(total).label
        except Exception:  # a stored total outside the bands: show it without a band
            band = ""
        change = total - first[q.instrument] if q.instrument in first else None
        first.setdefault(q.instrument, total)
        rows.append(
            ScoreRow(
                uid=q.uid,
                instrument=inst.id,
                title=inst.title,
                when=to_local(q.at_utc, q.tz_offset_min),
                total=total,
                max_total=inst.max_total,
                band=band,
                change=change,
                item9=int(q.answers[8]) if inst.id == "phq9" and len(q.answers) >= 9 else None,
                answers=tuple(int(a) for a in q.answers),
                loinc_panel=inst.loinc_panel,
                loinc_total=inst.loinc_total,
                difficulty=q.difficulty,
            )
        )
    return tuple(rows)


# -- the section builders -----------------------------------------------------------------
def build_mood(sel: Selection) -> MoodSummary | None:
    return mood_summary(sel.checkins, sel.col.start, sel.col.end)


def build_scores(sel: Selection) -> tuple[ScoreRow, ...]:
    return score_rows(sel.questionnaires)


def _flag_text(kind: str, value: int) -> str:
    if kind == "phq9_item9":
        inst = get_instrument("phq9")
        answer = inst.option_label(value) if 0 <= value <= inst.max_score else str(value)
        return arg(
            tr("PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered “%1”."), answer
        )
    return arg(tr("Check-in at the lowest mood (%1 of 10)."), value)


def shown_text(shown: Shown | None) -> str:
    """What the safety page showed, in one sentence, exactly as recorded at the time."""
    if shown is None:
        return tr("What the safety page showed at the time was not recorded.")
    emergency = ", ".join(shown.emergency)
    services = ", ".join(f"{name.lower()} {number}" for name, number in shown.services)
    if emergency and services:
        emergency = f"{emergency} ({services})"
    if not shown.lines and not shown.care_team:
        if emergency:
            return arg(tr("The safety page showed the emergency number only (%1)."), emergency)
        return tr("The safety page showed only the advice to call the local emergency number.")
    parts = [arg(tr("crisis line %1 %2"), name, number) for name, number in shown.lines] or [
        tr("no crisis line")
    ]
    parts.append(
        arg(tr("emergency number %1"), emergency)
        if emergency
        else tr("the advice to call the local emergency number")
    )
    if shown.care_team:
        parts.append(tr("the care team's contact"))
    return arg(tr("The safety page showed: %1."), "; ".join(parts))


def build_flags(sel: Selection) -> tuple[FlagRow, ...]:
    """Safety flags derived from the included records only, each with what its safety
    page showed (recorded at the time, :func:`kapjournal.measures.safety.record_shown`)."""
    shown = shown_by_record(sel.db)
    return tuple(
        FlagRow(
            f.kind,
            f.uid,
            to_local(f.at_utc, f.tz_offset_min),
            f.value,
            _flag_text(f.kind, f.value),
            shown_text(shown.get(f.uid)),
        )
        for f in safety_flags_in(sel.questionnaires, sel.checkins, sel.col.start, sel.col.end)
        if f.shared and f.kind in FLAG_KINDS
    )


def _phase_text(p: checkins_mod.Phase) -> str:
    return p.text()


def build_checkins(sel: Selection) -> tuple[CheckinRow, ...]:
    """Every included check-in with its phase of the course (CSV and FHIR)."""
    placed = checkins_mod.placed_sessions(sel.col.all_sessions or sel.col.sessions)
    words = checkins_mod.shipped_checkin_items()  # the summary's language
    return tuple(
        CheckinRow(
            uid=c.uid,
            when=to_local(c.at_utc, c.tz_offset_min),
            mood=c.mood,
            anxiety=c.anxiety,
            energy=c.energy,
            sleep=c.sleep,
            feelings=tuple(words.feeling(f) for f in c.feelings if isinstance(f, str)),
            note=c.note.strip(),
            context=c.context,
            phase=_phase_text(checkins_mod.phase_among(to_local(c.at_utc, c.tz_offset_min), placed)),
        )
        for c in sel.checkins
    )


def build_other_side_effects(sel: Selection) -> tuple[SideEffectRow, ...]:
    """Side effects linked to no session of the range."""
    return tuple(
        side_effect_row(s, sel.catalogue, sel.numbers)
        for s in sel.side_effects
        if s.session_id not in sel.session_ids
    )


# -- words for the renderers --------------------------------------------------------------
def mood_text(m: MoodSummary, days: int) -> str:
    """The sentences over the check-ins of a summary that spans ``days`` days."""
    text = arg(tr("%n check-ins on %1 of %2 days.", "", m.checkins), m.days, days)
    text += " " + arg(
        tr("Average mood %1 of 10 (10 = very good); average anxiety %2 of 10 (10 = very strong)."),
        average_text(m.mean_mood),
        average_text(m.mean_anxiety),
    )
    if m.lowest and m.highest:
        text += " " + arg(
            tr("Lowest mood %1 on %2; highest %3 on %4."),
            m.lowest[0],
            fmt_date(m.lowest[1]),
            m.highest[0],
            fmt_date(m.highest[1]),
        )
    return text


def scores_heading(scores: Sequence[ScoreRow]) -> str:
    """The score table's heading: the questionnaires it holds by name, in display
    order ("PHQ-9 and GAD-7", "PHQ-9, GAD-7 and PCL-5"); "Questionnaires" when none."""
    order = {inst_id: i for i, inst_id in enumerate(all_ids())}
    titles = dict(sorted({r.instrument: r.title for r in scores}.items(),
                         key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
    return fmt_list(list(titles.values())) if titles else tr("Questionnaires")


def more_scores_note(scores: Sequence[ScoreRow]) -> str:
    """What the optional questionnaires in ``scores`` (PCL-5, AUDIT-C) measure and their
    range, for under the score table; "" when only PHQ-9 and GAD-7 are there."""
    notes: list[str] = []
    for inst_id in dict.fromkeys(r.instrument for r in scores):
        inst = get_instrument(inst_id)
        if inst.optional and inst.summary_note:
            notes.append(inst.summary_note)  # data text, in the summary's language when shipped
    return " ".join(notes)
