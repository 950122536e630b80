"""The leader's sign-in: server address, username and password. Nothing is stored.

Enter signs in from any field (Sign in is the dialog's default button and its accept button);
Escape and Cancel close the dialog. The first empty field has the focus when it opens.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from coach_app.deployment import Deployment
from coach_app.leader import LeaderClient, LeaderClientError
from coach_app.ui.leader.messages import for_error
from coach_app.ui.tasks import Operations
from coach_app.ui.widgets import named

__all__ = ["LeaderSignInDialog"]


class LeaderSignInDialog(QDialog):
    signed_in = Signal(object)  # the LeaderClient, holding the token in memory
    failed = Signal(str)  # the plain-words message shown

    def __init__(self, deployment: Deployment, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("leader.sign_in_dialog")
        self.operations = Operations(self)
        self.server_url = named(QLineEdit(deployment.server_url), "leader.server_url", "")
        self.username = named(QLineEdit(), "leader.username", "")
        self.password = named(QLineEdit(), "leader.password", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("leader.sign_in_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.url_label, self.user_label, self.password_label = QLabel(), QLabel(), QLabel()
        self.url_label.setBuddy(self.server_url)
        self.user_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(self.url_label, self.server_url)
        form.addRow(self.user_label, self.username)
        form.addRow(self.password_label, self.password)
        self.buttons = QDialogButtonBox()
        self.sign_in_button = named(QPushButton(), "leader.sign_in", "")
        self.cancel_button = named(QPushButton(), "leader.sign_in_cancel", "")
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # The default button only once it belongs to the dialog: Enter signs in, never cancels.
        self.cancel_button.setAutoDefault(False)
        self.sign_in_button.setDefault(True)
        self.retranslate()
        self.setMinimumWidth(460)

    def first_empty_field(self) -> QLineEdit:
        """Where typing starts: the first of address, username and password still empty."""
        for field in (self.server_url, self.username, self.password):
            if not field.text().strip():
                return field
        return self.password

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sign_in_button.setDefault(True)
        self.first_empty_field().setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Project leader sign-in"))
        self.intro.setText(
            self.tr(
                "Sign in to the central server to see the programme's figures, make funder "
                "reports and manage coaches' laptops. No family data is opened on this computer."
            )
        )
        self.url_label.setText(self.tr("&Server address:"))
        self.server_url.setAccessibleName(self.tr("Server address"))
        self.user_label.setText(self.tr("&Username:"))
        self.username.setAccessibleName(self.tr("Username"))
        self.password_label.setText(self.tr("&Password:"))
        self.password.setAccessibleName(self.tr("Password"))
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel and close"))
        self.message.setAccessibleName(self.tr("Sign-in message"))

    def reset(self) -> None:
        self.password.clear()
        self.message.clear()
        self.sign_in_button.setEnabled(True)

    def submit(self) -> None:
        if not self.sign_in_button.isEnabled():
            return  # a sign-in is under way
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self._show_error(self.tr("Type your username and password."))
            self.first_empty_field().setFocus()
            return
        try:
            client = LeaderClient(self.server_url.text())
        except LeaderClientError as exc:
            self._show_error(for_error(exc))
            self.server_url.setFocus()
            return
        self.password.clear()  # held by the request only, never kept in the dialog
        self.sign_in_button.setEnabled(False)
        self.message.setStyleSheet("color: palette(text);")
        self.message.setText(self.tr("Signing in…"))

        def done(_: None) -> None:
            self.reset()
            self.signed_in.emit(client)

        def failed(exc: BaseException) -> None:
            client.sign_out()
            self.sign_in_button.setEnabled(True)
            self._show_error(for_error(exc))
            self.password.setFocus()

        self.operations.run(lambda: client.sign_in(username, password), done, failed)

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)
        self.failed.emit(text)
