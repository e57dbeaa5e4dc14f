"""Wires the measures feature into the main window: the "Check-ins" page (check-in,
questionnaires, side effects, trends, history), the safety page with its "Need help
now?" button on every page and in the tray, Today cards, the Ctrl+K shortcut, the
settings sections and the daily check-in reminder.

``MainWindow._install_measures`` creates one :class:`MeasuresFeature`; this is the one
place the feature's signals are connected.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from kapjournal.measures import checkins, instruments, safety
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import Checkin, Questionnaire, Session, utc_now
from kapjournal.ui.common.widgets import button, tr
from kapjournal.ui.measures.checkin_page import CheckinForm, CheckinHistory
from kapjournal.ui.measures.questionnaire_page import QuestionnairesPanel
from kapjournal.ui.measures.safety_page import SafetyPage, SafetySettings
from kapjournal.ui.measures.settings import CheckinSettings
from kapjournal.ui.measures.side_effects_page import SideEffectForm
from kapjournal.ui.measures.trends_page import TrendsPage
from kapjournal.ui.measures.widgets import apply_measures_style, dtr

if TYPE_CHECKING:
    from kapjournal.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

REMINDER_CHECK_MS = 30_000
MEASURE_TABLES = ("checkin", "questionnaire", "side_effect", "session", "course")


class MeasuresPage(QWidget):
    """The "Check-ins" section: a calm row of tabs over the five parts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(tr("Check-in sections"))
        self.checkin = CheckinForm()
        self.questionnaires = QuestionnairesPanel()
        self.side_effects = SideEffectForm()
        self.trends = TrendsPage()
        self.history = CheckinHistory()
        self.tabs.addTab(self.checkin, tr("Check in"))
        self.tabs.addTab(self.questionnaires, tr("Questionnaires"))
        self.tabs.addTab(self.side_effects, tr("Side effects"))
        self.tabs.addTab(self.trends, tr("Trends"))
        self.tabs.addTab(self.history, tr("History"))
        lay.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        apply_measures_style(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            apply_measures_style(self)
        super().changeEvent(event)

    def parts(self) -> list[Any]:
        return [self.checkin, self.questionnaires, self.side_effects, self.trends, self.history]

    def _tab_changed(self, _index: int) -> None:
        self.checkin.flush_draft()
        self.questionnaires.flush_draft()
        current = self.tabs.currentWidget()
        if current is self.trends:
            self.trends.refresh()
        elif current is self.checkin:
            self.checkin.refresh_phase()

    # -- page protocol -------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        for part in self.parts():
            part.on_unlocked(db)

    def clear(self) -> None:
        for part in self.parts():
            part.clear()

    def flush_draft(self) -> None:
        self.checkin.flush_draft()
        self.questionnaires.flush_draft()

    def on_shown(self) -> None:
        self.checkin.refresh_phase()
        self.questionnaires.refresh()
        if self.tabs.currentWidget() is self.trends:
            self.trends.refresh()

    def on_data_changed(self, table: str) -> None:
        if table not in MEASURE_TABLES:
            return
        if table in ("checkin", "session", "course"):
            self.history.refresh()
            self.checkin.refresh_phase()
        if table in ("questionnaire", "session", "course"):
            self.questionnaires.refresh()
        if table in ("side_effect", "session", "course"):
            self.side_effects.refresh()
        if self.tabs.currentWidget() is self.trends:
            self.trends.refresh()


class MeasuresFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.page = MeasuresPage()
        window.shell.add_page("checkins", tr("Check-ins"), self.page)

        # The safety page lives beside the closed-journal pages, so it opens from any of them.
        self.safety_page = SafetyPage()
        window.stack.addWidget(self.safety_page)
        self._return_to: QWidget | None = None
        self.help_button = help_button()
        window.menuBar().setCornerWidget(self.help_button, Qt.Corner.TopRightCorner)

        self.checkin_action = QAction(tr("Check in"), window)
        self.checkin_action.setShortcut(QKeySequence("Ctrl+K"))
        self.checkin_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(self.checkin_action)
        self.help_action = QAction(tr("Need help now?"), window)
        window.tray.add_action(self.checkin_action)
        window.tray.add_action(self.help_action)

        self.safety_settings = SafetySettings(window.ctx.prefs)
        self.checkin_settings = CheckinSettings()
        window.settings_page.add_section(self.safety_settings)
        window.settings_page.add_section(self.checkin_settings)

        self.reminders: list[datetime] = []
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setInterval(REMINDER_CHECK_MS)

        today = getattr(window, "today_page", None)
        if today is not None:
            today.add_provider(self.checkin_cards)
            today.add_provider(self.questionnaire_cards)
        self._wire()

    def _wire(self) -> None:
        w, p = self.w, self.page
        self.help_button.clicked.connect(self.show_safety)
        self.help_action.triggered.connect(self._help_from_tray)
        self.checkin_action.triggered.connect(self.open_checkin)
        self.safety_page.back_requested.connect(self.back_from_safety)
        self.safety_page.steps_saved.connect(self._steps_saved)
        p.checkin.saved.connect(self._checkin_saved)
        p.questionnaires.safety_needed.connect(self.show_safety)
        p.questionnaires.saved.connect(self._questionnaire_saved)
        p.side_effects.saved.connect(lambda _se: w.data_changed.emit("side_effect"))
        w.data_changed.connect(p.on_data_changed)
        w.locked.connect(self._locked)
        w.unlocked.connect(self._unlocked)
        self.checkin_settings.changed.connect(self._checkin_settings_changed)
        self._reminder_timer.timeout.connect(self.check_reminders)

    # -- the safety page ------------------------------------------------------------------
    def journal_db(self) -> Database | None:
        vault = self.w.vault
        if vault.is_open and vault.journal is not None and not vault.journal.db.closed:
            return vault.journal.db
        return None

    def show_safety(self) -> None:
        """Show the safety page at once, from wherever the patient is."""
        w = self.w
        current = w.stack.currentWidget()
        if current is not self.safety_page:
            self._return_to = current
        if current is w.shell:
            flush = getattr(w.shell.pages.currentWidget(), "flush_draft", None)
            if flush is not None:
                flush()
        db = self.journal_db()
        country = str(w.ctx.prefs.get("safety/country") or "")
        self.safety_page.show_info(safety.safety_info(country, db), db)
        w.stack.setCurrentWidget(self.safety_page)

    def _help_from_tray(self) -> None:
        self.w.bring_to_front()
        self.show_safety()

    def back_from_safety(self) -> None:
        w = self.w
        target = self._return_to
        self._return_to = None
        self.safety_page.clear()
        if target is w.shell or target is None or target is self.safety_page:
            if w.vault.is_open:
                w.stack.setCurrentWidget(w.shell)
            elif w.main_vault.exists() or w.vault.sample:
                w.show_unlock()
            else:
                w.stack.setCurrentWidget(w.welcome)
            return
        w.stack.setCurrentWidget(target)

    def _steps_saved(self) -> None:
        self.show_safety()

    # -- check-ins and questionnaires -------------------------------------------------------
    def open_checkin(self) -> None:
        w = self.w
        w.bring_to_front()
        if not w.vault.is_open:
            return
        if w.stack.currentWidget() is not w.shell:
            w.stack.setCurrentWidget(w.shell)
        w.shell.show_page("checkins")
        self.page.tabs.setCurrentWidget(self.page.checkin)
        self.page.checkin.refresh_phase()
        self.page.checkin.focus_first()

    def open_questionnaire(self, inst_id: str) -> None:
        w = self.w
        if not w.vault.is_open:
            return
        w.shell.show_page("checkins")
        self.page.tabs.setCurrentWidget(self.page.questionnaires)
        self.page.questionnaires.open_form(inst_id)

    def _checkin_saved(self, c: Checkin) -> None:
        self.w.data_changed.emit("checkin")
        # The form's own note sits by its Save button; say it where every eye lands too.
        self.w.statusBar().showMessage(tr("Check-in saved. Thank you."), 8000)
        if safety.needs_safety_screen_for_checkin(c):
            self.show_safety()

    def _questionnaire_saved(self, q: Questionnaire) -> None:
        self.w.data_changed.emit("questionnaire")

    # -- Today cards ------------------------------------------------------------------------
    def checkin_cards(self, db: Database, now: datetime) -> list[Any]:
        from kapjournal.ui.preparation.today_page import TodayCard

        day = (now if now.tzinfo is None else now.astimezone()).date()
        if checkins.has_checkin_on(db, day):
            return []
        return [
            TodayCard(
                key="checkin:today",
                title=tr("How are you right now?"),
                text=tr("A ten-second check-in: mood, anxiety, energy and sleep."),
                action_text=tr("Check in"),
                on_action=self.open_checkin,
                priority=45,
            )
        ]

    def questionnaire_cards(self, db: Database, now: datetime) -> list[Any]:
        from kapjournal.ui.preparation.today_page import TodayCard

        day = (now if now.tzinfo is None else now.astimezone()).date()
        due = instruments.due_on(day, repo.select(db, Session), repo.select(db, Questionnaire))
        if not due:
            return []
        # One card, whatever is due: Today offers one or two things, not a list.
        first = due[0]
        names = [dtr("instruments", instruments.get_instrument(d.instrument_id).title) for d in due]
        reason = dtr("instruments", instruments.SCHEDULE_REASONS[first.reason_id]).format(
            n=first.session_number or ""
        )
        title = (
            tr("{0} suggested").format(names[0])
            if len(names) == 1
            else tr("{0} and {1} suggested").format(names[0], names[1])
        )
        return [
            TodayCard(
                key=f"questionnaire:{first.instrument_id}:{first.reason_id}:{first.window_start.isoformat()}",
                title=title,
                text=tr("{0}. A few minutes about the last two weeks.").format(reason),
                action_text=tr("Start {0}").format(names[0]),
                on_action=lambda i=first.instrument_id: self.open_questionnaire(i),
                priority=35,
            )
        ]

    # -- lock, unlock, reminders --------------------------------------------------------------
    def _locked(self) -> None:
        self.safety_page.clear()

    def _unlocked(self) -> None:
        self._schedule_reminders()

    def _checkin_settings_changed(self) -> None:
        self.page.checkin.reload_settings()
        self._schedule_reminders()

    def _schedule_reminders(self) -> None:
        db = self.journal_db()
        if db is None:
            return
        at = checkins.reminder_time(db)
        self.reminders = checkins.next_reminders(utc_now(), at, days=2)
        if self.reminders:
            self._reminder_timer.start()
        else:
            self._reminder_timer.stop()

    def check_reminders(self, now: datetime | None = None) -> None:
        """Notify once for reminders now due (times only; no patient text)."""
        now = now or utc_now()
        due = [t for t in self.reminders if t <= now]
        if not due:
            return
        self.reminders = [t for t in self.reminders if t > now]
        db = self.journal_db()
        if db is None or not checkins.has_checkin_on(db, now.astimezone().date()):
            self.w.tray.notify(tr("A reminder from KAP Journal"), tr("Open the app when you are ready."))
        if db is not None and len(self.reminders) < 2:
            at = checkins.reminder_time(db)
            later = checkins.next_reminders(max([now, *self.reminders]), at, days=2 - len(self.reminders))
            self.reminders.extend(later)


def help_button() -> QPushButton:
    b = button(tr("Need help now?"), "help", tip=tr("Crisis lines and your care team, one click away"))
    b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return b
