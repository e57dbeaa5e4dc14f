"""Building the summary and its preview off the GUI thread, newest request only.

A rebuild runs in three steps, only the middle one on the GUI thread:

1. a worker reads the range (:func:`~kapjournal.summary.collect`, kept while the dates
   stay) and builds the :class:`~kapjournal.summary.Summary`;
2. the GUI thread draws the chart as SVG from the data the worker prepared (QtCharts
   live in the GUI thread), only when that data changed since the last rebuild;
3. a worker rasterizes the chart and builds the preview document from its HTML at the
   view's width (``QTextDocument`` is reentrant; its fonts come from the font database,
   which threads share), then hands the document to the GUI thread, where the view lays
   it out lazily.

Measured limit: PySide6 holds the GIL during each Qt call, so a long single call on a
worker (``setHtml`` of a ten-year summary: 90-250 ms) still holds up the GUI thread's
Python for that long. Rendering in a subprocess would not, but starting one costs
0.7-1.0 s per export (measured), which breaks the 2 s target; a renderer process
started ahead of time is the way on from here.

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

logger = logging.getLogger(__name__)

#: The preview's chart is drawn for screens up to this pixel ratio (exports keep CHART_SCALE).
SCREEN_PIXEL_RATIO = 2


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


@dataclass(frozen=True)
class Built:
    """A finished rebuild: ``offered`` is None when the reading was reused."""

    collected: S.Collected
    offered: list[S.OfferedItem] | None
    summary: S.Summary
    trend: TrendData | None = None
    doc: QTextDocument | None = None


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


def _lay_out(built: Built, svg: bytes | None, req: Request) -> Built:
    """Step 3, on a worker: the chart as PNG and the preview document."""
    with using_language(req.language):
        return _lay_out_in_language(built, svg, req)


def _lay_out_in_language(built: Built, svg: bytes | None, req: Request) -> Built:
    # The summary keeps the chart as SVG; the exports draw it at print resolution
    # (with_print_chart), the preview as wide as it shows it.
    summary = S.attach_chart(built.summary, (lambda _s, _fmt: svg) if svg else None, formats=("svg",))
    shown = summary
    if svg and summary.chart_svg:
        shown = replace(summary, chart_png=_screen_png(svg, req.image_width))
    doc = build_document(shown, image_width=req.image_width)
    doc.setDocumentMargin(req.margin)
    # Not laid out here: PySide6 keeps the GIL through a Qt call, so one whole-document
    # layout on a worker blocks the GUI thread as long (measured: 260-380 ms at ten years
    # on a loaded machine). The view lays it out lazily, what is on screen first.
    doc.setTextWidth(req.view_width)
    app = QCoreApplication.instance()
    if app is not None:
        doc.moveToThread(app.thread())  # from the thread it lives in, as Qt requires
    return replace(built, summary=summary, doc=doc)


def with_print_chart(summary: S.Summary) -> S.Summary:
    """*summary* with its chart as PNG at print resolution, for an export (run it on the
    export's worker: the 3372 x 1347 image is 17 MiB while it is drawn)."""
    if summary.chart_svg and not summary.chart_png:
        return replace(summary, chart_png=rasterize_svg(summary.chart_svg, CHART_SCALE))
    return summary


def _screen_png(svg: bytes, image_width: int) -> bytes:
    """The chart for the preview: as wide as shown there, sharp up to a pixel ratio of
    2. The document keeps its image decoded; at print resolution (3372 x 1347) that
    held 17 MiB for as long as the page lived, and was drawn on every rebuild (issue 14)."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    own_width = QSvgRenderer(QByteArray(svg)).defaultSize().width()
    return rasterize_svg(svg, min(CHART_SCALE, SCREEN_PIXEL_RATIO * image_width / max(1, own_width)))


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
        self._chart: tuple[tuple[TrendData, str], bytes | None] | None = None

    def busy(self) -> bool:
        return self._running or self._pending is not None

    def request(self, req: Request) -> None:
        """Build for ``req``; supersedes any request not yet finished."""
        self._generation += 1
        self._pending = req
        if not self._running:
            self._next()

    def cancel(self) -> None:
        """Forget every request (on lock): a result still on its way is dropped."""
        self._generation += 1
        self._pending = None
        self._chart = None

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
        with using_language(req.language):  # the chart's axis and band words
            svg = self._chart_svg(built.trend, req.language)
        run_task(
            lambda: _lay_out(built, svg, req),
            lambda b: self._after_layout(gen, b),
            self._on_error(gen),
        )

    def _chart_svg(self, trend: TrendData | None, lang: str) -> bytes | None:
        """The chart for ``trend`` (the last one again when its data and language are
        the same)."""
        if trend is None or not trend.has_checkins:
            return None
        if self._chart is None or self._chart[0] != (trend, lang):
            svg = render_data_image(trend, width_px=CHART_WIDTH, height_px=CHART_HEIGHT, fmt="svg")
            self._chart = ((trend, lang), svg)
        return self._chart[1]

    def _after_layout(self, gen: int, built: Built) -> None:
        if self._stale(gen):
            return
        self._running = False
        self.built.emit(built)

    def _on_error(self, gen: int) -> Callable[[Any], None]:
        def failed(exc: Any) -> None:
            if self._stale(gen):
                return
            self._running = False
            self.failed.emit(exc)

        return failed
