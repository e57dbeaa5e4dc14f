"""The "Need help now?" button inside a modal dialog.

A modal dialog blocks its window: the window's "Need help now?" button cannot be
clicked and its F1 shortcut does not fire while the dialog is up. A patient in crisis
should not have to finish, or even find the way out of, a form first. So every dialog
a patient fills in or waits in offers the same button (and F1): it leaves the dialog
(as Cancel does: nothing stored has changed) and opens the safety page at once.

The button triggers the window's own help action (the one in the Help menu and the
tray), found by its object name, so the safety page opens exactly as it does from the
window. A dialog made without the app's window (a unit test) gets no button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from kapjournal.i18n import tr
from kapjournal.ui.common.widgets import button

#: The object name of the window's "Need help now?" action (set by its owner).
HELP_ACTION = "need_help_now"


def help_action(widget: QWidget | None) -> QAction | None:
    """The window's "Need help now?" action: in a menu of the window ``widget`` is in."""
    top = widget.window() if widget is not None else None
    if top is None:
        return None
    for menu in top.findChildren(QMenu):
        for action in menu.actions():
            if action.objectName() == HELP_ACTION:
                return action
    return None


def offer_help(dialog: QDialog, leave: Callable[[], None] | None = None) -> QPushButton | None:
    """A "Need help now?" button for ``dialog`` (and its F1), or None without a window.

    Pressing it runs ``leave`` (default: ``dialog.reject``, as Cancel), then opens
    the safety page through the window's help action."""
    action = help_action(dialog.parentWidget())
    if action is None:
        return None
    go_away = leave or dialog.reject

    def need_help() -> None:
        go_away()
        action.trigger()

    help_button = button(
        tr("Need help now?"), "help", tip=tr("Leaves this dialog and shows crisis lines and your care team")
    )
    help_button.setAutoDefault(False)
    help_button.clicked.connect(need_help)
    keys = QShortcut(action.shortcut(), dialog)
    keys.setContext(Qt.ShortcutContext.WindowShortcut)
    keys.activated.connect(need_help)
    return help_button
