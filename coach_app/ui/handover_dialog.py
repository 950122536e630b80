"""Hand a family over to another coach: choose the receiving laptop (by coach name, from the
server), through the server or as a file, and say plainly what happens to this laptop's copy.

The work runs on the sync thread (`SyncController.run_offsite`), never on the GUI thread; the
dialog only shows what comes back. Object names: ``handover.*``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal
from uuid import UUID

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.offsite.handover import Receiver, Sent
from coach_app.offsite.work import OffsiteWork
from coach_app.ui.dialogs import share_lock_shortcut
from coach_app.ui.offsite_messages import for_error
from coach_app.ui.sync_controller import SyncController
from coach_app.ui.widgets import message_label, named

__all__ = ["HandoverDialog"]


class HandoverDialog(QDialog):
    """Hand ``family_id`` (shown as ``family_name``) over to another laptop."""

    def __init__(
        self,
        controller: SyncController,
        family_id: UUID,
        family_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handover.dialog")
        share_lock_shortcut(self, parent)  # opened modal: Ctrl+L locks from here too
        self.controller = controller
        self.family_id = family_id
        self.family_name = family_name
        self.candidates: list[Receiver] = []
        self.sent: Sent | None = None
        self._closed = False

        self.explanation = QLabel()
        self.explanation.setObjectName("handover.explanation")
        self.explanation.setWordWrap(True)
        self.receiver_label = QLabel()
        self.receiver = named(QComboBox(), "handover.receiver", "")
        self.receiver_label.setBuddy(self.receiver)
        self.via_server = named(QRadioButton(), "handover.via_server", "")
        self.via_file = named(QRadioButton(), "handover.via_file", "")
        self.via_server.setChecked(True)
        self.message = message_label("handover.message")
        self.buttons = QDialogButtonBox()
        self.send = named(QPushButton(), "handover.send", "")
        self.send.setAutoDefault(False)
        self.send.setDefault(True)
        self.send.setEnabled(False)
        self.cancel = named(QPushButton(), "handover.cancel", "")
        self.cancel.setAutoDefault(False)
        self.buttons.addButton(self.send, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.send.clicked.connect(self._send)
        self.cancel.clicked.connect(self.reject)

        column = QVBoxLayout(self)
        column.addWidget(self.explanation)
        column.addWidget(self.receiver_label)
        column.addWidget(self.receiver)
        column.addWidget(self.via_server)
        column.addWidget(self.via_file)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.retranslate()
        self.receiver.setFocus()
        self._load_receivers()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand over %1").replace("%1", self.family_name))
        self.explanation.setText(
            self.tr(
                "The family's complete data (people, visits, goals and their history, "
                "assessments, language levels and consent; not unsaved drafts) is sealed so that "
                "only the chosen coach's laptop can open it. From now on the family cannot be "
                "changed here. Once that laptop has taken it over, the family is erased from this "
                "laptop, as if erased by request. The server only passes on sealed data."
            )
        )
        self.receiver_label.setText(self.tr("&Receiving coach"))
        self.receiver.setAccessibleName(self.tr("Receiving coach"))
        self.via_server.setText(self.tr("Send it through the server"))
        self.via_server.setAccessibleName(self.tr("Send it through the server"))
        self.via_file.setText(self.tr("Save it as a file to give to the other coach"))
        self.via_file.setAccessibleName(self.tr("Save it as a file"))
        self.send.setText(self.tr("&Hand over"))
        self.send.setAccessibleName(self.tr("Hand over"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    # -- receivers -------------------------------------------------------------------------
    def _load_receivers(self) -> None:
        self.message.setText(self.tr("Asking the server which coaches can receive it…"))

        def work(offsite: OffsiteWork) -> list[Receiver]:
            return offsite.handovers.receivers()

        if not self.controller.run_offsite(work, self._receivers_loaded, self._failed):
            self.message.setText(self.tr("Unlock first."))

    def _receivers_loaded(self, receivers: Any) -> None:
        if self._closed:
            return
        self.candidates = list(receivers)
        self.receiver.clear()
        for receiver in self.candidates:
            self.receiver.addItem(receiver.coach_name, receiver.device_id)
        if self.candidates:
            self.message.clear()
            self.send.setEnabled(True)
        else:
            self.message.setText(
                self.tr(
                    "No other coach's laptop can receive a family yet. The other laptop must be "
                    "enrolled and have synced once with this version."
                )
            )

    # -- sending ---------------------------------------------------------------------------
    def _send(self) -> None:
        index = self.receiver.currentIndex()
        if not 0 <= index < len(self.candidates):
            return
        receiver = self.candidates[index]
        file: Path | None = None
        if self.via_file.isChecked():
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the sealed family"),
                "family.package",
                self.tr("Handed-over families (*.package)"),
            )
            if not chosen:
                return
            file = Path(chosen).with_suffix(".package")
        via: Literal["server", "file"] = "file" if file is not None else "server"
        family_id = str(self.family_id)

        def work(offsite: OffsiteWork) -> Sent:
            return offsite.handovers.send(family_id, receiver, via=via, file=file)

        self.send.setEnabled(False)
        self.message.setText(self.tr("Sealing and handing over…"))
        if not self.controller.run_offsite(
            work, lambda sent: self._sent(sent, receiver), self._failed
        ):
            self.message.setText(self.tr("Unlock first."))

    def _sent(self, sent: Any, receiver: Receiver) -> None:
        self.sent = sent
        if self._closed:
            return
        if sent.via == "file":
            text = self.tr(
                "Saved. Give the file to %1; once %1's laptop has taken the family over, it is "
                "erased here."
            )
        elif sent.delivered:
            text = self.tr(
                "Handed over to %1. Once %1's laptop has taken the family over, it is erased here."
            )
        else:
            text = self.tr(
                "Sealed for %1. It is sent as soon as the server can be reached; once %1's laptop "
                "has taken the family over, it is erased here."
            )
        self.message.setText(text.replace("%1", receiver.coach_name))
        self.cancel.setText(self.tr("Close"))

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.message.setText(for_error(exc))
        self.send.setEnabled(bool(self.candidates))
