"""The enrolment form's link and QR reader: a pasted enrolment link, or a picture of the QR code
from the project leader, fills in both the server address and the code.

One row under the form (a button and a message); it watches the form's two fields. The link's
shape and its parsing are in :mod:`coach_app.enrolment_link` (Qt-free); this module only loads
the picture with QImage and turns it into grey values.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, Signal
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from coach_app.enrolment_link import (
    EnrolmentLink,
    EnrolmentLinkError,
    NoQrCode,
    find_enrolment_link,
    read_enrolment_qr,
)
from coach_app.ui.widgets import named

__all__ = ["EnrolmentLinkRow", "PictureUnreadable", "read_enrolment_picture"]

#: Larger pictures are scaled down first (a phone photo is 4000 pixels wide; QR codes read fine
#: at this size and memory stays small).
_MAX_SIDE = 2000


class PictureUnreadable(EnrolmentLinkError):
    """The file is not a picture that can be opened."""


def read_enrolment_picture(path: Path) -> EnrolmentLink:
    """The enrolment link in the QR code of the picture at ``path`` (PNG, JPEG, ...).

    Raises :class:`PictureUnreadable`, :class:`~coach_app.enrolment_link.NoQrCode` or
    :class:`~coach_app.enrolment_link.EnrolmentLinkError`.
    """
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone photo's orientation
    image = reader.read()
    if image.isNull():
        raise PictureUnreadable(f"the file cannot be opened as a picture ({reader.errorString()})")
    if max(image.width(), image.height()) > _MAX_SIDE:
        image = image.scaled(_MAX_SIDE, _MAX_SIDE, aspectMode=Qt.AspectRatioMode.KeepAspectRatio)
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    bits = bytes(grey.constBits())
    rows = b"".join(bits[y * stride : y * stride + width] for y in range(height))
    return read_enrolment_qr(rows, width, height)


class EnrolmentLinkRow(QWidget):
    """ "Open a picture of the QR code…" and a message; fills ``server_url`` and ``code``.

    A link pasted or typed into either field is split into the two fields at once.
    """

    link_read = Signal(str)  # the server address read from a link or picture
    failed = Signal(str)  # the plain-words message shown

    def __init__(
        self, server_url: QLineEdit, code: QLineEdit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._server_url, self._code = server_url, code
        self.button = named(QPushButton(), "sync.enrol_picture", "")
        self.message = QLabel()
        self.message.setObjectName("sync.enrol_link_message")
        self.message.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.message, 1)
        self.button.clicked.connect(self.choose_picture)
        server_url.textChanged.connect(lambda text: self._maybe_link(text))
        code.textChanged.connect(lambda text: self._maybe_link(text))
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Open a picture of the QR code…"))
        self.button.setAccessibleName(self.tr("Read the enrolment QR code from a picture"))
        self.button.setToolTip(
            self.tr(
                "A screenshot or photo of the QR code from your project leader fills in the "
                "server address and the code. You can also paste the enrolment link into a field."
            )
        )
        self.message.setAccessibleName(self.tr("Enrolment link message"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _maybe_link(self, text: str) -> None:
        if "://" not in text:
            return
        link = find_enrolment_link(text)
        if link is not None:
            self.fill(link)

    def fill(self, link: EnrolmentLink) -> None:
        for field, value in ((self._server_url, link.server_url), (self._code, link.code)):
            field.blockSignals(True)
            field.setText(value)
            field.blockSignals(False)
        self._code.setFocus()
        self.message.setText(
            self.tr("Server address and code filled in from the link (%1).").replace(
                "%1", link.server_url
            )
        )
        self.link_read.emit(link.server_url)

    def choose_picture(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a picture of the QR code"),
            folder,
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"),
        )
        if name:
            self.read_picture(Path(name))

    def read_picture(self, path: Path) -> None:
        try:
            link = read_enrolment_picture(path)
        except PictureUnreadable:
            self._fail(self.tr("This file cannot be opened as a picture. Choose a PNG or JPEG."))
        except NoQrCode:
            self._fail(
                self.tr(
                    "No QR code can be read in this picture. Try a sharper picture in which the "
                    "whole code is visible, or type the code."
                )
            )
        except EnrolmentLinkError:
            self._fail(
                self.tr(
                    "The QR code in this picture is not an enrolment code. Ask your project "
                    "leader for the enrolment QR code, or type the code."
                )
            )
        except OSError:
            self._fail(self.tr("The picture cannot be read (no permission or the file is gone)."))
        else:
            self.fill(link)

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.failed.emit(text)
