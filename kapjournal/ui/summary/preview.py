"""The Summary page's preview: the very ``QTextDocument`` the PDF is laid out from
(same HTML, same chart), shown on white like paper whatever the theme."""

from __future__ import annotations

import logging

from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QVBoxLayout, QWidget

from kapjournal import summary as S
from kapjournal.i18n import arg, tr
from kapjournal.ui.common.widgets import label

logger = logging.getLogger(__name__)

PREVIEW_MARGIN = 28  # the document's margin in the view


class SummaryPreview(QWidget):
    """A heading with the item count and period, and the document itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: QTextDocument | None = None
        right_lay = QVBoxLayout(self)
        right_lay.setContentsMargins(12, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(label(tr("Preview"), "subtitle"))
        head.addStretch(1)
        self.preview_note = label("", "muted", about=tr("Preview details"))
        head.addWidget(self.preview_note)
        right_lay.addLayout(head)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(tr("Preview of the summary"))
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.setProperty("role", "paper")  # white like the PDF, in both themes
        self.preview.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # narrow: between words, never inside one
        right_lay.addWidget(self.preview, 1)

    def request_widths(self) -> tuple[int, int]:
        """(image width, view width) for a document laid out as this view shows it."""
        view = self.preview.viewport().width()
        return max(360, min(900, view - 2 * PREVIEW_MARGIN - 24)), view

    def show_document(self, summary: S.Summary, doc: QTextDocument) -> None:
        """Show ``doc``, the summary already laid out (:mod:`.builder`, on a worker)."""
        self._doc = doc
        self.preview.setDocument(doc)
        shown = len(summary.included)
        self.preview_note.setText(arg(tr("%n items · %1", "", shown), summary.period))

    def clear(self) -> None:
        self.preview.clear()
        self._doc = None
        self.preview_note.setText("")

    def text(self) -> str:
        return self.preview.toPlainText()
