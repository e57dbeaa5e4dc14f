"""The therapist summary: plain data for a date range and a selection.

Pipeline (DESIGN.md "Summary pipeline")::

    journal --collect()--> Collected (every *shared* record in the range)
            --offered_items()--> what the patient may untick, one line each
            --build_summary(options)--> Summary (plain data, no Qt, no HTML)
            --attach_chart(renderer)--> Summary with chart bytes
            --> renderers in :mod:`kapjournal.exporters` (PDF, HTML, Markdown, CSV, FHIR)

Rules:

* Only records marked ``share`` are ever collected; a record the patient unticks (by
  ``uid``) is left out of every section, the chart, the CSV and the FHIR bundle.
* A record belongs to the range when its own local day is inside it, or (entries,
  side effects, action steps, questions) when the session it is linked to is.
* Safety flags (PHQ-9 item 9 above 0, check-ins at the lowest mood) are derived from
  the included records only, and shown first.
* Answers are labelled with the prompt's text from the pack the entry was written with
  (looked up by ``pack_id``); an unknown pack or prompt falls back to the prompt id.
* Text here is English; every fixed string goes through ``QCoreApplication.translate``
  (context ``"summary"``), so a translation changes the document too.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from kapjournal import prefs, prompts
from kapjournal.measures import checkins as checkins_mod
from kapjournal.measures.instruments import get_instrument, session_local_date
from kapjournal.measures.safety import FLAG_KINDS, safety_flags_in
from kapjournal.measures.side_effects import shipped_side_effects
from kapjournal.preparation import course as course_mod
from kapjournal.richtext import first_line
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import (
    Checkin,
    Commitment,
    Course,
    Entry,
    Questionnaire,
    Session,
    SideEffect,
    to_local,
    utc_now,
)

logger = logging.getLogger(__name__)

# -- sections and presets -------------------------------------------------------------
SECTIONS: dict[str, str] = {
    "safety": "Safety notes",
    "overview": "Course overview",
    "sessions": "Sessions and reflections",
    "mood": "Mood and anxiety",
    "questionnaires": "PHQ-9 and GAD-7",
    "actions": "Action steps",
    "questions": "Questions for my care team",
}
PRESETS: dict[str, str] = {
    "course": "Whole course",
    "last_session": "Since the last session",
    "two_weeks": "Last 2 weeks",
    "custom": "Choose dates",
}
BASELINE_LEAD_DAYS = 7  # a course's range starts this long before its first session
NO_COURSE_DAYS = 30  # without any course, "whole course" means the last 30 days
WEEKLY_LIMIT_DAYS = 183  # longer ranges are tabled by month


ENTRY_KIND_LABELS = {
    "intention": "Intention",
    "capture": "The evening after",
    "integration": "Integration reflection",
    "thought_record": "Thought record",
    "mbct": "Mindfulness practice",
    "note": "Note",
    "question": "Question",
}
SESSION_KIND_LABELS = {
    "ketamine": "Ketamine session",
    "therapy": "Therapy session",
    "integration": "Integration session",
    "rtms": "rTMS session",
    "neurofeedback": "Neurofeedback session",
    "hypnotherapy": "Hypnotherapy session",
    "body": "Bodywork session",
    "other": "Session",
}
SESSION_STATUS_LABELS = {
    "planned": "planned",
    "done": "took place",
    "cancelled": "cancelled",
    "moved": "moved",
}
COMMITMENT_STATUS_LABELS = {
    "open": "still open",
    "done": "done",
    "not_done": "not done",
    "changed": "changed",
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
REFLECTION_KINDS = ("capture", "integration", "thought_record", "mbct", "note")

#: Fixed sentences shared by every renderer (translated with :func:`t`).
INTRO_NOTE = (
    "Written and chosen by the patient in KAP Journal. Questionnaire scores are self-reported "
    "snapshots to discuss together, not a diagnosis."
)
SAFETY_NOTE = (
    "Shown first so they are not missed. KAP Journal alerts nobody; the patient was shown "
    "crisis contacts at the time."
)
SCORES_NOTE = (
    "PHQ-9: 0–27 (depression). GAD-7: 0–21 (anxiety). Change is against the first score of "
    "the same questionnaire in this period. Item 9 of the PHQ-9 asks about thoughts of being "
    "better off dead or of self-harm (0 = not at all, 3 = nearly every day)."
)
FOOTER_NOTE = (
    "Made with KAP Journal on the patient's own computer. This file is not encrypted. It "
    "contains only what the patient chose to share."
)
EMPTY_TITLE = "Nothing shared for this period"
EMPTY_TEXT = (
    "No entries, check-ins or questionnaires were shared for these dates. Entries appear here "
    "when they are marked “Share with my therapist”."
)


def t(text: str) -> str:
    """Translate a fixed string of the summary (context ``summary``)."""
    return QCoreApplication.translate("summary", text)


def fmt_date(d: date) -> str:
    """``3 Nov 2026`` (fixed English month names; the same in every locale)."""
    return f"{d.day} {t(MONTHS[d.month - 1])} {d.year}"


def fmt_day(d: date) -> str:
    """``Tue 3 Nov 2026``."""
    return f"{t(WEEKDAYS[d.weekday()])} {fmt_date(d)}"


def fmt_datetime(at: datetime) -> str:
    """``3 Nov 2026, 09:30`` in the moment's own offset."""
    return f"{fmt_date(at.date())}, {at:%H:%M}"


def signed_change(n: int | None) -> str:
    """A change of score as ``+3``, ``−2`` or ``0``; "first" when there is none yet."""
    if n is None:
        return t("first")
    if n == 0:
        return "0"
    return f"+{n}" if n > 0 else f"\u2212{-n}"


def average_text(x: float | None) -> str:
    """An average to one decimal, or a dash when there is none."""
    return "—" if x is None else f"{x:.1f}"


def mood_text(m: MoodSummary, days: int) -> str:
    """The sentences over the check-ins of a summary that spans ``days`` days."""
    text = t("{n} check-ins on {d} of {days} days.").format(n=m.checkins, d=m.days, days=days)
    text += " " + t(
        "Average mood {mood} of 10 (10 = very good); average anxiety {anx} of 10 (10 = very strong)."
    ).format(mood=average_text(m.mean_mood), anx=average_text(m.mean_anxiety))
    if m.lowest and m.highest:
        text += " " + t("Lowest mood {lo} on {lo_day}; highest {hi} on {hi_day}.").format(
            lo=m.lowest[0], lo_day=fmt_date(m.lowest[1]), hi=m.highest[0], hi_day=fmt_date(m.highest[1])
        )
    return text


def question_meta(q: QuestionRow) -> str:
    """``3 Nov 2026 · for session 2 · answered``."""
    meta = fmt_date(q.when.date())
    if q.session_number:
        meta += " · " + t("for session {n}").format(n=q.session_number)
    if q.answered:
        meta += " · " + t("answered")
    return meta


# -- the model ------------------------------------------------------------------------
@dataclass(frozen=True)
class Answer:
    label: str  # the prompt's text (or its id)
    text: str  # the answer as text; Markdown when ``markdown``
    markdown: bool = False


@dataclass(frozen=True)
class EntryBlock:
    uid: str
    kind: str
    kind_label: str
    when: datetime  # local
    title: str
    answers: tuple[Answer, ...]
    body: str  # Markdown
    session_number: int | None = None
    step_label: str = ""  # integration step, e.g. "1 day after"


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


@dataclass(frozen=True)
class SessionRow:
    uid: str
    number: int | None
    kind_label: str
    when: datetime
    status_label: str
    status: str = ""


@dataclass(frozen=True)
class CourseBlock:
    uid: str
    title: str
    clinic: str
    start: date
    end: date | None
    sessions: tuple[SessionRow, ...]


@dataclass(frozen=True)
class SessionBlock:
    uid: str
    number: int | None
    kind_label: str
    when: datetime
    status_label: str
    intention: EntryBlock | None
    captures: tuple[EntryBlock, ...]
    reflections: tuple[EntryBlock, ...]
    side_effects: tuple[SideEffectRow, ...]

    @property
    def heading(self) -> str:
        name = t("Session {n}").format(n=self.number) if self.number else t(self.kind_label)
        return f"{name} — {fmt_day(self.when.date())}"

    @property
    def empty(self) -> bool:
        return not (self.intention or self.captures or self.reflections or self.side_effects)


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


@dataclass(frozen=True)
class FlagRow:
    kind: str
    uid: str
    when: datetime
    value: int
    text: str


@dataclass(frozen=True)
class ActionRow:
    uid: str
    text: str
    due: date | None
    status: str
    status_label: str
    outcome: str
    session_number: int | None


@dataclass(frozen=True)
class QuestionRow:
    uid: str
    text: str
    when: datetime
    answered: bool
    session_number: int | None


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
class SummaryOptions:
    start: date
    end: date
    sections: frozenset[str] = frozenset(SECTIONS)
    excluded: frozenset[str] = frozenset()  # uids the patient unticked
    show_name: bool = True


@dataclass(frozen=True)
class Summary:
    start: date
    end: date
    generated_at: datetime  # local, aware
    sections: frozenset[str]
    patient_name: str  # "" when not shown
    courses: tuple[CourseBlock, ...]
    sessions: tuple[SessionBlock, ...]
    other_reflections: tuple[EntryBlock, ...]
    other_side_effects: tuple[SideEffectRow, ...]
    mood: MoodSummary | None
    scores: tuple[ScoreRow, ...]
    flags: tuple[FlagRow, ...]
    actions: tuple[ActionRow, ...]
    questions: tuple[QuestionRow, ...]
    checkins: tuple[CheckinRow, ...]
    included: frozenset[str]  # uids of every record in the summary
    chart_png: bytes | None = None
    chart_svg: bytes | None = None

    @property
    def title(self) -> str:
        return t("Summary for my care team")

    @property
    def period(self) -> str:
        return f"{fmt_date(self.start)} – {fmt_date(self.end)}"

    def has(self, section: str) -> bool:
        return section in self.sections

    @property
    def is_empty(self) -> bool:
        """Nothing shared in the range (sessions alone do not count as content)."""
        return not (
            any(not s.empty for s in self.sessions)
            or self.other_reflections
            or self.other_side_effects
            or self.checkins
            or self.scores
            or self.actions
            or self.questions
        )


@dataclass(frozen=True)
class OfferedItem:
    """One record the patient can untick; ``text`` is for the selection list only."""

    uid: str
    section: str
    when: date
    text: str


# -- ranges ---------------------------------------------------------------------------
def current_course(db: Database, today: date) -> Course | None:
    """The newest course that has started by ``today`` (else the newest planned)."""
    all_courses = course_mod.courses(db)
    started = [c for c in all_courses if c.start_date <= today]
    pool = started or all_courses
    return max(pool, key=lambda c: (c.start_date, c.id or 0)) if pool else None


def course_range(db: Database, c: Course, today: date) -> tuple[date, date]:
    sessions = [s for s in course_mod.sessions_of(db, c.id or 0) if s.status != "cancelled"]
    days = [session_local_date(s) for s in sessions]
    first = min([c.start_date, *days])
    start = first - timedelta(days=BASELINE_LEAD_DAYS)
    end = c.end_date or max([today, *days])
    if c.end_date is None and days and max(days) > today:
        end = today  # the plan ahead has nothing to report yet
    return start, max(end, start)


def preset_range(db: Database, preset: str, today: date) -> tuple[date, date]:
    """The date range of a preset ("course", "last_session", "two_weeks")."""
    if preset == "two_weeks":
        return today - timedelta(days=13), today
    if preset == "last_session":
        past = [
            s
            for s in repo.select(db, Session, "kind = 'ketamine' AND status IN ('done', 'moved', 'planned')")
            if session_local_date(s) <= today
        ]
        if past:
            last = max(past, key=lambda s: (s.scheduled_at, s.id or 0))
            return session_local_date(last) - timedelta(days=1), today
        return today - timedelta(days=13), today
    if preset == "course":
        c = current_course(db, today)
        if c is not None:
            return course_range(db, c, today)
        return today - timedelta(days=NO_COURSE_DAYS - 1), today
    raise ValueError(f"unknown preset {preset!r}")


# -- collecting -----------------------------------------------------------------------
@dataclass
class Collected:
    """Every shared record that belongs to ``start..end`` (nothing unticked yet)."""

    start: date
    end: date
    courses: list[Course]
    sessions: list[Session]  # every session of the overlapping courses, by time
    numbers: dict[int, int]  # session id -> number within its course
    entries: list[Entry]
    checkins: list[Checkin]
    questionnaires: list[Questionnaire]
    side_effects: list[SideEffect]
    commitments: list[Commitment]
    all_sessions: list[Session] = field(default_factory=list)


def _utc_window(start: date, end: date) -> tuple[str, str]:
    """A UTC window wide enough for any local offset (±14 h), filtered locally later."""
    lo = datetime.combine(start - timedelta(days=1), time.min, UTC)
    hi = datetime.combine(end + timedelta(days=2), time.min, UTC)
    return repo.iso_instant(lo), repo.iso_instant(hi)


def _in(day: date, start: date, end: date) -> bool:
    return start <= day <= end


def collect(db: Database, start: date, end: date) -> Collected:
    """Read every shared record of the range from the repositories."""
    if end < start:
        start, end = end, start
    lo, hi = _utc_window(start, end)
    all_sessions = repo.select(db, Session, order="scheduled_at, id")
    in_range_ids = {s.id for s in all_sessions if _in(session_local_date(s), start, end) and s.id is not None}
    course_ids = {s.course_id for s in all_sessions if s.id in in_range_ids}
    courses = [c for c in course_mod.courses(db) if c.id in course_ids or start <= c.start_date <= end]
    shown_course_ids = {c.id for c in courses}
    sessions = [s for s in all_sessions if s.course_id in shown_course_ids]
    numbers: dict[int, int] = {}
    for c in courses:
        numbers.update(course_mod.session_numbers(db, c.id or 0))
    linked = sorted(in_range_ids)
    marks = ",".join("?" * len(linked)) or "NULL"

    entries = [
        e
        for e in repo.select(
            db,
            Entry,
            f"share = 1 AND ((occurred_at >= ? AND occurred_at < ?) OR session_id IN ({marks}))",
            (lo, hi, *linked),
            order="occurred_at, id",
        )
        if e.session_id in in_range_ids or _in(to_local(e.occurred_at, e.tz_offset_min).date(), start, end)
    ]
    checkins = [
        c
        for c in repo.select(
            db, Checkin, "share = 1 AND at_utc >= ? AND at_utc < ?", (lo, hi), order="at_utc, id"
        )
        if _in(checkins_mod.local_day(c), start, end)
    ]
    questionnaires = [
        q
        for q in repo.select(
            db, Questionnaire, "share = 1 AND at_utc >= ? AND at_utc < ?", (lo, hi), order="at_utc, id"
        )
        if _in(to_local(q.at_utc, q.tz_offset_min).date(), start, end)
    ]
    side_effects = [
        s
        for s in repo.select(
            db,
            SideEffect,
            f"share = 1 AND ((at_utc >= ? AND at_utc < ?) OR session_id IN ({marks}))",
            (lo, hi, *linked),
            order="at_utc, id",
        )
        if s.session_id in in_range_ids or _in(to_local(s.at_utc, s.tz_offset_min).date(), start, end)
    ]
    commitments = []
    for cm in repo.select(db, Commitment, "share = 1", order="created_at, id"):
        days = [d for d in (cm.due_date,) if d is not None]
        for moment in (cm.created_at, cm.resolved_at):
            if moment is not None:
                days.append(moment.astimezone().date())
        if cm.session_id in in_range_ids or any(_in(d, start, end) for d in days):
            commitments.append(cm)
    return Collected(
        start,
        end,
        courses,
        sessions,
        numbers,
        entries,
        checkins,
        questionnaires,
        side_effects,
        commitments,
        all_sessions,
    )


# -- the items the patient can untick -------------------------------------------------
def _entry_section(e: Entry) -> str:
    return "questions" if e.kind == "question" else "sessions"


def offered_items(col: Collected) -> list[OfferedItem]:
    """Every record that could appear, by section then time (for the selection list)."""
    items: list[OfferedItem] = []
    for e in col.entries:
        day = to_local(e.occurred_at, e.tz_offset_min).date()
        label = t(ENTRY_KIND_LABELS.get(e.kind, "Note"))
        text = first_line(e.title or e.body or repo.entry_plain_text(e), 60)
        items.append(
            OfferedItem(e.uid, _entry_section(e), day, f"{label} — {fmt_date(day)}: {text}".rstrip(": "))
        )
    catalogue = shipped_side_effects()
    for s in col.side_effects:
        day = to_local(s.at_utc, s.tz_offset_min).date()
        items.append(
            OfferedItem(
                s.uid, "sessions", day, f"{t('Side effect')} — {fmt_date(day)}: {_symptom(s, catalogue)}"
            )
        )
    for c in col.checkins:
        day = checkins_mod.local_day(c)
        text = t("Check-in — {day}: mood {mood}").format(day=fmt_date(day), mood=c.mood)
        if c.anxiety is not None:
            text += t(", anxiety {n}").format(n=c.anxiety)
        if c.note.strip():
            text += f" — {first_line(c.note, 50)}"
        items.append(OfferedItem(c.uid, "mood", day, text))
    for q in col.questionnaires:
        day = to_local(q.at_utc, q.tz_offset_min).date()
        title = get_instrument(q.instrument).title
        items.append(OfferedItem(q.uid, "questionnaires", day, f"{title} — {fmt_date(day)}: {q.total}"))
    for cm in col.commitments:
        day = (cm.created_at or utc_now()).astimezone().date()
        items.append(OfferedItem(cm.uid, "actions", day, f"{t('Action step')}: {first_line(cm.text, 60)}"))
    order = list(SECTIONS)
    items.sort(key=lambda i: (order.index(i.section), i.when, i.text))
    return items


# -- building -------------------------------------------------------------------------
class _Packs:
    """Prompt packs looked up once per build."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._cache: dict[str, prompts.PromptPack | None] = {}

    def get(self, pack_id: str) -> prompts.PromptPack | None:
        if not pack_id:
            return None
        if pack_id not in self._cache:
            self._cache[pack_id] = prompts.get_pack(self.db, pack_id)
        return self._cache[pack_id]


def _value_text(value: Any, prompt: prompts.Prompt | None) -> str:
    if isinstance(value, bool):
        return t("Yes") if value else t("No")
    if isinstance(value, int | float):
        number = str(int(value)) if float(value).is_integer() else f"{value:g}"
        if prompt is not None and prompt.input == "scale":
            lo = prompt.min if prompt.min is not None else 0
            hi = prompt.max if prompt.max is not None else 10
            return t("{value} (on a scale of {lo} to {hi})").format(value=number, lo=lo, hi=hi)
        return number
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return ", ".join(p for p in (_value_text(v, None) for v in value) if p)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_value_text(v, None)}" for k, v in value.items() if _value_text(v, None))
    return ""


def answers_of(entry: Entry, pack: prompts.PromptPack | None) -> tuple[Answer, ...]:
    """The entry's answers in the pack's order, labelled with the prompt text."""
    answers = entry.answers if isinstance(entry.answers, dict) else {}
    ordered: list[str] = []
    if pack is not None:
        ordered = [p.id for p in pack.prompts if p.id in answers]
    ordered += sorted(k for k in answers if k not in ordered)
    found: list[Answer] = []
    for key in ordered:
        prompt = pack.prompt(key) if pack is not None else None
        text = _value_text(answers[key], prompt)
        if not text:
            continue
        label = prompt.text if prompt is not None else key
        markdown = prompt is None or prompt.input in ("longtext", "text")
        found.append(Answer(label, text, markdown))
    return tuple(found)


def _step_label(entry: Entry) -> str:
    step = entry.subkind
    if entry.kind != "integration" or not step:
        return ""
    if step == "before_next":
        return t("before the next session")
    if step.endswith("h") and step[:-1].isdigit():
        days = int(step[:-1]) // 24
        return t("1 day after") if days == 1 else t("{n} days after").format(n=days)
    return ""


def _entry_block(e: Entry, packs: _Packs, numbers: dict[int, int]) -> EntryBlock:
    pack = packs.get(e.pack_id)
    answers = answers_of(e, pack)
    title = e.title.strip()
    if e.kind == "intention" and pack is not None and pack.title_prompt:
        # The intention phrase is the title; do not repeat it as an answer.
        phrase = pack.prompt(pack.title_prompt)
        if phrase is not None and title:
            answers = tuple(a for a in answers if not (a.label == phrase.text and a.text == title))
    return EntryBlock(
        uid=e.uid,
        kind=e.kind,
        kind_label=t(ENTRY_KIND_LABELS.get(e.kind, "Note")),
        when=to_local(e.occurred_at, e.tz_offset_min),
        title=title,
        answers=answers,
        body=e.body.strip(),
        session_number=numbers.get(e.session_id or 0),
        step_label=_step_label(e),
    )


def _symptom(s: SideEffect, catalogue: Any) -> str:
    sym = catalogue.symptoms.get(s.symptom)
    if s.symptom == "other" and s.other_text.strip():
        return s.other_text.strip()
    return t(sym.label) if sym is not None else s.symptom


def _side_effect_row(s: SideEffect, catalogue: Any, numbers: dict[int, int]) -> SideEffectRow:
    try:
        severity = t(catalogue.severity_label(s.severity))
    except StopIteration:
        severity = str(s.severity)
    option = catalogue.duration_option_for(s.duration_min)
    reading = ""
    if s.bp_systolic is not None and s.bp_diastolic is not None:
        reading = f"{s.bp_systolic}/{s.bp_diastolic} {catalogue.blood_pressure.unit}"
    return SideEffectRow(
        uid=s.uid,
        when=to_local(s.at_utc, s.tz_offset_min),
        symptom=_symptom(s, catalogue),
        severity=severity,
        duration=t(option.label) if option is not None else "",
        reading=reading,
        note=s.note.strip(),
        session_number=numbers.get(s.session_id or 0),
    )


def _mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def _month_start(d: date) -> date:
    return d.replace(day=1)


def mood_summary(checkins: Sequence[Checkin], start: date, end: date) -> MoodSummary | None:
    """Averages by week (by month for ranges over half a year), extremes and notes."""
    if not checkins:
        return None
    by_day: dict[date, list[Checkin]] = defaultdict(list)
    for c in checkins:
        by_day[checkins_mod.local_day(c)].append(c)
    monthly = (end - start).days + 1 > WEEKLY_LIMIT_DAYS
    key: Callable[[date], date] = _month_start if monthly else checkins_mod.week_start
    groups: dict[date, list[Checkin]] = defaultdict(list)
    for day, cs in by_day.items():
        groups[key(day)].extend(cs)
    periods = []
    for begin in sorted(groups):
        cs = groups[begin]
        label = (
            f"{t(MONTHS[begin.month - 1])} {begin.year}"
            if monthly
            else t("Week of {day}").format(day=fmt_date(max(begin, start)))
        )
        periods.append(
            MoodPeriod(
                label,
                begin,
                len(cs),
                _mean(float(c.mood) for c in cs),
                _mean(float(c.anxiety) if c.anxiety is not None else None for c in cs),
            )
        )
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
        periods=tuple(periods),
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
                band=t(band),
                change=change,
                item9=int(q.answers[8]) if inst.id == "phq9" and len(q.answers) >= 9 else None,
                answers=tuple(int(a) for a in q.answers),
                loinc_panel=inst.loinc_panel,
                loinc_total=inst.loinc_total,
            )
        )
    return tuple(rows)


def _flag_text(kind: str, value: int) -> str:
    if kind == "phq9_item9":
        inst = get_instrument("phq9")
        answer = inst.option_label(value) if 0 <= value <= inst.max_score else str(value)
        return t(
            "PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered “{answer}”."
        ).format(answer=t(answer))
    return t("Check-in at the lowest mood ({value} of 10).").format(value=value)


def _phase_text(p: checkins_mod.Phase) -> str:
    return t(checkins_mod.PHASE_TEXT[p.text_id]).format(n=p.session_number, days=p.days)


def build_summary(
    db: Database,
    options: SummaryOptions,
    *,
    now: datetime | None = None,
    collected: Collected | None = None,
) -> Summary:
    """The summary for ``options`` (``collected`` reuses an earlier :func:`collect`)."""
    col = collected or collect(db, options.start, options.end)
    start, end = col.start, col.end
    generated = now if now is not None and now.tzinfo is not None else utc_now().astimezone()
    keep = options.excluded.__contains__
    entries = [e for e in col.entries if not keep(e.uid)]
    checkin_recs = [c for c in col.checkins if not keep(c.uid)]
    q_recs = [q for q in col.questionnaires if not keep(q.uid)]
    se_recs = [s for s in col.side_effects if not keep(s.uid)]
    cm_recs = [c for c in col.commitments if not keep(c.uid)]
    sections = frozenset(s for s in options.sections if s in SECTIONS)
    packs = _Packs(db)
    numbers = col.numbers
    catalogue = shipped_side_effects()

    session_ids = {s.id for s in col.sessions if _in(session_local_date(s), start, end)}
    by_session: dict[int, list[Entry]] = defaultdict(list)
    other: list[EntryBlock] = []
    for e in entries:
        if e.kind == "question":
            continue
        if e.session_id in session_ids:
            by_session[e.session_id or 0].append(e)
        else:
            other.append(_entry_block(e, packs, numbers))
    se_by_session: dict[int, list[SideEffect]] = defaultdict(list)
    other_se: list[SideEffectRow] = []
    for eff in se_recs:
        if eff.session_id in session_ids:
            se_by_session[eff.session_id or 0].append(eff)
        else:
            other_se.append(_side_effect_row(eff, catalogue, numbers))

    blocks = []
    for s in col.sessions:
        if s.id not in session_ids:
            continue
        linked = by_session.get(s.id or 0, [])
        effects = se_by_session.get(s.id or 0, [])
        if s.kind != "ketamine" and not linked and not effects:
            continue
        if s.status == "cancelled" and not linked and not effects:
            continue
        intentions = [e for e in linked if e.kind == "intention"]
        blocks.append(
            SessionBlock(
                uid=s.uid,
                number=numbers.get(s.id or 0),
                kind_label=t(SESSION_KIND_LABELS.get(s.kind, "Session")),
                when=to_local(s.scheduled_at, s.tz_offset_min),
                status_label=t(SESSION_STATUS_LABELS.get(s.status, s.status)),
                intention=_entry_block(intentions[-1], packs, numbers) if intentions else None,
                captures=tuple(_entry_block(e, packs, numbers) for e in linked if e.kind == "capture"),
                reflections=tuple(
                    _entry_block(e, packs, numbers) for e in linked if e.kind not in ("intention", "capture")
                ),
                side_effects=tuple(_side_effect_row(x, catalogue, numbers) for x in effects),
            )
        )

    courses = tuple(
        CourseBlock(
            uid=c.uid,
            title=c.title.strip(),
            clinic=c.clinic.strip(),
            start=c.start_date,
            end=c.end_date,
            sessions=tuple(
                SessionRow(
                    s.uid,
                    numbers.get(s.id or 0),
                    t(SESSION_KIND_LABELS.get(s.kind, "Session")),
                    to_local(s.scheduled_at, s.tz_offset_min),
                    t(SESSION_STATUS_LABELS.get(s.status, s.status)),
                    s.status,
                )
                for s in col.sessions
                if s.course_id == c.id
            ),
        )
        for c in col.courses
    )

    flags = tuple(
        FlagRow(
            f.kind,
            f.uid,
            to_local(f.at_utc, f.tz_offset_min),
            f.value,
            _flag_text(f.kind, f.value),
        )
        for f in safety_flags_in(q_recs, checkin_recs, start, end)
        if f.shared and f.kind in FLAG_KINDS
    )
    actions = tuple(
        ActionRow(
            uid=c.uid,
            text=c.text.strip(),
            due=c.due_date,
            status=c.status,
            status_label=t(COMMITMENT_STATUS_LABELS.get(c.status, c.status)),
            outcome=c.outcome_note.strip(),
            session_number=numbers.get(c.session_id or 0),
        )
        for c in cm_recs
    )
    questions = tuple(
        QuestionRow(
            uid=e.uid,
            text=e.body.strip(),
            when=to_local(e.occurred_at, e.tz_offset_min),
            answered=e.subkind == "answered",
            session_number=numbers.get(e.session_id or 0),
        )
        for e in entries
        if e.kind == "question"
    )
    all_sessions = col.all_sessions or col.sessions
    checkin_rows = tuple(
        CheckinRow(
            uid=c.uid,
            when=to_local(c.at_utc, c.tz_offset_min),
            mood=c.mood,
            anxiety=c.anxiety,
            energy=c.energy,
            sleep=c.sleep,
            feelings=tuple(str(f) for f in c.feelings if isinstance(f, str)),
            note=c.note.strip(),
            context=c.context,
            phase=_phase_text(checkins_mod.phase_for_checkin(c, all_sessions)),
        )
        for c in checkin_recs
    )
    name = ""
    if options.show_name:
        name = prefs.journal_value(db, prefs.PROFILE_NAME).strip()
    included = frozenset(
        [e.uid for e in entries]
        + [c.uid for c in checkin_recs]
        + [q.uid for q in q_recs]
        + [s.uid for s in se_recs]
        + [c.uid for c in cm_recs]
    )
    return Summary(
        start=start,
        end=end,
        generated_at=generated,
        # CLINICAL.md: an item-9 answer (or a lowest-mood check-in) that is in the
        # export is flagged in it, whatever sections were switched off.
        sections=sections | {"safety"} if flags else sections,
        patient_name=name,
        courses=courses,
        sessions=tuple(blocks),
        other_reflections=tuple(other),
        other_side_effects=tuple(other_se),
        mood=mood_summary(checkin_recs, start, end),
        scores=score_rows(q_recs),
        flags=flags,
        actions=actions,
        questions=questions,
        checkins=checkin_rows,
        included=included,
    )


# -- the chart -------------------------------------------------------------------------
#: ``renderer(summary, fmt)`` -> image bytes (``fmt`` is "png" or "svg"), or None.
ChartRenderer = Callable[[Summary, str], bytes | None]


def trend_data_of(summary: Summary) -> checkins_mod.TrendData:
    """Chart data from the summary's own check-ins, sessions and scores only."""
    records = [
        Checkin(
            mood=c.mood,
            anxiety=c.anxiety,
            at_utc=c.when.astimezone(UTC),
            tz_offset_min=int((c.when.utcoffset() or timedelta(0)).total_seconds() // 60),
        )
        for c in summary.checkins
    ]
    fields = ("mood", "anxiety")
    unit = "day"
    series: dict[str, list[tuple[date, float | None]]] = {}
    for f in fields:
        unit, series[f] = checkins_mod.series(records, summary.start, summary.end, f)
    marks = [
        checkins_mod.SessionMark(r.when.date(), r.number, n, r.status)
        for n, c in enumerate(summary.courses)
        for r in c.sessions
        if r.number is not None and r.status != "cancelled" and summary.start <= r.when.date() <= summary.end
    ]
    points = [
        checkins_mod.QuestionnairePoint(r.when.date(), r.instrument, r.total, "") for r in summary.scores
    ]
    return checkins_mod.TrendData(
        summary.start, summary.end, unit, fields, series, tuple(marks), tuple(points)
    )


def attach_chart(
    summary: Summary, renderer: ChartRenderer | None, formats: Sequence[str] = ("png", "svg")
) -> Summary:
    """The summary with chart images from ``renderer`` (none when the mood section is
    off, there are no check-ins or no renderer is given)."""
    if renderer is None or not summary.has("mood") or not summary.checkins:
        return replace(summary, chart_png=None, chart_svg=None)
    png = renderer(summary, "png") if "png" in formats else None
    svg = renderer(summary, "svg") if "svg" in formats else None
    return replace(summary, chart_png=png, chart_svg=svg)


# -- the one-time notice ------------------------------------------------------------------
def export_acknowledged(db: Database) -> bool:
    """Whether the patient has been told that an exported file is not encrypted."""
    return prefs.journal_value(db, prefs.SUMMARY_EXPORT_ACKNOWLEDGED)


def acknowledge_export(db: Database) -> None:
    prefs.set_journal_value(db, prefs.SUMMARY_EXPORT_ACKNOWLEDGED, True)


def default_filename(fmt: str, on: date) -> str:
    """``kapjournal-summary-2026-11-21.pdf``: never any patient text."""
    ext = {"pdf": "pdf", "html": "html", "md": "md", "csv": "csv", "fhir": "fhir.json"}[fmt]
    return f"kapjournal-summary-{on.isoformat()}.{ext}"
