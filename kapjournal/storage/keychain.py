"""Remembering the unlock secret in the OS keychain, through ``keyring``.

What is stored is a random device secret (not the passphrase) that opens a "device"
key slot. Only the platform's own keychains are trusted; with none, or with a
plaintext/file backend (keyrings.alt and friends), remembering is unavailable and
the patient types the passphrase as always. Nothing is ever written to our own files.

Every failure of the keychain, including one while ``keyring`` probes its backend,
becomes an :class:`Availability` with a reason or a :class:`KeychainError` whose
message is safe to show: it never contains the secret and never carries a traceback
into the UI. Log lines name the backend class and the exception type only.

All calls are synchronous; the UI runs them off the GUI thread with a bounded wait.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from kapjournal.storage.errors import QT_TR_NOOP, ShownError

logger = logging.getLogger(__name__)

SERVICE = "io.github.kapjournal.KapJournal"

#: The smallest limit among supported keychains: a Windows credential blob holds at
#: most 2560 bytes. ``keyslots.new_device_secret`` makes 44 ASCII characters.
MAX_SECRET_BYTES = 2560

#: Journal ids are UUID hex strings; anything longer than this is a caller's mistake.
MAX_ID_CHARS = 128

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

#: The trusted backends a platform can have, as (module, class). Unless keyring is
#: configured otherwise (``PYTHON_KEYRING_BACKEND`` or a ``keyringrc.cfg``) or already in
#: use in the process, keyring's choice among the trusted ones is the viable one of
#: highest priority, so that one is found directly (:func:`default_backend`):
#: discovering every installed backend plugin and probing each over D-Bus costs ~0.3 s
#: of a command-line run and opens the same secret.
PLATFORM_BACKENDS: dict[str, tuple[tuple[str, str], ...]] = {
    "darwin": (("keyring.backends.macOS", "Keyring"),),
    "win32": (("keyring.backends.Windows", "WinVaultKeyring"),),
    "freedesktop": (
        ("keyring.backends.SecretService", "Keyring"),
        ("keyring.backends.kwallet", "DBusKeyring"),
        ("keyring.backends.libsecret", "Keyring"),
        ("keyring.backends.kwallet", "DBusKeyringKWallet4"),
    ),
}

#: Modules that importing keyring loads only for code this app never runs: the download
#: helpers of ``jaraco.context`` (``urllib.request``, and through it ``http.client``,
#: ``email`` and ``ssl``), the iterator recipes of ``jaraco.functools``
#: (``more_itertools``) and keyring's plugin discovery (``importlib_metadata``, used only
#: when keyring discovers backends itself). About a fifth of a command-line search's
#: import time. (``tarfile`` cannot wait: ``jaraco.context`` uses it as it loads.)
LAZY_FOR_KEYRING = ("urllib.request", "importlib_metadata", "more_itertools")


@contextlib.contextmanager
def light_keyring_imports() -> Iterator[None]:
    """Import keyring without running :data:`LAZY_FOR_KEYRING`: while keyring's modules
    load, an import of one of them makes a lazy module (``importlib.util.LazyLoader``),
    whose code runs on its first attribute access, so whoever uses it later gets the
    whole module. Nothing else in this app uses them, so no other thread can race a
    first access (Python 3.11's lazy modules do not lock). A no-op once keyring is
    loaded."""
    if "keyring.core" in sys.modules:
        yield
        return
    finder = _LazyFinder(LAZY_FOR_KEYRING)
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


class _LazyFinder:
    """A meta-path finder that finds the named modules as the path finder does, but
    loads them lazily."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self._names = frozenset(names)

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name not in self._names:
            return None
        import importlib.machinery

        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = importlib.util.LazyLoader(spec.loader)
        return spec


REASON_NONE = QT_TR_NOOP("No secure keychain is available on this computer.")
REASON_PLAIN_FILE = (
    QT_TR_NOOP("The only keychain found stores secrets in a plain file, so KAP Journal will not use it.")
)
REASON_NOT_RUNNING = QT_TR_NOOP("The system keychain is not running.")
REASON_NO_ANSWER = QT_TR_NOOP("The system keychain did not answer.")
REASON_LOCKED = QT_TR_NOOP("The system keychain is locked. Unlock it, or type your passphrase.")
REASON_TOO_LONG = QT_TR_NOOP("The secret is too long for the system keychain.")


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


class KeychainError(ShownError):
    """The keychain refused or failed. The message is safe to show."""


class NullSecretStore:
    """No keychain: ask for the passphrase every time."""

    def __init__(self, reason: str = REASON_NONE) -> None:
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


def _is_chainer(backend: Any) -> bool:
    from keyring.backends.chainer import ChainerBackend

    return isinstance(backend, ChainerBackend)


def _chain_members(backend: Any) -> list[Any]:
    """The members of a chainer; probing them may fail, which means "none"."""
    try:
        return list(getattr(backend, "backends", []) or [])
    except Exception:  # discovery runs each backend's priority probe
        logger.info("keyring chainer members could not be listed")
        return []


def _trusted(backend: Any) -> bool:
    if _is_chainer(backend):
        return False  # a chain may fall through to an untrusted backend
    return _qualname(backend) in TRUSTED_BACKENDS


def _stores_in_file(backend: Any) -> bool:
    name = _qualname(backend).lower()
    return name.startswith("keyrings.alt") or "plaintext" in name or ".file" in name


def _refusal_reason(backend: Any, members: list[Any]) -> str:
    candidates = members if _is_chainer(backend) else [backend]
    if any(_stores_in_file(b) for b in candidates):
        return REASON_PLAIN_FILE
    return REASON_NONE


def _keyring_untouched() -> bool:
    """Whether nothing in this process has loaded keyring yet. Then nothing can have
    chosen a backend for it (``keyring.set_keyring``, or keyring's own choice on a first
    call), so the choice is still open. Once keyring is loaded, keyring decides."""
    return "keyring.core" not in sys.modules


def _keyring_configured() -> bool:
    """Whether keyring's documented configuration names a backend: the
    ``PYTHON_KEYRING_BACKEND`` environment variable or a ``keyringrc.cfg`` in keyring's
    config root. Then keyring chooses, not us."""
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    try:
        from pathlib import Path

        with light_keyring_imports():
            from keyring.util import platform_

        return (Path(platform_.config_root()) / "keyringrc.cfg").exists()
    except Exception:  # an odd platform: let keyring decide
        return True


def platform_backend() -> Any:
    """The viable trusted backend of highest priority for this platform, found without
    keyring's plugin discovery; ``None`` when none is viable."""
    platform = sys.platform if sys.platform in ("darwin", "win32") else "freedesktop"
    best: tuple[float, Any] | None = None
    for module, name in PLATFORM_BACKENDS[platform]:
        try:
            with light_keyring_imports():
                cls = getattr(importlib.import_module(module), name)
            priority = float(cls.priority)  # raises when its service or library is absent
        except Exception as exc:  # the backends probe in many ways
            logger.debug("keyring backend %s.%s not viable: %s", module, name, type(exc).__name__)
            continue
        if priority > 0 and (best is None or priority > best[0]):
            best = (priority, cls)
    return None if best is None else best[1]()


def default_backend() -> tuple[Any, bool]:
    """The backend keyring would use, and whether its priority was just read.

    While keyring is untouched and not configured, the platform's trusted backend is
    found directly (:func:`platform_backend`) and handed to keyring with
    ``keyring.set_keyring``, keyring's documented way to choose a backend, so that
    keyring and every later store in this process agree. Otherwise (keyring already
    loaded, configured, or no trusted backend viable) it is ``keyring.get_keyring()``:
    whatever was set in this process, the configured backend, or keyring's discovery.
    """
    if _keyring_untouched() and not _keyring_configured():
        direct = platform_backend()
        if direct is not None and _trusted(direct):
            import keyring

            keyring.set_keyring(direct)
            return direct, True
    with light_keyring_imports():
        import keyring

    return keyring.get_keyring(), False


def _check_length(journal_id: str, secret: str | None = None) -> None:
    if not journal_id or len(journal_id) > MAX_ID_CHARS:
        raise KeychainError(QT_TR_NOOP("This journal has no usable identity for the keychain."))
    if secret is not None:
        if not secret:
            raise KeychainError(QT_TR_NOOP("There is no secret to remember."))
        if len(secret.encode("utf-8")) > MAX_SECRET_BYTES:
            raise KeychainError(REASON_TOO_LONG)


class KeyringSecretStore:
    """The OS keychain via ``keyring``; refuses untrusted backends.

    With ``backend=None`` the backend ``keyring`` chose is used; a chain of backends is
    narrowed to its first trusted member, or refused when it has none. ``backend`` and
    ``trust_backend`` exist for tests (an in-memory backend).
    """

    def __init__(self, backend: Any = None, *, trust_backend: bool = False) -> None:
        self._backend = backend
        self._trust = trust_backend
        self._chosen: Any = None
        self._probed = False  # the chosen backend's priority was just read (once)

    # -- choosing a backend --------------------------------------------------------
    def _resolve(self) -> tuple[Any, str]:
        """Return ``(backend, "")`` for a usable backend, or ``(None, reason)``."""
        if self._chosen is not None:
            return self._chosen, ""
        backend = self._backend
        if backend is None:
            try:
                backend, probed = default_backend()
            except Exception as exc:  # keyring may fail in many ways
                logger.info("keyring backend could not be loaded: %s", type(exc).__name__)
                return None, REASON_NONE
            if probed:  # the platform's own, trusted and viable
                self._chosen, self._probed = backend, True
                return backend, ""
        if self._trust:
            self._chosen = backend
            return backend, ""
        members: list[Any] = []
        if _is_chainer(backend):
            members = _chain_members(backend)
            trusted = [b for b in members if _trusted(b)]
            if trusted:
                self._chosen = trusted[0]
                return trusted[0], ""
        if _trusted(backend):
            self._chosen = backend
            return backend, ""
        logger.info("keyring backend refused: %s", _qualname(backend))
        return None, _refusal_reason(backend, members)

    def _usable(self) -> tuple[Any, Availability]:
        backend, reason = self._resolve()
        if backend is None:
            return None, Availability(False, reason)
        try:
            # A classproperty on most backends; the Secret Service one talks to D-Bus
            # and raises when no daemon runs (not asked twice in a row).
            usable = self._probed or float(backend.priority) > 0
            self._probed = False
        except Exception as exc:  # priority may raise when the service is absent
            logger.info("keyring backend not usable: %s", type(exc).__name__)
            usable = False
        if not usable:
            return None, Availability(False, REASON_NOT_RUNNING)
        return backend, Availability(True)

    def availability(self) -> Availability:
        return self._usable()[1]

    def backend_name(self) -> str:
        """The chosen backend's class name (for a support screen); "" when refused."""
        backend, _ = self._resolve()
        return "" if backend is None else _qualname(backend)

    # -- calls ---------------------------------------------------------------------
    def _call(self, name: str, *args: str) -> Any:
        backend, availability = self._usable()
        if backend is None:
            raise KeychainError(availability.reason)
        try:
            return getattr(backend, name)(*args)
        except Exception as exc:  # keyring errors vary by platform
            # The exception text may echo arguments (the secret): log only its type.
            logger.info("keychain %s failed: %s", name, type(exc).__name__)
            raise KeychainError(_message_for(exc)) from None

    def get(self, journal_id: str) -> str | None:
        _check_length(journal_id)
        value = self._call("get_password", SERVICE, journal_id)
        return None if value is None else str(value)

    def set(self, journal_id: str, secret: str) -> None:
        _check_length(journal_id, secret)
        self._call("set_password", SERVICE, journal_id, secret)

    def delete(self, journal_id: str) -> None:
        """Forget the entry; an entry that is not there counts as forgotten."""
        _check_length(journal_id)
        backend, availability = self._usable()
        if backend is None:
            raise KeychainError(availability.reason)
        try:
            backend.delete_password(SERVICE, journal_id)
        except Exception as exc:  # keyring errors vary by platform
            if _is_absent_error(exc):
                return
            logger.info("keychain delete failed: %s", type(exc).__name__)
            raise KeychainError(_message_for(exc)) from None


def _is_absent_error(exc: Exception) -> bool:
    from keyring.errors import PasswordDeleteError

    return isinstance(exc, PasswordDeleteError)


def _message_for(exc: Exception) -> str:
    from keyring.errors import KeyringLocked

    if isinstance(exc, KeyringLocked):
        return REASON_LOCKED
    return REASON_NO_ANSWER
