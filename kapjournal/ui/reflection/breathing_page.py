"""The guided three-minute breathing space (MBCT): three timed steps of about a
minute, each with its short text, a visible countdown, pause and stop, and an
optional soft chime between steps. Everything shows on screen, so it works
without sound; the finished practice goes into the practice log."""

from __future__ import annotations

import io
import logging
import math
import struct
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPlainTextEdit, QProgressBar, QWidget

from kapjournal import prompts
from kapjournal.content.resdir import resource_path
from kapjournal.i18n import arg, error_text, tr
from kapjournal.reflection import after_session
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import StorageError
from kapjournal.storage.models import Entry, Practice
from kapjournal.ui.common import fit
from kapjournal.ui.common.cards import card
from kapjournal.ui.common.drafts import DraftKeeper
from kapjournal.ui.common.widgets import Page, button, label, save_row
from kapjournal.ui.reflection.common import back_link

logger = logging.getLogger(__name__)

STEP_IDS = ("awareness", "gathering", "expanding")
STEP_SECONDS = 60
CHIME_FILE = "chime.wav"
DRAFT_KEY = "mbct:breathing_space"


def chime_wav(seconds: float = 0.6, rate: int = 22050, freq: float = 528.0) -> bytes:
    """A soft sine chime: quick rise, long exponential fade, a quiet octave overtone."""
    frames = int(seconds * rate)
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        data = bytearray()
        for n in range(frames):
            t = n / rate
            attack = min(1.0, t / 0.02)
            fade = math.exp(-5.0 * t / seconds) * (1 - n / frames)
            value = (
                0.35
                * attack
                * fade
                * (math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t))
            )
            data += struct.pack("<h", int(max(-1.0, min(1.0, value)) * 32767))
        w.writeframes(bytes(data))
    return out.getvalue()


def chime_path() -> Path:
    return resource_path("ui", CHIME_FILE)


class Chime:
    """Plays the chime through QtMultimedia when it is available; silent otherwise."""

    def __init__(self) -> None:
        self._effect: Any = None
        self._failed = False

    def play(self) -> bool:
        if self._failed:
            return False
        if self._effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:
                self._failed = True
                return False
            path = chime_path()
            if not path.exists():
                self._failed = True
                return False
            self._effect = QSoundEffect()
            self._effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effect.setVolume(0.5)
        self._effect.play()
        return True


class BreathingPage(Page):
    back_requested = Signal()
    changed = Signal(str)
    step_changed = Signal(int)
    completed = Signal(int)  # minutes logged

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=680)
        self.db: Database | None = None
        pack = prompts.shipped_pack("mbct")
        self.steps = [pack.prompt(i) for i in STEP_IDS]
        self.step_seconds = STEP_SECONDS
        self.step = -1
        self.remaining = 0
        self.elapsed = 0
        self.running = False
        self.chime = Chime()
        self.practice: Practice | None = None
        b = self.body
        self.back = back_link(tr("← Back to practice"))
        b.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        b.addWidget(label(tr("Three-minute breathing space"), "title"))
        b.addWidget(label(pack.description, "subtitle"))

        b.addWidget(self._build_guide())

        row = QHBoxLayout()
        self.start_button = button(tr("Start"), "primary")
        self.pause_button = button(tr("Pause"))
        self.stop_button = button(tr("Stop"))
        self.sound = QCheckBox(tr("Soft chime between steps"))
        self.sound.setAccessibleName(tr("Soft chime between steps"))
        row.addWidget(self.start_button)
        row.addWidget(self.pause_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        row.addWidget(self.sound)
        b.addLayout(row)

        box, lay = card()
        self.after_box = box
        self.done_text = label("", "ok", about=tr("Practice finished"))
        lay.addWidget(self.done_text)
        lay.addWidget(label(tr("Anything you noticed? (optional)")))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(tr("What I noticed in the breathing space"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(90)
        lay.addWidget(self.note)
        row, self.state, self.save_note_button = save_row(tr("Save note"))
        lay.addLayout(row)
        b.addWidget(box)
        b.addStretch(1)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.draft = DraftKeeper(
            "mbct", lambda: {"subkind": "breathing_space", "text": self.note.toPlainText()}, self
        )
        self.draft.saved.connect(lambda: self.state.setText(tr("Draft kept")))
        self.back.clicked.connect(self._back)
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.note.textChanged.connect(self._note_edited)
        self.save_note_button.clicked.connect(self.save_note)
        self.reset()

    def _build_guide(self) -> QWidget:
        """The card that guides: the step's title and words, the time left, the progress."""
        box, lay = card()
        self.step_title = label(tr("Ready when you are"), about=tr("Current step"))
        self.step_title.setProperty("role", "question")
        self.step_text = label(
            tr("Three steps of about a minute each. The text guides you; sound is optional."),
            about=tr("What to do in this step"),
        )
        self.step_text.setProperty("role", "lead")
        self.step_text.setMinimumHeight(self.step_text.fontMetrics().lineSpacing() * 5)
        self.countdown = label("3:00", about=tr("Time left in this step"))
        self.countdown.setProperty("role", "countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(tr("Progress through the practice"))
        lay.addWidget(self.step_title)
        lay.addWidget(self.step_text)
        lay.addWidget(self.countdown)
        lay.addWidget(self.progress)
        return box

    # -- lifecycle -------------------------------------------------------------------
    def on_unlocked(self, db: Database) -> None:
        self.db = db

    def clear(self) -> None:
        self.timer.stop()
        self.draft.detach()
        self.db = None
        self.reset()

    def flush_draft(self) -> bool:
        return self.draft.flush()

    def reset(self) -> None:
        self.timer.stop()
        self.running = False
        self.step = -1
        self.elapsed = 0
        self.practice = None
        self.remaining = self.step_seconds
        self.step_title.setText(tr("Ready when you are"))
        self.step_text.setText(
            tr("Three steps of about a minute each. The text guides you; sound is optional.")
        )
        self.progress.setRange(0, 3 * self.step_seconds)
        self.progress.setValue(0)
        self._show_time(3 * self.step_seconds)
        self.start_button.setEnabled(True)
        self.start_button.setText(tr("Start"))
        self.pause_button.setEnabled(False)
        self.pause_button.setText(tr("Pause"))
        self.stop_button.setEnabled(False)
        self.note.blockSignals(True)
        self.note.clear()
        self.note.blockSignals(False)
        self.state.clear()
        self.done_text.clear()
        self.after_box.hide()

    def open(self) -> None:
        self.reset()
        if self.db is not None:
            self.draft.attach(self.db, DRAFT_KEY)
            kept = self.draft.load()
            if kept:
                self.restore_note(kept)
        self.start_button.setFocus()

    # -- the practice ----------------------------------------------------------------
    def start(self) -> None:
        self.reset()
        if self.db is not None:
            self.draft.attach(self.db, DRAFT_KEY)
        self.running = True
        self.start_button.setEnabled(False)
        self.pause_button.setEnabled(True)
        self.stop_button.setEnabled(True)
        self._enter(0)
        self.timer.start()
        self.pause_button.setFocus()

    def _enter(self, index: int) -> None:
        self.step = index
        self.remaining = self.step_seconds
        prompt = self.steps[index]
        title = prompt.text if prompt else arg(tr("Step %1"), index + 1)
        text = prompt.help if prompt else ""
        self.step_title.setText(f"{title}  (" + arg(tr("step %1 of 3"), index + 1) + ")")
        self.step_text.setText(text)
        self.step_title.setAccessibleDescription(text)
        self._show_time(self.remaining)
        if index > 0 and self.sound.isChecked():
            self.chime.play()
        self.step_changed.emit(index)

    def _show_time(self, seconds: int) -> None:
        minutes, secs = divmod(max(0, seconds), 60)
        self.countdown.setText(f"{minutes}:{secs:02d}")
        self.countdown.setAccessibleDescription(
            arg(
                tr("%1 %2 left", "minutes and seconds of a countdown"),
                tr("%n minutes", "", minutes),
                tr("%n seconds", "", secs),
            )
            if self.running
            else ""
        )

    def _tick(self) -> None:
        if not self.running:
            return
        self.remaining -= 1
        self.elapsed += 1
        self.progress.setValue(
            min(self.progress.maximum(), self.step * self.step_seconds + (self.step_seconds - self.remaining))
        )
        if self.remaining > 0:
            self._show_time(self.remaining)
            return
        if self.step < len(STEP_IDS) - 1:
            self._enter(self.step + 1)
        else:
            if self.sound.isChecked():
                self.chime.play()
            self._finish(completed=True)

    def toggle_pause(self) -> None:
        if self.step < 0:
            return
        if self.running:
            self.running = False
            self.timer.stop()
            self.pause_button.setText(tr("Resume"))
            self.countdown.setAccessibleDescription(tr("Paused"))
        else:
            self.running = True
            self.timer.start()
            self.pause_button.setText(tr("Pause"))

    def stop(self) -> None:
        if self.step < 0:
            return
        self._finish(completed=False)

    def _finish(self, completed: bool) -> None:
        self.timer.stop()
        self.running = False
        minutes = round(self.elapsed / 60)
        if completed:
            minutes = max(1, minutes)
        self.start_button.setEnabled(True)
        self.start_button.setText(tr("Start again"))
        self.pause_button.setEnabled(False)
        self.pause_button.setText(tr("Pause"))
        self.stop_button.setEnabled(False)
        self.step_title.setText(tr("Well done") if completed else tr("Stopped"))
        self.step_text.setText(
            tr("When you are ready, choose your next step, gently.")
            if completed
            else tr("That is fine. Coming back to the breath, even briefly, counts.")
        )
        self._show_time(0)
        logged = 0
        if self.db is not None and minutes >= 1:
            try:
                self.practice = after_session.log_practice(self.db, "breathing_space", minutes)
                logged = minutes
                self.changed.emit(Practice.TABLE)
            except StorageError as exc:
                self.done_text.setText(arg(tr("Not saved: %1"), error_text(exc)))
        if logged:
            self.done_text.setText(
                tr("1 minute added to your practice log.")
                if logged == 1
                else tr("%n minutes added to your practice log.", "", int(logged))
            )
        elif not self.done_text.text():
            self.done_text.setText(tr("Less than a minute, so nothing was added to the log."))
        self.after_box.show()
        self.completed.emit(logged)

    # -- the optional note -----------------------------------------------------------
    def restore_note(self, payload: dict[str, Any]) -> None:
        """Put back a kept note (after a lock or crash)."""
        text = str(payload.get("text") or "")
        if not text:
            return
        self.note.blockSignals(True)
        self.note.setPlainText(text)
        self.note.blockSignals(False)
        self.done_text.setText(tr("Your note from last time is back."))
        self.after_box.show()
        self.state.setText(tr("Draft kept"))

    def _note_edited(self) -> None:
        self.state.setText(tr("Editing…"))
        self.draft.touch()

    def save_note(self) -> bool:
        text = self.note.toPlainText()
        if self.db is None or not text.strip():
            return False
        pack = prompts.shipped_pack("mbct")
        try:
            with self.db.transaction():
                entry = after_session.save_mbct(self.db, "breathing_space", {}, body=text, pack=pack)
                if self.practice is not None:
                    self.practice.entry_id = entry.id
                    repo.update(self.db, self.practice)
            self.draft.discard()
        except StorageError as exc:
            self.draft.flush()
            fit.show_message(self.state, arg(tr("Not saved: %1"), error_text(exc)))
            return False
        fit.show_message(self.state, tr("Saved"))
        self.changed.emit(Entry.TABLE)
        return True

    def _back(self) -> None:
        if self.running:
            self.toggle_pause()
        self.draft.flush()
        self.back_requested.emit()
