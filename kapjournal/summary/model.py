"""The summary as plain data (frozen dataclasses): no Qt widgets, no HTML. The
renderers in :mod:`kapjournal.exporters` turn a :class:`Summary` into files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kapjournal.summary.text import fmt_date, fmt_day, t

SECTIONS: dict[str, str] = {
    "safety": "Safety notes",
    "overview": "Course overview",
    "sessions": "Sessions and reflections",
    "mood": "Mood and anxiety",
    "questionnaires": "PHQ-9 and GAD-7",
    "actions": "Action steps",
    "questions": "Questions for my care team",
}


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
