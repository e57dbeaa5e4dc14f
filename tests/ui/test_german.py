"""The whole window in German: every screen, page, overlay and dialog of the tour
(tools/shotlib.py, the one the layout test and the screenshots use) is opened with the
German catalogue, Qt's own and the German data files installed, on a demo journal, and
every visible text is walked: labels, buttons, tabs, placeholders, tooltips, accessible
names, combo items, list and table rows and headers, group titles, window titles.

It fails when a text is, or has as one of its parts, an English message that has a
different German: a catalogue source (``kapjournal_de.ts``; "PHQ-9" and "Check-in" are
the same in both and never count), an English text of a data file with a German one
beside it, a standard button of Qt's, or an English month or weekday name.

The demo journal's own words (kapjournal/sample: what a patient would have written) are
taken out of a text first: the patient's words are never translated.
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from kapjournal.content import read_toml
from kapjournal.content.resdir import resources_root
from kapjournal.i18n import install_language
from tests.domain.test_translations import SHIPPED, _texts
from tests.ui.pages import wait_until

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from shotlib import tour  # noqa: E402 - tools/ is not a package

CATALOGUE = ROOT / "resources" / "translations" / "kapjournal_de.ts"
# Qt's own standard buttons and context menus (qtbase_de has them as Abbrechen, ...).
QTBASE = (
    "Cancel",
    "Close",
    "Apply",
    "Discard",
    "Help",
    "Reset",
    "Restore Defaults",
    "Yes",
    "No",
    "Save",
    "Open",
    "&Yes",
    "&No",
    "&Cancel",
    "&OK",
    "Select All",
    "Copy",
    "Paste",
    "Undo",
    "Redo",
)
# English month and weekday names and forms that are not also German (Jan, Apr, ... are).
DATES = (
    "January",
    "February",
    "March",
    "May",
    "June",
    "July",
    "October",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mar",
    "Oct",
    "Dec",
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
    "AM",
    "PM",
)
# A text is split into parts at these; each part is compared whole.
PARTS = re.compile(r"\s*(?:\n|·|•|—|–|\||: |; |\(|\)|\[|\])\s*")
TAG = re.compile(r"<[^>]+>")
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


# -- what counts as English --------------------------------------------------------------------
def _pattern(source: str) -> re.Pattern[str]:
    """*source* as a whole-text pattern, each ``%1`` standing for any value."""
    pieces = re.split(r"%[1-9n]", source.strip())
    return re.compile(r".+?".join(re.escape(p) for p in pieces), re.DOTALL)


def catalogue_english() -> dict[str, re.Pattern[str]]:
    """Each source message of the catalogue whose finished German differs from it."""
    found = {}
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or node.get("type") in {"unfinished", "obsolete", "vanished"}:
            continue
        forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
        letters = re.sub(r"%[1-9n]|[^A-Za-z]", "", source)
        if len(letters) >= 3 and all(f.strip() != source.strip() for f in forms):
            found[source] = _pattern(source)
    return found


def data_english() -> set[str]:
    """Every English text of a shipped data file that its German file does not also have."""
    english: set[str] = set()
    german: set[str] = set()
    for (folder, name), fields in SHIPPED.items():
        path = resources_root() / folder / name
        english.update(_texts(read_toml(path), fields))
        german.update(_texts(read_toml(path.with_suffix(".de.toml")), fields))
    return {t.strip() for t in english - german if t.strip()}


def patient_words() -> list[str]:
    """The demo journal's own words: the string literals of kapjournal/sample."""
    words = set()
    for path in (ROOT / "kapjournal" / "sample").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value.strip():
                words.add(node.value.strip())
    return sorted(words, key=len, reverse=True)


class English:
    """The test: which parts of a text are English that has a German."""

    def __init__(self) -> None:
        self.messages = catalogue_english()
        self.data = data_english()
        self.fixed = set(QTBASE) | self.data
        self.dates = re.compile(r"(?<![\w.])(?:" + "|".join(DATES) + r")(?![\w])")
        self.patient = patient_words()

    def without_patient(self, text: str) -> str:
        for words in self.patient:
            if words in text:
                text = text.replace(words, "\n")
        # A row shows the start of a long entry, elided ("I felt safe in th…").
        return "\n".join(line for line in text.split("\n") if not self.elided_patient(line.strip()))

    def elided_patient(self, line: str) -> bool:
        return line.endswith("…") and any(w.startswith(line[:-1].strip()) for w in self.patient)

    def found(self, text: str) -> list[str]:
        plain = TAG.sub(" ", text).replace("&nbsp;", " ").replace("&&", "&")
        plain = self.without_patient(plain)
        problems = []
        parts = {plain.strip(), *(p.strip() for p in PARTS.split(plain))}
        parts |= {p.replace("&", "") for p in parts}
        for part in parts - {""}:
            if part in self.fixed:
                problems.append(part)
                continue
            problems += [s for s, pattern in self.messages.items() if pattern.fullmatch(part)]
        # A data-file text of a few words is English wherever it appears.
        problems += [t for t in self.data if t.count(" ") >= 2 and t in plain]
        problems += self.dates.findall(plain)
        return sorted(set(problems))


# -- the walk ----------------------------------------------------------------------------------
def _visible(widget: QWidget, top: QWidget) -> bool:
    return widget is top or widget.isVisibleTo(top)


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for everything a person reads or hears of *widget*."""
    yield "title", widget.windowTitle() if widget.isWindow() else ""
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield "text", widget.text()
    if isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QLineEdit) and widget.isReadOnly():
        yield "text", widget.text()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"item {i}", widget.itemText(i)
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"tab {i}", widget.tabText(i)
            yield f"tab {i} tooltip", widget.tabToolTip(i)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        root = QModelIndex()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
        for i in range(columns):
            yield f"header {i}", str(model.headerData(i, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(root), 60)):
            for column in range(columns):
                index = model.index(row, column, root)
                for role in ROLES:
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield f"row {row}", value


def english_in(top: QWidget, english: English) -> list[str]:
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _visible(widget, top):
            continue
        for what, text in texts_of(widget):
            if text:
                name = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
                found += [f"{name} {what}: {hit!r} in {text[:80]!r}" for hit in english.found(text)]
    return found


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    loaded = install_language(app, "de")
    assert loaded == {"kapjournal": True, "qtbase": True}
    try:
        yield
    finally:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        install_language(app, "en")


def test_the_check_finds_english_and_leaves_german_and_patient_words() -> None:
    english = English()
    assert "Save check-in" in english.messages and "PHQ-9" not in english.messages
    assert "Save check-in" in english.found("Save check-in")
    assert "Save check-in" in english.found("Zuletzt: 3. März · Save check-in")
    assert english.found("Check-in speichern") == []
    assert english.found("Cancel") == ["Cancel"]
    assert english.found("Montag, 3. März") == [] and english.found("Monday, 3 March") == ["March", "Monday"]
    words = english.patient[0]
    assert english.found(words) == [] and english.found(f"Gestern · {words}") == []


def test_every_screen_is_german(qtbot, german, make_window) -> None:  # type: ignore[no-untyped-def]
    english = English()
    w = make_window()
    found: list[str] = []
    seen = []
    for name, top in tour(w, lambda cond: wait_until(cond, 10000), w.ctx.now):
        for _ in range(3):
            QApplication.processEvents()
        seen.append(name)
        found += [f"{name}: {p}" for p in english_in(top, english)]
    assert len(seen) >= 30, seen
    assert not found, f"{len(found)} English texts on German screens:\n" + "\n".join(found)


# -- counts: plural forms in both languages ----------------------------------------------------
COUNTS = {
    "%n session days are marked with dashed lines.": (
        "1 session day is marked with a dashed line.",
        "3 session days are marked with dashed lines.",
        "1 Sitzungstag ist mit einer gestrichelten Linie markiert.",
        "3 Sitzungstage sind mit gestrichelten Linien markiert.",
    ),
    "%n action steps have reached their day. How did they go?": (
        "1 action step has reached its day. How did it go?",
        "3 action steps have reached their day. How did they go?",
        "Für 1 Handlungsschritt ist der Tag gekommen. Wie ist er gelaufen?",
        "Für 3 Handlungsschritte ist der Tag gekommen. Wie sind sie gelaufen?",
    ),
    "%n matching entries, newest first": (
        "1 matching entry",
        "3 matching entries, newest first",
        "1 passender Eintrag",
        "3 passende Einträge, die neuesten zuerst",
    ),
    "The journal is damaged (%n problems).": (
        "The journal is damaged (1 problem).",
        "The journal is damaged (3 problems).",
        "Das Journal ist beschädigt (1 Problem).",
        "Das Journal ist beschädigt (3 Probleme).",
    ),
}


@pytest.mark.parametrize("source", list(COUNTS))
def test_counts_have_their_singular_in_english_and_german(source: str) -> None:
    from kapjournal.i18n import tr, using_language

    one_en, three_en, one_de, three_de = COUNTS[source]
    with using_language("en"):
        assert (tr(source, "", 1), tr(source, "", 3)) == (one_en, three_en)
    with using_language("de"):
        assert (tr(source, "", 1), tr(source, "", 3)) == (one_de, three_de)


def test_the_breathing_countdown_is_said_in_words(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.ui.reflection.breathing_page import BreathingPage

    page = BreathingPage()
    qtbot.addWidget(page)
    page.running = True
    page._show_time(65)
    assert page.countdown.accessibleDescription() == "Noch 1 Minute 5 Sekunden"
    page._show_time(130)
    assert page.countdown.accessibleDescription() == "Noch 2 Minuten 10 Sekunden"
    page.running = False


def test_mood_is_a_feeling_in_a_thought_record_and_a_rating_in_a_check_in(german) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.i18n import tr

    assert tr("Mood", "the check-in rating") == "Stimmung"
    assert tr("Mood %1", "a feeling in a thought record") == "Gefühl %1"


# -- feeling words saved in one language, read in the other -------------------------------------
def test_feeling_words_map_between_the_languages_and_own_words_stay() -> None:
    from kapjournal.measures.checkins import shipped_checkin_items

    de, en = shipped_checkin_items("de"), shipped_checkin_items("en")
    assert de.feelings[0] == "ruhig" and en.feelings[0] == "calm"
    assert [de.feeling(w) for w in en.feelings] == list(de.feelings)
    assert [en.feeling(w) for w in de.feelings] == list(en.feelings)
    assert de.feeling("ruhig") == "ruhig" and de.feeling("wobbly") == "wobbly"


@pytest.mark.parametrize(
    ("saved", "shown_in"), [(("calm", "tired", "wobbly"), "de"), (("ruhig", "müde", "wobbly"), "en")]
)
def test_a_check_in_saved_in_one_language_edits_in_the_other(qtbot, saved, shown_in) -> None:  # type: ignore[no-untyped-def]
    from kapjournal.measures.checkins import shipped_checkin_items
    from kapjournal.ui.measures.checkin_page import CheckinForm

    catalogue = shipped_checkin_items(shown_in)
    page = CheckinForm(catalogue)
    qtbot.addWidget(page)
    page._restore({"values": {"mood": 6}, "feelings": list(saved)})
    calm, tired = catalogue.feelings[0], catalogue.feelings[7]
    # The offered words are ticked in this language, not added again as own words;
    # the patient's own word stays as written.
    assert page.selected_feelings() == [calm, tired, "wobbly"]
    assert len(page.chip_buttons) == len(catalogue.feelings) + 1
    page.reset()
    assert page.selected_feelings() == [] and len(page.chip_buttons) == len(catalogue.feelings)


def test_a_choice_saved_in_english_reads_in_a_german_summary() -> None:
    from kapjournal.i18n import using_language
    from kapjournal.prompts.packs import shipped_pack
    from kapjournal.summary.reflections import _value_text

    english = shipped_pack("cbt")
    with using_language("de"):
        german = shipped_pack("cbt")
        prompt = next(p for p in german.prompts if p.input == "multichoice")
        source = next(p for p in english.prompts if p.id == prompt.id)
        saved = list(source.choices[:2])  # ticked while the window was English
        assert _value_text(saved, prompt) == ", ".join(prompt.choices[:2])
        assert _value_text(saved[0], prompt) == prompt.choices[0] != saved[0]
        assert _value_text("my own words", prompt) == "my own words"
