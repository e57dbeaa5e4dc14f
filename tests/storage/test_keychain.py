"""The keychain wrapper with in-memory, refused and failing backends (no real service).

The real Secret Service is exercised in ``test_keychain_secretservice.py``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import ClassVar

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail
from keyring.backends.chainer import ChainerBackend
from keyrings.alt.file import PlaintextKeyring

from kapjournal.storage import keyslots
from kapjournal.storage.keychain import (
    MAX_SECRET_BYTES,
    SERVICE,
    Availability,
    KeychainError,
    KeyringSecretStore,
    NullSecretStore,
    SecretStore,
)

JOURNAL_ID = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
SECRET = "Zq7SECRETxK9-not-to-be-shown"


def _plaintext_keyring(tmp_path: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")  # instance-level override
    return backend


# -- protocol and null store ------------------------------------------------------------
def test_both_stores_satisfy_the_protocol(secret_store: KeyringSecretStore) -> None:
    stores: list[SecretStore] = [secret_store, NullSecretStore()]
    for store in stores:
        assert isinstance(store.availability(), Availability)


def test_null_store_asks_every_time() -> None:
    store = NullSecretStore("Not on this computer.")
    assert store.availability() == Availability(False, "Not on this computer.")
    assert store.get(JOURNAL_ID) is None
    store.delete(JOURNAL_ID)  # nothing to forget, no error
    with pytest.raises(KeychainError, match="Not on this computer"):
        store.set(JOURNAL_ID, SECRET)


# -- refused and missing backends --------------------------------------------------------
def test_fail_backend_is_unavailable_with_a_reason() -> None:
    store = KeyringSecretStore(fail.Keyring())
    availability = store.availability()
    assert availability.available is False
    assert availability.reason == "No secure keychain is available on this computer."
    assert store.backend_name() == ""
    with pytest.raises(KeychainError, match="No secure keychain") as info:
        store.set(JOURNAL_ID, SECRET)
    assert info.value.__cause__ is None
    with pytest.raises(KeychainError):
        store.get(JOURNAL_ID)


def test_default_backend_fail_keyring_is_unavailable() -> None:
    """What ``PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring`` gives."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = KeyringSecretStore()
        assert store.availability() == Availability(
            False, "No secure keychain is available on this computer."
        )
    finally:
        keyring.set_keyring(previous)


def test_plaintext_file_backend_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    backend = _plaintext_keyring(tmp_path)
    store = KeyringSecretStore(backend)
    availability = store.availability()
    assert availability.available is False
    assert "plain file" in availability.reason
    with pytest.raises(KeychainError, match="plain file"):
        store.set(JOURNAL_ID, SECRET)
    with pytest.raises(KeychainError, match="plain file"):
        store.get(JOURNAL_ID)
    assert not Path(backend.file_path).exists()
    assert list(tmp_path.iterdir()) == []


def test_plaintext_backend_chosen_by_keyring_is_refused(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(_plaintext_keyring(tmp_path))
    try:
        store = KeyringSecretStore()
        assert "plain file" in store.availability().reason
        with pytest.raises(KeychainError):
            store.set(JOURNAL_ID, SECRET)
    finally:
        keyring.set_keyring(previous)
    assert list(tmp_path.iterdir()) == []


def test_chainer_of_untrusted_backends_is_refused(tmp_path: Path) -> None:
    plain = _plaintext_keyring(tmp_path)

    class UntrustedChain(ChainerBackend):
        backends: ClassVar[list[object]] = [plain, fail.Keyring()]  # type: ignore[assignment]

    store = KeyringSecretStore(UntrustedChain())
    availability = store.availability()
    assert availability.available is False
    assert "plain file" in availability.reason
    with pytest.raises(KeychainError):
        store.set(JOURNAL_ID, SECRET)
    assert list(tmp_path.iterdir()) == []


def test_chainer_without_members_is_refused() -> None:
    class EmptyChain(ChainerBackend):
        backends: ClassVar[list[object]] = []  # type: ignore[assignment]

    availability = KeyringSecretStore(EmptyChain()).availability()
    assert availability == Availability(False, "No secure keychain is available on this computer.")


def test_untrusted_in_memory_backend_is_refused(
    memory_keyring: keyring.backend.KeyringBackend,
) -> None:
    store = KeyringSecretStore(memory_keyring)  # trust_backend defaults to False
    assert store.availability().available is False
    with pytest.raises(KeychainError):
        store.set(JOURNAL_ID, SECRET)
    assert memory_keyring.store == {}  # type: ignore[attr-defined]


def test_secret_service_without_dbus_is_unavailable_without_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The Secret Service backend raises from ``priority`` when no daemon answers."""
    from keyring.backends import SecretService

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    store = KeyringSecretStore(SecretService.Keyring())
    availability = store.availability()
    assert availability == Availability(False, "The system keychain is not running.")
    with pytest.raises(KeychainError, match="not running"):
        store.set(JOURNAL_ID, SECRET)


# -- round trip with the in-memory backend --------------------------------------------
def test_set_get_delete_round_trip(secret_store: KeyringSecretStore, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    assert secret_store.availability() == Availability(True)
    assert secret_store.get(JOURNAL_ID) is None
    secret_store.set(JOURNAL_ID, SECRET)
    assert memory_keyring.store == {(SERVICE, JOURNAL_ID): SECRET}
    assert secret_store.get(JOURNAL_ID) == SECRET
    secret_store.set(JOURNAL_ID, SECRET + "2")  # replacing is allowed
    assert secret_store.get(JOURNAL_ID) == SECRET + "2"
    secret_store.delete(JOURNAL_ID)
    assert secret_store.get(JOURNAL_ID) is None
    assert memory_keyring.store == {}


def test_entries_are_per_journal(secret_store: KeyringSecretStore) -> None:
    other = "ffeeddccbbaa99887766554433221100"
    secret_store.set(JOURNAL_ID, "one")
    secret_store.set(other, "two")
    secret_store.delete(JOURNAL_ID)
    assert secret_store.get(JOURNAL_ID) is None
    assert secret_store.get(other) == "two"


def test_deleting_an_absent_entry_is_fine(secret_store: KeyringSecretStore) -> None:
    secret_store.delete(JOURNAL_ID)
    secret_store.delete(JOURNAL_ID)
    assert secret_store.get(JOURNAL_ID) is None


def test_device_secret_fits_every_keychain(secret_store: KeyringSecretStore) -> None:
    secret = keyslots.new_device_secret()
    assert 32 <= len(secret.encode("utf-8")) <= MAX_SECRET_BYTES == 2560
    assert secret != keyslots.new_device_secret()
    secret_store.set(JOURNAL_ID, secret)
    assert secret_store.get(JOURNAL_ID) == secret


def test_oversized_secret_is_refused(secret_store: KeyringSecretStore, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    secret_store.set(JOURNAL_ID, "x" * MAX_SECRET_BYTES)  # exactly the limit is fine
    with pytest.raises(KeychainError, match="too long") as info:
        secret_store.set(JOURNAL_ID, "é" * (MAX_SECRET_BYTES // 2 + 1))  # counted in bytes
    assert "é" not in str(info.value)
    assert memory_keyring.store[(SERVICE, JOURNAL_ID)] == "x" * MAX_SECRET_BYTES


def test_empty_secret_and_id_are_refused(secret_store: KeyringSecretStore) -> None:
    with pytest.raises(KeychainError):
        secret_store.set(JOURNAL_ID, "")
    with pytest.raises(KeychainError):
        secret_store.set("", SECRET)
    with pytest.raises(KeychainError):
        secret_store.get("")


# -- a backend that fails -------------------------------------------------------------
class RaisingKeyring(keyring.backend.KeyringBackend):
    """Fails every call with a message that (badly) echoes its arguments."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, error: type[Exception] = RuntimeError) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error(f"backend exploded reading {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error(f"backend exploded storing {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise self.error(f"backend exploded deleting {username}")


def test_backend_raising_on_get_gives_keychain_error(caplog: pytest.LogCaptureFixture) -> None:
    store = KeyringSecretStore(RaisingKeyring(), trust_backend=True)
    with caplog.at_level(logging.DEBUG), pytest.raises(KeychainError) as info:
        store.get(JOURNAL_ID)
    assert str(info.value) == "The system keychain did not answer."
    assert info.value.__cause__ is None
    assert info.value.__suppress_context__ is True
    assert "exploded" not in caplog.text


def test_backend_raising_on_set_never_shows_the_secret(caplog: pytest.LogCaptureFixture) -> None:
    store = KeyringSecretStore(RaisingKeyring(), trust_backend=True)
    with caplog.at_level(logging.DEBUG), pytest.raises(KeychainError) as info:
        store.set(JOURNAL_ID, SECRET)
    assert SECRET not in str(info.value)
    assert SECRET not in repr(info.value)
    assert SECRET not in caplog.text
    assert "RuntimeError" in caplog.text  # the type is logged, for support


def test_backend_raising_on_delete_is_an_error_not_silence() -> None:
    store = KeyringSecretStore(RaisingKeyring(), trust_backend=True)
    with pytest.raises(KeychainError, match="did not answer"):
        store.delete(JOURNAL_ID)


def test_locked_keychain_says_so() -> None:
    store = KeyringSecretStore(RaisingKeyring(keyring.errors.KeyringLocked), trust_backend=True)
    with pytest.raises(KeychainError, match="locked"):
        store.get(JOURNAL_ID)
