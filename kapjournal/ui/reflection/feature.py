"""Wiring for "After a session" (called from ``MainWindow._install_integration``):
signals, the settings section, menu/tray actions and the Today hooks."""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kapjournal.preparation import course
from kapjournal.reflection import after_session
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.ui.common.widgets import button, label, tr
from kapjournal.ui.reflection.entry_model import KIND_NAMES

if TYPE_CHECKING:
    from kapjournal.ui.main_window import MainWindow

logger = logging.getLogger(__name__)


class IntegrationSettings(QGroupBox):
    """Settings section: the reflection schedule and the share default per kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("After a session"), parent)
        self.db: Database | None = None
        lay = QVBoxLayout(self)
        lay.addWidget(label(tr("Reflection days after each session"), ""))
        lay.addWidget(
            label(
                tr("Whole days, separated by commas (for example 1, 3). Today shows each one when it comes."),
                "muted",
            )
        )
        row = QHBoxLayout()
        self.days = QLineEdit()
        self.days.setAccessibleName(tr("Reflection days after each session"))
        self.days.setPlaceholderText("1, 3")
        self.days.setMaximumWidth(200)
        self.before_next = QCheckBox(tr("And the day before the next session"))
        self.before_next.setAccessibleName(tr("Reflect the day before the next session"))
        self.save_button = button(tr("Save schedule"), name=tr("Save the reflection schedule"))
        row.addWidget(self.days)
        row.addWidget(self.before_next)
        row.addStretch(1)
        row.addWidget(self.save_button)
        lay.addLayout(row)
        self.message = label("", "muted", name=tr("Schedule message"))
        lay.addWidget(self.message)
        lay.addWidget(label(tr("Share with my therapist, unless I change it for one entry")))
        grid = QGridLayout()
        self.share_checks: dict[str, QCheckBox] = {}
        for i, kind in enumerate(after_session.SHAREABLE_KINDS):
            check = QCheckBox(tr(KIND_NAMES[kind]))
            check.setAccessibleName(tr("Share by default: {0}").format(tr(KIND_NAMES[kind])))
            check.toggled.connect(lambda on, k=kind: self._share_toggled(k, on))
            grid.addWidget(check, i // 2, i % 2)
            self.share_checks[kind] = check
        lay.addLayout(grid)
        self._loading = False
        self.save_button.clicked.connect(self.save_schedule)
        self.days.returnPressed.connect(self.save_schedule)

    def load(self, db: Any) -> None:
        self.db = db if isinstance(db, Database) else None
        if self.db is None:
            return
        self._loading = True
        steps = course.integration_schedule(self.db)
        self.days.setText(", ".join(str(s) for s in steps if isinstance(s, int)))
        self.before_next.setChecked(course.BEFORE_NEXT in steps)
        defaults = after_session.share_defaults(self.db)
        for kind, check in self.share_checks.items():
            check.setChecked(defaults.get(kind, False))
        self.message.clear()
        self._loading = False

    def clear(self) -> None:
        self.db = None
        self._loading = True
        self.days.clear()
        self.message.clear()
        self._loading = False

    def save_schedule(self) -> bool:
        if self.db is None:
            return False
        steps: list[int | str] = []
        for part in self.days.text().replace(";", ",").split(","):
            part = part.strip()
            if not part:
                continue
            if not part.isdigit():
                self.message.setText(tr("Please use whole days such as 1, 3."))
                return False
            steps.append(int(part))
        if self.before_next.isChecked():
            steps.append(course.BEFORE_NEXT)
        try:
            course.set_integration_schedule(self.db, steps)
        except StorageError as exc:
            self.message.setText(tr(str(exc)))
            return False
        self.message.setText(tr("Saved."))
        return True

    def _share_toggled(self, kind: str, on: bool) -> None:
        if self._loading or self.db is None:
            return
        try:
            after_session.set_share_default(self.db, kind, on)
        except StorageError as exc:
            self.message.setText(tr(str(exc)))


def install(w: MainWindow) -> None:
    page = w.journal_page
    page.changed.connect(w.data_changed)
    w.data_changed.connect(page.on_data_changed)

    w.integration_settings = IntegrationSettings()  # type: ignore[attr-defined]
    w.settings_page.add_section(w.integration_settings)  # type: ignore[attr-defined]

    def when_open(fn: Any) -> Any:
        def run(*_: Any) -> None:
            if not w.vault.is_open:
                return
            w.shell.show_page("journal")
            fn()

        return run

    thought = QAction(tr("New &thought record"), w)
    thought.setShortcut(QKeySequence("Ctrl+Shift+T"))
    thought.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    thought.triggered.connect(when_open(lambda: page.new_thought_record()))
    breathing = QAction(tr("Three-minute &breathing space"), w)
    breathing.setShortcut(QKeySequence("Ctrl+Shift+B"))
    breathing.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    breathing.triggered.connect(when_open(page.open_breathing))
    search = QAction(tr("&Search the journal"), w)
    search.setShortcut(QKeySequence("Ctrl+Shift+F"))
    search.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    search.triggered.connect(when_open(page.focus_search))
    menus = [a.menu() for a in w.menuBar().actions() if a.menu() is not None]
    target = menus[0] if menus else None
    for action in (thought, breathing, search):
        w.addAction(action)
        if target is not None:
            target.insertAction(target.actions()[0] if target.actions() else None, action)
    if target is not None and target.actions():
        target.insertSeparator(target.actions()[3] if len(target.actions()) > 3 else None)
    w.integration_actions = (thought, breathing, search)  # type: ignore[attr-defined]

    tray_breathing = QAction(tr("Three-minute breathing space"), w)
    tray_breathing.triggered.connect(lambda: (w.bring_to_front(), when_open(page.open_breathing)()))
    w.tray.add_action(tray_breathing)

    today = getattr(w, "today_page", None)
    if today is not None:
        if hasattr(today, "add_provider"):
            today.add_provider(lambda db, now: steps_due_cards(w, db, now))
            today.add_provider(lambda db, now: kept_writing_cards(w, db))
        if hasattr(today, "set_action_handler"):
            today.set_action_handler("day_after", lambda *args: open_day_after(w, *args))


def open_day_after(w: MainWindow, *args: Any) -> bool:
    """Today's "Day 1 after session 1" action: open that reflection."""
    if not w.vault.is_open or w.vault.journal is None:
        return False
    item = next((a for a in args if hasattr(a, "params") and hasattr(a, "session_id")), None)
    if item is None:
        db = w.vault.journal.db
        items = [i for i in course.today_items(db, datetime.now().astimezone()) if i.kind == "day_after"]
        item = items[0] if items else None
    if item is None or item.session_id is None:
        return False
    step = str(item.params.get("step") or "24h")
    w.shell.show_page("journal")
    return bool(w.journal_page.open_reflection(int(item.session_id), step))


def kept_writing_cards(w: MainWindow, db: Database) -> list[Any]:
    """Today's first card when the journal kept unfinished writing (after a lock,
    a quit or a crash): the banner that offers it lives on the Journal page."""
    from kapjournal.ui.preparation.today_page import TodayCard
    from kapjournal.ui.reflection.journal_page import DRAFT_KINDS

    kept = [d for d in repo.list_drafts(db) if d.key.split(":", 1)[0] in DRAFT_KINDS]
    if not kept:
        return []
    return [
        TodayCard(
            key="drafts:kept",
            title=tr("We kept what you were writing"),
            text=tr("Your unfinished writing is safe. Pick it up whenever you like."),
            action_text=tr("Open it"),
            on_action=lambda: w.shell.show_page("journal"),
            priority=5,
        )
    ]


def steps_due_cards(w: MainWindow, db: Database, now: datetime) -> list[Any]:
    """A Today card when action steps have reached their day (no patient text)."""
    from kapjournal.ui.preparation.today_page import TodayCard

    today = now.date() if isinstance(now, datetime) else date.today()
    due = after_session.steps_due(db, today)
    if not due:
        return []
    first = due[0]

    def open_steps() -> None:
        w.shell.show_page("journal")
        w.journal_page.open_steps(first.id)

    count = len(due)
    text = (
        tr("You planned a step for today. How did it go?")
        if count == 1
        else tr("{0} action steps have reached their day. How did they go?").format(count)
    )
    return [
        TodayCard(
            key=f"steps_due:{first.uid}",
            title=tr("Action step"),
            text=text,
            action_text=tr("Look back on it") if count == 1 else tr("Look back on them"),
            on_action=open_steps,
            priority=40,
        )
    ]
