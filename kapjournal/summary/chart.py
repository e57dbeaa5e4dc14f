"""The summary's mood chart: its data from the summary's own records only, its
images from a renderer the caller lends (the domain draws nothing)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, timedelta

from kapjournal.measures import checkins as checkins_mod
from kapjournal.storage.models import Checkin
from kapjournal.summary.model import Summary

#: ``renderer(summary, fmt)`` -> image bytes (``fmt`` is "png" or "svg"), or None.
ChartRenderer = Callable[[Summary, str], bytes | None]


def trend_data_of(summary: Summary) -> checkins_mod.TrendData:
    """Chart data from the summary's own check-ins, sessions and scores only."""
    records = [
        Checkin(
            mood=c.mood,
            anxiety=c.anxiety,
            at_utc=c.when.astimezone(UTC),
            tz_offset_min=int((c.when.utcoffset() or timedelta(0)).total_seconds() // 60),
        )
        for c in summary.checkins
    ]
    fields = ("mood", "anxiety")
    unit = "day"
    series: dict[str, list[tuple[date, float | None]]] = {}
    for f in fields:
        unit, series[f] = checkins_mod.series(records, summary.start, summary.end, f)
    marks = [
        checkins_mod.SessionMark(r.when.date(), r.number, n, r.status)
        for n, c in enumerate(summary.courses)
        for r in c.sessions
        if r.number is not None and r.status != "cancelled" and summary.start <= r.when.date() <= summary.end
    ]
    points = [
        checkins_mod.QuestionnairePoint(r.when.date(), r.instrument, r.total, "") for r in summary.scores
    ]
    return checkins_mod.TrendData(
        summary.start, summary.end, unit, fields, series, tuple(marks), tuple(points)
    )


def attach_chart(
    summary: Summary, renderer: ChartRenderer | None, formats: Sequence[str] = ("png", "svg")
) -> Summary:
    """The summary with chart images from ``renderer`` (none when the mood section is
    off, there are no check-ins or no renderer is given)."""
    if renderer is None or not summary.has("mood") or not summary.checkins:
        return replace(summary, chart_png=None, chart_svg=None)
    png = renderer(summary, "png") if "png" in formats else None
    svg = renderer(summary, "svg") if "svg" in formats else None
    return replace(summary, chart_png=png, chart_svg=svg)
