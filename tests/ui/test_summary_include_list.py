"""The "What to include" list is a model (issue 14): headings and rows as before,
Space ticks and unticks the current row, and ten years of items are rows of a model,
not list items."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kapjournal import summary as S
from kapjournal.ui.summary.include_list import UID_ROLE, IncludeList
from tests.domain.test_summary import UNTICK_TEXT
from tests.uihelpers import open_fixed_summary


def test_space_unticks_the_current_row_and_the_preview_follows(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    _w, page = open_fixed_summary(qtbot, make_window)
    assert UNTICK_TEXT in page.preview_text()
    view = page.widget.items
    model = view.model()
    row = next(i for i in range(model.rowCount()) if UNTICK_TEXT in model.index(i, 0).data())
    assert model.index(0, 0).data(UID_ROLE) is None  # a section heading first
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    qtbot.waitUntil(lambda: UNTICK_TEXT not in page.preview_text())
    QTest.keyClick(view, Qt.Key.Key_Space)  # and back in
    qtbot.waitUntil(lambda: UNTICK_TEXT in page.preview_text())
    assert view.accessibleName() == "Entries to include"
    assert page.item_count() == model.rowCount()


def test_ten_years_of_items_are_model_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = IncludeList()
    qtbot.addWidget(view)
    day = date(2020, 1, 1)
    offered = [S.OfferedItem(f"entry:{i}", "sessions", day, f"Reflection {i}") for i in range(5000)]
    view.include_model.fill(offered, {"entry:7"}, view.font())
    assert view.count() == 5001  # one heading
    rows = view.rows()
    assert len(rows) == 5000 and rows[7].checkState() == Qt.CheckState.Unchecked
    assert rows[8].checkState() == Qt.CheckState.Checked
    toggled: list[tuple[str, bool]] = []
    view.include_model.toggled.connect(lambda uid, on: toggled.append((uid, on)))
    rows[8].setCheckState(Qt.CheckState.Unchecked)
    rows[8].setCheckState(Qt.CheckState.Unchecked)  # no change: no signal
    assert toggled == [("entry:8", False)]
    view.include_model.include_all()
    assert all(r.checkState() == Qt.CheckState.Checked for r in rows[:20])
