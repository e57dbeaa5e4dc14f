"""``--keychain`` on the command line: search, check and export unlock with the device key
remembered in the system keychain ("Remember on this computer"), an in-memory keyring
here (the real Secret Service runs under scripts/test.sh); a clear one-line reason and
exit 1 when nothing usable is remembered. The passphrase still comes only from stdin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kapjournal import cli
from kapjournal.paths import Paths
from kapjournal.prefs import Preferences
from kapjournal.storage.keychain import SERVICE, KeyringSecretStore
from kapjournal.vault import Vault
from tests._helpers import demo_journal
from tests._helpers import run_cli as run
from tests.conftest import InMemoryKeyring
from tests.storage.test_keychain import RaisingKeyring

PASS = "correct horse battery staple"


@pytest.fixture
def journal_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    return demo_journal(monkeypatch, capsys, tmp_path / "demo", PASS, days=20)


def remember(folder: Path, keyring: InMemoryKeyring) -> None:
    """What ticking "Remember on this computer" in the app does."""
    vault = Vault(folder, Preferences(Paths(folder)), KeyringSecretStore(keyring, trust_backend=True))
    vault.unlock(PASS)
    vault.remember()
    vault.lock()


@pytest.fixture
def keyring_in_use(monkeypatch: pytest.MonkeyPatch) -> InMemoryKeyring:
    keyring = InMemoryKeyring()
    monkeypatch.setattr(cli, "KEYCHAIN_BACKEND", keyring)
    return keyring


def test_search_check_export_with_the_remembered_key(
    journal_dir: Path, tmp_path: Path, keyring_in_use: InMemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    remember(journal_dir, keyring_in_use)
    by_pass = run(monkeypatch, capsys, "search", "--data-dir", str(journal_dir), "--passphrase-stdin",
                  "river", stdin=PASS + "\n")
    # Standard input is not read: what is there is left alone.
    by_key = run(monkeypatch, capsys, "search", "--data-dir", str(journal_dir), "--keychain", "river",
                 stdin="not the passphrase\n")
    assert by_key == by_pass and by_key[0] == 0 and by_key[1].strip()
    code, out, err = run(monkeypatch, capsys, "check", "--data-dir", str(journal_dir), "--keychain")
    assert (code, err) == (0, "") and "whole" in out
    target = tmp_path / "all.json"
    code, _, err = run(monkeypatch, capsys, "export", "--data-dir", str(journal_dir), "--keychain",
                       "--format", "json", "--out", str(target))
    assert code == 0, err
    assert len(json.loads(target.read_text("utf-8"))["tables"]["entry"]) >= 20


def test_nothing_remembered_says_so_in_one_line(
    journal_dir: Path, tmp_path: Path, keyring_in_use: InMemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(monkeypatch, capsys, "search", "--data-dir", str(journal_dir), "--keychain", "river",
                         stdin=PASS + "\n")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "does not remember a key" in err and "--passphrase-stdin" in err
    code, _, err = run(monkeypatch, capsys, "check", "--data-dir", str(tmp_path / "nothing"), "--keychain")
    assert (code, err) == (1, "There is no journal in this folder.\n")


def test_a_stale_key_is_named_and_counts_no_failure(
    journal_dir: Path, keyring_in_use: InMemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    remember(journal_dir, keyring_in_use)
    (key,) = keyring_in_use.store
    assert key[0] == SERVICE
    keyring_in_use.store[key] = "A" * 44  # another device secret: opens no slot
    for _ in range(4):
        code, out, err = run(monkeypatch, capsys, "check", "--data-dir", str(journal_dir), "--keychain")
        assert (code, out) == (1, "") and err.count("\n") == 1 and "no longer opens" in err
    assert Preferences(Paths(journal_dir)).get("unlock/failures") == 0
    code, _, err = run(monkeypatch, capsys, "check", "--data-dir", str(journal_dir), "--passphrase-stdin",
                       stdin=PASS + "\n")
    assert code == 0, err  # no growing delay was started by the keychain


def test_an_unreadable_keychain_leaves_the_journal_locked(
    journal_dir: Path, keyring_in_use: InMemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    remember(journal_dir, keyring_in_use)
    monkeypatch.setattr(cli, "KEYCHAIN_BACKEND", RaisingKeyring())
    code, out, err = run(monkeypatch, capsys, "search", "--data-dir", str(journal_dir), "--keychain", "river")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "stays locked" in err and "did not answer" in err
    assert "exploded" not in err and "Traceback" not in err


def test_keychain_usage(journal_dir: Path, tmp_path: Path, keyring_in_use: InMemoryKeyring,
                        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    remember(journal_dir, keyring_in_use)
    both = run(monkeypatch, capsys, "check", "--data-dir", str(journal_dir), "--keychain",
               "--passphrase-stdin", stdin=PASS + "\n")
    assert both[0] == 2  # one way to unlock, not two
    assert run(monkeypatch, capsys, "check", "--data-dir", str(journal_dir))[0] == 2  # and not none
    # Commands that change the journal's keys or contents still need the passphrase.
    for args in (["passphrase"], ["restore", str(tmp_path / "b.kapbackup")], ["demo"]):
        code, _, _ = run(monkeypatch, capsys, args[0], "--data-dir", str(journal_dir), "--keychain",
                         *args[1:])
        assert code == 2
