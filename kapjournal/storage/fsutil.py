"""Small file-system helpers: private permissions, atomic writes, directory sync."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from kapjournal.storage.errors import QT_TR_NOOP, NotSaved, Phrase

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
        raise NotSaved(*describe_os_error(exc, "create the journal folder")) from None
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
        raise NotSaved(*describe_os_error(exc, action)) from None
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
        raise NotSaved(*describe_os_error(exc, action)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def describe_os_error(exc: OSError, action: str) -> tuple[str, ...]:
    """A calm, path-free one-line reason for an OS error: the message and its values,
    for ``NotSaved(*describe_os_error(exc, action))``. *action* is one of
    :data:`~kapjournal.storage.errors.ACTIONS`."""
    code = exc.errno
    what = Phrase(action)
    if code == errno.ENOSPC or code == errno.EDQUOT:
        return QT_TR_NOOP("Could not %1: the disk is full."), what
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QT_TR_NOOP("Could not %1: the folder cannot be written to (read-only or no permission)."), what
    if code == errno.ENOENT:
        return QT_TR_NOOP("Could not %1: the folder does not exist."), what
    if code:
        return (
            QT_TR_NOOP("Could not %1: the system reported a problem (%2)."),
            what,
            str(errno.errorcode.get(code, code)),
        )
    return QT_TR_NOOP("Could not %1: the system reported a problem."), what
