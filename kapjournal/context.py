"""The application context: built once at start-up and passed into constructors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kapjournal.paths import Paths
from kapjournal.prefs import Preferences
from kapjournal.storage.keychain import KeyringSecretStore, SecretStore

#: A clock: returns aware local time.
Clock = Callable[[], datetime]


def local_now() -> datetime:
    """The real clock: aware local time (the machine's zone and offset right now)."""
    return datetime.now().astimezone()


@dataclass
class AppContext:
    paths: Paths
    prefs: Preferences
    secrets: SecretStore
    #: Milliseconds to wait for the keychain before falling back to the passphrase.
    keychain_timeout_ms: int = 5000
    #: The one clock: returns aware local time. Tests pass a fixed clock; the domain
    #: takes ``now`` from its callers, who read it here.
    clock: Clock = local_now

    def now(self) -> datetime:
        """The clock's time, checked to be timezone-aware."""
        moment = self.clock()
        if moment.tzinfo is None:
            raise ValueError("the context's clock must return a timezone-aware time")
        return moment

    @classmethod
    def create(
        cls, paths: Paths, secrets: SecretStore | None = None, clock: Callable[[], datetime] | None = None
    ) -> AppContext:
        return cls(
            paths=paths,
            prefs=Preferences(paths),
            secrets=secrets or KeyringSecretStore(),
            clock=clock or local_now,
        )
