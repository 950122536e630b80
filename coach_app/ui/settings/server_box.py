"""Server and enrolment: a pointer to the Sync screen, where the form and status live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from coach_app.ui.context import UiContext
from coach_app.ui.widgets import named


class ServerBox(QGroupBox):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setObjectName("settings.server")
        self.text.setWordWrap(True)
        self.enrol_button = named(QPushButton(), "settings.enrol", "")
        self.enrol_button.clicked.connect(lambda: context.events.navigate.emit("sync"))
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addWidget(self.enrol_button, alignment=Qt.AlignmentFlag.AlignLeft)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Server and enrolment"))
        self.text.setText(
            self.tr(
                "Anonymised progress records go to your organisation's server once this laptop "
                "is enrolled with a code from your project leader. Enrolling, the sync status "
                "and what will be sent are on the Sync screen."
            )
        )
        self.enrol_button.setText(self.tr("Enrol this laptop or see the sync status…"))
        self.enrol_button.setAccessibleName(self.tr("Open the Sync screen to enrol this laptop"))
