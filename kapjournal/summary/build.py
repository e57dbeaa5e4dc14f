"""Putting a summary together from the features' parts: :func:`collect` asks each
feature to read its records for the range, :func:`offered_items` lists them for
unticking, and :func:`build_summary` leaves out what the patient unticked and lets
every builder of :data:`SECTION_BUILDERS` fill its field of the
:class:`~kapjournal.summary.model.Summary`.

The features are :mod:`kapjournal.summary.reflections` (courses, sessions, entries,
action steps, questions) and :mod:`kapjournal.summary.measures` (check-ins, mood,
scores, safety flags, side effects); the two builders here belong to neither."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from kapjournal import prefs
from kapjournal.storage.db import Database
from kapjournal.storage.models import utc_now
from kapjournal.summary import measures, reflections, safety_plan
from kapjournal.summary.model import SECTIONS, Collected, OfferedItem, Selection, Summary, SummaryOptions
from kapjournal.summary.ranges import Window, utc_window


def collect(db: Database, start: date, end: date) -> Collected:
    """Read every shared record of the range, feature by feature."""
    if end < start:
        start, end = end, start
    found = reflections.read_courses(db, start, end)
    w = Window(start, end, *utc_window(start, end), found.held)
    return Collected(
        start,
        end,
        found.courses,
        found.sessions,
        found.numbers,
        reflections.read_entries(db, w),
        measures.read_checkins(db, w),
        measures.read_questionnaires(db, w),
        measures.read_side_effects(db, w),
        reflections.read_steps(db, w),
        found.all_sessions,
    )


def offered_items(col: Collected) -> list[OfferedItem]:
    """Every record that could appear, by section then time (for the selection list)."""
    items = reflections.offered_entries(col) + measures.offered_measures(col) + reflections.offered_steps(col)
    order = list(SECTIONS)
    items.sort(key=lambda i: (order.index(i.section), i.when, i.text))
    return items


# -- the builders of no feature ---------------------------------------------------------
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
    ("other_reflections", reflections.build_other_reflections),
    ("other_side_effects", measures.build_other_side_effects),
    ("sessions", reflections.build_sessions),
    ("courses", reflections.build_courses),
    ("flags", measures.build_flags),
    ("actions", reflections.build_actions),
    ("questions", reflections.build_questions),
    ("checkins", measures.build_checkins),
    ("patient_name", build_patient_name),
    ("included", build_included),
    ("mood", measures.build_mood),
    ("scores", measures.build_scores),
    ("safety_plan", safety_plan.build_safety_plan),
)


def build_summary(
    db: Database,
    options: SummaryOptions,
    *,
    now: datetime | None = None,
    collected: Collected | None = None,
) -> Summary:
    """The summary for ``options`` (``collected`` reuses an earlier :func:`collect`)."""
    col = collected or collect(db, options.start, options.end)
    generated = now if now is not None and now.tzinfo is not None else utc_now().astimezone()
    sel = Selection.of(db, options, col)
    parts = {name: build(sel) for name, build in SECTION_BUILDERS}
    sections = frozenset(s for s in options.sections if s in SECTIONS)
    return Summary(
        start=col.start,
        end=col.end,
        generated_at=generated,
        # CLINICAL.md: an item-9 answer (or a lowest-mood check-in) that is in the
        # export is flagged in it, whatever sections were switched off.
        sections=sections | {"safety"} if parts["flags"] else sections,
        **parts,
    )
