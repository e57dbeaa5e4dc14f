"""Settings section "Questionnaires": the optional standard questionnaires (PCL-5,
AUDIT-C), off until the patient switches them on. PHQ-9 and GAD-7 are always offered."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from kapjournal.i18n import arg, tr
from kapjournal.measures import instruments
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.ui.common.widgets import announce, label

logger = logging.getLogger(__name__)


class QuestionnaireSettings(QGroupBox):
    """``changed`` after a questionnaire is switched on or off."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Questionnaires"), parent)
        self.db: Database | None = None
        self._loading = False
        lay = QVBoxLayout(self)
        lay.addWidget(
            label(
                tr(
                    "PHQ-9 and GAD-7 are always there. Switch on a questionnaire below if it "
                    "fits what you are treated for; it is then suggested like the others, "
                    "charted and shared in your summary."
                ),
                "muted",
            )
        )
        self.boxes: dict[str, QCheckBox] = {}
        for inst in instruments.optional_instruments():
            text = arg(tr("%1 (%2)"), inst.title, inst.measures)
            box = QCheckBox(text)
            box.setAccessibleName(text)
            box.setAccessibleDescription(inst.full_title)
            box.toggled.connect(self._save)
            self.boxes[inst.id] = box
            lay.addWidget(box)
            lay.addWidget(label(inst.full_title, "muted"))
        self.message = label("", "muted", about=tr("Questionnaire settings message"))
        lay.addWidget(self.message)

    def load(self, db: Database) -> None:
        self.db = db
        self._loading = True
        on = instruments.switched_on(db)
        for inst_id, box in self.boxes.items():
            box.setChecked(inst_id in on)
        self._loading = False
        self.message.clear()

    def clear(self) -> None:
        self.db = None
        self._loading = True
        for box in self.boxes.values():
            box.setChecked(False)
        self._loading = False
        self.message.clear()

    def chosen(self) -> list[str]:
        return [inst_id for inst_id, box in self.boxes.items() if box.isChecked()]

    def _save(self) -> None:
        if self._loading or self.db is None or self.db.closed:
            return
        try:
            instruments.set_switched_on(self.db, self.chosen())
        except StorageError:
            logger.info("questionnaire choice not kept")
            announce(self.message, tr("Not saved. Please try again."))
            return
        announce(self.message, tr("Saved."))
        self.changed.emit()
