"""The chart's PNG written and read with zlib (:mod:`kapjournal.exporters.png`):
any reader gets the same pixels, and a PNG of another kind still opens (through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from kapjournal.exporters import png as png_codec


def _drawing(width: int = 301, height: int = 259) -> QImage:
    """Odd sizes (rows not a multiple of 4 bytes, bands not whole), lines, text."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#245f73"), 3))
    painter.drawLine(QPointF(0, 0), QPointF(width, height))
    painter.setPen(QColor("#b5562b"))
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter), "Mood 4 · anxiety 2")
    painter.end()
    return image


def _rgb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_RGB32)


def test_round_trip_same_pixels(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(png_codec, "BAND_ROWS", 64)  # several bands, the last one short
    image = _drawing()
    data = png_codec.png_bytes(image)
    assert data.startswith(png_codec.SIGNATURE)
    ours = png_codec.png_image(data)
    assert ours.size() == image.size() and _rgb(ours) == _rgb(image)
    theirs = QImage.fromData(QByteArray(data))  # a plain PNG: Qt reads the same
    assert not theirs.isNull() and _rgb(theirs) == _rgb(image)


def test_other_png_goes_to_qt(qapp) -> None:  # type: ignore[no-untyped-def]
    image = _drawing(40, 30)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    read = png_codec.png_image(bytes(data.data()))  # RGBA, filtered rows: Qt's own reader
    assert _rgb(read) == _rgb(image)


def test_not_a_png_is_a_null_image(qapp) -> None:  # type: ignore[no-untyped-def]
    assert png_codec.png_image(b"not a picture").isNull()
    assert png_codec.png_image(png_codec.SIGNATURE + b"\x00" * 20).isNull()
