"""The one reader of shipped and imported TOML data files.

:func:`read_toml` reads a file (size-limited, never whole when too big) or bytes,
decodes UTF-8 and parses TOML; :func:`kapjournal.content.overlay.load` does that for a
file under ``resources/`` (or a given path), lays its translation over it and hands
the top-level table to a ``parse`` function built from the field checkers in
:mod:`kapjournal.content.fields`. Every failure is a
:class:`ContentError` (or a module's subclass of it) listing :class:`Problem`\\ s that
name the file, the line (and column) where known and the field path.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from kapjournal.content.resdir import resource_path

#: The largest data file read (shipped or imported).
MAX_BYTES = 256 * 1024
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file. ``str()`` is a one-line, patient-safe message:
    ``"<file>[, line N[, column M]]: [<field path>: ]<what is wrong>"``."""

    origin: str
    line: int | None
    message: str
    column: int | None = None
    where: str = ""  # the field path, e.g. "scale mood" or "country AU: line 'x'"

    def __str__(self) -> str:
        place = self.origin
        if self.line is not None:
            place += f", line {self.line}"
            if self.column is not None:
                place += f", column {self.column}"
        path = f"{self.where}: " if self.where else ""
        return f"{place}: {path}{self.message}"


class ContentError(ValueError):
    """A data file could not be used. ``problems`` lists every problem found; the
    message is the first one (and how many more)."""

    default_message = "The data file is not valid."

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = self.describe(problems[0]) if problems else self.default_message
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(first + more)

    @staticmethod
    def describe(problem: Problem) -> str:
        """The message always starts with the file name: ``"<file>: [<path>: ]<what>"``,
        then the line and column where known."""
        path = f"{problem.where}: " if problem.where else ""
        place = ""
        if problem.line is not None:
            place = f" (line {problem.line}" + (f", column {problem.column})" if problem.column else ")")
        return f"{problem.origin}: {path}{problem.message}{place}"

    @classmethod
    def one(cls, origin: str, message: str, where: str = "", line: int | None = None) -> Self:
        return cls([Problem(origin, line, message, where=where)])


@dataclass(frozen=True)
class Document:
    """A parsed TOML file: its top-level table, its text (for line numbers) and its name."""

    data: dict[str, Any]
    text: str
    origin: str


def _too_big(origin: str, limit: int) -> Problem:
    return Problem(origin, None, f"the file is larger than {limit // 1024} KiB.")


def read_limited(path: Path, limit: int = MAX_BYTES, *, error: type[ContentError] = ContentError) -> bytes:
    """Read at most ``limit`` bytes of ``path``; raise ``error`` if it is larger or unreadable.

    The size is checked with ``stat`` first and again while reading (``limit + 1``
    bytes), so a huge or growing file is never read whole.
    """
    origin = path.name
    try:
        if path.stat().st_size > limit:
            raise error([_too_big(origin, limit)])
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError:
        raise error([Problem(origin, None, "the file could not be read.")]) from None
    if len(data) > limit:
        raise error([_too_big(origin, limit)])
    return data


def decode(
    raw: bytes, origin: str, *, limit: int = MAX_BYTES, error: type[ContentError] = ContentError
) -> str:
    """UTF-8 text of ``raw`` without a byte-order mark; the line and column of a bad byte."""
    if len(raw) > limit:
        raise error([_too_big(origin, limit)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise error([Problem(origin, line, "the file is not valid UTF-8 text.", column)]) from None
    return text.removeprefix("\ufeff")


def read_toml(
    source: Path | bytes,
    origin: str | None = None,
    *,
    limit: int = MAX_BYTES,
    error: type[ContentError] = ContentError,
) -> Document:
    """Read, size-check, decode and parse a TOML file (a path) or raw bytes.

    ``origin`` names the file in messages (default: the file name, or "imported
    file" for bytes). Raises ``error`` with the line and column of a TOML mistake.
    """
    if isinstance(source, Path):
        origin = origin or source.name
        raw = read_limited(source, limit, error=error)
    else:
        origin = origin or "imported file"
        raw = bytes(source)
    text = decode(raw, origin, limit=limit, error=error)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_POSITION.search(message)
        line = column = None
        if match:
            line, column = int(match.group(1)), int(match.group(2))
            message = message[: match.start()]
        raise error([Problem(origin, line, f"not valid TOML ({message}).", column)]) from None
    return Document(data, text, origin)


def resolve(path: Path | None, *resource: str) -> Path:
    """``path`` when given, else the shipped file ``resources/<resource...>``."""
    return path if path is not None else resource_path(*resource)
