"""The "What to include" list: one row per shared item, ticked or not, under a bold
heading per section, backed by a model.

Ten years of a journal offer about 5,000 items. A ``QListWidget`` made 5,000 items on
the GUI thread each time the dates changed (a stall of its own); this model holds the
offered items as they are and answers the view for the rows on screen only, and the
view assumes one row height (``setUniformItemSizes``), so nothing walks every row to
lay the list out. A long text is cut with "…" on screen; its tooltip and its
accessible text are whole.

Keyboard: one Tab stop, arrows move, Space ticks or unticks the current row (the
item delegate's own handling of a checkable row).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListView, QWidget

from kapjournal import summary as S
from kapjournal.i18n import tr, translated

UID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable


class IncludeModel(QAbstractListModel):
    """Rows of (text, uid): a uid of ``""`` is a section heading (or the "nothing
    shared" line), not ticked and not selectable. ``toggled(uid, included)`` when the
    person ticks or unticks a row."""

    toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []
        self._excluded: set[str] = set()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- filling ----------------------------------------------------------------------
    def fill(self, offered: list[S.OfferedItem], excluded: set[str], font: QFont) -> None:
        """Show ``offered`` (a heading before each section), unticked where in
        ``excluded`` (the model keeps its own copy)."""
        rows: list[tuple[str, str]] = []
        section = None
        for item in offered:
            if item.section != section:
                section = item.section
                rows.append((translated(S.SECTIONS[section]), ""))
            rows.append((item.text, item.uid))
        if not offered:
            rows.append((tr("Nothing shared in these dates yet."), ""))
        self._bold = QFont(font)
        self._bold.setBold(True)
        self.beginResetModel()
        self._rows = rows
        self._excluded = set(excluded)
        self.endResetModel()

    def wipe(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._excluded = set()
        self.endResetModel()

    def include_all(self) -> None:
        """Tick every row (no ``toggled``: the caller says what changed)."""
        self._excluded.clear()
        if self._rows:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def uid_rows(self) -> list[int]:
        """The rows that are items (headings left out)."""
        return [i for i, (_text, uid) in enumerate(self._rows) if uid]

    # -- the model --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not self._rows[index.row()][1]:
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text, uid = self._rows[index.row()]
        if role in _TEXT_ROLES:
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            if not uid:
                return None
            return Qt.CheckState.Unchecked if uid in self._excluded else Qt.CheckState.Checked
        if role == UID_ROLE:
            return uid or None
        if role == Qt.ItemDataRole.FontRole and not uid:
            return self._bold
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        uid = self._rows[index.row()][1]
        if not uid:
            return False
        included = Qt.CheckState(value) == Qt.CheckState.Checked
        if included == (uid not in self._excluded):
            return True
        if included:
            self._excluded.discard(uid)
        else:
            self._excluded.add(uid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit(uid, included)
        return True


class IncludeRow:
    """One item row of the list, as tests and the page hold it (``text``,
    ``checkState``, ``setCheckState`` like a list item)."""

    def __init__(self, model: IncludeModel, row: int) -> None:
        self._index = QPersistentModelIndex(model.index(row))
        self._model = model

    def text(self) -> str:
        return str(self._model.data(QModelIndex(self._index)))

    def uid(self) -> str:
        return str(self._model.data(QModelIndex(self._index), UID_ROLE))

    def checkState(self) -> Qt.CheckState:  # named as QListWidgetItem names it
        return Qt.CheckState(self._model.data(QModelIndex(self._index), Qt.ItemDataRole.CheckStateRole))

    def setCheckState(self, state: Qt.CheckState) -> None:
        self._model.setData(QModelIndex(self._index), state, Qt.ItemDataRole.CheckStateRole)


class IncludeList(QListView):
    """The view: one Tab stop, arrows inside, rows of one height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.include_model = IncludeModel(self)
        self.setModel(self.include_model)
        self.setUniformItemSizes(True)  # no walk over 5,000 rows to size them
        self.setTabKeyNavigation(False)
        self.setAccessibleName(tr("Entries to include"))
        self.setMinimumHeight(220)
        self.setMinimumWidth(0)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def count(self) -> int:
        """How many rows the list shows, headings included (as ``QListWidget.count``)."""
        return self.include_model.rowCount()

    def rows(self) -> list[IncludeRow]:
        """The item rows (headings left out)."""
        return [IncludeRow(self.include_model, i) for i in self.include_model.uid_rows()]
