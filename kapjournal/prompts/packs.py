"""Reading and validating one prompt pack, and the packs shipped in ``resources/prompts/``.

Every problem of a pack is collected (with its line) before the pack is refused, so a
therapist sees everything that is wrong at once; a pack that fails changes nothing.
The checks are small functions run in order (:data:`_PROMPT_STEPS`), each filling in
part of a :class:`_Draft`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kapjournal import i18n
from kapjournal.content import SourceChecker, is_translation, localize, read_toml
from kapjournal.content import loader as content_loader
from kapjournal.content.overlay import find_translation, is_language_tag, translation_path
from kapjournal.content.resdir import resource_path
from kapjournal.prompts.model import (
    ID_PATTERN,
    INPUT_TYPES,
    KINDS,
    LANGUAGE_PATTERN,
    MAX_CHOICES,
    MAX_PACK_BYTES,
    MAX_PROMPTS,
    TEXT_LIMITS,
    VERSION_PATTERN,
    WHEN_PATTERN,
    PackError,
    PackProblem,
    Prompt,
    PromptPack,
)

logger = logging.getLogger(__name__)

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
_PROMPT_KEYS = {"id", "text", "help", "input", "choices", "min", "max", "min_label", "max_label", "when"}
_SCALE_KEYS = ("min", "max", "min_label", "max_label")
#: The fields a person reads; ``<pack>.<language>.toml`` beside a pack translates them.
PACK_TEXTS = frozenset({"title", "description", "text", "help", "choices", "min_label", "max_label"})
_ID_RULE = "the id must be 1-64 lower-case letters, digits, '_', '.' or '-'."


# -- reading ------------------------------------------------------------------------
def read_limited(path: Path, limit: int = MAX_PACK_BYTES) -> bytes:
    """Read at most ``limit`` bytes of ``path``; raise PackError if it is larger.

    The size is checked with ``stat`` first and again while reading (``limit + 1``
    bytes), so a huge or growing file is never read whole.
    """
    return content_loader.read_limited(path, limit, error=PackError)


def checked_text(
    chk: SourceChecker, value: Any, name: str, limit_key: str, line: int | None, *, required: bool
) -> str:
    """One plain-text field of a pack, limited by its kind (:data:`TEXT_LIMITS`)."""
    return chk.text(value, name, line, limit=TEXT_LIMITS[limit_key], required=required)


# -- one prompt ---------------------------------------------------------------------
@dataclass
class _Draft:
    """A prompt being checked: where it is, how messages name it, what is known so far."""

    label: str
    start: int | None
    at: Callable[[str], int | None]
    id: str | None = None
    input: str | None = None
    texts: dict[str, str] = field(default_factory=dict)
    choices: list[str] = field(default_factory=list)
    low: int | None = None
    high: int | None = None
    when: list[str] = field(default_factory=list)

    def text_field(self, chk: SourceChecker, raw: dict[str, Any], key: str, *, required: bool) -> None:
        line = (self.at(key) or self.start) if required else self.at(key)
        self.texts[key] = checked_text(
            chk, raw.get(key), f"{self.label}: `{key}`", key, line, required=required
        )


def _prompt_id(chk: SourceChecker, raw: dict[str, Any], d: _Draft, kind: str) -> None:
    pid = raw.get("id")
    if pid is None:
        chk.add(f"{d.label} has no `id`.", d.start)
    elif not isinstance(pid, str) or not ID_PATTERN.match(pid):
        chk.add(f"{d.label}: {_ID_RULE}", d.at("id"))
    else:
        d.id, d.label = pid, f"prompt `{pid}`"


def _prompt_texts(chk: SourceChecker, raw: dict[str, Any], d: _Draft, kind: str) -> None:
    d.text_field(chk, raw, "text", required=True)
    d.text_field(chk, raw, "help", required=False)


def _prompt_input(chk: SourceChecker, raw: dict[str, Any], d: _Draft, kind: str) -> None:
    d.input = chk.one_of(
        raw.get("input"),
        tuple(INPUT_TYPES),
        d.at("input"),
        missing=f"{d.label} has no `input` type.",
        missing_line=d.start,
        unknown=f"{d.label}: unknown input type {{shown}} (use one of: {{choices}}).",
    )


def _prompt_choices(chk: SourceChecker, raw: dict[str, Any], d: _Draft, kind: str) -> None:
    raw_choices, line = raw.get("choices"), d.at("choices")
    if d.input not in ("choice", "multichoice"):
        if raw_choices is not None and d.input is not None:
            chk.add(f"{d.label}: `choices` only apply to choice and multichoice prompts.", line)
        return
    if not isinstance(raw_choices, list) or not raw_choices:
        chk.add(f"{d.label}: a {d.input} prompt needs a list of `choices`.", line or d.start)
        return
    if len(raw_choices) > MAX_CHOICES:
        chk.add(f"{d.label}: more than {MAX_CHOICES} choices.", line)
        return
    for choice in raw_choices:
        cleaned = checked_text(chk, choice, f"{d.label}: a choice", "choice", line, required=True)
        if cleaned and cleaned in d.choices:
            chk.add(f"{d.label}: the choice {cleaned!r} is listed twice.", line)
        elif cleaned:
            d.choices.append(cleaned)


def _prompt_scale(chk: SourceChecker, raw: dict[str, Any], d: _Draft, kind: str) -> None:
    d.low = chk.whole(raw.get("min"), f"{d.label}: `min`", d.at("min"))
    d.high = chk.whole(raw.get("max"), f"{d.label}: `max`", d.at("max"))
    d.text_field(chk, raw, "min_label", required=False)
    d.text_field(chk, raw, "max_label", required=False)
    if d.input == "scale":
        d.low = 0 if d.low is None else d.low
        d.high = 10 if d.high is None else d.high
        if d.low >= d.high or d.high - d.low > 1000:
            chk.add(f"{d.label}: the scale needs min < max, at most 1000 apart.", d.at("max") or d.start)
    elif d.input is not None and any(k in raw for k in _SCALE_KEYS):
        chk.add(f"{d.label}: `min`/`max` only apply to scale prompts.", d.at("min") or d.at("max"))


def _prompt_when(chk: SourceChecker, raw: dict[str, Any], d: _Draft, kind: str) -> None:
    raw_when = raw.get("when")
    if raw_when is None:
        return
    values = [raw_when] if isinstance(raw_when, str) else raw_when
    if kind != "integration":
        chk.add(f"{d.label}: `when` only applies to integration packs.", d.at("when"))
    elif (
        not isinstance(values, list)
        or not values
        or not all(isinstance(v, str) and WHEN_PATTERN.match(v) for v in values)
    ):
        chk.add(
            f'{d.label}: `when` must be a step such as "24h", "72h" or "before_next", or a list of them.',
            d.at("when"),
        )
    else:
        d.when = list(dict.fromkeys(values))


#: The checks of one ``[[prompts]]`` table, in the order their problems are reported.
_PROMPT_STEPS: tuple[Callable[[SourceChecker, dict[str, Any], _Draft, str], None], ...] = (
    _prompt_id,
    _prompt_texts,
    _prompt_input,
    _prompt_choices,
    _prompt_scale,
    _prompt_when,
)


def _check_prompt(chk: SourceChecker, raw: Any, index: int, kind: str) -> Prompt | None:
    start = chk.block_start("prompts", index)
    if not isinstance(raw, dict):
        chk.add(f"prompt {index + 1} is not a table.", start)
        return None

    def at(key: str) -> int | None:
        return chk.key_line(key, "prompts", index)

    for key in sorted(set(raw) - _PROMPT_KEYS):
        chk.add(f"prompt {index + 1} has an unknown key `{key}`.", at(key))
    d = _Draft(f"prompt {index + 1}", start, at)
    for step in _PROMPT_STEPS:
        step(chk, raw, d, kind)
    if d.id is None or not d.texts["text"] or d.input is None:
        return None
    scale = d.input == "scale"
    return Prompt(
        id=d.id,
        text=d.texts["text"],
        input=d.input,
        help=d.texts["help"],
        choices=tuple(d.choices),
        min=d.low if scale else None,
        max=d.high if scale else None,
        min_label=d.texts["min_label"],
        max_label=d.texts["max_label"],
        when=tuple(d.when),
    )


# -- the pack -----------------------------------------------------------------------
def _pack_header(chk: SourceChecker, data: dict[str, Any]) -> dict[str, Any]:
    """The pack's own fields (None or "" where a field is bad; the problem is recorded)."""
    for key in sorted(set(data) - _PACK_KEYS):
        chk.add(f"unknown key `{key}` (a typo?).", chk.key_line(key))

    def matching(key: str, problem: str) -> str | None:
        return chk.matching(data, key, _PATTERNS[key], problem, f"the pack has no `{key}`.")

    head: dict[str, Any] = {
        "id": matching("id", "the pack id must be 1-64 lower-case letters, digits, '_', '.' or '-'."),
        "version": matching("version", '`version` must be text such as "1" or "1.2".'),
        "language": matching("language", '`language` must be a language tag such as "en" or "de-AT".'),
        "kind": chk.one_of(
            data.get("kind"),
            tuple(KINDS),
            chk.key_line("kind"),
            missing="the pack has no `kind`.",
            missing_line=1,
            unknown="unknown kind {shown} (use one of: {choices}).",
        ),
    }
    for key, required in (("title", True), ("source", False), ("description", False)):
        line = chk.key_line(key) or (1 if required else None)
        head[key] = checked_text(chk, data.get(key), f"`{key}`", key, line, required=required)
    return head


_PATTERNS = {"id": ID_PATTERN, "version": VERSION_PATTERN, "language": LANGUAGE_PATTERN}


def _pack_prompts(
    chk: SourceChecker, data: dict[str, Any], pack_id: str | None, kind: str
) -> tuple[list[Prompt], dict[str, int]]:
    """The valid prompts and how often each prompt id occurs."""
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
    prompts: list[Prompt] = []
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
        prompt = _check_prompt(chk, raw, index, kind)
        if prompt is not None:
            prompts.append(prompt)
    return prompts, seen


def _check_pack(data: dict[str, Any], text: str, origin: str) -> tuple[PromptPack | None, list[PackProblem]]:
    chk = SourceChecker(text, origin)
    head = _pack_header(chk, data)
    prompts, seen = _pack_prompts(chk, data, head["id"], head["kind"] or "")
    title_prompt = data.get("title_prompt")
    if title_prompt is not None and (not isinstance(title_prompt, str) or title_prompt not in seen):
        chk.add("`title_prompt` must name one of the pack's prompt ids.", chk.key_line("title_prompt"))
        title_prompt = None
    required = ("id", "version", "language", "kind", "title")
    if chk.problems or not all(head[key] for key in required):
        return None, chk.problems
    return PromptPack(
        prompts=tuple(prompts), title_prompt=title_prompt or "", origin=origin, toml_text=text, **head
    ), []


def validate(source: Path | bytes, origin: str | None = None) -> list[PackProblem]:
    """Every problem with a pack (empty list = valid). Never raises for bad content."""
    try:
        load_pack(source, origin)
    except PackError as exc:
        return exc.problems
    return []


def load_pack(
    source: Path | bytes,
    origin: str | None = None,
    *,
    language: str | None = None,
    translation: bytes | Path | None = None,
) -> PromptPack:
    """Parse and validate a pack from a file path or raw bytes, in ``language``
    (default: the one in use).

    ``origin`` names the file in messages (default: the file name, or "imported
    file" for bytes). The translation is ``translation`` when given, else the file
    beside ``source`` (``<pack>.<language>.toml``); none means the pack as written.
    The pack must be valid on its own, and again with its translation laid over it.
    Raises :class:`PackError` listing every problem found.
    """
    doc = read_toml(source, origin, limit=MAX_PACK_BYTES, error=PackError)
    pack, problems = _check_pack(doc.data, doc.text, doc.origin)
    if pack is None:
        raise PackError(problems or [PackProblem(doc.origin, None, "the pack is not valid.")])
    wanted = language or i18n.language()
    path = source if isinstance(source, Path) else None
    other = None
    if isinstance(translation, Path):
        other = read_toml(translation, limit=MAX_PACK_BYTES, error=PackError)
    elif translation is not None:
        named = doc.origin.endswith(".toml")  # "pack.toml" -> "pack.de.toml"
        name = translation_path(Path(doc.origin), wanted).name if named else f"{doc.origin} ({wanted})"
        other = read_toml(translation, name, limit=MAX_PACK_BYTES, error=PackError)
    elif path is not None and (found := find_translation(path, wanted)) is not None:
        other = read_toml(found[1], limit=MAX_PACK_BYTES, error=PackError)
    if other is None:
        return pack
    local = localize(doc, None, PACK_TEXTS, language=wanted, error=PackError, translation=other)
    if local is doc:
        return pack
    translated, problems = _check_pack(local.data, doc.text, doc.origin)
    if translated is None:
        # The lines are the English file's; name the translation, where the text is.
        raise PackError([replace(p, origin=other.origin, line=None) for p in problems])
    own = {p.id: p.choices for p in pack.prompts}
    return replace(
        translated,
        prompts=tuple(
            replace(p, source_choices=own.get(p.id, ())) if p.choices else p for p in translated.prompts
        ),
    )


def translations_beside(path: Path) -> dict[str, Path]:
    """The translation files beside a pack file: ``{"de": …/pack.de.toml}``."""
    found = {}
    prefix, suffix = f"{path.stem}.", path.suffix or ".toml"
    try:
        names = sorted(p.name for p in path.parent.iterdir())
    except OSError:
        return {}
    for name in names:
        tag = name[len(prefix) : -len(suffix)] if name.startswith(prefix) and name.endswith(suffix) else ""
        if is_language_tag(tag) and (path.parent / name).is_file():
            found[tag] = path.parent / name
    return found


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
    for path in sorted(p for p in folder.glob("*.toml") if not is_translation(p)):
        try:
            pack = load_pack(path)
        except PackError as exc:
            if strict:
                raise
            logger.error("shipped prompt pack skipped: %s", exc)
            continue
        packs.append(replace(pack, shipped=True, origin=path.name))
    return sorted_packs(packs)


def shipped_pack(kind: str) -> PromptPack:
    """The first shipped pack of ``kind`` (the default for that kind)."""
    for pack in shipped_packs():
        if pack.kind == kind:
            return pack
    raise LookupError(f"no shipped pack of kind {kind!r}")


def sorted_packs(packs: Iterable[PromptPack]) -> list[PromptPack]:
    """By kind (in :data:`KINDS` order), then title, then id."""
    order = list(KINDS)
    return sorted(packs, key=lambda p: (order.index(p.kind), p.title.casefold(), p.id))
