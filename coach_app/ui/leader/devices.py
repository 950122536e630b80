"""Devices: enrolment codes for coaches' laptops (text and QR code), the device list, revoking."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from coach_app.leader import DeviceInfo, EnrolmentCodeResponse, LeaderClient
from coach_app.ui.leader.dashboard import Runner
from coach_app.ui.leader.qr import QrWidget
from coach_app.ui.leader.table_models import DevicesModel, format_moment
from coach_app.ui.widgets import named

__all__ = ["DevicesTab"]


class DevicesTab(QWidget):
    devices_shown = Signal(object)  # tuple[DeviceInfo, ...]
    code_created = Signal(object)  # EnrolmentCodeResponse
    revoked = Signal(str)  # device id

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
        self.expires = QLabel()
        self.expires.setObjectName("leader.enrol_expires")
        self.qr = QrWidget()
        self.qr.setObjectName("leader.enrol_qr")
        self.coach_label, self.ttl_label, self.code_label = QLabel(), QLabel(), QLabel()
        self.coach_label.setBuddy(self.coach)
        self.ttl_label.setBuddy(self.ttl)
        self.code_label.setBuddy(self.code)
        form = QFormLayout()
        form.addRow(self.coach_label, self.coach)
        form.addRow(self.ttl_label, self.ttl)
        form.addRow("", self.create_button)
        form.addRow(self.code_label, self.code)
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
        self.qr.setAccessibleName(self.tr("Enrolment code as a QR code"))
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

        def done(code: EnrolmentCodeResponse) -> None:
            self.create_button.setEnabled(True)
            self.code.setText(code.code)
            self.qr.set_text(code.code)
            until = format_moment(code.expires_at)
            self.expires.setText(
                self.tr("For %1; works once, until %2.")
                .replace("%1", code.coach_name)
                .replace("%2", until)
            )
            self.status.setText(
                self.tr("Give the code to the coach; it is entered once, on the laptop.")
            )
            self.code_created.emit(code)

        self._run(lambda: client.create_enrolment_code(coach, ttl_hours=hours), done)

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
        answer = QMessageBox.question(
            self,
            self.tr("Revoke device"),
            self.tr(
                "Revoke the laptop of %1 (device %2)? It can no longer send records; the coach "
                "needs a new enrolment code to sync again. This cannot be undone."
            )
            .replace("%1", device.coach_name)
            .replace("%2", device.device_id[:8]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
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
