"""A stall watchdog for tests and benchmarks: a heartbeat timer on the GUI thread that
records the longest gap of the event loop.

    watch = StallWatch()
    with watch.step("unlock"):
        do_the_thing()           # what a click would run, on the GUI thread
        pump_until(lambda: ...)  # let the event loop run until it is done
    watch.longest("unlock")      # ms the loop was blocked at most during the step

The heartbeat fires every :data:`BEAT_MS`; a gap between two beats longer than that is
time the loop could not run (a stall). The gap that straddles the start of a step
counts for the step (the action itself runs between two beats). Figures go in
benchmarks; a test may only use lower bounds that cannot fail on a slow machine.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer

BEAT_MS = 5


class StallWatch:
    """Longest event-loop gap per named step, in milliseconds."""

    def __init__(self, beat_ms: int = BEAT_MS) -> None:
        self.beat_ms = beat_ms
        self.steps: dict[str, float] = {}
        self._current: str | None = None
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(beat_ms)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self._last = now
        if self._current is not None:
            self.steps[self._current] = max(self.steps.get(self._current, 0.0), gap)

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        """Attribute every gap from here (the action included) to ``name``."""
        if not self._timer.isActive():
            self._timer.start()
        self._beat()  # close the gap before the step: it is not the step's
        self._current = name
        self.steps.setdefault(name, 0.0)
        try:
            yield
        finally:
            pump(2 * self.beat_ms)  # the beat after the last action lands in the step
            self._current = None

    def longest(self, name: str) -> float:
        return self.steps.get(name, 0.0)

    def stop(self) -> None:
        self._timer.stop()


def _wait_once() -> None:
    """Process events, sleeping until one comes (a heartbeat comes every beat): no busy
    loop taking the GIL from the worker threads being measured."""
    flags = QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents
    QCoreApplication.processEvents(flags)


def pump(msecs: float) -> None:
    """Run the event loop for ``msecs``."""
    end = time.perf_counter() + msecs / 1000
    while time.perf_counter() < end:
        _wait_once()


def pump_until(done: Callable[[], bool], timeout_s: float = 60.0) -> bool:
    """Run the event loop until ``done()`` (or ``timeout_s``); whether it became true."""
    end = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > end:
            return False
        _wait_once()
    return True
