"""Charts render to PNG and SVG without a window; empty years do not crash."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtGui import QImage

from kapjournal.measures import checkins
from kapjournal.sample.build import build_demo
from kapjournal.storage import repo
from kapjournal.storage.models import Checkin
from kapjournal.ui.common import charts


def _decode_png(data: bytes) -> QImage:
    img = QImage()
    assert img.loadFromData(data, "PNG")
    return img


def test_png_of_demo_data(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    build_demo(db, days=90, today=today)
    data = charts.render_trends_image(db, today - timedelta(days=89), today, width_px=1200, height_px=500)
    assert data.startswith(b"\x89PNG")
    img = _decode_png(data)
    assert (img.width(), img.height()) == (1200, 500)
    # Not blank: the mood line's colour is somewhere in the image.
    mood = charts.LIGHT_CHART.mood.lstrip("#").lower()
    colours = {f"{img.pixelColor(x, y).name()[1:]}" for x in range(0, 1200, 3) for y in range(0, 500, 3)}
    assert mood in colours


def test_svg_with_questionnaires_parses(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    build_demo(db, days=90, today=today)
    data = charts.render_trends_image(
        db, today - timedelta(days=89), today, fmt="svg", dark=True, questionnaires=True
    )
    root = ET.fromstring(data)
    assert root.tag.endswith("svg")
    text = data.decode("utf-8")
    assert "PHQ-9" in text and "GAD-7" in text and "Mood" in text


def test_a_year_with_no_data(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    repo.insert(db, Checkin(mood=5, at_utc=datetime(2020, 6, 1, 12, tzinfo=UTC)))
    for fmt in ("png", "svg"):
        data = charts.render_trends_image(
            db, date(2022, 1, 1), date(2022, 12, 31), fmt=fmt, questionnaires=True
        )
        assert len(data) > 1000
    td = checkins.trend_data(db, date(2022, 1, 1), date(2022, 12, 31))
    assert td.unit == "week" and not td.has_checkins


def test_reversed_and_tiny_ranges(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    repo.insert(db, Checkin(mood=5, at_utc=datetime(2024, 1, 1, 12, tzinfo=UTC)))
    one_day = charts.render_trends_image(db, date(2024, 1, 1), date(2024, 1, 1), width_px=400, height_px=200)
    _decode_png(one_day)
    with pytest.raises(ValueError):
        charts.render_trends_image(db, date(2024, 1, 1), date(2024, 1, 2), fmt="gif")
    with pytest.raises(ValueError):
        charts.render_trends_image(db, date(2024, 1, 1), date(2024, 1, 2), width_px=10)


def test_gaps_break_the_line() -> None:
    pts = [(date(2024, 1, d), v) for d, v in ((1, 1.0), (2, None), (3, 3.0), (4, 4.0))]
    assert charts._runs(pts) == [
        [(date(2024, 1, 1), 1.0)],
        [(date(2024, 1, 3), 3.0), (date(2024, 1, 4), 4.0)],
    ]


def test_mood_chart_marks_each_session_day(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    build_demo(db, days=30, today=today)
    data = checkins.trend_data(db, today - timedelta(days=29), today)
    chart = charts.build_mood_chart(data)
    marks = [s for s in chart.series() if s.name() == "Ketamine session"]
    assert len(marks) == len({m.day for m in data.sessions}) == 3


def test_course_and_all_ranges() -> None:
    today = date(2024, 5, 30)
    days = [(1, date(2024, 5, 1)), (1, date(2024, 5, 4)), (1, date(2024, 5, 7))]
    assert charts.course_range(days, {1: date(2024, 4, 20)}, today) == (date(2024, 4, 20), date(2024, 5, 30))
    assert charts.range_days("2w", today, None, None) == (date(2024, 5, 17), today)
    assert charts.range_days("course", today, None, None) == (date(2024, 3, 2), today)  # no course: 3 months
    assert charts.range_days("all", today, None, (date(2020, 1, 1), date(2024, 1, 1))) == (
        date(2020, 1, 1),
        today,
    )


def test_the_picture_does_not_follow_the_apps_font(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """The app's font follows the patient's text size (and is 11.5 pt once themed); the
    summary's chart is the same picture wherever it is drawn, the renderer process
    (Qt's default font) included."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    today = date.today()
    build_demo(db, days=60, today=today)
    data = checkins.trend_data(db, today - timedelta(days=59), today)
    app = QApplication.instance()
    before = QFont(app.font())
    try:
        drawn = []
        for size in (9.0, 11.5, 20.0):
            font = QFont(before)
            font.setPointSizeF(size)
            app.setFont(font)
            svg = charts.render_data_image(data, width_px=900, height_px=360, fmt="svg")
            png = charts.render_data_image(data, width_px=900, height_px=360, fmt="png")
            drawn.append((svg, png))
    finally:
        app.setFont(before)
    assert drawn[0][0] == drawn[1][0] == drawn[2][0]
    assert _decode_png(drawn[0][1]) == _decode_png(drawn[1][1]) == _decode_png(drawn[2][1])
