"""Typed rows of the journal. Field order and names match the columns in the schema.

``id`` is local to one journal file; ``uid`` is stable across export and import.
Instants are timezone-aware ``datetime`` in UTC with the local offset kept beside them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, ClassVar


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def local_offset_min(at: datetime | None = None) -> int:
    """The machine's UTC offset in minutes at ``at`` (now by default)."""
    moment = (at or utc_now()).astimezone()
    offset = moment.utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def to_local(at: datetime, offset_min: int) -> datetime:
    return at.astimezone(timezone(timedelta(minutes=offset_min)))


@dataclass
class Record:
    """Base for every table with ``id``/``uid``/timestamps."""

    TABLE: ClassVar[str] = ""
    if TYPE_CHECKING:  # every record declares these as its own fields
        id: int | None = None
        uid: str = ""
    JSON_FIELDS: ClassVar[tuple[str, ...]] = ()
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ()
    INSTANT_FIELDS: ClassVar[tuple[str, ...]] = ("created_at", "updated_at")
    DATE_FIELDS: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def columns(cls) -> list[str]:
        return [f.name for f in dataclasses.fields(cls) if not f.metadata.get("virtual")]


def _virtual() -> Any:
    return field(default_factory=list, metadata={"virtual": True})


@dataclass
class Course(Record):
    TABLE: ClassVar[str] = "course"
    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("start_date", "end_date")

    start_date: date = field(default_factory=date.today)
    title: str = ""
    end_date: date | None = None
    clinic: str = ""
    care_name: str = ""
    care_phone: str = ""
    care_email: str = ""
    notes: str = ""
    id: int | None = None
    uid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


SESSION_KINDS = (
    "ketamine",
    "therapy",
    "integration",
    "rtms",
    "neurofeedback",
    "hypnotherapy",
    "body",
    "other",
)
SESSION_SETTINGS = ("clinic", "home", "other")
SESSION_STATUSES = ("planned", "done", "cancelled", "moved")


@dataclass
class Session(Record):
    TABLE: ClassVar[str] = "session"
    INSTANT_FIELDS: ClassVar[tuple[str, ...]] = ("scheduled_at", "created_at", "updated_at")

    course_id: int = 0
    scheduled_at: datetime = field(default_factory=utc_now)
    tz_offset_min: int = 0
    kind: str = "ketamine"
    duration_min: int | None = None
    setting: str = "clinic"
    route: str = ""
    status: str = "planned"
    notes: str = ""
    id: int | None = None
    uid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class ChecklistItem(Record):
    TABLE: ClassVar[str] = "checklist_item"
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ("archived",)

    text: str = ""
    position: int = 0
    source: str = ""
    archived: bool = False
    id: int | None = None
    uid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class ChecklistTick(Record):
    TABLE: ClassVar[str] = "checklist_tick"
    INSTANT_FIELDS: ClassVar[tuple[str, ...]] = ("checked_at",)

    session_id: int = 0
    item_id: int = 0
    checked_at: datetime = field(default_factory=utc_now)
    id: int | None = None
    uid: str = ""


ENTRY_KINDS = ("intention", "capture", "integration", "thought_record", "mbct", "note", "question")


@dataclass
class Entry(Record):
    TABLE: ClassVar[str] = "entry"
    JSON_FIELDS: ClassVar[tuple[str, ...]] = ("answers",)
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ("share",)
    INSTANT_FIELDS: ClassVar[tuple[str, ...]] = ("occurred_at", "created_at", "updated_at")

    kind: str = "note"
    body: str = ""
    title: str = ""
    subkind: str = ""
    session_id: int | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    share: bool = False
    pack_id: str = ""
    pack_version: str = ""
    occurred_at: datetime = field(default_factory=utc_now)
    tz_offset_min: int = 0
    id: int | None = None
    uid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    tags: list[str] = _virtual()  # noqa: RUF009 - a field() with metadata


@dataclass
class Checkin(Record):
    TABLE: ClassVar[str] = "checkin"
    JSON_FIELDS: ClassVar[tuple[str, ...]] = ("feelings", "extras")
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ("share",)
    INSTANT_FIELDS: ClassVar[tuple[str, ...]] = ("at_utc", "created_at", "updated_at")

    mood: int = 5
    anxiety: int | None = None
    energy: int | None = None
    sleep: int | None = None
    feelings: list[str] = field(default_factory=list)
    extras: dict[str, float] = field(default_factory=dict)
    note: str = ""
    context: str = "daily"
    session_id: int | None = None
    at_utc: datetime = field(default_factory=utc_now)
    tz_offset_min: int = 0
    share: bool = True
    id: int | None = None
    uid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class Questionnaire(Record):
    TABLE: ClassVar[str] = "questionnaire"
    JSON_FIELDS: ClassVar[tuple[str, ...]] = ("answers",)
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ("share",)
    INSTANT_FIELDS: ClassVar[tuple[str, ...]] = ("at_utc", "created_at", "updated_at")

    instrument: str = "phq9"
    answers: list[int] = field(default_factory=list)
    total: int = 0
    band: str = ""
    difficulty: int | None = None
    session_id: int | None = None
    at_utc: datetime = field(default_factory=utc_now)
    tz_offset_min: int = 0
    share: bool = True
    id: int | None = None
    uid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class SideEffect(Record):
    TABLE: ClassVar[str] = "side_effect"
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ("share",)
    INSTANT_FIELDS: ClassVar[tuple[str, ...]] = ("at_utc", "created_at", "updated_at")

    symptom: str = "other"
    severity: int = 1
    other_text: str = ""
    duration_min: int | None = None
    bp_systolic: int | None = None
    bp_diastolic: int | None = None
    note: str = ""
    session_id: int | None = None
    at_utc: datetime = field(default_factory=utc_now)
    tz_offset_min: int = 0
    share: bool = True
    id: int | None = None
    uid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


COMMITMENT_STATUSES = ("open", "done", "not_done", "changed")


@dataclass
class Commitment(Record):
    TABLE: ClassVar[str] = "commitment"
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ("share",)
    INSTANT_FIELDS: ClassVar[tuple[str, ...]] = ("resolved_at", "created_at", "updated_at")
    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("due_date",)

    text: str = ""
    due_date: date | None = None
    status: str = "open"
    outcome_note: str = ""
    entry_id: int | None = None
    session_id: int | None = None
    share: bool = True
    resolved_at: datetime | None = None
    id: int | None = None
    uid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class Practice(Record):
    TABLE: ClassVar[str] = "practice"
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ("share",)
    INSTANT_FIELDS: ClassVar[tuple[str, ...]] = ("at_utc", "created_at", "updated_at")

    practice: str = "breathing_space"
    minutes: int = 3
    entry_id: int | None = None
    at_utc: datetime = field(default_factory=utc_now)
    tz_offset_min: int = 0
    share: bool = True
    id: int | None = None
    uid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class Draft(Record):
    TABLE: ClassVar[str] = "draft"
    JSON_FIELDS: ClassVar[tuple[str, ...]] = ("payload",)

    key: str = ""
    kind: str = ""
    payload: dict[str, Any] = field(default_factory=dict)
    id: int | None = None
    uid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


#: Every record table, in an order where foreign keys point backwards.
RECORD_TYPES: tuple[type[Record], ...] = (
    Course,
    Session,
    ChecklistItem,
    ChecklistTick,
    Entry,
    Checkin,
    Questionnaire,
    SideEffect,
    Commitment,
    Practice,
    Draft,
)

#: Foreign-key columns: column -> referenced record type.
FOREIGN_KEYS: dict[str, type[Record]] = {
    "course_id": Course,
    "session_id": Session,
    "item_id": ChecklistItem,
    "entry_id": Entry,
}
