"""The Sync screen's enrolment form takes the enrolment link or a picture of its QR code."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from coach_app.enrolment_link import make_enrolment_link
from coach_app.paths import DataFolder
from coach_app.ui.enrolment_link_row import EnrolmentLinkRow
from coach_app.ui.leader.qr import qr_image
from coach_app.ui.main_window import MainWindow
from tests.qt.helpers import LEFT, child, make_window, unlock

SERVER = "https://coach.example.org"
CODE = "ABCD-EFGH-JKLM-NPQR"
LINK = make_enrolment_link(SERVER, CODE)


@pytest.fixture
def sync_page(qtbot: QtBot, filled_folder: DataFolder) -> MainWindow:
    window = make_window(qtbot, filled_folder)
    unlock(qtbot, window)
    window.show_page("sync")
    return window


def test_a_pasted_link_fills_the_server_address_and_the_code(
    qtbot: QtBot, sync_page: MainWindow
) -> None:
    url = child(sync_page, QLineEdit, "sync.enrol_url")
    code = child(sync_page, QLineEdit, "sync.enrol_code")
    code.setFocus()
    QApplication.clipboard().setText(f"Your link: {LINK}\n")
    code.paste()
    assert (url.text(), code.text()) == (SERVER, CODE)
    assert SERVER in child(sync_page, QLabel, "sync.enrol_link_message").text()


def test_a_typed_code_is_left_alone(qtbot: QtBot, sync_page: MainWindow) -> None:
    url = child(sync_page, QLineEdit, "sync.enrol_url")
    url.setText("https://other.example.org")
    code = child(sync_page, QLineEdit, "sync.enrol_code")
    qtbot.keyClicks(code, "abcd efgh")
    assert (url.text(), code.text()) == ("https://other.example.org", "abcd efgh")


def test_a_photo_of_the_qr_code_fills_both_fields(
    qtbot: QtBot, sync_page: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A "photo": the code turned a little, on a grey background, as a JPEG.
    code_picture = qr_image(LINK, module_pixels=6)
    photo = QImage(900, 700, QImage.Format.Format_RGB32)
    photo.fill(QColor("#b8b4a8"))
    painter = QPainter(photo)
    painter.translate(450, 350)
    painter.setTransform(QTransform().rotate(8), combine=True)
    painter.drawImage(-code_picture.width() // 2, -code_picture.height() // 2, code_picture)
    painter.end()
    path = tmp_path / "photo.jpg"
    assert photo.save(str(path), "JPG", 85)  # type: ignore[call-overload]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(child(sync_page, QPushButton, "sync.enrol_picture"), LEFT)
    url = child(sync_page, QLineEdit, "sync.enrol_url")
    code = child(sync_page, QLineEdit, "sync.enrol_code")
    assert (url.text(), code.text()) == (SERVER, CODE)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"not a picture at all", "cannot be opened as a picture"),
        (None, "No QR code"),
        ("https://example.org/menu", "not an enrolment code"),
    ],
)
def test_a_picture_that_does_not_help_is_said_in_plain_words(
    qtbot: QtBot, tmp_path: Path, content: bytes | str | None, said: str
) -> None:
    path = tmp_path / "picture.png"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        assert qr_image(content).save(str(path), "PNG")  # type: ignore[call-overload]
    else:
        blank = QImage(200, 200, QImage.Format.Format_Grayscale8)
        blank.fill(QColor("white"))
        assert blank.save(str(path), "PNG")  # type: ignore[call-overload]
    url, code = QLineEdit("https://kept.example.org"), QLineEdit("KEPT")
    row = EnrolmentLinkRow(url, code)
    qtbot.addWidget(row)
    with qtbot.waitSignal(row.failed) as failed:
        row.read_picture(path)
    assert said in failed.args[0]
    assert (url.text(), code.text()) == ("https://kept.example.org", "KEPT")  # nothing lost
