"""Settings → Prompt packs: the shipped and imported packs with version and source,
importing a therapist's pack from a file (a refused pack shows why and changes
nothing), removing an imported pack, and picking the questions used for intentions."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kapjournal import prompts
from kapjournal.i18n import QT_TR_NOOP, arg, error_text, tr, translated
from kapjournal.prompts import PackError, PromptPack
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.ui.common.widgets import announce, button, label, plain_tip

logger = logging.getLogger(__name__)

KIND_LABELS = {
    "intention": QT_TR_NOOP("Intention"),
    "capture": QT_TR_NOOP("After the session"),
    "integration": QT_TR_NOOP("Integration"),
    "cbt": QT_TR_NOOP("CBT"),
    "mbct": QT_TR_NOOP("Mindfulness (MBCT)"),
}
COLUMNS = (QT_TR_NOOP("Title"), QT_TR_NOOP("For"), QT_TR_NOOP("Version"), QT_TR_NOOP("From"))
MAX_PROBLEMS_SHOWN = 8
PackRole = Qt.ItemDataRole.UserRole + 1


class PackTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.packs: list[PromptPack] = []

    def set_packs(self, packs: list[PromptPack]) -> None:
        self.beginResetModel()
        self.packs = list(packs)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.packs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.packs):
            return None
        pack = self.packs[index.row()]
        if role == PackRole:
            return pack
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(pack.title + ("\n\n" + pack.source if pack.source else ""))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        col = index.column()
        if col == 0:
            return pack.title
        if col == 1:
            return translated(KIND_LABELS.get(pack.kind, pack.kind))
        if col == 2:
            return pack.version
        return tr("Built in") if pack.shipped else tr("Imported")


class PromptPacksBox(QGroupBox):
    """A Settings section (``load(db)`` / ``clear()``). ``changed`` after every change."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Prompt packs"), parent)
        self.db: Database | None = None
        lay = QVBoxLayout(self)
        lay.addWidget(
            label(
                tr(
                    "The questions behind intentions and reflections. Your therapist can give "
                    "you a pack of their own as a .toml file; it is kept inside your encrypted journal."
                ),
                "muted",
            )
        )
        self.model = PackTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # one Tab stop, arrows inside
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Prompt packs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(200)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.import_button = button(tr("Import a pack…"), tip=tr("A .toml prompt pack from your therapist"))
        self.remove_button = button(tr("Remove imported pack"))
        row.addWidget(self.import_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        lay.addLayout(row)
        form = QFormLayout()
        self.intention_pack = QComboBox()
        self.intention_pack.setAccessibleName(tr("Questions used for intentions"))
        form.addRow(tr("Questions for intentions"), self.intention_pack)
        lay.addLayout(form)
        self.message = label("", "muted", about=tr("Prompt pack message"))
        lay.addWidget(self.message)
        self.import_button.clicked.connect(self._choose_file)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.intention_pack.activated.connect(self._pick_intention_pack)
        self._enable(False)

    # -- section protocol -------------------------------------------------------------------
    def load(self, db: Database) -> None:
        self.db = db
        self._enable(True)
        self.message.clear()
        self.reload()

    def clear(self) -> None:
        self.db = None
        self.model.set_packs([])
        self.intention_pack.clear()
        self.message.clear()
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for w in (self.import_button, self.intention_pack, self.table):
            w.setEnabled(on)
        self._update_buttons()

    def reload(self) -> None:
        if self.db is None or self.db.closed:
            return
        self.model.set_packs(prompts.available_packs(self.db))
        self.intention_pack.blockSignals(True)
        self.intention_pack.clear()
        chosen = prompts.chosen_pack(self.db, "intention")
        for pack in prompts.available_packs(self.db, "intention"):
            suffix = "" if pack.shipped else " " + tr("(imported)")
            self.intention_pack.addItem(pack.title + suffix, pack.id)
        self.intention_pack.setCurrentIndex(max(0, self.intention_pack.findData(chosen.id)))
        self.intention_pack.blockSignals(False)
        self._update_buttons()

    def _selected(self) -> PromptPack | None:
        index = self.table.currentIndex()
        return self.model.data(index, PackRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        pack = self._selected()
        self.remove_button.setEnabled(self.db is not None and pack is not None and not pack.shipped)

    # -- import / remove ----------------------------------------------------------------------
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window(),
            tr("Import a prompt pack"),
            str(Path.home()),
            tr("Prompt packs (*.toml);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Validate and import ``path``; on refusal show every reason and change nothing."""
        if self.db is None:
            return False
        try:
            result = prompts.import_pack(self.db, path)
        except PackError as exc:
            shown = [str(p) for p in exc.problems[:MAX_PROBLEMS_SHOWN]]
            more = len(exc.problems) - len(shown)
            text = tr("This pack was not imported; nothing was changed.") + "\n" + "\n".join(shown)
            if more > 0:
                text += "\n" + arg(tr("…and %1 more."), more)
            announce(self.message, text)
            self.message.setProperty("role", "error")
            self._restyle()
            logger.info("prompt pack refused (%d problems)", len(exc.problems))
            return False
        except StorageError as exc:
            announce(self.message, arg(tr("Not saved: %1"), error_text(exc)))
            return False
        pack = result.pack
        if result.replaced_version:
            text = arg(
                tr("“%1” updated from version %2 to %3."), pack.title, result.replaced_version, pack.version
            )
        else:
            text = arg(tr("“%1” (version %2) imported."), pack.title, pack.version)
        announce(self.message, text)
        self.message.setProperty("role", "ok")
        self._restyle()
        self.reload()
        self.changed.emit("setting")
        return True

    def _restyle(self) -> None:
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def remove_selected(self, confirm: bool = True) -> bool:
        pack = self._selected()
        if self.db is None or pack is None or pack.shipped:
            return False
        if confirm:
            answer = QMessageBox.question(
                self.window(),
                tr("Remove this pack?"),
                arg(tr("Remove “%1”? What you already wrote with it stays in your journal."), pack.title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            prompts.remove_imported(self.db, pack.id)
        except StorageError as exc:
            announce(self.message, error_text(exc))
            return False
        self.message.setProperty("role", "muted")
        self._restyle()
        announce(self.message, arg(tr("“%1” removed."), pack.title))
        self.reload()
        self.changed.emit("setting")
        return True

    def select_pack(self, pack_id: str) -> None:
        for row, pack in enumerate(self.model.packs):
            if pack.id == pack_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    def _pick_intention_pack(self) -> None:
        if self.db is None:
            return
        pack_id = str(self.intention_pack.currentData() or "")
        shipped = prompts.shipped_pack("intention").id
        try:
            prompts.set_chosen_pack(self.db, "intention", None if pack_id == shipped else pack_id)
        except StorageError as exc:
            announce(self.message, error_text(exc))
            return
        self.changed.emit("setting")
