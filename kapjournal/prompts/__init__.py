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

The package: :mod:`.model` (format, model, errors), :mod:`.packs` (read, validate,
shipped packs), :mod:`.library` (imported and chosen packs, import policy),
:mod:`.answers` (checking answers) and :mod:`.traps` (CBT thinking traps).

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
``chosen_pack(db, kind)``          the pack picked in Settings, else the shipped default
``validate_answers(pack, answers)`` check an answers dict against a pack's prompts
``thinking_traps()``               the CBT thinking traps in ``resources/cbt/``

Entries keep the ``pack_id``/``pack_version`` they were written with, and their
answers stay in the entry whatever happens to the pack.
"""

from __future__ import annotations

from kapjournal.prompts.answers import validate_answers
from kapjournal.prompts.library import (
    available_packs,
    check_import,
    chosen_pack,
    get_pack,
    import_pack,
    imported_packs,
    remove_imported,
    set_chosen_pack,
    version_key,
)
from kapjournal.prompts.model import (
    ANSWER_LIMITS,
    ID_PATTERN,
    INPUT_TYPES,
    KINDS,
    LANGUAGE_PATTERN,
    MAX_CHOICES,
    MAX_PACK_BYTES,
    MAX_PROMPTS,
    RESERVED_PREFIX,
    TEXT_INPUTS,
    TEXT_LIMITS,
    VERSION_PATTERN,
    WHEN_PATTERN,
    ImportResult,
    PackError,
    PackProblem,
    Prompt,
    PromptPack,
)
from kapjournal.prompts.packs import (
    checked_text,
    load_pack,
    read_limited,
    shipped_dir,
    shipped_pack,
    shipped_packs,
    sorted_packs,
    validate,
)
from kapjournal.prompts.traps import ThinkingTrap, thinking_traps

__all__ = [
    "ANSWER_LIMITS",
    "ID_PATTERN",
    "INPUT_TYPES",
    "KINDS",
    "LANGUAGE_PATTERN",
    "MAX_CHOICES",
    "MAX_PACK_BYTES",
    "MAX_PROMPTS",
    "RESERVED_PREFIX",
    "TEXT_INPUTS",
    "TEXT_LIMITS",
    "VERSION_PATTERN",
    "WHEN_PATTERN",
    "ImportResult",
    "PackError",
    "PackProblem",
    "Prompt",
    "PromptPack",
    "ThinkingTrap",
    "available_packs",
    "check_import",
    "checked_text",
    "chosen_pack",
    "get_pack",
    "import_pack",
    "imported_packs",
    "load_pack",
    "read_limited",
    "remove_imported",
    "set_chosen_pack",
    "shipped_dir",
    "shipped_pack",
    "shipped_packs",
    "sorted_packs",
    "thinking_traps",
    "validate",
    "validate_answers",
    "version_key",
]
