"""Answers to a pack's prompts: checked against the pack before an entry keeps them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kapjournal.prompts.model import ANSWER_LIMITS, TEXT_INPUTS, Prompt, PromptPack
from kapjournal.storage.errors import QT_TR_NOOP, InvalidData


def _checked(key: str, prompt: Prompt, value: Any) -> Any:
    """One non-empty answer, or :class:`InvalidData` (multichoice kept in choice order)."""
    if prompt.input in TEXT_INPUTS:
        if not isinstance(value, str):
            raise InvalidData(QT_TR_NOOP("The answer to %1 must be text."), repr(key))
        limit = ANSWER_LIMITS.get(prompt.input)
        if limit and len(value) > limit:
            raise InvalidData(QT_TR_NOOP("The answer to %1 is longer than %2 characters."), repr(key), limit)
    elif prompt.input == "choice":
        value = prompt.choice_for(value) if isinstance(value, str) else value
        if value not in prompt.choices:
            raise InvalidData(QT_TR_NOOP("The answer to %1 is not one of its choices."), repr(key))
    elif prompt.input == "multichoice":
        if isinstance(value, list):
            value = [prompt.choice_for(v) if isinstance(v, str) else v for v in value]
        if not isinstance(value, list) or any(v not in prompt.choices for v in value):
            raise InvalidData(QT_TR_NOOP("The answers to %1 must be among its choices."), repr(key))
        value = [c for c in prompt.choices if c in value]
    elif prompt.input == "scale":
        low, high = prompt.min or 0, prompt.max if prompt.max is not None else 10
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InvalidData(
                QT_TR_NOOP("The answer to %1 must be a number from %2 to %3."), repr(key), low, high
            )
    return value


def validate_answers(pack: PromptPack, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Check answers ``{prompt_id: value}`` against ``pack``; return a clean copy.

    Empty answers (``""``, ``[]``, ``None``) are dropped: every prompt is optional.
    Text is kept as typed. Raises :class:`InvalidData` with a patient-safe message.
    """
    clean: dict[str, Any] = {}
    for key, value in answers.items():
        prompt = pack.prompt(key)
        if prompt is None:
            raise InvalidData(
                QT_TR_NOOP("The answer %1 does not belong to this set of questions."), repr(key)
            )
        if value is None or value == "" or value == []:
            continue
        clean[key] = _checked(key, prompt, value)
    return clean
