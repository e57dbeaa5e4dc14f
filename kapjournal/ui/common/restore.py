"""The encrypted backups of a journal in plain words (when, why, how big, and why one
cannot be put back), the list that shows them, and the dialog that confirms (or
chooses) a restore. Shared by Settings → Backups and the unlock page's offer when a
journal cannot be opened, so it lives here and neither package imports the other."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QListView,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kapjournal.i18n import arg, tr, translated
from kapjournal.storage.backups import (
    MIGRATION_PREFIX,
    REASON_AUTO,
    REASON_BEFORE_RESTORE,
    REASON_MANUAL,
    UNKNOWN_REASON,
    BackupInfo,
)
from kapjournal.ui.common import fit
from kapjournal.ui.common.crisis import offer_help
from kapjournal.ui.common.widgets import button, label, theme_colour


# -- backups: plain words, one row each ---------------------------------------------------
def reason_text(reason: str) -> str:
    """Why a backup exists, in plain words."""
    if reason == REASON_AUTO:
        return tr("Automatic")
    if reason == REASON_MANUAL:
        return tr("You made this one")
    if reason == REASON_BEFORE_RESTORE:
        return tr("Before a restore")
    if reason.startswith(MIGRATION_PREFIX):
        return tr("Before an update")
    return tr("Backup")


def when_text(created: datetime, locale: QLocale | None = None) -> str:
    """A backup's time in the local time zone, formatted the locale's way (24-hour
    clock where the locale uses one)."""
    loc = locale or QLocale()
    local = QDateTime.fromMSecsSinceEpoch(int(created.timestamp() * 1000)).toLocalTime()
    day = loc.toString(local.date(), QLocale.FormatType.LongFormat)
    time = loc.toString(local.time(), QLocale.FormatType.ShortFormat)
    return arg(tr("%1 at %2"), day, time)


def size_text(size: int, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return loc.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


@dataclass(frozen=True)
class BackupRow:
    """One backup as the list shows it. ``why_not`` is empty when it can be restored."""

    info: BackupInfo
    why_not: str = ""

    @property
    def restorable(self) -> bool:
        return not self.why_not


def backup_rows(infos: Sequence[BackupInfo], journal_id: str | None) -> list[BackupRow]:
    """Rows for ``infos`` (newest first). Unreadable files and backups of another
    journal are listed with the reason they cannot be restored. Without a journal id
    (the key files are unreadable) every readable backup can be put back."""
    rows: list[BackupRow] = []
    for info in infos:
        if not info.usable:
            why = info.problem or tr("This file cannot be read.")
            rows.append(BackupRow(info, arg(tr("Not usable: %1"), translated(why))))
        elif journal_id is not None and info.journal_id != journal_id:
            rows.append(BackupRow(info, tr("From another journal, so it cannot be restored here.")))
        else:
            rows.append(BackupRow(info))
    return rows


def default_row(rows: Sequence[BackupRow]) -> int:
    """The row chosen at first: the newest restorable backup that is not the state a
    restore replaced; else the newest restorable one; else the first (-1 when empty)."""
    for want_plain in (True, False):
        for i, row in enumerate(rows):
            if row.restorable and (not want_plain or row.info.reason != REASON_BEFORE_RESTORE):
                return i
    return 0 if rows else -1


InfoRole = Qt.ItemDataRole.UserRole + 1
RestorableRole = Qt.ItemDataRole.UserRole + 2


class BackupListModel(QAbstractListModel):
    """The backups in ``backups/``, newest first: date and time, reason, size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupRow] = []
        self._locale = QLocale()

    def set_backups(self, infos: Sequence[BackupInfo], journal_id: str | None) -> None:
        self.beginResetModel()
        self._rows = backup_rows(infos, journal_id)
        self.endResetModel()

    def clear(self) -> None:
        self.set_backups([], None)

    def rows(self) -> list[BackupRow]:
        return list(self._rows)

    def row_of(self, path: Path) -> int:
        return next((i for i, r in enumerate(self._rows) if r.info.path == path), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def lines(self, row: BackupRow) -> list[str]:
        info = row.info
        kind = reason_text(info.reason)
        if not info.usable and info.reason == UNKNOWN_REASON:
            kind = tr("A file in the backups folder")  # not "Backup": it may be none
        lines = [
            when_text(info.created, self._locale),
            f"{kind} · {size_text(info.size, self._locale)}",
        ]
        if row.why_not:
            lines.append(row.why_not)
        return lines

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(self.lines(row))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(self.lines(row))
        if role == Qt.ItemDataRole.ForegroundRole and not row.restorable:
            return theme_colour("muted", QColor("#5f676e"))
        if role == InfoRole:
            return row.info
        if role == RestorableRole:
            return row.restorable
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Unusable rows stay selectable, so a keyboard or screen-reader user can reach
        # them and hear why they cannot be restored; the restore button says no.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class _RoomyRows(QStyledItemDelegate):
    """Rows with room around the text: easy targets for a tired hand."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 18)


class BackupListView(QListView):
    """One Tab stop; arrow keys move between backups."""

    def __init__(self, model: BackupListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(_RoomyRows(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Backups"))
        self.setMinimumHeight(270)

    def select_row(self, row: int) -> None:
        model = self.model()
        if 0 <= row < model.rowCount():
            index = model.index(row, 0)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def current_row(self) -> BackupRow | None:
        index = self.currentIndex()
        model = self.model()
        if not index.isValid() or not isinstance(model, BackupListModel):
            return None
        rows = model.rows()
        return rows[index.row()] if 0 <= index.row() < len(rows) else None


def confirm_text(info: BackupInfo) -> str:
    return arg(
        tr(
            "Your journal will be put back to how it was on %1. What you have now is kept as "
            "a backup, so you can undo this."
        ),
        when_text(info.created),
    )


class RestoreDialog(QDialog):
    """Confirm a restore (``chosen`` given), or choose a backup and confirm it (the
    list, with the newest restorable backup chosen). :meth:`ask` returns
    ``(backup, accepted)`` so tests can answer without a modal loop."""

    def __init__(
        self,
        parent: QWidget | None,
        infos: Sequence[BackupInfo],
        journal_id: str | None,
        *,
        chosen: BackupInfo | None = None,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Restore a backup"))
        self.setModal(True)
        self.setMinimumWidth(min(560, (fit.available_size(parent) - fit.FRAME).width()))
        # A heading, the list and what restoring does scroll when the screen is short
        # (1024×600, 1.5× text); the buttons stay below.
        lay, footer = fit.scrolling_body(self)
        self.heading = label(tr("Restore a backup"), "title")
        lay.addWidget(self.heading)
        self._fixed = chosen
        self.intro = label(intro)
        self.intro.setVisible(bool(intro))
        lay.addWidget(self.intro)
        self.model = BackupListModel(self)
        self.model.set_backups(infos, journal_id)
        self.list = BackupListView(self.model)
        # a few rows at least, and never so tall that the heading scrolls away
        self.list.setMinimumHeight(min(270, (fit.available_size(parent) - fit.FRAME).height() // 4))
        self.list.setVisible(chosen is None)
        lay.addWidget(self.list, 1)
        self.message = label("")
        lay.addWidget(self.message)
        row = QHBoxLayout()
        self.cancel = button(tr("Not now"))
        self.restore = button(tr("Restore this backup"), "primary")
        help_button = offer_help(self)  # the window's safety button is blocked meanwhile
        if help_button is not None:
            row.addWidget(help_button)
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.restore)
        footer.addLayout(row)
        self.cancel.clicked.connect(self.reject)
        self.restore.clicked.connect(self._accept)
        self.list.selectionModel().currentChanged.connect(self._update)
        if chosen is None:
            self.list.select_row(default_row(self.model.rows()))
            self.list.setFocus()
        else:
            self.cancel.setDefault(True)
            self.cancel.setFocus()
        self._update()
        fit.fit_dialog(self)

    def showEvent(self, event: QShowEvent) -> None:
        """Open at the top, heading in view, whatever the focus scrolled to."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._to_top)  # dropped with the dialog

    def _to_top(self) -> None:
        for area in self.findChildren(QScrollArea):
            area.verticalScrollBar().setValue(0)

    def chosen(self) -> BackupInfo | None:
        if self._fixed is not None:
            return self._fixed
        row = self.list.current_row()
        return row.info if row is not None and row.restorable else None

    def _update(self) -> None:
        info = self.chosen()
        self.restore.setEnabled(info is not None)
        if info is not None:
            fit.show_message(self.message, confirm_text(info))
        else:
            row = self.list.current_row()
            fit.show_message(self.message, row.why_not if row is not None else "")

    def _accept(self) -> None:
        if self.chosen() is not None:
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        infos: Sequence[BackupInfo],
        journal_id: str | None,
        *,
        chosen: BackupInfo | None = None,
        intro: str = "",
    ) -> tuple[BackupInfo | None, bool]:
        dialog = cls(parent, infos, journal_id, chosen=chosen, intro=intro)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            info = dialog.chosen() if accepted else None
            return info, info is not None
        finally:
            dialog.deleteLater()
