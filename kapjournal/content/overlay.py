"""Data files in another language: a translation file beside the English one.

``resources/questionnaires/phq9.de.toml`` sits beside ``phq9.toml`` and holds only the
texts a person reads, under the same keys, the same ids and in the same order of
unnamed tables. :func:`localize` lays it over the English file before the file's own
``parse`` runs, so every check a file has applies to its translation too.

Why files and not the Qt catalogue: a clinical text keeps its source and licence next
to it (``translation_source``), a clinician reviews one whole instrument in one file,
and a prompt pack a therapist writes can carry its own languages without Qt's tools.

The rules (each broken rule is one :class:`Problem` naming the translation file, the
line where known and the field; all of them are reported at once):

- only the fields the caller names as texts (``texts``) may be translated; a text may
  be a string, a list of strings (same number of entries) or a table of strings (same
  keys, e.g. country names by code); nothing else (numbers, ids, phone numbers) may
  appear, except the ``id`` (or ``code``) that says which table is meant;
- every text the English file has must be translated (an empty English text may be
  left out), and nothing the English file lacks may be added;
- tables in a list are matched by their ``id`` (or ``code``) when they have one, else
  by position, and the list has as many tables as the English one;
- placeholders (``{name}``, ``%1``) are the same in both;
- top-level ``language`` (must match the file name), ``translation_source`` and
  ``translation_note`` describe the translation and are not laid over anything.

A missing translation file means English. A file that has a ``language`` of its own
(a pack a therapist wrote in German) is used as it is when that language is asked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from kapjournal import i18n
from kapjournal.content.loader import ContentError, Document, Problem, read_toml, resolve
from kapjournal.content.source import SourceChecker

#: Top-level keys that describe a translation rather than translate a field.
META_KEYS = ("language", "translation_source", "translation_note")
#: ``{name}`` for ``str.format`` and ``%1`` / ``%n`` for Qt-style texts.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%[1-9n]")
_MATCH_KEYS = ("id", "code")
T = TypeVar("T")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def is_translation(path: Path) -> bool:
    """``phq9.de.toml`` is a translation; ``phq9.toml`` is not (for folder globs)."""
    return "." in path.stem


def translation_path(path: Path, language: str) -> Path:
    """``…/phq9.toml`` in ``"de"`` is ``…/phq9.de.toml``."""
    return path.with_name(f"{path.stem}.{language}{path.suffix}")


def candidates(language: str) -> list[str]:
    """``"de-AT"`` is looked for as ``de-AT``, then ``de``."""
    tag = language.replace("_", "-")
    base = tag.split("-", 1)[0]
    return [tag] if base == tag else [tag, base]


def is_language_tag(tag: str) -> bool:
    """``de``, ``de-AT``, ``pt_BR``; not ``backup`` or ``v2``."""
    return bool(_LANGUAGE.match(tag))


def base_language(data: dict[str, Any]) -> str:
    value = data.get("language")
    return value if isinstance(value, str) and value else "en"


@dataclass
class _Walk:
    texts: frozenset[str]
    origin: str
    chk: SourceChecker
    problems: list[Problem] = field(default_factory=list)

    def add(self, where: str, message: str, line: int | None) -> None:
        self.problems.append(Problem(self.origin, line, message, where=where))


def _has_texts(value: Any, texts: frozenset[str]) -> bool:
    if isinstance(value, dict):
        return any(k in texts or _has_texts(v, texts) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_texts(v, texts) for v in value)
    return False


def _below(where: str, label: str) -> str:
    return f"{where}: {label}" if where else label


def _text(w: _Walk, english: str, value: Any, where: str, name: str, line: int | None) -> str:
    if not isinstance(value, str):
        w.add(where, f"{name} must be text in quotes.", line)
        return english
    if english.strip() and not value.strip():
        w.add(where, f"{name} is empty; the English file has a text here.", line)
        return english
    if placeholders(english) != placeholders(value):
        wanted = ", ".join(placeholders(english)) or "none"
        w.add(where, f"{name} must use the same placeholders as the English text ({wanted}).", line)
        return english
    return value


def _translated(w: _Walk, key: str, english: Any, value: Any, where: str, line: int | None) -> Any:
    """One translatable field: a text, a list of texts or a table of texts."""
    name = f"`{key}`"
    if isinstance(english, str):
        return _text(w, english, value, where, name, line)
    if isinstance(english, list) and all(isinstance(e, str) for e in english):
        if not isinstance(value, list) or len(value) != len(english):
            w.add(where, f"{name} must be a list of {len(english)} texts, as in the English file.", line)
            return english
        return [
            _text(w, e, v, where, f"{name} entry {i + 1}", line)
            for i, (e, v) in enumerate(zip(english, value, strict=True))
        ]
    if isinstance(english, dict) and all(isinstance(e, str) for e in english.values()):
        if not isinstance(value, dict):
            w.add(where, f"{name} must be a table of texts, as in the English file.", line)
            return english
        out = dict(english)
        for k in value.keys() - english.keys():
            w.add(_below(where, key), f"`{k}` is not in the English file.", line)
        for k, e in english.items():
            if k not in value:
                if e.strip():
                    w.add(_below(where, key), f"`{k}` has no translation.", line)
                continue
            out[k] = _text(w, e, value[k], _below(where, key), f"`{k}`", line)
        return out
    w.add(where, f"{name} cannot be translated.", line)
    return english


def _table(
    w: _Walk,
    english: dict[str, Any],
    other: dict[str, Any],
    where: str,
    line: int | None,
    match_key: str | None = None,
) -> dict[str, Any]:
    out = dict(english)
    for key in other:
        if key == match_key or (not where and key in META_KEYS):
            continue
        if key not in english:
            w.add(where, f"`{key}` is not in the English file.", line)
        elif key not in w.texts and not _has_texts(english[key], w.texts):
            w.add(where, f"`{key}` is not a text to translate; leave it out of the translation.", line)
    for key, value in english.items():
        here = line if where else w.chk.key_line(key) or line
        if key in w.texts and not _has_nested_tables(value):
            if key not in other:
                if not (isinstance(value, str) and not value.strip()):
                    w.add(where, f"`{key}` has no translation.", here)
                continue
            out[key] = _translated(w, key, value, other[key], where, here)
        elif _has_texts(value, w.texts):
            if isinstance(value, dict):
                sub = other.get(key, {})
                if not isinstance(sub, dict):
                    w.add(where, f"`{key}` must be a table, as in the English file.", here)
                    continue
                out[key] = _table(w, value, sub, _below(where, key), here)
            elif isinstance(value, list):
                out[key] = _tables(w, key, value, other.get(key, []), where, here)
    return out


def _has_nested_tables(value: Any) -> bool:
    if isinstance(value, dict):
        return any(isinstance(v, dict | list) for v in value.values())
    if isinstance(value, list):
        return any(isinstance(v, dict) for v in value)
    return False


def _tables(w: _Walk, key: str, english: list[Any], other: Any, where: str, line: int | None) -> list[Any]:
    """A list of tables: by ``id``/``code`` when every English table has one, else by position."""
    label = _below(where, key)
    if not isinstance(other, list) or not all(isinstance(o, dict) for o in other):
        w.add(where, f"`{key}` must be a list of tables, as in the English file.", line)
        return english
    if not all(isinstance(e, dict) for e in english):
        w.add(where, f"`{key}` cannot be translated.", line)
        return english
    match_key = next((k for k in _MATCH_KEYS if all(isinstance(e.get(k), str) for e in english)), None)
    if match_key is None:
        if len(other) != len(english):
            w.add(label, f"has {len(other)} tables; the English file has {len(english)}.", line)
            return english
        return [
            _table(w, e, o, f"{label} {i + 1}", line)
            for i, (e, o) in enumerate(zip(english, other, strict=True))
        ]
    by_id: dict[str, dict[str, Any]] = {}
    for index, o in enumerate(other):
        oid = o.get(match_key)
        if not isinstance(oid, str) or oid in by_id:
            w.add(label, f"table {index + 1}: a missing or repeated `{match_key}`.", line)
            continue
        by_id[oid] = o
    known = {e[match_key] for e in english}
    for oid in by_id.keys() - known:
        w.add(label, f"`{match_key}` '{oid}' is not in the English file.", w.chk.id_line(oid) or line)
    out = []
    for e in english:
        eid = e[match_key]
        id_line = w.chk.id_line(eid) if match_key == "id" else line
        if eid not in by_id:
            if _has_texts(e, w.texts):
                w.add(f"{label} {eid}", "has no translation.", line)
            out.append(e)
            continue
        out.append(_table(w, e, by_id[eid], f"{label} {eid}", id_line or line, match_key))
    return out


def overlay(
    english: Document, translation: Document, texts: frozenset[str], language: str
) -> tuple[dict[str, Any], list[Problem]]:
    """The English data with the translation's texts laid over it, and every problem."""
    w = _Walk(texts, translation.origin, SourceChecker(translation.text, translation.origin))
    meta = translation.data
    stated = meta.get("language")
    if stated is not None and stated != language:
        w.add("", f'`language` must be "{language}", as in the file name.', w.chk.key_line("language"))
    for key in ("translation_source", "translation_note"):
        if key in meta and (not isinstance(meta[key], str) or not meta[key].strip()):
            w.add("", f"`{key}` must be text.", w.chk.key_line(key))
    merged = _table(w, english.data, meta, "", None)
    if "language" in english.data:
        merged["language"] = language
    return merged, w.problems


def find_translation(path: Path, language: str) -> tuple[str, Path] | None:
    for tag in candidates(language):
        candidate = translation_path(path, tag)
        if candidate.is_file():
            return tag, candidate
    return None


def localize(
    doc: Document,
    path: Path | None,
    texts: frozenset[str],
    *,
    language: str | None = None,
    error: type[ContentError] = ContentError,
    translation: Document | None = None,
) -> Document:
    """``doc`` in ``language`` (default :func:`kapjournal.i18n.language`).

    The translation is ``translation`` when given (a pack's translation kept in the
    journal), else the file beside ``path``; none found means ``doc`` as it is. A
    translation with any problem raises ``error`` listing them all.
    """
    wanted = language or i18n.language()
    if not _LANGUAGE.match(wanted) or base_language(doc.data) in candidates(wanted):
        return doc
    if translation is None:
        found = find_translation(path, wanted) if path is not None else None
        if found is None:
            return doc
        wanted, file = found
        translation = read_toml(file, error=error)
    try:
        merged, problems = overlay(doc, translation, texts, wanted)
    except (AttributeError, TypeError, ValueError, IndexError) as exc:  # a shape no rule foresaw
        raise error.one(translation.origin, f"unexpected structure ({type(exc).__name__})") from None
    if problems:
        raise error(problems)
    return Document(merged, doc.text, doc.origin)


def load(
    parse: Callable[[dict[str, Any], str], T],
    path: Path | None = None,
    *,
    resource: tuple[str, ...] = (),
    error: type[ContentError] = ContentError,
    texts: frozenset[str] = frozenset(),
    language: str | None = None,
) -> T:
    """Read a data file (``path``, or ``resources/<resource...>``) and ``parse`` it.

    ``parse(data, origin)`` checks the top-level table with the field checkers and
    returns the module's model. A shape the checkers did not foresee (a table where a
    value was expected, ...) still ends as ``error`` naming the file.

    ``texts`` names the fields a person reads: the translation beside the file
    (``<name>.<language>.toml``) replaces them when one exists for ``language``
    (default: :func:`kapjournal.i18n.language`).
    """
    source = resolve(path, *resource)
    doc = read_toml(source, error=error)
    if texts:
        doc = localize(doc, source, texts, language=language, error=error)
    try:
        return parse(doc.data, doc.origin)
    except (AttributeError, TypeError) as exc:
        raise error.one(doc.origin, f"unexpected structure ({exc})") from None
