"""Helpers shared by the storage and security tests (no product code here)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ROOT = Path(__file__).resolve().parents[2]
FILES = ROOT / "tests" / "_files"

PAGE_SIZE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of each page
SALT_LEN = 16


def needles(text: str) -> list[bytes]:
    """The byte forms a search covers: UTF-8 and UTF-16LE (SECURITY.md)."""
    return [text.encode("utf-8"), text.encode("utf-16-le")]


def files_under(folder: Path, newer_than: float | None = None) -> Iterator[Path]:
    for path in folder.rglob("*"):
        try:
            if not path.is_file() or path.is_symlink():
                continue
            if newer_than is not None and path.stat().st_mtime < newer_than:
                continue
        except OSError:
            continue
        yield path


def find_in_files(paths: Iterable[Path], text: str) -> list[Path]:
    """Every file whose raw bytes hold ``text`` (UTF-8 or UTF-16LE)."""
    hits = []
    forms = needles(text)
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if any(form in data for form in forms):
            hits.append(path)
    return hits


def digest(path: Path) -> tuple[str, int]:
    """(sha256, mtime_ns) of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def decrypt_pages(path: Path, key: bytes | bytearray) -> list[bytes]:
    """Decrypt every page of a SQLCipher 4 file keyed with a raw 256-bit key.

    Reads the pages exactly as they lie in the file (free pages included), so a test
    can see what SQLCipher would see after decryption, without a plaintext copy.
    """
    data = path.read_bytes()
    pages = []
    for start in range(0, len(data) - len(data) % PAGE_SIZE, PAGE_SIZE):
        page = data[start : start + PAGE_SIZE]
        offset = SALT_LEN if start == 0 else 0
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        body = page[offset : PAGE_SIZE - RESERVE]
        dec = Cipher(algorithms.AES(bytes(key)), modes.CBC(iv)).decryptor()
        pages.append(dec.update(body) + dec.finalize())
    return pages


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run_helper(*args: str, **kw: object) -> subprocess.Popen[str]:
    """Start ``tests/_helpers/procs.py`` with ``args`` (cheap KDF inside)."""
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "tests._helpers.procs", *args],
        cwd=ROOT,
        env=subprocess_env(),
        text=True,
        **kw,
    )


def _mount(*args: str) -> bool:
    if shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", *args], capture_output=True, check=False)
    return done.returncode == 0


@contextlib.contextmanager
def tmpfs(where: Path, size: str = "2m") -> Iterator[Path | None]:
    """Mount a small tmpfs at ``where``; yields None when mounting is not permitted."""
    where.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", f"kapjt-{uuid.uuid4().hex[:8]}", str(where)):
        yield None
        return
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


@contextlib.contextmanager
def read_only_bind(folder: Path) -> Iterator[bool]:
    """Make ``folder`` read-only (even for root) with a read-only bind mount over it.

    Files opened before stay writable through their old descriptors, exactly like a
    folder whose permissions change under a running app. Yields False when mounting
    is not permitted.
    """
    if not _mount("--bind", str(folder), str(folder)):
        yield False
        return
    try:
        if not _mount("-o", "remount,bind,ro", str(folder)):
            yield False
            return
        yield True
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def run_cli(monkeypatch: Any, capsys: Any, *args: str, stdin: str = "") -> tuple[int, str, str]:
    """``kapjournal.cli.main(args)`` in-process with ``stdin`` as standard input;
    returns (exit code, stdout, stderr)."""
    import io

    from kapjournal import cli

    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    umask = os.umask(0o077)
    os.umask(umask)
    try:
        code = cli.main(list(args))
    finally:
        os.umask(umask)  # main() sets a private umask; keep other tests honest
    out, err = capsys.readouterr()
    return code, out, err


def demo_journal(monkeypatch: Any, capsys: Any, folder: Path, passphrase: str, days: int) -> Path:
    """``kapjournal demo`` into ``folder`` (passphrase on standard input, ``days`` of
    entries) through :func:`run_cli`, as the CLI tests' journals are made; fails the
    test unless it exits 0 and prints the recovery code. Returns ``folder``."""
    code, out, err = run_cli(monkeypatch, capsys, "demo", "--data-dir", str(folder), "--passphrase-stdin",
                             "--days", str(days), stdin=passphrase + "\n")
    assert code == 0, err
    assert "Recovery code:" in out
    return folder
