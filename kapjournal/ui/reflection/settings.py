"""The "After a session" box in Settings: the reflection schedule and what is shared
with the therapist by default, per kind of entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from kapjournal.i18n import arg, error_text, tr, translated
from kapjournal.preparation import course
from kapjournal.reflection import after_session
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.ui.common import fit
from kapjournal.ui.common.widgets import announce, button, label
from kapjournal.ui.reflection.entry_model import KIND_NAMES


class IntegrationSettings(QGroupBox):
    """Settings section: the reflection schedule and the share default per kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("After a session"), parent)
        self.db: Database | None = None
        lay = QVBoxLayout(self)
        lay.addWidget(label(tr("Reflection days after each session"), ""))
        lay.addWidget(
            label(
                tr("Whole days, separated by commas (for example 1, 3). Today shows each one when it comes."),
                "muted",
            )
        )
        row = fit.FlowLayout()
        self.days = QLineEdit()
        self.days.setAccessibleName(tr("Reflection days after each session"))
        self.days.setPlaceholderText("1, 3")
        self.days.setMaximumWidth(200)
        self.before_next = QCheckBox(tr("And the day before the next session"))
        self.before_next.setAccessibleName(tr("Reflect the day before the next session"))
        self.save_button = button(tr("Save schedule"), name=tr("Save the reflection schedule"))
        row.addWidget(self.days)
        row.addWidget(self.before_next)
        row.addStretch(1)
        row.addWidget(self.save_button)
        lay.addLayout(row)
        self.message = label("", "muted", about=tr("Schedule message"))
        lay.addWidget(self.message)
        lay.addWidget(label(tr("Share with my therapist, unless I change it for one entry")))
        grid = QGridLayout()
        self.share_checks: dict[str, QCheckBox] = {}
        for i, kind in enumerate(after_session.SHAREABLE_KINDS):
            check = QCheckBox(translated(KIND_NAMES[kind]))
            check.setAccessibleName(arg(tr("Share by default: %1"), translated(KIND_NAMES[kind])))
            check.toggled.connect(lambda on, k=kind: self._share_toggled(k, on))
            grid.addWidget(check, i // 2, i % 2)
            self.share_checks[kind] = check
        lay.addLayout(grid)
        self._loading = False
        self.save_button.clicked.connect(self.save_schedule)
        self.days.returnPressed.connect(self.save_schedule)

    def load(self, db: Any) -> None:
        self.db = db if isinstance(db, Database) else None
        if self.db is None:
            return
        self._loading = True
        steps = course.integration_schedule(self.db)
        self.days.setText(", ".join(str(s) for s in steps if isinstance(s, int)))
        self.before_next.setChecked(course.BEFORE_NEXT in steps)
        defaults = after_session.share_defaults(self.db)
        for kind, check in self.share_checks.items():
            check.setChecked(defaults.get(kind, False))
        self.message.clear()
        self._loading = False

    def clear(self) -> None:
        self.db = None
        self._loading = True
        self.days.clear()
        self.message.clear()
        self._loading = False

    def save_schedule(self) -> bool:
        if self.db is None:
            return False
        steps: list[int | str] = []
        for part in self.days.text().replace(";", ",").split(","):
            part = part.strip()
            if not part:
                continue
            if not part.isdigit():
                announce(self.message, tr("Please use whole days such as 1, 3."))
                return False
            steps.append(int(part))
        if self.before_next.isChecked():
            steps.append(course.BEFORE_NEXT)
        try:
            course.set_integration_schedule(self.db, steps)
        except StorageError as exc:
            announce(self.message, error_text(exc))
            return False
        announce(self.message, tr("Saved."))
        return True

    def _share_toggled(self, kind: str, on: bool) -> None:
        if self._loading or self.db is None:
            return
        try:
            after_session.set_share_default(self.db, kind, on)
        except StorageError as exc:
            announce(self.message, error_text(exc))
