"""The keychain against the real Secret Service (gnome-keyring on a private D-Bus).

``scripts/test.sh`` runs the suite inside ``dbus-run-session`` with an unlocked
gnome-keyring-daemon and sets ``KAPJOURNAL_REQUIRE_KEYCHAIN=1``, so there these tests
fail rather than skip when the service cannot be reached. Elsewhere they skip with
the reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kapjournal.storage import keyslots
from kapjournal.storage.errors import WrongSecret
from kapjournal.storage.journal import create_journal, unlock_journal
from kapjournal.storage.keychain import SERVICE, Availability, KeyringSecretStore

pytestmark = pytest.mark.keychain

REQUIRE_ENV = "KAPJOURNAL_REQUIRE_KEYCHAIN"


def _secret_service_problem() -> str:
    """Empty when the Secret Service answers; otherwise why not."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session bus (run under dbus-run-session, as scripts/test.sh does)"
    try:
        from keyring.backends import SecretService

        priority = SecretService.Keyring.priority
    except Exception as exc:  # any failure means "not reachable"
        return f"Secret Service not reachable: {type(exc).__name__}: {exc}"
    if float(priority) <= 0:
        return "Secret Service backend reports itself unusable"
    return ""


@pytest.fixture
def store() -> KeyringSecretStore:
    problem = _secret_service_problem()
    if problem:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {problem}")
        pytest.skip(problem)
    from keyring.backends import SecretService

    return KeyringSecretStore(SecretService.Keyring())


@pytest.fixture
def journal_key_id(store: KeyringSecretStore) -> Iterator[str]:
    """A unique id; its entry is removed afterwards whatever the test did."""
    journal_id = "test-" + uuid.uuid4().hex
    yield journal_id
    store.delete(journal_id)


def test_secret_service_is_trusted_and_available(store: KeyringSecretStore) -> None:
    assert store.availability() == Availability(True)
    assert store.backend_name() == "keyring.backends.SecretService.Keyring"


def test_round_trip(store: KeyringSecretStore, journal_key_id: str) -> None:
    secret = keyslots.new_device_secret()
    assert store.get(journal_key_id) is None
    store.set(journal_key_id, secret)
    assert store.get(journal_key_id) == secret
    # Stored under our service name, visible to other keyring clients of the session.
    from keyring.backends import SecretService

    assert SecretService.Keyring().get_password(SERVICE, journal_key_id) == secret
    store.delete(journal_key_id)
    assert store.get(journal_key_id) is None
    store.delete(journal_key_id)  # absent: still fine


def test_default_backend_resolves_to_secret_service(store: KeyringSecretStore) -> None:
    import keyring
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    try:
        default = KeyringSecretStore()
        assert default.availability().available
        assert default.backend_name() == "keyring.backends.SecretService.Keyring"
    finally:
        keyring.set_keyring(previous)


def test_discovered_chain_narrows_to_secret_service(store: KeyringSecretStore) -> None:
    """With keyrings.alt installed, keyring's own choice is a chain that also holds a
    plaintext file backend; we use only its trusted member."""
    from keyring.backends.chainer import ChainerBackend

    chained = KeyringSecretStore(ChainerBackend())
    assert chained.availability() == Availability(True)
    assert chained.backend_name() == "keyring.backends.SecretService.Keyring"


def test_remember_on_this_computer_flow(
    store: KeyringSecretStore, journal_dir: Path, passphrase: str
) -> None:
    journal, _recovery = create_journal(journal_dir, passphrase)
    journal_id = journal.journal_id
    try:
        secret = journal.add_device_slot()
        store.set(journal_id, secret)
    finally:
        journal.close()
    try:
        remembered = store.get(journal_id)
        assert remembered == secret
        reopened = unlock_journal(journal_dir, "device", remembered)
        assert reopened.journal_id == journal_id
        reopened.remove_device_slot()
        reopened.close()
        stale = store.get(journal_id)
        assert stale is not None
        with pytest.raises(WrongSecret):
            unlock_journal(journal_dir, "device", stale)
        # The passphrase still opens it.
        unlock_journal(journal_dir, "passphrase", passphrase).close()
    finally:
        store.delete(journal_id)
    assert store.get(journal_id) is None
