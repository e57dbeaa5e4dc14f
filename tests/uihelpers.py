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
