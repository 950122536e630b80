"""The user guide opens from Help in the app's language, shows its screenshots and links to
the other guides; every guide page and picture is in the built resources."""

from __future__ import annotations

import re

from PySide6.QtCore import QResource, QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from coach_app.paths import DataFolder
from coach_app.ui.help.guide import GUIDES, GuideWindow, guide_name
from coach_app.ui.resources import PREFIX, read_text
from coach_app.ui.resources_build import GUIDE
from tests.qt.helpers import make_window, open_dialog

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def test_every_guide_is_written_and_built_with_its_pictures() -> None:
    for guide, languages in GUIDES.items():
        for language in languages:
            name = guide_name(guide, language)
            text = read_text(name)
            assert text, name
            assert text == (GUIDE / name.removeprefix("guide/")).read_text(encoding="utf-8")
            pictures = IMAGE.findall(text)
            assert pictures, f"{name} shows no screenshot"
            for picture in pictures:
                built = QResource(f"{PREFIX}/screenshots/{picture.rsplit('/', 1)[-1]}")
                assert built.isValid(), picture


def test_help_opens_the_guide_in_the_app_language(qtbot: QtBot, filled_folder: DataFolder) -> None:
    window = make_window(qtbot, filled_folder)
    window.context.language = "tr"
    window.menus.guide.trigger()
    guide = open_dialog(qtbot, window, "help.guide_window")
    assert isinstance(guide, GuideWindow)
    assert guide.browser.source().toString().endswith("coach-tr.md")
    document: QTextDocument = guide.browser.document()
    assert "Coach Companion" in document.toPlainText()
    image = document.resource(
        QTextDocument.ResourceType.ImageResource,
        guide.browser.source().resolved(QUrl("../screenshots/today-tr.png")),
    )
    assert image is not None
    assert not image.isNull()
    guide.reject()


def test_the_leader_guide_falls_back_to_english_for_turkish() -> None:
    assert guide_name("leader", "tr") == "guide/leader-en.md"
    assert guide_name("coach", "tr") == "guide/coach-tr.md"
