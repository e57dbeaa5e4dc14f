"""One export's progress and its stop switch, shared by the GUI and the worker."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class ExportProgress(QObject):
    """Pass it as the exporter's ``progress``: the worker calls it with how far it is
    (``changed`` carries the percent to the GUI thread, queued), and it answers False
    once :meth:`stop` was called, so the exporter stops before writing anything.

    Made in the GUI thread with a parent there: the worker only emits, it never owns or
    deletes the object."""

    changed = Signal(int)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def stopped(self) -> bool:
        return self._stop.is_set()

    def __call__(self, done: int, total: int) -> bool:
        self.changed.emit(done * 100 // max(1, total))
        return not self._stop.is_set()
