"""Summary page: choose a range, untick one entry, preview, export; the unticked entry
is absent from every format. The not-encrypted notice comes once; lock clears it all."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kapjournal import exporters as X
from kapjournal import summary as S
from kapjournal.ui.summary.summary_page import ExportNotice
from tests.domain.test_summary import END, PRIVATE_NOTE, START, UNTICK_TEXT
from tests.uihelpers import open_fixed_summary


def _open_summary(qtbot, make_window):  # type: ignore[no-untyped-def]
    w, page = open_fixed_summary(qtbot, make_window, full_range=False)
    assert w.shell.current_key() == "summary"
    return w, page


def _text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        if shutil.which("pdftotext") is None:
            pytest.skip("pdftotext is not installed")
        return subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    return path.read_text(encoding="utf-8-sig")


def test_choose_range_untick_preview_export(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _w, page = _open_summary(qtbot, make_window)
    asked: list[bool] = []
    monkeypatch.setattr(ExportNotice, "ask", classmethod(lambda cls, parent: asked.append(True) or True))

    # Choose the range with the date fields (switches the preset to "Choose dates").
    page.date_from.setDate(page.date_from.date().fromString(START.isoformat(), "yyyy-MM-dd"))
    page.date_to.setDate(page.date_to.date().fromString(END.isoformat(), "yyyy-MM-dd"))
    assert page.preset.currentData() == "custom"
    qtbot.waitUntil(
        lambda: page.summary is not None and page.summary.start == START and page.summary.end == END
    )
    assert UNTICK_TEXT in page.preview_text()
    assert PRIVATE_NOTE not in page.preview_text()
    assert all(PRIVATE_NOTE not in r.text() for r in page.item_rows())

    # Untick one entry; the preview follows.
    row = next(r for r in page.item_rows() if UNTICK_TEXT in r.text())
    row.setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: UNTICK_TEXT not in page.preview_text())
    assert "Spring course" in page.preview_text()

    # Export PDF with the button (notice once, then the path chooser).
    out = tmp_path / "exports"
    out.mkdir()
    target = out / S.default_filename("pdf", START)
    monkeypatch.setattr(page.widget, "choose_path", lambda fmt: target)
    page.choose_format("pdf")
    with qtbot.waitSignal(page.widget.exported, timeout=20000):
        page.press_export()
    assert asked == [True]
    assert target.stat().st_mode & 0o777 == 0o600
    assert "not encrypted" in page.status()
    text = _text_of(target)
    assert "Spring course" in text and UNTICK_TEXT not in text

    # Every other format, through the same page; the notice is not shown again.
    for fmt in ("html", "md", "csv", "fhir"):
        path = out / S.default_filename(fmt, START)
        monkeypatch.setattr(page.widget, "choose_path", lambda f, p=path: p)
        page.choose_format(fmt)
        with qtbot.waitSignal(page.widget.exported, timeout=20000):
            page.press_export()
        assert UNTICK_TEXT not in _text_of(path), fmt
        assert PRIVATE_NOTE not in _text_of(path), fmt
    assert asked == [True]
    assert sorted(p.name for p in out.iterdir()) == sorted(S.default_filename(f, START) for f in X.FORMATS)


def test_declining_the_notice_writes_nothing(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w, page = _open_summary(qtbot, make_window)
    monkeypatch.setattr(ExportNotice, "ask", classmethod(lambda cls, parent: False))
    chosen: list[str] = []
    monkeypatch.setattr(page.widget, "choose_path", lambda fmt: chosen.append(fmt))
    page.press_export()
    assert chosen == []
    assert w.vault.journal is not None and not S.export_acknowledged(w.vault.journal.db)


def test_unwritable_target_reports_calmly(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _w, page = _open_summary(qtbot, make_window)
    page.set_range(START, END)
    qtbot.waitUntil(lambda: page.summary is not None and page.summary.start == START)
    with qtbot.waitSignal(page.widget.export_failed, timeout=20000) as blocker:
        page.export_to(tmp_path / "missing-folder" / "s.md", "md")
    assert "Could not" in blocker.args[0]
    assert page.export_button.isEnabled()


def test_sections_and_name_switch(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    _w, page = _open_summary(qtbot, make_window)
    page.set_range(START, END)
    qtbot.waitUntil(lambda: page.summary is not None and page.summary.start == START)
    assert "Alex Example" in page.preview_text()
    page.show_name.setChecked(False)
    page.section_boxes["sessions"].setChecked(False)
    qtbot.waitUntil(lambda: "Alex Example" not in page.preview_text())
    assert "Sessions and reflections" not in page.preview_text()
    assert "PHQ-9 and GAD-7" in page.preview_text()


def test_lock_clears_the_page(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, page = _open_summary(qtbot, make_window)
    page.set_range(START, END)
    qtbot.waitUntil(lambda: page.summary is not None and "Spring course" in page.preview_text())
    w.lock("manual")
    assert page.summary is None and page.preview_text().strip() == ""
    assert page.item_count() == 0 and not page.export_button.isEnabled()
