"""The table of earlier questionnaires: when, which, total, band and every item's
answer (the item texts in the tooltip)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from kapjournal.i18n import QT_TR_NOOP
from kapjournal.measures import instruments
from kapjournal.measures.instruments import InvalidAnswers
from kapjournal.storage.models import Questionnaire
from kapjournal.ui.common.formatting import local_when
from kapjournal.ui.measures.widgets import TEXT_ROLES, HistoryTableModel

logger = logging.getLogger(__name__)

CTX = "instruments"


class QuestionnaireHistoryModel(HistoryTableModel):
    COLUMNS = (
        QT_TR_NOOP("When"),
        QT_TR_NOOP("Questionnaire"),
        QT_TR_NOOP("Total"),
        QT_TR_NOOP("Band"),
        QT_TR_NOOP("Answers by question"),
    )
    rows: list[Questionnaire]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        q = self.rows[index.row()]
        col = index.column()
        try:
            inst = instruments.get_instrument(q.instrument)
        except InvalidAnswers:
            inst = None
        if role == Qt.ItemDataRole.ToolTipRole and col == 4 and inst is not None:
            return "\n".join(
                f"{it.number}. {it.text}: {inst.option_label(a)}"
                for it, a in zip(inst.items, q.answers, strict=True)
            )
        if role not in TEXT_ROLES:
            return None
        if col == 0:
            return local_when(q.at_utc, q.tz_offset_min)
        if col == 1:
            return inst.title if inst else q.instrument
        if col == 2:
            return f"{q.total} / {inst.max_total}" if inst else str(q.total)
        if col == 3:
            band = inst.band_by_id(q.band) if inst else None
            return band.label if band else q.band
        return "  ".join(f"{n}:{a}" for n, a in enumerate(q.answers, start=1))
