"""The Summary page: choose dates, sections and single items (:mod:`.options`), see
exactly what the file will hold (:mod:`.preview`), then export it (PDF, HTML,
Markdown, CSV or FHIR) off the GUI thread.

The preview is the very ``QTextDocument`` the PDF is laid out from (same HTML, same
chart), shown on white like paper whatever the theme. No file exists until Export.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kapjournal import summary as S
from kapjournal.context import Clock, local_now
from kapjournal.exporters import export
from kapjournal.exporters.pdf import Cancelled
from kapjournal.exporters.protect import export_protected, new_password
from kapjournal.i18n import QT_TR_NOOP, arg, error_text, language, tr, translated, using_language
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.ui.common.keys import follow_focus
from kapjournal.ui.common.widgets import announce, label
from kapjournal.ui.common.workers import run_task
from kapjournal.ui.summary.builder import Built, PreviewBuilder, Request, with_print_chart
from kapjournal.ui.summary.export_job import ExportProgress
from kapjournal.ui.summary.export_panel import ExportPanel
from kapjournal.ui.summary.include_list import IncludeRow
from kapjournal.ui.summary.options import SummaryOptionsPanel
from kapjournal.ui.summary.password_page import PasswordPage
from kapjournal.ui.summary.preview import PREVIEW_MARGIN, SummaryPreview

logger = logging.getLogger(__name__)

REFRESH_MS = 250
SAVED_TEXT = QT_TR_NOOP(
    "Saved “%1”. This file is not encrypted: keep it safe and send it only to your care team."
)
FILE_FILTERS = {
    "pdf": "PDF (*.pdf)",
    "html": "HTML (*.html)",
    "md": "Markdown (*.md)",
    "csv": "CSV (*.csv)",
    "fhir": "FHIR JSON (*.json)",
}


def default_paper() -> str:
    country = QLocale.system().territory()
    letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico}
    return "letter" if country in letter else "a4"


class ExportNotice:
    """The one-time notice that an exported file is not encrypted."""

    TEXT = QT_TR_NOOP(
        "The file you export is not encrypted. Anyone who has the file can read it.\n\n"
        "It is yours: KAP Journal sends nothing to anyone. Keep it somewhere safe, send it "
        "only to your care team, and delete it when you no longer need it."
    )

    @classmethod
    def ask(cls, parent: QWidget) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Before you export"))
        box.setText(tr("This file will not be encrypted"))
        box.setInformativeText(translated(cls.TEXT))
        ok = box.addButton(tr("I understand, export"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok


class SummaryPage(QWidget):
    """Page protocol: ``on_unlocked(db)``, ``clear()``, ``on_shown()``,
    ``on_data_changed(table)``. ``exported(file_name)`` fires after a file is written.

    The options panel's and the preview's widgets stay reachable as attributes of
    the page (``preset``, ``date_from``, ``items``, ``preview``, …)."""

    exported = Signal(str)
    export_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None, clock: Clock = local_now) -> None:
        super().__init__(parent)
        self.clock = clock  # the context's clock (kapjournal.context)
        self.db: Database | None = None
        self.summary: S.Summary | None = None
        self._collected: S.Collected | None = None
        self._dirty = True
        self._busy = False
        self._when_built: list[Callable[[], None]] = []
        self.builder = PreviewBuilder(self)
        self.builder.read.connect(self._on_read)
        self.builder.built.connect(self._on_built)
        self.builder.failed.connect(self._on_build_failed)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 16)
        outer.setSpacing(10)
        outer.addWidget(label(tr("Summary for your care team"), "title"))
        outer.addWidget(
            label(
                tr(
                    "Choose what to share. The preview on the right is exactly what the file will "
                    "hold. Only entries you marked for sharing are offered."
                ),
                "muted",
            )
        )
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(340)
        scroll.setAccessibleName(tr("What to share"))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        follow_focus(scroll)
        holder = QWidget()
        scroll.setWidget(holder)
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 12, 0)
        col.setSpacing(10)
        self.options_panel = SummaryOptionsPanel(clock=clock)
        col.addWidget(self.options_panel, 1)
        col.addWidget(self._build_export())
        split.addWidget(scroll)
        self.preview_pane = SummaryPreview()
        split.addWidget(self.preview_pane)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([400, 620])
        self._expose_children()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.options_panel.changed.connect(self.schedule)
        self.export_button.clicked.connect(self._export_clicked)
        self.protect_button.clicked.connect(self._protect_clicked)
        self._set_enabled(False)

    def _build_export(self) -> ExportPanel:
        panel = ExportPanel(default_paper())
        self.export_panel = panel
        self.format = panel.format
        self.paper = panel.paper
        self.export_button = panel.export_button
        self.protect_button = panel.protect_button
        self.progress = panel.progress
        self.cancel_button = panel.cancel_button
        self.job: ExportProgress | None = None
        panel.cancel_button.clicked.connect(self.stop_export)
        self.status = panel.status
        self.language = panel.language
        self.language.currentIndexChanged.connect(self.schedule)
        self.password_page: PasswordPage | None = None
        return panel

    def _expose_children(self) -> None:
        """The options' and preview's widgets, under the names they always had."""
        panel = self.options_panel
        self.preset = panel.preset
        self.date_from = panel.date_from
        self.date_to = panel.date_to
        self.section_boxes = panel.section_boxes
        self.show_name = panel.show_name
        self.items = panel.items
        self.include_all = panel.include_all
        self.preview = self.preview_pane.preview
        self.preview_note = self.preview_pane.preview_note

    # -- page protocol --------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        self.db = db
        self.options_panel.on_unlocked(db)
        self._set_enabled(True)
        self._dirty = True
        if self.isVisible():
            self.schedule()

    def clear(self) -> None:
        """Drop every decrypted view (on lock)."""
        self._timer.stop()
        self.builder.stop()  # the renderer process ends too
        self._when_built.clear()
        self.db = None
        self.summary = None
        self._collected = None
        self.options_panel.clear()
        self.preview_pane.clear()
        self.status.setText("")
        self.export_panel.wipe()
        if self.password_page is not None:
            self.password_page.forget()
            self.password_page.reject()
        self._set_enabled(False)

    def flush_draft(self) -> None:
        """The summary's options are not patient text: nothing to keep."""
        return

    def on_shown(self) -> None:
        if self.db is not None and (self._dirty or self.summary is None):
            self.refresh()

    def on_data_changed(self, _table: str = "") -> None:
        self._dirty = True
        self._collected = None
        self.builder.cancel()  # a reading under way is of the old data
        if self.isVisible():
            self.schedule()

    # -- selection ------------------------------------------------------------------------
    def _set_enabled(self, on: bool) -> None:
        self.options_panel.set_enabled(on)
        for w in (self.format, self.paper, self.export_button, self.protect_button):
            w.setEnabled(on)

    def schedule(self) -> None:
        if self.db is not None:
            self._timer.start()

    def set_range(self, start: date, end: date) -> None:
        """Choose your own dates (as the date fields do)."""
        self.options_panel.set_range(start, end)

    def choose_preset(self, key: str) -> None:
        self.options_panel.choose_preset(key)

    def range(self) -> tuple[date, date]:
        return self.options_panel.range()

    def options(self) -> S.SummaryOptions:
        return self.options_panel.options()

    def item_rows(self) -> list[IncludeRow]:
        """The checkable rows of the list (section headings left out)."""
        return self.options_panel.item_rows()

    # -- building and preview ----------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the summary and the preview now, off the GUI thread (the timer calls
        this); ``summary`` and the preview change together when it is done."""
        self._timer.stop()
        if self.db is None:
            return
        image_width, view_width = self.preview_pane.request_widths()
        self.builder.request(
            Request(
                self.db,
                self.options(),
                image_width,
                view_width,
                PREVIEW_MARGIN,
                self._collected,
                self.summary_language(),
            )
        )

    def building(self) -> bool:
        """A rebuild is waiting or under way."""
        return self._timer.isActive() or self.builder.busy()

    def _on_read(self, built: Built) -> None:
        if built.offered is not None:
            self._collected = built.collected
            self.options_panel.offer(built.offered)

    def _on_built(self, built: Built) -> None:
        if self.db is None or built.doc is None:
            return
        self.summary = built.summary
        self._dirty = False
        self.options_panel.show_safety_rule(bool(built.summary.flags))
        self.preview_pane.show_document(built.summary, built.doc)
        self.builder.start_charts()  # once a preview is up (starting takes a second): for the next
        waiting, self._when_built = self._when_built, []
        for fn in waiting:
            fn()

    def _on_build_failed(self, exc: BaseException) -> None:
        self._when_built.clear()
        if isinstance(exc, StorageError):
            announce(self.status, error_text(exc))
        else:
            logger.warning("summary build failed: %s", type(exc).__name__)
            announce(
                self.status, tr("The summary could not be put together. Nothing was lost; please try again.")
            )

    def _after_build(self, fn: Callable[[], None]) -> bool:
        """Run ``fn`` once the preview is up to date; True when it had to wait."""
        if not self.building() and self.summary is not None:
            return False
        self._when_built.append(fn)
        if self._timer.isActive() or not self.builder.busy():
            self.refresh()
        return True

    def summary_language(self) -> str:
        """The language the summary is written in (``"en"``, ``"de"``)."""
        return str(self.language.currentData() or language())

    def preview_text(self) -> str:
        """The preview's text (tests)."""
        return self.preview_pane.text()

    # -- export --------------------------------------------------------------------------------
    def _export_clicked(self) -> None:
        if self.db is None or self._busy:
            return
        if not S.export_acknowledged(self.db):
            if not ExportNotice.ask(self):
                return
            S.acknowledge_export(self.db)
        fmt = str(self.format.currentData())
        path = self.choose_path(fmt)
        if path is not None:
            self.export_to(path, fmt)

    def choose_path(self, fmt: str) -> Path | None:
        name = S.default_filename(fmt, self.clock().date())
        start = Path.home() / "Documents"
        folder = start if start.is_dir() else Path.home()
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Export the summary"), str(folder / name), FILE_FILTERS[fmt]
        )
        if not chosen:
            return None
        path = Path(chosen)
        suffix = ".json" if fmt == "fhir" else f".{fmt}"
        return path if path.name.endswith(suffix) else path.with_name(path.name + suffix)

    def export_to(self, path: Path, fmt: str) -> None:
        """Write the summary shown in the preview to ``path`` off the GUI thread."""
        if self.db is None or self._busy or self._after_build(lambda: self.export_to(path, fmt)):
            return
        summary = self.summary
        if summary is None:
            return
        paper = str(self.paper.currentData())
        in_language = self.summary_language()
        job = self._start()

        def done(_: Any) -> None:
            self._finish()
            announce(self.status, arg(translated(SAVED_TEXT), path.name))
            self.exported.emit(path.name)

        def write() -> None:
            with using_language(in_language):  # the task's own thread: enter it there
                export(with_print_chart(summary), fmt, path, paper=paper, progress=job)

        run_task(write, done, self._failed)

    # -- protected export ------------------------------------------------------------------
    def _protect_clicked(self) -> None:
        if self.db is None or self._busy:
            return
        problem = self.export_panel.own_problem()
        if problem:
            announce(self.status, problem)
            self.export_panel.own_first.setFocus()
            return
        path = self.choose_path("pdf")
        if path is not None:
            self.export_protected_to(path, self.export_panel.own_text())

    def export_protected_to(self, path: Path, password: str | None = None) -> None:
        """Write the summary as a protected PDF to ``path`` off the GUI thread; with
        ``password`` None a new one is made and shown once afterwards."""
        if (
            self.db is None
            or self._busy
            or self._after_build(lambda: self.export_protected_to(path, password))
        ):
            return
        summary = self.summary
        if summary is None:
            return
        shown = password is None
        secret = new_password(language()) if password is None else password
        paper = str(self.paper.currentData())
        in_language = self.summary_language()
        job = self._start()

        def done(_: Any) -> None:
            self._finish()
            announce(self.status, arg(tr("Saved “%1”. It opens only with its password."), path.name))
            self.export_panel.wipe()
            self.exported.emit(path.name)
            self._show_password(path.name, secret, shown)

        def write() -> None:
            with using_language(in_language):  # the task's own thread: enter it there
                export_protected(with_print_chart(summary), secret, path, paper=paper, progress=job)

        run_task(write, done, self._failed)

    def _show_password(self, file_name: str, password: str, shown: bool) -> None:
        page = PasswordPage(file_name, password, shown=shown, parent=self)
        self.password_page = page
        page.finished.connect(lambda _r: self._password_page_closed(page))
        page.open()
        page.done_button.setFocus()

    def _password_page_closed(self, page: PasswordPage) -> None:
        if self.password_page is page:
            self.password_page = None
        page.deleteLater()

    def _start(self) -> ExportProgress:
        self._busy = True
        self.export_button.setEnabled(False)
        self.protect_button.setEnabled(False)
        job = ExportProgress(self)
        job.changed.connect(self.progress.setValue)
        self.job = job
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.export_panel.progress_row.show()
        announce(self.status, tr("Writing the file…"))
        return job

    def stop_export(self) -> None:
        """Stop the export under way (the Stop button): nothing is written."""
        if self.job is not None and not self.job.stopped():
            self.job.stop()
            self.cancel_button.setEnabled(False)
            announce(self.status, tr("Stopping…"))

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            announce(self.status, tr("Stopped. No file was written."))
            return
        if isinstance(exc, StorageError):
            message = error_text(exc)
        else:
            logger.warning("export failed: %s", type(exc).__name__)
            message = tr("The file could not be written. Nothing was lost; please try again.")
        announce(self.status, message)
        self.export_failed.emit(message)

    def _finish(self) -> None:
        self._busy = False
        if self.job is not None:
            self.job.deleteLater()
            self.job = None
        self.export_panel.progress_row.hide()
        self.protect_button.setEnabled(self.db is not None)
        self.export_button.setEnabled(self.db is not None)
