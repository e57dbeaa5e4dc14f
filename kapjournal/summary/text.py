"""Words of the summary: labels, fixed sentences and the date formats, every fixed
string through :func:`t` (context ``"summary"``) so a translation changes the document."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

ENTRY_KIND_LABELS = {
    "intention": "Intention",
    "capture": "The evening after",
    "integration": "Integration reflection",
    "thought_record": "Thought record",
    "mbct": "Mindfulness practice",
    "note": "Note",
    "question": "Question",
}
SESSION_KIND_LABELS = {
    "ketamine": "Ketamine session",
    "therapy": "Therapy session",
    "integration": "Integration session",
    "rtms": "rTMS session",
    "neurofeedback": "Neurofeedback session",
    "hypnotherapy": "Hypnotherapy session",
    "body": "Bodywork session",
    "other": "Session",
}
SESSION_STATUS_LABELS = {
    "planned": "planned",
    "done": "took place",
    "cancelled": "cancelled",
    "moved": "moved",
}
COMMITMENT_STATUS_LABELS = {
    "open": "still open",
    "done": "done",
    "not_done": "not done",
    "changed": "changed",
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
REFLECTION_KINDS = ("capture", "integration", "thought_record", "mbct", "note")

#: Fixed sentences shared by every renderer (translated with :func:`t`).
INTRO_NOTE = (
    "Written and chosen by the patient in KAP Journal. Questionnaire scores are self-reported "
    "snapshots to discuss together, not a diagnosis."
)
SAFETY_NOTE = (
    "Shown first so they are not missed. KAP Journal alerts nobody; each note says what its "
    "safety page showed the patient at the time."
)
SCORES_NOTE = (
    "PHQ-9: 0–27 (depression). GAD-7: 0–21 (anxiety). Change is against the first score of "
    "the same questionnaire in this period. Item 9 of the PHQ-9 asks about thoughts of being "
    "better off dead or of self-harm (0 = not at all, 3 = nearly every day)."
)
FOOTER_NOTE = (
    "Made with KAP Journal on the patient's own computer. This file is not encrypted. It "
    "contains only what the patient chose to share."
)
EMPTY_TITLE = "Nothing shared for this period"
EMPTY_TEXT = (
    "No entries, check-ins or questionnaires were shared for these dates. Entries appear here "
    "when they are marked “Share with my therapist”."
)


def t(text: str) -> str:
    """Translate a fixed string of the summary (context ``summary``)."""
    return QCoreApplication.translate("summary", text)


def fmt_date(d: date) -> str:
    """``3 Nov 2026`` (fixed English month names; the same in every locale)."""
    return f"{d.day} {t(MONTHS[d.month - 1])} {d.year}"


def fmt_day(d: date) -> str:
    """``Tue 3 Nov 2026``."""
    return f"{t(WEEKDAYS[d.weekday()])} {fmt_date(d)}"


def fmt_datetime(at: datetime) -> str:
    """``3 Nov 2026, 09:30`` in the moment's own offset."""
    return f"{fmt_date(at.date())}, {at:%H:%M}"


def signed_change(n: int | None) -> str:
    """A change of score as ``+3``, ``−2`` or ``0``; "first" when there is none yet."""
    if n is None:
        return t("first")
    if n == 0:
        return "0"
    return f"+{n}" if n > 0 else f"\u2212{-n}"


def average_text(x: float | None) -> str:
    """An average to one decimal, or a dash when there is none."""
    return "—" if x is None else f"{x:.1f}"
