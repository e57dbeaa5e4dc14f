"""The patient's safety plan: seven short lists written at a calm moment, for a hard one.

The structure follows the practice of the Safety Planning Intervention (Stanley B,
Brown GK. Safety Planning Intervention: a brief intervention to mitigate suicide risk.
*Cognitive and Behavioral Practice* 2012;19(2):256–264): warning signs, things to do on
one's own, people and places that distract, people to ask for help, professionals and
services, making the surroundings safer, and often reasons for living. Every title and
hint here is KAP Journal's own wording; the published template's text is not used.

Storage (no schema change): two journal settings inside the encrypted journal.

* ``prefs.SAFETY_PLAN_PARTS`` (``safety/plan_parts``) holds the plan:
  ``{"format": 1, "parts": {part id: [item, ...]}, "saved_at": ISO instant}``.
* ``prefs.SAFETY_PLAN`` (``safety/plan``), the earlier free list "Steps that help me",
  stays the list of the part "Things I can do on my own": a journal that has only the
  old list reads it as that part (nothing is lost), and saving the plan writes that part
  back to it, so an earlier release of the app still shows the patient's steps. Steps an
  earlier release added there are kept too (:func:`plan_from_values`).
* ``prefs.SAFETY_PLAN_SHARED``: the plan goes into the summary only when this is on.
* ``prefs.SAFETY_PLAN_OFFER_CLOSED``: the patient said "Not now" to the offer on Today.

Reading is forgiving (:func:`plan_from_values`): an edited or foreign value gives the
parts it can, never an exception, so the safety page always opens.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kapjournal import prefs
from kapjournal.i18n import tr
from kapjournal.storage.db import Database

FORMAT = 1
MAX_ITEMS = 20  # per part
MAX_ITEM_CHARS = 300

#: The parts in the order the patient writes them (the practice's order, then reasons).
PART_IDS = (
    "warning_signs",
    "on_my_own",
    "distractions",
    "people",
    "professionals",
    "safer",
    "reasons",
)
#: What the safety page shows first in a crisis, above the crisis lines.
FIRST_IN_CRISIS = ("reasons", "on_my_own")
#: The rest, below the crisis lines, in the order a hard moment is walked through.
REST_IN_CRISIS = ("distractions", "people", "professionals", "safer", "warning_signs")
#: The part the earlier free list "Steps that help me" became.
LEGACY_PART = "on_my_own"


def part_title(part_id: str) -> str:
    """The part's title in the language in use (KAP Journal's own wording)."""
    titles = {
        "warning_signs": tr("Signs that a hard time may be starting"),
        "on_my_own": tr("Things I can do on my own"),
        "distractions": tr("People and places that take my mind off things"),
        "people": tr("People I can ask for help"),
        "professionals": tr("Professionals and services I can contact"),
        "safer": tr("Making my surroundings safer"),
        "reasons": tr("My reasons for living"),
    }
    return titles[part_id]


def part_hint(part_id: str) -> str:
    """A short, calm hint for writing the part."""
    hints = {
        "warning_signs": tr(
            "Thoughts, feelings, situations or things I do that tell me a hard moment may be coming."
        ),
        "on_my_own": tr(
            "Small things that help me through a hard moment by myself: a walk, music, a shower, "
            "slow breathing."
        ),
        "distractions": tr(
            "Friends, family or places where I can be around others without having to explain anything."
        ),
        "people": tr("Who I can tell that I am struggling, and how I reach them."),
        "professionals": tr(
            "My care team, my doctor, a crisis line, the emergency number. The crisis lines for "
            "your country are on the safety page too."
        ),
        "safer": tr(
            "What I can put away, lock up or give to someone I trust for a while, and who can help with that."
        ),
        "reasons": tr("The people, animals, hopes and things that matter to me and keep me going."),
    }
    return hints[part_id]


def intro_text() -> str:
    return tr(
        "A plan you write at a calm moment, for a hard one. Write a few words in each part, "
        "one per line, and leave a part empty if it does not fit you. You can change it "
        "whenever you like. It stays in your journal unless you choose to share it."
    )


@dataclass(frozen=True)
class OfferTexts:
    """The words of the gentle offer on Today."""

    title: str
    text: str
    action: str
    dismiss: str


def offer_texts() -> OfferTexts:
    return OfferTexts(
        title=tr("A plan for a hard moment"),
        text=tr(
            "When you feel calm, you could write a short safety plan: a few lines about "
            "what helps you and who you can turn to. You can stop at any time."
        ),
        action=tr("Write my safety plan"),
        dismiss=tr("Not now"),
    )


@dataclass(frozen=True)
class SafetyPlan:
    """The seven lists, every one trimmed; ``saved_at`` is when it was last saved."""

    parts: tuple[tuple[str, tuple[str, ...]], ...] = tuple((p, ()) for p in PART_IDS)
    saved_at: datetime | None = None

    def items(self, part_id: str) -> tuple[str, ...]:
        if part_id not in PART_IDS:
            raise KeyError(part_id)
        return dict(self.parts).get(part_id, ())

    @property
    def is_empty(self) -> bool:
        return not any(items for _, items in self.parts)

    def filled(self, order: Iterable[str] = PART_IDS) -> list[tuple[str, tuple[str, ...]]]:
        """``(part id, items)`` of the parts that have items, in ``order``."""
        return [(p, self.items(p)) for p in order if self.items(p)]

    def to_json(self) -> dict[str, Any]:
        saved = self.saved_at.astimezone(UTC).isoformat() if self.saved_at is not None else ""
        return {"format": FORMAT, "parts": {p: list(i) for p, i in self.parts}, "saved_at": saved}


def clean_items(values: Iterable[Any]) -> tuple[str, ...]:
    """Trimmed non-empty texts, each at most :data:`MAX_ITEM_CHARS`, at most :data:`MAX_ITEMS`."""
    out: list[str] = []
    for v in values:
        if isinstance(v, str) and v.strip():
            out.append(v.strip()[:MAX_ITEM_CHARS])
    return tuple(out[:MAX_ITEMS])


def items_from_text(text: str) -> tuple[str, ...]:
    """One item per non-empty line (what the patient typed in a part's box)."""
    return clean_items(text.splitlines())


def make_plan(parts: Mapping[str, Iterable[Any]], saved_at: datetime | None = None) -> SafetyPlan:
    """A plan from ``{part id: items}``; unknown parts are refused (a programming mistake)."""
    unknown = set(parts) - set(PART_IDS)
    if unknown:
        raise KeyError(f"unknown safety-plan parts {sorted(unknown)}")
    return SafetyPlan(tuple((p, clean_items(parts.get(p, ()))) for p in PART_IDS), saved_at)


def plan_from_values(stored: Any, legacy: Any) -> SafetyPlan:
    """The plan from the stored value (``safety/plan_parts``, maybe absent or edited)
    and the earlier free list (``safety/plan``): the old steps are "Things I can do on
    my own", and a step only the old list has is kept after the plan's own."""
    raw_parts = stored.get("parts") if isinstance(stored, dict) else None
    raw_parts = raw_parts if isinstance(raw_parts, dict) else {}
    parts: dict[str, tuple[str, ...]] = {}
    for p in PART_IDS:
        value = raw_parts.get(p)
        parts[p] = clean_items(value) if isinstance(value, list) else ()
    old = clean_items(legacy) if isinstance(legacy, list) else ()
    own = parts[LEGACY_PART]
    parts[LEGACY_PART] = clean_items([*own, *(s for s in old if s not in own)])
    saved = _instant(stored.get("saved_at")) if isinstance(stored, dict) else None
    return SafetyPlan(tuple((p, parts[p]) for p in PART_IDS), saved)


def _instant(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return None
    return at if at.tzinfo is not None else None


# -- the journal ------------------------------------------------------------------------
def read_plan(db: Database) -> SafetyPlan:
    """The patient's plan (an empty one when nothing was written)."""
    stored = prefs.journal_value(db, prefs.SAFETY_PLAN_PARTS)
    legacy = prefs.journal_value(db, prefs.SAFETY_PLAN)
    return plan_from_values(stored, legacy)


def save_plan(db: Database, plan: SafetyPlan, now: datetime) -> SafetyPlan:
    """Store ``plan`` (stamped ``now``) in one transaction, the old list beside it."""
    stamped = SafetyPlan(plan.parts, now)
    with db.transaction():
        prefs.set_journal_value(db, prefs.SAFETY_PLAN_PARTS, stamped.to_json())
        prefs.set_journal_value(db, prefs.SAFETY_PLAN, list(stamped.items(LEGACY_PART)))
    return stamped


def is_shared(db: Database) -> bool:
    return prefs.journal_value(db, prefs.SAFETY_PLAN_SHARED)


def set_shared(db: Database, shared: bool) -> None:
    prefs.set_journal_value(db, prefs.SAFETY_PLAN_SHARED, shared)


def offer_closed(db: Database) -> bool:
    return prefs.journal_value(db, prefs.SAFETY_PLAN_OFFER_CLOSED)


def close_offer(db: Database) -> None:
    """The patient said "Not now": the offer on Today does not come back."""
    prefs.set_journal_value(db, prefs.SAFETY_PLAN_OFFER_CLOSED, True)


def should_offer(db: Database) -> bool:
    """Offer to write the plan while there is none and the offer was not turned down.
    Not in the invented sample journal (nobody's plan to write)."""
    if offer_closed(db) or prefs.journal_value(db, prefs.SAMPLE_JOURNAL):
        return False
    return read_plan(db).is_empty
