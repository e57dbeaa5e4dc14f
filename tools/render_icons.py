"""Render the PNG icons the app loads from their SVG sources (run after editing an SVG).

    QT_QPA_PLATFORM=offscreen python tools/render_icons.py

The app loads PNGs, not SVGs, for the window icon and the passphrase field's eye, so
start-up needs neither QtSvg nor its icon engine (issue 14). Each icon ships at the sizes
it is drawn at, at 1x and 2x, so it stays sharp on a high-density screen.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1] / "resources"
#: (source SVG, sizes in pixels); the PNGs are written next to it as ``<name>-<size>.png``.
ICONS = (
    ("icons/kapjournal.svg", (16, 24, 32, 48, 64, 128, 256)),
    ("ui/eye.svg", (16, 24, 32, 48)),
    ("ui/eye-off.svg", (16, 24, 32, 48)),
)


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    for source, sizes in ICONS:
        svg = ROOT / source
        for size in sizes:
            out = svg.with_name(f"{svg.stem}-{size}.png")
            if not render(svg, size).save(str(out), "PNG"):
                print(f"could not write {out}")
                return 1
            print(out.relative_to(ROOT.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
