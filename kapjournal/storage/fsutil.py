"""Small file-system helpers: private permissions, atomic writes, directory sync."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from kapjournal.storage.errors import NotSaved

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_umask() -> None:
    """Make every file this process creates private to the user (0600 / 0700)."""
    os.umask(0o077)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) with mode 0700; tighten it if it exists."""
    try:
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        if os.name == "posix":
            path.chmod(DIR_MODE)
    except OSError as exc:
        raise NotSaved(describe_os_error(exc, "create the journal folder")) from None
    return path


def fsync_dir(path: Path) -> None:
    """Flush a directory entry (after a rename) where the platform allows it."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a file's contents to the disk."""
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: temp file in the same folder, fsync, rename.

    On failure nothing is left behind and the previous file is untouched.
    """
    with atomic_output(path, action="save") as tmp:
        tmp.write_bytes(data)


@contextlib.contextmanager
def atomic_output(path: Path, action: str = "write the file") -> Iterator[Path]:
    """Yield a temp path beside ``path``; on success fsync and rename it into place."""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    except OSError as exc:
        raise NotSaved(describe_os_error(exc, action)) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        fsync_file(tmp)
        if os.name == "posix":
            tmp.chmod(FILE_MODE)
        tmp.replace(path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise NotSaved(describe_os_error(exc, action)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def describe_os_error(exc: OSError, action: str) -> str:
    """A calm, path-free one-line reason for an OS error."""
    code = exc.errno
    if code == errno.ENOSPC or code == errno.EDQUOT:
        reason = "the disk is full"
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "the folder cannot be written to (read-only or no permission)"
    elif code == errno.ENOENT:
        reason = "the folder does not exist"
    else:
        reason = "the system reported a problem" + (f" ({errno.errorcode.get(code, code)})" if code else "")
    return f"Could not {action}: {reason}."
