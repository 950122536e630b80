"""The show/hide button of a passphrase field is an eye (struck through while shown).

Found trying the first run: the button drew Qt's "file dialog contents" picture (a page with a
magnifier), because the desktop theme's eye is missing on Windows and in a plain Linux session.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from coach_app.ui.passphrase_widgets import add_show_hide
from coach_app.ui.resources import icon


def _image(picture: QIcon) -> QImage:
    return picture.pixmap(16, 16).toImage()


def test_the_show_hide_button_is_the_apps_eye_and_strikes_through_while_shown(
    qtbot: QtBot,
) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    action = add_show_hide(field)
    eye, eye_off = _image(icon("eye")), _image(icon("eye-off"))
    assert not eye.isNull()
    assert not eye_off.isNull()
    assert eye != eye_off
    assert _image(action.icon()) == eye
    action.setChecked(True)
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    assert _image(action.icon()) == eye_off
    action.setChecked(False)
    assert _image(action.icon()) == eye
