"""The calm rounded card every page uses (theme role ``card``)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget


class Card(QFrame):
    """A calm rounded card (theme role ``card``) with a vertical layout in ``lay``."""

    def __init__(self, parent: QWidget | None = None, *, margins: int = 22, spacing: int = 10) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(margins, margins - 4, margins, margins - 4)
        self.lay.setSpacing(spacing)


def card(parent: QWidget | None = None, spacing: int = 8) -> tuple[QFrame, QVBoxLayout]:
    """A smaller card and its layout (18 px sides), for forms and lists."""
    frame = Card(parent, margins=18, spacing=spacing)
    return frame, frame.lay
