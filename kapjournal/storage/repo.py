"""The repository facade: ``from kapjournal.storage import repo`` reaches every
record-level function of the storage package by one name. No Qt, no dialogs.

The functions live in small modules:

* :mod:`~kapjournal.storage.values`   instants, the text policy, JSON text;
* :mod:`~kapjournal.storage.records`  generic CRUD over the record dataclasses;
* :mod:`~kapjournal.storage.search`   entry tags and the full-text index;
* :mod:`~kapjournal.storage.drafts`   autosaved drafts;
* :mod:`~kapjournal.storage.settings` settings kept inside the journal.

``select``/``count`` take SQL fragments and are meant for the storage package (and
tests); the domain and the UI ask the typed functions in
:mod:`kapjournal.storage.queries` instead.
"""

from __future__ import annotations

from kapjournal.storage.drafts import discard_draft, list_drafts, load_draft, save_draft
from kapjournal.storage.records import (
    QUESTIONNAIRE_ITEMS,
    QUESTIONNAIRE_MAX_ANSWER,
    count,
    delete,
    from_db,
    get,
    get_by_uid,
    insert,
    row_to,
    select,
    to_db,
    update,
    validate_questionnaire,
)
from kapjournal.storage.search import (
    SearchHit,
    all_tags,
    entry_plain_text,
    fts_query,
    normalize_tags,
    search_entries,
)
from kapjournal.storage.settings import get_setting, set_setting
from kapjournal.storage.values import (
    MAX_TEXT_CHARS,
    clean_text,
    clean_value,
    dump_json,
    iso_instant,
    parse_instant,
)

__all__ = [
    "MAX_TEXT_CHARS",
    "QUESTIONNAIRE_ITEMS",
    "QUESTIONNAIRE_MAX_ANSWER",
    "SearchHit",
    "all_tags",
    "clean_text",
    "clean_value",
    "count",
    "delete",
    "discard_draft",
    "dump_json",
    "entry_plain_text",
    "from_db",
    "fts_query",
    "get",
    "get_by_uid",
    "get_setting",
    "insert",
    "iso_instant",
    "list_drafts",
    "load_draft",
    "normalize_tags",
    "parse_instant",
    "row_to",
    "save_draft",
    "search_entries",
    "select",
    "set_setting",
    "to_db",
    "update",
    "validate_questionnaire",
]
