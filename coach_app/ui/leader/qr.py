"""QR codes drawn with QPainter from the ``qrcode`` package's module matrix (no PIL): on screen
(:class:`QrWidget`) and as a picture file a leader can send (:func:`qr_image`)."""

from __future__ import annotations

from typing import Any

import qrcode
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["QrWidget", "qr_image", "qr_matrix"]

_QUIET_ZONE = 4
Matrix = tuple[tuple[bool, ...], ...]


def qr_matrix(text: str) -> Matrix:
    """The modules of ``text``'s QR code (medium error correction), with the quiet zone."""
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=_QUIET_ZONE, box_size=1
    )
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(m) for m in row) for row in code.get_matrix())


def _paint(painter: QPainter, matrix: Matrix, side: float, overlap: float = 0.5) -> None:
    painter.fillRect(QRectF(0, 0, side, side), QColor("white"))
    if not matrix:
        return
    module = side / len(matrix)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                # On screen a hair of overlap, so antialiasing leaves no seams between modules.
                painter.drawRect(QRectF(x * module, y * module, module + overlap, module + overlap))


def qr_image(text: str, module_pixels: int = 8) -> QImage:
    """``text``'s QR code as a black-on-white picture, ``module_pixels`` pixels a module."""
    matrix = qr_matrix(text)
    side = len(matrix) * module_pixels
    image = QImage(side, side, QImage.Format.Format_Grayscale8)
    painter = QPainter(image)
    _paint(painter, matrix, side, overlap=0.0)
    painter.end()
    return image


class QrWidget(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix = ()
        self.text = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(180, 180)

    def set_text(self, text: str) -> None:
        self.text = text
        self.matrix = qr_matrix(text) if text else ()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        _paint(painter, self.matrix, min(self.width(), self.height()))
        painter.end()
