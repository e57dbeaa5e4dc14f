"""The measures feature in the window: the "Check-ins" page (check-in,
questionnaires, side effects, trends, history), the safety page with its "Need help
now?" button on every page and in the tray, Today cards, the Ctrl+K shortcut, the
settings sections and the daily check-in reminder.

:class:`MeasuresFeature` declares these parts through the ``FeatureHost``; this is the
one place the feature's signals are connected. Its pages, the safety page and the
Settings sections are imported when first built (the unlock screen needs none of them).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QTabWidget, QToolButton, QVBoxLayout, QWidget

from kapjournal.context import Clock, local_now
from kapjournal.i18n import arg, tr
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.ui.common.crisis import HELP_ACTION
from kapjournal.ui.common.widgets import button
from kapjournal.ui.feature import FeatureHost, Place
from kapjournal.ui.today import TodayCard

if TYPE_CHECKING:
    from kapjournal.storage.models import Checkin, Questionnaire
    from kapjournal.ui.measures.questionnaire_settings import QuestionnaireSettings
    from kapjournal.ui.measures.safety_page import SafetyPage, SafetySettings
    from kapjournal.ui.measures.safety_plan_page import SafetyPlanPage
    from kapjournal.ui.measures.settings import CheckinSettings

logger = logging.getLogger(__name__)

REMINDER_CHECK_MS = 30_000
HELP_KEYS = "F1"  # "Need help now?" from anywhere
MEASURE_TABLES = ("checkin", "questionnaire", "side_effect", "session", "course", "setting")


class MeasuresPage(QWidget):
    """The "Check-ins" section: a calm row of tabs over the five parts."""

    def __init__(self, parent: QWidget | None = None, clock: Clock = local_now) -> None:
        from kapjournal.ui.measures.checkin_page import CheckinForm, CheckinHistory
        from kapjournal.ui.measures.questionnaire_page import QuestionnairesPanel
        from kapjournal.ui.measures.side_effects_page import SideEffectForm
        from kapjournal.ui.measures.trends_page import TrendsPage

        super().__init__(parent)
        self.clock = clock  # the context's clock (kapjournal.context)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(tr("Check-in sections"))
        # When the tabs do not all fit, Qt adds scroll arrows: arrows on the tab bar
        # already move between tabs, so the scroll arrows are no Tab stop of their own.
        for arrow in self.tabs.tabBar().findChildren(QToolButton):
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.checkin = CheckinForm(clock=clock)
        self.questionnaires = QuestionnairesPanel(clock=clock)
        self.side_effects = SideEffectForm(clock=clock)
        self.trends = TrendsPage(clock=clock)
        self.history = CheckinHistory()
        self.tabs.addTab(self.checkin, tr("Check in"))
        self.tabs.addTab(self.questionnaires, tr("Questionnaires"))
        self.tabs.addTab(self.side_effects, tr("Side effects"))
        self.tabs.addTab(self.trends, tr("Trends"))
        self.tabs.addTab(self.history, tr("History"))
        lay.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)

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
        if table in ("questionnaire", "session", "course", "setting"):
            self.questionnaires.refresh()
        if table in ("side_effect", "session", "course"):
            self.side_effects.refresh()
        if self.tabs.currentWidget() is self.trends:
            self.trends.refresh()


class MeasuresFeature(QObject):
    """Declares the feature's parts; holds the glue between them."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__()
        self.host = host
        self.page = host.add_page("checkins", tr("Check-ins"), self._build_page)
        # The safety page lives beside the closed-journal pages, so it opens from any of them.
        self.safety = host.add_overlay(self._build_safety)
        self.plan_editor = host.add_editing_overlay(self._build_plan_editor)
        self._return_to: QWidget | None = None
        self._plan_return_to: QWidget | None = None
        self._trigger = ("", "")  # why the safety page is up, and the record it belongs to
        self.help_button = help_button()
        self.help_button.clicked.connect(self.show_safety)
        host.add_corner_widget(self.help_button)

        self.checkin_action = QAction(tr("Check in"))
        self.checkin_action.setShortcut(QKeySequence("Ctrl+K"))
        self.checkin_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.checkin_action.triggered.connect(self.open_checkin)
        host.add_action(self.checkin_action, Place.WINDOW)
        host.add_action(self.checkin_action, Place.TRAY)
        # One action for the Help menu, the tray and F1, from every screen (locked too).
        self.help_action = QAction(tr("Need help now?"))
        self.help_action.setObjectName(HELP_ACTION)  # dialogs offer it too (ui/common/crisis.py)
        self.help_action.setShortcut(QKeySequence(HELP_KEYS))
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(self._help_from_tray)
        host.add_action(self.help_action, Place.HELP)
        host.add_action(self.help_action, Place.TRAY)

        host.add_settings_section(self._build_safety_settings)
        host.add_settings_section(self._build_checkin_settings)
        host.add_settings_section(self._build_questionnaire_settings)
        host.add_today_provider(self.checkin_cards)
        host.add_today_provider(self.questionnaire_cards)
        host.add_today_provider(self.safety_plan_cards)

        self.reminders: list[datetime] = []
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setInterval(REMINDER_CHECK_MS)
        self._reminder_timer.timeout.connect(self.check_reminders)

    # -- parts, built when first needed ------------------------------------------------------
    def _build_page(self) -> MeasuresPage:
        p = MeasuresPage(clock=self.host.now)
        p.checkin.saved.connect(self._checkin_saved)
        p.questionnaires.safety_needed.connect(lambda: self.show_safety("phq9_item9"))
        p.questionnaires.saved.connect(self._questionnaire_saved)
        p.side_effects.saved.connect(lambda _se: self.host.data_changed("side_effect"))
        return p

    def _build_safety(self) -> SafetyPage:
        from kapjournal.ui.measures.safety_page import SafetyPage

        page = SafetyPage()
        page.back_requested.connect(self.back_from_safety)
        page.edit_plan_requested.connect(self.open_plan_editor)
        page.country_chosen.connect(self._country_chosen)
        return page

    def _build_plan_editor(self) -> SafetyPlanPage:
        from kapjournal.ui.measures.safety_plan_page import SafetyPlanPage

        page = SafetyPlanPage(clock=self.host.now)
        page.done.connect(self.back_from_plan)
        page.saved.connect(lambda: self.host.data_changed("setting"))
        return page

    def _build_safety_settings(self) -> SafetySettings:
        from kapjournal.ui.measures.safety_page import SafetySettings

        box = SafetySettings(self.host.ctx.prefs)
        box.edit_plan_requested.connect(self.open_plan_editor)
        return box

    def _build_checkin_settings(self) -> CheckinSettings:
        from kapjournal.ui.measures.settings import CheckinSettings

        box = CheckinSettings()
        box.changed.connect(self._checkin_settings_changed)
        return box

    def _build_questionnaire_settings(self) -> QuestionnaireSettings:
        from kapjournal.ui.measures.questionnaire_settings import QuestionnaireSettings

        box = QuestionnaireSettings()
        box.changed.connect(lambda: self.host.data_changed("setting"))
        return box

    # -- life cycle ------------------------------------------------------------------------
    def unlocked(self, db: Database) -> None:
        self._schedule_reminders()

    def locked(self) -> None:
        safety_page = self.safety.built
        if safety_page is not None:
            safety_page.clear()
        editor = self.plan_editor.built
        if editor is not None:
            editor.clear()
        self._plan_return_to = None

    def data_changed(self, table: str) -> None:
        page = self.page.built
        if page is not None:
            page.on_data_changed(table)

    # -- the safety page ------------------------------------------------------------------
    def show_safety(self, trigger: str = "", record_uid: str = "") -> None:
        """Show the safety page at once, from wherever the patient is. ``trigger`` (a
        PHQ-9 item 9, the lowest mood) has what it shows recorded for the summary."""
        from kapjournal.measures import safety

        current = self.host.current_screen()
        if current is not self.safety.built:
            self._return_to = current
            self._trigger = (trigger, record_uid)
            self.host.flush_current_page()
            editor = self.plan_editor.built
            if editor is not None and current is editor:
                editor.flush_draft()  # the plan editor is no shell page: keep its words here
        db = self.host.journal_db()
        info = safety.safety_info(safety.chosen_country(self.host.ctx.prefs), db)
        page = self.safety.get()
        page.show_info(info, db)
        self.host.show_overlay(self.safety)
        trigger, record_uid = self._trigger
        if trigger and db is not None:
            try:
                safety.record_shown(db, trigger, safety.shown_from(info), self.host.now(), record_uid)
            except StorageError:  # a read-only journal: the page itself is what matters
                logger.info("what the safety page showed was not recorded")

    def _country_chosen(self, code: str) -> None:
        from kapjournal.measures import safety

        safety.choose_country(self.host.ctx.prefs, code)
        self.show_safety()  # the same visit: what it now shows is recorded for its trigger too

    def _questionnaire_saved(self, q: Questionnaire) -> None:
        from kapjournal.measures import safety

        db = self.host.journal_db()
        try:
            if db is not None:
                safety.bind_shown(db, q)  # the safety page shown while it was answered
        except StorageError:
            logger.info("the safety page's record was not tied to the questionnaire")
        self.host.data_changed("questionnaire")

    def _help_from_tray(self) -> None:
        self.host.bring_to_front()
        self.show_safety()

    def back_from_safety(self) -> None:
        target, self._return_to = self._return_to, None
        page = self.safety.built
        if page is not None:
            page.clear()
        self.host.close_overlay(None if target is page else target)

    # -- the safety plan --------------------------------------------------------------------
    def open_plan_editor(self) -> None:
        """The plan's editor, from the safety page, Settings or Today; Back returns there."""
        current = self.host.current_screen()
        editor = self.plan_editor.get()
        if current is not editor:
            self._plan_return_to = current
            self.host.flush_current_page()
        editor.open_plan(self.host.journal_db())
        self.host.show_overlay(self.plan_editor)

    def back_from_plan(self) -> None:
        target, self._plan_return_to = self._plan_return_to, None
        safety_page = self.safety.built
        if target is not None and target is safety_page:
            self.host.close_overlay(target)
            self.show_safety()  # shown again with the plan as it is now
            return
        self.host.close_overlay(None if target is self.plan_editor.built else target)

    def _close_plan_offer(self) -> None:
        db = self.host.journal_db()
        if db is None:
            return
        from kapjournal.measures import safety_plan

        try:
            safety_plan.close_offer(db)
        except StorageError:
            logger.info("the safety-plan offer could not be closed")
            return
        self.host.data_changed("setting")

    def safety_plan_cards(self, db: Database, now: datetime) -> list[Any]:
        """Offered once, never forced: until a plan is written or "Not now" is pressed."""
        from kapjournal.measures import safety_plan

        if not safety_plan.should_offer(db):
            return []
        words = safety_plan.offer_texts()
        return [
            TodayCard(
                key="safety_plan:offer",
                title=words.title,
                text=words.text,
                action_text=words.action,
                on_action=self.open_plan_editor,
                priority=60,
                dismiss_text=words.dismiss,
                on_dismiss=self._close_plan_offer,
            )
        ]

    # -- check-ins and questionnaires -------------------------------------------------------
    def open_checkin(self) -> None:
        self.host.bring_to_front()
        page: MeasuresPage | None = self.host.show_page("checkins")
        if page is None:
            return
        page.tabs.setCurrentWidget(page.checkin)
        page.checkin.refresh_phase()
        page.checkin.focus_first()

    def open_questionnaire(self, inst_id: str) -> None:
        page: MeasuresPage | None = self.host.show_page("checkins")
        if page is None:
            return
        page.tabs.setCurrentWidget(page.questionnaires)
        page.questionnaires.open_form(inst_id)

    def _checkin_saved(self, c: Checkin) -> None:
        from kapjournal.measures import safety

        self.host.data_changed("checkin")
        # The form's own note sits by its Save button; say it where every eye lands too.
        self.host.announce(tr("Check-in saved. Thank you."))
        if safety.needs_safety_screen_for_checkin(c):
            self.show_safety("lowest_mood", c.uid)

    # -- Today cards ------------------------------------------------------------------------
    def checkin_cards(self, db: Database, now: datetime) -> list[Any]:
        from kapjournal.measures import checkins

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
        from kapjournal.measures import instruments

        day = (now if now.tzinfo is None else now.astimezone()).date()
        from kapjournal.storage import repo
        from kapjournal.storage.models import Questionnaire, Session

        active = instruments.active_in(db)
        due = instruments.due_on(day, repo.select(db, Session), repo.select(db, Questionnaire), active)
        if not due:
            return []
        # One card, whatever is due: Today offers one or two things, not a list.
        first = due[0]
        names = [instruments.get_instrument(d.instrument_id).title for d in due]
        reason = first.reason_text()
        title = (
            arg(tr("%1 suggested"), names[0])
            if len(names) == 1
            else arg(tr("%1 and %2 suggested"), names[0], names[1])
        )
        return [
            TodayCard(
                key=f"questionnaire:{first.instrument_id}:{first.reason_id}:{first.window_start.isoformat()}",
                title=title,
                text=arg(tr("%1. A few minutes about the last two weeks."), reason)
                if instruments.get_instrument(first.instrument_id).recall_days == 14
                else arg(tr("%1. A few minutes of standard questions."), reason),
                action_text=arg(tr("Start %1"), names[0]),
                on_action=lambda i=first.instrument_id: self.open_questionnaire(i),
                priority=35,
            )
        ]

    # -- reminders --------------------------------------------------------------------------
    def _checkin_settings_changed(self) -> None:
        page = self.page.built
        if page is not None:
            page.checkin.reload_settings()
        self._schedule_reminders()

    def _schedule_reminders(self) -> None:
        from kapjournal.measures import checkins

        db = self.host.journal_db()
        if db is None:
            return
        at = checkins.reminder_time(db)
        self.reminders = checkins.next_reminders(self.host.now(), at, days=2)
        if self.reminders:
            self._reminder_timer.start()
        else:
            self._reminder_timer.stop()

    def check_reminders(self, now: datetime | None = None) -> None:
        """Notify once for reminders now due (times only; no patient text)."""
        from kapjournal.measures import checkins

        now = now or self.host.now()
        due = [t for t in self.reminders if t <= now]
        if not due:
            return
        self.reminders = [t for t in self.reminders if t > now]
        db = self.host.journal_db()
        if db is None or not checkins.has_checkin_on(db, now.astimezone().date()):
            self.host.notify(tr("A reminder from KAP Journal"), tr("Open the app when you are ready."))
        if db is not None and len(self.reminders) < 2:
            at = checkins.reminder_time(db)
            later = checkins.next_reminders(max([now, *self.reminders]), at, days=2 - len(self.reminders))
            self.reminders.extend(later)


def help_button() -> QPushButton:
    b = button(tr("Need help now?"), "help", tip=tr("Crisis lines and your care team, one click away (F1)"))
    b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return b
