"""The PDF's page layout: nothing of the document crosses into a page's footer band.

The PDF paints page ``n`` as the document's ``[n * body, (n + 1) * body)`` (clipped to
it) with the footer in the band below. So a laid-out element crosses the footer band
exactly when it crosses a page boundary of the document. The rule checked here, on the
``QTextDocument`` exactly as ``pdf.paginate`` lays it out:

* every **line** of every block lies on one page: text lines, and inline images such
  as the chart, which is one line (a paragraph may be split, but only between lines);
* every **table row** lies on one page (all the lines of all its cells), unless the
  row alone is taller than a page body, when only the line rule holds for it;
* nothing lies below the last page;
* a **heading** (and an answer's label) is on the same page as the first line after it;
* the chart is drawn **once** in the PDF.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QRectF
from PySide6.QtGui import QPdfWriter, QTextBlock, QTextDocument, QTextFrame, QTextTable

from kapjournal import summary as S
from kapjournal.exporters import pdf
from kapjournal.exporters.html import qt_html
from kapjournal.i18n import using_language
from kapjournal.sample.build import build_demo
from kapjournal.storage.journal import create_journal
from kapjournal.ui.common.chart_export import qt_chart_renderer
from tests.conftest import PASS

TODAY = date(2026, 3, 20)
EPS = 0.01  # device pixels at 300 dpi


def _summary(tmp: Path, days: int) -> S.Summary:
    journal, _ = create_journal(tmp / "journal", PASS)
    try:
        build_demo(journal.db, days=days, today=TODAY)
        opts = S.SummaryOptions(TODAY - timedelta(days=days - 1), TODAY)
        s = S.build_summary(journal.db, opts)
    finally:
        journal.close()
    return S.attach_chart(s, qt_chart_renderer())


@pytest.fixture(scope="module")
def short(qapp, tmp_path_factory: pytest.TempPathFactory) -> S.Summary:  # type: ignore[no-untyped-def]
    return _summary(tmp_path_factory.mktemp("short"), 92)


@pytest.fixture(scope="module")
def long(qapp, tmp_path_factory: pytest.TempPathFactory) -> S.Summary:  # type: ignore[no-untyped-def]
    return _summary(tmp_path_factory.mktemp("long"), 1500)


def _laid_out(summary: S.Summary) -> pdf.Pages:
    writer = QPdfWriter(QBuffer(QByteArray()))
    writer.setResolution(pdf.DPI)
    writer.setPageLayout(pdf.page_layout("a4"))
    return pdf.paginate(summary, writer)


# -- walking the layout -----------------------------------------------------------------------
def _lines(doc: QTextDocument, block: QTextBlock) -> list[QRectF]:
    layout = block.layout()
    bounds = doc.documentLayout().blockBoundingRect(block)
    shift = bounds.topLeft()  # the layout's position with its frames' offsets
    return [layout.lineAt(i).rect().translated(shift) for i in range(layout.lineCount())]


def _blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def _tables(frame: QTextFrame) -> Iterator[QTextTable]:
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from _tables(child)


def _row_lines(doc: QTextDocument, table: QTextTable, row: int) -> list[QRectF]:
    rects: list[QRectF] = []
    for col in range(table.columns()):
        cell = table.cellAt(row, col)
        block = doc.findBlock(cell.firstPosition())
        while block.isValid() and block.position() <= cell.lastPosition():
            rects.extend(_lines(doc, block))
            block = block.next()
    return rects


def _page(y: float, body: float) -> int:
    return int(y // body)


def _on_one_page(top: float, bottom: float, body: float) -> bool:
    return _page(top + EPS, body) == _page(bottom - EPS, body)


def crossings(pages: pdf.Pages) -> list[str]:
    """Every element that breaks the rule above, described."""
    doc, body = pages.doc, pages.body
    found: list[str] = []
    end = pages.count * body
    for block in _blocks(doc):
        for line in _lines(doc, block):
            if not _on_one_page(line.top(), line.bottom(), body) or line.bottom() > end + EPS:
                where = f"{line.top():.2f}..{line.bottom():.2f}"
                found.append(f"line of {block.text()[:40]!r} at {where} crosses a page foot")
    for table in _tables(doc.rootFrame()):
        for row in range(table.rows()):
            rects = _row_lines(doc, table, row)
            if not rects:
                continue
            top, bottom = min(r.top() for r in rects), max(r.bottom() for r in rects)
            if bottom - top <= body and not _on_one_page(top, bottom, body):
                found.append(f"table row at {top:.2f}..{bottom:.2f} split across pages")
    blocks = list(_blocks(doc))
    for i, block in enumerate(blocks):
        if not pdf._keep_level(block):
            continue
        heading = _lines(doc, block)
        after = next((r for b in blocks[i + 1 :] for r in _lines(doc, b)), None)
        if heading and after is not None and _page(heading[0].top(), body) != _page(after.top() + EPS, body):
            found.append(f"heading {block.text()[:40]!r} left alone at a page foot")
    return found


def _chart_line(pages: pdf.Pages) -> QRectF:
    for block in _blocks(pages.doc):
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                return _lines(pages.doc, block)[0]
            it += 1
    raise AssertionError("the chart is not in the document")


# -- the tests ----------------------------------------------------------------------------------
def test_short_summary_keeps_out_of_the_footer(short: S.Summary) -> None:
    assert short.chart_png
    assert crossings(_laid_out(short)) == []


def test_long_summary_keeps_out_of_the_footer(long: S.Summary) -> None:
    assert long.chart_png and long.mood is not None and long.mood.granularity == "month"
    pages = _laid_out(long)
    assert pages.count > 5
    assert crossings(pages) == []


def test_chart_at_every_place_on_a_page_stays_whole(short: S.Summary) -> None:
    """Push the mood section down a question at a time, so the chart meets the foot of
    the page at every offset (the tester's PDF had it over page 1's footer)."""
    question = short.questions[0]
    tops = set()
    for n in range(0, 30):
        pages = _laid_out(dataclasses.replace(short, questions=(question,) * n))
        assert crossings(pages) == [], n
        chart = _chart_line(pages)
        tops.add(round(chart.top() % pages.body))
    assert len(tops) > 5  # the chart really moved about the page


def test_the_chart_is_drawn_once(short: S.Summary, tmp_path: Path) -> None:
    if shutil.which("pdfimages") is None:
        pytest.skip("pdfimages (poppler-utils) is not installed")
    question = short.questions[0]
    for n in (20, 22):  # the chart moved to the next page by Qt
        target = tmp_path / f"s{n}.pdf"
        target.write_bytes(pdf.render_pdf(dataclasses.replace(short, questions=(question,) * n)))
        listing = subprocess.run(
            ["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True
        ).stdout
        charts = [
            line for line in listing.splitlines()[2:] if " image " in line and int(line.split()[3]) > 200
        ]
        assert len(charts) == 1, listing


# -- the header's labels ------------------------------------------------------------------------
def _one_course(tmp: Path, language: str) -> S.Summary:
    """The demo journal's first course (three sessions) in ``language``: its header has
    every label a one-course summary has (the patient's name, period, course, created)."""
    journal, _ = create_journal(tmp / "journal", PASS)
    try:
        build_demo(journal.db, days=30, today=TODAY)
        with using_language(language):
            opts = S.SummaryOptions(TODAY - timedelta(days=29), TODAY)
            return S.build_summary(journal.db, opts)
    finally:
        journal.close()


def _breaks_in_a_word(doc: QTextDocument, table: QTextTable, col: int) -> list[str]:
    """Every place a line of a cell in column ``col`` of ``table`` ends inside a word
    (not after a space): "Behandlungsrei|he", "Patientin/|Patient"."""
    found = []
    for row in range(table.rows()):
        cell = table.cellAt(row, col)
        block = doc.findBlock(cell.firstPosition())
        while block.isValid() and block.position() <= cell.lastPosition():
            text, layout = block.text(), block.layout()
            for i in range(layout.lineCount() - 1):
                line = layout.lineAt(i)
                end = line.textStart() + line.textLength()
                if not text[:end].endswith((" ", "\u00a0")):
                    found.append(f"{text[:end]}|{text[end:]}")
            block = block.next()
    return found


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_header_label_breaks_inside_a_word(qapp, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    summary = _one_course(tmp_path, language)
    assert len(summary.courses) == 1
    with using_language(language):
        pages = _laid_out(summary)
    header = next(_tables(pages.doc.rootFrame()))
    labels = [header.cellAt(row, 0).firstCursorPosition().block().text() for row in range(header.rows())]
    assert labels[:2] == {"en": ["Patient", "Period"], "de": ["Patientin/Patient", "Zeitraum"]}[language]
    assert ("Behandlungsreihe" in labels) == (language == "de")
    assert _breaks_in_a_word(pages.doc, header, 0) == []


def test_english_header_keeps_its_label_column(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """English labels fit the fixed 110 px column: the English document is as it was."""
    summary = _one_course(tmp_path, "en")
    measure = pdf.text_width(pdf.document_font())
    with using_language("en"):
        measured = qt_html(summary, 640, measure)
        assert measured == qt_html(summary, 640)
    assert measured.count(' width="110">') == 4
    with using_language("de"):
        german = qt_html(summary, 640, measure)
    assert ' width="110">' not in german  # "Behandlungsreihe" needs more
