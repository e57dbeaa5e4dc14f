"""Field checkers for data files: each reads one field of a table and returns its value,
or raises the file's error naming the file, the field path and the field.

A :class:`Fields` wraps one TOML table with its file name (``origin``) and path
(``where``, e.g. ``"scale mood"``); nested tables and arrays of tables come back as
``Fields`` with a longer path. The checks stop at the first problem: shipped files are
ours and one clear message is enough (packs a therapist writes collect every problem
with line numbers instead: :mod:`kapjournal.content.source`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, NoReturn

from kapjournal.content.loader import ContentError, Problem

_MISSING = object()


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class Fields:
    """One table of a data file and the checkers for its fields."""

    def __init__(
        self, data: Any, origin: str, where: str = "", *, error: type[ContentError] = ContentError
    ) -> None:
        self.origin = origin
        self.where = where
        self.error = error
        if not isinstance(data, dict):
            self.fail("must be a table")
        self.data: dict[str, Any] = data

    # -- moving around -----------------------------------------------------------
    def fail(self, message: str) -> NoReturn:
        raise self.error([Problem(self.origin, None, message, where=self.where)])

    def at(self, where: str) -> Fields:
        """The same table under another field path (``"scale mood"`` once the id is known)."""
        return Fields(self.data, self.origin, where, error=self.error)

    def _below(self, label: str) -> str:
        """The path of a nested table: ``label`` under this one ("" = this path)."""
        if not label:
            return self.where
        return f"{self.where}: {label}" if self.where else label

    def has(self, key: str) -> bool:
        return key in self.data

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def table(self, key: str, label: str | None = None, *, message: str | None = None) -> Fields:
        """The nested table ``[key]`` (required)."""
        value = self.data.get(key)
        if not isinstance(value, dict):
            self.fail(message or f"no [{key}] table")
        return Fields(value, self.origin, self._below(key if label is None else label), error=self.error)

    def tables(self, key: str, label: str | None = None, *, required: str | None = None) -> list[Fields]:
        """The array of tables ``[[key]]`` (empty when absent, unless ``required`` says why
        it may not be)."""
        value = self.data.get(key, _MISSING)
        if value is _MISSING or value == []:
            if required:
                self.fail(required)
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(f"'{key}' must be a list of tables")
        where = self._below(key if label is None else label)
        return [Fields(v, self.origin, where, error=self.error) for v in value]

    # -- values ----------------------------------------------------------------------
    def _present(self, key: str) -> Any:
        if key not in self.data:
            self.fail(f"'{key}' is missing")
        return self.data[key]

    def text(self, key: str, *, empty: bool = False) -> str:
        """Required text; blank only when ``empty`` allows it."""
        value = self._present(key)
        if not isinstance(value, str):
            self.fail(f"'{key}' must be text")
        if not empty and not value.strip():
            self.fail(f"'{key}' is empty")
        return value

    def optional_text(self, key: str, default: str = "") -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str):
            self.fail(f"'{key}' must be text")
        return value

    def whole(self, key: str, low: int | None = None, high: int | None = None) -> int:
        """A required whole number, from ``low`` and up to ``high`` when given."""
        value = self._present(key)
        if not _whole(value):
            self.fail(f"'{key}' must be a whole number")
        if (low is not None and value < low) or (high is not None and value > high):
            lo = "" if low is None else f" from {low}"
            hi = "" if high is None else f" up to {high}"
            self.fail(f"'{key}' must be a whole number{lo}{hi}")
        return int(value)

    def number(self, key: str) -> int | float:
        """A required number (whole or not; never true/false)."""
        value = self._present(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(f"'{key}' must be a number")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.fail(f"'{key}' must be true or false")
        return value

    def strings(self, key: str, *, message: str | None = None) -> list[str]:
        """A required, non-empty list of non-blank text."""
        value: Any = self.data.get(key)
        good = isinstance(value, list) and bool(value)
        if not good or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(message or f"'{key}' must be a list of text")
        return list(value)

    def one_of(self, key: str, choices: Sequence[str], *, message: str | None = None) -> str:
        value = self.text(key)
        if value not in choices:
            self.fail(message or f"'{key}' must be one of: {', '.join(choices)}")
        return value

    def matching(self, key: str, pattern: re.Pattern[str], message: str) -> str:
        value = self.text(key)
        if not pattern.match(value):
            self.fail(message)
        return value

    def format(self, expected: int) -> None:
        """The file's ``format = N`` must be the one this version reads."""
        if self.data.get("format") != expected:
            self.fail(f"unsupported format (expected format = {expected})")


def unique(ids: Iterable[str], fields: Fields, message: str) -> None:
    """Refuse a repeated id (``message`` may name it with ``{id}``)."""
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            fields.fail(message.format(id=item_id))
        seen.add(item_id)
