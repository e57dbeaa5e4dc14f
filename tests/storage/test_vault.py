"""The lock-state service without widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from kapjournal.paths import resolve_paths
from kapjournal.prefs import Preferences
from kapjournal.storage.errors import WrongSecret
from kapjournal.storage.keychain import NullSecretStore
from kapjournal.vault import DeviceUnlock, PolicyError, Vault
from tests.conftest import PASS


def make_vault(tmp_path: Path, secrets=None) -> Vault:  # type: ignore[no-untyped-def]
    paths = resolve_paths(tmp_path / "data")
    return Vault(paths.journal_dir, Preferences(paths), secrets or NullSecretStore())


def test_create_refuses_weak_passphrase(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    with pytest.raises(PolicyError):
        vault.create("password1")
    assert not vault.exists()


def test_growing_delay_after_failures(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    vault.create(PASS)
    vault.lock()
    delays = []
    for _ in range(5):
        vault._next_attempt_at = 0  # do not wait in the test; the delay is what we check
        with pytest.raises(WrongSecret):
            vault.unlock("wrong passphrase here")
        delays.append(vault.delay_for(vault.failures()))
    assert delays[:2] == [0.0, 0.0]
    assert delays[2] > 0 and delays[3] > delays[2] and delays[4] > delays[3]
    with pytest.raises(WrongSecret, match="wait"):
        vault.unlock(PASS)  # still inside the delay: refused without trying
    # The wait survives a restart of the app (a new Vault on the same preferences).
    again = Vault(vault.folder, vault.prefs, vault.secrets)
    assert again.seconds_until_next_attempt() > 0
    vault._next_attempt_at = 0
    vault.unlock(PASS)
    assert vault.failures() == 0
    assert Vault(vault.folder, vault.prefs, vault.secrets).seconds_until_next_attempt() == 0


def test_remember_and_stale_key(tmp_path: Path, secret_store) -> None:  # type: ignore[no-untyped-def]
    vault = make_vault(tmp_path, secret_store)
    vault.create(PASS)
    vault.remember()
    vault.lock()
    assert vault.unlock_with_saved_key() is DeviceUnlock.OPENED
    # The device slot goes away (e.g. a restored key file): the saved key is stale.
    assert vault.journal is not None
    vault.journal.remove_device_slot()
    vault.lock()
    assert vault.unlock_with_saved_key() is DeviceUnlock.STALE
    vault.unlock(PASS)
    vault.remember()  # the "update" offer
    vault.lock()
    assert vault.unlock_with_saved_key() is DeviceUnlock.OPENED
    vault.forget()
    assert secret_store.get(vault.journal_id()) is None
    vault.lock()
    assert vault.unlock_with_saved_key() is DeviceUnlock.NOT_SAVED


def test_change_passphrase_and_recovery(tmp_path: Path) -> None:
    vault = make_vault(tmp_path)
    code = vault.create(PASS)
    with pytest.raises(WrongSecret):
        vault.change_passphrase("not the current one", "another calm meadow sentence")
    vault.change_passphrase(PASS, "another calm meadow sentence")
    vault.lock()
    with pytest.raises(WrongSecret):
        vault.unlock(PASS)
    vault._next_attempt_at = 0
    vault.unlock_with_recovery(code, "third gentle harbour evening")
    vault.lock()
    vault.unlock("third gentle harbour evening")
    assert vault.is_open


def test_delete_removes_everything(tmp_path: Path, secret_store) -> None:  # type: ignore[no-untyped-def]
    vault = make_vault(tmp_path, secret_store)
    vault.create(PASS)
    vault.remember()
    assert vault.journal is not None
    vault.journal.auto_backup(force=True)
    journal_id = vault.journal_id()
    vault.delete(PASS)
    left = sorted(p.name for p in vault.folder.iterdir())
    assert left == ["preferences.ini"]
    assert secret_store.get(journal_id) is None
