"""The therapist summary: plain data for a date range and a selection.

Pipeline (docs/ARCHITECTURE.md)::

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

The package, by feature: :mod:`.measures` (check-ins, the mood overview, PHQ-9 and
GAD-7 scores, safety flags, side effects) and :mod:`.reflections` (courses, sessions,
entries with their answers, action steps, questions) each hold, for their records, the
reader for a range, the items offered for unticking, the row and block types and the
section builders. Around them: :mod:`.model` (the options, what one summary reads and
keeps, the :class:`Summary`), :mod:`.build` (:func:`collect`, :func:`offered_items` and
:func:`build_summary` walking the features' builders), :mod:`.text` (labels, fixed
sentences, date formats), :mod:`.ranges` (course, since the last session, two weeks,
custom; the reading window), :mod:`.chart` and :mod:`.notice`. Everything public is
re-exported here, so ``from kapjournal import summary as S`` reaches it all.
"""

from __future__ import annotations

from kapjournal.summary.build import (
    SECTION_BUILDERS,
    build_included,
    build_patient_name,
    build_summary,
    collect,
    offered_items,
)
from kapjournal.summary.chart import (
    ChartRenderer,
    attach_chart,
    trend_data_of,
)
from kapjournal.summary.measures import (
    WEEKLY_LIMIT_DAYS,
    CheckinNote,
    CheckinRow,
    FlagRow,
    MoodPeriod,
    MoodSummary,
    ScoreRow,
    SideEffectRow,
    build_checkins,
    build_flags,
    build_mood,
    build_other_side_effects,
    build_scores,
    mood_summary,
    mood_text,
    more_scores_note,
    score_rows,
    scores_heading,
    side_effect_row,
    symptom_text,
)
from kapjournal.summary.model import (
    SECTIONS,
    Collected,
    OfferedItem,
    Packs,
    Selection,
    Summary,
    SummaryOptions,
)
from kapjournal.summary.notice import (
    acknowledge_export,
    default_filename,
    export_acknowledged,
)
from kapjournal.summary.ranges import (
    BASELINE_LEAD_DAYS,
    NO_COURSE_DAYS,
    PRESETS,
    course_range,
    current_course,
    preset_range,
    utc_window,
    within,
)
from kapjournal.summary.reflections import (
    ActionRow,
    Answer,
    CourseBlock,
    EntryBlock,
    QuestionRow,
    SessionBlock,
    SessionRow,
    answers_of,
    build_actions,
    build_courses,
    build_other_reflections,
    build_questions,
    build_sessions,
    entry_block,
    question_meta,
)
from kapjournal.summary.text import (
    ATTACHMENTS_NOTE,
    COMMITMENT_STATUS_LABELS,
    EMPTY_TEXT,
    EMPTY_TITLE,
    ENTRY_KIND_LABELS,
    FOOTER_NOTE,
    INTRO_NOTE,
    MONTHS,
    REFLECTION_KINDS,
    SAFETY_NOTE,
    SCORES_NOTE,
    SESSION_KIND_LABELS,
    SESSION_STATUS_LABELS,
    WEEKDAYS,
    average_text,
    fmt_date,
    fmt_datetime,
    fmt_day,
    fmt_month,
    signed_change,
)

__all__ = [
    "ATTACHMENTS_NOTE",
    "BASELINE_LEAD_DAYS",
    "COMMITMENT_STATUS_LABELS",
    "EMPTY_TEXT",
    "EMPTY_TITLE",
    "ENTRY_KIND_LABELS",
    "FOOTER_NOTE",
    "INTRO_NOTE",
    "MONTHS",
    "NO_COURSE_DAYS",
    "PRESETS",
    "REFLECTION_KINDS",
    "SAFETY_NOTE",
    "SCORES_NOTE",
    "SECTIONS",
    "SECTION_BUILDERS",
    "SESSION_KIND_LABELS",
    "SESSION_STATUS_LABELS",
    "WEEKDAYS",
    "WEEKLY_LIMIT_DAYS",
    "ActionRow",
    "Answer",
    "ChartRenderer",
    "CheckinNote",
    "CheckinRow",
    "Collected",
    "CourseBlock",
    "EntryBlock",
    "FlagRow",
    "MoodPeriod",
    "MoodSummary",
    "OfferedItem",
    "Packs",
    "QuestionRow",
    "ScoreRow",
    "Selection",
    "SessionBlock",
    "SessionRow",
    "SideEffectRow",
    "Summary",
    "SummaryOptions",
    "acknowledge_export",
    "answers_of",
    "attach_chart",
    "average_text",
    "build_actions",
    "build_checkins",
    "build_courses",
    "build_flags",
    "build_included",
    "build_mood",
    "build_other_reflections",
    "build_other_side_effects",
    "build_patient_name",
    "build_questions",
    "build_scores",
    "build_sessions",
    "build_summary",
    "collect",
    "course_range",
    "current_course",
    "default_filename",
    "entry_block",
    "export_acknowledged",
    "fmt_date",
    "fmt_datetime",
    "fmt_day",
    "fmt_month",
    "mood_summary",
    "mood_text",
    "more_scores_note",
    "offered_items",
    "preset_range",
    "question_meta",
    "score_rows",
    "scores_heading",
    "side_effect_row",
    "signed_change",
    "symptom_text",
    "trend_data_of",
    "utc_window",
    "within",
]
