"""Remembering the unlock secret in the OS keychain, through ``keyring``.

What is stored is a random device secret (not the passphrase) that opens a "device"
key slot. Only the platform's own keychains are trusted; with none, or with a
plaintext/file backend (keyrings.alt and friends), remembering is unavailable and
the patient types the passphrase as always. Nothing is ever written to our own files.

All calls are synchronous; the UI runs them off the GUI thread with a bounded wait.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

logger = logging.getLogger(__name__)

SERVICE = "io.github.kapjournal.KapJournal"

# Fully qualified class names of backends that keep secrets in an OS-protected store.
TRUSTED_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)


@dataclass(frozen=True)
class Availability:
    available: bool
    reason: str = ""


class SecretStore(Protocol):
    """Where "Remember on this computer" keeps its secret."""

    def availability(self) -> Availability: ...

    def get(self, journal_id: str) -> str | None: ...

    def set(self, journal_id: str, secret: str) -> None: ...

    def delete(self, journal_id: str) -> None: ...


class KeychainError(Exception):
    """The keychain refused or failed. The message is safe to show."""


class NullSecretStore:
    """No keychain: ask for the passphrase every time."""

    def __init__(self, reason: str = "No secure keychain is available on this computer.") -> None:
        self._reason = reason

    def availability(self) -> Availability:
        return Availability(False, self._reason)

    def get(self, journal_id: str) -> str | None:
        return None

    def set(self, journal_id: str, secret: str) -> None:
        raise KeychainError(self._reason)

    def delete(self, journal_id: str) -> None:
        return None


def _qualname(obj: Any) -> str:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def _trusted(backend: Any) -> bool:
    name = _qualname(backend)
    if name == "keyring.backends.chainer.ChainerBackend":
        return False  # a chain may fall through to an untrusted backend
    return name in TRUSTED_BACKENDS


class KeyringSecretStore:
    """The OS keychain via ``keyring``; refuses untrusted backends.

    ``backend`` and ``trust_backend`` exist for tests (an in-memory backend).
    """

    def __init__(self, backend: Any = None, *, trust_backend: bool = False) -> None:
        self._backend = backend
        self._trust = trust_backend

    def _resolve(self) -> Any:
        if self._backend is None:
            import keyring

            backend = keyring.get_keyring()
            if _qualname(backend) == "keyring.backends.chainer.ChainerBackend":
                trusted = [b for b in getattr(backend, "backends", []) if _trusted(b)]
                backend = trusted[0] if trusted else backend
            self._backend = backend
        return self._backend

    def availability(self) -> Availability:
        try:
            backend = self._resolve()
        except Exception:  # noqa: BLE001 - keyring may fail in many ways at import
            logger.info("keyring backend could not be loaded")
            return Availability(False, "No secure keychain is available on this computer.")
        name = _qualname(backend)
        if not (self._trust or _trusted(backend)):
            logger.info("keyring backend refused: %s", name)
            if name.startswith("keyrings.alt") or "file" in name.lower() or "plaintext" in name.lower():
                return Availability(
                    False,
                    "The only keychain found stores secrets in a plain file, "
                    "so KAP Journal will not use it.",
                )
            return Availability(False, "No secure keychain is available on this computer.")
        priority = getattr(backend, "priority", 1)
        try:
            usable = float(priority) > 0
        except Exception:  # noqa: BLE001 - priority may raise when the service is absent
            usable = False
        if not usable:
            return Availability(False, "The system keychain is not running.")
        return Availability(True)

    def _call(self, name: str, *args: str) -> Any:
        if not self.availability().available:
            raise KeychainError(self.availability().reason)
        try:
            return getattr(self._resolve(), name)(*args)
        except Exception as exc:  # noqa: BLE001 - keyring errors vary by platform
            logger.info("keychain %s failed: %s", name, type(exc).__name__)
            raise KeychainError("The system keychain did not answer.") from None

    def get(self, journal_id: str) -> str | None:
        value = self._call("get_password", SERVICE, journal_id)
        return None if value is None else str(value)

    def set(self, journal_id: str, secret: str) -> None:
        self._call("set_password", SERVICE, journal_id, secret)

    def delete(self, journal_id: str) -> None:
        try:
            self._call("delete_password", SERVICE, journal_id)
        except KeychainError:
            # Deleting an absent entry raises PasswordDeleteError: treat as done.
            if self.availability().available and self.get(journal_id) is None:
                return
            raise
