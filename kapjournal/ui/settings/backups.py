"""Settings → Backups: the section that lists this journal's encrypted backups with
Back up now and Restore. The list, its plain words and the restore dialog are in
``kapjournal.ui.common.restore`` (the unlock page offers a restore too)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from kapjournal.i18n import tr
from kapjournal.storage.backups import BackupInfo
from kapjournal.ui.common.restore import (
    BackupListModel,
    BackupListView,
    RestoreDialog,
    backup_rows,
    default_row,
    size_text,
)
from kapjournal.ui.common.widgets import button, label

# The list's names stay importable from here, where Settings and the tests find them.
__all__ = [
    "BackupListModel",
    "BackupListView",
    "BackupsSection",
    "RestoreDialog",
    "backup_rows",
    "default_row",
    "size_text",
]


class BackupsSection(QGroupBox):
    """The Backups group: the list, Back up now, Restore this backup and a message
    line. ``restore_requested(BackupInfo)`` asks the window to put one back."""

    backup_requested = Signal()
    restore_requested = Signal(object)  # BackupInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Backups"), parent)
        self._sample = False
        self._default_path: Path | None = None
        lay = QVBoxLayout(self)
        lay.addWidget(
            label(
                tr(
                    "KAP Journal keeps encrypted backups of this journal, newest first. "
                    "Putting one back keeps what you have now as a backup too."
                ),
                "muted",
            )
        )
        self.backup_model = BackupListModel(self)
        self.backup_list = BackupListView(self.backup_model)
        self.backups_empty = label(
            tr("No backups yet. One is made when you open the journal, about once a day."),
            "muted",
        )
        self.backups_empty.hide()
        lay.addWidget(self.backup_list)
        lay.addWidget(self.backups_empty)
        row = QHBoxLayout()
        self.backup_button = button(tr("Back up now"))
        self.restore_button = button(tr("Restore this backup…"))
        self.backup_message = label("", "muted")
        row.addWidget(self.backup_button)
        row.addWidget(self.backup_message, 1)
        row.addWidget(self.restore_button)
        lay.addLayout(row)
        self.backup_button.clicked.connect(self.backup_requested)
        self.restore_button.clicked.connect(self._restore)
        self.backup_list.selectionModel().currentChanged.connect(self.update_restore)
        self.backup_list.activated.connect(self._restore)
        self.update_restore()

    def set_sample(self, sample: bool) -> None:
        """The sample journal is never restored over."""
        self._sample = sample
        self.update_restore()

    def clear(self) -> None:
        self.backup_message.clear()
        self.backup_model.clear()
        self._default_path = None
        self.backups_empty.hide()
        self.backup_list.show()
        self.update_restore()

    def set_backups(self, infos: Sequence[BackupInfo], journal_id: str | None) -> None:
        """Show the listing (made off the GUI thread); keep the chosen row if it is
        still there, else choose the newest restorable one."""
        current = self.backup_list.current_row()
        had_focus = self.backup_list.hasFocus()
        self.backup_model.set_backups(infos, journal_id)
        rows = self.backup_model.rows()
        # A row the patient chose stays chosen; the default follows the newest backup.
        chosen = current is not None and current.info.path != self._default_path
        keep = self.backup_model.row_of(current.info.path) if chosen and current is not None else -1
        first = default_row(rows)
        self._default_path = rows[first].info.path if first >= 0 else None
        self.backup_list.select_row(keep if keep >= 0 else first)
        self.backups_empty.setVisible(not rows)
        self.backup_list.setVisible(bool(rows))
        if had_focus and rows:
            self.backup_list.setFocus()
        self.update_restore()

    def selected_backup(self) -> BackupInfo | None:
        row = self.backup_list.current_row()
        return row.info if row is not None and row.restorable else None

    def focus_list(self) -> None:
        """Focus the list, or Back up now when there is no backup to list."""
        if self.backup_list.isVisible():
            self.backup_list.setFocus()
        else:
            self.backup_button.setFocus()

    def update_restore(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None and not self._sample)

    def _restore(self) -> None:
        info = self.selected_backup()
        if info is not None and not self._sample:
            self.restore_requested.emit(info)
