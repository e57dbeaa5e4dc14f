"""The journal list's snippet painting in a narrow list (the search pane beside the
detail, a small window, 1.5× text): the match stays in view, right-to-left too."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView

from kapjournal.ui.common.widgets import theme_colour
from kapjournal.ui.reflection.entry_delegate import EntryDelegate, HeadingRole, SnippetRole, SummaryRole

HEBREW_TAIL = " ליד החלון היה איתי כל הלילה עד הבוקר, שקט ורגוע, והרגשתי שאני לא לבד בחדר"
SNIPPETS = {
    "right-to-left, match first": "\x02הפנס\x03" + HEBREW_TAIL,
    "right-to-left, match after a few words": "רשימות בוקר \x02הפנס\x03" + HEBREW_TAIL,
    "right-to-left, match late": "רשימות בוקר" + HEBREW_TAIL + " \x02הפנס\x03 והשקט",
    "mixed, Latin match in Hebrew": "רשימות בוקר \x02lantern\x03" + HEBREW_TAIL,
    "left-to-right": "the \x02lantern\x03 by the window kept me company all night until the morning came",
}


def _marked_pixels(qtbot, snippet: str, width: int) -> int:  # type: ignore[no-untyped-def]
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData("Monday · Note", HeadingRole)
    item.setData("Morning notes", SummaryRole)
    item.setData(snippet, SnippetRole)
    model.appendRow(item)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(EntryDelegate(view))
    view.setFixedSize(width, 120)
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    mark = theme_colour("warn_bg", QColor("#fbefd9")).rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == mark)


@pytest.mark.parametrize("name", list(SNIPPETS))
def test_the_match_stays_in_view_in_a_narrow_list(qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    wide = _marked_pixels(qtbot, SNIPPETS[name], 900)
    narrow = _marked_pixels(qtbot, SNIPPETS[name], 180)
    assert wide > 40
    assert narrow > 0.8 * wide, (narrow, wide)  # the whole mark, not a sliver
