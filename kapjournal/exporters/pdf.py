"""The summary as PDF with Qt's own engine (``QTextDocument`` + ``QPdfWriter``).

The document is the ``"qt"`` flavour of :mod:`kapjournal.exporters.html` (the same
document the in-app preview shows), laid out at the page's size and painted page by
page, each with a footer "Page n of m". Headings are never left alone at the foot of a
page (they move to the next one with what follows); table rows are never split and
table headers repeat on a new page (Qt's layout). Fonts: Noto Sans first, with Qt's
font fallback for other scripts and emoji; the PDF engine embeds the subsets used.

Needs a ``QGuiApplication`` (fonts). Safe to call off the GUI thread (no pixmaps).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from kapjournal.exporters.html import CHART_URL, INK, KEEP_ANCHOR, MUTED, QT_CSS, RULE, qt_html
from kapjournal.summary import Summary, t

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


def document_font(point_size: float = BODY_PT) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def build_document(summary: Summary, image_width: int) -> QTextDocument:
    """The summary as a ``QTextDocument`` (``image_width`` in 96-dpi pixels)."""
    doc = QTextDocument()
    doc.setDefaultFont(document_font())
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(QT_CSS)
    if summary.chart_png:
        image = QImage.fromData(QByteArray(summary.chart_png))
        if not image.isNull():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    doc.setHtml(qt_html(summary, image_width))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, summary.title)
    return doc


KEEP_LEVEL = 5  # answer labels (marked with KEEP_ANCHOR) keep like a level-5 heading


def _marked(block: QTextBlock) -> bool:
    it = block.begin()
    if it.atEnd():
        return False
    return KEEP_ANCHOR in it.fragment().charFormat().anchorNames()


def keep_headings_with_next(doc: QTextDocument, page_height: float) -> int:
    """Move a heading to the next page when too little room follows it. Returns how
    many moved. Call after ``setPageSize``."""
    layout = doc.documentLayout()
    moved = 0
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel() or (KEEP_LEVEL if _marked(block) else 0)
        if level and QTextCursor(block).currentTable() is None:
            rect = layout.blockBoundingRect(block)
            page = int(rect.top() // page_height)
            room = (page + 1) * page_height - rect.bottom()
            at_top = rect.top() - page * page_height < page_height * 0.02
            if not at_top and room < page_height * KEEP_AFTER.get(level, 0.05):
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                # Qt relays out lazily; mark the rest dirty so later positions are true.
                doc.markContentsDirty(block.position(), doc.characterCount() - block.position())
                moved += 1
        block = block.next()
    return moved


def render_pdf(summary: Summary, paper: str = "a4") -> bytes:
    """The PDF as bytes, made in memory (no file is touched)."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(f"{summary.title} — {summary.period}")
    writer.setCreator("KAP Journal")
    layout = QPageLayout(
        QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )
    writer.setPageLayout(layout)
    rect = layout.paintRectPixels(DPI)
    footer = FOOTER_MM / 25.4 * DPI
    width, body = float(rect.width()), float(rect.height()) - footer

    doc = build_document(summary, image_width=int(width * QT_DPI / DPI))
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(width, body))
    keep_headings_with_next(doc, body)
    doc.markContentsDirty(0, doc.characterCount())
    pages = doc.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise PdfError("The PDF could not be started.")
    try:
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, QColor(INK))
        foot_font = document_font(7.5)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body)
            ctx.clip = QRectF(0, page * body, width, body)
            doc.documentLayout().draw(painter, ctx)
            painter.restore()
            _footer(painter, foot_font, summary, page + 1, pages, width, body, footer)
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
        t("Page {n} of {m}").format(n=n, m=total),
    )
    painter.restore()
