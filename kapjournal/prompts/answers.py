"""Answers to a pack's prompts: checked against the pack before an entry keeps them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kapjournal.prompts.model import ANSWER_LIMITS, TEXT_INPUTS, Prompt, PromptPack
from kapjournal.storage.errors import InvalidData


def _checked(key: str, prompt: Prompt, value: Any) -> Any:
    """One non-empty answer, or :class:`InvalidData` (multichoice kept in choice order)."""
    if prompt.input in TEXT_INPUTS:
        if not isinstance(value, str):
            raise InvalidData(f"The answer to {key!r} must be text.")
        limit = ANSWER_LIMITS.get(prompt.input)
        if limit and len(value) > limit:
            raise InvalidData(f"The answer to {key!r} is longer than {limit} characters.")
    elif prompt.input == "choice":
        value = prompt.choice_for(value) if isinstance(value, str) else value
        if value not in prompt.choices:
            raise InvalidData(f"The answer to {key!r} is not one of its choices.")
    elif prompt.input == "multichoice":
        if isinstance(value, list):
            value = [prompt.choice_for(v) if isinstance(v, str) else v for v in value]
        if not isinstance(value, list) or any(v not in prompt.choices for v in value):
            raise InvalidData(f"The answers to {key!r} must be among its choices.")
        value = [c for c in prompt.choices if c in value]
    elif prompt.input == "scale":
        low, high = prompt.min or 0, prompt.max if prompt.max is not None else 10
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InvalidData(f"The answer to {key!r} must be a number from {low} to {high}.")
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
            raise InvalidData(f"The answer {key!r} does not belong to this set of questions.")
        if value is None or value == "" or value == []:
            continue
        clean[key] = _checked(key, prompt, value)
    return clean
