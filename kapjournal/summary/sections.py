"""One builder per part of the summary. Each reads the :class:`Selection` (the
collected records minus what the patient unticked) and returns one field of
:class:`~kapjournal.summary.model.Summary`; :data:`SECTION_BUILDERS` lists them in
the order the summary is put together."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from kapjournal import prefs
from kapjournal.measures import checkins as checkins_mod
from kapjournal.measures.instruments import get_instrument, session_local_date
from kapjournal.measures.safety import FLAG_KINDS, safety_flags_in
from kapjournal.measures.side_effects import shipped_side_effects
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
)
from kapjournal.summary.collect import Collected, within
from kapjournal.summary.model import (
    ActionRow,
    CheckinRow,
    CourseBlock,
    EntryBlock,
    FlagRow,
    MoodSummary,
    QuestionRow,
    ScoreRow,
    SessionBlock,
    SessionRow,
    SideEffectRow,
    SummaryOptions,
)
from kapjournal.summary.rows import Packs, entry_block, mood_summary, score_rows, side_effect_row
from kapjournal.summary.text import (
    COMMITMENT_STATUS_LABELS,
    SESSION_KIND_LABELS,
    SESSION_STATUS_LABELS,
    t,
)


@dataclass
class Selection:
    """What goes into one summary: the collected records without the unticked ones,
    with the lookups every builder shares."""

    db: Database
    options: SummaryOptions
    col: Collected
    entries: list[Entry]
    checkins: list[Checkin]
    questionnaires: list[Questionnaire]
    side_effects: list[SideEffect]
    commitments: list[Commitment]
    packs: Packs
    catalogue: Any = field(default_factory=shipped_side_effects)

    @classmethod
    def of(cls, db: Database, options: SummaryOptions, col: Collected) -> Selection:
        out = options.excluded.__contains__
        return cls(
            db,
            options,
            col,
            [e for e in col.entries if not out(e.uid)],
            [c for c in col.checkins if not out(c.uid)],
            [q for q in col.questionnaires if not out(q.uid)],
            [s for s in col.side_effects if not out(s.uid)],
            [c for c in col.commitments if not out(c.uid)],
            Packs(db),
        )

    @property
    def numbers(self) -> dict[int, int]:
        return self.col.numbers

    @cached_property
    def session_ids(self) -> set[int | None]:
        """The sessions held inside the range (their records go under them)."""
        return {
            s.id for s in self.col.sessions if within(session_local_date(s), self.col.start, self.col.end)
        }

    @cached_property
    def entries_by_session(self) -> dict[int, list[Entry]]:
        found: dict[int, list[Entry]] = defaultdict(list)
        for e in self.entries:
            if e.kind != "question" and e.session_id in self.session_ids:
                found[e.session_id or 0].append(e)
        return found

    @cached_property
    def side_effects_by_session(self) -> dict[int, list[SideEffect]]:
        found: dict[int, list[SideEffect]] = defaultdict(list)
        for s in self.side_effects:
            if s.session_id in self.session_ids:
                found[s.session_id or 0].append(s)
        return found

    def entry(self, e: Entry) -> EntryBlock:
        return entry_block(e, self.packs, self.numbers)

    def side_effect(self, s: SideEffect) -> SideEffectRow:
        return side_effect_row(s, self.catalogue, self.numbers)


# -- courses and sessions ------------------------------------------------------------------
def _session_row(sel: Selection, s: Session) -> SessionRow:
    return SessionRow(
        s.uid,
        sel.numbers.get(s.id or 0),
        t(SESSION_KIND_LABELS.get(s.kind, "Session")),
        to_local(s.scheduled_at, s.tz_offset_min),
        t(SESSION_STATUS_LABELS.get(s.status, s.status)),
        s.status,
    )


def _course_block(sel: Selection, c: Course) -> CourseBlock:
    return CourseBlock(
        uid=c.uid,
        title=c.title.strip(),
        clinic=c.clinic.strip(),
        start=c.start_date,
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
        kind_label=t(SESSION_KIND_LABELS.get(s.kind, "Session")),
        when=to_local(s.scheduled_at, s.tz_offset_min),
        status_label=t(SESSION_STATUS_LABELS.get(s.status, s.status)),
        intention=sel.entry(intentions[-1]) if intentions else None,
        captures=tuple(sel.entry(e) for e in linked if e.kind == "capture"),
        reflections=tuple(sel.entry(e) for e in linked if e.kind not in ("intention", "capture")),
        side_effects=tuple(sel.side_effect(x) for x in effects),
    )


def build_sessions(sel: Selection) -> tuple[SessionBlock, ...]:
    """A block per ketamine session in the range (other kinds only with records)."""
    blocks = (_session_block(sel, s) for s in sel.col.sessions if s.id in sel.session_ids)
    return tuple(b for b in blocks if b is not None)


def build_other_reflections(sel: Selection) -> tuple[EntryBlock, ...]:
    """Entries (not questions) linked to no session of the range."""
    return tuple(
        sel.entry(e) for e in sel.entries if e.kind != "question" and e.session_id not in sel.session_ids
    )


def build_other_side_effects(sel: Selection) -> tuple[SideEffectRow, ...]:
    """Side effects linked to no session of the range."""
    return tuple(sel.side_effect(s) for s in sel.side_effects if s.session_id not in sel.session_ids)


# -- measures ----------------------------------------------------------------------------
def build_mood(sel: Selection) -> MoodSummary | None:
    return mood_summary(sel.checkins, sel.col.start, sel.col.end)


def build_scores(sel: Selection) -> tuple[ScoreRow, ...]:
    return score_rows(sel.questionnaires)


def _flag_text(kind: str, value: int) -> str:
    if kind == "phq9_item9":
        inst = get_instrument("phq9")
        answer = inst.option_label(value) if 0 <= value <= inst.max_score else str(value)
        return t(
            "PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered “{answer}”."
        ).format(answer=t(answer))
    return t("Check-in at the lowest mood ({value} of 10).").format(value=value)


def build_flags(sel: Selection) -> tuple[FlagRow, ...]:
    """Safety flags derived from the included records only."""
    return tuple(
        FlagRow(f.kind, f.uid, to_local(f.at_utc, f.tz_offset_min), f.value, _flag_text(f.kind, f.value))
        for f in safety_flags_in(sel.questionnaires, sel.checkins, sel.col.start, sel.col.end)
        if f.shared and f.kind in FLAG_KINDS
    )


def _phase_text(p: checkins_mod.Phase) -> str:
    return t(checkins_mod.PHASE_TEXT[p.text_id]).format(n=p.session_number, days=p.days)


def build_checkins(sel: Selection) -> tuple[CheckinRow, ...]:
    """Every included check-in with its phase of the course (CSV and FHIR)."""
    all_sessions = sel.col.all_sessions or sel.col.sessions
    return tuple(
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
        for c in sel.checkins
    )


# -- action steps, questions, the name -----------------------------------------------------
def build_actions(sel: Selection) -> tuple[ActionRow, ...]:
    return tuple(
        ActionRow(
            uid=c.uid,
            text=c.text.strip(),
            due=c.due_date,
            status=c.status,
            status_label=t(COMMITMENT_STATUS_LABELS.get(c.status, c.status)),
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


def build_patient_name(sel: Selection) -> str:
    """The name from the profile when the patient chose to show it, else ""."""
    if not sel.options.show_name:
        return ""
    return prefs.journal_value(sel.db, prefs.PROFILE_NAME).strip()


def build_included(sel: Selection) -> frozenset[str]:
    """The uids of every record in the summary."""
    return frozenset(
        [e.uid for e in sel.entries]
        + [c.uid for c in sel.checkins]
        + [q.uid for q in sel.questionnaires]
        + [s.uid for s in sel.side_effects]
        + [c.uid for c in sel.commitments]
    )


#: ``(Summary field, builder)`` in the order the summary is put together.
SECTION_BUILDERS: tuple[tuple[str, Callable[[Selection], Any]], ...] = (
    ("other_reflections", build_other_reflections),
    ("other_side_effects", build_other_side_effects),
    ("sessions", build_sessions),
    ("courses", build_courses),
    ("flags", build_flags),
    ("actions", build_actions),
    ("questions", build_questions),
    ("checkins", build_checkins),
    ("patient_name", build_patient_name),
    ("included", build_included),
    ("mood", build_mood),
    ("scores", build_scores),
)
