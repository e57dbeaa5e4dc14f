"""Building the summary and its preview off the GUI thread, newest request only.

A rebuild runs in three steps, only the middle one on the GUI thread:

1. a worker reads the range (:func:`~kapjournal.summary.collect`, kept while the dates
   stay) and builds the :class:`~kapjournal.summary.Summary`;
2. the chart, only when its data changed since the last rebuild: asked of the renderer
   process (:mod:`.chart_process`, started with the journal open) from the worker of
   step 3, or, when there is none, drawn as SVG in the GUI thread (QtCharts live
   there) and rasterized on the worker;
3. a worker cuts the preview document's HTML in pieces (:func:`qt_html_pieces`) and
   builds the document from them at the view's width, one short Qt call per piece
   (``QTextDocument`` is reentrant; its fonts come from the font database, which
   threads share), then hands the document to the GUI thread, where the view lays it
   out lazily.

Measured limit: PySide6 holds the GIL during each Qt call, so a long single call on a
worker (``setHtml`` of a ten-year summary: 90-250 ms; the chart's SVG drawn at print
scale: 0.3-0.5 s) holds up the GUI thread's Python for that long. Hence the pieces,
the chart in a process of its own, and PNG written with zlib (:mod:`~kapjournal.exporters.png`).

While a rebuild runs, a newer request waits as the only pending one: requests in
between are dropped, and a result that is no longer the newest is thrown away.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QTextDocument

from kapjournal import summary as S
from kapjournal.exporters import CHART_HEIGHT, CHART_SCALE, CHART_WIDTH, rasterize_svg
from kapjournal.exporters.pdf import build_document
from kapjournal.i18n import using_language
from kapjournal.measures.checkins import TrendData
from kapjournal.storage.db import Database
from kapjournal.ui.common.charts import render_data_image
from kapjournal.ui.common.workers import run_task
from kapjournal.ui.summary.chart_process import (
    Chart,
    ChartProcess,
    ChartRequest,
    screen_png,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    """What to build: the options, the image width and the view's (the document is
    laid out at the view's width, as the view would), and an earlier reading to reuse."""

    db: Database
    options: S.SummaryOptions
    image_width: int
    view_width: int
    margin: int
    collected: S.Collected | None
    language: str = "en"  # the summary's own language (the therapist's)
    charts: ChartProcess | None = None  # the renderer process, when there is one


@dataclass(frozen=True)
class Built:
    """A finished rebuild: ``offered`` is None when the reading was reused."""

    collected: S.Collected
    offered: list[S.OfferedItem] | None
    summary: S.Summary
    trend: TrendData | None = None
    doc: QTextDocument | None = None
    chart: Chart | None = None  # the chart the document shows (kept for the next rebuild)
    chart_missing: bool = False  # the renderer process failed: draw it here and lay out again


#: What step 3 gets for the chart: one already drawn, a request for the renderer
#: process, an SVG drawn in the GUI thread (rasterized on the worker), or nothing.
ChartSource = Chart | ChartRequest | bytes | None


def _read(req: Request) -> Built:
    """Step 1, on a worker."""
    with using_language(req.language):  # the worker's own context: enter it here
        return _read_in_language(req)


def _read_in_language(req: Request) -> Built:
    start, end = req.options.start, req.options.end
    if end < start:
        start, end = end, start
    col = req.collected
    offered = None
    if col is None or (col.start, col.end) != (start, end):
        col = S.collect(req.db, start, end)
        offered = S.offered_items(col)
    summary = S.build_summary(req.db, req.options, collected=col)
    trend = S.trend_data_of(summary) if summary.has("mood") and summary.checkins else None
    return Built(col, offered, summary, trend)


def _lay_out(built: Built, chart: ChartSource, req: Request) -> Built:
    """Step 3, on a worker: the chart as PNG and the preview document."""
    with using_language(req.language):
        return _lay_out_in_language(built, chart, req)


def _chart_of(chart: ChartSource, charts: ChartProcess | None) -> Chart | None:
    if isinstance(chart, ChartRequest):
        return charts.draw(chart) if charts is not None else None
    if isinstance(chart, bytes):  # drawn here: its print PNG waits for an export
        return Chart(chart, None)
    return chart


def _lay_out_in_language(built: Built, source: ChartSource, req: Request) -> Built:
    chart = _chart_of(source, req.charts)
    if chart is None and isinstance(source, ChartRequest):
        return replace(built, chart_missing=True)
    # The summary keeps the chart as SVG, and as PNG at print resolution when the
    # renderer process drew it (else an export draws it: with_print_chart); the
    # preview shows it as wide as it shows it.
    summary = S.attach_chart(
        built.summary,
        (lambda _s, fmt: chart.svg if fmt == "svg" else chart.png) if chart is not None else None,
        formats=("png", "svg"),
    )
    shown = summary
    if chart is not None and summary.chart_svg:
        shown = replace(summary, chart_png=chart.screen_png or screen_png(chart.svg, req.image_width))
    doc = build_document(shown, image_width=req.image_width)
    doc.setDocumentMargin(req.margin)
    # Not laid out here: the view lays it out again when it is shown (setting its
    # width starts Qt's layout over), lazily, what is on screen first.
    doc.setTextWidth(req.view_width)
    app = QCoreApplication.instance()
    if app is not None:
        doc.moveToThread(app.thread())  # from the thread it lives in, as Qt requires
    return replace(built, summary=summary, doc=doc, chart=chart, chart_missing=False)


def with_print_chart(summary: S.Summary) -> S.Summary:
    """*summary* with its chart as PNG at print resolution, for an export (run it on the
    export's worker: the 3372 x 1347 image is 17 MiB while it is drawn)."""
    if summary.chart_svg and not summary.chart_png:
        return replace(summary, chart_png=rasterize_svg(summary.chart_svg, CHART_SCALE))
    return summary


class PreviewBuilder(QObject):
    """``built(Built)`` with the newest request's result; ``failed(exc)``."""

    built = Signal(object)
    read = Signal(object)  # step 1 done (the offered items may change before the preview)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._running = False
        self._pending: Request | None = None
        self._chart: tuple[tuple[TrendData, str], Chart] | None = None
        self.charts = ChartProcess()
        self.destroyed.connect(self.charts.stop)

    def busy(self) -> bool:
        return self._running or self._pending is not None

    def start_charts(self) -> None:
        """Start the renderer process (the journal is open; it takes a second)."""
        self.charts.start()

    def request(self, req: Request) -> None:
        """Build for ``req``; supersedes any request not yet finished."""
        self._generation += 1
        self._pending = replace(req, charts=self.charts)
        if not self._running:
            self._next()

    def cancel(self) -> None:
        """Forget every request (on lock): a result still on its way is dropped."""
        self._generation += 1
        self._pending = None
        self._chart = None

    def stop(self) -> None:
        """On lock: forget everything and end the renderer process (it held the
        chart's data)."""
        self.cancel()
        self.charts.stop()

    def _next(self) -> None:
        req, self._pending = self._pending, None
        if req is None:
            self._running = False
            return
        self._running = True
        gen = self._generation
        run_task(lambda: _read(req), lambda b: self._after_read(gen, req, b), self._on_error(gen))

    def _stale(self, gen: int) -> bool:
        if gen == self._generation:
            return False
        self._next()  # a newer request is waiting (or none is)
        return True

    def _after_read(self, gen: int, req: Request, built: Built) -> None:
        if self._stale(gen):
            return
        self.read.emit(built)
        chart = self._chart_source(built.trend, req, self.charts.ready())
        self._lay_out_later(gen, req, built, chart)

    def _lay_out_later(self, gen: int, req: Request, built: Built, chart: ChartSource) -> None:
        run_task(
            lambda: _lay_out(built, chart, req),
            lambda b: self._after_layout(gen, req, b),
            self._on_error(gen),
        )

    def _chart_source(self, trend: TrendData | None, req: Request, process: bool) -> ChartSource:
        """The chart for ``trend``: the last one again when its data and language are
        the same, else a request for the renderer process or (``process`` False) its
        SVG drawn here."""
        lang = req.language
        if trend is None or not trend.has_checkins:
            return None
        if self._chart is not None and self._chart[0] == (trend, lang):
            return self._chart[1]
        if process:
            return ChartRequest(trend, lang, CHART_WIDTH, CHART_HEIGHT, CHART_SCALE, req.image_width)
        with using_language(lang):  # the chart's axis and band words
            return render_data_image(trend, width_px=CHART_WIDTH, height_px=CHART_HEIGHT, fmt="svg")

    def _after_layout(self, gen: int, req: Request, built: Built) -> None:
        if self._stale(gen):
            return
        if built.chart_missing:  # the renderer process failed: draw it here
            self._lay_out_later(gen, req, built, self._chart_source(built.trend, req, False))
            return
        if built.chart is not None and built.trend is not None:
            self._chart = ((built.trend, req.language), built.chart)
        self._running = False
        self.built.emit(built)

    def _on_error(self, gen: int) -> Callable[[Any], None]:
        def failed(exc: Any) -> None:
            if self._stale(gen):
                return
            self._running = False
            self.failed.emit(exc)

        return failed
