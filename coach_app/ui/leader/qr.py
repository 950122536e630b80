"""A QR code drawn with QPainter from the ``qrcode`` package's module matrix (no PIL)."""

from __future__ import annotations

from typing import Any

import qrcode
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["QrWidget", "qr_matrix"]

_QUIET_ZONE = 4


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of ``text``'s QR code (medium error correction), with the quiet zone."""
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=_QUIET_ZONE, box_size=1
    )
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(m) for m in row) for row in code.get_matrix())


class QrWidget(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: tuple[tuple[bool, ...], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(180, 180)

    def set_text(self, text: str) -> None:
        self.matrix = qr_matrix(text) if text else ()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.fillRect(0, 0, side, side, QColor("white"))
        if self.matrix:
            module = side / len(self.matrix)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("black"))
            for y, row in enumerate(self.matrix):
                for x, dark in enumerate(row):
                    if dark:
                        # A hair of overlap so antialiasing leaves no seams between modules.
                        painter.drawRect(QRectF(x * module, y * module, module + 0.5, module + 0.5))
        painter.end()
