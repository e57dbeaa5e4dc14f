"""The summary's document built piece by piece (short Qt calls, issue 14) is the very
document one ``setHtml`` of the whole HTML makes: the same HTML back out of Qt, block
formats, table frames, margins and colours included, at every piece size down to one
top-level element per piece."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument

from kapjournal import summary as S
from kapjournal.exporters import pdf
from kapjournal.exporters.html import CHART_URL, qt_html, qt_html_pieces
from kapjournal.sample.build import build_demo
from kapjournal.storage.journal import create_journal
from kapjournal.ui.common.chart_export import qt_chart_renderer
from tests.conftest import PASS

TODAY = date(2026, 3, 20)


@pytest.fixture(scope="module")
def summary(qapp, tmp_path_factory: pytest.TempPathFactory) -> S.Summary:  # type: ignore[no-untyped-def]
    journal, _ = create_journal(tmp_path_factory.mktemp("pieces") / "journal", PASS)
    try:
        build_demo(journal.db, days=500, today=TODAY)
        s = S.build_summary(journal.db, S.SummaryOptions(TODAY - timedelta(days=499), TODAY))
    finally:
        journal.close()
    return S.attach_chart(s, qt_chart_renderer())


def _whole(summary: S.Summary) -> QTextDocument:
    """The document as one ``setHtml`` makes it (how it was built before)."""
    doc = QTextDocument()
    doc.setDefaultFont(pdf.document_font())
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(pdf.QT_CSS)
    image = QImage.fromData(QByteArray(summary.chart_png or b""))
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    doc.setHtml(qt_html(summary, 640, pdf.text_width(doc.defaultFont())))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, summary.title)
    return doc


def test_the_pieces_are_the_whole_html(summary: S.Summary) -> None:
    measure = pdf.text_width(pdf.document_font())
    whole = qt_html(summary, 640, measure)
    for size in (1, 700, 4000):
        pieces = qt_html_pieces(summary, 640, measure, size)
        assert f"<html><body>{''.join(pieces)}</body></html>" == whole
        assert len(pieces) > 1
    assert len(qt_html_pieces(summary, 640, measure, 1)) > 200  # one top-level element each


def _blocks(doc: QTextDocument) -> list[tuple[int, int, str]]:
    """Every block's place, length and text: what ``toHtml`` leaves out (the empty
    block after a table is not in it)."""
    out = []
    block = doc.begin()
    while block.isValid():
        out.append((block.position(), block.length(), block.text()))
        block = block.next()
    return out


@pytest.mark.parametrize("size", [1, 700, pdf.PIECE_CHARS, 20000])
def test_built_in_pieces_is_the_same_document(summary: S.Summary, size: int) -> None:
    assert summary.chart_png and len(summary.courses) > 1 and summary.flags  # the parts that are hard to cut
    reference = _whole(summary)
    doc = pdf.build_document(summary, 640, piece_chars=size)
    assert _blocks(doc) == _blocks(reference)
    assert doc.toHtml() == reference.toHtml()
    assert not doc.isUndoRedoEnabled()  # nothing kept to undo


def test_a_course_title_heading_is_closed(summary: S.Summary) -> None:
    """Course titles in the overview are headings of their own, not the table below
    them (an unclosed ``<h3>`` made every cell of the first table a heading)."""
    doc = _whole(summary)
    block = doc.begin()
    in_tables = 0
    while block.isValid():
        if QTextCursor(block).currentTable() is not None and block.blockFormat().headingLevel():
            in_tables += 1
        block = block.next()
    assert in_tables == 0


def test_short_summary_pieces(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An empty summary is one piece and the same document too."""
    journal, _ = create_journal(tmp_path / "journal", PASS)
    try:
        s = S.build_summary(journal.db, S.SummaryOptions(TODAY - timedelta(days=30), TODAY))
    finally:
        journal.close()
    assert len(qt_html_pieces(s, 640, None, 1)) >= 1
    assert pdf.build_document(s, 640, piece_chars=1).toHtml() == _whole(s).toHtml()
