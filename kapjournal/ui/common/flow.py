"""A guided flow: one prompt per screen, large text, every question skippable.

Used for intentions, the post-session capture and integration reflections. The flow
only edits answers; the page that hosts it saves drafts and entries.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kapjournal.i18n import arg, tr
from kapjournal.prompts import ANSWER_LIMITS, Prompt
from kapjournal.ui.common.keys import ButtonScale, save_and_continue
from kapjournal.ui.common.widgets import button, label


class AnswerInput(QWidget):
    """The input for one prompt; ``value()`` is the stored answer (or None)."""

    changed = Signal()
    submit = Signal()

    def __init__(self, prompt: Prompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = prompt
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self._line: QLineEdit | None = None
        self._text: QPlainTextEdit | None = None
        self._group: QButtonGroup | None = None
        self._checks: list[QCheckBox] = []
        self.scale_keys: ButtonScale | None = None
        kind = prompt.input
        name = prompt.text
        if kind in ("text", "phrase", "word"):
            self._line = QLineEdit()
            self._line.setMaxLength(ANSWER_LIMITS.get(kind, 2000))
            self._line.setMinimumHeight(48)
            self._line.setAccessibleName(name)
            font = self._line.font()
            font.setPointSizeF(font.pointSizeF() + 3)
            self._line.setFont(font)
            self._line.textChanged.connect(self.changed)
            self._line.returnPressed.connect(self.submit)
            lay.addWidget(self._line)
        elif kind == "longtext":
            self._text = QPlainTextEdit()
            self._text.setAccessibleName(name)
            self._text.setTabChangesFocus(True)
            self._text.setMinimumHeight(180)
            font = self._text.font()
            font.setPointSizeF(font.pointSizeF() + 2)
            self._text.setFont(font)
            self._text.textChanged.connect(self.changed)
            lay.addWidget(self._text)
        elif kind == "choice":
            self._group = QButtonGroup(self)
            self._group.setExclusive(True)
            for choice in prompt.choices:
                radio = QRadioButton(choice)
                radio.setAccessibleName(choice)
                radio.setMinimumHeight(36)
                self._group.addButton(radio)
                lay.addWidget(radio)
            self._group.buttonToggled.connect(lambda *_: self.changed.emit())
        elif kind == "multichoice":
            grid = QGridLayout()
            for i, choice in enumerate(prompt.choices):
                check = QCheckBox(choice)
                check.setAccessibleName(choice)
                check.toggled.connect(self.changed)
                self._checks.append(check)
                grid.addWidget(check, i // 2, i % 2)
            lay.addLayout(grid)
        elif kind == "scale":
            low = prompt.min if prompt.min is not None else 0
            high = prompt.max if prompt.max is not None else 10
            row = QHBoxLayout()
            row.setSpacing(4)
            self._group = QButtonGroup(self)
            self._group.setExclusive(True)
            for value in range(low, high + 1):
                b = QPushButton(str(value))
                b.setCheckable(True)
                b.setMinimumSize(40, 44)
                b.setAccessibleName(arg(tr("%1 out of %2"), value, high))
                self._group.addButton(b, value)
                row.addWidget(b)
            self._group.buttonToggled.connect(lambda *_: self.changed.emit())
            self.scale_keys = ButtonScale(self._group)  # one Tab stop, digits answer
            lay.addLayout(row)
            ends = QHBoxLayout()
            ends.addWidget(label(prompt.min_label, "muted"))
            ends.addStretch(1)
            ends.addWidget(label(prompt.max_label, "muted"))
            lay.addLayout(ends)

    def focus(self) -> None:
        target: QWidget | None = self._line or self._text
        if target is None and self.scale_keys is not None:
            target = self.scale_keys.stop()
        if target is None and self._group is not None and self._group.buttons():
            target = self._group.checkedButton() or self._group.buttons()[0]
        if target is None and self._checks:
            target = self._checks[0]
        if target is not None:
            target.setFocus()

    def value(self) -> Any:
        if self._line is not None:
            return self._line.text().strip() or None
        if self._text is not None:
            text = self._text.toPlainText()
            return text if text.strip() else None
        if self._checks:
            chosen = [c.text() for c in self._checks if c.isChecked()]
            return chosen or None
        if self._group is not None:
            checked = self._group.checkedButton()
            if checked is None:
                return None
            return self._group.id(checked) if self.prompt.input == "scale" else checked.text()
        return None

    def set_value(self, value: Any) -> None:
        if value is None:
            return
        if self._line is not None:
            self._line.setText(str(value))
        elif self._text is not None:
            self._text.setPlainText(str(value))
        elif self._checks:
            given = value if isinstance(value, list) else [value]
            wanted = {self.prompt.choice_for(v) if isinstance(v, str) else v for v in given}
            for c in self._checks:
                c.setChecked(c.text() in wanted)
        elif self._group is not None:
            for b in self._group.buttons():
                scale = self.prompt.input == "scale"
                match = (
                    (self._group.id(b) == value)
                    if scale
                    else (b.text() == self.prompt.choice_for(str(value)))
                )
                if match:
                    b.setChecked(True)


class PromptFlow(QWidget):
    """One prompt per screen with Back / Skip / Next; Finish on the last, unless the
    host shows a step of its own after the prompts (``last_step=False``: then the last
    prompt says Next too, and ``finished`` means "go on to that step").

    Ctrl+Enter is "save and continue" (``ui/common/keys.py``): it presses Next, or
    Finish on the last prompt."""

    changed = Signal()
    finished = Signal()
    position_changed = Signal(int)

    def __init__(
        self, prompts: Sequence[Prompt], parent: QWidget | None = None, *, last_step: bool = True
    ) -> None:
        super().__init__(parent)
        self.prompts = list(prompts)
        self.last_step = last_step
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        self.progress = label("", "muted", about=tr("Progress"))
        lay.addWidget(self.progress)
        self.stack = QStackedWidget()
        self.inputs: list[AnswerInput] = []
        for prompt in self.prompts:
            screen = QWidget()
            s = QVBoxLayout(screen)
            s.setContentsMargins(0, 0, 0, 0)
            s.setSpacing(10)
            question = label(prompt.text, "question")
            s.addWidget(question)
            if prompt.help:
                s.addWidget(label(prompt.help, "muted"))
            field = AnswerInput(prompt)
            field.changed.connect(self.changed)
            field.submit.connect(self.next)
            s.addWidget(field)
            s.addStretch(1)
            self.inputs.append(field)
            self.stack.addWidget(screen)
        lay.addWidget(self.stack, 1)
        row = QHBoxLayout()
        self.back_button = button(tr("Back"))
        self.skip_button = button(tr("Skip"), tip=tr("Leave this question blank and go on"))
        self.next_button = button(tr("Next"), "primary")
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.next_button)
        lay.addLayout(row)
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.next)
        save_and_continue(self, self.next)
        self.set_index(0)

    # -- navigation --------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    def set_index(self, index: int) -> None:
        if not self.prompts:
            return
        index = max(0, min(len(self.prompts) - 1, index))
        self.stack.setCurrentIndex(index)
        last = index == len(self.prompts) - 1 and self.last_step
        self.progress.setText(arg(tr("Question %1 of %2"), index + 1, len(self.prompts)))
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(tr("Finish") if last else tr("Next"))
        self.skip_button.setText(tr("Skip and finish") if last else tr("Skip"))
        self.inputs[index].focus()
        self.position_changed.emit(index)

    def next(self) -> None:
        if self.index >= len(self.prompts) - 1:
            self.finished.emit()
        else:
            self.set_index(self.index + 1)
            self.changed.emit()

    def skip(self) -> None:
        self.next()

    def back(self) -> None:
        self.set_index(self.index - 1)
        self.changed.emit()

    # -- answers ---------------------------------------------------------------------------
    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field in self.inputs:
            value = field.value()
            if value is not None:
                out[field.prompt.id] = value
        return out

    def set_answers(self, answers: dict[str, Any]) -> None:
        for field in self.inputs:
            field.blockSignals(True)
            field.set_value(answers.get(field.prompt.id))
            field.blockSignals(False)

    def input_for(self, prompt_id: str) -> AnswerInput | None:
        for field in self.inputs:
            if field.prompt.id == prompt_id:
                return field
        return None
