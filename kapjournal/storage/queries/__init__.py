"""Typed queries: every way the domain and the UI read the journal, by name.

The SQL lives here and in the rest of :mod:`kapjournal.storage`; callers ask for
``queries.sessions_of_course(db, course_id)`` and never write a ``WHERE`` or
``ORDER BY`` of their own (``tests/test_quality.py`` checks it). One module per
area: sessions (and courses), entries (and the timeline), measures, steps, the
checklist, and the exchange file's whole-table reads.
"""

from __future__ import annotations

from kapjournal.storage.queries.checklist import (
    checklist_items,
    ticks_of_session,
)
from kapjournal.storage.queries.entries import (
    COUNT_CAP as SEARCH_COUNT_CAP,
)
from kapjournal.storage.queries.entries import (
    SearchPage,
    TimelineFilter,
    count_course_entries,
    count_session_entries,
    entries_by_ids,
    entries_linked_or_between,
    entries_of_session,
    has_session_entry,
    ids_in_timeline,
    latest_session_entry,
    matching_entries,
    question_entries,
    shared_entries,
    timeline_count,
    timeline_count_matches,
    timeline_page,
    timeline_search,
)
from kapjournal.storage.queries.exchange import (
    add_setting_row,
    local_ids_by_uid,
    records_by_id,
    set_updated_at,
    setting_rows,
)
from kapjournal.storage.queries.measures import (
    checkins_between,
    latest_baseline,
    low_mood_checkins_between,
    newest_first,
    oldest_and_newest,
    practice_since,
    questionnaires_between,
    shared_checkins,
    shared_questionnaires,
    shared_side_effects,
)
from kapjournal.storage.queries.sessions import (
    all_courses,
    all_sessions,
    held_ketamine_sessions,
    ketamine_sessions,
    sessions_newest_first,
    sessions_of_course,
    sessions_starting_between,
    upcoming_ketamine_sessions,
)
from kapjournal.storage.queries.steps import (
    count_open_steps,
    latest_step_of_entry,
    open_steps,
    open_steps_due,
    open_steps_of_entry,
    shared_steps,
    steps_created_between,
    steps_for_list,
)
from kapjournal.storage.search import FIRST_PAGE as SEARCH_FIRST_PAGE

__all__ = [
    "SEARCH_COUNT_CAP",
    "SEARCH_FIRST_PAGE",
    "SearchPage",
    "TimelineFilter",
    "add_setting_row",
    "all_courses",
    "all_sessions",
    "checkins_between",
    "checklist_items",
    "count_course_entries",
    "count_open_steps",
    "count_session_entries",
    "entries_by_ids",
    "entries_linked_or_between",
    "entries_of_session",
    "has_session_entry",
    "held_ketamine_sessions",
    "ids_in_timeline",
    "ketamine_sessions",
    "latest_baseline",
    "latest_session_entry",
    "latest_step_of_entry",
    "local_ids_by_uid",
    "low_mood_checkins_between",
    "matching_entries",
    "newest_first",
    "oldest_and_newest",
    "open_steps",
    "open_steps_due",
    "open_steps_of_entry",
    "practice_since",
    "question_entries",
    "questionnaires_between",
    "records_by_id",
    "sessions_newest_first",
    "sessions_of_course",
    "sessions_starting_between",
    "set_updated_at",
    "setting_rows",
    "shared_checkins",
    "shared_entries",
    "shared_questionnaires",
    "shared_side_effects",
    "shared_steps",
    "steps_created_between",
    "steps_for_list",
    "ticks_of_session",
    "timeline_count",
    "timeline_count_matches",
    "timeline_page",
    "timeline_search",
    "upcoming_ketamine_sessions",
]
