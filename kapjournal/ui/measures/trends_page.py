"""Trends: mood and anxiety over time with session days marked, PHQ-9 and GAD-7 totals
with their bands, ranges of 2 weeks / 3 months / course / all — and the same data as
an accessible table."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kapjournal.context import Clock, local_now
from kapjournal.i18n import QT_TR_NOOP, arg, tr, translated
from kapjournal.measures import checkins
from kapjournal.measures.checkins import TrendData
from kapjournal.measures.instruments import (
    active_ids,
    active_in,
    all_ids,
    course_sessions,
    get_instrument,
    session_local_date,
)
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import Course, Session
from kapjournal.ui.common import charts, fit
from kapjournal.ui.common.formatting import fmt_day, fmt_number
from kapjournal.ui.common.theme import DARK
from kapjournal.ui.common.widgets import label
from kapjournal.ui.measures.widgets import TEXT_ROLES, HistoryTableModel, history_view, palette_colors

logger = logging.getLogger(__name__)

RANGES = (
    ("2w", QT_TR_NOOP("2 weeks")),
    ("3m", QT_TR_NOOP("3 months")),
    ("course", QT_TR_NOOP("Course")),
    ("all", QT_TR_NOOP("All")),
)


class TrendTableModel(HistoryTableModel):
    """One row per day (or week) that has a check-in, a session or a questionnaire."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.data_: TrendData | None = None
        self.rows: list[dict[str, Any]] = []
        self.columns: list[tuple[str, str]] = []

    def set_data(self, data: TrendData | None, shown: list[str] | None = None) -> None:
        """``shown``: the questionnaire columns (PHQ-9 and GAD-7 unless told)."""
        self.beginResetModel()
        self.data_ = data
        self.rows = []
        self.columns = []
        if data is not None:
            self._build(data, shown if shown is not None else active_ids([]))
        self.endResetModel()

    def _build(self, data: TrendData, shown: list[str]) -> None:
        from kapjournal.measures.checkins import week_start

        scale_names = {s.id: s.label for s in checkins.shipped_checkin_items().scales.values()}
        self.columns = [("key", tr("Week of") if data.unit == "week" else tr("Day"))]
        self.columns += [(f, scale_names.get(f, f)) for f in data.fields]
        self.columns += [("sessions", tr("Session"))]
        self.columns += [(i, get_instrument(i).title) for i in shown]
        by_key: dict[date, dict[str, Any]] = {}
        for f in data.fields:
            for key, value in data.series[f]:
                if value is not None:
                    by_key.setdefault(key, {})[f] = value

        def key_of(day: date) -> date:
            return week_start(day) if data.unit == "week" else day

        for m in data.sessions:
            row = by_key.setdefault(key_of(m.day), {})
            row.setdefault("sessions", []).append(m.number)
        for q in data.questionnaires:
            row = by_key.setdefault(key_of(q.day), {})
            inst = get_instrument(q.instrument)
            band = inst.band_by_id(q.band_id)
            text = f"{q.total} ({band.label})" if band else str(q.total)
            row[q.instrument] = (row[q.instrument] + ", " + text) if q.instrument in row else text
        for key in sorted(by_key):
            by_key[key]["key"] = key
            self.rows.append(by_key[key])

    def column_count(self) -> int:
        return len(self.columns)

    def column_title(self, section: int) -> str:
        return self.columns[section][1]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in TEXT_ROLES:
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()][0]
        value = row.get(col)
        if value is None:
            return "" if role == Qt.ItemDataRole.DisplayRole else tr("no data")
        if col == "key":
            return fmt_day(value)
        if col == "sessions":
            return ", ".join(arg(tr("Session %1"), n) for n in value)
        if isinstance(value, float):
            return fmt_number(value)
        return str(value)


class TrendsPage(QWidget):
    def __init__(self, parent: QWidget | None = None, clock: Clock = local_now) -> None:
        super().__init__(parent)
        self.clock = clock  # the context's clock (kapjournal.context)
        self.db: Database | None = None
        self.data: TrendData | None = None
        self._drawn_dark: bool | None = None  # the theme the charts were last drawn in
        self.range_kind = "3m"
        lay = fit.scrolling_layout(self, (24, 20, 24, 20))  # the charts scroll on a short screen
        lay.setSpacing(10)
        head = fit.FlowLayout()  # the range chips wrap under the title on a narrow screen
        head.addWidget(label(tr("Trends"), "title"))
        head.addStretch(1)
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[str, QPushButton] = {}
        for i, (key, text) in enumerate(RANGES):
            b = QPushButton(translated(text))
            b.setProperty("role", "chip")
            b.setCheckable(True)
            b.setAccessibleName(arg(tr("Show %1"), translated(text)))
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            self.range_group.addButton(b, i)
            self.range_buttons[key] = b
            head.addWidget(b)
        self.range_buttons[self.range_kind].setChecked(True)
        self.as_table = QCheckBox(tr("Show as a table"))
        self.as_table.setAccessibleName(tr("Show as a table"))
        head.addWidget(self.as_table)
        lay.addLayout(head)
        self.caption = label("", "muted", about=tr("What the chart shows"))
        lay.addWidget(self.caption)

        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        chart_box = QWidget()
        cl = QVBoxLayout(chart_box)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(8)
        self.mood_view = QChartView()
        self.mood_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.mood_view.setAccessibleName(tr("Chart of mood and anxiety"))
        self.mood_view.viewport().setAccessibleName(self.mood_view.accessibleName())
        self.mood_view.setMinimumHeight(260)
        cl.addWidget(self.mood_view, 3)
        qrow = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.qrow = qrow  # side by side when there is room, else one under the other
        self.q_views: dict[str, QChartView] = {}
        self.qrow2 = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # PCL-5, AUDIT-C when on
        for n, inst in enumerate(all_ids()):
            v = QChartView()
            v.setRenderHint(QPainter.RenderHint.Antialiasing)
            v.setAccessibleName(arg(tr("Chart of %1 totals"), get_instrument(inst).title))
            v.viewport().setAccessibleName(v.accessibleName())
            v.setMinimumHeight(240)  # tall enough that each of the PHQ-9 five bands keeps its name
            self.q_views[inst] = v
            (qrow if n < 2 else self.qrow2).addWidget(v, 1)
        cl.addLayout(qrow, 2)
        cl.addLayout(self.qrow2, 2)
        self.stack.addWidget(chart_box)
        self.chart_box = chart_box

        self.table_model = TrendTableModel(self)
        self.table = history_view(self.table_model, tr("Trends as a table"), stretch_all=True)
        self.stack.addWidget(self.table)

        self.range_group.idClicked.connect(self._range_clicked)
        self.as_table.toggled.connect(self._toggle_table)

    #: Narrower than this, the PHQ-9 and GAD-7 charts stack (their band labels need room).
    SIDE_BY_SIDE = 720

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self.SIDE_BY_SIDE
        for row in (self.qrow, self.qrow2):
            row.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # A theme switch sends many palette changes; the charts are drawn again once,
        # and only when they are on screen (else when next shown).
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self._redraw_if_theme_changed()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._redraw_if_theme_changed()
        super().showEvent(event)

    def _redraw_if_theme_changed(self) -> None:
        drawn = self._drawn_dark
        if self.data is not None and drawn is not None and drawn != (palette_colors() == DARK):
            self._draw()

    def _range_clicked(self, index: int) -> None:
        self.set_range(RANGES[index][0])

    def set_range(self, kind: str) -> None:
        self.range_kind = kind
        self.range_buttons[kind].setChecked(True)
        self.refresh()

    def _toggle_table(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.table if on else self.chart_box)

    def current_range(self) -> tuple[date, date]:
        today = self.clock().date()
        course = None
        data_span = None
        if self.db is not None and not self.db.closed:
            sessions = repo.select(self.db, Session)
            days = [
                (cid, session_local_date(s))
                for cid, group in course_sessions(sessions).items()
                for s in group
            ]
            starts = {c.id: c.start_date for c in repo.select(self.db, Course) if c.id is not None}
            course = charts.course_range(days, starts, today)
            data_span = checkins.data_range(self.db)
        return charts.range_days(self.range_kind, today, course, data_span)

    def refresh(self) -> None:
        if self.db is None or self.db.closed:
            return
        start, end = self.current_range()
        self.data = checkins.trend_data(self.db, start, end)
        self._draw()

    def _draw(self) -> None:
        data = self.data
        if data is None:
            return
        dark = palette_colors() == DARK
        self._drawn_dark = dark
        self.mood_view.setChart(charts.build_mood_chart(data, dark=dark))
        self.mood_view.setAccessibleDescription(charts.describe_mood_chart(data))
        shown = self.shown_instruments()
        for inst, view in self.q_views.items():
            view.setVisible(inst in shown)
            if inst in shown:
                view.setChart(charts.build_questionnaire_chart(data, inst, dark=dark))
                view.setAccessibleDescription(charts.describe_questionnaire_chart(data, inst))
        self.table_model.set_data(data, shown)
        span = f"{fmt_day(data.start)} – {fmt_day(data.end)}"
        per = tr("daily averages") if data.unit == "day" else tr("weekly averages")
        text = arg(tr("%1, %2. Dashed lines mark ketamine session days."), span, per)
        if not data.has_checkins:
            text += " " + tr("No check-ins in this range yet.")
        self.caption.setText(text)

    def shown_instruments(self) -> list[str]:
        """The switched-on instruments, and any other with a total in the range."""
        active = active_in(self.db) if self.db is not None and not self.db.closed else active_ids([])
        taken = {q.instrument for q in self.data.questionnaires} if self.data is not None else set()
        return [i for i in all_ids() if i in active or i in taken]

    def on_unlocked(self, db: Database) -> None:
        self.db = db

    def on_shown(self) -> None:
        self.refresh()

    def clear(self) -> None:
        self.db = None
        self.data = None
        self.mood_view.setChart(QChart())
        self.mood_view.setAccessibleDescription("")
        for view in self.q_views.values():
            view.setChart(QChart())
            view.setAccessibleDescription("")
        self.table_model.set_data(None)
        self.caption.clear()
