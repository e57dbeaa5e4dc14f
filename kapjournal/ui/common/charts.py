"""Charts of mood and anxiety (with session days marked) and of PHQ-9 / GAD-7 totals
(with their bands shaded), shared by the trends page and the summary exporter.

:func:`render_trends_image` draws the same charts into PNG or SVG bytes without showing
a window (a QChart in a QGraphicsScene, painted with QPainter). Everything is in the
patient's local days: each point sits at noon of its local day (or mid-week for weekly
averages), so the axis shows the day the patient lived.
"""

from __future__ import annotations

import functools
import logging
import os
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCharts import (
    QAbstractAxis,
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QDateTime,
    QIODevice,
    QRectF,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen

from kapjournal.i18n import arg, tr
from kapjournal.measures.checkins import TrendData, trend_data
from kapjournal.measures.instruments import Instrument, get_instrument
from kapjournal.storage.db import Database
from kapjournal.ui.common.chart_style import DARK_CHART, LIGHT_CHART, ChartColors, style_axis, style_chart
from kapjournal.ui.common.formatting import fmt_day

logger = logging.getLogger(__name__)

FORMATS = ("png", "svg")


def chart_colors(dark: bool) -> ChartColors:
    """The light or the dark palette (:mod:`.chart_style`)."""
    return DARK_CHART if dark else LIGHT_CHART


@functools.lru_cache(maxsize=8192)  # a ten-year chart asks for thousands of days, again per redraw
def day_msecs(day: date, at: time = time(12, 0)) -> float:
    """Milliseconds since the epoch of ``day`` at ``at`` in the machine's local time,
    which QDateTimeAxis shows back as that same day."""
    return float(
        QDateTime(QDate(day.year, day.month, day.day), QTime(at.hour, at.minute)).toMSecsSinceEpoch()
    )


def point_msecs(key: date, unit: str) -> float:
    if unit == "week":
        return day_msecs(key + timedelta(days=3))
    return day_msecs(key)


def _runs(points: list[tuple[date, float | None]]) -> list[list[tuple[date, float]]]:
    """Consecutive points with a value (a day without data breaks the line)."""
    runs: list[list[tuple[date, float]]] = []
    current: list[tuple[date, float]] = []
    for key, value in points:
        if value is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append((key, value))
    if current:
        runs.append(current)
    return runs


def _date_axis(
    data: TrendData, colors: ChartColors, font_px: int | None, max_ticks: int = 8
) -> QDateTimeAxis:
    axis = QDateTimeAxis()
    axis.setRange(
        QDateTime.fromMSecsSinceEpoch(int(day_msecs(data.start, time(0, 0)))),
        QDateTime.fromMSecsSinceEpoch(int(day_msecs(data.end, time(23, 59)))),
    )
    span = (data.end - data.start).days + 1
    axis.setFormat(
        tr("d MMM", "day and month format (Qt QLocale)")
        if span <= 400
        else tr("MMM yyyy", "month format (Qt QLocale)")
    )
    axis.setTickCount(max(2, min(max_ticks, span + 1)))
    style_axis(axis, colors, font_px)
    return axis


def _hide_legend(chart: QChart, series: Any) -> None:
    for marker in chart.legend().markers(series):
        marker.setVisible(False)


def _attach(chart: QChart, series: Any, x: QAbstractAxis, y: QAbstractAxis, *, in_legend: bool) -> None:
    """Add *series* to *chart* on axes *x* and *y*; only the first of a kind is named
    in the legend."""
    chart.addSeries(series)
    series.attachAxis(x)
    series.attachAxis(y)
    if not in_legend:
        _hide_legend(chart, series)


def _count_axis(top: float, ticks: int, colors: ChartColors, font_px: int | None) -> QValueAxis:
    """A 0–*top* axis of whole numbers."""
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setTickCount(ticks)
    axis.setLabelFormat("%d")
    style_axis(axis, colors, font_px)
    return axis


def _add_line(
    chart: QChart,
    name: str,
    points: list[tuple[date, float | None]],
    unit: str,
    color: str,
    x: QDateTimeAxis,
    y: QValueAxis,
    width: float,
    dashed: bool = False,
) -> None:
    pen = QPen(QColor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    first = True
    for run in _runs(points):
        s = QLineSeries()
        s.setName(name)
        s.setPen(pen)
        for key, value in run:
            s.append(point_msecs(key, unit), value)
        _attach(chart, s, x, y, in_legend=first)
        first = False
    dots = QScatterSeries()
    dots.setName(name)
    dots.setMarkerSize(max(5.0, width * 2.2))
    dots.setColor(QColor(color))
    dots.setBorderColor(QColor(color))
    for key, value in points:
        if value is not None:
            dots.append(point_msecs(key, unit), value)
    _attach(chart, dots, x, y, in_legend=first)


def _add_session_marks(
    chart: QChart,
    data: TrendData,
    colors: ChartColors,
    x: QDateTimeAxis,
    y: QValueAxis,
    top: float,
    width: float,
) -> None:
    pen = QPen(QColor(colors.session), width)
    pen.setStyle(Qt.PenStyle.DashLine)
    first = True
    seen: set[date] = set()
    for mark in data.sessions:
        if mark.day in seen:
            continue
        seen.add(mark.day)
        s = QLineSeries()
        s.setName(tr("Ketamine session"))
        s.setPen(pen)
        ms = day_msecs(mark.day)
        s.append(ms, 0)
        s.append(ms, top)
        _attach(chart, s, x, y, in_legend=first)
        first = False


def build_mood_chart(
    data: TrendData, *, dark: bool = False, font_px: int | None = None, line_width: float = 2.5
) -> QChart:
    """Mood and anxiety (0–10) over ``data``'s range, session days as dashed lines."""
    colors = chart_colors(dark)
    chart = QChart()
    style_chart(chart, colors, font_px)
    per = tr("daily average") if data.unit == "day" else tr("weekly average")
    chart.setTitle(tr("Mood and anxiety") + f" ({per})")
    x = _date_axis(data, colors, font_px)
    y = _count_axis(10, 6, colors, font_px)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    _add_session_marks(chart, data, colors, x, y, 10, max(1.5, line_width * 0.7))
    if "mood" in data.series:
        _add_line(
            chart,
            tr("Mood", "the check-in rating"),
            data.series["mood"],
            data.unit,
            colors.mood,
            x,
            y,
            line_width,
        )
    if "anxiety" in data.series:
        _add_line(
            chart,
            tr("Anxiety"),
            data.series["anxiety"],
            data.unit,
            colors.anxiety,
            x,
            y,
            line_width,
            dashed=False,
        )
    return chart


def build_questionnaire_chart(
    data: TrendData,
    instrument: str | Instrument,
    *,
    dark: bool = False,
    font_px: int | None = None,
    line_width: float = 2.5,
) -> QChart:
    """One instrument's totals with its bands shaded and named on the right."""
    inst = get_instrument(instrument)
    colors = chart_colors(dark)
    chart = QChart()
    style_chart(chart, colors, font_px)
    chart.setTitle(arg(tr("%1 total"), inst.title))
    x = _date_axis(data, colors, font_px, max_ticks=4)
    y = _count_axis(inst.max_total, 4, colors, font_px)
    bands_axis = QCategoryAxis()
    bands_axis.setRange(0, inst.max_total)
    bands_axis.setStartValue(0)
    for band in inst.bands:
        bands_axis.append(
            band.short or band.label,
            min(inst.max_total, band.upper + 0.5) if band.upper < inst.max_total else inst.max_total,
        )
    bands_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
    style_axis(bands_axis, colors, font_px)
    small = QFont(bands_axis.labelsFont())
    if small.pixelSize() > 0:
        small.setPixelSize(max(9, round(small.pixelSize() * 0.85)))
    else:
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
    bands_axis.setLabelsFont(small)
    bands_axis.setGridLineVisible(False)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(bands_axis, Qt.AlignmentFlag.AlignRight)
    x0, x1 = day_msecs(data.start, time(0, 0)), day_msecs(data.end, time(23, 59))
    for i, band in enumerate(inst.bands):
        lo = 0.0 if band.lower == 0 else band.lower - 0.5
        hi = float(inst.max_total) if band.upper >= inst.max_total else band.upper + 0.5
        lower, upper = QLineSeries(), QLineSeries()
        lower.append(x0, lo)
        lower.append(x1, lo)
        upper.append(x0, hi)
        upper.append(x1, hi)
        area = QAreaSeries(upper, lower)
        upper.setParent(area)  # the area does not own its boundary lines; keep them alive
        lower.setParent(area)
        area.setName(band.label)
        area.setBrush(QBrush(QColor(colors.bands[min(i, len(colors.bands) - 1)])))
        area.setPen(QPen(Qt.PenStyle.NoPen))
        _attach(chart, area, x, y, in_legend=False)
    pts = [(p.day, float(p.total)) for p in data.questionnaires if p.instrument == inst.id]
    line = QLineSeries()
    line.setName(arg(tr("%1 total"), inst.title))
    line.setPen(QPen(QColor(colors.total), line_width))
    dots = QScatterSeries()
    dots.setMarkerSize(max(7.0, line_width * 3))
    dots.setColor(QColor(colors.total))
    dots.setBorderColor(QColor(colors.background))
    for day, total in pts:
        line.append(day_msecs(day), total)
        dots.append(day_msecs(day), total)
    _attach(chart, line, x, y, in_legend=True)
    _attach(chart, dots, x, y, in_legend=False)
    chart.legend().setVisible(False)
    _add_session_marks(chart, data, colors, x, y, inst.max_total, max(1.2, line_width * 0.5))
    return chart


# -- rendering without a window ----------------------------------------------------------
_offscreen_app: Any = None  # kept alive for the process when we had to create one


def ensure_application() -> Any:
    """A QApplication (charts are graphics widgets); an offscreen one if none exists."""
    from PySide6.QtWidgets import QApplication

    global _offscreen_app
    app = QApplication.instance()
    if app is not None:
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _offscreen_app = QApplication(["kapjournal-render"])
    return _offscreen_app


def render_trends_image(
    db: Database,
    start: date,
    end: date,
    *,
    width_px: int = 1600,
    height_px: int = 700,
    fmt: str = "png",
    dark: bool = False,
    questionnaires: bool = False,
) -> bytes:
    """The mood/anxiety chart (and, with ``questionnaires``, PHQ-9 and GAD-7 totals
    below it) for the local days ``start..end`` as PNG or SVG bytes."""
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}")
    if width_px < 200 or height_px < 150:
        raise ValueError("the image is too small to read")
    data = trend_data(db, start, end)
    return render_data_image(
        data, width_px=width_px, height_px=height_px, fmt=fmt, dark=dark, questionnaires=questionnaires
    )


def render_data_image(
    data: TrendData,
    *,
    width_px: int,
    height_px: int,
    fmt: str = "png",
    dark: bool = False,
    questionnaires: bool = False,
) -> bytes:
    """Like :func:`render_trends_image`, from data already read."""
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}")
    ensure_application()
    from PySide6.QtWidgets import QGraphicsScene

    font_px = max(11, round(width_px / 95))
    line = max(2.0, width_px / 700)
    colors = chart_colors(dark)
    scene = QGraphicsScene()
    base = QFont("Sans Serif")  # not the app's (the text size): the same picture anywhere
    base.setPixelSize(font_px)
    scene.setFont(base)
    scene.setBackgroundBrush(QBrush(QColor(colors.background)))
    charts: list[tuple[QChart, QRectF]] = []
    mood_h = height_px * (0.58 if questionnaires else 1.0)
    charts.append(
        (build_mood_chart(data, dark=dark, font_px=font_px, line_width=line), QRectF(0, 0, width_px, mood_h))
    )
    if questionnaires:
        half = width_px / 2
        for i, inst in enumerate(("phq9", "gad7")):
            charts.append(
                (
                    build_questionnaire_chart(data, inst, dark=dark, font_px=font_px, line_width=line),
                    QRectF(i * half, mood_h, half, height_px - mood_h),
                )
            )
    for chart, rect in charts:
        scene.addItem(chart)
        chart.setGeometry(rect)
    scene.setSceneRect(QRectF(0, 0, width_px, height_px))
    source = QRectF(0, 0, width_px, height_px)
    try:
        if fmt == "png":
            image = QImage(width_px, height_px, QImage.Format.Format_ARGB32)
            image.fill(QColor(colors.background))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setFont(base)
            scene.render(painter, QRectF(0, 0, width_px, height_px), source)
            painter.end()
            from kapjournal.exporters.png import png_bytes  # zlib: lets the GIL go

            return png_bytes(image)
        from PySide6.QtSvg import QSvgGenerator

        ba = QByteArray()
        buf = QBuffer(ba)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        gen = QSvgGenerator()
        gen.setOutputDevice(buf)
        gen.setSize(QSize(width_px, height_px))
        gen.setViewBox(QRectF(0, 0, width_px, height_px))
        gen.setTitle(tr("Mood and anxiety"))
        painter = QPainter(gen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(base)
        painter.fillRect(QRectF(0, 0, width_px, height_px), QColor(colors.background))
        scene.render(painter, QRectF(0, 0, width_px, height_px), source)
        painter.end()
        buf.close()
        return bytes(ba.data())
    finally:
        for chart, _ in charts:
            scene.removeItem(chart)
            chart.deleteLater()
        scene.deleteLater()


def range_days(
    kind: str, today: date, course: tuple[date, date] | None, data: tuple[date, date] | None
) -> tuple[date, date]:
    """``start, end`` for a range choice: "2w", "3m", "course", "all"."""
    if kind == "2w":
        return today - timedelta(days=13), today
    if kind == "course" and course is not None:
        return course
    if kind == "all" and data is not None:
        return min(data[0], today), max(data[1], today)
    return today - timedelta(days=89), today


def course_range(
    sessions_days: list[tuple[int, date]], course_starts: dict[int, date], today: date
) -> tuple[date, date] | None:
    """The newest course's span: a week before its first session (or its start date)
    to four weeks after its last session, never past today unless sessions are later."""
    if not sessions_days:
        return None
    newest = max(sessions_days, key=lambda t: t[1])[0]
    days = sorted(d for cid, d in sessions_days if cid == newest)
    start = min(days[0] - timedelta(days=7), course_starts.get(newest, days[0]))
    end = max(days[-1], min(today, days[-1] + timedelta(days=28)))
    return start, end


# -- what a chart shows, in words (its accessible description) ----------------------------
def _span(values: list[float]) -> str:
    low, high, latest = (f"{round(v, 1):g}" for v in (min(values), max(values), values[-1]))
    return arg(tr("from %1 to %2, latest %3"), low, high, latest)


def describe_mood_chart(data: TrendData) -> str:
    """One or two sentences a screen reader says for the mood chart: the range, how
    many days or weeks have check-ins, each line's lowest, highest and latest value,
    and the session days marked. Scores only, never the patient's words."""
    per = tr("daily averages") if data.unit == "day" else tr("weekly averages")
    text = arg(tr("Mood and anxiety, %1, %2 – %3."), per, fmt_day(data.start), fmt_day(data.end))
    parts = []
    for key, name in (("mood", tr("Mood", "the check-in rating")), ("anxiety", tr("Anxiety"))):
        values = [v for _, v in data.series.get(key, []) if v is not None]
        if values:
            parts.append(arg(tr("%1 (0 to 10) %2"), name, _span(values)))
    points = {d for key in ("mood", "anxiety") for d, v in data.series.get(key, []) if v is not None}
    if parts:
        many = tr("days") if data.unit == "day" else tr("weeks")
        text += " " + arg(tr("%1 %2 with check-ins."), len(points), many) + " " + "; ".join(parts) + "."
    else:
        text += " " + tr("No check-ins in this range yet.")
    if data.sessions:
        text += " " + tr("%n session days are marked with dashed lines.", "", len(data.sessions))
    return text


def describe_questionnaire_chart(data: TrendData, instrument: str | Instrument) -> str:
    """The questionnaire chart in words: how many totals, their range, the latest
    with its band and date."""
    inst = get_instrument(instrument)
    pts = [p for p in data.questionnaires if p.instrument == inst.id]
    text = arg(
        tr("%1 totals (0 to %2), %3 – %4."),
        inst.title,
        inst.max_total,
        fmt_day(data.start),
        fmt_day(data.end),
    )
    if not pts:
        return text + " " + tr("None taken in this range.")
    last = pts[-1]
    band = inst.band_by_id(last.band_id)
    text += " " + arg(tr("%1 taken, %2"), len(pts), _span([float(p.total) for p in pts]))
    if band is not None:
        text += " " + arg(tr("(%1)"), band.label)
    return text + " " + arg(tr("on %1."), fmt_day(last.day))
