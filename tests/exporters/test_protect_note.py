"""The protected PDF's first page tells the therapist that the FHIR Bundle and the CSV
are inside it, and where a PDF reader shows them; a plain PDF does not say so."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from kapjournal import exporters as X
from kapjournal.exporters import protect as P
from kapjournal.i18n import using_language
from kapjournal.storage.db import Database
from tests.domain.test_summary import build_fixed_journal, fixed_summary

PASSWORD = "lantern orchard velvet quietly"
ENGLISH = "This PDF also holds the same data as FHIR JSON and CSV files"
GERMAN = "Dieses PDF enthält dieselben Daten auch als FHIR-JSON- und als CSV-Datei"


def _page_text(path: Path, page: int, *extra: str) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), *extra, str(path), "-"],
                          capture_output=True, text=True, check=True)
    # the line may wrap anywhere; "fi" may come out as its ligature
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())


@pytest.mark.parametrize(("language", "note", "other"), [("en", ENGLISH, GERMAN), ("de", GERMAN, ENGLISH)])
def test_the_first_page_says_the_data_files_are_inside(  # type: ignore[no-untyped-def]
    qapp, db: Database, tmp_path: Path, language: str, note: str, other: str
) -> None:
    build_fixed_journal(db)
    with using_language(language):
        summary = fixed_summary(db)
        protected = tmp_path / "protected.pdf"
        P.export_protected(summary, PASSWORD, protected)
        plain = tmp_path / "plain.pdf"
        X.export(summary, "pdf", plain)
    first = _page_text(protected, 1, "-upw", PASSWORD)
    assert note in first and other not in first
    assert note not in _page_text(protected, 2, "-upw", PASSWORD)  # said once
    assert note not in _page_text(plain, 1)
    assert not summary.carries_data_files  # the summary itself is left as it was
