"""How the charts look: the light and dark palettes (calm colours that keep mood,
anxiety and session days apart, the PHQ-9 / GAD-7 bands from pale to warm) and the
styling every chart and axis gets. The charts themselves are :mod:`.charts`."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import QChart, QLegend
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChartColors:
    background: str
    plot: str
    text: str
    muted: str
    grid: str
    mood: str
    anxiety: str
    session: str
    total: str
    bands: tuple[str, ...]


LIGHT_CHART = ChartColors(
    background="#ffffff",
    plot="#ffffff",
    text="#2b2f33",
    muted="#5f676e",
    grid="#e4e0d7",
    mood="#2f7d7a",
    anxiety="#b0642a",
    session="#7a5fa0",
    total="#2b2f33",
    bands=("#e3f1ec", "#eef3dc", "#f8efd5", "#f7e2d3", "#f3d6d6"),
)
DARK_CHART = ChartColors(
    background="#272c30",
    plot="#272c30",
    text="#e6e4df",
    muted="#a9b0b5",
    grid="#3c4349",
    mood="#5fb3ae",
    anxiety="#e0a066",
    session="#b9a3e0",
    total="#e6e4df",
    bands=("#24403c", "#35402a", "#4a4128", "#4d3628", "#4f2c2e"),
)


def style_chart(chart: QChart, colors: ChartColors, font_px: int | None) -> None:
    """Background, margins, title and legend in ``colors``; text at ``font_px`` if given."""
    chart.setBackgroundBrush(QBrush(QColor(colors.background)))
    chart.setPlotAreaBackgroundBrush(QBrush(QColor(colors.plot)))
    chart.setPlotAreaBackgroundVisible(True)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setTitleBrush(QBrush(QColor(colors.text)))
    legend = chart.legend()
    legend.setLabelColor(QColor(colors.text))
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
    if font_px:
        f = QFont(chart.titleFont())
        f.setPixelSize(int(font_px * 1.25))
        f.setBold(True)
        chart.setTitleFont(f)
        lf = QFont(legend.font())
        lf.setPixelSize(font_px)
        legend.setFont(lf)


def style_axis(axis: Any, colors: ChartColors, font_px: int | None) -> None:
    """Labels, line, grid and title of an axis in ``colors``."""
    axis.setLabelsColor(QColor(colors.muted))
    axis.setLinePen(QPen(QColor(colors.grid)))
    axis.setGridLinePen(QPen(QColor(colors.grid), 1))
    axis.setTitleBrush(QBrush(QColor(colors.muted)))
    if font_px:
        f = QFont(axis.labelsFont())
        f.setPixelSize(font_px)
        axis.setLabelsFont(f)
        tf = QFont(axis.titleFont())
        tf.setPixelSize(font_px)
        axis.setTitleFont(tf)
