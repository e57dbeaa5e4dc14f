"""The preparation checklist and the "questions for my care team".

The checklist is a *template* the patient owns (table ``checklist_item``), seeded once
from ``resources/checklists/preparation.toml`` and then edited freely, plus per-session
ticks (table ``checklist_tick``). Items are reminders to follow the clinic's own
instructions, never rules of ours.

Seeded items keep a reference to the data file in ``ChecklistItem.source``:
``"<group>/<item id>"``, e.g. ``"clinic/fasting"`` or ``"home/sitter"``; the patient's
own items have ``source == ""``. Group ``home`` items are shown only for sessions
whose ``setting`` is ``"home"``; everything else is shown for every session.

Removing an item *archives* it: ticks already made stay, and a session's history
still shows an archived item it had ticked.

Questions for the care team are entries of kind ``question`` (body = the question),
optionally linked to a session; ``subkind == "answered"`` marks one as answered.

Main API
--------
``ensure_template(db)``                    seed missing data-file items (idempotent)
``template_items(db, include_archived)``   the template, in order
``add_item / edit_item / archive_item / restore_item / move_item``
``set_checked(db, session_id, item_id, checked)``, ``tick``, ``untick``
``items_for_session(db, session_id)``      [(item, checked), ...] for one session
``add_question / questions_for / mark_answered``
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kapjournal.content import SourceChecker, localize, read_toml, resolve
from kapjournal.prompts import PackError
from kapjournal.storage import queries, repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import QT_TR_NOOP, InvalidData
from kapjournal.storage.models import (
    ChecklistItem,
    ChecklistTick,
    Entry,
    Session,
    local_offset_min,
    utc_now,
)

logger = logging.getLogger(__name__)

GROUPS = ("clinic", "home")
MAX_ITEM_CHARS = 10_000
MAX_QUESTION_CHARS = 20_000
ANSWERED = "answered"
#: The longest text of each field of the data file, in characters.
_TEXT_LIMITS = {"source": 2_000, "title": 200, "note": 2_000, "text": 1_000}


@dataclass(frozen=True)
class TemplateItem:
    """One item of the shipped checklist data file."""

    id: str
    group: str
    text: str

    @property
    def source(self) -> str:
        return f"{self.group}/{self.id}"


@dataclass(frozen=True)
class ChecklistTemplate:
    id: str
    version: str
    title: str
    note: str
    source: str
    items: tuple[TemplateItem, ...]


#: The fields a person reads; ``preparation.<language>.toml`` translates them.
CHECKLIST_TEXTS = frozenset({"title", "note", "text"})


def load_template(path: Path | None = None, language: str | None = None) -> ChecklistTemplate:
    """Read and validate ``resources/checklists/preparation.toml`` in ``language``
    (default: the one in use)."""
    file = resolve(path, "checklists", "preparation.toml")
    doc = read_toml(file, error=PackError)
    doc = localize(doc, file, CHECKLIST_TEXTS, language=language, error=PackError)
    data, chk = doc.data, SourceChecker.of(doc)

    def text(key: str, line: int | None, *, required: bool = True) -> str:
        return chk.text(data.get(key), f"`{key}`", line, limit=_TEXT_LIMITS[key], required=required)

    source = text("source", chk.key_line("source") or 1)
    title = text("title", chk.key_line("title") or 1)
    note = text("note", chk.key_line("note"), required=False)
    items: list[TemplateItem] = []
    seen: set[str] = set()
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        chk.add("no `[[items]]` tables.", 1)
        raw_items = []
    for index, raw in enumerate(raw_items):
        line = chk.block_start("items", index)
        item_id = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(item_id, str) or not item_id or "/" in item_id or item_id in seen:
            chk.add(f"item {index + 1}: a missing, malformed or repeated id.", line)
            continue
        seen.add(item_id)
        group = raw.get("group", "clinic")
        if group not in GROUPS:
            chk.add(f"item `{item_id}`: group must be one of {', '.join(GROUPS)}.", line)
            continue
        item_text = chk.text(
            raw.get("text"), f"item `{item_id}`: `text`", line, limit=_TEXT_LIMITS["text"], required=True
        )
        if item_text:
            items.append(TemplateItem(item_id, group, item_text))
    if chk.problems:
        raise PackError(chk.problems)
    return ChecklistTemplate(
        id=str(data.get("id", "")),
        version=str(data.get("version", "")),
        title=title,
        note=note,
        source=source,
        items=tuple(items),
    )


def item_group(item: ChecklistItem) -> str:
    """``"clinic"``, ``"home"`` or ``"mine"`` (the patient's own item)."""
    group = item.source.split("/", 1)[0] if item.source else ""
    return group if group in GROUPS else "mine"


# -- the template -------------------------------------------------------------------
def template_items(db: Database, include_archived: bool = False) -> list[ChecklistItem]:
    return queries.checklist_items(db, include_archived=include_archived)


def ensure_template(db: Database, template: ChecklistTemplate | None = None) -> int:
    """Add every data-file item the journal has never had; return how many were added.

    Idempotent: an item is recognised by its ``source``, archived or edited items
    included, so nothing the patient removed or reworded ever comes back.
    """
    template = template or load_template()
    with db.transaction():
        existing = {i.source for i in template_items(db, include_archived=True) if i.source}
        position = _next_position(db)
        added = 0
        for item in template.items:
            if item.source in existing:
                continue
            repo.insert(db, ChecklistItem(text=item.text, position=position, source=item.source))
            position += 1
            added += 1
    if added:
        logger.info("checklist template seeded with %d items", added)
    return added


def _next_position(db: Database) -> int:
    items = template_items(db, include_archived=True)
    return max((i.position for i in items), default=-1) + 1


ITEM_EMPTY = QT_TR_NOOP("The checklist item is empty.")
ITEM_TOO_LONG = QT_TR_NOOP("The checklist item is longer than %1 characters.")
QUESTION_EMPTY = QT_TR_NOOP("The question is empty.")
QUESTION_TOO_LONG = QT_TR_NOOP("The question is longer than %1 characters.")


def _check_text(text: str, limit: int, empty: str, too_long: str) -> str:
    """*text*, or InvalidData with *empty* or *too_long* (marked messages; ``%1`` is
    the limit)."""
    if not isinstance(text, str) or not text.strip():
        raise InvalidData(empty)
    if len(text) > limit:
        raise InvalidData(too_long, format(limit, ","))
    return text  # stored as typed


def _item(db: Database, item_id: int) -> ChecklistItem:
    item = repo.get(db, ChecklistItem, item_id)
    if item is None:
        raise InvalidData(QT_TR_NOOP("This checklist item no longer exists."))
    return item


def add_item(db: Database, text: str) -> ChecklistItem:
    """Add the patient's own item at the end. Text is stored exactly as typed."""
    text = _check_text(text, MAX_ITEM_CHARS, ITEM_EMPTY, ITEM_TOO_LONG)
    with db.transaction():
        return repo.insert(db, ChecklistItem(text=text, position=_next_position(db)))


def edit_item(db: Database, item_id: int, text: str) -> ChecklistItem:
    item = _item(db, item_id)
    item.text = _check_text(text, MAX_ITEM_CHARS, ITEM_EMPTY, ITEM_TOO_LONG)
    return repo.update(db, item)


def archive_item(db: Database, item_id: int) -> ChecklistItem:
    """ "Remove" an item from the template; its past ticks are kept."""
    item = _item(db, item_id)
    item.archived = True
    return repo.update(db, item)


def restore_item(db: Database, item_id: int) -> ChecklistItem:
    item = _item(db, item_id)
    item.archived = False
    return repo.update(db, item)


def move_item(db: Database, item_id: int, new_index: int) -> list[ChecklistItem]:
    """Move an active item to ``new_index`` among the active items; return the new order."""
    with db.transaction():
        items = template_items(db)
        moving = next((i for i in items if i.id == item_id), None)
        if moving is None:
            raise InvalidData(QT_TR_NOOP("This checklist item no longer exists."))
        items.remove(moving)
        items.insert(max(0, min(new_index, len(items))), moving)
        for position, item in enumerate(items):
            if item.position != position:
                item.position = position
                repo.update(db, item)
    return items


# -- ticks --------------------------------------------------------------------------
def _session(db: Database, session_id: int) -> Session:
    session = repo.get(db, Session, session_id)
    if session is None:
        raise InvalidData(QT_TR_NOOP("This session no longer exists."))
    return session


def set_checked(
    db: Database, session_id: int, item_id: int, checked: bool, at: datetime | None = None
) -> None:
    """Tick or untick one item for one session (idempotent)."""
    _session(db, session_id)
    _item(db, item_id)
    with db.transaction():
        found = queries.ticks_of_session(db, session_id, item_id)
        if checked and not found:
            repo.insert(
                db,
                ChecklistTick(session_id=session_id, item_id=item_id, checked_at=at or utc_now()),
            )
        elif not checked:
            for tick_row in found:
                repo.delete(db, tick_row)


def tick(db: Database, session_id: int, item_id: int, at: datetime | None = None) -> None:
    set_checked(db, session_id, item_id, True, at)


def untick(db: Database, session_id: int, item_id: int) -> None:
    set_checked(db, session_id, item_id, False)


def items_for_session(db: Database, session_id: int) -> list[tuple[ChecklistItem, bool]]:
    """The checklist for one session, in template order, with its ticks.

    Active items (``home`` items only for home sessions) plus any archived item this
    session had ticked, so the session's history stays whole.
    """
    session = _session(db, session_id)
    ticked = {t.item_id for t in queries.ticks_of_session(db, session_id)}
    result: list[tuple[ChecklistItem, bool]] = []
    for item in template_items(db, include_archived=True):
        checked = item.id in ticked
        if item.archived and not checked:
            continue
        if item_group(item) == "home" and session.setting != "home" and not checked:
            continue
        result.append((item, checked))
    return result


# -- questions for the care team ----------------------------------------------------
def add_question(
    db: Database,
    text: str,
    session_id: int | None = None,
    *,
    share: bool = True,
    at: datetime | None = None,
) -> Entry:
    """Write down a question for the care team, optionally for one session.

    Shared by default: the patient writes it *for* the care team. Stored as typed.
    """
    text = _check_text(text, MAX_QUESTION_CHARS, QUESTION_EMPTY, QUESTION_TOO_LONG)
    if session_id is not None:
        _session(db, session_id)
    when = at or utc_now()
    return repo.insert(
        db,
        Entry(
            kind="question",
            body=text,
            session_id=session_id,
            share=share,
            occurred_at=when,
            tz_offset_min=local_offset_min(when),
        ),
    )


def questions_for(
    db: Database, session_id: int | None = None, *, include_answered: bool = True
) -> list[Entry]:
    """Questions for one session, or every question when ``session_id`` is None."""
    return queries.question_entries(db, session_id, except_subkind=None if include_answered else ANSWERED)


def mark_answered(db: Database, entry_id: int, answered: bool = True) -> Entry:
    entry = repo.get(db, Entry, entry_id)
    if entry is None or entry.kind != "question":
        raise InvalidData(QT_TR_NOOP("This question no longer exists."))
    entry.subkind = ANSWERED if answered else ""
    return repo.update(db, entry)
