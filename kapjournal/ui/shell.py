"""The journal shell: the navigation on the left, the section pages on the right, and
the banners above them (sample journal, damaged journal); and the window's message
strip (:class:`MessageStrip`), where every short message the app says lands.

Pages are declared with :meth:`Shell.add_page` and built the first time they are shown
(the unlock screen needs none of them). The shell drives every built page's
:class:`~kapjournal.ui.feature.View` life cycle: ``flush_draft`` on the page being left
and ``on_shown`` on the page arriving; the window calls the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kapjournal.i18n import tr
from kapjournal.ui.common.widgets import Banner, button
from kapjournal.ui.feature import Lazy, W


class MessageStrip(Banner):
    """One calm line at the top of the window for what the app has to say ("Check-in
    saved", "Your new passphrase is set", why the journal stayed open): where the
    patient looks, not in a status bar. Screen readers hear it as an alert. It stays
    until it is dismissed, replaced, the patient goes to another page, or the journal
    locks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("messages")
        self.text.setAccessibleName("")  # the reader reads the message itself
        self.lay.setContentsMargins(14, 6, 8, 6)
        self.dismiss = button(tr("Dismiss"), name=tr("Dismiss the message"))
        self.dismiss.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.lay.addWidget(self.dismiss)
        self.dismiss.clicked.connect(self.clear)
        self.hide()

    def above(self, content: QWidget) -> QWidget:
        """A widget holding this strip above ``content`` (the window's central widget)."""
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self)
        lay.addWidget(content, 1)
        return holder

    def say(self, text: str) -> None:
        """Show ``text`` (no patient text) and announce it to assistive technology."""
        self.text.setText(text)
        self.show()
        QAccessible.updateAccessibility(QAccessibleEvent(self.text, QAccessible.Event.Alert))

    def message(self) -> str:
        """The message shown, or "" when the strip is hidden."""
        return self.text.text() if not self.isHidden() else ""

    def clear(self) -> None:
        self.hide()
        self.text.setText("")


class Shell(QWidget):
    """Navigation on the left, the section pages on the right."""

    #: A page was built (the window hands it the open journal at once).
    page_built = Signal(QWidget)

    #: Navigation order; pages are inserted by it whatever order features declare them in.
    ORDER = ("today", "sessions", "journal", "checkins", "summary", "settings")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.sample_banner, self.leave_sample = self._banner(
            tr(
                "Sample journal: everything here is invented. "
                "Nothing you write here is kept with your own journal."
            ),
            tr("Leave the sample"),
        )
        outer.addWidget(self.sample_banner)
        self.damaged_banner, self.go_to_backups = self._banner(
            tr(
                "Your journal file is damaged, so it is open read-only: you can read, but "
                "nothing new is saved. You can restore a backup in Settings → Backups."
            ),
            tr("Go to Backups"),
        )
        self.damaged_banner.text.setAccessibleName(tr("Journal read-only"))
        outer.addWidget(self.damaged_banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        outer.addLayout(row, 1)
        side = QWidget()
        side.setObjectName("navside")
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 12)
        self.nav = QListWidget()
        self.nav.setTabKeyNavigation(False)  # one Tab stop, arrows inside
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(tr("Sections"))
        self.nav.setFixedWidth(220)
        side_lay.addWidget(self.nav, 1)
        self.side_buttons = QVBoxLayout()
        self.side_buttons.setContentsMargins(12, 0, 12, 0)
        side_lay.addLayout(self.side_buttons)
        self.lock_button = button(tr("Lock"), tip=tr("Lock the journal now (Ctrl+L)"))
        self.side_buttons.addWidget(self.lock_button)
        row.addWidget(side)
        self.pages = QStackedWidget()
        row.addWidget(self.pages, 1)
        self.nav.currentRowChanged.connect(self._row_changed)
        self._keys: list[str] = []
        self._lazy: list[Lazy[Any]] = []
        self._holders: list[QWidget] = []  # an empty stand-in until a page is built

    @staticmethod
    def _banner(text: str, action: str) -> tuple[Banner, Any]:
        banner = Banner(text)
        act = button(action)
        banner.lay.addWidget(act)
        act.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        banner.hide()
        return banner, act

    # -- declaring and building ---------------------------------------------------------
    def add_page(self, key: str, title: str, build: Callable[[], W]) -> Lazy[W]:
        """Declare page ``key``; it is built the first time it is shown."""
        if key in self._keys:
            raise ValueError(f"page {key!r} declared twice")
        rank = self._rank(key)
        pos = sum(1 for k in self._keys if self._rank(k) <= rank)
        lazy: Lazy[W] = Lazy(build)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        holder = QWidget()
        self.nav.insertItem(pos, item)
        self.pages.insertWidget(pos, holder)
        self._keys.insert(pos, key)
        self._lazy.insert(pos, lazy)
        self._holders.insert(pos, holder)
        lazy.on_built.append(lambda widget: self._place(holder, widget))
        return lazy

    def _rank(self, key: str) -> int:
        return self.ORDER.index(key) if key in self.ORDER else len(self.ORDER)

    def _place(self, holder: QWidget, widget: QWidget) -> None:
        index = self.pages.indexOf(holder)
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, widget)
        self.pages.removeWidget(holder)
        holder.deleteLater()
        self._holders[self._holders.index(holder)] = widget
        if current == index:
            self.pages.setCurrentIndex(index)
        self.page_built.emit(widget)

    def page(self, key: str) -> Any:
        """Page ``key``, built if it was not yet (None if no feature declared it)."""
        return self._lazy[self._keys.index(key)].get() if key in self._keys else None

    def built_pages(self) -> list[Any]:
        """The pages built so far, in navigation order (only they hold anything)."""
        return [lazy.built for lazy in self._lazy if lazy.built is not None]

    def page_keys(self) -> list[str]:
        return list(self._keys)

    # -- navigation ---------------------------------------------------------------------
    def _row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._lazy):
            return
        previous = self.pages.currentIndex()
        if 0 <= previous < len(self._lazy) and previous != row:
            leaving = self._lazy[previous].built
            if leaving is not None:
                leaving.flush_draft()
        page = self._lazy[row].get()
        self.pages.setCurrentWidget(page)
        page.on_shown()

    def show_page(self, key: str) -> Any:
        if key not in self._keys:
            return None
        row = self._keys.index(key)
        if self.nav.currentRow() == row:
            page = self._lazy[row].get()
            self.pages.setCurrentWidget(page)
            return page
        self.nav.setCurrentRow(row)
        return self._lazy[row].built

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else ""

    def current_page(self) -> Any:
        row = self.nav.currentRow()
        return self._lazy[row].built if 0 <= row < len(self._lazy) else None
