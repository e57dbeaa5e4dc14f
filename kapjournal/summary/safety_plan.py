"""The patient's safety plan in the summary: read for the summary only when the patient
marked it shared (``prefs.SAFETY_PLAN_SHARED``, the share box in the plan's editor) and
the summary's "My safety plan" section is on. It is the plan as it is now, not records
of the date range, so it carries the time it was last changed.

Every renderer (HTML, and the PDF laid out from it; Markdown; CSV) writes the same
:class:`SafetyPlanBlock`; titles come from :mod:`kapjournal.measures.safety_plan` in the
summary's language. The FHIR export does not carry it (a free-text care plan is not a
questionnaire answer; see the issue's notes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kapjournal.i18n import arg, tr
from kapjournal.measures import safety_plan
from kapjournal.summary.model import Selection
from kapjournal.summary.text import fmt_datetime

SECTION = "safety_plan"


@dataclass(frozen=True)
class PlanPartRow:
    part_id: str
    title: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class SafetyPlanBlock:
    parts: tuple[PlanPartRow, ...]  # the parts that have items, in the plan's order
    saved_at: datetime | None  # local; None for a plan carried over from the old list

    @property
    def heading(self) -> str:
        return tr("My safety plan")

    @property
    def note(self) -> str:
        """Who wrote it and when it last changed (one sentence for every renderer)."""
        if self.saved_at is None:
            return tr("Written by the patient at a calm moment, for a hard one.")
        return arg(
            tr("Written by the patient at a calm moment, for a hard one; last changed %1."),
            fmt_datetime(self.saved_at),
        )


def build_safety_plan(sel: Selection) -> SafetyPlanBlock | None:
    """The shared plan, or None (not shared, section off, or nothing written)."""
    if SECTION not in sel.options.sections or not safety_plan.is_shared(sel.db):
        return None
    plan = safety_plan.read_plan(sel.db)
    if plan.is_empty:
        return None
    parts = tuple(PlanPartRow(p, safety_plan.part_title(p), items) for p, items in plan.filled())
    saved = plan.saved_at.astimezone() if plan.saved_at is not None else None
    return SafetyPlanBlock(parts, saved)
