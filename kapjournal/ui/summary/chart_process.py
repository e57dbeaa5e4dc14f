"""The summary's chart, drawn in a renderer process started ahead of time.

Why a process: drawing ten years of check-ins with QtCharts takes 0.1-0.4 s, and it
can only be done in the GUI thread; rasterizing its SVG (1 MB) at print scale is
another 0.3-0.5 s of single Qt calls, and PySide6 keeps the GIL through a Qt call,
so on a worker that also holds up the GUI thread (measured, issue 14). Neither call
can be cut in pieces (drawing the SVG in bands costs a whole pass per band). A child
process has its own GIL. Starting one costs 0.7-1.0 s (importing Qt), so the Summary
page starts it once its first preview is up (:meth:`ChartProcess.start`, at a lower
priority) and stops it on lock; a chart is then one request over its pipes, answered
while the window runs. Nothing goes to disk; the child exits when its pipe closes.
Until it is ready, or when it cannot start or fails, the page draws the chart in this
process as before.

The child runs :func:`main` (requests on stdin, replies on stdout).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import pickle
import struct
import subprocess
import sys
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kapjournal.measures.checkins import TrendData

logger = logging.getLogger(__name__)

_LENGTH = struct.Struct(">Q")
_LIVE: weakref.WeakSet[ChartProcess] = weakref.WeakSet()  # started, for the exit
_exit_hook = False
READY = "ready"
#: The preview's chart is drawn for screens up to this pixel ratio (exports keep CHART_SCALE).
SCREEN_PIXEL_RATIO = 2
#: The child's program: a lower priority before anything is imported (two cores: the
#: window's own thread goes first), then :func:`main`.
_CHILD = (
    f"import os\nif hasattr(os, 'nice'): os.nice(10)\nfrom {__name__} import main\nraise SystemExit(main())\n"
)


def _stop_all() -> None:
    for process in list(_LIVE):
        process.stop()


@dataclass(frozen=True)
class ChartRequest:
    trend: TrendData
    language: str
    width: int
    height: int
    scale: float
    image_width: int | None = None  # also a PNG for a preview that shows it this wide


@dataclass(frozen=True)
class Chart:
    """The chart as SVG (the HTML export), as PNG at print scale (the PDF; ``None``
    when drawn in the app: an export draws it then) and as PNG for the preview (as
    wide as it is shown there; ``None``: the preview draws it from the SVG)."""

    svg: bytes
    png: bytes | None
    screen_png: bytes | None = None


def _send(stream: IO[bytes], value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def _receive(stream: IO[bytes]) -> Any:
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        raise EOFError
    (length,) = _LENGTH.unpack(head)
    data = stream.read(length)
    if len(data) < length:
        raise EOFError
    return pickle.loads(data)  # noqa: S301 - our own child or parent, over its own pipe


def draw(req: ChartRequest) -> Chart:
    """The chart for ``req``, drawn in this process (the child does exactly this)."""
    from kapjournal.exporters import rasterize_svg
    from kapjournal.i18n import using_language
    from kapjournal.ui.common.charts import render_data_image

    with using_language(req.language):  # the chart's axis and band words
        svg = render_data_image(req.trend, width_px=req.width, height_px=req.height, fmt="svg")
    screen = screen_png(svg, req.image_width) if req.image_width else None
    return Chart(svg, rasterize_svg(svg, req.scale), screen)


def screen_png(svg: bytes, image_width: int) -> bytes:
    """The chart for the preview: as wide as shown there, sharp up to a pixel ratio of
    2. The document keeps its image decoded; at print resolution (3372 x 1347) that
    held 17 MiB for as long as the page lived, and was drawn on every rebuild (issue 14)."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    from kapjournal.exporters import CHART_SCALE, rasterize_svg

    own_width = QSvgRenderer(QByteArray(svg)).defaultSize().width()
    return rasterize_svg(svg, min(CHART_SCALE, SCREEN_PIXEL_RATIO * image_width / max(1, own_width)))


class ChartProcess:
    """One renderer child: :meth:`start` (GUI thread, does not wait), :meth:`draw`
    from one worker at a time (None when the child is not there or failed),
    :meth:`stop`."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._ready = threading.Event()  # the child said it is ready (Qt is up)

    def start(self) -> None:
        if getattr(sys, "frozen", False) or self.running():
            return  # a frozen build has no interpreter to start: draw in this process
        root = str(Path(__file__).resolve().parents[3])  # where ``kapjournal`` is
        path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=path)
        try:
            self._proc = subprocess.Popen(  # noqa: S603 - this interpreter, our own module
                [sys.executable, "-c", _CHILD],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
            )
        except OSError as exc:
            logger.warning("chart process did not start: %s", type(exc).__name__)
            self._proc = None
            return
        threading.Thread(target=self._wait_ready, args=(self._proc,), daemon=True).start()
        global _exit_hook
        if not _exit_hook:
            _exit_hook = True
            atexit.register(_stop_all)
        _LIVE.add(self)

    def _wait_ready(self, proc: subprocess.Popen[bytes]) -> None:
        """On a thread of its own: wait for the child's first word (the pipe's read
        lets the GIL go)."""
        try:
            word = _receive(proc.stdout) if proc.stdout is not None else None
        except (OSError, EOFError, ValueError, pickle.PickleError):
            word = None
        if word == READY and proc is self._proc:
            self._ready.set()

    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def ready(self) -> bool:
        """Running and ready for a request: until then the page draws its charts
        itself rather than wait for the child's start."""
        return self._ready.is_set() and self.running()

    def draw(self, req: ChartRequest) -> Chart | None:
        with self._lock:
            proc = self._proc
            if not self.ready() or proc is None or proc.stdin is None or proc.stdout is None:
                return None
            try:
                _send(proc.stdin, req)
                reply = _receive(proc.stdout)
            except (OSError, EOFError, ValueError, pickle.PickleError) as exc:
                if proc is self._proc:  # not stopped on purpose (a lock) meanwhile
                    logger.warning("chart process failed: %s", type(exc).__name__)
                    self._end(proc)
                return None
        if isinstance(reply, Chart):
            return reply
        logger.warning("chart process could not draw: %s", reply)
        return None

    def stop(self) -> None:
        """End the child (on lock: it held the chart's data)."""
        proc, self._proc = self._proc, None
        self._ready.clear()
        if proc is not None:
            self._end(proc)

    @staticmethod
    def _end(proc: subprocess.Popen[bytes]) -> None:
        """Kill first: a worker may be reading its reply (closing a pipe it reads
        would wait for that read)."""
        proc.kill()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            logger.warning("chart process did not end")
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError, ValueError):
                    stream.close()


def main() -> int:
    """The child: draw each request read from stdin, reply on stdout, end at EOF."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kapjournal.ui.common.charts import ensure_application

    ensure_application()  # Qt up before the first request
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    _send(stdout, READY)
    while True:
        try:
            req = _receive(stdin)
        except EOFError:
            return 0
        try:
            reply: Any = draw(req)
        except Exception as exc:  # one calm line: the parent draws it itself
            reply = type(exc).__name__
        _send(stdout, reply)
