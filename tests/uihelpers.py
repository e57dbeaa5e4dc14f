"""Helpers for pytest-qt tests that drive the main window: thin wrappers over the
page objects in ``tests/ui/pages.py`` (where the flows themselves live)."""

from __future__ import annotations

from kapjournal.ui.main_window import MainWindow
from tests.conftest import PASS
from tests.ui.pages import AccessScreens


def create_journal_via_ui(qtbot, w: MainWindow, remember: bool = False, answer_country: bool = True) -> str:  # type: ignore[no-untyped-def]
    """Welcome → create → recovery code → an open journal; returns the recovery code."""
    return AccessScreens(w).create_journal(remember=remember, answer_country=answer_country)


def unlock_via_ui(qtbot, w: MainWindow, passphrase: str = PASS) -> None:  # type: ignore[no-untyped-def]
    """Type the passphrase, press Unlock, wait for the journal or a message."""
    AccessScreens(w).unlock(passphrase)


def open_fixed_summary(qtbot, make_window, *, full_range: bool = True):  # type: ignore[no-untyped-def]
    """A new journal holding the fixed records of tests/domain/test_summary.py, on the
    Summary page: ``(window, Summary page object)``. With ``full_range`` the range is
    set to their dates and the preview built; without, the page shows its own range
    (built or not)."""
    from tests.domain.test_summary import END, START, build_fixed_journal
    from tests.ui.pages import Summary, db_of

    w = make_window()
    create_journal_via_ui(qtbot, w)
    build_fixed_journal(db_of(w))
    w.data_changed.emit("entry")
    w.shell.show_page("summary")
    page = Summary(w)
    if full_range:
        page.set_range(START, END)
        qtbot.waitUntil(lambda: page.summary is not None and page.summary.start == START)
        qtbot.waitUntil(lambda: not page.building())
    return w, page
