"""The platform's trusted keychain found directly (without keyring's plugin discovery):
the viable one of highest priority, as keyring itself would choose among them, handed to
keyring with ``keyring.set_keyring``; keyring decides when it is configured, already in
use in the process, or when none is viable. (The same in fresh processes, with no
fakes: ``test_keychain_choice.py``.)"""

from __future__ import annotations

import sys
import types
from pathlib import Path

import keyring.backend
import pytest
from jaraco.classes.properties import classproperty

from kapjournal.storage import keychain
from kapjournal.storage.keychain import KeyringSecretStore, platform_backend


def fake_backend(name: str, priority: float | None) -> type:
    def get_priority(cls: type) -> float:
        if priority is None:
            raise RuntimeError("service not running")
        return priority

    attrs = {
        "priority": classproperty(get_priority),
        "get_password": lambda self, s, u: f"{name}:{u}",
        "set_password": lambda self, s, u, p: None,
        "delete_password": lambda self, s, u: None,
    }
    return type(name, (keyring.backend.KeyringBackend,), attrs)


@pytest.fixture
def handed(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What the store hands to ``keyring.set_keyring`` (recorded, not set: the test
    process's keyring stays as it was)."""
    calls: list[object] = []
    monkeypatch.setattr("keyring.set_keyring", calls.append)
    return calls


@pytest.fixture
def platform(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, handed: list[object]) -> types.ModuleType:
    module = types.ModuleType("fake_keychains")
    monkeypatch.setitem(sys.modules, "fake_keychains", module)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    # As in a process where nothing has loaded keyring yet, with no keyring config.
    monkeypatch.setattr(keychain, "_keyring_untouched", lambda: True)
    monkeypatch.setattr(keychain, "_keyring_configured", lambda: False)
    key = "darwin" if sys.platform == "darwin" else "win32" if sys.platform == "win32" else "freedesktop"
    monkeypatch.setitem(keychain.PLATFORM_BACKENDS, key, (
        ("fake_keychains", "Absent"), ("fake_keychains", "Low"), ("fake_keychains", "High"),
        ("fake_keychains", "Zero"), ("no_such_module_here", "Keyring"),
    ))
    return module


def test_the_viable_backend_of_highest_priority(platform: types.ModuleType) -> None:
    platform.Absent = fake_backend("Absent", None)  # type: ignore[attr-defined]
    platform.Low = fake_backend("Low", 4.8)  # type: ignore[attr-defined]
    platform.High = fake_backend("High", 5)  # type: ignore[attr-defined]
    platform.Zero = fake_backend("Zero", 0)  # type: ignore[attr-defined]
    assert type(platform_backend()).__name__ == "High"
    platform.High = fake_backend("High", None)  # type: ignore[attr-defined]
    assert type(platform_backend()).__name__ == "Low"
    platform.Low = fake_backend("Low", -1)  # type: ignore[attr-defined]
    assert platform_backend() is None


def test_a_found_backend_must_still_be_trusted(platform: types.ModuleType, handed: list[object],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("Absent", "Low", "High", "Zero"):
        setattr(platform, name, fake_backend(name, None))
    platform.High = fake_backend("High", 5)  # type: ignore[attr-defined]
    # Not in TRUSTED_BACKENDS: the store asks keyring instead (here: refused, fail backend).
    monkeypatch.setattr("keyring.get_keyring", lambda: keyring.backends.fail.Keyring())
    assert KeyringSecretStore().availability().available is False
    assert handed == []
    monkeypatch.setattr(keychain, "TRUSTED_BACKENDS", frozenset({"fake_keychains.High"}))
    platform.High.__module__ = "fake_keychains"  # type: ignore[attr-defined]
    store = KeyringSecretStore()
    assert store.availability().available and store.get("journal") == "High:journal"
    # keyring is told, so keyring's own calls and later stores use the same backend.
    assert [type(b).__name__ for b in handed] == ["High"]


def test_keyring_decides_when_configured(platform: types.ModuleType, handed: list[object],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    platform.High = fake_backend("High", 5)  # type: ignore[attr-defined]
    monkeypatch.setattr(keychain, "TRUSTED_BACKENDS", frozenset({"fake_keychains.High"}))
    platform.High.__module__ = "fake_keychains"  # type: ignore[attr-defined]
    monkeypatch.setattr("keyring.get_keyring", lambda: keyring.backends.fail.Keyring())
    monkeypatch.setattr(keychain, "_keyring_configured", lambda: True)
    assert KeyringSecretStore().availability().available is False
    assert handed == []


def test_keyring_decides_once_it_is_in_use(platform: types.ModuleType, handed: list[object],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A backend set in this process (``keyring.set_keyring``) or chosen by keyring wins
    over the platform's, even a trusted, viable one."""
    platform.High = fake_backend("High", 5)  # type: ignore[attr-defined]
    monkeypatch.setattr(keychain, "TRUSTED_BACKENDS", frozenset({"fake_keychains.High"}))
    platform.High.__module__ = "fake_keychains"  # type: ignore[attr-defined]
    monkeypatch.setattr("keyring.get_keyring", lambda: keyring.backends.fail.Keyring())
    monkeypatch.setattr(keychain, "_keyring_untouched", lambda: False)
    assert KeyringSecretStore().availability().available is False
    assert handed == []


def test_keyring_config_is_read_as_keyring_documents(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    from keyring.util import platform_

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(platform_, "config_root", lambda: tmp_path)
    assert not keychain._keyring_configured()
    (tmp_path / "keyringrc.cfg").write_text("[backend]\ndefault-keyring=keyring.backends.fail.Keyring\n")
    assert keychain._keyring_configured()
    (tmp_path / "keyringrc.cfg").unlink()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    assert keychain._keyring_configured()


def test_keyring_in_use_is_seen_without_keyring_internals() -> None:
    """The test process has loaded keyring (conftest), so the choice is keyring's."""
    assert keychain._keyring_untouched() is False
