"""Words of the summary: labels, fixed sentences and the date formats. Every fixed
string is marked for the catalogue (``QT_TR_NOOP``) and translated where it is shown,
so :func:`kapjournal.i18n.using_language` writes the whole document in one language."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from kapjournal.i18n import QT_TR_NOOP, arg, language, tr

ENTRY_KIND_LABELS = {
    "intention": QT_TR_NOOP("Intention"),
    "capture": QT_TR_NOOP("The evening after"),
    "integration": QT_TR_NOOP("Integration reflection"),
    "thought_record": QT_TR_NOOP("Thought record"),
    "mbct": QT_TR_NOOP("Mindfulness practice"),
    "note": QT_TR_NOOP("Note"),
    "question": QT_TR_NOOP("Question"),
}
SESSION_KIND_LABELS = {
    "ketamine": QT_TR_NOOP("Ketamine session"),
    "therapy": QT_TR_NOOP("Therapy session"),
    "integration": QT_TR_NOOP("Integration session"),
    "rtms": QT_TR_NOOP("rTMS session"),
    "neurofeedback": QT_TR_NOOP("Neurofeedback session"),
    "hypnotherapy": QT_TR_NOOP("Hypnotherapy session"),
    "body": QT_TR_NOOP("Bodywork session"),
    "other": QT_TR_NOOP("Session"),
}
SESSION_STATUS_LABELS = {
    "planned": QT_TR_NOOP("planned"),
    "done": QT_TR_NOOP("took place"),
    "cancelled": QT_TR_NOOP("cancelled"),
    "moved": QT_TR_NOOP("moved"),
}
COMMITMENT_STATUS_LABELS = {
    "open": QT_TR_NOOP("still open"),
    "done": QT_TR_NOOP("done"),
    "not_done": QT_TR_NOOP("not done"),
    "changed": QT_TR_NOOP("changed"),
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
REFLECTION_KINDS = ("capture", "integration", "thought_record", "mbct", "note")

#: Fixed sentences shared by every renderer (shown with :func:`kapjournal.i18n.translated`).
INTRO_NOTE = QT_TR_NOOP(
    "Written and chosen by the patient in KAP Journal. Questionnaire scores are self-reported "
    "snapshots to discuss together, not a diagnosis."
)
# On the first page of a protected PDF that carries the FHIR Bundle and the CSV.
ATTACHMENTS_NOTE = QT_TR_NOOP(
    "This PDF also holds the same data as FHIR JSON and CSV files: open your PDF reader's "
    "attachments panel to find them."
)
SAFETY_NOTE = QT_TR_NOOP(
    "Shown first so they are not missed. KAP Journal alerts nobody; each note says what its "
    "safety page showed the patient at the time."
)
SCORES_NOTE = QT_TR_NOOP(
    "PHQ-9: 0–27 (depression). GAD-7: 0–21 (anxiety). Change is against the first score of "
    "the same questionnaire in this period. Item 9 of the PHQ-9 asks about thoughts of being "
    "better off dead or of self-harm (0 = not at all, 3 = nearly every day)."
)
FOOTER_NOTE = QT_TR_NOOP(
    "Made with KAP Journal on the patient's own computer. This file is not encrypted. It "
    "contains only what the patient chose to share."
)
EMPTY_TITLE = QT_TR_NOOP("Nothing shared for this period")
EMPTY_TEXT = QT_TR_NOOP(
    "No entries, check-ins or questionnaires were shared for these dates. Entries appear here "
    "when they are marked “Share with my therapist”."
)


def _locale() -> QLocale:
    return QLocale(language())


def fmt_list(names: Sequence[str]) -> str:
    """``PHQ-9, GAD-7 and PCL-5`` (German ``… und …``): the summary's language's way of
    listing names (British English, as the summary's dates)."""
    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return (british if language() == "en" else _locale()).createSeparatedList(list(names))


def fmt_date(d: date) -> str:
    """``3 Nov 2026`` in English (fixed month names, whatever Qt's English data say),
    ``3. Nov. 2026`` in German: the summary's language, not the machine's."""
    if language() == "en":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return _locale().toString(QDate(d.year, d.month, d.day), tr("d MMM yyyy", "date format (Qt QLocale)"))


def fmt_day(d: date) -> str:
    """``Tue 3 Nov 2026``."""
    if language() == "en":
        return f"{WEEKDAYS[d.weekday()]} {fmt_date(d)}"
    return _locale().toString(
        QDate(d.year, d.month, d.day), tr("ddd d MMM yyyy", "date with weekday format (Qt QLocale)")
    )


def fmt_month(d: date) -> str:
    """``Nov 2026``: a month of the mood overview."""
    if language() == "en":
        return f"{MONTHS[d.month - 1]} {d.year}"
    return _locale().toString(QDate(d.year, d.month, 1), tr("MMM yyyy", "month format (Qt QLocale)"))


def fmt_datetime(at: datetime) -> str:
    """``3 Nov 2026, 09:30`` in the moment's own offset (a 24-hour clock in English
    too: the summary's English is fixed, and a clinic reads it that way)."""
    return arg(tr("%1, %2", "date, time"), fmt_date(at.date()), f"{at:%H:%M}")


def signed_change(n: int | None) -> str:
    """A change of score as ``+3``, ``−2`` or ``0``; "first" when there is none yet."""
    if n is None:
        return tr("first")
    if n == 0:
        return "0"
    return f"+{n}" if n > 0 else f"\u2212{-n}"


def average_text(x: float | None) -> str:
    """An average to one decimal, or a dash when there is none."""
    if x is None:
        return "—"
    return f"{x:.1f}" if language() == "en" else _locale().toString(x, "f", 1)
