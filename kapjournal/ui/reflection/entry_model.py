"""The journal timeline: a lazy list model over entries (newest first, keyset paging)
or over search hits (newest first, keyset paging too: a page of hits with snippets at
a time), and a delegate that paints each row with highlighted matches.

Patient text is never interpreted as HTML: search snippets are split at the
``\\x02``/``\\x03`` markers and inserted into a QTextDocument as plain text runs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
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

from kapjournal import richtext
from kapjournal.i18n import QT_TR_NOOP, arg, tr, translated
from kapjournal.reflection import after_session
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import Entry, to_local
from kapjournal.ui.common.formatting import fmt_clock, fmt_weekday
from kapjournal.ui.common.widgets import theme_colour
from kapjournal.ui.reflection.common import step_title

PAGE = 100
EntryRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2
HeadingRole = Qt.ItemDataRole.UserRole + 3
SummaryRole = Qt.ItemDataRole.UserRole + 4

KIND_NAMES = {
    "intention": QT_TR_NOOP("Intention"),
    "capture": QT_TR_NOOP("After the session"),
    "integration": QT_TR_NOOP("Integration"),
    "thought_record": QT_TR_NOOP("Thought record"),
    "mbct": QT_TR_NOOP("Mindfulness practice"),
    "note": QT_TR_NOOP("Note"),
    "question": QT_TR_NOOP("Question for my care team"),
}
MBCT_NAMES = {
    "breathing_space": QT_TR_NOOP("Breathing space"),
    "decentering": QT_TR_NOOP("Thoughts are not facts"),
    "body_scan": QT_TR_NOOP("Body scan"),
}
#: Answer ids that make a good one-line summary, in order of preference.
SUMMARY_KEYS = (
    "what_shifted",
    "remember_most",
    "hot_thought",
    "situation",
    "decentering",
    "body_scan",
    "images_memories",
)


def first_line(text: str, width: int = 120) -> str:
    return richtext.first_line(text, width)


def summary_line(entry: Entry) -> str:
    """A line that says what the entry is about (patient text: show as plain text)."""
    if entry.title.strip():
        return first_line(entry.title)
    for key in SUMMARY_KEYS:
        value = entry.answers.get(key)
        if isinstance(value, str) and value.strip():
            return first_line(value)
    if entry.body.strip():
        return first_line(entry.body)
    for value in entry.answers.values():
        if isinstance(value, str) and value.strip():
            return first_line(value)
        if isinstance(value, list) and value:
            return first_line(", ".join(str(v) for v in value))
    return "…"


def kind_label(entry: Entry, numbers: dict[int, int]) -> str:
    name = translated(KIND_NAMES.get(entry.kind, entry.kind))
    number = numbers.get(entry.session_id or 0)
    if entry.kind == "integration" and entry.subkind:
        return f"{name} · {step_title(entry.subkind, number)}"
    if entry.kind == "mbct" and entry.subkind in MBCT_NAMES:
        return f"{name} · {translated(MBCT_NAMES[entry.subkind])}"
    if number is not None and entry.kind in ("capture", "intention", "thought_record"):
        return f"{name} · " + arg(tr("session %1"), number)
    return name


def heading(entry: Entry, numbers: dict[int, int]) -> str:
    at = to_local(entry.occurred_at, entry.tz_offset_min)
    when = arg(tr("%1, %2", "date, time"), fmt_weekday(at.date()), fmt_clock(at))
    text = f"{when} · {kind_label(entry, numbers)}"
    if entry.share:
        text += " · " + tr("shared")
    return text


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


class EntryListModel(QAbstractListModel):
    """Entries newest first, in pages of :data:`PAGE`; or search hits, newest first, in
    pages of the search's own size (the first page may come from a worker:
    :meth:`show_search`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._entries: list[Entry] = []
        self._total = 0
        self._filter = after_session.TimelineFilter()
        self._search = ""
        self._search_more = False  # an older page of hits may follow
        self._search_before: int | None = None  # ... below this entry id
        self._search_total = 0  # matches, counted up to a cap
        self._search_capped = False
        self._snippets: dict[int, str] = {}
        self._numbers: dict[int, int] = {}

    # -- configuration ---------------------------------------------------------------
    @property
    def searching(self) -> bool:
        return bool(self._search.strip())

    @property
    def search_text(self) -> str:
        return self._search

    @property
    def search_total(self) -> int:
        """How many entries match the search (up to the cap: see :attr:`search_capped`)."""
        return self._search_total

    @property
    def search_capped(self) -> bool:
        return self._search_capped

    @property
    def filter(self) -> after_session.TimelineFilter:
        return self._filter

    def set_database(self, db: Database | None) -> None:
        self._db = db
        if db is None:
            self._filter = after_session.TimelineFilter()
            self._search = ""
        self.reload()

    def set_filter(self, flt: after_session.TimelineFilter) -> None:
        self._filter = flt
        self.reload()

    def set_search(self, text: str) -> None:
        self._search = text
        self.reload()

    def reload(self) -> None:
        """Read the list again (on this thread): the first page of entries or hits."""
        page = None
        if self._db is not None and not self._db.closed and self.searching:
            page = after_session.search_first_page(self._db, self._search, self._filter)
        self._reset(page)

    def show_search(self, text: str, page: after_session.SearchPage) -> None:
        """Show ``page``, the first page of hits for ``text`` (found by a worker within
        the current filter)."""
        self._search = text
        self._reset(page if self.searching else None)

    def _reset(self, page: after_session.SearchPage | None) -> None:
        self.beginResetModel()
        self._entries = []
        self._snippets = {}
        self._total = 0
        self._search_more = False
        self._search_before = None
        self._search_total = 0
        self._search_capped = False
        if self._db is not None and not self._db.closed:
            self._numbers = after_session.session_number_map(self._db)
            if page is not None:
                self._entries = list(page.entries)
                self._snippets = dict(page.snippets)
                self._search_more = page.more
                self._search_before = page.last_id
                self._search_total = page.total
                self._search_capped = page.capped
            elif not self.searching:
                self._total = after_session.timeline_count(self._db, self._filter)
        else:
            self._numbers = {}
        self.endResetModel()
        if not self.searching and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    # -- lazy loading ----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if parent.isValid() or self._db is None or self._db.closed:
            return False
        if self.searching:
            return self._search_more
        return len(self._entries) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent) or self._db is None:
            return
        if self.searching:
            page = after_session.timeline_search(
                self._db, self._search, self._filter, before=self._search_before
            )
            self._search_more = page.more and page.last_id is not None
            self._search_before = page.last_id
            self._snippets.update(page.snippets)
            more = page.entries
        else:
            after = self._entries[-1] if self._entries else None
            more = after_session.timeline_page(self._db, self._filter, after, PAGE)
            if not more:
                self._total = len(self._entries)
        if not more:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._entries.extend(more)
        self.endInsertRows()

    def fetch_until(self, entry_id: int, limit: int = 2000) -> int:
        """Load pages until ``entry_id`` is in the list (or ``limit`` rows); its row or -1."""
        while True:
            row = self.row_of(entry_id)
            if row >= 0 or len(self._entries) >= limit or not self.canFetchMore(QModelIndex()):
                return row
            self.fetchMore(QModelIndex())

    # -- access ------------------------------------------------------------------------
    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: int | None) -> int:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return -1

    def numbers(self) -> dict[int, int]:
        return self._numbers

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role == HeadingRole:
            return heading(entry, self._numbers)
        if role == SummaryRole:
            return summary_line(entry)
        if role == SnippetRole:
            return self._snippets.get(entry.id or 0, "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{heading(entry, self._numbers)}\n{summary_line(entry)}"
            snippet = self._snippets.get(entry.id or 0)
            if snippet:
                text += "\n" + plain_snippet(snippet)
            return text
        if role == EntryRole:
            return entry
        return None


class EntryDelegate(QStyledItemDelegate):
    """Three lines per entry: date and kind (muted), what it is about, and the search
    snippet with matches highlighted (or the start of the text)."""

    PAD = 10

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, 3 * line + 2 * self.PAD + 6)

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
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(opt)
        cursor = QTextCursor(doc)
        mark_bg = theme_colour("warn_bg", QColor("#fbefd9"))
        mark_fg = theme_colour("warn_text", QColor("#6b4a12"))
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
            cursor.insertText(text, fmt)  # plain text: never parsed as HTML
        painter.save()
        painter.translate(box.topLeft())
        painter.setClipRect(QRectF(0, 0, box.width(), box.height()))
        doc.drawContents(painter, QRectF(0, 0, box.width(), box.height()))
        painter.restore()


def tags_text(entry: Entry) -> str:
    return ", ".join(entry.tags)


def all_tags(db: Database) -> list[str]:
    return repo.all_tags(db)
