"""Devices: enrolment codes for coaches' laptops (code, link and QR code), the device list,
revoking.

The QR code and the link carry the server's address and the code together
(``coach_app.enrolment_link``): a coach pastes the link, or opens a picture of the QR code, in
the enrolment form of the Sync screen and both fields are filled.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.enrolment_link import make_enrolment_link
from coach_app.leader import DeviceInfo, EnrolmentCodeResponse, LeaderClient
from coach_app.ui.leader.dashboard import Runner
from coach_app.ui.leader.qr import QrWidget, qr_image
from coach_app.ui.leader.table_models import DevicesModel, format_moment
from coach_app.ui.widgets import named

__all__ = ["DevicesTab", "RevokeConfirmation"]


class RevokeConfirmation(QMessageBox):
    """Asks before revoking a laptop, in the leader's language. Keeping the laptop enrolled is
    the default button, the Escape button and has the focus: revoking cannot be undone."""

    def __init__(self, device: DeviceInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leader.revoke_confirmation")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Revoke a laptop"))
        self.setText(self.tr("Revoke the laptop of %1?").replace("%1", device.coach_name))
        self.setInformativeText(
            self.tr(
                "This laptop (device %1) will no longer be able to send records to the server. "
                "What it has sent already stays. To sync again, the coach needs a new enrolment "
                "code. This cannot be undone."
            ).replace("%1", device.device_id[:8])
        )
        self.revoke_button = named(
            self.addButton(self.tr("&Revoke laptop"), QMessageBox.ButtonRole.DestructiveRole),
            "leader.revoke_confirmation.revoke",
            self.tr("Revoke this laptop"),
        )
        self.keep_button = named(
            self.addButton(self.tr("&Keep it enrolled"), QMessageBox.ButtonRole.RejectRole),
            "leader.revoke_confirmation.keep",
            self.tr("Keep this laptop enrolled"),
        )
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.keep_button.setFocus()

    def confirmed(self) -> bool:
        return self.clickedButton() is self.revoke_button


class DevicesTab(QWidget):
    devices_shown = Signal(object)  # tuple[DeviceInfo, ...]
    code_created = Signal(object)  # EnrolmentCodeResponse
    revoked = Signal(str)  # device id
    qr_saved = Signal(object)  # Path of the picture written

    def __init__(self, client: LeaderClient, run: Runner, parent: Any = None) -> None:
        super().__init__(parent)
        self._client = client
        self._run = run

        self.enrol_box = QGroupBox()
        self.coach = named(QLineEdit(), "leader.enrol_coach", "")
        self.coach.setMaxLength(100)
        self.ttl = named(QSpinBox(), "leader.enrol_ttl", "")
        self.ttl.setRange(1, 168)
        self.ttl.setValue(24)
        self.create_button = named(QPushButton(), "leader.enrol_create", "")
        self.code = named(QLineEdit(), "leader.enrol_code", "")
        self.code.setReadOnly(True)
        font = self.code.font()
        font.setFamily("monospace")
        font.setPointSize(font.pointSize() + 4)
        self.code.setFont(font)
        self.link = named(QLineEdit(), "leader.enrol_link", "")
        self.link.setReadOnly(True)
        self.copy_link_button = named(QPushButton(), "leader.enrol_copy_link", "")
        self.save_qr_button = named(QPushButton(), "leader.enrol_save_qr", "")
        for button in (self.copy_link_button, self.save_qr_button):
            button.setEnabled(False)
        self.expires = QLabel()
        self.expires.setObjectName("leader.enrol_expires")
        self.expires.setWordWrap(True)
        self.qr = QrWidget()
        self.qr.setObjectName("leader.enrol_qr")
        self.coach_label, self.ttl_label, self.code_label = QLabel(), QLabel(), QLabel()
        self.link_label = QLabel()
        self.coach_label.setBuddy(self.coach)
        self.ttl_label.setBuddy(self.ttl)
        self.code_label.setBuddy(self.code)
        self.link_label.setBuddy(self.link)
        link_buttons = QHBoxLayout()
        link_buttons.addWidget(self.copy_link_button)
        link_buttons.addWidget(self.save_qr_button)
        link_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.coach_label, self.coach)
        form.addRow(self.ttl_label, self.ttl)
        form.addRow("", self.create_button)
        form.addRow(self.code_label, self.code)
        form.addRow(self.link_label, self.link)
        form.addRow("", link_buttons)
        form.addRow("", self.expires)
        enrol = QHBoxLayout(self.enrol_box)
        enrol.addLayout(form, 1)
        enrol.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)

        self.list_box = QGroupBox()
        self.model = DevicesModel(self)
        self.table = named(QTableView(), "leader.devices", "")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.reload_button = named(QPushButton(), "leader.devices_refresh", "")
        self.revoke_button = named(QPushButton(), "leader.revoke", "")
        self.revoke_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revoke_button)
        listing = QVBoxLayout(self.list_box)
        listing.addWidget(self.table, 1)
        listing.addLayout(buttons)

        self.status = QLabel()
        self.status.setObjectName("leader.devices_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enrol_box)
        layout.addWidget(self.list_box, 1)
        layout.addWidget(self.status)

        self.create_button.clicked.connect(self.create_code)
        self.coach.returnPressed.connect(self.create_code)
        self.copy_link_button.clicked.connect(self.copy_link)
        self.save_qr_button.clicked.connect(self.save_qr)
        self.confirmation: RevokeConfirmation | None = None
        self.reload_button.clicked.connect(self.reload)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.enrol_box.setTitle(self.tr("Enrol a coach's laptop"))
        self.coach_label.setText(self.tr("&Coach's name:"))
        self.coach.setAccessibleName(self.tr("Coach's name"))
        self.ttl_label.setText(self.tr("&Valid for (hours):"))
        self.ttl.setAccessibleName(self.tr("Hours the code stays valid"))
        self.create_button.setText(self.tr("Create &enrolment code"))
        self.create_button.setAccessibleName(self.tr("Create an enrolment code"))
        self.code_label.setText(self.tr("Enrolment &code:"))
        self.code.setAccessibleName(self.tr("Enrolment code"))
        self.link_label.setText(self.tr("Enrolment &link:"))
        self.link.setAccessibleName(self.tr("Enrolment link with the server address and the code"))
        self.copy_link_button.setText(self.tr("Cop&y link"))
        self.copy_link_button.setAccessibleName(self.tr("Copy the enrolment link"))
        self.save_qr_button.setText(self.tr("Save QR code as &picture…"))
        self.save_qr_button.setAccessibleName(self.tr("Save the QR code as a picture"))
        self.qr.setAccessibleName(self.tr("QR code with the server address and the enrolment code"))
        self.expires.setAccessibleName(self.tr("Enrolment code details"))
        self.status.setAccessibleName(self.tr("Devices message"))
        self.list_box.setTitle(self.tr("Devices"))
        self.table.setAccessibleName(self.tr("Enrolled devices"))
        self.reload_button.setText(self.tr("Re&load"))
        self.reload_button.setAccessibleName(self.tr("Reload the list of devices"))
        self.revoke_button.setText(self.tr("&Revoke device…"))
        self.revoke_button.setAccessibleName(self.tr("Revoke the selected device"))

    # -- enrolment codes ---------------------------------------------------------------------

    def create_code(self) -> None:
        coach = self.coach.text().strip()
        if not coach:
            self.status.setText(self.tr("Type the coach's name first."))
            self.coach.setFocus()
            return
        hours = self.ttl.value()
        client = self._client
        self.create_button.setEnabled(False)

        server_url = client.server_url

        def done(code: EnrolmentCodeResponse) -> None:
            self.create_button.setEnabled(True)
            link = make_enrolment_link(server_url, code.code)
            self.code.setText(code.code)
            self.link.setText(link)
            self.link.setCursorPosition(0)
            self.qr.set_text(link)
            self.copy_link_button.setEnabled(True)
            self.save_qr_button.setEnabled(True)
            until = format_moment(code.expires_at)
            self.expires.setText(
                self.tr("For %1; works once, until %2.")
                .replace("%1", code.coach_name)
                .replace("%2", until)
            )
            self.status.setText(
                self.tr(
                    "Give the coach the code, the link or the QR code. On the laptop's Sync "
                    "screen the coach types the code, pastes the link or opens a picture of the "
                    "QR code; the link and the QR code fill in the server address too."
                )
            )
            self.code_created.emit(code)

        self._run(lambda: client.create_enrolment_code(coach, ttl_hours=hours), done)

    def copy_link(self) -> None:
        if self.link.text():
            QGuiApplication.clipboard().setText(self.link.text())
            self.status.setText(self.tr("The enrolment link is on the clipboard."))

    def save_qr(self) -> None:
        """Saves the QR code as a PNG picture (atomically) where the leader chooses."""
        link = self.link.text()
        if not link:
            return
        suggested = Path.home() / (self.tr("enrolment-code") + ".png")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the QR code"), str(suggested), self.tr("PNG picture (*.png)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        partial = path.with_name(path.name + ".part")
        try:
            written = qr_image(link).save(str(partial), "PNG")  # type: ignore[call-overload]
            if not written:
                raise OSError("the picture could not be written")
            partial.replace(path)
        except OSError:
            partial.unlink(missing_ok=True)
            self.status.setText(
                self.tr(
                    "The picture could not be saved to %1 (disk full or no permission?)."
                ).replace("%1", str(path))
            )
            return
        self.status.setText(
            self.tr("Saved the QR code to %1. It holds the server address and the code.").replace(
                "%1", str(path)
            )
        )
        self.qr_saved.emit(path)

    # -- devices -----------------------------------------------------------------------------

    def reload(self) -> None:
        client = self._client

        def done(devices: tuple[DeviceInfo, ...]) -> None:
            self.model.set_devices(devices)
            self._selection_changed()
            self.devices_shown.emit(devices)

        self._run(client.devices, done)

    def failed(self) -> None:
        self.create_button.setEnabled(True)
        self._selection_changed()

    def selected(self) -> DeviceInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.device(rows[0].row()) if rows else None

    def _selection_changed(self, *_: object) -> None:
        device = self.selected()
        self.revoke_button.setEnabled(device is not None and device.revoked_at is None)

    def revoke_selected(self) -> None:
        device = self.selected()
        if device is None or device.revoked_at is not None:
            return
        confirmation = RevokeConfirmation(device, self)
        confirmation.finished.connect(lambda _: self._confirmed(confirmation, device))
        self.confirmation = confirmation
        confirmation.open()

    def _confirmed(self, confirmation: RevokeConfirmation, device: DeviceInfo) -> None:
        self.confirmation = None
        confirmation.deleteLater()
        if not confirmation.confirmed():
            self.status.setText(self.tr("Nothing was revoked."))
            return
        client, device_id = self._client, device.device_id
        self.revoke_button.setEnabled(False)

        def done(_: None) -> None:
            self.status.setText(
                self.tr("The device of %1 was revoked.").replace("%1", device.coach_name)
            )
            self.revoked.emit(device_id)
            self.reload()

        self._run(lambda: client.revoke(device_id), done)
