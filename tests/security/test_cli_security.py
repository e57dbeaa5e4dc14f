"""The support commands of the security issue: ``kapjournal passphrase`` (a key
rotation on the app's code path) and the growing delay after wrong passphrases, which
the command line shares with the app."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from kapjournal.paths import Paths
from kapjournal.prefs import Preferences
from kapjournal.storage import keyslots as ks
from kapjournal.storage import repo
from kapjournal.storage.errors import WrongSecret
from kapjournal.storage.journal import create_journal, unlock_journal
from kapjournal.storage.keychain import NullSecretStore
from kapjournal.storage.models import Entry
from kapjournal.vault import FREE_ATTEMPTS, Vault
from tests._helpers import run_cli as run

PASS = "correct horse battery staple"
NEW = "a brand new river stone passphrase"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    journal, _ = create_journal(folder, PASS)
    repo.insert(journal.db, Entry(body="kept through the change"))
    journal.auto_backup("manual", force=True)
    journal.close()
    return folder


def test_passphrase_command_rotates_the_key(folder: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    old_keys = (folder / "journal.keys").read_bytes()
    code, out, err = run(
        monkeypatch,
        capsys,
        "passphrase",
        "--data-dir",
        str(folder),
        "--passphrase-stdin",
        stdin=f"{PASS}\n{NEW}\n",
    )
    assert code == 0, err
    assert "new key" in out
    with pytest.raises(WrongSecret):
        unlock_journal(folder, ks.PASSPHRASE, PASS)
    journal = unlock_journal(folder, ks.PASSPHRASE, NEW)
    assert [e.body for e in repo.select(journal.db, Entry)] == ["kept through the change"]
    journal.close()
    # The old key file no longer unwraps a key that opens the journal or its backup.
    old_key = ks.KeySlots.from_bytes(old_keys).unwrap(ks.PASSPHRASE, PASS)
    for bundle in (folder / "backups").glob("*.kapbackup"):
        with zipfile.ZipFile(bundle) as zf:
            assert ks.KeySlots.from_bytes(zf.read("journal.keys")).unwrap(ks.PASSPHRASE, NEW) != old_key


def test_passphrase_command_refuses_a_weak_one_and_changes_nothing(folder: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    code, _out, err = run(
        monkeypatch,
        capsys,
        "passphrase",
        "--data-dir",
        str(folder),
        "--passphrase-stdin",
        stdin=f"{PASS}\npassword\n",
    )
    assert code == 1
    assert err.startswith("New passphrase refused:") and err.count("\n") <= 1
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before


def test_passphrase_command_with_a_wrong_current_one(folder: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = run(
        monkeypatch,
        capsys,
        "passphrase",
        "--data-dir",
        str(folder),
        "--passphrase-stdin",
        stdin=f"not it at all\n{NEW}\n",
    )
    assert code == 1 and "does not open" in err
    unlock_journal(folder, ks.PASSPHRASE, PASS).close()


def test_cli_failures_count_toward_the_apps_delay(folder: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import types

    from kapjournal import vault as vault_module

    # A stopped clock: the delay is measured against it, never against the machine's.
    monkeypatch.setattr(vault_module, "time", types.SimpleNamespace(time=lambda: 1_000_000.0))
    for _ in range(FREE_ATTEMPTS):
        code, _out, err = run(
            monkeypatch,
            capsys,
            "check",
            "--data-dir",
            str(folder),
            "--passphrase-stdin",
            stdin="wrong passphrase here\n",
        )
        assert code == 1
    # Now even the right passphrase must wait, on the command line ...
    code, _out, err = run(
        monkeypatch, capsys, "check", "--data-dir", str(folder), "--passphrase-stdin", stdin=PASS + "\n"
    )
    assert code == 1 and "Please wait" in err
    # ... and in the app, which reads the same count from the folder's preferences.
    vault = Vault(folder, Preferences(Paths(folder)), NullSecretStore())
    assert vault.failures() == FREE_ATTEMPTS
    assert vault.seconds_until_next_attempt() > 0
