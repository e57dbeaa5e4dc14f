"""How a row of the journal timeline is painted: date and kind, what the entry is
about, and the search snippet with its matches highlighted.

Patient text is never interpreted as HTML: search snippets are split at the
``\\x02``/``\\x03`` markers and drawn as plain text runs.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kapjournal.storage.models import Entry
from kapjournal.ui.common.widgets import theme_colour

#: Hebrew, Arabic and the other right-to-left scripts (a snippet with them is laid
#: out as a paragraph).
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
EntryRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2
HeadingRole = Qt.ItemDataRole.UserRole + 3
SummaryRole = Qt.ItemDataRole.UserRole + 4


def snippet_runs(snippet: str) -> list[tuple[str, bool]]:
    """Split an FTS snippet into ``(text, highlighted)`` runs at \\x02/\\x03."""
    runs: list[tuple[str, bool]] = []
    on = False
    buf = ""
    for ch in snippet:
        if ch in "\x02\x03":
            if buf:
                runs.append((buf, on))
            buf = ""
            on = ch == "\x02"
        elif ch == "\n" or ch == "\r":
            buf += " "
        elif ord(ch) >= 32 or ch == "\t":
            buf += ch
    if buf:
        runs.append((buf, on))
    return runs


def plain_snippet(snippet: str) -> str:
    return "".join(text for text, _ in snippet_runs(snippet))


class EntryDelegate(QStyledItemDelegate):
    """Three lines per entry: date and kind (muted), what it is about, and the search
    snippet with matches highlighted (or the start of the text)."""

    PAD = 10
    MIN_WIDTH = 120

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # The row takes the list's width; asking for more than a narrow list has (it may
        # be 180 px) would scroll it sideways and cut every row's end off.
        line = option.fontMetrics.lineSpacing()
        return QSize(self.MIN_WIDTH, 3 * line + 2 * self.PAD + 6)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(2, 2, -2, -2)
        text_colour, muted = self._paint_background(painter, option, QRectF(rect), selected)
        fm = option.fontMetrics
        line = fm.lineSpacing()
        x = rect.x() + self.PAD
        width = rect.width() - 2 * self.PAD
        y = rect.y() + self.PAD
        small = painter.font()
        small.setPointSizeF(max(8.0, small.pointSizeF() - 1.5))
        painter.setFont(small)
        painter.setPen(muted)
        self._draw_line(painter, x, y, width, line, str(index.data(HeadingRole) or ""))
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(text_colour)
        summary = str(index.data(SummaryRole) or "")
        snippet = str(index.data(SnippetRole) or "")
        plain = plain_snippet(snippet).strip(" …")
        same = bool(snippet) and (summary.rstrip("…")[:40] in plain or plain[:40] in summary)
        if same:
            # The match is in the line that names the entry: show it once, highlighted.
            self._paint_snippet(
                painter,
                option,
                snippet,
                QRectF(x, y + line + 2, width, line + 2),
                text_colour,
                selected,
                bold,
            )
            snippet = ""
        else:
            self._draw_line(painter, x, y + line + 2, width, line, summary)
        if snippet:
            self._paint_snippet(
                painter,
                option,
                snippet,
                QRectF(x, y + 2 * line + 4, width, line + 2),
                text_colour,
                selected,
                QFont(option.font),
            )
        else:
            entry = index.data(EntryRole)
            tags = "  ".join("#" + t for t in entry.tags) if isinstance(entry, Entry) else ""
            if tags:
                painter.setFont(small)
                painter.setPen(muted)
                self._draw_line(painter, x, y + 2 * line + 4, width, line, tags)
        painter.restore()

    @staticmethod
    def _draw_line(painter: QPainter, x: int, y: int, width: int, height: int, text: str) -> None:
        """One line of ``text`` in the painter's font and pen, cut with … to ``width``."""
        painter.drawText(
            x,
            y,
            width,
            height,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width),
        )

    @staticmethod
    def _paint_background(
        painter: QPainter, option: QStyleOptionViewItem, rect: QRectF, selected: bool
    ) -> tuple[QColor, QColor]:
        """The row's rounded highlight (selected, hovered) and focus ring; returns the
        colours of its text and of its muted text."""
        pal = option.palette
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect, 8, 8)
            text_colour = pal.color(QPalette.ColorRole.HighlightedText)
            muted = text_colour
        else:
            text_colour = pal.color(QPalette.ColorRole.Text)
            muted = theme_colour("muted", pal.color(QPalette.ColorRole.PlaceholderText))
            if option.state & QStyle.StateFlag.State_MouseOver:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
                painter.drawRoundedRect(rect, 8, 8)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(pal.color(QPalette.ColorRole.Highlight) if not selected else text_colour)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        return text_colour, muted

    def _paint_snippet(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        snippet: str,
        box: QRectF,
        colour: QColor,
        selected: bool,
        font: QFont,
    ) -> None:
        """One line of the snippet, its matches bold on the warm mark (underlined when
        the row is selected), drawn run by run as plain text (never parsed as HTML)
        and cut at the row's edge with an ellipsis: about ten times cheaper than a text
        document per row, which a repaint after every keystroke can tell."""
        if _RTL.search(snippet):
            self._paint_mixed_direction(painter, snippet, box, colour, selected, font)
            return
        bold = QFont(font)
        bold.setWeight(QFont.Weight.Bold)
        bold.setUnderline(selected)
        mark_bg = theme_colour("warn_bg", QColor("#fbefd9"))
        mark_fg = theme_colour("warn_text", QColor("#6b4a12"))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
        painter.save()
        painter.setClipRect(box)
        x, right = box.x(), box.right()
        for text, on in snippet_runs(snippet):
            painter.setFont(bold if on else font)
            metrics = painter.fontMetrics()
            width = float(metrics.horizontalAdvance(text))
            if x + width > right:  # the last run that fits in part: cut it with "…"
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(right - x))
                width = float(metrics.horizontalAdvance(text))
            cell = QRectF(x, box.y(), width, box.height())
            if on and not selected:
                painter.fillRect(cell, mark_bg)
            painter.setPen(mark_fg if on and not selected else colour)
            painter.drawText(cell, flags, text)
            x += width
            if x >= right or not text:
                break
        painter.restore()

    @staticmethod
    def _paint_mixed_direction(
        painter: QPainter,
        snippet: str,
        box: QRectF,
        colour: QColor,
        selected: bool,
        font: QFont,
    ) -> None:
        """A snippet with right-to-left text: laid out as one paragraph, so its runs
        keep their reading order. Wider than the row, it shows where it starts to be
        read (the right end of a right-to-left paragraph), moved just so far that its
        first match is in view."""
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(opt)
        cursor = QTextCursor(doc)
        mark_bg = theme_colour("warn_bg", QColor("#fbefd9"))
        mark_fg = theme_colour("warn_text", QColor("#6b4a12"))
        match: tuple[int, int] | None = None
        for text, on in snippet_runs(snippet):
            fmt = QTextCharFormat()
            fmt.setForeground(colour)
            if on:
                fmt.setFontWeight(700)
                if not selected:
                    fmt.setBackground(mark_bg)
                    fmt.setForeground(mark_fg)
                else:
                    fmt.setFontUnderline(True)
                if match is None:
                    match = (cursor.position(), cursor.position() + len(text))
            cursor.insertText(text, fmt)  # plain text: never parsed as HTML
        shift = _visible_shift(doc, box.width(), match)
        painter.save()
        painter.translate(box.x() + shift, box.y())
        view = QRectF(-shift, 0, box.width(), box.height())
        painter.setClipRect(view)
        doc.drawContents(painter, view)
        painter.restore()


def _visible_shift(doc: QTextDocument, width: float, match: tuple[int, int] | None) -> float:
    """How far to move the one-line ``doc`` right (≤ 0: left) so that a row ``width``
    wide shows its reading start and the characters ``match`` (document positions)."""
    total = doc.idealWidth()
    if total <= width:
        return 0.0
    block = doc.firstBlock()
    rtl = block.textDirection() == Qt.LayoutDirection.RightToLeft
    shift = width - total if rtl else 0.0
    line = block.layout().lineAt(0) if block.layout().lineCount() else None
    if match is not None and line is not None:
        xs = [line.cursorToX(pos - block.position())[0] for pos in range(match[0], match[1] + 1)]
        left, right = min(xs), max(xs)
        margin = min(24.0, max(0.0, (width - (right - left)) / 2))  # a little context beside it
        if left + shift < 0:
            shift = margin - left
        elif right + shift > width:
            shift = width - margin - right
    return max(width - total, min(0.0, shift))
