"""What every part of the summary shares: the options the patient chose, the records
read for a range (:class:`Collected`) and kept for one summary (:class:`Selection`,
with the lookups its builders share), and the :class:`Summary` itself as plain data
(frozen dataclasses: no Qt widgets, no HTML).

Each feature's own row and block types live with the feature, in
:mod:`kapjournal.summary.measures` and :mod:`kapjournal.summary.reflections`; this
module imports them for annotations only, so the arrows point one way (the features
import this module, never the other way round at runtime)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from kapjournal import prompts
from kapjournal.i18n import QT_TR_NOOP, tr
from kapjournal.measures.instruments import session_local_date
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
)
from kapjournal.summary.ranges import within
from kapjournal.summary.text import fmt_date

if TYPE_CHECKING:
    from kapjournal.summary.measures import CheckinRow, FlagRow, MoodSummary, ScoreRow, SideEffectRow
    from kapjournal.summary.reflections import (
        ActionRow,
        CourseBlock,
        EntryBlock,
        QuestionRow,
        SessionBlock,
    )
    from kapjournal.summary.safety_plan import SafetyPlanBlock

SECTIONS: dict[str, str] = {
    "safety": QT_TR_NOOP("Safety notes"),
    "safety_plan": QT_TR_NOOP("My safety plan"),
    "overview": QT_TR_NOOP("Course overview"),
    "sessions": QT_TR_NOOP("Sessions and reflections"),
    "mood": QT_TR_NOOP("Mood and anxiety"),
    "questionnaires": QT_TR_NOOP("Questionnaires"),
    "actions": QT_TR_NOOP("Action steps"),
    "questions": QT_TR_NOOP("Questions for my care team"),
}


@dataclass(frozen=True)
class SummaryOptions:
    start: date
    end: date
    sections: frozenset[str] = frozenset(SECTIONS)
    excluded: frozenset[str] = frozenset()  # uids the patient unticked
    show_name: bool = True


@dataclass(frozen=True)
class OfferedItem:
    """One record the patient can untick; ``text`` is for the selection list only."""

    uid: str
    section: str
    when: date
    text: str


# -- what one summary reads and keeps ---------------------------------------------------
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


class Packs:
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


# -- the summary ------------------------------------------------------------------------
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
    safety_plan: SafetyPlanBlock | None = None  # only when the patient shared it
    carries_data_files: bool = False  # a protected PDF with the FHIR and CSV inside

    @property
    def title(self) -> str:
        return tr("Summary for my care team")

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
            or self.safety_plan is not None
        )
