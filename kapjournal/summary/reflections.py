"""Sessions and what was written about them in the summary: courses and their
sessions, the block per session, entries (intentions, evenings after, integration
reflections, thought records, practices, notes) with their labelled answers, action
steps and questions for the care team, each from reading the journal to the rows.

A thought record's way through this module: :func:`read_entries` reads the shared
entries of the range (through :func:`kapjournal.storage.queries.shared_entries`) into
:class:`~kapjournal.summary.model.Collected`; :func:`offered_entries` lists it for
unticking; once the unticked ones are left out (:class:`~kapjournal.summary.model.Selection`),
:func:`entry_block` makes an :class:`EntryBlock` of it, its answers labelled with the
prompt texts of the pack it was written with (:func:`answers_of`), and
:func:`build_sessions` puts it under its session's :class:`SessionBlock` (or
:func:`build_other_reflections` among the entries linked to no session of the range).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kapjournal import prompts
from kapjournal.i18n import arg, tr, translated
from kapjournal.measures.instruments import session_local_date
from kapjournal.preparation import course as course_mod
from kapjournal.richtext import first_line
from kapjournal.storage import queries, repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import Commitment, Course, Entry, Session, to_local, utc_now
from kapjournal.summary.measures import SideEffectRow, side_effect_row
from kapjournal.summary.model import Collected, OfferedItem, Packs, Selection
from kapjournal.summary.ranges import Window, within
from kapjournal.summary.text import (
    COMMITMENT_STATUS_LABELS,
    ENTRY_KIND_LABELS,
    SESSION_KIND_LABELS,
    SESSION_STATUS_LABELS,
    fmt_date,
    fmt_day,
)


# -- rows and blocks ----------------------------------------------------------------------
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
        name = arg(tr("Session %1"), self.number) if self.number else translated(self.kind_label)
        return f"{name} — {fmt_day(self.when.date())}"

    @property
    def empty(self) -> bool:
        return not (self.intention or self.captures or self.reflections or self.side_effects)


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


# -- reading the range --------------------------------------------------------------------
@dataclass(frozen=True)
class Courses:
    """The courses a range touches, with every one of their sessions."""

    courses: list[Course]  # overlapping the range, or with a session held in it
    sessions: list[Session]  # every session of those courses, by time
    numbers: dict[int, int]  # session id -> number within its course
    all_sessions: list[Session]  # every session of the journal
    held: frozenset[int]  # ids of the sessions held inside the range


def read_courses(db: Database, start: date, end: date) -> Courses:
    all_sessions = queries.all_sessions(db)
    in_range = {s.id for s in all_sessions if within(session_local_date(s), start, end) and s.id is not None}
    course_ids = {s.course_id for s in all_sessions if s.id in in_range}
    courses = [c for c in course_mod.courses(db) if c.id in course_ids or start <= c.start_date <= end]
    shown_course_ids = {c.id for c in courses}
    numbers: dict[int, int] = {}
    for c in courses:
        numbers.update(course_mod.session_numbers(db, c.id or 0))
    shown = [s for s in all_sessions if s.course_id in shown_course_ids]
    return Courses(courses, shown, numbers, all_sessions, frozenset(in_range))


def read_entries(db: Database, w: Window) -> list[Entry]:
    found = queries.shared_entries(db, w.lo, w.hi, sorted(w.session_ids))
    return [e for e in found if w.holds(to_local(e.occurred_at, e.tz_offset_min).date(), e.session_id)]


def read_steps(db: Database, w: Window) -> list[Commitment]:
    """Steps linked to a session of the range, or due, chosen or resolved in it."""
    kept = []
    for cm in queries.shared_steps(db):
        days = [d for d in (cm.due_date,) if d is not None]
        for moment in (cm.created_at, cm.resolved_at):
            if moment is not None:
                days.append(moment.astimezone().date())
        if cm.session_id in w.session_ids or any(within(d, w.start, w.end) for d in days):
            kept.append(cm)
    return kept


# -- what the patient can untick ----------------------------------------------------------
def _entry_item(e: Entry) -> OfferedItem:
    day = to_local(e.occurred_at, e.tz_offset_min).date()
    label = translated(ENTRY_KIND_LABELS.get(e.kind, "Note"))
    text = first_line(e.title or e.body or repo.entry_plain_text(e), 60)
    section = "questions" if e.kind == "question" else "sessions"
    return OfferedItem(e.uid, section, day, f"{label} — {fmt_date(day)}: {text}".rstrip(": "))


def offered_entries(col: Collected) -> list[OfferedItem]:
    """Entries and questions, one line each (unsorted)."""
    return [_entry_item(e) for e in col.entries]


def offered_steps(col: Collected) -> list[OfferedItem]:
    """Action steps, one line each (unsorted)."""
    items = []
    for cm in col.commitments:
        day = (cm.created_at or utc_now()).astimezone().date()
        items.append(OfferedItem(cm.uid, "actions", day, tr("Action step") + f": {first_line(cm.text, 60)}"))
    return items


# -- one entry to one block ---------------------------------------------------------------
def _value_text(value: Any, prompt: prompts.Prompt | None) -> str:
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, int | float):
        number = str(int(value)) if float(value).is_integer() else f"{value:g}"
        if prompt is not None and prompt.input == "scale":
            lo = prompt.min if prompt.min is not None else 0
            hi = prompt.max if prompt.max is not None else 10
            return arg(tr("%1 (on a scale of %2 to %3)"), number, lo, hi)
        return number
    if isinstance(value, str):  # a choice made in another language reads in this one
        return (prompt.choice_for(value) if prompt is not None else value).strip()
    if isinstance(value, list):
        parts = (_value_text(v, prompt if isinstance(v, str) else None) for v in value)
        return ", ".join(p for p in parts if p)
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
        return tr("before the next session")
    if step.endswith("h") and step[:-1].isdigit():
        days = int(step[:-1]) // 24
        return tr("1 day after") if days == 1 else tr("%n days after", "", days)
    return ""


def entry_block(e: Entry, packs: Packs, numbers: dict[int, int]) -> EntryBlock:
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
        kind_label=translated(ENTRY_KIND_LABELS.get(e.kind, "Note")),
        when=to_local(e.occurred_at, e.tz_offset_min),
        title=title,
        answers=answers,
        body=e.body.strip(),
        session_number=numbers.get(e.session_id or 0),
        step_label=_step_label(e),
    )


# -- the section builders: courses and sessions -------------------------------------------
def _entry(sel: Selection, e: Entry) -> EntryBlock:
    return entry_block(e, sel.packs, sel.numbers)


def _session_row(sel: Selection, s: Session) -> SessionRow:
    return SessionRow(
        s.uid,
        sel.numbers.get(s.id or 0),
        translated(SESSION_KIND_LABELS.get(s.kind, "Session")),
        to_local(s.scheduled_at, s.tz_offset_min),
        translated(SESSION_STATUS_LABELS.get(s.status, s.status)),
        s.status,
    )


def course_start(c: Course, sessions: Sequence[Session]) -> date:
    """When the course starts, from its sessions as they are now: the day of its first
    session that is not cancelled (a session moved or cancelled after the course was
    set up moves this too); the course's own start date when none is left."""
    days = [session_local_date(s) for s in sessions if s.course_id == c.id and s.status != "cancelled"]
    return min(days) if days else c.start_date


def _course_block(sel: Selection, c: Course) -> CourseBlock:
    return CourseBlock(
        uid=c.uid,
        title=c.title.strip(),
        clinic=c.clinic.strip(),
        start=course_start(c, sel.col.sessions),
        end=c.end_date,
        sessions=tuple(_session_row(sel, s) for s in sel.col.sessions if s.course_id == c.id),
    )


def build_courses(sel: Selection) -> tuple[CourseBlock, ...]:
    """Every course overlapping the range, with all its sessions."""
    return tuple(_course_block(sel, c) for c in sel.col.courses)


def _session_block(sel: Selection, s: Session) -> SessionBlock | None:
    linked = sel.entries_by_session.get(s.id or 0, [])
    effects = sel.side_effects_by_session.get(s.id or 0, [])
    if (s.kind != "ketamine" or s.status == "cancelled") and not linked and not effects:
        return None
    intentions = [e for e in linked if e.kind == "intention"]
    return SessionBlock(
        uid=s.uid,
        number=sel.numbers.get(s.id or 0),
        kind_label=translated(SESSION_KIND_LABELS.get(s.kind, "Session")),
        when=to_local(s.scheduled_at, s.tz_offset_min),
        status_label=translated(SESSION_STATUS_LABELS.get(s.status, s.status)),
        intention=_entry(sel, intentions[-1]) if intentions else None,
        captures=tuple(_entry(sel, e) for e in linked if e.kind == "capture"),
        reflections=tuple(_entry(sel, e) for e in linked if e.kind not in ("intention", "capture")),
        side_effects=tuple(side_effect_row(x, sel.catalogue, sel.numbers) for x in effects),
    )


def build_sessions(sel: Selection) -> tuple[SessionBlock, ...]:
    """A block per ketamine session in the range (other kinds only with records)."""
    blocks = (_session_block(sel, s) for s in sel.col.sessions if s.id in sel.session_ids)
    return tuple(b for b in blocks if b is not None)


def build_other_reflections(sel: Selection) -> tuple[EntryBlock, ...]:
    """Entries (not questions) linked to no session of the range."""
    return tuple(
        _entry(sel, e) for e in sel.entries if e.kind != "question" and e.session_id not in sel.session_ids
    )


# -- the section builders: action steps and questions -------------------------------------
def build_actions(sel: Selection) -> tuple[ActionRow, ...]:
    return tuple(
        ActionRow(
            uid=c.uid,
            text=c.text.strip(),
            due=c.due_date,
            status=c.status,
            status_label=translated(COMMITMENT_STATUS_LABELS.get(c.status, c.status)),
            outcome=c.outcome_note.strip(),
            session_number=sel.numbers.get(c.session_id or 0),
        )
        for c in sel.commitments
    )


def build_questions(sel: Selection) -> tuple[QuestionRow, ...]:
    return tuple(
        QuestionRow(
            uid=e.uid,
            text=e.body.strip(),
            when=to_local(e.occurred_at, e.tz_offset_min),
            answered=e.subkind == "answered",
            session_number=sel.numbers.get(e.session_id or 0),
        )
        for e in sel.entries
        if e.kind == "question"
    )


# -- words for the renderers --------------------------------------------------------------
def question_meta(q: QuestionRow) -> str:
    """``3 Nov 2026 · for session 2 · answered``."""
    meta = fmt_date(q.when.date())
    if q.session_number:
        meta += " · " + arg(tr("for session %1"), q.session_number)
    if q.answered:
        meta += " · " + tr("answered")
    return meta
