"""The CBT thinking traps (``resources/cbt/thinking_traps.toml``), read and validated."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kapjournal.content import SourceChecker, localize, read_toml, resolve
from kapjournal.prompts.model import ID_PATTERN, TEXT_LIMITS, PackError


@dataclass(frozen=True)
class ThinkingTrap:
    id: str
    name: str
    description: str


#: The fields a person reads; ``thinking_traps.<language>.toml`` translates them.
TRAP_TEXTS = frozenset({"name", "description"})


def thinking_traps(path: Path | None = None, language: str | None = None) -> list[ThinkingTrap]:
    """The CBT thinking traps (``resources/cbt/thinking_traps.toml``), validated, in
    ``language`` (default: the one in use)."""
    source = resolve(path, "cbt", "thinking_traps.toml")
    doc = read_toml(source, error=PackError)
    doc = localize(doc, source, TRAP_TEXTS, language=language, error=PackError)
    data, chk = doc.data, SourceChecker.of(doc)
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
        name = chk.text(
            raw.get("name"), f"trap `{tid}`: `name`", line, limit=TEXT_LIMITS["name"], required=True
        )
        desc = chk.text(
            raw.get("description"),
            f"trap `{tid}`: `description`",
            line,
            limit=TEXT_LIMITS["help"],
            required=True,
        )
        if name and desc:
            traps.append(ThinkingTrap(tid, name, desc))
    if chk.problems:
        raise PackError(chk.problems)
    return traps
