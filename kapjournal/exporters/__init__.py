"""Renderers of the therapist summary, and writing them safely.

One model (:class:`kapjournal.summary.Summary`), several renderers:

=========  ======================================  =====================================
format     renderer                                file
=========  ======================================  =====================================
``pdf``    :func:`kapjournal.exporters.pdf.render_pdf`            A4 or Letter, Qt's PDF engine
``html``   :func:`kapjournal.exporters.html.render_html`          one self-contained file
``md``     :func:`kapjournal.exporters.markdown_export.render_markdown_doc`  plain text
``csv``    :func:`kapjournal.exporters.csv_export.render_csv`     check-ins and scores
``fhir``   :func:`kapjournal.exporters.fhir.render_fhir`          FHIR R4 Bundle (JSON)
=========  ======================================  =====================================

Files are written with :func:`write_export`: atomically (temp file beside the target,
fsync, rename), mode 0600, and nothing left behind on failure. Default names carry only
the date (:func:`kapjournal.summary.default_filename`).

``CLI_EXPORTERS`` serves ``kapjournal export --format ...`` with exactly the renderers
the app uses.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from kapjournal import summary as summary_mod
from kapjournal.i18n import QT_TR_NOOP
from kapjournal.storage.db import Database
from kapjournal.storage.fsutil import atomic_write_bytes
from kapjournal.summary import Summary, SummaryOptions

logger = logging.getLogger(__name__)

FORMATS: dict[str, str] = {
    "pdf": QT_TR_NOOP("PDF document"),
    "html": QT_TR_NOOP("Web page (HTML)"),
    "md": QT_TR_NOOP("Plain text (Markdown)"),
    "csv": QT_TR_NOOP("Spreadsheet (CSV): check-ins and scores"),
    "fhir": QT_TR_NOOP("FHIR R4 (JSON) for health records"),
}


def render(
    summary: Summary, fmt: str, *, paper: str = "a4", progress: Callable[[int, int], bool] | None = None
) -> bytes:
    """The summary in ``fmt`` as bytes (nothing is written); ``progress`` follows and may
    stop a PDF (:mod:`kapjournal.exporters.pdf`)."""
    if fmt == "pdf":
        from kapjournal.exporters.pdf import render_pdf

        return render_pdf(summary, paper, progress)
    if fmt == "html":
        from kapjournal.exporters.html import render_html

        return render_html(summary)
    if fmt == "md":
        from kapjournal.exporters.markdown_export import render_markdown_doc

        return render_markdown_doc(summary)
    if fmt == "csv":
        from kapjournal.exporters.csv_export import render_csv

        return render_csv(summary)
    if fmt == "fhir":
        from kapjournal.exporters.fhir import render_fhir

        return render_fhir(summary)
    raise ValueError(f"unknown format {fmt!r}")


def write_export(path: Path, data: bytes) -> None:
    """Write atomically with mode 0600; raises ``NotSaved`` with a calm reason."""
    atomic_write_bytes(path, data)


def export(
    summary: Summary,
    fmt: str,
    path: Path,
    *,
    paper: str = "a4",
    progress: Callable[[int, int], bool] | None = None,
) -> None:
    write_export(path, render(summary, fmt, paper=paper, progress=progress))
    logger.info("summary exported (%s)", fmt)


# -- the chart ---------------------------------------------------------------------------
#: The chart is drawn at a size where its labels read well on a page, as SVG, and
#: rasterized at CHART_SCALE for the PDF and the preview (sharp at print resolution).
CHART_WIDTH, CHART_HEIGHT, CHART_SCALE = 900, 360, 3


def rasterize_svg(svg: bytes, scale: float) -> bytes:
    """PNG bytes of an SVG drawn ``scale`` times its own size on white."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    size = renderer.defaultSize()
    image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter)
    painter.end()
    from kapjournal.exporters.png import png_bytes  # zlib, not Qt's codec: lets the GIL go

    return png_bytes(image)


# -- command line --------------------------------------------------------------------------
def build_for_cli(
    db: Database,
    date_from: date | None,
    date_to: date | None,
    chart_renderer: summary_mod.ChartRenderer | None = None,
) -> Summary:
    """The app's default summary: whole course unless dates are given; everything
    shared, name shown when set; the chart drawn by ``chart_renderer`` (the app's,
    passed in by the command line)."""
    today = date.today()
    start, end = summary_mod.preset_range(db, "course", today)
    if date_from is not None:
        start = date_from
        if date_to is None:
            end = max(today, start)
    if date_to is not None:
        end = date_to
        if date_from is None:
            start = min(start, end)
    if end < start:
        start, end = end, start
    summary = summary_mod.build_summary(db, SummaryOptions(start, end))
    return summary_mod.attach_chart(summary, chart_renderer)


CliExporter = Callable[..., None]


def _cli(fmt: str) -> CliExporter:
    def run(
        journal: Any,
        args: argparse.Namespace,
        out: Path,
        chart_renderer: summary_mod.ChartRenderer | None = None,
    ) -> None:
        summary = build_for_cli(
            journal.db, getattr(args, "date_from", None), getattr(args, "date_to", None), chart_renderer
        )
        paper = getattr(args, "paper", None) or "a4"
        export(summary, fmt, out, paper=paper)

    run.__name__ = f"export_{fmt}"
    return run


CLI_EXPORTERS: dict[str, CliExporter] = {fmt: _cli(fmt) for fmt in FORMATS}
