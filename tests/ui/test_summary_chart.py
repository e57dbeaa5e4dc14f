"""The Summary page's chart (issue 14, memory): the preview shows it drawn as wide as
it is shown, and an export still gets it at print resolution."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from kapjournal import summary as S
from kapjournal.exporters import CHART_SCALE
from kapjournal.exporters.html import CHART_URL
from kapjournal.ui.summary import summary_page
from kapjournal.ui.summary.chart_process import SCREEN_PIXEL_RATIO
from kapjournal.ui.summary.summary_page import ExportNotice
from tests.domain.test_summary import END, START, build_fixed_journal
from tests.ui.pages import Summary, db_of
from tests.uihelpers import create_journal_via_ui


def test_preview_chart_is_screen_sized_and_the_export_gets_print_resolution(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    w = make_window()
    create_journal_via_ui(qtbot, w)
    build_fixed_journal(db_of(w))
    w.data_changed.emit("checkin")
    w.shell.show_page("summary")
    page = Summary(w)
    page.date_from.setDate(page.date_from.date().fromString(START.isoformat(), "yyyy-MM-dd"))
    page.date_to.setDate(page.date_to.date().fromString(END.isoformat(), "yyyy-MM-dd"))
    qtbot.waitUntil(
        lambda: page.summary is not None and page.summary.start == START and not page.widget.building()
    )
    summary = page.summary
    assert summary.chart_svg, "the fixed journal has check-ins in the range: a mood chart"
    own_width = QSvgRenderer(QByteArray(summary.chart_svg)).defaultSize().width()

    # The preview's document holds a chart as wide as it is shown, at most twice over.
    image_width = page.widget.preview_pane.request_widths()[0]
    shown = page.widget.preview.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL))
    assert isinstance(shown, QImage) and not shown.isNull()
    assert shown.width() <= SCREEN_PIXEL_RATIO * image_width + 1
    assert shown.width() < own_width * CHART_SCALE

    # An export is given the chart at print resolution.
    monkeypatch.setattr(ExportNotice, "ask", classmethod(lambda cls, parent: True))
    given: list[S.Summary] = []
    real_export = summary_page.export
    monkeypatch.setattr(summary_page, "export", lambda s, *a, **k: (given.append(s), real_export(s, *a, **k)))
    target = tmp_path / S.default_filename("pdf", START)
    monkeypatch.setattr(page.widget, "choose_path", lambda fmt: target)
    page.choose_format("pdf")
    with qtbot.waitSignal(page.widget.exported, timeout=20000):
        page.press_export()
    assert len(given) == 1 and given[0].chart_png
    printed = QImage.fromData(QByteArray(given[0].chart_png))
    assert printed.width() == int(own_width * CHART_SCALE)
    assert target.stat().st_size > len(given[0].chart_png) // 2  # the PDF carries the image
