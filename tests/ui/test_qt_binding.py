"""Guards against a Qt binding that corrupts the interpreter.

PySide6 6.12.0 drops a reference to ``None`` on calls that return nothing (e.g.
``QPainter.save``); after a few hundred repaints Python aborts with "Fatal Python
error: none_dealloc". pyproject.toml keeps PySide6 below 6.12; this test fails if a
broken version is installed anyway.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter


def test_painter_calls_keep_none_refcount(qapp) -> None:  # type: ignore[no-untyped-def]
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(200):
            painter.save()
            painter.restore()
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after - before >= -20  # allow unrelated noise, not a steady drain
