"""Page objects: what a person does with the main window, in the tests' words.

A UI test says ``journal.write_note("…")`` or ``safety.back()``; where the editor or
the Back button lives is known here and nowhere else (STYLE 25). When a widget moves,
only this file changes. ``tests/ui/test_page_objects.py`` fails a test outside this
file that reaches more than one attribute into a window (``w.x.y`` is the limit).

Every class is built from a ``MainWindow`` (``Journal(w)``, or ``App(w).journal``) and
holds nothing but the window, so a page object can be made at any time, including
after a lock. Three kinds of member:

- *actions*, verbs: ``unlock``, ``write_note``, ``check_in``, ``back``;
- *queries*, what is on screen: ``unlock_message()``, ``hits()``, ``text()``;
- *raw accessors*, properties named for the widget a test must inspect or drive with
  Qt itself (``journal.editor``, ``summary.export_button``). A sub-page a test works
  inside (``journal.thought_record``, ``sessions.intention``) is returned whole: its
  own fields are that page's business, not the window's.

Waiting is done with :func:`wait_until`, which needs no ``qtbot``, so the same page
objects also drive a window in a child process (see ``test_reflection.py``). This
module imports nothing from ``tests.conftest`` at import time for the same reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kapjournal.ui.measures.questionnaire_settings import QuestionnaireSettings
from kapjournal.ui.measures.safety_page import SafetySettings
from kapjournal.ui.measures.settings import CheckinSettings
from kapjournal.ui.preparation.prompt_packs_box import PromptPacksBox
from kapjournal.ui.preparation.settings import ReminderBox
from kapjournal.ui.reflection.settings import IntegrationSettings

if TYPE_CHECKING:
    from kapjournal.storage.db import Database
    from kapjournal.storage.models import Entry
    from kapjournal.ui.main_window import MainWindow

DEFAULT_WAIT_MS = 5000  # what qtbot.waitUntil waits by default
LONG_WAIT_MS = 10000  # a key derivation or a worker thread


def wait_until(condition: Callable[[], object], timeout_ms: int = DEFAULT_WAIT_MS, what: str = "") -> None:
    """Process Qt events until ``condition()`` is true; fail after ``timeout_ms``.

    The same loop as ``qtbot.waitUntil`` (check, then wait 10 ms with events), without
    needing the fixture."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout_ms} ms for {what or 'a condition'}")
        QTest.qWait(10)


def db_of(w: MainWindow) -> Database:
    """The open journal's database (data, not a widget)."""
    journal = w.vault.journal
    assert journal is not None, "no journal is open"
    return journal.db


def default_passphrase() -> str:
    from tests.conftest import PASS  # imported late: conftest sets up a test sandbox

    return PASS


def visible_label_texts(widget: QWidget) -> str:
    """The text of every label ``widget`` shows, one a line (what a person reads)."""
    return "\n".join(lab.text() for lab in widget.findChildren(QLabel) if lab.isVisibleTo(widget))


def model_texts(model: QAbstractItemModel, column: int = 0) -> list[str]:
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


def _measures(w: Any) -> Any:
    from kapjournal.ui.measures.feature import MeasuresFeature

    return w.feature(MeasuresFeature)


def _reflection(w: Any) -> Any:
    from kapjournal.ui.reflection.feature import Reflection

    return w.feature(Reflection)


def _preparation(w: Any) -> Any:
    from kapjournal.ui.preparation.feature import Preparation

    return w.feature(Preparation)


class Screen:
    """A part of the main window; holds only the window."""

    def __init__(self, w: MainWindow) -> None:
        self.w = w


# -- the whole window -------------------------------------------------------------------
class App(Screen):
    """The window as a whole: which screen is up, the journal shell's pages and
    banners, and every feature's page object."""

    @property
    def access(self) -> AccessScreens:
        return AccessScreens(self.w)

    @property
    def today(self) -> Today:
        return Today(self.w)

    @property
    def sessions(self) -> Sessions:
        return Sessions(self.w)

    @property
    def journal(self) -> Journal:
        return Journal(self.w)

    @property
    def checkins(self) -> Checkins:
        return Checkins(self.w)

    @property
    def safety(self) -> Safety:
        return Safety(self.w)

    @property
    def summary(self) -> Summary:
        return Summary(self.w)

    @property
    def settings(self) -> Settings:
        return Settings(self.w)

    def settings_questionnaires(self) -> QuestionnaireChoice:
        """Settings' "Questionnaires" section (shows the Settings page)."""
        self.w.shell.show_page("settings")
        return QuestionnaireChoice(self.w)

    def _screens(self) -> dict[str, QWidget]:
        w = self.w
        return {
            "welcome": w.welcome,
            "create": w.access.create_page,
            "recovery_code": w.access.recovery_page,
            "unlock": w.unlock_page,
            "recover": w.access.recover_page,
            "shell": w.shell,
            "safety": _measures(w).safety.built,
            "safety_plan": _measures(w).plan_editor.built,
            "read_view": _preparation(w).read_view.built,
        }

    def screen(self) -> str:
        """The name of the full-window screen shown: welcome, create, recovery_code,
        unlock, recover, shell (the open journal), safety or read_view; else the
        widget's class name."""
        current = self.w.stack.currentWidget()
        for name, widget in self._screens().items():
            if current is widget:
                return name
        return type(current).__name__

    def wait_for_screen(self, name: str, timeout_ms: int = DEFAULT_WAIT_MS) -> None:
        wait_until(lambda: self.screen() == name, timeout_ms, f"the {name} screen")

    def page(self) -> str:
        """The key of the journal page shown in the shell (today, journal, …)."""
        return self.w.shell.current_key()

    def show(self, key: str) -> None:
        """Go to a page of the open journal by its key (today, sessions, journal, …)."""
        self.w.shell.show_page(key)

    def menu_corner(self) -> Any:
        """The widget in the menu bar's top right corner."""
        from PySide6.QtCore import Qt

        return self.w.menuBar().cornerWidget(Qt.Corner.TopRightCorner)

    @property
    def sample_banner(self) -> QWidget:
        return self.w.shell.sample_banner

    def leave_sample(self) -> None:
        self.w.shell.leave_sample.click()

    @property
    def damaged_banner(self) -> Any:
        return self.w.shell.damaged_banner

    def damaged_text(self) -> str:
        return self.w.shell.damaged_banner.text.text()

    def go_to_backups(self) -> None:
        """The damaged banner's button."""
        self.w.shell.go_to_backups.click()

    def screen_widget(self, name: str) -> QWidget:
        """The full-window screen *name* (welcome, create, …, shell, safety)."""
        return self._screens()[name]

    def current_page_widget(self) -> QWidget:
        """The journal page shown in the shell."""
        return self.w.shell.pages.currentWidget()

    def message(self) -> str:
        """The window's message strip at the top ("" when nothing is said)."""
        return self.w.messages.message()

    @property
    def message_strip(self) -> Any:
        return self.w.messages


# -- welcome, create, recovery code, unlock, recover ----------------------------------------
class AccessScreens(Screen):
    """The screens before a journal is open."""

    # welcome
    def start_creating(self) -> None:
        self.w.welcome.create_button.click()

    def open_sample(self) -> None:
        self.w.welcome.sample_button.click()

    # create
    def type_new_passphrase(self, passphrase: str, again: str | None = None) -> None:
        form = self.w.access.create_page.form
        form.first.setText(passphrase)
        form.second.setText(passphrase if again is None else again)

    @property
    def remember_box(self) -> Any:
        return self.w.access.create_page.remember

    def remember_reason(self) -> str:
        return self.w.access.create_page.remember_reason.text()

    def submit_create(self) -> None:
        self.w.access.create_page.create.click()

    def create_message(self) -> str:
        return self.w.access.create_page.message.text()

    def back_from_create(self) -> None:
        self.w.access.create_page.back.click()

    # recovery code
    def recovery_code(self) -> str:
        return self.w.access.recovery_page.code_label.text()

    def confirm_recovery_code(self, typed: str) -> None:
        """Type the check (the code's last group) and press continue."""
        self.w.access.recovery_page.check.setText(typed)
        self.w.access.recovery_page.continue_button.click()

    def recovery_message(self) -> str:
        return self.w.access.recovery_page.message.text()

    @property
    def recovery_note(self) -> Any:
        return self.w.access.recovery_page.note

    def recovery_note_text(self) -> str:
        return self.w.access.recovery_page.note.text.text()

    def create_journal(
        self, remember: bool = False, passphrase: str | None = None, answer_country: bool = True
    ) -> str:
        """From the welcome screen to an open journal; returns the recovery code. The
        set-up's country question is answered "Not now" unless ``answer_country`` is
        False (the tests of that question)."""
        app = App(self.w)
        assert app.screen() == "welcome"
        self.start_creating()
        self.type_new_passphrase(default_passphrase() if passphrase is None else passphrase)
        if remember:
            wait_until(lambda: self.remember_box.isEnabled())
            self.remember_box.setChecked(True)
        self.submit_create()
        app.wait_for_screen("recovery_code", LONG_WAIT_MS)
        code = self.recovery_code()
        self.confirm_recovery_code(code.split("-")[-1])
        app.wait_for_screen("shell")
        if answer_country and CountryQuestion(self.w).shown():
            CountryQuestion(self.w).not_now()
        return code

    # unlock
    @property
    def passphrase_field(self) -> Any:
        return self.w.unlock_page.field

    @property
    def unlock_button(self) -> Any:
        return self.w.unlock_page.unlock

    @property
    def saved_key_button(self) -> Any:
        return self.w.unlock_page.saved_key

    def unlock_message(self) -> str:
        return self.w.unlock_page.message.text()

    def press_unlock(self, passphrase: str | None = None) -> None:
        """Type the passphrase and press Unlock; does not wait."""
        self.w.unlock_page.field.setText(default_passphrase() if passphrase is None else passphrase)
        self.w.unlock_page.unlock.click()

    def unlock(self, passphrase: str | None = None) -> None:
        """Type the passphrase, press Unlock and wait until the journal opens or the
        unlock screen says why not."""
        self.w.unlock_page.message.clear()
        self.press_unlock(passphrase)
        wait_until(
            lambda: App(self.w).screen() == "shell" or bool(self.unlock_message()),
            LONG_WAIT_MS,
            "the journal to open or a message",
        )

    def use_saved_key(self) -> None:
        self.w.unlock_page.saved_key.click()

    def forgot_passphrase(self) -> None:
        self.w.unlock_page.forgot.click()

    # recover
    def recover(self, code: str, new_passphrase: str) -> None:
        """Fill the recover screen and submit; does not wait."""
        page = self.w.access.recover_page
        page.code.setText(code)
        page.form.first.setText(new_passphrase)
        page.form.second.setText(new_passphrase)
        page.submit.click()

    def recover_message(self) -> str:
        return self.w.access.recover_page.message.text()

    def press_save_recovery_code(self) -> None:
        """Press "Save to a file…" on the recovery-code page (the file dialog is the test's)."""
        self.w.access.recovery_page.save_button.click()

    @property
    def recovery_labels(self) -> tuple[QLabel, QLabel]:
        """The recovery-code page's saved note and its check message."""
        page = self.w.access.recovery_page
        return page.saved_note, page.message


# -- before a session ---------------------------------------------------------------------
class Today(Screen):
    """The Today page: cards from every feature."""

    @property
    def widget(self) -> Any:
        return self.w.page("today")

    def card_keys(self) -> list[str]:
        return self.w.page("today").card_keys()

    def card(self, key: str) -> Any:
        """The card whose key starts with ``key`` (``card.title``, ``card.action``), or None."""
        return self.w.page("today").card(key)

    @property
    def cards(self) -> Any:
        return self.w.page("today").cards

    def refresh(self) -> None:
        self.w.page("today").refresh()

    def add_provider(self, provider: Callable[..., Any]) -> None:
        self.w.host.add_today_provider(provider)
        self.w.page("today").refresh()

    def set_action_handler(self, kind: str, handler: Callable[..., Any]) -> None:
        self.w.host.today_actions[kind] = handler  # a test stands in for the owner


class Sessions(Screen):
    """The Sessions page: the timeline of the course, one session's view (intention,
    checklist, questions), the intention flow, and the full-window read view."""

    @property
    def widget(self) -> Any:
        return self.w.page("sessions")

    def showing(self) -> str:
        """timeline, session or intention."""
        page = self.w.page("sessions")
        current = page.stack.currentWidget()
        names = {"timeline": page.timeline, "session": page.session_view, "intention": page.flow}
        return next((n for n, v in names.items() if current is v), type(current).__name__)

    @property
    def intention(self) -> Any:
        """The intention host: ``.flow`` (the questions), ``.current_step()``,
        ``.baseline``, ``.lookback`` and its buttons."""
        return self.w.page("sessions").flow

    @property
    def session_view(self) -> Any:
        return self.w.page("sessions").session_view

    @property
    def checklist(self) -> Any:
        return self.w.page("sessions").session_view.checklist

    @property
    def questions(self) -> Any:
        """The questions for the care team of the session shown."""
        return self.w.page("sessions").session_view.questions

    def intention_phrase(self) -> str:
        """The intention shown on the session's view."""
        return self.w.page("sessions").session_view.summary.phrase.text()

    def delete_session(self) -> None:
        """The Delete button of the session shown."""
        self.w.page("sessions").session_view.delete_button.click()

    def start_intention(self, session_id: int) -> None:
        self.w.page("sessions").start_intention(session_id)

    def open_session(self, session_id: int) -> None:
        self.w.page("sessions").open_session(session_id)

    def reload(self) -> None:
        self.w.page("sessions").reload()

    def add_session(self) -> None:
        self.w.page("sessions").add_session()

    def delete_course(self, course_id: int) -> None:
        self.w.page("sessions").delete_course(course_id)

    def export_calendar_to(self, path: Any, course_id: int) -> bool:
        return bool(self.w.page("sessions").export_calendar_to(path, course_id))

    def message(self) -> str:
        return self.w.page("sessions").message.text()

    def warnings(self) -> str:
        return self.w.page("sessions").warnings.text.text()

    def row_count(self) -> int:
        """Rows on the timeline (courses and appointments)."""
        return self.w.page("sessions").model.rowCount()

    @property
    def read_view(self) -> Any:
        """The calm full-window view of the intention on a session day."""
        return _preparation(self.w).read_view.get()

    def offers_after(self) -> bool:
        """Whether the session shown offers "Write what came up" (a done session)."""
        return not self.session_view.after_card.isHidden()

    def write_what_came_up(self) -> None:
        self.session_view.capture_button.click()

    def reflection_steps(self) -> list[str]:
        """The texts of the session's reflection-step buttons, in schedule order."""
        return [b.text() for b in self.session_view.step_buttons]

    def open_reflection_step(self, text: str) -> None:
        next(b for b in self.session_view.step_buttons if b.text() == text).click()


# -- after a session: the journal ------------------------------------------------------------
class Journal(Screen):
    """The journal: the timeline with search and filters, the note editor, and the
    pages it hosts (reflection, capture, thought record, practice, steps)."""

    @property
    def widget(self) -> Any:
        return self.w.page("journal")

    def menu_actions(self) -> tuple[Any, ...]:
        """New thought record, breathing space, search (the Journal menu's first group)."""
        return _reflection(self.w).actions

    def steps_due_cards(self, db: Any, now: Any) -> list[Any]:
        """The Today cards for action steps that reached their day."""
        return list(_reflection(self.w).steps_due_cards(db, now))

    # the editor
    @property
    def editor(self) -> Any:
        return self.w.page("journal").editor

    @property
    def preview(self) -> Any:
        return self.w.page("journal").preview

    @property
    def tags(self) -> Any:
        return self.w.page("journal").tags

    @property
    def share(self) -> Any:
        return self.w.page("journal").share

    def write(self, text: str) -> None:
        """Replace what is in the editor."""
        self.w.page("journal").editor.setPlainText(text)

    def text(self) -> str:
        return self.w.page("journal").editor.toPlainText()

    def new_note(self) -> None:
        self.w.page("journal").new_note()

    def save(self) -> bool:
        return bool(self.w.page("journal").save())

    def write_note(self, text: str) -> bool:
        """A new note with ``text``, saved; whether it was."""
        self.new_note()
        self.write(text)
        return self.save()

    def save_state(self) -> str:
        """What the page says about saving (``Not saved: …``)."""
        return self.w.page("journal").state.text()

    def press_save(self) -> None:
        """Press the editor's Save button."""
        self.w.page("journal").save_button.click()

    @property
    def save_state_label(self) -> QLabel:
        return self.w.page("journal").state

    def update_preview(self) -> None:
        self.w.page("journal").update_preview()

    def preview_html(self) -> str:
        return self.w.page("journal").preview.toHtml()

    @property
    def current(self) -> Entry | None:
        """The entry open in the editor."""
        return self.w.page("journal").current

    def open_entry(self, entry_id: int) -> bool:
        return bool(self.w.page("journal").open_entry(entry_id))

    def delete_current(self, confirm: bool = True) -> bool:
        return bool(self.w.page("journal").delete_current(confirm=confirm))

    # the timeline, search and filters
    @property
    def search_box(self) -> Any:
        return self.w.page("journal").search

    @property
    def kind_filter(self) -> Any:
        return self.w.page("journal").kind_filter

    @property
    def tag_filter(self) -> Any:
        return self.w.page("journal").tag_filter

    @property
    def session_filter(self) -> Any:
        return self.w.page("journal").session_filter

    def search(self, text: str) -> None:
        """Search now (without the typing delay)."""
        self.w.page("journal").search_now(text)

    def type_search(self, qtbot: Any, text: str) -> None:
        """Type ``text`` into the search box key by key (after what it holds), as a
        person does: each pause searches on a worker. Waits until the hits for all
        of the box's text are shown (or the box ends in a one-letter word, which waits
        for the next key)."""
        from kapjournal.reflection.after_session import waits_for_a_letter

        timeline = self.w.page("journal").timeline
        self.search_box.setFocus()
        qtbot.keyClicks(self.search_box, text)
        box = self.search_box.text()
        qtbot.waitUntil(
            lambda: (
                not timeline._search_timer.isActive()
                and not timeline.searcher.busy
                and (timeline.model.search_text == box or waits_for_a_letter(box))
            ),
            timeout=10_000,
        )

    @property
    def searcher(self) -> Any:
        """The worker that runs the search while typing."""
        return self.w.page("journal").timeline.searcher

    def result_line(self) -> str:
        """What the line above the list says about the search."""
        return str(self.w.page("journal").timeline.result_info.text())

    def count(self) -> int:
        """How many entries the timeline lists."""
        return self.w.page("journal").model.rowCount()

    def hits(self) -> list[Entry]:
        """The entries the timeline lists, in order."""
        model = self.w.page("journal").model
        return [model.entry(r) for r in range(model.rowCount())]

    def hit(self, row: int) -> Entry:
        return self.w.page("journal").model.entry(row)

    def can_load_more(self) -> bool:
        """Whether the list has more matches to load as it is scrolled to the end."""
        from PySide6.QtCore import QModelIndex

        return bool(self.w.page("journal").model.canFetchMore(QModelIndex()))

    def load_more(self) -> None:
        """Load the next page of matches, as scrolling to the end of the list does."""
        from PySide6.QtCore import QModelIndex

        self.w.page("journal").model.fetchMore(QModelIndex())

    def row_of(self, entry_id: int | None) -> int:
        return self.w.page("journal").model.row_of(entry_id)

    def list_pixels(self, step: int = 2) -> list[int]:
        """The RGB of every ``step``-th pixel of the list as it is painted now."""
        image = self.w.page("journal").list.grab().toImage()
        rows, cols = range(0, image.height(), step), range(0, image.width(), step)
        return [image.pixel(x, y) for y in rows for x in cols]

    def clear_selection(self) -> None:
        """No row selected (a selected row draws its matches differently)."""
        self.w.page("journal").list.clearSelection()

    def search_now(self, text: str) -> None:
        """Search for ``text`` at once, as Enter does (for text key clicks cannot type)."""
        self.w.page("journal").timeline.search_now(text)

    def snippet(self, row: int) -> str:
        """The search snippet of a row (matches between \\x02 and \\x03)."""
        from kapjournal.ui.reflection.entry_model import SnippetRole

        model = self.w.page("journal").model
        return model.data(model.index(row), SnippetRole)

    def select_row(self, row: int) -> None:
        """Click a row of the timeline."""
        page = self.w.page("journal")
        page.list.setCurrentIndex(page.model.index(row))

    def paint_list(self) -> None:
        """Render the timeline once (its delegate paints the snippets)."""
        self.w.page("journal").list.grab()

    # a kept draft
    @property
    def recovered_banner(self) -> Any:
        return self.w.page("journal").recovered

    def recovered_text(self) -> str:
        return self.w.page("journal").recovered.text.text()

    @property
    def open_draft_button(self) -> Any:
        return self.w.page("journal").open_draft_button

    def on_status(self, slot: Callable[[str], object]) -> None:
        """Call *slot* with every message the Journal page says (the window announces it)."""
        self.w.page("journal").status.connect(slot)

    # the pages it hosts
    def showing(self) -> str:
        """timeline, reflection, capture, thought_record, practice, breathing or steps."""
        page = self.w.page("journal")
        current = page.views.currentWidget()
        names = {
            "timeline": page.timeline,
            "reflection": page.integration_page,
            "capture": page.capture_page,
            "thought_record": page.thought_page,
            "practice": page.practice_page,
            "breathing": page.breathing_page,
            "steps": page.steps_page,
        }
        return next((n for n, v in names.items() if current is v), type(current).__name__)

    @property
    def reflection(self) -> Any:
        """The reflection after a session (integration) page."""
        return self.w.page("journal").integration_page

    @property
    def capture(self) -> Any:
        return self.w.page("journal").capture_page

    @property
    def thought_record(self) -> Any:
        return self.w.page("journal").thought_page

    @property
    def practice(self) -> Any:
        return self.w.page("journal").practice_page

    @property
    def breathing(self) -> Any:
        return self.w.page("journal").breathing_page

    @property
    def steps(self) -> Any:
        return self.w.page("journal").steps_page

    def press_capture(self) -> None:
        self.w.page("journal").capture_button.click()

    def press_practice(self) -> None:
        self.w.page("journal").practice_button.click()

    def press_steps(self) -> None:
        self.w.page("journal").steps_button.click()

    def new_thought_record(self) -> None:
        self.w.page("journal").new_thought_record()

    def open_practice(self) -> None:
        self.w.page("journal").open_practice()

    def open_reflection(self, session_id: int, step: str) -> bool:
        return bool(self.w.page("journal").open_reflection(session_id, step))

    @property
    def entry_list(self) -> Any:
        """The list of entries beside the note editor."""
        return self.w.page("journal").list

    def open_breathing(self) -> None:
        """The breathing space (from the practice page's button)."""
        self.w.page("journal").open_breathing()

    def write_a_reflection(self) -> None:
        """The "Write a reflection" button above the timeline."""
        self.w.page("journal").reflection_button.click()

    def reflection_choice(self) -> tuple[int | None, str]:
        """The session and step the reflection page's pickers show."""
        page = self.w.page("journal").integration_page
        return page.session_picker.session_id(), str(page.step_picker.currentData())

    def pick_reflection_session(self, session_id: int) -> None:
        picker = self.w.page("journal").integration_page.session_picker
        picker.setCurrentIndex(picker.findData(session_id))

    def pick_reflection_step(self, step: str) -> None:
        picker = self.w.page("journal").integration_page.step_picker
        picker.setCurrentIndex(picker.findData(step))


# -- measures ---------------------------------------------------------------------------------
class Checkins(Screen):
    """The Check-ins page (check-in form, questionnaires, side effects, trends,
    history), its settings section, reminders and Today cards."""

    def _page(self) -> Any:
        return self.w.page("checkins")

    @property
    def form(self) -> Any:
        """The check-in form (``scales``, ``chip_buttons``, ``note``, ``extra_inputs``)."""
        return self.w.page("checkins").checkin

    @property
    def questionnaires(self) -> Any:
        return self.w.page("checkins").questionnaires

    @property
    def side_effects(self) -> Any:
        return self.w.page("checkins").side_effects

    @property
    def trends(self) -> Any:
        return self.w.page("checkins").trends

    @property
    def history(self) -> Any:
        return self.w.page("checkins").history

    @property
    def settings(self) -> Any:
        """The check-ins section of Settings."""
        return self.w.page("settings").section(CheckinSettings)

    def _tabs(self) -> dict[str, QWidget]:
        page = self._page()
        return {
            "checkin": page.checkin,
            "questionnaires": page.questionnaires,
            "side_effects": page.side_effects,
            "trends": page.trends,
            "history": page.history,
        }

    def tab(self) -> str:
        """The tab shown: checkin, questionnaires, side_effects, trends or history."""
        current = self._page().tabs.currentWidget()
        return next((n for n, v in self._tabs().items() if current is v), type(current).__name__)

    def show_tab(self, name: str) -> None:
        self._page().tabs.setCurrentWidget(self._tabs()[name])

    # check-in
    def open_checkin(self) -> None:
        _measures(self.w).open_checkin()

    def check_in(
        self,
        mood: int | None = None,
        anxiety: int | None = None,
        feelings: Iterable[str] = (),
        note: str | None = None,
    ) -> None:
        """Click a check-in together with the mouse and press Save."""
        form = self.form
        if mood is not None:
            form.scales["mood"].buttons[mood].click()
        if anxiety is not None:
            form.scales["anxiety"].buttons[anxiety].click()
        for feeling in feelings:
            form.chip_buttons[feeling].click()
        if note is not None:
            form.note.setPlainText(note)
        form.save_button.click()

    def checkin_message(self) -> str:
        return self.form.message.text()

    def history_count(self) -> int:
        return self.w.page("checkins").history.model.rowCount()

    # questionnaires
    def start_questionnaire(self, inst_id: str) -> Any:
        """Press the questionnaire's start button on its tab; the form shown."""
        self.show_tab("questionnaires")
        self.questionnaires.start_buttons[inst_id].click()
        return self.questionnaires.current_form()

    def open_questionnaire(self, inst_id: str) -> Any:
        return self.questionnaires.open_form(inst_id)

    def current_questionnaire(self) -> Any:
        return self.questionnaires.current_form()

    def questionnaire_form(self, inst_id: str) -> Any:
        return self.questionnaires.forms[inst_id]

    def start_button_text(self, inst_id: str) -> str:
        return self.questionnaires.start_buttons[inst_id].text()

    # reminders and Today
    @property
    def reminders(self) -> list[Any]:
        return _measures(self.w).reminders

    def check_reminders(self, now: Any) -> None:
        _measures(self.w).check_reminders(now)

    def checkin_cards(self, db: Any, now: Any) -> list[Any]:
        return _measures(self.w).checkin_cards(db, now)

    def questionnaire_cards(self, db: Any, now: Any) -> list[Any]:
        return _measures(self.w).questionnaire_cards(db, now)

    def shown_questionnaires(self) -> list[str]:
        """The instruments whose card is on the Questionnaires tab, in order."""
        self.show_tab("questionnaires")
        panel = self.questionnaires
        grid = panel.card_grid
        cells = []
        for inst_id, frame in panel.cards.items():
            if frame.isVisibleTo(panel):
                r, c, _rs, _cs = grid.getItemPosition(grid.indexOf(frame))
                cells.append((r, c, inst_id))
        return [inst_id for _r, _c, inst_id in sorted(cells)]

    def answer_by_keys(self, form: Any, digits: str) -> None:
        """Type one digit per question, each into its own answer row (real key events)."""
        for row, digit in zip(form.rows, digits, strict=True):
            row.focus_answer()
            QTest.keyClick(QApplication.focusWidget(), digit)

    def fill_and_save_questionnaire(self, inst_id: str, answer: int = 1) -> Any:
        """Open ``inst_id``, click ``answer`` for every question and press Save; the form."""
        self.show_tab("questionnaires")
        form = self.open_questionnaire(inst_id)
        for row in form.rows:
            row.radios[answer].click()
        form.save_button.click()
        return form

    def save_side_effect(self, symptom: str, severity: int) -> None:
        """Choose a side effect and how strong, and press Save."""
        self.show_tab("side_effects")
        self.side_effects.choose(symptom, severity)
        self.side_effects.save_button.click()


class Safety(Screen):
    """The safety screen ("Need help now?"), reachable from every screen, and its
    section of Settings."""

    def shown(self) -> bool:
        return App(self.w).screen() == "safety"

    def text(self) -> str:
        """Every label the screen shows, one a line."""
        return visible_label_texts(_measures(self.w).safety.get())

    def numbers(self) -> list[str]:
        """The phone numbers on screen."""
        return list(_measures(self.w).safety.get().numbers)

    def back(self) -> None:
        """The Back button at the bottom."""
        _measures(self.w).safety.get().back_bottom.click()

    def back_top(self) -> None:
        _measures(self.w).safety.get().back_top.click()

    @property
    def help_button(self) -> Any:
        """The "Need help now?" button in the menu bar's corner."""
        return _measures(self.w).help_button

    @property
    def help_action(self) -> Any:
        """The tray menu's entry."""
        return _measures(self.w).help_action

    def need_help(self) -> None:
        _measures(self.w).help_button.click()

    def show(self) -> None:
        _measures(self.w).show_safety()

    @property
    def settings(self) -> Any:
        """The safety section of Settings (``country``, ``steps``, ``save``)."""
        return self.w.page("settings").section(SafetySettings)

    @property
    def country_box(self) -> Any:
        """The "Help for" country list at the top of the safety page."""
        return _measures(self.w).safety.get().country

    def country(self) -> str:
        """The ISO code the safety page shows help for ("ZZ" = other country)."""
        return str(_measures(self.w).safety.get().country.currentData())

    def change_country(self, code: str) -> None:
        """Pick ``code`` in "Help for" as a person does (the list's ``activated``)."""
        box = _measures(self.w).safety.get().country
        index = box.findData(code)
        assert index >= 0, f"{code} is not in the list"
        box.setCurrentIndex(index)
        box.activated.emit(index)

    def edit_plan(self) -> None:
        """The safety page's "Edit my safety plan"."""
        button = _measures(self.w).safety.get().edit_plan
        assert button is not None, "the safety page shows no plan (is the journal locked?)"
        button.click()

    @property
    def edit_plan_button(self) -> Any:
        return _measures(self.w).safety.get().edit_plan

    def widget_top(self, widget: Any) -> int:
        """Where ``widget`` lies in the page's visible area (y of its top; the page not scrolled)."""
        page = _measures(self.w).safety.get()
        return int(widget.mapTo(page.scroll.viewport(), widget.rect().topLeft()).y())

    def number_label(self, number: str) -> Any:
        """The selectable label that shows ``number``."""
        page = _measures(self.w).safety.get()
        return next(lab for lab in page.findChildren(QLabel) if lab.isVisible() and lab.text() == number)

    def visible_height(self) -> int:
        """The height of the page's scrolling area on screen."""
        return int(_measures(self.w).safety.get().scroll.viewport().height())


class SafetyPlan(Screen):
    """The safety-plan editor (a full-window screen): seven boxes, the share box, Save."""

    @property
    def page(self) -> Any:
        return _measures(self.w).plan_editor.get()

    def shown(self) -> bool:
        return App(self.w).screen() == "safety_plan"

    def open(self) -> None:
        """Open it the way Today, Settings and the safety page do."""
        _measures(self.w).open_plan_editor()

    def editor(self, part: str) -> Any:
        """The box of part ``part`` (``reasons``, ``on_my_own``, ...)."""
        return self.page.editors[part]

    def write(self, part: str, text: str) -> None:
        self.page.editors[part].setPlainText(text)

    def text_of(self, part: str) -> str:
        return str(self.page.editors[part].toPlainText())

    @property
    def share_box(self) -> Any:
        return self.page.share

    @property
    def save_button(self) -> Any:
        return self.page.save_button

    def save_and_back(self) -> None:
        self.page.save_button.click()

    def back(self) -> None:
        self.page.back_top.click()

    def state(self) -> str:
        """The line beside Save ("Saved.", "Not saved yet", ...)."""
        return str(self.page.state.text())

    def problem(self) -> str:
        """What the page says when the plan cannot be read ("" otherwise)."""
        return str(self.page.problem.text()) if self.page.problem.isVisibleTo(self.page) else ""

    def text(self) -> str:
        return visible_label_texts(self.page)


class CountryQuestion(Screen):
    """The set-up's one question about the country (a dialog over the open journal)."""

    def dialog(self) -> Any:
        """The question if it is showing, else None."""
        from kapjournal.ui.access.country import CountryQuestion as Dialog

        found = [d for d in self.w.findChildren(Dialog) if d.isVisible()]
        return found[0] if found else None

    def shown(self) -> bool:
        return self.dialog() is not None

    def country(self) -> str:
        """The ISO code chosen in the question."""
        return str(self.dialog().country.currentData())

    def choose(self, code: str) -> None:
        box = self.dialog().country
        box.setCurrentIndex(box.findData(code))

    def use_this_country(self) -> None:
        self.dialog().use.click()

    def not_now(self) -> None:
        self.dialog().not_now.click()


# -- summary ---------------------------------------------------------------------------------
class Summary(Screen):
    """The therapist summary: range, what goes in, preview, export."""

    @property
    def widget(self) -> Any:
        """The page itself (its signals ``exported``/``export_failed`` and
        ``choose_path``, which a test replaces)."""
        return self.w.page("summary")

    @property
    def date_from(self) -> Any:
        return self.w.page("summary").date_from

    @property
    def date_to(self) -> Any:
        return self.w.page("summary").date_to

    @property
    def preset(self) -> Any:
        return self.w.page("summary").preset

    @property
    def format(self) -> Any:
        return self.w.page("summary").format

    @property
    def export_button(self) -> Any:
        return self.w.page("summary").export_button

    @property
    def show_name(self) -> Any:
        return self.w.page("summary").show_name

    @property
    def section_boxes(self) -> Any:
        return self.w.page("summary").section_boxes

    @property
    def summary(self) -> Any:
        """The summary being previewed, or None."""
        return self.w.page("summary").summary

    def set_range(self, start: Any, end: Any) -> None:
        self.w.page("summary").set_range(start, end)

    def preview_text(self) -> str:
        return self.w.page("summary").preview_text()

    def item_rows(self) -> list[Any]:
        """The entries offered, as checkable rows."""
        return self.w.page("summary").item_rows()

    def item_count(self) -> int:
        return self.w.page("summary").items.count()

    def choose_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def press_export(self) -> None:
        self.w.page("summary").export_button.click()

    def export_to(self, path: Any, fmt: str) -> None:
        """Export without the path chooser (does not wait)."""
        self.w.page("summary").export_to(path, fmt)

    def status(self) -> str:
        return self.w.page("summary").status.text()

    # building off the GUI thread, progress and stop (issue 14)
    def building(self) -> bool:
        """A rebuild of the summary and its preview is waiting or under way."""
        return bool(self.w.page("summary").building())

    def export_progress(self) -> int:
        return int(self.w.page("summary").progress.value())

    def stop_export(self) -> None:
        """Press Stop while a file is being made."""
        self.w.page("summary").cancel_button.click()

    # protected export (issue 16)
    @property
    def protect_button(self) -> Any:
        """ "Export protected PDF…", the export box's first button."""
        return self.w.page("summary").protect_button

    @property
    def others_toggle(self) -> Any:
        """ "Other formats, not protected": shows the unprotected exports."""
        return self.w.page("summary").export_panel.others_toggle

    def show_other_formats(self) -> None:
        self.others_toggle.setChecked(True)

    def others_shown(self) -> bool:
        return bool(self.w.page("summary").export_panel.others.isVisible())

    def use_own_password(self, text: str, again: str | None = None) -> None:
        panel = self.w.page("summary").export_panel
        panel.own_password.setChecked(True)
        panel.own_first.setText(text)
        panel.own_second.setText(text if again is None else again)

    def own_password_feedback(self) -> str:
        return str(self.w.page("summary").export_panel.own_feedback.text())

    def export_protected_to(self, path: Any, password: str | None = None) -> None:
        """Protected export without the path chooser (does not wait); None: a new
        password is made and shown."""
        self.w.page("summary").export_protected_to(path, password)

    def password_page(self) -> Any:
        """The page showing the PDF password after a protected export, or None."""
        return self.w.page("summary").password_page

    def shown_password(self) -> str:
        page = self.password_page()
        return "" if page is None else str(page.password())

    def close_password_page(self) -> None:
        self.password_page().done_button.click()


# -- settings --------------------------------------------------------------------------------
class Settings(Screen):
    """Settings: passphrase, backups, locking, deleting, and each feature's section."""

    @property
    def widget(self) -> Any:
        return self.w.page("settings")

    def open(self) -> None:
        self.w.shell.show_page("settings")

    # passphrase and recovery code
    def change_passphrase(self, current: str, new: str) -> None:
        """Open Settings, fill the change form and press Change; does not wait."""
        s = self.w.page("settings")
        self.open()
        s.current.setText(current)
        s.new_form.first.setText(new)
        s.new_form.second.setText(new)
        s.change_button.click()

    def change_message(self) -> str:
        return self.w.page("settings").change_message.text()

    @property
    def change_message_label(self) -> QLabel:
        return self.w.page("settings").change_message

    def new_recovery_code(self) -> None:
        self.w.page("settings").recovery_button.click()

    # backups
    def back_up_now(self) -> None:
        """Press Back up now and wait for "Backed up."."""
        s = self.w.page("settings")
        s.backup_message.clear()
        s.backup_button.click()
        wait_until(lambda: self.backup_message() == "Backed up.", 20000, "the backup")

    def backup_message(self) -> str:
        return self.w.page("settings").backup_message.text()

    @property
    def backup_model(self) -> Any:
        return self.w.page("settings").backup_model

    @property
    def backup_list(self) -> Any:
        return self.w.page("settings").backup_list

    @property
    def restore_button(self) -> Any:
        return self.w.page("settings").restore_button

    def chosen_backup_row(self) -> int:
        return self.w.page("settings").backup_list.currentIndex().row()

    def selected_backup(self) -> Any:
        return self.w.page("settings").selected_backup()

    def show_backups(self, rows: int, timeout_ms: int = 20000) -> list[str]:
        """Open Settings (or refresh it) and wait for the list to show ``rows``
        backups; their texts."""
        if App(self.w).page() != "settings":
            self.open()
        else:
            self.w.page("settings").on_shown()
        model = self.backup_model
        wait_until(lambda: model.rowCount() == rows, timeout_ms, f"{rows} backups listed")
        return model_texts(model)

    def restore_chosen(self) -> None:
        self.w.page("settings").restore_button.click()

    # locking, deleting
    @property
    def screen_lock_box(self) -> Any:
        return self.w.page("settings").screen_lock

    def delete_journal(self, passphrase: str) -> None:
        """Type the passphrase into the delete field and press Delete; does not wait."""
        s = self.w.page("settings")
        s.delete_field.setText(passphrase)
        s.delete_button.click()

    # features' sections
    @property
    def reflection(self) -> Any:
        """After a session: schedule and share defaults."""
        return self.w.page("settings").section(IntegrationSettings)

    @property
    def checkins(self) -> Any:
        return self.w.page("settings").section(CheckinSettings)

    @property
    def safety(self) -> Any:
        return self.w.page("settings").section(SafetySettings)

    @property
    def prompt_packs(self) -> Any:
        return self.w.page("settings").section(PromptPacksBox)

    @property
    def session_reminders(self) -> Any:
        return self.w.page("settings").section(ReminderBox)


# -- every screen in turn ----------------------------------------------------------------------
class EveryScreen(Screen):
    """Shows every screen in turn, for checks that look at all of them (contrast, focus
    rings): :meth:`access` before a journal is open, :meth:`pages` with one open."""

    def access(self) -> Iterator[str]:
        """The welcome and create screens (the window's own stack)."""
        w = self.w
        for name, widget in (("welcome", w.welcome), ("create", w.access.create_page)):
            w.stack.setCurrentWidget(widget)
            QTest.qWait(0)
            yield name
        w.stack.setCurrentWidget(w.welcome)

    def open_sample(self) -> None:
        """Open the sample journal (courses, sessions, entries, check-ins) and wait."""
        self.w.welcome.sample_button.click()
        wait_until(lambda: App(self.w).screen() == "shell", 60000, "the sample journal")

    def pages(self) -> Iterator[str]:
        """Every page of the shell, every view a page stacks or tabs (each made current
        in turn, then put back), and the safety page."""
        from PySide6.QtWidgets import QStackedWidget, QTabWidget

        for key in self.w.shell.page_keys():
            page = self.w.shell.show_page(key)
            QTest.qWait(0)
            yield key
            holders = [h for h in page.findChildren(QTabWidget)] + [
                h for h in page.findChildren(QStackedWidget) if not isinstance(h.parentWidget(), QTabWidget)
            ]
            for holder in holders:
                if not holder.isVisible():
                    continue
                start = holder.currentIndex()
                for i in range(holder.count()):
                    if i == start:
                        continue
                    holder.setCurrentIndex(i)
                    QTest.qWait(0)
                    yield f"{key}/{type(holder.widget(i)).__name__}"
                holder.setCurrentIndex(start)
        measures = _measures(self.w)
        measures.show_safety()
        wait_until(lambda: App(self.w).screen() == "safety", what="the safety page")
        yield "safety"
        measures.safety.get().back_bottom.click()
        measures.open_plan_editor()
        wait_until(lambda: App(self.w).screen() == "safety_plan", what="the safety-plan editor")
        yield "safety_plan"
        measures.plan_editor.get().back_top.click()


# -- every dialog in turn ----------------------------------------------------------------------
def visible_dialogs() -> list[Any]:
    """Every dialog or message box on screen, in no particular order."""
    from PySide6.QtWidgets import QApplication, QDialog

    return [t for t in QApplication.topLevelWidgets() if isinstance(t, QDialog) and t.isVisible()]


def while_open(
    opener: Callable[[], object], visit: Callable[[Any], None], timeout_ms: int = LONG_WAIT_MS
) -> None:
    """Run ``opener`` (which shows a dialog, maybe in its own modal loop with
    ``exec()``), call ``visit(dialog)`` once the dialog is up, and return once
    ``visit`` has returned and the dialog has closed. ``visit`` must close it."""
    from PySide6.QtCore import QTimer

    before = {id(d) for d in visible_dialogs()}
    visited: list[Any] = []

    def poll() -> None:
        new = [d for d in visible_dialogs() if id(d) not in before]
        if not new:
            QTimer.singleShot(10, poll)
            return
        visited.append(new[0])
        visit(new[0])

    QTimer.singleShot(0, poll)
    opener()  # returns when an exec() dialog has closed, at once for a shown one
    wait_until(lambda: bool(visited), timeout_ms, "the dialog")
    wait_until(lambda: not is_showing(visited[0]), timeout_ms, "the dialog to close")


def is_showing(widget: Any) -> bool:
    """Whether ``widget`` is on screen (False once Qt has deleted it, as a static
    ``QMessageBox.question`` deletes its box)."""
    import shiboken6

    return shiboken6.isValid(widget) and bool(widget.isVisible())


class EveryDialog(Screen):
    """Opens every dialog and message box of the open journal the way its screen
    does, for checks that look at all of them (AT-SPI, contrast). Needs a journal
    that is open; makes a course with sessions, an entry and a backup if it has none."""

    def openers(self) -> list[tuple[str, Callable[[], object]]]:
        """``(name, open)`` for each: ``open()`` shows the dialog (an ``exec()`` one
        returns only when it has closed: use :func:`while_open`). The sample journal
        offers no new recovery code and no deleting: those two are left out there."""
        from kapjournal.storage.backups import list_backups
        from kapjournal.ui.access.country import ask_country
        from kapjournal.ui.settings.actions import KeyRotationProgress
        from kapjournal.ui.settings.backups import RestoreDialog
        from kapjournal.ui.summary.summary_page import ExportNotice

        w = self.w
        course_id, session_id = self._course()
        sessions = w.page("sessions")
        settings = w.page("settings")
        vault = w.vault
        assert vault.journal is not None
        if not list_backups(vault.files):
            vault.journal.auto_backup()  # the restore dialog lists at least one backup
        real = settings.recovery_button.isEnabled() and settings.delete_button.isEnabled()
        journal_only = [
            ("new-recovery-code", settings.recovery_button.click),
            ("delete-journal", lambda: Settings(w).delete_journal("not my passphrase")),
        ]
        return [
            ("course-new", sessions.new_course),
            ("course-edit", lambda: sessions.edit_course(course_id)),
            ("session-new", lambda: sessions.add_session(course_id)),
            ("session-edit", lambda: sessions.edit_session(session_id)),
            ("session-delete", lambda: sessions.delete_session(session_id)),
            ("calendar-notice", lambda: sessions.export_calendar(course_id)),
            ("export-notice", lambda: ExportNotice.ask(w.page("summary"))),
            *(journal_only if real else []),
            ("restore", lambda: RestoreDialog.ask(w, list_backups(vault.files), vault.journal_id())),
            ("key-rotation", lambda: KeyRotationProgress(w).show()),
            ("country", lambda: ask_country(w, w.ctx.prefs)),
            ("delete-entry", self._delete_entry),
            ("diagnostics-copied", w.diagnostics_action.trigger),
            ("about", w.about_action.trigger),
        ]

    def _delete_entry(self) -> None:
        """Ask to delete a journal entry (a note written for it if none is open)."""
        journal = Journal(self.w)
        App(self.w).show("journal")
        if journal.current is None:
            assert journal.write_note("An invented note, to be asked about deleting.")
        journal.delete_current(confirm=True)

    def _course(self) -> tuple[int, int]:
        from datetime import time, timedelta

        from kapjournal.preparation import course
        from kapjournal.storage.models import Course

        db = db_of(self.w)
        found = course.courses(db)
        if not found:
            now = self.w.ctx.now()
            offset = int((now.utcoffset() or timedelta()).total_seconds() // 60)
            plan = course.default_plan(now.date() + timedelta(days=2), time(10, 0), offset)
            course.create_course_with_plan(db, Course(start_date=now.date()), plan, False, now=now)
            found = course.courses(db)
        first = found[0]
        return first.id or 0, course.sessions_of(db, first.id or 0)[0].id or 0

    @staticmethod
    def close(dialog: Any) -> bool:
        """Close ``dialog`` with Escape, as a patient would; True when that closed it.
        (The key-rotation dialog ignores Escape until the rotation is done: then it
        is finished.)"""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        from kapjournal.ui.settings.actions import KeyRotationProgress

        # To what has focus in the dialog, as a key the patient presses there would go
        # (QTest's key click goes to the active window, which a bare X server may not
        # have made the dialog); a button does not take Escape, so the dialog gets it.
        target = dialog.focusWidget() or dialog
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
        try:
            wait_until(lambda: not is_showing(dialog), 1000, "Escape to close the dialog")
            escaped = True
        except AssertionError:
            escaped = False
        if not escaped and isinstance(dialog, KeyRotationProgress):
            dialog.finish()
        return escaped


class QuestionnaireChoice(Screen):
    """Settings' "Questionnaires": switch PCL-5 and AUDIT-C on and off."""

    @property
    def box(self) -> Any:
        return self.w.page("settings").section(QuestionnaireSettings)

    def switch_on(self, *inst_ids: str) -> None:
        for inst_id in inst_ids:
            if not self.box.boxes[inst_id].isChecked():
                self.box.boxes[inst_id].click()

    def switch_off(self, *inst_ids: str) -> None:
        for inst_id in inst_ids:
            if self.box.boxes[inst_id].isChecked():
                self.box.boxes[inst_id].click()

    def switched_on(self) -> list[str]:
        return self.box.chosen()


class CourseSetUp(Screen):
    """The course dialog's "What is this course for?" (the dialog given, not shown)."""

    def __init__(self, w: MainWindow, dialog: Any) -> None:
        super().__init__(w)
        self.dialog = dialog

    def tick_purpose(self, purpose_id: str) -> None:
        self.dialog.purpose.purposes[purpose_id].click()

    def offered(self) -> list[str]:
        box = self.dialog.purpose
        return [i for i, offer in box.offers.items() if not offer.isHidden()]

    def take_offer(self, inst_id: str) -> None:
        self.dialog.purpose.offers[inst_id].click()
