"""About Coach Companion: version, organisation, data folder, and where the guide is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coach_app import __version__


def about_text(organisation: str) -> str:
    lines = [
        QCoreApplication.translate("About", "Coach Companion %1").replace("%1", __version__),
        QCoreApplication.translate(
            "About",
            "For coaches who visit families at home. Everything you record stays on this "
            "laptop, encrypted; only anonymised progress records are sent, with the "
            "family's consent.",
        ),
    ]
    if organisation:
        lines.append(
            QCoreApplication.translate("About", "Organisation: %1").replace("%1", organisation)
        )
    lines.append(
        QCoreApplication.translate("About", "Help > User guide (F1) explains every screen.")
    )
    return "\n\n".join(lines)


def show_about(parent: QWidget, organisation: str) -> None:
    box = QMessageBox(parent)
    box.setObjectName("help.about_box")
    box.setWindowTitle(QCoreApplication.translate("About", "About Coach Companion"))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setText(about_text(organisation))
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
