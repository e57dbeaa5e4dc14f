"""The protected PDF from the Summary page: two clicks (Export protected PDF…, then
Save in the file chooser) write it and bring up the password page; the password
opens the file, is forgotten when the page closes and is new for every export. The
patient may type their own (checked); the unprotected exports are one deliberate
step away, with the not-encrypted notice."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QLineEdit

from kapjournal import summary as S
from kapjournal.exporters import protect as P
from kapjournal.ui.summary.summary_page import ExportNotice
from tests.domain.test_summary import START
from tests.uihelpers import open_fixed_summary


def _open_summary(qtbot, make_window):  # type: ignore[no-untyped-def]
    return open_fixed_summary(qtbot, make_window)


def _save_in_file_dialog(target: Path, seen: list[str]) -> None:
    """The second click: the patient presses Save in the file chooser."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog):
        QTimer.singleShot(20, lambda: _save_in_file_dialog(target, seen))
        return
    seen.append(dialog.windowTitle())
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setText(str(target))
    buttons = dialog.findChild(QDialogButtonBox)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()


def test_two_clicks_to_a_protected_pdf_and_its_password(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _qt_save_dialog)
    asked: list[bool] = []
    monkeypatch.setattr(ExportNotice, "ask", classmethod(lambda cls, parent: asked.append(True) or True))
    _w, page = _open_summary(qtbot, make_window)
    assert page.protect_button.isVisible() and not page.others_shown()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "for-my-therapist.pdf"
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _save_in_file_dialog(target, seen))
    with qtbot.waitSignal(page.widget.exported, timeout=30000):
        qtbot.mouseClick(page.protect_button, Qt.MouseButton.LeftButton)  # click 1
    assert seen == ["Export the summary"]  # click 2 was that chooser's Save
    assert asked == []  # a protected file needs no not-encrypted warning
    qtbot.waitUntil(lambda: page.password_page() is not None and page.password_page().isVisible())
    password = page.shown_password()
    words = password.split(" ")
    assert len(words) == P.WORDS and set(words) <= set(P.wordlist("en"))
    text = " ".join(lbl.text() for lbl in page.password_page().findChildren(QLabel))
    assert "Read it to your therapist" in text and "Do not send it in the same email" in text
    assert "not encrypted" not in page.status() and "only with its password" in page.status()

    assert target.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in out.iterdir()) == ["for-my-therapist.pdf"]  # no temp file
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(target)
    with pikepdf.open(target, password=password) as pdf:
        assert pdf.encryption.R == 6 and len(pdf.attachments) == 2

    # Closing the page forgets the password; the next export gets a new one.
    shown = page.password_page()
    page.close_password_page()
    assert shown.password() == "" and page.password_page() is None
    again = tmp_path / "again.pdf"
    with qtbot.waitSignal(page.widget.exported, timeout=30000):
        page.export_protected_to(again)
    qtbot.waitUntil(lambda: page.password_page() is not None)
    second = page.shown_password()
    assert second and second != password
    page.close_password_page()
    with pikepdf.open(again, password=second):
        pass
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(again, password=password)


def _qt_save_dialog(parent, caption, directory, filter_):  # type: ignore[no-untyped-def]
    """QFileDialog.getSaveFileName with Qt's own dialog (no platform dialog that a
    test could not reach)."""
    dialog = QFileDialog(parent, caption, directory, filter_)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if dialog.exec():
        return dialog.selectedFiles()[0], filter_
    return "", ""


def test_own_password_is_checked_and_not_shown(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _w, page = _open_summary(qtbot, make_window)
    target = tmp_path / "own.pdf"
    chosen: list[str] = []
    monkeypatch.setattr(page.widget, "choose_path", lambda fmt: chosen.append(fmt) or target)

    page.use_own_password("short")
    assert "at least 10 characters" in page.own_password_feedback()
    page.protect_button.click()
    assert chosen == [] and "at least 10" in page.status()  # nothing written, said why
    page.use_own_password("password123")
    assert "easy to guess" in page.own_password_feedback()
    own = "lantern orchard velvet quietly"
    page.use_own_password(own, again=own + "x")
    assert "not the same" in page.own_password_feedback()
    page.use_own_password(own)
    assert page.own_password_feedback() == "Good choice."
    with qtbot.waitSignal(page.widget.exported, timeout=30000):
        page.protect_button.click()
    assert chosen == ["pdf"]
    qtbot.waitUntil(lambda: page.password_page() is not None)
    assert page.shown_password() == ""  # the patient's own is never put on screen
    assert not page.password_page().password_label.isVisible()
    page.close_password_page()
    with pikepdf.open(target, password=own) as pdf:
        assert len(pdf.attachments) == 2
    # The fields are wiped after the export; the next one makes a password again.
    panel = page.widget.export_panel
    assert panel.own_first.text() == "" and panel.make_password.isChecked()


def test_unprotected_exports_are_one_deliberate_step_away(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(ExportNotice, "ask", classmethod(lambda cls, parent: asked.append(True) or True))
    _w, page = _open_summary(qtbot, make_window)
    assert not page.export_button.isVisible()
    page.show_other_formats()
    assert page.others_shown() and page.export_button.isVisible() and page.format.isVisible()
    target = tmp_path / S.default_filename("pdf", START)
    monkeypatch.setattr(page.widget, "choose_path", lambda fmt: target)
    page.choose_format("pdf")
    with qtbot.waitSignal(page.widget.exported, timeout=30000):
        page.press_export()
    assert asked == [True] and "not encrypted" in page.status()
    with pikepdf.open(target) as pdf:
        assert not pdf.is_encrypted
    assert page.password_page() is None


def test_lock_forgets_an_open_password_page(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w, page = _open_summary(qtbot, make_window)
    with qtbot.waitSignal(page.widget.exported, timeout=30000):
        page.export_protected_to(tmp_path / "s.pdf")
    qtbot.waitUntil(lambda: page.password_page() is not None)
    shown = page.password_page()
    assert shown.password()
    w.lock("manual")
    assert shown.password() == "" and not shown.isVisible()
