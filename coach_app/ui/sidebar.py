"""The sidebar: the app's name, the sections with their icons, and Lock at the bottom.

Clicking a section always shows it, also the one already selected: on a family's page
"Families" stays selected (the family belongs to that section) and a click goes back to the
list.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.ui.resources import icon
from coach_app.ui.widgets import named

SECTIONS = ("today", "families", "sync", "settings")
WIDTH = 200


class Sidebar(QWidget):
    section_chosen = Signal(str)  # "today" | "families" | "sync" | "settings"
    lock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("app.sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(WIDTH)
        self.name = QLabel("Coach Companion")  # the product's name: not translated
        self.name.setObjectName("app.name")
        self.nav = named(QListWidget(), "nav.list", "")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        for key in SECTIONS:
            item = QListWidgetItem(icon(key), "")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.lock = named(QPushButton(icon("lock"), ""), "nav.lock", "")
        self.lock.setFlat(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 8)
        box.addWidget(self.name)
        box.addWidget(self.nav, 1)
        box.addWidget(self.lock)
        self.nav.itemClicked.connect(self._chosen)
        self.nav.currentItemChanged.connect(self._chosen)
        self.lock.clicked.connect(self.lock_requested)

    def _chosen(self, item: QListWidgetItem | None, *_: object) -> None:
        if item is not None:
            self.section_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def select(self, key: str) -> None:
        """Show ``key`` as the current section without announcing it."""
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(SECTIONS.index(key))
        self.nav.blockSignals(False)

    def retranslate(self, titles: dict[str, str], lock_text: str, lock_tip: str) -> None:
        for row, key in enumerate(SECTIONS):
            self.nav.item(row).setText(titles[key])
        self.nav.setAccessibleName(self.tr("Sections"))
        self.lock.setText(lock_text)
        self.lock.setAccessibleName(lock_text)
        self.lock.setToolTip(lock_tip)
