"""About: the version, the data folder, the deployment file and the organisation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from coach_app import __version__
from coach_app.ui.context import UiContext


class AboutBox(QGroupBox):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.about = QLabel()
        self.about.setObjectName("settings.about")
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self).addWidget(self.about)

    def retranslate(self) -> None:
        self.setTitle(self.tr("About"))
        self.update_text()

    def update_text(self) -> None:
        deployment = self.context.deployment
        none = self.tr("none")
        lines = [
            self.tr("Coach Companion %1").replace("%1", __version__),
            self.tr("Data folder: %1").replace("%1", str(self.context.workspace.folder.root)),
            self.tr("Deployment file: %1").replace(
                "%1", str(deployment.source) if deployment.source else none
            ),
            self.tr("Organisation: %1").replace("%1", deployment.organisation_name or none),
        ]
        self.about.setText("\n".join(lines))
