"""The user guide, read inside the app: ``docs/user-guide/<guide>-<language>.md`` with its
screenshots, from the built resources (so it works offline and in the frozen build)."""

from __future__ import annotations

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from coach_app.ui.dialogs import settle_buttons
from coach_app.ui.resources import PREFIX, read_text
from coach_app.ui.widgets import named
from coach_app.ui.window_size import fit_to_screen

#: The guides and the languages each is written in.
GUIDES = {"coach": ("nl", "tr", "en"), "leader": ("nl", "en")}


def guide_name(guide: str, language: str) -> str:
    """The guide's resource name in ``language``, or in English when not written in it."""
    chosen = language if language in GUIDES[guide] else "en"
    return f"guide/{guide}-{chosen}.md"


class GuideWindow(QDialog):
    """A window beside the app (not modal) showing a guide; links between guides work, web
    links open in the browser."""

    def __init__(self, language: str, guide: str = "coach", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help.guide_window")
        self.browser = named(QTextBrowser(), "help.guide_text", "")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.close_button = named(QPushButton(), "help.guide_close", "")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addWidget(self.browser, 1)
        box.addLayout(buttons)
        settle_buttons(self, self.close_button)
        self.browser.setFocus()
        fit_to_screen(self, QSize(860, 720))
        self.retranslate()
        self.show_guide(language, guide)

    def show_guide(self, language: str, guide: str = "coach") -> bool:
        """Show ``guide`` in ``language``; False (and a note) when the guide is not built in."""
        name = guide_name(guide, language)
        if not read_text(name):
            self.browser.setPlainText(
                self.tr(
                    "The user guide is not part of this installation. Ask IT for the "
                    "installer, or read docs/user-guide in the project's files."
                )
            )
            return False
        self.browser.setSource(QUrl(f"qrc{PREFIX}/{name}"))
        return True

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        resolved = self.browser.source().resolved(url)
        if resolved.path().endswith(".md"):
            self.browser.setSource(resolved)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Coach Companion user guide"))
        self.browser.setAccessibleName(self.tr("User guide"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the user guide"))
