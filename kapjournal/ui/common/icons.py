"""Icons loaded from the shipped PNGs (``tools/render_icons.py`` renders them from the
SVG sources at 1x and 2x of the sizes they are drawn at). PNGs, not SVGs: the unlock
screen then needs neither QtSvg nor its icon engine (issue 14, start-up time)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from kapjournal.content.resdir import resource_path

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
UI_ICON_SIZES = (16, 24, 32, 48)


def png_icon(folder: str, stem: str, sizes: tuple[int, ...]) -> QIcon:
    """``<folder>/<stem>-<size>.png`` for every size that is shipped; Qt picks the
    nearest for the size and pixel ratio it draws at."""
    icon = QIcon()
    for size in sizes:
        path = resource_path(folder, f"{stem}-{size}.png")
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon


def app_icon() -> QIcon:
    """The app's own icon (window, tray); null when the PNGs are missing."""
    return png_icon("icons", "kapjournal", APP_ICON_SIZES)


def ui_icon(stem: str) -> QIcon:
    """A small control icon from ``resources/ui`` (``"eye"``, ``"eye-off"``)."""
    return png_icon("ui", stem, UI_ICON_SIZES)
