"""How a feature plugs into the window: the :class:`Feature` protocol, the narrow
:class:`FeatureHost` it is given, and the :class:`View` life cycle of every page.

A feature (``ui/<feature>/feature.py``) is constructed with the host and, in its
constructor, *declares* what it adds: pages (built the first time they are shown),
full-window overlays, Today cards and the actions behind them, settings sections, and
menu or tray actions at named places. It never reaches into the window. The window
then calls the feature's life cycle (``unlocked``, ``locked``, ``data_changed``) and
the life cycle of every page that has been built (``on_unlocked``, ``on_shown``,
``flush_draft``, ``clear``). Nothing depends on the order features are installed in.

See docs/ARCHITECTURE.md, "How a page is added".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError

if TYPE_CHECKING:
    from kapjournal.context import AppContext

logger = logging.getLogger(__name__)


class View(Protocol):
    """The life cycle of a page in the shell (or an overlay), called by the window only.

    ``on_unlocked`` — the journal is open (also called at once when a page is first
    built while it is open); ``on_shown`` — the page came on screen; ``flush_draft`` —
    keep unsaved text as an encrypted draft now, returning False when it could not be
    kept (disk full, read-only), else True or None; ``clear`` — the journal is locking:
    drop every decrypted view.
    """

    def on_unlocked(self, db: Database) -> None: ...

    def on_shown(self) -> None: ...

    def flush_draft(self) -> bool | None: ...

    def clear(self) -> None: ...


class SettingsSection(Protocol):
    """A feature's box on the Settings page: loaded when the journal opens, cleared on lock."""

    def load(self, db: Database) -> None: ...

    def clear(self) -> None: ...


W = TypeVar("W", bound=QWidget)


class Lazy(Generic[W]):
    """A widget built the first time it is needed (``get``); ``built`` says whether it is."""

    def __init__(self, build: Callable[[], W]) -> None:
        self._build = build
        self._widget: W | None = None
        self.on_built: list[Callable[[W], None]] = []

    @property
    def built(self) -> W | None:
        return self._widget

    def get(self) -> W:
        if self._widget is None:
            self._widget = self._build()
            for hook in self.on_built:
                hook(self._widget)
        return self._widget


class LazyWidgets(dict[str, W]):
    """Widgets by key, each built the first time it is looked up (``make(key)``);
    iterating, ``in`` and ``len`` see only the ones built so far."""

    def __init__(self, make: Callable[[str], W]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> W:
        widget = self[key] = self._make(key)
        return widget


class Place(Enum):
    """Named places for a feature's actions (no magic menu indexes)."""

    JOURNAL_WRITE = "journal.write"  #: Journal menu, the "write something" group at the top
    HELP = "help"  #: Help menu, above the diagnostics and About entries
    TRAY = "tray"  #: the tray icon's menu
    WINDOW = "window"  #: a window-wide shortcut with no menu entry


#: A Today provider: given the open journal and the local time, the cards it wants
#: shown (:class:`kapjournal.ui.today.TodayCard`).
TodayProvider = Callable[[Database, datetime], list[Any]]


class FeatureHost(Protocol):
    """What a feature may ask of the window (implemented by ``MainWindow``'s host)."""

    @property
    def ctx(self) -> AppContext: ...

    def now(self) -> datetime:
        """The context's clock: aware local time."""
        ...

    # -- declaring -----------------------------------------------------------------------
    def add_page(self, key: str, title: str, build: Callable[[], W]) -> Lazy[W]:
        """A page in the navigation (ordered by key, see ``Shell.ORDER``), built when first shown."""
        ...

    def add_overlay(self, build: Callable[[], W]) -> Lazy[W]:
        """A full-window view beside the shell (safety page, reading an intention)."""
        ...

    def add_editing_overlay(self, build: Callable[[], W]) -> Lazy[W]:
        """An overlay where the patient writes (the safety plan editor): a :class:`View`
        whose unsaved text the window keeps (``flush_draft``) before it locks, as it
        does for the shell's pages."""
        ...

    def add_today_provider(self, provider: TodayProvider) -> None: ...

    def add_today_action(self, kind: str, handler: Callable[..., Any]) -> None:
        """The action behind a Today item kind; each kind has exactly one owner."""
        ...

    def add_settings_section(self, build: Callable[[], QWidget]) -> None: ...

    def add_action(self, action: QAction, place: Place) -> None: ...

    def add_corner_widget(self, widget: QWidget) -> None:
        """A control on the menu bar, visible on every screen (the safety button)."""
        ...

    def add_named_action(self, name: str, handler: Callable[..., Any]) -> None:
        """An action other features may run by name (``"reflection.capture"``), so one
        feature reaches another through the host, never by import; one owner per name."""
        ...

    # -- asking --------------------------------------------------------------------------
    def journal_db(self) -> Database | None:
        """The open journal's database, or None while locked."""
        ...

    def is_sample(self) -> bool: ...

    def show_page(self, key: str) -> QWidget | None:
        """Bring the shell forward on page ``key`` (built if needed); None while locked."""
        ...

    def show_overlay(self, overlay: Lazy[W]) -> W: ...

    def close_overlay(self, target: QWidget | None = None) -> None:
        """Leave an overlay: back to ``target``, else the shell (open) or the unlock/welcome page."""
        ...

    def current_screen(self) -> QWidget | None: ...

    def run_today_action(self, item: Any) -> None:
        """Run the action registered for a Today item's kind."""
        ...

    def has_today_action(self, kind: str) -> bool: ...

    def run_named_action(self, name: str, *args: Any) -> Any:
        """Run the action registered under ``name``; None (and a log line) when none is."""
        ...

    def flush_current_page(self) -> None: ...

    def announce(self, text: str) -> None:
        """A short status message where the patient looks (no patient text)."""
        ...

    def notify(self, title: str, text: str) -> None:
        """A desktop notification (times and kind words only, never patient text)."""
        ...

    def schedule_reminders(self, owner: str, times: list[datetime]) -> None: ...

    def bring_to_front(self) -> None: ...

    def data_changed(self, table: str) -> None:
        """Tell every feature a table changed (pages refresh what they show)."""
        ...


class Feature(Protocol):
    """One feature of the app. Constructed with the host; declares its parts in its
    constructor; then only these calls reach it (from the window, in this order on
    unlock: every built page's ``on_unlocked``, then each feature's ``unlocked``)."""

    def unlocked(self, db: Database) -> None: ...

    def locked(self) -> None: ...

    def data_changed(self, table: str) -> None: ...


def each_built(pages: list[Lazy[Any]]) -> Iterator[Any]:
    """The pages of ``pages`` that have been built (the others hold nothing to clear)."""
    for page in pages:
        if page.built is not None:
            yield page.built


def give_journal(call: Callable[[Database], None], db: Database) -> None:
    """Hand the open journal to a view or section (``on_unlocked``/``load``). A damaged
    journal can fail to read part of what one page shows: the journal still opens
    (read-only, with its banner), never stuck on the unlock screen."""
    try:
        call(db)
    except StorageError as exc:
        logger.warning("a page could not read the journal (%s)", type(exc).__name__)
