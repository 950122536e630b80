"""A minimal screen for an area whose full screen is not built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coach_app.ui.context import UiContext
from coach_app.ui.widgets import set_role


class PlaceholderPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel()
        set_role(self.title, "page-title")
        box = QVBoxLayout(self)
        box.addWidget(self.title, alignment=Qt.AlignmentFlag.AlignTop)
        box.addStretch(1)

    def retranslate(self) -> None:
        self.title.setText(self.page_title())

    def page_title(self) -> str:
        return ""

    def refresh(self) -> None:
        return None

    def clear(self) -> None:
        return None
