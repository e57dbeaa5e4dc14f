"""After a session: captures, integration reflections, CBT thought records, action
steps, MBCT practice and the journal timeline. No widgets; no SQL of its own beyond
the ``where`` fragments the repositories take (as in :mod:`kapjournal.preparation.course`).

Entries written here:

=====================  ==========================================================
``capture``            the same evening; answers by the capture pack's prompt ids
``integration``        ``subkind`` = the step (``"24h"``, ``"72h"``, ``"before_next"``)
``thought_record``     answers by the thought-record pack's prompt ids (moods as
                       lines ``"anxious 70"``, see :class:`ThoughtRecord`)
``mbct``               ``subkind`` = ``breathing_space`` | ``decentering`` | ``body_scan``
=====================  ==========================================================

Action steps are :class:`~kapjournal.storage.models.Commitment` rows; the MBCT
practice log is :class:`~kapjournal.storage.models.Practice` rows.

Sharing: every entry has a ``share`` flag; new entries take the default for their
kind from the journal setting ``share/defaults`` (``{kind: bool}``), falling back to
:data:`SHARE_DEFAULTS`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from kapjournal import prefs, prompts
from kapjournal.i18n import QT_TR_NOOP
from kapjournal.preparation import course
from kapjournal.reflection.sharing import share_defaults
from kapjournal.storage import queries, repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import InvalidData
from kapjournal.storage.models import (
    COMMITMENT_STATUSES,
    ENTRY_KINDS,
    Commitment,
    Entry,
    Practice,
    Session,
    local_offset_min,
    to_local,
    utc_now,
)

logger = logging.getLogger(__name__)

#: Kinds whose default the Settings page offers to change.
SHAREABLE_KINDS = ("intention", "capture", "integration", "thought_record", "mbct", "note")

MBCT_SUBKINDS = ("breathing_space", "decentering", "body_scan")
PRACTICES = ("breathing_space", "body_scan", "sitting", "mindful_walking", "other")
PRACTICE_NAMES = {
    "breathing_space": QT_TR_NOOP("Three-minute breathing space"),
    "body_scan": QT_TR_NOOP("Body scan"),
    "sitting": QT_TR_NOOP("Sitting meditation"),
    "mindful_walking": QT_TR_NOOP("Mindful walking"),
    "other": QT_TR_NOOP("Other practice"),
}
STEP_DAYS_RE = re.compile(r"^([1-9][0-9]{0,3})h$")
MAX_MOODS = 12
MAX_THOUGHTS = 20
MAX_STEP_CHARS = 500


def _now_local_offset(at: datetime) -> int:
    return local_offset_min(at)


# -- sharing ------------------------------------------------------------------------
def share_default(db: Database, kind: str) -> bool:
    return share_defaults(db).get(kind, False)


def set_share_default(db: Database, kind: str, value: bool) -> None:
    if kind not in ENTRY_KINDS:
        raise InvalidData(QT_TR_NOOP("Unknown kind of entry."))
    stored = prefs.journal_value(db, prefs.SHARE_DEFAULTS)
    stored[kind] = bool(value)
    prefs.set_journal_value(db, prefs.SHARE_DEFAULTS, stored)


# -- sessions ---------------------------------------------------------------------------
@dataclass(frozen=True)
class SessionChoice:
    """A session the patient can link an entry to: id, number (ketamine) and local day."""

    session_id: int
    number: int | None
    day: date
    kind: str


def session_choices(db: Database, until: datetime | None = None) -> list[SessionChoice]:
    """Sessions not cancelled (started by ``until`` when given), newest first."""
    sessions = queries.sessions_newest_first(db, until=until, limit=200)
    numbers: dict[int, dict[int, int]] = {}
    out = []
    for s in sessions:
        if s.course_id not in numbers:
            numbers[s.course_id] = course.session_numbers(db, s.course_id)
        out.append(
            SessionChoice(
                s.id or 0,
                numbers[s.course_id].get(s.id or 0),
                to_local(s.scheduled_at, s.tz_offset_min).date(),
                s.kind,
            )
        )
    return out


def latest_started_session(db: Database, now: datetime) -> SessionChoice | None:
    """The most recent ketamine session whose time has come (for the capture)."""
    for choice in session_choices(db, now):
        if choice.kind == "ketamine":
            return choice
    return None


def _entry_time(at: datetime | None) -> tuple[datetime, int]:
    moment = at or utc_now()
    if moment.tzinfo is None:
        raise InvalidData(QT_TR_NOOP("Times must carry a time zone."))
    return moment.astimezone(UTC).replace(microsecond=0), _now_local_offset(moment)


def _entry_to_save(
    db: Database,
    entry: Entry | None,
    kind: str,
    *,
    share: bool | None,
    at: datetime | None,
    subkind: str = "",
    session_id: int | None = None,
) -> Entry:
    """``entry`` (its share flag set when ``share`` is given), or a new entry of
    ``kind`` dated ``at`` (default now) shared as ``share`` or the kind's default."""
    if entry is None:
        when, offset = _entry_time(at)
        return Entry(
            kind=kind,
            subkind=subkind,
            session_id=session_id,
            occurred_at=when,
            tz_offset_min=offset,
            share=share_default(db, kind) if share is None else share,
        )
    if share is not None:
        entry.share = share
    return entry


def _save_entry(db: Database, entry: Entry) -> Entry:
    return repo.insert(db, entry) if entry.id is None else repo.update(db, entry)


# -- capture ------------------------------------------------------------------------
def capture_for(db: Database, session_id: int) -> Entry | None:
    return queries.latest_session_entry(db, session_id, "capture")


def save_capture(
    db: Database,
    session_id: int | None,
    answers: Mapping[str, Any],
    *,
    entry: Entry | None = None,
    pack: prompts.PromptPack | None = None,
    share: bool | None = None,
    at: datetime | None = None,
) -> Entry:
    """Create or update the same-evening capture (answers by the capture pack's ids)."""
    pack = pack or prompts.shipped_pack("capture")
    clean = prompts.validate_answers(pack, answers)
    entry = _entry_to_save(db, entry, "capture", share=share, at=at, session_id=session_id)
    entry.session_id = session_id
    entry.answers = clean
    word = clean.get(pack.title_prompt, "") if pack.title_prompt else ""
    entry.title = word if isinstance(word, str) else ""
    entry.pack_id, entry.pack_version = pack.id, pack.version
    return _save_entry(db, entry)


# -- integration reflections ----------------------------------------------------------
def step_days(step: str) -> int | None:
    """``"24h"`` -> 1, ``"72h"`` -> 3; None for ``"before_next"`` or odd hours."""
    found = STEP_DAYS_RE.match(step)
    if not found:
        return None
    hours = int(found.group(1))
    return hours // 24 if hours % 24 == 0 else None


def schedule_steps(db: Database) -> list[str]:
    """The journal's integration steps as step ids, in schedule order."""
    return [course.step_id(s) for s in course.integration_schedule(db)]


@dataclass
class ReflectionContext:
    """What an integration reflection shows at the top."""

    session_id: int
    step: str
    number: int | None
    days: int | None  # the step's day (None for before_next)
    intention: Entry | None
    existing: Entry | None

    @property
    def intention_phrase(self) -> str:
        if self.intention is None:
            return ""
        if self.intention.title.strip():
            return self.intention.title.strip()
        for value in self.intention.answers.values():
            if isinstance(value, str) and value.strip():
                return value.strip()
        return ""


def reflection_for(db: Database, session_id: int, step: str) -> Entry | None:
    return queries.latest_session_entry(db, session_id, "integration", step)


def reflection_context(db: Database, session_id: int, step: str) -> ReflectionContext:
    session = repo.get(db, Session, session_id)
    if session is None:
        raise InvalidData(QT_TR_NOOP("This session no longer exists."))
    if not prompts.WHEN_PATTERN.match(step):
        raise InvalidData(QT_TR_NOOP("Unknown integration step."))
    return ReflectionContext(
        session_id=session_id,
        step=step,
        number=course.session_number(db, session),
        days=step_days(step),
        intention=course.intention_for(db, session_id),
        existing=reflection_for(db, session_id, step),
    )


def save_reflection(
    db: Database,
    session_id: int,
    step: str,
    answers: Mapping[str, Any],
    *,
    entry: Entry | None = None,
    pack: prompts.PromptPack | None = None,
    share: bool | None = None,
    at: datetime | None = None,
) -> Entry:
    """Create or update the reflection for one step (one entry per session and step)."""
    pack = pack or prompts.shipped_pack("integration")
    if pack.kind != "integration":
        raise InvalidData(QT_TR_NOOP("These questions are not for an integration reflection."))
    if repo.get(db, Session, session_id) is None:
        raise InvalidData(QT_TR_NOOP("This session no longer exists."))
    if not prompts.WHEN_PATTERN.match(step):
        raise InvalidData(QT_TR_NOOP("Unknown integration step."))
    clean = prompts.validate_answers(pack, answers)
    entry = _entry_to_save(
        db,
        entry or reflection_for(db, session_id, step),
        "integration",
        share=share,
        at=at,
        subkind=step,
        session_id=session_id,
    )
    entry.answers = clean
    entry.pack_id, entry.pack_version = pack.id, pack.version
    return _save_entry(db, entry)


# -- action steps -------------------------------------------------------------------
def _clean_step_text(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise InvalidData(QT_TR_NOOP("An action step needs a few words."))
    if len(text) > MAX_STEP_CHARS:
        raise InvalidData(QT_TR_NOOP("An action step is at most %1 characters."), MAX_STEP_CHARS)
    return text


def add_action_step(
    db: Database,
    text: str,
    due: date | None = None,
    *,
    entry_id: int | None = None,
    session_id: int | None = None,
    share: bool = True,
) -> Commitment:
    return repo.insert(
        db,
        Commitment(
            text=_clean_step_text(text),
            due_date=due,
            entry_id=entry_id,
            session_id=session_id,
            share=share,
        ),
    )


def step_for_entry(db: Database, entry_id: int) -> Commitment | None:
    return queries.latest_step_of_entry(db, entry_id)


def set_action_step(
    db: Database,
    entry: Entry,
    text: str,
    due: date | None,
) -> Commitment | None:
    """Keep the entry's one action step in line with ``text`` (empty: remove an open one)."""
    existing = step_for_entry(db, entry.id or 0) if entry.id else None
    if not text.strip():
        if existing is not None and existing.status == "open":
            repo.delete(db, existing)
        return None
    if existing is None:
        return add_action_step(
            db, text, due, entry_id=entry.id, session_id=entry.session_id, share=entry.share
        )
    existing.text = _clean_step_text(text)
    existing.due_date = due
    existing.session_id = entry.session_id
    return repo.update(db, existing)


def resolve_step(db: Database, step_id: int, status: str, note: str = "") -> Commitment:
    """Mark a step ``done``, ``not_done`` or ``changed`` (with a note), or reopen it."""
    if status not in COMMITMENT_STATUSES:
        raise InvalidData(QT_TR_NOOP("Unknown action-step status."))
    step = repo.get(db, Commitment, step_id)
    if step is None:
        raise InvalidData(QT_TR_NOOP("This action step no longer exists."))
    step.status = status
    step.outcome_note = note.strip()
    step.resolved_at = None if status == "open" else utc_now()
    return repo.update(db, step)


def steps_due(db: Database, today: date) -> list[Commitment]:
    """Open steps whose date has come (undated steps are never "due")."""
    return queries.open_steps_due(db, today)


def all_steps(db: Database, *, open_only: bool = False) -> list[Commitment]:
    """Every step: open ones first (soonest date first, undated last), then resolved."""
    return queries.steps_for_list(db, open_only=open_only)


def steps_for_review(db: Database, session_id: int) -> list[Commitment]:
    """Steps to look at before a session: every step chosen since the previous
    ketamine session of the same course (open or not), for the intention flow."""
    session = repo.get(db, Session, session_id)
    if session is None:
        return []
    prev = course.previous_intention(db, session_id)
    since = prev.session.scheduled_at if prev else datetime.min.replace(tzinfo=UTC)
    return queries.steps_created_between(db, since, max(session.scheduled_at, utc_now()))


# -- thought records ------------------------------------------------------------------
_MOOD_LINE = re.compile(r"^\s*(.*?)[\s:,=-]*(\d{1,3})\s*%?\s*$")


@dataclass
class MoodRating:
    name: str
    before: int | None = None
    after: int | None = None


def _rating(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= 100 else None


def parse_mood_lines(text: str) -> list[tuple[str, int | None]]:
    """``"anxious 70\\nsad, 40 %"`` -> ``[("anxious", 70), ("sad", 40)]``."""
    out: list[tuple[str, int | None]] = []
    for raw in re.split(r"[\n;]", text):
        line = raw.strip()
        if not line:
            continue
        found = _MOOD_LINE.match(line)
        if found and found.group(1).strip() and int(found.group(2)) <= 100:
            out.append((found.group(1).strip(), int(found.group(2))))
        else:
            out.append((line, None))
    return out


@dataclass
class ThoughtRecord:
    """The seven columns. Stored as answers that fit the thought-record pack."""

    situation: str = ""
    moods: list[MoodRating] = field(default_factory=list)
    thoughts: list[str] = field(default_factory=list)
    hot: int | None = None  # index into ``thoughts``
    traps: list[str] = field(default_factory=list)  # trap names from the data list
    evidence_for: str = ""
    evidence_against: str = ""
    balanced: str = ""
    belief: int | None = None
    action_step: str = ""

    def hot_thought(self) -> str:
        if self.hot is not None and 0 <= self.hot < len(self.thoughts):
            return self.thoughts[self.hot]
        return ""

    def to_answers(self) -> dict[str, Any]:
        moods = [m for m in self.moods if m.name.strip()]
        answers: dict[str, Any] = {
            "situation": self.situation,
            "moods": "\n".join(
                f"{m.name.strip()} {m.before}" if m.before is not None else m.name.strip() for m in moods
            ),
            "automatic_thoughts": "\n".join(t.strip() for t in self.thoughts if t.strip()),
            "hot_thought": self.hot_thought().strip()[: prompts.ANSWER_LIMITS["text"]],
            "thinking_traps": list(self.traps),
            "evidence_for": self.evidence_for,
            "evidence_against": self.evidence_against,
            "alternative_thought": self.balanced,
            "alternative_belief": self.belief,
            "moods_now": "\n".join(f"{m.name.strip()} {m.after}" for m in moods if m.after is not None),
            "action_step": self.action_step.strip()[: prompts.ANSWER_LIMITS["text"]],
        }
        return {
            k: v
            for k, v in answers.items()
            if v not in ("", [], None) and not (isinstance(v, str) and not v.strip())
        }

    @classmethod
    def from_answers(cls, answers: Mapping[str, Any]) -> ThoughtRecord:
        def text(key: str) -> str:
            value = answers.get(key, "")
            return value if isinstance(value, str) else ""

        moods: list[MoodRating] = []
        index: dict[str, MoodRating] = {}
        for name, value in parse_mood_lines(text("moods")):
            rating = MoodRating(name, value)
            moods.append(rating)
            index.setdefault(name.casefold(), rating)
        for name, value in parse_mood_lines(text("moods_now")):
            known = index.get(name.casefold())
            if known is not None and known.after is None:
                known.after = value
            else:
                moods.append(MoodRating(name, None, value))
        thoughts = [line.strip() for line in text("automatic_thoughts").splitlines() if line.strip()]
        hot_text = text("hot_thought").strip()
        hot: int | None = None
        if hot_text:
            if hot_text in thoughts:
                hot = thoughts.index(hot_text)
            else:
                thoughts.append(hot_text)
                hot = len(thoughts) - 1
        traps = answers.get("thinking_traps", [])
        return cls(
            situation=text("situation"),
            moods=moods,
            thoughts=thoughts,
            hot=hot,
            traps=[t for t in traps if isinstance(t, str)] if isinstance(traps, list) else [],
            evidence_for=text("evidence_for"),
            evidence_against=text("evidence_against"),
            balanced=text("alternative_thought"),
            belief=_rating(answers.get("alternative_belief")),
            action_step=text("action_step"),
        )

    def mood_changes(self) -> list[MoodRating]:
        """Moods rated before and/or after, for the before/after view."""
        return [m for m in self.moods if m.name.strip() and (m.before is not None or m.after is not None)]


def validate_thought_record(record: ThoughtRecord) -> None:
    if len(record.moods) > MAX_MOODS:
        raise InvalidData(QT_TR_NOOP("A thought record holds at most %1 moods."), MAX_MOODS)
    if len(record.thoughts) > MAX_THOUGHTS:
        raise InvalidData(QT_TR_NOOP("A thought record holds at most %1 thoughts."), MAX_THOUGHTS)
    for m in record.moods:
        for value in (m.before, m.after):
            if value is not None and _rating(value) is None:
                raise InvalidData(QT_TR_NOOP("Mood ratings go from 0 to 100."))
    if record.belief is not None and _rating(record.belief) is None:
        raise InvalidData(QT_TR_NOOP("Belief goes from 0 to 100."))


def save_thought_record(
    db: Database,
    record: ThoughtRecord,
    *,
    entry: Entry | None = None,
    session_id: int | None = None,
    share: bool | None = None,
    tags: Sequence[str] = (),
    at: datetime | None = None,
    pack: prompts.PromptPack | None = None,
) -> Entry:
    """Save a thought record; its thinking traps become the entry's tags too."""
    pack = pack or prompts.shipped_pack("cbt")
    validate_thought_record(record)
    trap_choices = pack.prompt("thinking_traps")
    allowed = set(trap_choices.choices) if trap_choices else set()
    record.traps = [t for t in record.traps if t in allowed]
    clean = prompts.validate_answers(pack, record.to_answers())
    if session_id is not None and repo.get(db, Session, session_id) is None:
        raise InvalidData(QT_TR_NOOP("This session no longer exists."))
    entry = _entry_to_save(db, entry, "thought_record", share=share, at=at)
    entry.session_id = session_id
    entry.answers = clean
    entry.title = record.hot_thought()[:200] or record.situation.strip().split("\n")[0][:200]
    own = [t for t in (tags or entry.tags) if t not in allowed]
    entry.tags = [*record.traps, *own]
    entry.pack_id, entry.pack_version = pack.id, pack.version
    return _save_entry(db, entry)


# -- MBCT -----------------------------------------------------------------------------
def save_mbct(
    db: Database,
    subkind: str,
    answers: Mapping[str, Any],
    *,
    entry: Entry | None = None,
    body: str | None = None,
    share: bool | None = None,
    at: datetime | None = None,
    pack: prompts.PromptPack | None = None,
) -> Entry:
    """A decentering note, a body-scan reflection or a breathing-space note
    (answers by the MBCT pack's prompt ids; ``body`` for free Markdown)."""
    if subkind not in MBCT_SUBKINDS:
        raise InvalidData(QT_TR_NOOP("Unknown kind of practice note."))
    pack = pack or prompts.shipped_pack("mbct")
    clean = prompts.validate_answers(pack, answers)
    entry = _entry_to_save(db, entry, "mbct", share=share, at=at, subkind=subkind)
    entry.answers = clean
    if body is not None:
        entry.body = body
    entry.pack_id, entry.pack_version = pack.id, pack.version
    return _save_entry(db, entry)


def log_practice(
    db: Database,
    practice: str,
    minutes: int,
    *,
    at: datetime | None = None,
    entry_id: int | None = None,
    share: bool | None = None,
) -> Practice:
    if practice not in PRACTICES:
        raise InvalidData(QT_TR_NOOP("Unknown practice."))
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 1440:
        raise InvalidData(QT_TR_NOOP("Minutes go from 0 to 1440."))
    when, offset = _entry_time(at)
    return repo.insert(
        db,
        Practice(
            practice=practice,
            minutes=minutes,
            at_utc=when,
            tz_offset_min=offset,
            entry_id=entry_id,
            share=share_default(db, "mbct") if share is None else share,
        ),
    )


def recent_practice(db: Database, limit: int = 30) -> list[Practice]:
    return queries.newest_first(db, Practice, limit=limit)


def week_start(day: date) -> date:
    """Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def weekly_totals(db: Database, today: date, weeks: int = 8) -> list[tuple[date, int]]:
    """Minutes practised per week (Monday first, local days), oldest week first,
    ending with the week that holds ``today``; weeks without practice count 0."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    since = datetime.combine(first - timedelta(days=1), datetime.min.time(), UTC)
    totals = {first + timedelta(weeks=n): 0 for n in range(weeks)}
    for p in queries.practice_since(db, since):
        monday = week_start(to_local(p.at_utc, p.tz_offset_min).date())
        if monday in totals:
            totals[monday] += p.minutes
    return sorted(totals.items())


# -- the journal timeline ----------------------------------------------------------------
#: Which entries the timeline shows (kind, session, tag); it lives with its queries.
TimelineFilter = queries.TimelineFilter
timeline_count = queries.timeline_count
timeline_page = queries.timeline_page


SEARCH_LIMIT = 200  # matches :func:`search_timeline` returns at most
#: A page of search hits: entries newest first, their snippets, the capped count.
SearchPage = queries.SearchPage
#: The next page of hits, older than a given entry (the list's lazy loading).
timeline_search = queries.timeline_search
#: How many entries match within the filter, up to the cap (after the first page).
search_count = queries.timeline_count_matches
SEARCH_COUNT_CAP = queries.SEARCH_COUNT_CAP
#: Hits on the first page while typing (the first screen; more load as it scrolls).
SEARCH_FIRST_PAGE = queries.SEARCH_FIRST_PAGE


def waits_for_a_letter(text: str) -> bool:
    """Whether a search while typing waits for the next key: the last word typed is a
    single letter, which matches nearly every entry as a prefix and tells nothing
    (its words of one letter are still found once a space follows)."""
    return re.search(r"(?:^|\W)\w$", text) is not None


def search_first_page(
    db: Database, text: str, flt: TimelineFilter, cancelled: Callable[[], bool] | None = None
) -> SearchPage:
    """What the timeline shows for ``text``: the newest matches within the filter, a
    page of them with snippets, and how many match (up to ``COUNT_CAP``). Raises
    ``Cancelled`` once ``cancelled()`` is true (a newer keystroke)."""
    return queries.timeline_search(db, text, flt, count_all=True, cancelled=cancelled)


def search_timeline(
    db: Database, text: str, flt: TimelineFilter, limit: int = SEARCH_LIMIT
) -> list[tuple[int, str]]:
    """``[(entry_id, snippet)]`` matching ``text`` within the filter, newest first.

    Snippets mark matches with ``\\x02``/``\\x03``; render them as plain text.
    Never raises on odd input (the query is made safe by the repository)."""
    page = queries.timeline_search(db, text, flt, limit=limit)
    return [(e.id or 0, page.snippets.get(e.id or 0, "")) for e in page.entries]


entries_by_ids = queries.entries_by_ids


def save_note(
    db: Database,
    body: str,
    *,
    entry: Entry | None = None,
    share: bool | None = None,
    tags: Sequence[str] | None = None,
) -> Entry:
    """A free Markdown note (or the body of any entry the patient edits in the journal)."""
    entry = _entry_to_save(db, entry, "note", share=share, at=None)
    entry.body = body
    if tags is not None:
        entry.tags = list(tags)
    return _save_entry(db, entry)


def delete_entry(db: Database, entry: Entry) -> None:
    """Delete an entry for good (``secure_delete`` wipes its pages and index tokens).
    Its open action step goes with it; resolved steps and practice rows are kept,
    unlinked by the schema."""
    with db.transaction():
        for step in queries.open_steps_of_entry(db, entry.id):
            repo.delete(db, step)
        repo.delete(db, entry)
    logger.info("entry deleted")


def split_tags(text: str) -> list[str]:
    return repo.normalize_tags(part for part in re.split(r"[,\n]", text))


def session_number_map(db: Database) -> dict[int, int]:
    """``{session_id: number}`` for every course's numbered ketamine sessions."""
    numbers: dict[int, int] = {}
    for c in course.courses(db):
        numbers.update(course.session_numbers(db, c.id or 0))
    return numbers
