"""The course dialog's "What is this course for?": the seed indications as tick boxes,
and, for one that has a matching optional questionnaire (PTSD: PCL-5, alcohol: AUDIT-C),
an offer to switch it on. Nothing is ticked beforehand and nothing is required."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QVBoxLayout, QWidget

from kapjournal.i18n import arg, tr, translated
from kapjournal.measures import instruments
from kapjournal.ui.common.widgets import label


def purpose_text(purpose_id: str) -> str:
    """The translated name of a course purpose (instruments.COURSE_PURPOSES)."""
    return translated(instruments.COURSE_PURPOSES.get(purpose_id, purpose_id))


class CoursePurposeBox(QGroupBox):
    """Tick what the course is for; matching questionnaires are offered, unticked."""

    def __init__(self, already_on: list[str], parent: QWidget | None = None) -> None:
        super().__init__(tr("What is this course for? (optional)"), parent)
        lay = QVBoxLayout(self)
        lay.addWidget(
            label(
                tr("Only for you: it lets the app offer a questionnaire that fits. Skip it if you like."),
                "muted",
            )
        )
        grid = QGridLayout()
        self.purposes: dict[str, QCheckBox] = {}
        for n, pid in enumerate(instruments.COURSE_PURPOSES):
            box = QCheckBox(purpose_text(pid))
            box.setAccessibleName(box.text())
            box.toggled.connect(self._update)
            self.purposes[pid] = box
            grid.addWidget(box, n // 2, n % 2)
        lay.addLayout(grid)
        self.offer_note = label(tr("A questionnaire that fits, if you want it suggested:"), "muted")
        self.offer_note.hide()
        lay.addWidget(self.offer_note)
        self.offers: dict[str, QCheckBox] = {}
        for inst in instruments.optional_instruments():
            if inst.id in already_on:
                continue  # switched on already: nothing to offer
            offer = QCheckBox(arg(tr("Also suggest the %1 (%2)"), inst.title, inst.measures))
            offer.setAccessibleName(offer.text())
            offer.setAccessibleDescription(inst.full_title)
            offer.hide()
            self.offers[inst.id] = offer
            lay.addWidget(offer)

    def chosen_purposes(self) -> list[str]:
        return [pid for pid, box in self.purposes.items() if box.isChecked()]

    def _update(self) -> None:
        offered = set(instruments.offered_for(self.chosen_purposes()))
        for inst_id, offer in self.offers.items():
            offer.setVisible(inst_id in offered)
            if inst_id not in offered:
                offer.setChecked(False)
        self.offer_note.setVisible(any(not o.isHidden() for o in self.offers.values()))

    def accepted_instruments(self) -> list[str]:
        """The offered questionnaires the patient ticked."""
        return [i for i, box in self.offers.items() if box.isChecked() and not box.isHidden()]
