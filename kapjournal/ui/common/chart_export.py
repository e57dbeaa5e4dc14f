"""The summary's chart, drawn by the app's trends chart (QtCharts), for the Summary
page and the command line. Needs a QApplication; the command line gets an offscreen
one from :func:`ensure_gui_app`."""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtWidgets import QApplication

from kapjournal import summary as summary_mod
from kapjournal.exporters import CHART_HEIGHT, CHART_SCALE, CHART_WIDTH, rasterize_svg
from kapjournal.summary import Summary
from kapjournal.ui.common import charts

logger = logging.getLogger(__name__)


def qt_chart_renderer(*, dark: bool = False) -> summary_mod.ChartRenderer:
    """A chart renderer for :func:`kapjournal.summary.attach_chart` that draws the
    app's trends chart (``kapjournal.ui.common.charts``).

    The chart is drawn from the summary's own records (:func:`kapjournal.summary.
    trend_data_of`): unticked and unshared check-ins never reach it. Needs a
    QApplication (``charts.ensure_application`` makes an offscreen one).
    """
    cache: dict[int, bytes | None] = {}

    def renderer(s: Summary, fmt: str) -> bytes | None:
        key = id(s)
        if key not in cache:
            cache.clear()
            data = summary_mod.trend_data_of(s)
            cache[key] = (
                charts.render_data_image(
                    data, width_px=CHART_WIDTH, height_px=CHART_HEIGHT, fmt="svg", dark=dark
                )
                if data.has_checkins
                else None
            )
        svg = cache[key]
        if svg is None or fmt == "svg":
            return svg
        return rasterize_svg(svg, CHART_SCALE)

    return renderer


def ensure_gui_app() -> Any:
    """The running QApplication, or a new offscreen one (the command line)."""
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["kapjournal-export"])
    return app
