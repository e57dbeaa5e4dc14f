"""Frozen journals (STYLE 11, SECURITY 3): a journal made by an earlier release opens
in this one, with the same content. One folder per released schema version."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kapjournal.exporters import exchange
from kapjournal.storage import keyslots as ks
from kapjournal.storage import repo, schema
from kapjournal.storage.journal import unlock_journal
from tests._helpers import FILES, digest
from tests._helpers.make_frozen import PASSPHRASE, RECOVERY, golden

VERSIONS = sorted(int(p.name.rsplit("v", 1)[1]) for p in FILES.glob("journal-v*") if p.is_dir())


def test_a_frozen_journal_exists_for_every_schema_version() -> None:
    assert list(range(1, schema.LATEST + 1)) == VERSIONS


@pytest.mark.parametrize("version", VERSIONS)
def test_frozen_journal_opens_with_same_content(tmp_path: Path, version: int) -> None:
    source = FILES / f"journal-v{version}"
    before = {p.name: digest(p)[0] for p in source.iterdir()}
    folder = tmp_path / "journal"
    shutil.copytree(source, folder)
    expected = json.loads((FILES / f"journal-v{version}.expected.json").read_text("utf-8"))
    for kind, secret in ((ks.PASSPHRASE, PASSPHRASE), (ks.RECOVERY, RECOVERY.lower())):
        journal = unlock_journal(folder, kind, secret)
        try:
            assert journal.db.user_version == schema.LATEST
            assert journal.db.integrity_problems() == []
            got = golden(exchange.export_all(journal.db))
            assert [h.entry_id for h in repo.search_entries(journal.db, "sadness")]
        finally:
            journal.close()
        assert got["tables"] == expected["tables"]
        assert got["format"] == expected["format"]
    assert {p.name: digest(p)[0] for p in source.iterdir()} == before, "the frozen files changed"
