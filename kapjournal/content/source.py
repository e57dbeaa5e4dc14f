"""Checkers that collect every problem with its line: for files a person writes by hand
(a therapist's prompt pack, the checklist), so one reading shows all that is wrong.

A :class:`SourceChecker` finds the line of ``key = ...`` at top level or inside the
n-th ``[[table]]`` of the file's text; its checkers record a :class:`Problem` there and
return ``None``/``""`` for a bad field, so the caller goes on checking the rest.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from kapjournal.content.loader import Document, Problem

# Markup and script: a tag opener (``<a``, ``</``, ``<!``, ``<?``), any ``<...>``,
# script URLs and character references. Text in these files is plain text.
_MARKUP = re.compile(r"<[A-Za-z/!?]|<[^<>]*>|&#?[A-Za-z0-9]+;")
_SCRIPT_URL = re.compile(r"(?:java|vb)script:|data:text/html", re.IGNORECASE)
_BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e")
_HEADER = re.compile(r"^\s*\[\[\s*(\w+)\s*\]\]")


def plain_text_problem(value: str) -> str | None:
    """Why ``value`` is not acceptable plain text, or None."""
    for ch in value:
        if ch in "\n\t":
            continue
        if unicodedata.category(ch) == "Cc":
            return f"contains a control character (U+{ord(ch):04X})"
        if ch in _BIDI_OVERRIDES:
            return f"contains a text-direction override (U+{ord(ch):04X})"
    squeezed = re.sub(r"\s+", "", value)
    if _MARKUP.search(value):
        return "looks like HTML or other markup; prompt text must be plain text"
    if _SCRIPT_URL.search(squeezed):
        return "contains a script link; prompt text must be plain text"
    return None


class SourceChecker:
    """Collects problems with line numbers found by scanning the source text."""

    def __init__(self, text: str, origin: str) -> None:
        self.source = text
        self.origin = origin
        self.lines = text.splitlines()
        self.problems: list[Problem] = []
        self._blocks: dict[str, list[int]] = {}
        for number, line in enumerate(self.lines, start=1):
            found = _HEADER.match(line)
            if found:
                self._blocks.setdefault(found.group(1), []).append(number)
        self._all_headers = sorted(
            n for n, line in enumerate(self.lines, start=1) if line.lstrip().startswith("[")
        )

    @classmethod
    def of(cls, doc: Document) -> SourceChecker:
        return cls(doc.text, doc.origin)

    def add(self, message: str, line: int | None) -> None:
        self.problems.append(Problem(self.origin, line, message))

    # -- where things are ------------------------------------------------------------
    def block_start(self, table: str, index: int | None) -> int | None:
        if index is None:
            return None
        starts = self._blocks.get(table, [])
        if not starts:  # written inline (``prompts = [{...}]``): the key's line
            return self.key_line(table)
        return starts[index] if index < len(starts) else None

    def key_line(self, key: str, table: str | None = None, index: int | None = None) -> int | None:
        """Line of ``key = ...`` at top level, or inside the ``index``-th ``[[table]]``."""
        if table is None:
            first, last = 1, (self._all_headers[0] - 1 if self._all_headers else len(self.lines))
        else:
            start = self.block_start(table, index)
            if start is None:
                return None
            later = [n for n in self._all_headers if n > start]
            first, last = start + 1, (later[0] - 1 if later else len(self.lines))
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for number in range(first, last + 1):
            if pattern.match(self.lines[number - 1]):
                return number
        return self.block_start(table, index) if table else None

    def id_line(self, value: str, nth: int = 0) -> int | None:
        """Line of the ``nth`` (0-based) ``id = "value"``."""
        pattern = re.compile(rf"^\s*id\s*=\s*[\"']{re.escape(value)}[\"']")
        hits = [n for n, line in enumerate(self.lines, start=1) if pattern.match(line)]
        return hits[nth] if nth < len(hits) else (hits[-1] if hits else None)

    # -- checkers ----------------------------------------------------------------------
    def text(self, value: Any, name: str, line: int | None, *, limit: int, required: bool) -> str:
        """One plain-text field (stripped); record a problem and return "" if it is bad."""
        if value is None:
            if required:
                self.add(f"{name} is missing.", line)
            return ""
        if not isinstance(value, str):
            self.add(f"{name} must be text in quotes.", line)
            return ""
        if required and not value.strip():
            self.add(f"{name} is empty.", line)
            return ""
        if len(value) > limit:
            self.add(f"{name} is longer than {limit} characters.", line)
            return ""
        why = plain_text_problem(value)
        if why:
            self.add(f"{name} {why}.", line)
            return ""
        return value.strip()

    def whole(self, value: Any, name: str, line: int | None, *, bound: int = 100_000) -> int | None:
        """An optional whole number of at most ``bound`` either way (None when absent or bad)."""
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > bound:
            self.add(f"{name} must be a whole number.", line)
            return None
        return value

    def matching(
        self, data: dict[str, Any], key: str, pattern: re.Pattern[str], problem: str, missing: str
    ) -> str | None:
        """``data[key]`` when it is text that matches ``pattern``; else None and a problem
        (``missing`` at line 1 when absent, ``problem`` at the key's line otherwise)."""
        value = data.get(key)
        if value is None:
            self.add(missing, 1)
            return None
        if not isinstance(value, str) or not pattern.match(value):
            self.add(problem, self.key_line(key))
            return None
        return value

    def one_of(
        self,
        value: Any,
        choices: Sequence[str],
        line: int | None,
        *,
        missing: str,
        missing_line: int | None,
        unknown: str,
    ) -> str | None:
        """``value`` when it is one of ``choices``. ``unknown`` (at ``line``) may use
        ``{shown}`` (the value, cut to 40 characters, or its type) and ``{choices}``;
        ``missing`` is recorded at ``missing_line``."""
        if value is None:
            self.add(missing, missing_line)
            return None
        if not isinstance(value, str) or value not in choices:
            shown = value[:40] if isinstance(value, str) else type(value).__name__
            self.add(unknown.format(shown=repr(shown), choices=", ".join(choices)), line)
            return None
        return value
