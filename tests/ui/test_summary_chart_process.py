"""The summary's chart drawn by a renderer process (issue 14): the same chart as one
drawn in the app, started with the journal open, ended on lock, and the page draws
the chart itself when the process is not there or fails."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from kapjournal import summary as S
from kapjournal.exporters import CHART_HEIGHT, CHART_SCALE, CHART_WIDTH
from kapjournal.exporters.html import CHART_URL
from kapjournal.exporters.png import png_image
from kapjournal.ui.summary import chart_process
from kapjournal.ui.summary.builder import with_print_chart
from kapjournal.ui.summary.chart_process import SCREEN_PIXEL_RATIO, ChartProcess, ChartRequest
from tests.domain.test_summary import END, START
from tests.uihelpers import open_fixed_summary


def _summary_page(qtbot, make_window):  # type: ignore[no-untyped-def]
    w, page = open_fixed_summary(qtbot, make_window)
    return w, page.widget
    return w, page


def test_the_process_draws_the_same_chart(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    _w, page = _summary_page(qtbot, make_window)
    trend = S.trend_data_of(page.summary)
    req = ChartRequest(trend, "en", CHART_WIDTH, CHART_HEIGHT, CHART_SCALE)
    process = ChartProcess()
    process.start()
    qtbot.waitUntil(process.ready, timeout=60_000)
    try:
        theirs = process.draw(req)
    finally:
        process.stop()
    ours = chart_process.draw(req)
    assert theirs is not None
    assert theirs.svg == ours.svg
    assert png_image(theirs.png) == png_image(ours.png)
    assert not process.running()


def test_started_with_the_journal_ended_on_lock(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w, page = _summary_page(qtbot, make_window)
    charts = page.builder.charts
    assert charts.running()
    qtbot.waitUntil(charts.ready, timeout=60_000)  # until then the page draws charts itself
    assert page.summary.chart_svg  # drawn here (its print PNG waits for an export)
    drawn: list[object] = []
    real = ChartProcess.draw

    def draw(self, req):  # type: ignore[no-untyped-def]
        drawn.append(req.trend.start)
        return real(self, req)

    monkeypatch.setattr(ChartProcess, "draw", draw)
    page.set_range(START + timedelta(days=1), END)  # other data: a new chart
    qtbot.waitUntil(lambda: page.summary.start != START and not page.building())
    assert drawn == [START + timedelta(days=1)]
    assert page.summary.chart_png  # the process drew it at print scale too
    # ... and at the preview's own size: the preview does not hold the print image
    shown = page.preview.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL))
    assert isinstance(shown, QImage) and not shown.isNull()
    assert shown.width() <= SCREEN_PIXEL_RATIO * page.preview_pane.request_widths()[0] + 1
    page.show_name.setChecked(not page.show_name.isChecked())  # same data: the chart is kept
    qtbot.waitUntil(lambda: not page.building())
    assert len(drawn) == 1
    w.lock("test")
    assert not charts.running()


def test_without_the_process_the_page_draws_the_chart(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _w, page = _summary_page(qtbot, make_window)
    page.builder.charts.stop()  # not there
    page.set_range(START + timedelta(days=1), END)
    qtbot.waitUntil(lambda: page.summary.start != START and not page.building())
    assert page.summary.chart_svg and not page.summary.chart_png  # an export draws it
    assert with_print_chart(page.summary).chart_png
    page.builder.charts.start()
    qtbot.waitUntil(page.builder.charts.ready, timeout=60_000)
    monkeypatch.setattr(ChartProcess, "draw", lambda self, req: None)  # there, but it fails
    page.set_range(START + timedelta(days=2), END)
    qtbot.waitUntil(lambda: page.summary.start == START + timedelta(days=2) and not page.building())
    assert page.summary.chart_svg and with_print_chart(page.summary).chart_png  # drawn here
