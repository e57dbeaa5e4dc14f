"""The summary's questionnaire heading names the questionnaires it holds (PHQ-9, GAD-7,
PCL-5, AUDIT-C), in every format with a heading (HTML, Markdown, PDF) and in the
summary's language."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kapjournal import exporters as X
from kapjournal import summary as S
from kapjournal.i18n import using_language
from kapjournal.measures.instruments import make_record
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from tests.domain.test_summary import at
from tests.exporters.test_exporters import _pdf_text

ANSWERS = {"phq9": [1] * 9, "gad7": [1] * 7, "pcl5": [1] * 20, "auditc": [1] * 3}


def _fill(db: Database, *instruments: str) -> S.Summary:
    for n, inst_id in enumerate(instruments):
        repo.insert(db, make_record(inst_id, ANSWERS[inst_id], at=at(10, 9) + timedelta(hours=n)))
    return S.build_summary(db, S.SummaryOptions(date(2026, 3, 1), date(2026, 3, 20)))


def _headings(summary: S.Summary) -> tuple[str, str]:
    html = X.render(summary, "html").decode()
    md = X.render(summary, "md").decode()
    return html, md


@pytest.mark.parametrize(
    ("instruments", "english", "german"),
    [
        (("phq9", "gad7"), "PHQ-9 and GAD-7", "PHQ-9 und GAD-7"),
        (("pcl5",), "PCL-5", "PCL-5"),
        # display order, whatever order they were filled in
        (("auditc", "gad7", "phq9", "pcl5"),
         "PHQ-9, GAD-7, PCL-5 and AUDIT-C", "PHQ-9, GAD-7, PCL-5 und AUDIT-C"),
    ],
)
def test_the_heading_names_what_is_there(
    db: Database, instruments: tuple[str, ...], english: str, german: str
) -> None:
    summary = _fill(db, *instruments)
    html, md = _headings(summary)
    assert f"<h2>{english}</h2>" in html and f"\n## {english}\n" in md
    with using_language("de"):
        html, md = _headings(S.build_summary(db, S.SummaryOptions(date(2026, 3, 1), date(2026, 3, 20))))
    assert f"<h2>{german}</h2>" in html and f"\n## {german}\n" in md


def test_the_pdf_heading_too(qapp, db: Database) -> None:  # type: ignore[no-untyped-def]
    text = _pdf_text(X.render(_fill(db, "phq9", "pcl5"), "pdf"))
    assert "PHQ-9 and PCL-5" in text and "PHQ-9 and GAD-7" not in text


def test_no_questionnaire_names_none() -> None:
    assert S.scores_heading(()) == "Questionnaires"
    with using_language("de"):
        assert S.scores_heading(()) == "Fragebögen"
