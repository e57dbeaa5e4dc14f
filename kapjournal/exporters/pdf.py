"""The summary as PDF with Qt's own engine (``QTextDocument`` + ``QPdfWriter``).

The document is the ``"qt"`` flavour of :mod:`kapjournal.exporters.html` (the same
document the in-app preview shows), laid out at the page body's size (:func:`paginate`)
and painted page by page, each page clipped to its body, with a footer "Page n of m" in
the band below it that nothing else is drawn into. The layout rule, checked by
``tests/exporters/test_pdf_layout.py``: every line (a text line, or an image such as
the chart, which is one line) lies on one page, so paragraphs split only between lines;
table rows are never split (Qt's layout splits a row between its lines, so
:func:`keep_together` moves such a row to the next page whole; a row taller than a page
is the one exception) and table headers repeat on a new page (Qt's layout); headings
are never left alone at the foot of a page (they move to the next one, with the
headings directly above them). Fonts: Noto Sans first, with Qt's font fallback for
other scripts and emoji; the PDF engine embeds the subsets used.

Needs a ``QGuiApplication`` (fonts). Safe to call off the GUI thread (no pixmaps).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

from kapjournal.exporters.html import CHART_URL, INK, KEEP_ANCHOR, MUTED, QT_CSS, RULE, qt_html_pieces
from kapjournal.exporters.png import png_image
from kapjournal.i18n import arg, tr
from kapjournal.summary import Summary

logger = logging.getLogger(__name__)

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
DPI = 300
QT_DPI = 96  # Qt's rich text scales px lengths and image sizes from 96 dpi to the device
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Sans Serif"]
BODY_PT = 10
MARGINS_MM = QMarginsF(20, 18, 20, 12)
FOOTER_MM = 10.0
#: Space that must follow a heading on its page, as a share of the page height.
KEEP_AFTER = {1: 0.2, 2: 0.16, 3: 0.14, 4: 0.1, 5: 0.05, 6: 0.05}


class PdfError(RuntimeError):
    """The PDF could not be laid out (message safe to show)."""


class Cancelled(Exception):
    """The person stopped the export (``progress`` returned False)."""


#: ``progress(done, total)`` while the PDF is made, from the thread making it; return
#: False to stop (:class:`Cancelled` is raised, nothing is written).
Progress = Callable[[int, int], bool]
PROGRESS_TOTAL = 100
LAYOUT_SHARE = 50  # of PROGRESS_TOTAL: building and laying out; the rest: drawing pages


def _report(progress: Progress | None, done: float) -> None:
    if progress is not None and not progress(min(PROGRESS_TOTAL, int(done)), PROGRESS_TOTAL):
        raise Cancelled


def document_font(point_size: float = BODY_PT) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def text_width(font: QFont) -> Callable[[str], float]:
    """A one-line text's width in ``font``, in the 96-dpi px of Qt's rich-text lengths
    (the same on a screen and on the 300-dpi PDF writer)."""
    metrics = QFontMetricsF(font)
    scale = QT_DPI / metrics.fontDpi()
    return lambda text: metrics.horizontalAdvance(text) * scale


PIECE_CHARS = 2000  # HTML per short Qt call while a document is built


def _blank_document() -> QTextDocument:
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(document_font())
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(QT_CSS)
    return doc


def build_document(summary: Summary, image_width: int, piece_chars: int = PIECE_CHARS) -> QTextDocument:
    """The summary as a ``QTextDocument`` (``image_width`` in 96-dpi pixels).

    Built piece by piece, never with one ``setHtml`` of the whole: PySide6 keeps the
    GIL through a Qt call, so on a worker one long call holds up the GUI thread for as
    long (ten years: 0.1-1 s). Each piece of :func:`qt_html_pieces` (whole top-level
    elements) is parsed into a document of its own and appended; the document is the
    one ``setHtml`` of :func:`qt_html` makes (``tests/exporters/test_pdf_pieces.py``
    compares their HTML). Appending a fragment merges its first block into the block
    at the cursor, so that block first takes the piece's first block's formats (a new
    block, unless it is the empty one Qt keeps after a table or at the start); a piece
    that opens with a table brings its own empty block before it."""
    doc = _blank_document()
    chart = None
    if summary.chart_png:
        chart = png_image(summary.chart_png)
        if not chart.isNull():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), chart)
    cursor = QTextCursor(doc)
    pieces = qt_html_pieces(summary, image_width, text_width(doc.defaultFont()), piece_chars)
    for i, piece in enumerate(pieces):
        part = _blank_document()
        part.setHtml(f"<html><body>{piece}</body></html>")
        first = part.begin()
        if i and first.length() == 1:
            pass  # it opens with a table: its empty block before it merges
        elif i:
            cursor.insertBlock(first.blockFormat(), first.charFormat())
        else:
            cursor.setBlockFormat(first.blockFormat())
            cursor.setBlockCharFormat(first.charFormat())
        cursor.insertFragment(QTextDocumentFragment(part))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, summary.title)
    return doc


KEEP_LEVEL = 5  # answer labels (marked with KEEP_ANCHOR) keep like a level-5 heading


def _marked(block: QTextBlock) -> bool:
    it = block.begin()
    if it.atEnd():
        return False
    return KEEP_ANCHOR in it.fragment().charFormat().anchorNames()


def _keep_level(block: QTextBlock) -> int:
    """The heading level a block keeps with what follows like (0: it does not)."""
    if QTextCursor(block).currentTable() is not None:
        return 0
    return block.blockFormat().headingLevel() or (KEEP_LEVEL if _marked(block) else 0)


def line_rects(doc: QTextDocument, block: QTextBlock) -> list[QRectF]:
    """The block's laid-out lines in document coordinates (a table cell's too: Qt's
    ``blockBoundingRect`` already carries the frame offsets)."""
    layout = block.layout()
    bounds = doc.documentLayout().blockBoundingRect(block)
    offset = bounds.topLeft()  # the layout's position, lines are relative to it
    rects = []
    for i in range(layout.lineCount()):
        rects.append(layout.lineAt(i).rect().translated(offset))
    return rects


def _first_line(doc: QTextDocument, block: QTextBlock) -> QRectF | None:
    rects = line_rects(doc, block)
    return rects[0] if rects else None


def _page_of(y: float, page_height: float) -> int:
    return int(y // page_height)


def _needs_move(doc: QTextDocument, block: QTextBlock, level: int, page_height: float) -> bool:
    """A heading is alone at the foot of its page: too little room follows it, or what
    follows it (a chart, a table's first row) starts on the next page."""
    line = _first_line(doc, block)
    if line is None:
        return False
    page = _page_of(line.top(), page_height)
    if line.top() - page * page_height < page_height * 0.02:
        return False  # at the top of a page already
    rect = doc.documentLayout().blockBoundingRect(block)
    room = (page + 1) * page_height - rect.bottom()
    if room < page_height * KEEP_AFTER.get(level, 0.05):
        return True
    following = block.next()
    while following.isValid():
        nxt = _first_line(doc, following)
        if nxt is not None:
            return _page_of(nxt.top(), page_height) != page
        following = following.next()
    return False


def _run_start(doc: QTextDocument, block: QTextBlock, page_height: float) -> QTextBlock:
    """The first of the headings directly above ``block`` on its page (a section title
    moves with the session title under it)."""
    line = _first_line(doc, block)
    page = _page_of(line.top(), page_height) if line is not None else 0
    start = block
    prev = block.previous()
    while prev.isValid() and _keep_level(prev):
        above = _first_line(doc, prev)
        if above is None or _page_of(above.top(), page_height) != page:
            break
        if above.top() - page * page_height < page_height * 0.02:
            break  # the run already starts its page
        start = prev
        prev = prev.previous()
    return start


def _break_before(doc: QTextDocument, block: QTextBlock) -> None:
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor = QTextCursor(block)
    # One relayout, not two: inside the edit block the format change only records its
    # range, and marking the rest dirty lays out once from the block to the end (Qt
    # relays out lazily; the rest must be marked so later positions are true).
    cursor.beginEditBlock()
    cursor.setBlockFormat(fmt)
    doc.markContentsDirty(block.position(), doc.characterCount() - block.position())
    cursor.endEditBlock()


def _cell_blocks(doc: QTextDocument, cell: QTextTableCell) -> list[QTextBlock]:
    blocks = []
    block = doc.findBlock(cell.firstPosition())
    while block.isValid() and block.position() <= cell.lastPosition():
        blocks.append(block)
        block = block.next()
    return blocks


def _row_at(block: QTextBlock) -> tuple[QTextTable, int] | None:
    """The table and row when ``block`` opens a row (first block of its first cell)."""
    cursor = QTextCursor(block)
    table = cursor.currentTable()
    if table is None:
        return None
    cell = table.cellAt(cursor)
    if cell.column() != 0 or block.position() != cell.firstPosition():
        return None
    return table, cell.row()


def _row_lines(doc: QTextDocument, table: QTextTable, row: int) -> list[QRectF]:
    cells = [table.cellAt(row, col) for col in range(table.columns())]
    return [
        r
        for c in cells
        if c.isValid() and c.row() == row
        for b in _cell_blocks(doc, c)
        for r in line_rects(doc, b)
    ]


def _row_is_split(doc: QTextDocument, table: QTextTable, row: int, page_height: float) -> bool:
    """Qt split the row between its lines (a row taller than a page, or one at the top
    of a page already, is left as it is)."""
    lines = _row_lines(doc, table, row)
    if not lines:
        return False
    top, bottom = min(r.top() for r in lines), max(r.bottom() for r in lines)
    page = _page_of(top, page_height)
    if top - page * page_height < page_height * 0.02 or bottom - top > page_height:
        return False
    return _page_of(bottom - 0.01, page_height) != page


def _move_table(doc: QTextDocument, table: QTextTable, page_height: float) -> None:
    """The whole table to the next page, with the heading run directly above it."""
    above = doc.findBlock(table.firstPosition() - 1)
    if above.isValid() and _keep_level(above):
        start = _run_start(doc, above, page_height)
        line = _first_line(doc, start)
        if (
            line is not None
            and line.top() - _page_of(line.top(), page_height) * page_height >= page_height * 0.02
        ):
            _break_before(doc, start)
            return
    fmt = table.format()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(fmt)
    doc.markContentsDirty(table.firstPosition(), doc.characterCount() - table.firstPosition())


def _move_row(doc: QTextDocument, table: QTextTable, row: int) -> None:
    """Row ``row`` and the rows after it to the next page: they become a table of their
    own after ``table``, breaking before it and opening with a copy of the header rows.
    (A page break inside a cell would break again below Qt's repeated header and leave a
    page with a header only; margins and paddings in a cell do not move a row.)"""
    header = table.format().headerRowCount()
    keep = [*range(header), *range(row, table.rows())]
    cursor = QTextCursor(doc)
    cursor.setPosition(table.lastPosition() + 1)  # the block after the table
    fmt = table.format()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    fresh = cursor.insertTable(len(keep), table.columns(), fmt)
    for new_row, old_row in enumerate(keep):
        for col in range(table.columns()):
            old, new = table.cellAt(old_row, col), fresh.cellAt(new_row, col)
            new.setFormat(old.format())
            pick = old.firstCursorPosition()
            pick.setPosition(old.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
            new.firstCursorPosition().insertFragment(pick.selection())
    table.removeRows(row, table.rows() - row)


def keep_together(doc: QTextDocument, page_height: float, progress: Progress | None = None) -> int:
    """Headings with what follows them and table rows whole, in reading order: each
    move only pushes what comes after it, so what is checked stays true. A heading too
    close to the foot of its page moves to the next one (with the headings directly
    above it); a row Qt split between its lines moves to the next page whole; when it
    is the table's first row (after its header), the whole table moves, with the
    heading above it. Call after ``setPageSize``. Returns how many moved."""
    moved = 0
    block = doc.begin()
    size = max(1, doc.characterCount())
    seen = 0
    while block.isValid():
        seen += 1
        if seen % 200 == 0:
            _report(progress, 5 + (LAYOUT_SHARE - 5) * block.position() / size)
        level = _keep_level(block)
        if level and _needs_move(doc, block, level, page_height):
            _break_before(doc, _run_start(doc, block, page_height))
            moved += 1
        elif (at := _row_at(block)) is not None and _row_is_split(doc, *at, page_height):
            table, row = at
            if row <= table.format().headerRowCount():
                _move_table(doc, table, page_height)
            else:
                _move_row(doc, table, row)
                moved += 1
                block = doc.findBlock(table.lastPosition() + 1)  # the rows moved on
                continue
            moved += 1
        block = block.next()
    return moved


@dataclass(frozen=True)
class Pages:
    """The summary laid out for the PDF: the document at the body's size, and where
    each page's parts lie in device pixels. Page ``n`` (from 0) shows the document's
    ``[n * body, (n + 1) * body)``; the footer band below it is reserved for the footer
    (nothing of the document is drawn there)."""

    doc: QTextDocument
    width: float
    body: float
    footer: float
    count: int


def page_layout(paper: str) -> QPageLayout:
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}")
    return QPageLayout(
        QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def paginate(
    summary: Summary, device: QPagedPaintDevice, paper: str = "a4", progress: Progress | None = None
) -> Pages:
    """Lay the summary out into pages for ``device`` (a ``QPdfWriter`` at :data:`DPI`).
    The body height is whole device pixels: Qt's layout works in 1/64 px, and a
    fractional page height let a line it had moved to the next page start a hair above
    it (drawn into the footer band of the page before)."""
    layout = page_layout(paper)
    rect = layout.paintRectPixels(DPI)
    width = float(rect.width())
    body = float(math.floor(rect.height() - FOOTER_MM / 25.4 * DPI))
    doc = build_document(summary, image_width=int(width * QT_DPI / DPI))
    _report(progress, 3)
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(QSizeF(width, body))
    _report(progress, 5)
    keep_together(doc, body, progress)
    relayout(doc, QSizeF(width, body))
    return Pages(doc, width, body, float(rect.height()) - body, doc.pageCount())


def relayout(doc: QTextDocument, page: QSizeF) -> None:
    """Lay ``doc`` out afresh at ``page`` size, a block at a time. Setting the page
    size starts Qt's lazy layout over from the top; asking each block's place lays out
    only up to it, so no single Qt call lays out the whole document (PySide6 keeps the
    GIL through a Qt call: on a worker, one whole layout holds up the GUI thread)."""
    doc.setPageSize(page)
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        layout.blockBoundingRect(block)
        block = block.next()


def render_pdf(summary: Summary, paper: str = "a4", progress: Progress | None = None) -> bytes:
    """The PDF as bytes, made in memory (no file is touched); ``progress`` hears how far
    it is and may stop it (:class:`Cancelled`)."""
    layout = page_layout(paper)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(f"{summary.title} — {summary.period}")
    writer.setCreator("KAP Journal")
    writer.setPageLayout(layout)
    pages = paginate(summary, writer, paper, progress)
    _report(progress, LAYOUT_SHARE)

    painter = QPainter()
    if not painter.begin(writer):
        raise PdfError("The PDF could not be started.")
    try:
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, QColor(INK))
        foot_font = document_font(7.5)
        body = pages.body
        for page in range(pages.count):
            _report(progress, LAYOUT_SHARE + (PROGRESS_TOTAL - LAYOUT_SHARE) * page / pages.count)
            if page:
                writer.newPage()
            painter.save()
            # Only this page's body: a block Qt laid out across the boundary would
            # otherwise be drawn whole here, over the footer, and again on the next page.
            painter.setClipRect(QRectF(0, 0, pages.width, body))
            painter.translate(0, -page * body)
            ctx.clip = QRectF(0, page * body, pages.width, body)
            pages.doc.documentLayout().draw(painter, ctx)
            painter.restore()
            _footer(painter, foot_font, summary, page + 1, pages.count, pages.width, body, pages.footer)
        _report(progress, PROGRESS_TOTAL)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _footer(
    painter: QPainter,
    font: QFont,
    summary: Summary,
    n: int,
    total: int,
    width: float,
    top: float,
    height: float,
) -> None:
    painter.save()
    pen = QPen(QColor(RULE))
    pen.setWidthF(DPI / 150)
    painter.setPen(pen)
    line_y = top + height * 0.35
    painter.drawLine(0, int(line_y), int(width), int(line_y))
    painter.setPen(QColor(MUTED))
    painter.setFont(font)
    box = QRectF(0, line_y + height * 0.08, width, height * 0.55)
    left = f"{summary.title} · {summary.period}"
    if summary.patient_name:
        left = f"{summary.patient_name} · {left}"
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
    painter.drawText(
        box,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        arg(tr("Page %1 of %2"), n, total),
    )
    painter.restore()
