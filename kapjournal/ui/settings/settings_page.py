"""Settings: passphrase, remember/forget, recovery code, locking, data folder,
backups (list and restore), look."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kapjournal.prefs import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, Preferences
from kapjournal.storage.backups import (
    MIGRATION_PREFIX,
    REASON_AUTO,
    REASON_BEFORE_RESTORE,
    REASON_MANUAL,
    UNKNOWN_REASON,
    BackupInfo,
)
from kapjournal.storage.db import Database
from kapjournal.ui.common.widgets import (
    NewPassphraseForm,
    Page,
    PassphraseField,
    button,
    label,
    theme_colour,
    tr,
)
from kapjournal.ui.feature import give_journal

logger = logging.getLogger(__name__)

THEMES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))


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
    return tr("{0} at {1}").format(day, time)


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
            rows.append(BackupRow(info, tr("Not usable: {0}").format(tr(why))))
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
    return tr(
        "Your journal will be put back to how it was on {0}. What you have now is kept as "
        "a backup, so you can undo this."
    ).format(when_text(info.created))


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
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(14)
        self._fixed = chosen
        self.intro = label(intro)
        self.intro.setVisible(bool(intro))
        lay.addWidget(self.intro)
        self.model = BackupListModel(self)
        self.model.set_backups(infos, journal_id)
        self.list = BackupListView(self.model)
        self.list.setVisible(chosen is None)
        lay.addWidget(self.list, 1)
        self.message = label("")
        lay.addWidget(self.message)
        row = QHBoxLayout()
        self.cancel = button(tr("Not now"))
        self.restore = button(tr("Restore this backup"), "primary")
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.restore)
        lay.addLayout(row)
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

    def chosen(self) -> BackupInfo | None:
        if self._fixed is not None:
            return self._fixed
        row = self.list.current_row()
        return row.info if row is not None and row.restorable else None

    def _update(self) -> None:
        info = self.chosen()
        self.restore.setEnabled(info is not None)
        if info is not None:
            self.message.setText(confirm_text(info))
        else:
            row = self.list.current_row()
            self.message.setText(row.why_not if row is not None else "")

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


class SettingsPage(Page):
    """Emits requests; the main window runs them (off the GUI thread where slow)."""

    change_passphrase_requested = Signal(str, str)
    remember_requested = Signal()
    forget_requested = Signal()
    new_recovery_requested = Signal()
    backup_requested = Signal()
    backups_refresh_requested = Signal()
    restore_requested = Signal(object)  # BackupInfo
    delete_requested = Signal(str)
    lock_settings_changed = Signal()
    theme_changed = Signal(str)

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=720)
        self.prefs = prefs
        b = self.body
        b.addWidget(label(tr("Settings"), "title"))

        # -- passphrase -------------------------------------------------------------
        box = QGroupBox(tr("Passphrase"))
        lay = QVBoxLayout(box)
        self.current = PassphraseField(tr("Current passphrase"), tr("Current passphrase"))
        self.new_form = NewPassphraseForm()
        self.change_button = button(tr("Change passphrase"), "primary")
        self.change_message = label("", "muted")
        lay.addWidget(self.current)
        lay.addWidget(self.new_form)
        row = QHBoxLayout()
        row.addWidget(self.change_message, 1)
        row.addWidget(self.change_button)
        lay.addLayout(row)
        b.addWidget(box)

        # -- this computer -------------------------------------------------------------
        box = QGroupBox(tr("This computer"))
        lay = QVBoxLayout(box)
        self.remember = QCheckBox(tr("Remember on this computer"))
        self.remember.setAccessibleName(tr("Remember on this computer"))
        self.remember_reason = label("", "muted")
        lay.addWidget(self.remember)
        lay.addWidget(self.remember_reason)
        b.addWidget(box)

        # -- recovery code -------------------------------------------------------------
        box = QGroupBox(tr("Recovery code"))
        lay = QVBoxLayout(box)
        lay.addWidget(
            label(
                tr("Lost your recovery code? Make a new one. The old code stops working at once."),
                "muted",
            )
        )
        self.recovery_button = button(tr("Make a new recovery code…"))
        lay.addWidget(self.recovery_button)
        b.addWidget(box)

        # -- locking -------------------------------------------------------------------
        box = QGroupBox(tr("Locking"))
        form = QFormLayout(box)
        self.idle_enabled = QCheckBox(tr("Lock when I have not used the app for a while"))
        self.idle_enabled.setAccessibleName(tr("Lock when idle"))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(tr(" minutes"))
        self.idle_minutes.setAccessibleName(tr("Minutes before locking"))
        self.screen_lock = QCheckBox(tr("Lock when the computer's screen locks"))
        self.screen_lock.setAccessibleName(tr("Lock with the screen"))
        form.addRow(self.idle_enabled)
        form.addRow(tr("After"), self.idle_minutes)
        form.addRow(self.screen_lock)
        form.addRow(label(tr("You can always lock at once with Ctrl+L."), "muted"))
        b.addWidget(box)

        # -- appearance ----------------------------------------------------------------
        box = QGroupBox(tr("Appearance"))
        form = QFormLayout(box)
        self.theme = QComboBox()
        self.theme.setAccessibleName(tr("Theme"))
        for key, text in THEMES:
            self.theme.addItem(tr(text), key)
        form.addRow(tr("Theme"), self.theme)
        b.addWidget(box)

        # -- data folder ---------------------------------------------------------------
        box = QGroupBox(tr("Where your journal is kept"))
        lay = QVBoxLayout(box)
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(tr("Journal folder"))
        lay.addWidget(self.folder)
        lay.addWidget(
            label(
                tr(
                    "To move the journal, close the app and move the whole folder; start the "
                    "app with --data-dir pointing to the new place. Encrypted backups are kept "
                    "in its 'backups' folder."
                ),
                "muted",
            )
        )
        row = QHBoxLayout()
        self.open_folder = button(tr("Open folder"))
        row.addWidget(self.open_folder)
        row.addStretch(1)
        lay.addLayout(row)
        b.addWidget(box)

        # -- backups -------------------------------------------------------------------
        box = QGroupBox(tr("Backups"))
        self.backups_box = box
        lay = QVBoxLayout(box)
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
        b.addWidget(box)

        # -- delete --------------------------------------------------------------------
        box = QGroupBox(tr("Delete this journal"))
        self._delete_box = box
        lay = QVBoxLayout(box)
        lay.addWidget(
            label(
                tr(
                    "Removes the journal, its backups, its key files and the key saved on this "
                    "computer. This cannot be undone. Export anything you want to keep first."
                ),
                "muted",
            )
        )
        self.delete_field = PassphraseField(tr("Passphrase to confirm"), tr("Passphrase to confirm deleting"))
        self.delete_button = button(tr("Delete journal…"))
        row = QHBoxLayout()
        row.addWidget(self.delete_field, 1)
        row.addWidget(self.delete_button)
        lay.addLayout(row)
        b.addWidget(box)
        b.addStretch(1)

        self._sections: list[Any] = []  # SettingsSection widgets (kapjournal.ui.feature)
        self.change_button.clicked.connect(self._change)
        self.remember.clicked.connect(self._remember_clicked)
        self.recovery_button.clicked.connect(self._new_recovery)
        self.idle_enabled.toggled.connect(self._save_lock)
        self.idle_minutes.valueChanged.connect(self._save_lock)
        self.screen_lock.toggled.connect(self._save_lock)
        self.theme.currentIndexChanged.connect(self._theme)
        self.open_folder.clicked.connect(self._open_folder)
        self.backup_button.clicked.connect(self.backup_requested)
        self.restore_button.clicked.connect(self._restore)
        self.backup_list.selectionModel().currentChanged.connect(self._update_restore)
        self.backup_list.activated.connect(self._restore)
        self.delete_button.clicked.connect(self._delete)
        self._sample = False
        self._default_path: Path | None = None
        self._update_restore()

    def add_section(self, box: QWidget) -> None:
        """Features add their own group (prompt packs, crisis line country, ...) above
        the delete section. Each is a ``SettingsSection``: ``load(db)`` and ``clear()``."""
        index = self.body.indexOf(self._delete_box)
        self.body.insertWidget(index, box)
        self._sections.append(box)

    # -- loading -----------------------------------------------------------------------

    def section(self, kind: type) -> Any:
        """The section of class ``kind`` a feature added (tools and tests)."""
        return next(box for box in self._sections if isinstance(box, kind))
    def load(self, folder: str, keychain_available: bool, keychain_reason: str, sample: bool) -> None:
        self._loading = True
        self.folder.setText(folder)
        self.idle_enabled.setChecked(bool(self.prefs.get("lock/idle_enabled")))
        self.idle_minutes.setValue(self.prefs.idle_minutes())
        self.screen_lock.setChecked(bool(self.prefs.get("lock/on_screen_lock")))
        index = self.theme.findData(self.prefs.get("ui/theme"))
        self.theme.setCurrentIndex(max(0, index))
        self.set_remembered(bool(self.prefs.get("unlock/remembered")), keychain_available, keychain_reason)
        self._sample = sample
        self._update_restore()
        for w in (
            self.remember,
            self.current,
            self.new_form,
            self.change_button,
            self.recovery_button,
            self.delete_field,
            self.delete_button,
        ):
            w.setEnabled(not sample and w.isEnabled())
        self._loading = False

    def set_remembered(self, remembered: bool, available: bool, reason: str) -> None:
        self.remember.setChecked(remembered)
        self.remember.setEnabled(available or remembered)
        if not available:
            self.remember_reason.setText(reason)
        elif remembered:
            self.remember_reason.setText(
                tr(
                    "The journal opens without a passphrase when you start the app. "
                    "Untick to forget the saved key."
                )
            )
        else:
            self.remember_reason.setText(
                tr(
                    "Saves a key in the system keychain. Anyone who can use your computer "
                    "account could then open the journal."
                )
            )

    def on_unlocked(self, db: Database) -> None:
        for box in self._sections:
            give_journal(box.load, db)

    def flush_draft(self) -> None:
        """Settings keeps no unsaved text (passphrase fields are never kept)."""
        return

    def clear(self) -> None:
        for box in self._sections:
            box.clear()
        self.current.wipe()
        self.new_form.wipe()
        self.delete_field.wipe()
        self.change_message.clear()
        self.backup_message.clear()
        self.backup_model.clear()
        self._default_path = None
        self.backups_empty.hide()
        self.backup_list.show()
        self._update_restore()

    # -- backups -----------------------------------------------------------------------
    def on_shown(self) -> None:
        self.backups_refresh_requested.emit()

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
        self._update_restore()

    def selected_backup(self) -> BackupInfo | None:
        row = self.backup_list.current_row()
        return row.info if row is not None and row.restorable else None

    def show_backups(self) -> None:
        """Bring the Backups section into view with the list focused."""
        scroll = self.findChild(QScrollArea)
        if scroll is not None and scroll.widget() is not None:
            # The section's top at the top of the view, so the whole list shows.
            top = self.backups_box.mapTo(scroll.widget(), self.backups_box.rect().topLeft()).y()
            scroll.verticalScrollBar().setValue(max(0, top - 12))
        if self.backup_list.isVisible():
            self.backup_list.setFocus()
        else:
            self.backup_button.setFocus()

    def _update_restore(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None and not self._sample)

    def _restore(self) -> None:
        info = self.selected_backup()
        if info is not None and not self._sample:
            self.restore_requested.emit(info)

    # -- actions -----------------------------------------------------------------------
    def _change(self) -> None:
        if not self.current.text():
            self.change_message.setText(tr("Please type your current passphrase."))
            return
        problem = self.new_form.problem()
        if problem:
            self.change_message.setText(problem)
            return
        self.change_message.setText(tr("Changing…"))
        self.change_button.setEnabled(False)
        self.change_passphrase_requested.emit(self.current.text(), self.new_form.passphrase())

    def change_finished(self, ok: bool, text: str) -> None:
        self.change_button.setEnabled(True)
        self.change_message.setText(text)
        if ok:
            self.current.wipe()
            self.new_form.wipe()

    def _remember_clicked(self, checked: bool) -> None:
        if checked:
            self.remember_requested.emit()
        else:
            self.forget_requested.emit()

    def _new_recovery(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("Make a new recovery code"),
            tr("Your old recovery code will stop working. Make a new one now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.new_recovery_requested.emit()

    def _save_lock(self) -> None:
        if getattr(self, "_loading", False):
            return
        self.prefs.set("lock/idle_enabled", self.idle_enabled.isChecked())
        self.prefs.set("lock/idle_minutes", self.idle_minutes.value())
        self.prefs.set("lock/on_screen_lock", self.screen_lock.isChecked())
        self.idle_minutes.setEnabled(self.idle_enabled.isChecked())
        self.lock_settings_changed.emit()

    def _theme(self) -> None:
        if getattr(self, "_loading", False):
            return
        key = str(self.theme.currentData())
        self.prefs.set("ui/theme", key)
        self.theme_changed.emit(key)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text()))

    def _delete(self) -> None:
        if not self.delete_field.text():
            self.delete_field.setFocus()
            return
        answer = QMessageBox.warning(
            self,
            tr("Delete this journal?"),
            tr("Everything in this journal and its backups will be gone for good. Delete it?"),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(self.delete_field.text())
