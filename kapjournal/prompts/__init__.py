"""Prompt packs: the questions behind intentions, captures, integration, CBT and MBCT.

A pack is a small TOML file (format: ``resources/prompts/README.md``). Shipped packs
live in ``resources/prompts/``; packs a therapist hands the patient are *imported*
and kept inside the encrypted journal (setting ``prompts/imported``: pack id -> the
pack's TOML text), so they travel with backups and exports and never sit in plaintext
on disk.

Every pack is validated before use. A problem is reported as a :class:`PackProblem`
naming the file (``origin``), the line (and column where known) and what is wrong;
:class:`PackError` carries all problems of one file. A pack that fails validation
changes nothing.

Main API
--------
``load_pack(source, origin)``      parse + validate a file path or bytes -> PromptPack
``validate(source, origin)``       the same, returning the problems instead of raising
``shipped_packs()``                every pack in ``resources/prompts/``
``check_import(raw)``              the checks import_pack makes, storing nothing
``import_pack(db, raw)``           validate and store a therapist's pack in the journal
``imported_packs(db)``             the imported packs
``available_packs(db, kind)``      shipped + imported packs, optionally of one kind
``get_pack(db, pack_id)``          one pack by id (shipped or imported)
``remove_imported(db, pack_id)``   forget an imported pack
``validate_answers(pack, answers)`` check an answers dict against a pack's prompts
``thinking_traps()``               the CBT thinking traps in ``resources/cbt/``

Import policy: an imported pack may not use a shipped pack's id, nor the reserved
prefix ``kapjournal.``. Importing a pack whose id is already imported replaces it
when the new version is the same or newer; an *older* version is refused (remove the
imported pack first to go back). Entries keep the ``pack_id``/``pack_version`` they
were written with, and their answers stay in the entry whatever happens to the pack.
"""

from __future__ import annotations

import logging
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kapjournal.content.resdir import resource_path
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.errors import InvalidData

logger = logging.getLogger(__name__)

# -- the format ---------------------------------------------------------------------
#: Pack kinds and what they are for.
KINDS: dict[str, str] = {
    "intention": "preparation before a session: what to explore",
    "capture": "the same evening after a session",
    "integration": "reflection in the days after a session (steps: see `when`)",
    "cbt": "CBT work such as a thought record",
    "mbct": "MBCT practice such as the three-minute breathing space",
}

#: Input types: how the patient answers, and the type of the stored answer value.
INPUT_TYPES: dict[str, str] = {
    "text": "one line of free text (str)",
    "longtext": "several lines or paragraphs of free text, Markdown allowed (str)",
    "choice": "exactly one of `choices` (str, the choice as written)",
    "multichoice": "any number of `choices` (list[str], in the order of `choices`)",
    "scale": "a whole number from `min` to `max`, default 0-10 (int)",
    "phrase": "a short phrase kept and shown again later (str, at most 120 characters)",
    "word": "a single word or two (str, at most 40 characters)",
}
TEXT_INPUTS = ("text", "longtext", "phrase", "word")
ANSWER_LIMITS = {"phrase": 120, "word": 40, "text": 2_000}

#: Steps of the integration schedule that a prompt's ``when`` may name: ``<hours>h``
#: (the schedule's day N is the step ``{24*N}h``) or ``before_next``.
WHEN_PATTERN = re.compile(r"^(?:[1-9][0-9]{0,3}h|before_next)$")

MAX_PACK_BYTES = 256 * 1024
MAX_PROMPTS = 200
MAX_CHOICES = 100
RESERVED_PREFIX = "kapjournal."
IMPORTED_SETTING = "prompts/imported"
CHOSEN_SETTING = "prompts/chosen"  # {kind: pack id} the patient picked in Settings

ID_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9_.-]{0,62}[a-z0-9])?$")
VERSION_PATTERN = re.compile(r"^[0-9]{1,6}(?:\.[0-9]{1,6}){0,3}$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$")

_PACK_KEYS = {
    "id",
    "version",
    "language",
    "title",
    "kind",
    "source",
    "description",
    "title_prompt",
    "prompts",
}
_PROMPT_KEYS = {
    "id",
    "text",
    "help",
    "input",
    "choices",
    "min",
    "max",
    "min_label",
    "max_label",
    "when",
}
_TEXT_LIMITS = {
    "title": 200,
    "source": 2_000,
    "description": 2_000,
    "text": 1_000,
    "help": 2_000,
    "choice": 200,
    "min_label": 100,
    "max_label": 100,
    "name": 200,
}

# Markup and script: a tag opener (``<a``, ``</``, ``<!``, ``<?``), any ``<...>``,
# script URLs and character references. Prompt text is plain text.
_MARKUP = re.compile(r"<[A-Za-z/!?]|<[^<>]*>|&#?[A-Za-z0-9]+;")
_SCRIPT_URL = re.compile(r"(?:java|vb)script:|data:text/html", re.IGNORECASE)
_BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


# -- errors -------------------------------------------------------------------------
@dataclass(frozen=True)
class PackProblem:
    """One thing wrong with a pack file. ``str()`` is a one-line, patient-safe message."""

    origin: str
    line: int | None
    message: str
    column: int | None = None

    def __str__(self) -> str:
        where = self.origin
        if self.line is not None:
            where += f", line {self.line}"
            if self.column is not None:
                where += f", column {self.column}"
        return f"{where}: {self.message}"


class PackError(InvalidData):
    """A pack could not be used. ``problems`` lists every problem found."""

    def __init__(self, problems: list[PackProblem]) -> None:
        self.problems = problems
        first = str(problems[0]) if problems else "The prompt pack is not valid."
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(first + more)


# -- the model ----------------------------------------------------------------------
@dataclass(frozen=True)
class Prompt:
    id: str
    text: str
    input: str
    help: str = ""
    choices: tuple[str, ...] = ()
    min: int | None = None  # scale only (filled with 0 when absent)
    max: int | None = None  # scale only (filled with 10 when absent)
    min_label: str = ""
    max_label: str = ""
    when: tuple[str, ...] = ()  # integration steps; empty = every step

    def applies_to(self, step: str | None) -> bool:
        """Whether this prompt is offered at an integration ``step`` (None = all)."""
        return step is None or not self.when or step in self.when


@dataclass(frozen=True)
class PromptPack:
    id: str
    version: str
    language: str
    title: str
    kind: str
    prompts: tuple[Prompt, ...]
    source: str = ""
    description: str = ""
    title_prompt: str = ""  # prompt whose answer becomes the entry title
    origin: str = ""  # where it was loaded from (file name or "imported")
    shipped: bool = False
    toml_text: str = field(default="", repr=False)  # the validated source text

    def prompt(self, prompt_id: str) -> Prompt | None:
        return next((p for p in self.prompts if p.id == prompt_id), None)

    def prompts_for_step(self, step: str | None) -> list[Prompt]:
        """Prompts for one integration step (``"24h"``, ``"72h"``, ``"before_next"``)."""
        return [p for p in self.prompts if p.applies_to(step)]


@dataclass(frozen=True)
class ThinkingTrap:
    id: str
    name: str
    description: str


@dataclass(frozen=True)
class ImportResult:
    pack: PromptPack
    replaced_version: str | None  # the version that was replaced, if any


# -- reading ------------------------------------------------------------------------
def read_limited(path: Path, limit: int = MAX_PACK_BYTES) -> bytes:
    """Read at most ``limit`` bytes of ``path``; raise PackError if it is larger.

    The size is checked with ``stat`` first and again while reading (``limit + 1``
    bytes), so a huge or growing file is never read whole.
    """
    origin = path.name
    try:
        size = path.stat().st_size
        if size > limit:
            raise PackError([_too_big(origin, limit)])
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError:
        raise PackError([PackProblem(origin, None, "the file could not be read.")]) from None
    if len(data) > limit:
        raise PackError([_too_big(origin, limit)])
    return data


def _too_big(origin: str, limit: int) -> PackProblem:
    return PackProblem(origin, None, f"the file is larger than {limit // 1024} KiB.")


def _decode(raw: bytes, origin: str) -> str:
    if len(raw) > MAX_PACK_BYTES:
        raise PackError([_too_big(origin, MAX_PACK_BYTES)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise PackError([PackProblem(origin, line, "the file is not valid UTF-8 text.", column)]) from None
    return text.removeprefix("\ufeff")


def parse_toml(source: Path | bytes, origin: str | None = None) -> tuple[dict[str, Any], str, str]:
    """Read, size-check, decode and parse a TOML data file.

    Returns ``(data, text, origin)``; raises :class:`PackError` with line/column.
    """
    if isinstance(source, Path):
        origin = origin or source.name
        raw = read_limited(source)
    else:
        origin = origin or "imported file"
        raw = bytes(source)
    text = _decode(raw, origin)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_POSITION.search(message)
        line = column = None
        if match:
            line, column = int(match.group(1)), int(match.group(2))
            message = message[: match.start()]
        raise PackError([PackProblem(origin, line, f"not valid TOML ({message}).", column)]) from None
    return data, text, origin


# -- validation ---------------------------------------------------------------------
class SourceChecker:
    """Collects problems with line numbers found by scanning the source text."""

    def __init__(self, text: str, origin: str) -> None:
        self.text = text
        self.origin = origin
        self.lines = text.splitlines()
        self.problems: list[PackProblem] = []
        headers = re.compile(r"^\s*\[\[\s*(\w+)\s*\]\]")
        self._blocks: dict[str, list[int]] = {}
        for number, line in enumerate(self.lines, start=1):
            found = headers.match(line)
            if found:
                self._blocks.setdefault(found.group(1), []).append(number)
        self._all_headers = sorted(
            n for n, line in enumerate(self.lines, start=1) if line.lstrip().startswith("[")
        )

    def add(self, message: str, line: int | None) -> None:
        self.problems.append(PackProblem(self.origin, line, message))

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


def _plain_text_problem(value: str) -> str | None:
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


def checked_text(
    chk: SourceChecker,
    value: Any,
    name: str,
    limit_key: str,
    line: int | None,
    *,
    required: bool,
) -> str:
    """Validate one plain-text field; record a problem and return "" if it is bad."""
    if value is None:
        if required:
            chk.add(f"{name} is missing.", line)
        return ""
    if not isinstance(value, str):
        chk.add(f"{name} must be text in quotes.", line)
        return ""
    if required and not value.strip():
        chk.add(f"{name} is empty.", line)
        return ""
    limit = _TEXT_LIMITS[limit_key]
    if len(value) > limit:
        chk.add(f"{name} is longer than {limit} characters.", line)
        return ""
    why = _plain_text_problem(value)
    if why:
        chk.add(f"{name} {why}.", line)
        return ""
    return value.strip()


def _int(chk: SourceChecker, value: Any, name: str, line: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 100_000:
        chk.add(f"{name} must be a whole number.", line)
        return None
    return value


def _check_prompt(chk: SourceChecker, raw: Any, index: int, kind: str) -> Prompt | None:
    start = chk.block_start("prompts", index)
    if not isinstance(raw, dict):
        chk.add(f"prompt {index + 1} is not a table.", start)
        return None

    def at(key: str) -> int | None:
        return chk.key_line(key, "prompts", index)

    for key in sorted(set(raw) - _PROMPT_KEYS):
        chk.add(f"prompt {index + 1} has an unknown key `{key}`.", at(key))
    label = f"prompt {index + 1}"
    pid = raw.get("id")
    if pid is None:
        chk.add(f"{label} has no `id`.", start)
    elif not isinstance(pid, str) or not ID_PATTERN.match(pid):
        chk.add(
            f"{label}: the id must be 1-64 lower-case letters, digits, '_', '.' or '-'.",
            at("id"),
        )
        pid = None
    else:
        label = f"prompt `{pid}`"
    text = checked_text(chk, raw.get("text"), f"{label}: `text`", "text", at("text") or start, required=True)
    help_text = checked_text(chk, raw.get("help"), f"{label}: `help`", "help", at("help"), required=False)
    input_type = raw.get("input")
    if input_type is None:
        chk.add(f"{label} has no `input` type.", start)
    elif not isinstance(input_type, str) or input_type not in INPUT_TYPES:
        shown = input_type[:40] if isinstance(input_type, str) else type(input_type).__name__
        chk.add(
            f"{label}: unknown input type {shown!r} (use one of: {', '.join(INPUT_TYPES)}).",
            at("input"),
        )
        input_type = None

    choices: list[str] = []
    raw_choices = raw.get("choices")
    if input_type in ("choice", "multichoice"):
        if not isinstance(raw_choices, list) or not raw_choices:
            chk.add(f"{label}: a {input_type} prompt needs a list of `choices`.", at("choices") or start)
        elif len(raw_choices) > MAX_CHOICES:
            chk.add(f"{label}: more than {MAX_CHOICES} choices.", at("choices"))
        else:
            for choice in raw_choices:
                cleaned = checked_text(
                    chk, choice, f"{label}: a choice", "choice", at("choices"), required=True
                )
                if cleaned and cleaned in choices:
                    chk.add(f"{label}: the choice {cleaned!r} is listed twice.", at("choices"))
                elif cleaned:
                    choices.append(cleaned)
    elif raw_choices is not None and input_type is not None:
        chk.add(f"{label}: `choices` only apply to choice and multichoice prompts.", at("choices"))

    low = _int(chk, raw.get("min"), f"{label}: `min`", at("min"))
    high = _int(chk, raw.get("max"), f"{label}: `max`", at("max"))
    min_label = checked_text(
        chk,
        raw.get("min_label"),
        f"{label}: `min_label`",
        "min_label",
        at("min_label"),
        required=False,
    )
    max_label = checked_text(
        chk,
        raw.get("max_label"),
        f"{label}: `max_label`",
        "max_label",
        at("max_label"),
        required=False,
    )
    if input_type == "scale":
        low = 0 if low is None else low
        high = 10 if high is None else high
        if low >= high or high - low > 1000:
            chk.add(f"{label}: the scale needs min < max, at most 1000 apart.", at("max") or start)
    elif input_type is not None and any(k in raw for k in ("min", "max", "min_label", "max_label")):
        chk.add(f"{label}: `min`/`max` only apply to scale prompts.", at("min") or at("max"))

    when: list[str] = []
    raw_when = raw.get("when")
    if raw_when is not None:
        values = [raw_when] if isinstance(raw_when, str) else raw_when
        if kind != "integration":
            chk.add(f"{label}: `when` only applies to integration packs.", at("when"))
        elif (
            not isinstance(values, list)
            or not values
            or not all(isinstance(v, str) and WHEN_PATTERN.match(v) for v in values)
        ):
            chk.add(
                f'{label}: `when` must be a step such as "24h", "72h" or "before_next", or a list of them.',
                at("when"),
            )
        else:
            when = list(dict.fromkeys(values))

    if pid is None or not text or input_type is None:
        return None
    return Prompt(
        id=pid,
        text=text,
        input=input_type,
        help=help_text,
        choices=tuple(choices),
        min=low if input_type == "scale" else None,
        max=high if input_type == "scale" else None,
        min_label=min_label,
        max_label=max_label,
        when=tuple(when),
    )


def _pack_field(
    chk: SourceChecker, data: dict[str, Any], key: str, pattern: re.Pattern[str], problem: str
) -> str | None:
    """``data[key]`` when it is text that matches *pattern*; else None and a problem."""
    value = data.get(key)
    if value is None:
        chk.add(f"the pack has no `{key}`.", 1)
        return None
    if not isinstance(value, str) or not pattern.match(value):
        chk.add(problem, chk.key_line(key))
        return None
    return value


def _check_pack(data: dict[str, Any], text: str, origin: str) -> tuple[PromptPack | None, list[PackProblem]]:
    chk = SourceChecker(text, origin)
    for key in sorted(set(data) - _PACK_KEYS):
        chk.add(f"unknown key `{key}` (a typo?).", chk.key_line(key))

    pack_id = _pack_field(
        chk, data, "id", ID_PATTERN, "the pack id must be 1-64 lower-case letters, digits, '_', '.' or '-'."
    )
    version = _pack_field(
        chk, data, "version", VERSION_PATTERN, '`version` must be text such as "1" or "1.2".'
    )
    language = _pack_field(
        chk, data, "language", LANGUAGE_PATTERN, '`language` must be a language tag such as "en" or "de-AT".'
    )
    kind = data.get("kind")
    if kind is None:
        chk.add("the pack has no `kind`.", 1)
    elif not isinstance(kind, str) or kind not in KINDS:
        shown = kind[:40] if isinstance(kind, str) else type(kind).__name__
        chk.add(f"unknown kind {shown!r} (use one of: {', '.join(KINDS)}).", chk.key_line("kind"))
        kind = None
    title = checked_text(
        chk, data.get("title"), "`title`", "title", chk.key_line("title") or 1, required=True
    )
    source = checked_text(
        chk, data.get("source"), "`source`", "source", chk.key_line("source"), required=False
    )
    description = checked_text(
        chk,
        data.get("description"),
        "`description`",
        "description",
        chk.key_line("description"),
        required=False,
    )

    prompts: list[Prompt] = []
    raw_prompts = data.get("prompts")
    if not isinstance(raw_prompts, list) or not raw_prompts:
        chk.add(
            "the pack has no prompts (add `[[prompts]]` tables).",
            chk.key_line("prompts") or len(chk.lines) or 1,
        )
        raw_prompts = []
    elif len(raw_prompts) > MAX_PROMPTS:
        chk.add(f"the pack has more than {MAX_PROMPTS} prompts.", chk.block_start("prompts", 0))
        raw_prompts = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(raw_prompts):
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        if isinstance(raw_id, str):
            occurrence = seen.get(raw_id, 0)
            seen[raw_id] = occurrence + 1
            if occurrence:
                # The pack id may share the value; count only prompt ids in that case.
                nth = occurrence + (1 if raw_id == pack_id else 0)
                chk.add(f"the prompt id `{raw_id}` is used more than once.", chk.id_line(raw_id, nth))
                continue
        prompt = _check_prompt(chk, raw, index, kind or "")
        if prompt is not None:
            prompts.append(prompt)

    title_prompt = data.get("title_prompt")
    if title_prompt is not None and (not isinstance(title_prompt, str) or title_prompt not in seen):
        chk.add("`title_prompt` must name one of the pack's prompt ids.", chk.key_line("title_prompt"))
        title_prompt = None

    if chk.problems or not (pack_id and version and language and kind and title):
        return None, chk.problems
    pack = PromptPack(
        id=pack_id,
        version=version,
        language=language,
        title=title,
        kind=kind,
        prompts=tuple(prompts),
        source=source,
        description=description,
        title_prompt=title_prompt or "",
        origin=origin,
        toml_text=text,
    )
    return pack, []


def validate(source: Path | bytes, origin: str | None = None) -> list[PackProblem]:
    """Every problem with a pack (empty list = valid). Never raises for bad content."""
    try:
        load_pack(source, origin)
    except PackError as exc:
        return exc.problems
    return []


def load_pack(source: Path | bytes, origin: str | None = None) -> PromptPack:
    """Parse and validate a pack from a file path or raw bytes.

    ``origin`` names the file in messages (default: the file name, or "imported
    file" for bytes). Raises :class:`PackError` listing every problem found.
    """
    data, text, origin = parse_toml(source, origin)
    pack, problems = _check_pack(data, text, origin)
    if pack is None:
        raise PackError(problems or [PackProblem(origin, None, "the pack is not valid.")])
    return pack


# -- shipped packs ------------------------------------------------------------------
def shipped_dir() -> Path:
    return resource_path("prompts")


def shipped_packs(folder: Path | None = None, *, strict: bool = False) -> list[PromptPack]:
    """All packs shipped in ``resources/prompts/`` (sorted by kind order, then title).

    A broken shipped file is logged (file name and line only) and skipped, or raised
    with ``strict=True`` (the tests use that).
    """
    folder = folder or shipped_dir()
    packs: list[PromptPack] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            pack = load_pack(path)
        except PackError as exc:
            if strict:
                raise
            logger.error("shipped prompt pack skipped: %s", exc)
            continue
        packs.append(_with(pack, shipped=True, origin=path.name))
    return _sorted(packs)


def _with(pack: PromptPack, **changes: Any) -> PromptPack:
    return replace(pack, **changes)


def _sorted(packs: Iterable[PromptPack]) -> list[PromptPack]:
    order = list(KINDS)
    return sorted(packs, key=lambda p: (order.index(p.kind), p.title.casefold(), p.id))


# -- imported packs -----------------------------------------------------------------
def _stored(db: Database) -> dict[str, str]:
    value = repo.get_setting(db, IMPORTED_SETTING, {})
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def imported_packs(db: Database) -> list[PromptPack]:
    """The packs imported into this journal, re-validated on every read."""
    packs = []
    for pack_id, text in _stored(db).items():
        try:
            pack = load_pack(text.encode("utf-8"), "imported pack")
        except PackError:
            logger.warning("an imported prompt pack no longer validates; it is hidden")
            continue
        if pack.id != pack_id:
            continue
        packs.append(_with(pack, origin="imported"))
    return _sorted(packs)


def version_key(version: str) -> tuple[int, ...]:
    """``"1.10"`` -> ``(1, 10, 0, 0)``, so versions compare numerically."""
    parts = [int(p) for p in version.split(".")]
    return tuple(parts + [0] * (4 - len(parts)))


def check_import(
    raw: bytes | Path, origin: str | None = None, *, shipped_ids: Iterable[str] | None = None
) -> PromptPack:
    """The checks a therapist's pack must pass to be imported, without storing it.

    :func:`load_pack`, then no shipped id and not the ``kapjournal.`` prefix. Used by
    :func:`import_pack` (Settings) and for packs that arrive inside a full journal
    export (:mod:`kapjournal.exporters.exchange`), so both refuse exactly the same packs.
    Raises :class:`PackError`. ``shipped_ids`` overrides the shipped list.
    """
    pack = load_pack(raw, origin)
    shipped = set(shipped_ids) if shipped_ids is not None else {p.id for p in shipped_packs()}
    if pack.id in shipped or pack.id.startswith(RESERVED_PREFIX):
        chk = SourceChecker(pack.toml_text, pack.origin)
        raise PackError(
            [
                PackProblem(
                    pack.origin,
                    chk.key_line("id"),
                    f"the id `{pack.id}` belongs to a pack that ships with KAP Journal; "
                    "give the imported pack its own id.",
                )
            ]
        )
    return pack


def import_pack(
    db: Database,
    raw: bytes | Path,
    origin: str | None = None,
    *,
    shipped_ids: Iterable[str] | None = None,
) -> ImportResult:
    """Validate a therapist's pack and store it inside the journal.

    ``raw`` is the file's bytes (or a path, read with the size limit). Refuses shipped
    ids and the ``kapjournal.`` prefix; replaces an imported pack of the same id when
    the new version is the same or newer, refuses an older one. On any refusal the
    journal is unchanged. ``shipped_ids`` overrides the shipped list (tests).
    """
    pack = check_import(raw, origin, shipped_ids=shipped_ids)
    where = pack.origin
    chk = SourceChecker(pack.toml_text, where)
    stored = _stored(db)
    replaced: str | None = None
    if pack.id in stored:
        try:
            old = load_pack(stored[pack.id].encode("utf-8"), "imported pack")
            replaced = old.version
        except PackError:
            replaced = "?"  # an unreadable stored copy is simply replaced
        if replaced != "?" and version_key(pack.version) < version_key(replaced):
            raise PackError(
                [
                    PackProblem(
                        where,
                        chk.key_line("version"),
                        f"version {pack.version} is older than the imported version "
                        f"{replaced}; remove the imported pack first to go back.",
                    )
                ]
            )
    stored[pack.id] = pack.toml_text
    repo.set_setting(db, IMPORTED_SETTING, stored)
    logger.info("prompt pack imported (replaced: %s)", replaced is not None)
    return ImportResult(_with(pack, origin="imported"), replaced)


def remove_imported(db: Database, pack_id: str) -> bool:
    """Forget an imported pack. Entries written with it keep their answers."""
    stored = _stored(db)
    if pack_id not in stored:
        return False
    del stored[pack_id]
    repo.set_setting(db, IMPORTED_SETTING, stored)
    return True


def available_packs(db: Database | None, kind: str | None = None) -> list[PromptPack]:
    """Shipped packs, then imported ones; only those of ``kind`` when given."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown pack kind {kind!r}")
    packs = shipped_packs() + (imported_packs(db) if db is not None else [])
    return [p for p in packs if kind is None or p.kind == kind]


def get_pack(db: Database | None, pack_id: str) -> PromptPack | None:
    return next((p for p in available_packs(db) if p.id == pack_id), None)


def chosen_pack(db: Database | None, kind: str) -> PromptPack:
    """The pack the patient picked for ``kind`` (Settings), else the shipped default.

    A pick that no longer exists (an imported pack removed) falls back quietly.
    """
    picks = repo.get_setting(db, CHOSEN_SETTING, {}) if db is not None else {}
    wanted = picks.get(kind) if isinstance(picks, dict) else None
    if isinstance(wanted, str) and wanted:
        pack = get_pack(db, wanted)
        if pack is not None and pack.kind == kind:
            return pack
    return shipped_pack(kind)


def set_chosen_pack(db: Database, kind: str, pack_id: str | None) -> None:
    """Pick the pack used for ``kind`` (None or "" goes back to the shipped default)."""
    if kind not in KINDS:
        raise ValueError(f"unknown pack kind {kind!r}")
    picks = repo.get_setting(db, CHOSEN_SETTING, {})
    picks = dict(picks) if isinstance(picks, dict) else {}
    if pack_id:
        pack = get_pack(db, pack_id)
        if pack is None or pack.kind != kind:
            raise InvalidData("This set of questions is not available.")
        picks[kind] = pack_id
    else:
        picks.pop(kind, None)
    repo.set_setting(db, CHOSEN_SETTING, picks)


def shipped_pack(kind: str) -> PromptPack:
    """The first shipped pack of ``kind`` (the default for that kind)."""
    for pack in shipped_packs():
        if pack.kind == kind:
            return pack
    raise LookupError(f"no shipped pack of kind {kind!r}")


# -- answers ------------------------------------------------------------------------
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
        if prompt.input in TEXT_INPUTS:
            if not isinstance(value, str):
                raise InvalidData(f"The answer to {key!r} must be text.")
            limit = ANSWER_LIMITS.get(prompt.input)
            if limit and len(value) > limit:
                raise InvalidData(f"The answer to {key!r} is longer than {limit} characters.")
        elif prompt.input == "choice":
            if value not in prompt.choices:
                raise InvalidData(f"The answer to {key!r} is not one of its choices.")
        elif prompt.input == "multichoice":
            if not isinstance(value, list) or any(v not in prompt.choices for v in value):
                raise InvalidData(f"The answers to {key!r} must be among its choices.")
            value = [c for c in prompt.choices if c in value]
        elif prompt.input == "scale":
            low, high = prompt.min or 0, prompt.max if prompt.max is not None else 10
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise InvalidData(f"The answer to {key!r} must be a number from {low} to {high}.")
        clean[key] = value
    return clean


# -- thinking traps -----------------------------------------------------------------
def thinking_traps(path: Path | None = None) -> list[ThinkingTrap]:
    """The CBT thinking traps (``resources/cbt/thinking_traps.toml``), validated."""
    path = path or resource_path("cbt", "thinking_traps.toml")
    data, text, origin = parse_toml(path)
    chk = SourceChecker(text, origin)
    traps: list[ThinkingTrap] = []
    raw_traps = data.get("traps")
    if not isinstance(raw_traps, list) or not raw_traps:
        chk.add("no `[[traps]]` tables.", 1)
        raw_traps = []
    if not isinstance(data.get("source"), str) or not data["source"].strip():
        chk.add("`source` is missing.", 1)
    seen: set[str] = set()
    for index, raw in enumerate(raw_traps):
        line = chk.block_start("traps", index)
        tid = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(tid, str) or not ID_PATTERN.match(tid) or tid in seen:
            chk.add(f"trap {index + 1}: a missing, malformed or repeated id.", line)
            continue
        seen.add(tid)
        name = checked_text(chk, raw.get("name"), f"trap `{tid}`: `name`", "name", line, required=True)
        desc = checked_text(
            chk, raw.get("description"), f"trap `{tid}`: `description`", "help", line, required=True
        )
        if name and desc:
            traps.append(ThinkingTrap(tid, name, desc))
    if chk.problems:
        raise PackError(chk.problems)
    return traps
