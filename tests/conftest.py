"""Shared fixtures. Everything is redirected to ``tmp_path``; Qt runs offscreen; the
keychain is an in-memory backend (the real Secret Service is tested in
``test_keychain_secretservice.py`` only)."""

from __future__ import annotations

import os
import random
import secrets
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: headless, and no stray writes to the real home.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="kapjournal-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_SANDBOX / _var.lower())

import keyring.backend  # noqa: E402
import pytest  # noqa: E402

from kapjournal.storage import keyslots  # noqa: E402

PASS = "correct horse battery staple"
CANARY = "Zq7CANARYxK9"
SEED_ENV = "KAPJOURNAL_TEST_SEED"


class InMemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend that keeps secrets in a dict (tests only)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError("absent")
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Use OWASP's minimum Argon2id cost in tests (still a real Argon2id), unless a
    test is marked ``real_kdf``."""
    if request.node.get_closest_marker("real_kdf"):
        return
    monkeypatch.setattr(keyslots, "ARGON2_MEMORY_KIB", keyslots.MIN_MEMORY_KIB)
    monkeypatch.setattr(keyslots, "ARGON2_ITERATIONS", keyslots.MIN_ITERATIONS)
    monkeypatch.setattr(keyslots, "ARGON2_LANES", 1)


def _settle_qt() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):  # a close can post a deferred delete that posts another
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _no_window_left_open() -> Iterator[None]:
    """Fail a test that leaves a top-level window visible (after every fixture that
    closes its windows, such as ``qtbot``'s, has run), and close those windows so the
    next test starts clean. Tests that never import Qt never load it here."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    if not isinstance(QApplication.instance(), QApplication):
        return  # no application, or one without widgets
    _settle_qt()
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    if not left:
        return
    names = sorted(f"{type(w).__name__}({w.objectName()!r}, {w.windowTitle()!r})" for w in left)
    for widget in left:
        if not widget.close():
            widget.hide()
    _settle_qt()
    pytest.fail(f"the test left {len(left)} top-level window(s) open: {', '.join(names)}", pytrace=False)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_kdf: use the production key-derivation cost")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SANDBOX, ignore_errors=True)  # leave nothing behind in the system temp


@pytest.fixture
def passphrase() -> str:
    return PASS


@pytest.fixture
def canary() -> str:
    return CANARY


@pytest.fixture
def seed() -> int:
    """The seed for a test's random choices: ``KAPJOURNAL_TEST_SEED`` when set (to
    replay a failure), else a fresh one. Printed, so a failing test's captured output
    says how to replay it; tests put it in their assertion messages too."""
    raw = os.environ.get(SEED_ENV, "").strip()
    value = int(raw) if raw else secrets.randbits(32)
    print(f"seed={value} (replay with {SEED_ENV}={value})")
    return value


@pytest.fixture
def rng(seed: int) -> random.Random:
    """A ``random.Random`` seeded with ``seed``."""
    return random.Random(seed)


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal"


@pytest.fixture
def new_journal(journal_dir: Path):  # type: ignore[no-untyped-def]
    """A freshly created, open journal; closed after the test."""
    from kapjournal.storage.journal import create_journal

    journal, recovery = create_journal(journal_dir, PASS)
    journal.recovery_code = recovery  # type: ignore[attr-defined]
    yield journal
    journal.close()


@pytest.fixture
def db(new_journal):  # type: ignore[no-untyped-def]
    return new_journal.db


@pytest.fixture
def memory_keyring() -> InMemoryKeyring:
    return InMemoryKeyring()


@pytest.fixture
def secret_store(memory_keyring: InMemoryKeyring):  # type: ignore[no-untyped-def]
    from kapjournal.storage.keychain import KeyringSecretStore

    return KeyringSecretStore(memory_keyring, trust_backend=True)


@pytest.fixture
def make_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from kapjournal.context import AppContext
    from kapjournal.paths import resolve_paths
    from kapjournal.storage.keychain import NullSecretStore
    from kapjournal.ui.common.workers import wait_for_tasks
    from kapjournal.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def make(secrets=None, data: Path | None = None, **ctx_kw):  # type: ignore[no-untyped-def]
        ctx = AppContext.create(resolve_paths(data or tmp_path / "data"), secrets or NullSecretStore())
        for k, v in ctx_kw.items():
            setattr(ctx, k, v)
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        w.show()
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.close()
    wait_for_tasks()
