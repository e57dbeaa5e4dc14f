"""The Summary page builds off the GUI thread, newest request only; the stall watchdog
sees a blocked event loop. (No timed assertions: only facts and lower bounds.)"""

from __future__ import annotations

import threading
import time
from datetime import timedelta

from kapjournal import summary as S
from kapjournal.ui.summary import builder
from tests.domain.test_summary import END, START
from tests.ui.stalls import StallWatch, pump
from tests.uihelpers import open_fixed_summary


def _summary_page(qtbot, make_window):  # type: ignore[no-untyped-def]
    w, page = open_fixed_summary(qtbot, make_window, full_range=False)
    qtbot.waitUntil(lambda: page.summary is not None and not page.building())
    return w, page.widget


def test_summary_and_preview_are_built_off_the_gui_thread(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _w, page = _summary_page(qtbot, make_window)
    gui = threading.current_thread()
    threads: dict[str, list[threading.Thread]] = {"build": [], "document": []}
    real_build, real_doc = S.build_summary, builder.build_document

    def build(*a, **k):  # type: ignore[no-untyped-def]
        threads["build"].append(threading.current_thread())
        return real_build(*a, **k)

    def document(*a, **k):  # type: ignore[no-untyped-def]
        threads["document"].append(threading.current_thread())
        return real_doc(*a, **k)

    monkeypatch.setattr(S, "build_summary", build)
    monkeypatch.setattr(builder, "build_document", document)
    page.set_range(START, END)
    qtbot.waitUntil(lambda: page.summary is not None and page.summary.start == START and not page.building())
    assert threads["build"] and threads["document"]
    assert all(t is not gui for ts in threads.values() for t in ts)
    assert page.preview.document().thread() is page.thread()  # handed over to the GUI thread
    assert "Spring course" in page.preview_text()


def test_superseded_rebuilds_are_dropped(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _w, page = _summary_page(qtbot, make_window)
    laid_out: list[object] = []
    real = builder._lay_out

    def lay_out(built, svg, req):  # type: ignore[no-untyped-def]
        laid_out.append(req.options.start)
        return real(built, svg, req)

    monkeypatch.setattr(builder, "_lay_out", lay_out)
    starts = [START - timedelta(days=3), START - timedelta(days=2), START - timedelta(days=1), START]
    for start in starts:  # no event loop in between: the first runs, the last waits
        page.set_range(start, END)
        page.refresh()
    qtbot.waitUntil(lambda: not page.building())
    assert page.summary.start == START
    assert laid_out == [START]  # the first was thrown away after reading, the middle two never ran


def test_lock_drops_a_rebuild_under_way(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w, page = _summary_page(qtbot, make_window)
    page.set_range(START, END)
    page.refresh()
    assert page.building()
    w.lock("test")
    qtbot.waitUntil(lambda: not page.builder.busy())
    pump_all(qtbot)
    assert page.summary is None and page.preview_text().strip() == ""


def pump_all(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.ui.common.workers import wait_for_tasks

    wait_for_tasks()
    qtbot.wait(0)


def test_stall_watch_sees_a_blocked_loop(qtbot) -> None:  # type: ignore[no-untyped-def]
    watch = StallWatch()
    with watch.step("blocked"):
        end = time.perf_counter() + 0.12
        while time.perf_counter() < end:
            pass  # the event loop cannot run
    with watch.step("free"):
        pump(30)
    watch.stop()
    assert watch.longest("blocked") >= 120  # a lower bound: true however slow the machine
    assert set(watch.steps) == {"blocked", "free"}


def test_export_reports_progress_and_can_be_stopped(qtbot, make_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.exporters import pdf

    _w, page = _summary_page(qtbot, make_window)
    seen: list[int] = []
    page.progress.valueChanged.connect(seen.append)
    done = tmp_path / "whole.pdf"
    with qtbot.waitSignal(page.exported, timeout=60_000):
        page.export_to(done, "pdf")
    assert done.exists() and seen and seen == sorted(seen) and max(seen) == 100
    assert not page.export_panel.progress_row.isVisible()

    # Stop: the worker waits inside the layout until Stop was pressed.
    release = threading.Event()
    real = pdf.build_document

    def slow(*a, **k):  # type: ignore[no-untyped-def]
        release.wait(30)
        return real(*a, **k)

    monkeypatch.setattr(pdf, "build_document", slow)
    stopped = tmp_path / "stopped.pdf"
    page.export_protected_to(stopped, "a long enough password, surely")
    assert page.export_panel.progress_row.isVisibleTo(page) and page.cancel_button.isEnabled()
    page.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: not page._busy, timeout=60_000)
    assert not stopped.exists()
    assert not list(tmp_path.glob("stopped*"))  # no temp file left either
    assert page.status.text() == "Stopped. No file was written."
    assert page.password_page is None
