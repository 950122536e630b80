"""The question asked when a visit with unsaved text is closed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

DISCARD, KEEP_DRAFT, KEEP_EDITING = "discard", "keep", "continue"


def ask_discard(parent: QWidget) -> str:
    """Ask what to do with typed text: ``DISCARD``, ``KEEP_DRAFT`` or ``KEEP_EDITING``.

    "Keep editing" is the default and the answer to Escape, so nothing typed is lost by a
    stray key.
    """
    box = QMessageBox(parent)
    box.setObjectName("visit.discard_question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("VisitEditor", "Close the visit"))
    box.setText(
        QCoreApplication.translate(
            "VisitEditor", "This visit is not saved. What should happen to what you typed?"
        )
    )
    discard = box.addButton(
        QCoreApplication.translate("VisitEditor", "Throw it away"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("VisitEditor", "Keep as draft"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    back = box.addButton(
        QCoreApplication.translate("VisitEditor", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)  # Escape and the box's close button: keep editing
    box.exec()
    clicked = box.clickedButton()
    if clicked is discard:
        return DISCARD
    if clicked is keep:
        return KEEP_DRAFT
    return KEEP_EDITING
