"""Which keychain a store uses, in fresh processes (as the app and the command line
start): keyring's own configuration and a backend set in the process win; only when
nothing chose one is the platform's trusted backend found directly, without keyring's
plugin discovery and without the modules keyring loads only for other paths.

The Secret Service case needs the real service (``scripts/test.sh`` runs the suite in a
private D-Bus session with gnome-keyring); the others hold anywhere.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kapjournal.storage.keychain import LAZY_FOR_KEYRING, REASON_NONE
from tests._helpers import ROOT, subprocess_env
from tests.storage.test_keychain_secretservice import REQUIRE_ENV, _secret_service_problem

CHILD = """
import json, sys
if sys.argv[1] == "set-fail":  # a backend set in the process before the store asks
    import keyring
    from keyring.backends import fail
    keyring.set_keyring(fail.Keyring())
from kapjournal.storage.keychain import KeychainError, KeyringSecretStore
store = KeyringSecretStore()
availability = store.availability()
try:
    store.set("0f1e2d3c4b5a69788796a5b4c3d2e1f0", "Zq7SECRETxK9") if not availability.available else None
    refused = False
except KeychainError:
    refused = True
lazy = sorted(m for m, mod in sys.modules.items() if type(mod).__name__ == "_LazyModule")
report = {"available": availability.available, "reason": availability.reason,
          "backend": store.backend_name(), "refused_set": refused, "lazy": lazy,
          "loaded": sorted(m for m in sys.argv[2:] if m in sys.modules and m not in lazy)}
if availability.available:
    import keyring
    used = keyring.get_keyring()
    report["keyring_uses"] = f"{type(used).__module__}.{type(used).__qualname__}"
print(json.dumps(report))
"""

#: Loaded only for keyring's other paths (downloads, iterator recipes, plugin discovery).
OTHER_PATHS = ("urllib.request", "http.client", "email.parser", "ssl", "importlib_metadata", "more_itertools")


def choose(tmp_path: Path, setup: str = "", **env: str) -> dict[str, Any]:
    child_env = subprocess_env()
    child_env.pop("PYTHON_KEYRING_BACKEND", None)
    child_env.update({"XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")})
    child_env.update(env)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, setup or "-", *OTHER_PATHS], capture_output=True, text=True,
        cwd=ROOT, env=child_env, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "Zq7SECRETxK9" not in done.stdout + done.stderr
    report: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return report


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def test_a_backend_set_in_the_process_is_used_and_refused(tmp_path: Path) -> None:
    """``keyring.set_keyring(fail.Keyring())`` before the store asks: refused, even when
    a Secret Service runs (the platform shortcut must not override it)."""
    report = choose(tmp_path, "set-fail")
    assert report["available"] is False and report["reason"] == REASON_NONE
    assert report["backend"] == "" and report["refused_set"] is True


def test_fail_backend_from_the_environment_is_unavailable(tmp_path: Path) -> None:
    """SECURITY 18, as a person sets it: keyring's choice, even with a Secret Service."""
    report = choose(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert report["available"] is False and report["reason"] == REASON_NONE
    assert report["refused_set"] is True


def test_plaintext_backend_from_the_environment_is_refused(tmp_path: Path) -> None:
    report = choose(tmp_path, PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring")
    assert report["available"] is False and "plain file" in report["reason"]
    assert report["refused_set"] is True
    assert files_under(tmp_path / "data") == []


def test_plaintext_backend_from_keyrings_config_file_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "config" / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir(parents=True)
    config.write_text("[backend]\ndefault-keyring=keyrings.alt.file.PlaintextKeyring\n")
    report = choose(tmp_path)
    assert report["available"] is False and "plain file" in report["reason"]
    assert report["refused_set"] is True
    assert files_under(tmp_path / "data") == []


def test_no_running_keychain_is_unavailable_without_traceback(tmp_path: Path) -> None:
    report = choose(tmp_path, DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path / 'no-bus'}")
    assert report["available"] is False and report["reason"]
    assert report["refused_set"] is True


@pytest.mark.keychain
def test_secret_service_found_directly_and_handed_to_keyring(tmp_path: Path) -> None:
    """Nothing configured, nothing set: the Secret Service is used without keyring's
    plugin discovery (importlib_metadata never runs), keyring is told to use it, and
    the download helpers keyring's import pulls in stay unloaded."""
    problem = _secret_service_problem()
    if problem:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {problem}")
        pytest.skip(problem)
    report = choose(tmp_path)
    assert report["available"] is True, report["reason"]
    assert report["backend"] == "keyring.backends.SecretService.Keyring"
    assert report["keyring_uses"] == report["backend"]
    assert report["loaded"] == []
    assert set(LAZY_FOR_KEYRING) <= set(report["lazy"])


LATER_USE = """
import sys
from kapjournal.storage.keychain import LAZY_FOR_KEYRING, light_keyring_imports
with light_keyring_imports():
    import keyring.backend
assert all(type(sys.modules[m]).__name__ == "_LazyModule" for m in LAZY_FOR_KEYRING), LAZY_FOR_KEYRING
import urllib.request, more_itertools
assert urllib.request.Request("https://example.org/").host == "example.org"
assert more_itertools.first([7]) == 7
names = {type(b).__name__ for b in keyring.backend.get_all_keyring()}  # entry points: importlib_metadata
assert names, "keyring discovered no backend"
import jaraco.context
assert jaraco.context.urllib.request is sys.modules["urllib.request"]
print("ok", sorted(m for m in LAZY_FOR_KEYRING if type(sys.modules[m]).__name__ == "_LazyModule"))
"""


def test_modules_kept_lazy_work_when_used_later(tmp_path: Path) -> None:
    """Whoever uses a module kept lazy gets all of it (keyring's own discovery too)."""
    env = subprocess_env()
    env.update({"XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")})
    done = subprocess.run([sys.executable, "-c", LATER_USE], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok []"
