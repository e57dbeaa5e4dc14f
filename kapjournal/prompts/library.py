"""The journal's packs: the shipped ones, those a therapist handed the patient (imported,
kept inside the encrypted journal in setting ``prompts/imported``, with the translations
they came with in ``prompts/translations``), and the pack the patient picked for each
kind (setting ``prompts/chosen``).

Import policy: an imported pack may not use a shipped pack's id, nor the reserved prefix
``kapjournal.``. Importing a pack whose id is already imported replaces it when the new
version is the same or newer; an *older* version is refused (remove the imported pack
first to go back). On any refusal the journal is unchanged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from kapjournal import i18n, prefs
from kapjournal.content import SourceChecker
from kapjournal.content.overlay import candidates
from kapjournal.prompts.model import KINDS, RESERVED_PREFIX, ImportResult, PackError, PackProblem, PromptPack
from kapjournal.prompts.packs import (
    load_pack,
    read_limited,
    shipped_pack,
    shipped_packs,
    sorted_packs,
    translations_beside,
)
from kapjournal.storage.db import Database
from kapjournal.storage.errors import QT_TR_NOOP, InvalidData

logger = logging.getLogger(__name__)


def _stored(db: Database) -> dict[str, str]:
    value = prefs.journal_value(db, prefs.PROMPTS_IMPORTED)
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def _stored_translations(db: Database) -> dict[str, dict[str, str]]:
    value = prefs.journal_value(db, prefs.PROMPTS_TRANSLATIONS)
    return {
        k: {lang: t for lang, t in v.items() if isinstance(lang, str) and isinstance(t, str)}
        for k, v in value.items()
        if isinstance(k, str) and isinstance(v, dict)
    }


def _load_imported(text: str, translations: dict[str, str]) -> PromptPack:
    """An imported pack in the language in use when it came with that translation; as
    written when not, or when the translation no longer validates (logged)."""
    raw = text.encode("utf-8")
    for tag in candidates(i18n.language()):
        if tag in translations:
            try:
                return load_pack(
                    raw, "imported pack", language=tag, translation=translations[tag].encode("utf-8")
                )
            except PackError:
                logger.warning("an imported prompt pack's translation no longer validates; shown as written")
    return load_pack(raw, "imported pack")


def imported_packs(db: Database) -> list[PromptPack]:
    """The packs imported into this journal, re-validated on every read, in the language
    in use when the pack brought that translation."""
    packs = []
    translations = _stored_translations(db)
    for pack_id, text in _stored(db).items():
        try:
            pack = _load_imported(text, translations.get(pack_id, {}))
        except PackError:
            logger.warning("an imported prompt pack no longer validates; it is hidden")
            continue
        if pack.id != pack_id:
            continue
        packs.append(replace(pack, origin="imported"))
    return sorted_packs(packs)


def version_key(version: str) -> tuple[int, ...]:
    """``"1.10"`` -> ``(1, 10, 0, 0)``, so versions compare numerically."""
    parts = [int(p) for p in version.split(".")]
    return tuple(parts + [0] * (4 - len(parts)))


def _refusal(pack: PromptPack, key: str, message: str) -> PackError:
    chk = SourceChecker(pack.toml_text, pack.origin)
    return PackError([PackProblem(pack.origin, chk.key_line(key), message)])


def translations_of(raw: bytes | Path) -> dict[str, bytes]:
    """The translation files that came beside a pack file (``pack.de.toml``), read with
    the pack's size limit; none for a pack given as bytes."""
    if not isinstance(raw, Path):
        return {}
    return {tag: read_limited(path) for tag, path in translations_beside(raw).items()}


def check_import(
    raw: bytes | Path,
    origin: str | None = None,
    *,
    shipped_ids: Iterable[str] | None = None,
    translations: Mapping[str, bytes] | None = None,
) -> PromptPack:
    """The checks a therapist's pack must pass to be imported, without storing it.

    :func:`load_pack`, each of its ``translations`` laid over it (default: the files
    beside a pack file, so a therapist hears about a broken one at once), then no
    shipped id and not the ``kapjournal.`` prefix. Used by :func:`import_pack`
    (Settings) and for packs that arrive inside a full journal export
    (:mod:`kapjournal.exporters.exchange`), so both refuse exactly the same packs.
    Raises :class:`PackError`. ``shipped_ids`` overrides the shipped list.
    """
    pack = load_pack(raw, origin)
    found = translations_of(raw) if translations is None else translations
    for tag, text in found.items():
        load_pack(raw, origin, language=tag, translation=text)
    shipped = set(shipped_ids) if shipped_ids is not None else {p.id for p in shipped_packs()}
    if pack.id in shipped or pack.id.startswith(RESERVED_PREFIX):
        raise _refusal(
            pack,
            "id",
            f"the id `{pack.id}` belongs to a pack that ships with KAP Journal; "
            "give the imported pack its own id.",
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
    translations = translations_of(raw)
    pack = check_import(raw, origin, shipped_ids=shipped_ids, translations=translations)
    stored = _stored(db)
    replaced: str | None = None
    if pack.id in stored:
        try:
            old = load_pack(stored[pack.id].encode("utf-8"), "imported pack")
            replaced = old.version
        except PackError:
            replaced = "?"  # an unreadable stored copy is simply replaced
        if replaced != "?" and version_key(pack.version) < version_key(replaced):
            raise _refusal(
                pack,
                "version",
                f"version {pack.version} is older than the imported version "
                f"{replaced}; remove the imported pack first to go back.",
            )
    stored[pack.id] = pack.toml_text
    kept = _stored_translations(db)
    kept.pop(pack.id, None)  # a new version brings its own translations, or none
    if translations:
        kept[pack.id] = {
            tag: text.decode("utf-8").removeprefix("\ufeff") for tag, text in translations.items()
        }
    prefs.set_journal_value(db, prefs.PROMPTS_IMPORTED, stored)
    prefs.set_journal_value(db, prefs.PROMPTS_TRANSLATIONS, kept)
    logger.info("prompt pack imported (replaced: %s)", replaced is not None)
    return ImportResult(replace(pack, origin="imported"), replaced)


def remove_imported(db: Database, pack_id: str) -> bool:
    """Forget an imported pack. Entries written with it keep their answers."""
    stored = _stored(db)
    if pack_id not in stored:
        return False
    del stored[pack_id]
    prefs.set_journal_value(db, prefs.PROMPTS_IMPORTED, stored)
    kept = _stored_translations(db)
    if kept.pop(pack_id, None) is not None:
        prefs.set_journal_value(db, prefs.PROMPTS_TRANSLATIONS, kept)
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
    picks = prefs.journal_value(db, prefs.PROMPTS_CHOSEN) if db is not None else {}
    wanted = picks.get(kind)
    if isinstance(wanted, str) and wanted:
        pack = get_pack(db, wanted)
        if pack is not None and pack.kind == kind:
            return pack
    return shipped_pack(kind)


def set_chosen_pack(db: Database, kind: str, pack_id: str | None) -> None:
    """Pick the pack used for ``kind`` (None or "" goes back to the shipped default)."""
    if kind not in KINDS:
        raise ValueError(f"unknown pack kind {kind!r}")
    stored = prefs.journal_value(db, prefs.PROMPTS_CHOSEN)
    picks = dict(stored)
    if pack_id:
        pack = get_pack(db, pack_id)
        if pack is None or pack.kind != kind:
            raise InvalidData(QT_TR_NOOP("This set of questions is not available."))
        picks[kind] = pack_id
    else:
        picks.pop(kind, None)
    prefs.set_journal_value(db, prefs.PROMPTS_CHOSEN, picks)
