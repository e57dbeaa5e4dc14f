"""The application context: built once at start-up and passed into constructors."""

from __future__ import annotations

from dataclasses import dataclass, field

from kapjournal.paths import Paths
from kapjournal.prefs import Preferences
from kapjournal.storage.keychain import KeyringSecretStore, SecretStore


@dataclass
class AppContext:
    paths: Paths
    prefs: Preferences
    secrets: SecretStore
    #: Milliseconds to wait for the keychain before falling back to the passphrase.
    keychain_timeout_ms: int = 5000
    extras: dict[str, object] = field(default_factory=dict)

    @classmethod
    def create(cls, paths: Paths, secrets: SecretStore | None = None) -> AppContext:
        return cls(paths=paths, prefs=Preferences(paths), secrets=secrets or KeyringSecretStore())
