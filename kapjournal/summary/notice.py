"""The one-time notice that an exported file is not encrypted, and export file names."""

from __future__ import annotations

from datetime import date

from kapjournal import prefs
from kapjournal.storage.db import Database


def export_acknowledged(db: Database) -> bool:
    """Whether the patient has been told that an exported file is not encrypted."""
    return prefs.journal_value(db, prefs.SUMMARY_EXPORT_ACKNOWLEDGED)


def acknowledge_export(db: Database) -> None:
    prefs.set_journal_value(db, prefs.SUMMARY_EXPORT_ACKNOWLEDGED, True)


def default_filename(fmt: str, on: date) -> str:
    """``kapjournal-summary-2026-11-21.pdf``: never any patient text."""
    ext = {"pdf": "pdf", "html": "html", "md": "md", "csv": "csv", "fhir": "fhir.json"}[fmt]
    return f"kapjournal-summary-{on.isoformat()}.{ext}"
