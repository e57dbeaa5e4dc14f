"""Run slow work (key derivation, keychain, export, backup) off the GUI thread."""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

logger = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries every job's outcome (job id, succeeded, value) to the GUI thread.

    One object, made in the GUI thread by the first :func:`run_task` and kept for the
    life of the app. A QObject per job would be destroyed by the pool thread that
    deletes the finished job while the GUI thread may still be delivering its signal
    (a crash seen in the tests); a pool thread now touches no QObject but this one.
    """

    outcome = Signal(int, bool, object)

    def __init__(self) -> None:
        super().__init__()
        # The receiver lives in the GUI thread, so emits from pool threads are queued.
        self.outcome.connect(self._deliver)

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, value: object) -> None:
        task = Task._active.get(job_id)
        if task is not None:
            task._outcome(ok, value)
        if not Task._active:
            give_back_memory()


def give_back_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's ``malloc_trim``). The
    workers' malloc arenas keep what a finished job freed (the key derivation, a summary
    build); measured at ten years: about 3 MiB less held after the Summary page (issue 14).
    A no-op where the C library has no ``malloc_trim``."""
    global _trim
    if _trim is None:
        _trim = _find_trim()
    _trim()


def _find_trim() -> Callable[[], object]:
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            trim = ctypes.CDLL(None).malloc_trim
        except (OSError, AttributeError):  # not glibc
            pass
        else:
            trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
            return lambda: trim(0)
    return lambda: None


_trim: Callable[[], object] | None = None


_relay: _Relay | None = None
_job_ids = itertools.count(1)


def _get_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _Running:
    """Counts background jobs that use the journal, so a lock can wait for exactly
    those (never for a keychain call that may hang)."""

    def __init__(self) -> None:
        self.count = 0
        self.cond = threading.Condition()

    def enter(self) -> None:
        with self.cond:
            self.count += 1

    def leave(self) -> None:
        with self.cond:
            self.count -= 1
            self.cond.notify_all()

    def wait(self, timeout_s: float) -> bool:
        with self.cond:
            return self.cond.wait_for(lambda: self.count == 0, timeout=timeout_s)


_journal_jobs = _Running()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], uses_journal: bool, job_id: int, relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.uses_journal = uses_journal
        self.job_id = job_id
        self.relay = relay
        self.setAutoDelete(True)
        if uses_journal:
            _journal_jobs.enter()  # counted from submission, so a lock sees queued jobs too

    def run(self) -> None:
        try:
            self._run()
        finally:
            if self.uses_journal:
                _journal_jobs.leave()

    def _run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            logger.debug("background job failed: %s", type(exc).__name__)
            self.relay.outcome.emit(self.job_id, False, exc)
        else:
            self.relay.outcome.emit(self.job_id, True, result)


class Task(QObject):
    """One background call. ``finished``/``error`` arrive on the GUI thread.

    With ``timeout_ms`` the task gives up waiting (``timed_out``); a late result is
    then ignored (the worker cannot be interrupted, but the window never freezes).
    """

    finished = Signal(object)
    error = Signal(object)
    timed_out = Signal()

    _active: ClassVar[dict[int, Task]] = {}

    def __init__(
        self,
        fn: Callable[[], Any],
        timeout_ms: int | None = None,
        parent: QObject | None = None,
        *,
        uses_journal: bool = True,
    ) -> None:
        super().__init__(parent)
        self._id = next(_job_ids)
        self._job = _Job(fn, uses_journal, self._id, _get_relay())
        self._over = False
        self._timer: QTimer | None = None
        if timeout_ms is not None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._on_timeout)
            self._timer.start(timeout_ms)

    def start(self) -> Task:
        Task._active[self._id] = self
        QThreadPool.globalInstance().start(self._job)
        return self

    def _finish(self) -> bool:
        if self._over:
            return False
        self._over = True
        if self._timer is not None:
            self._timer.stop()
        Task._active.pop(self._id, None)
        return True

    def _outcome(self, ok: bool, value: object) -> None:
        if ok:
            self._on_done(value)
        else:
            self._on_failed(value)

    def _on_done(self, result: object) -> None:
        if self._finish():
            self.finished.emit(result)

    def _on_failed(self, exc: object) -> None:
        if self._finish():
            self.error.emit(exc)

    def _on_timeout(self) -> None:
        if self._finish():
            self.timed_out.emit()


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    timeout_ms: int | None = None,
    on_timeout: Callable[[], None] | None = None,
    uses_journal: bool = True,
) -> Task:
    """Run ``fn`` off the GUI thread. ``uses_journal=False`` for work that never
    touches the open journal (keychain calls): a lock does not wait for it."""
    task = Task(fn, timeout_ms, uses_journal=uses_journal)
    if on_done:
        task.finished.connect(on_done)
    if on_error:
        task.error.connect(on_error)
    if on_timeout:
        task.timed_out.connect(on_timeout)
    return task.start()


def wait_for_tasks(msecs: int = 10000) -> bool:
    """Wait for every background job (on quit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)


def wait_for_journal_tasks(msecs: int = 10000) -> bool:
    """Wait only for jobs that use the open journal (before a lock closes it)."""
    return _journal_jobs.wait(msecs / 1000)
